"""One call's state — the one type the card policy, the call sessions and the speech checker all read.

The proxy keeps it per call (guard/sessions.py stores it, guard/proxy/calls.py changes it); the card policy
decides on it (`guard.policy.CallContext` is this type); the speech checker reads it with the card beside it
(`guard.disclosure.CheckContext` is this type plus the card). A policy test or a CLI check builds one with
only the identification fields; the proxy's copy also carries the call's number, owner and guessing counters.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class IdentificationLevel(str, Enum):
    NONE = "none"
    PRIMARY = "primary"            # by full name (individual, sole proprietor) or organization name
    ALTERNATIVE = "alternative"    # any other way; it never unlocks digits of numbers (Инструкция запретов, п. 6)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class CallState:
    """What guard knows about one call. Frozen: a change is a new value (sessions store it atomically)."""

    # --- what the policy and the checker decide on ---
    identification: IdentificationLevel = IdentificationLevel.NONE
    caller_gender: str = "unknown"                # "male" | "female" | "unknown"
    identified_by: str | None = None              # "full_name" | "organization" | None: how primary identification was passed
    confirmed: frozenset[str] = frozenset()       # card paths the caller stated correctly, e.g. "city_number"
    today: date | None = None                     # None: date.today()
    # --- the call itself (the proxy's session) ---
    call_id: str = ""
    msisdn: str = ""                              # what the operator typed to open the call: known to them, proves nothing
    operator_id: str = ""
    created_at: float = 0.0
    # --- guessing, per call (seeds 003); the limits across calls are guard/proxy/limits.py ---
    identify_failures: int = 0
    confirm_failures: int = 0
    identification_locked: bool = False
    confirm_locked: bool = False

    def __post_init__(self) -> None:
        # Stored sessions and HTTP bodies carry the level as a string; inside guard it is always the enum.
        if not isinstance(self.identification, IdentificationLevel):
            object.__setattr__(self, "identification", IdentificationLevel(self.identification))
        if not isinstance(self.confirmed, frozenset):
            object.__setattr__(self, "confirmed", frozenset(self.confirmed))
