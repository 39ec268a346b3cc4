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
from typing import Any, Mapping

CALLER_GENDERS = ("male", "female", "unknown")
IDENTIFIED_BY = ("full_name", "organization")


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
    today: date | None = None                     # None: the policy's today (guard.policy.conditions.policy_today)
    # --- the call itself (the proxy's session) ---
    call_id: str = ""
    msisdn: str = ""                              # what the operator typed to open the call: known to them, proves nothing
    operator_id: str = ""
    created_at: float = 0.0
    identified_owner: str | None = None           # keyed digest of whose card the identification matched (guard/proxy/calls.py)
    confirmed_values: frozenset[str] = frozenset()  # keyed digests of (path, number) the caller stated: a path stays
                                                    # confirmed while the card holds that number (guard/proxy/calls.py)
    # --- guessing, per call (seeds 003); the limits across calls are guard/proxy/limits.py ---
    identify_failures: int = 0
    confirm_failures: int = 0
    identification_locked: bool = False
    confirm_locked: bool = False
    gender_heard: str = "unknown"                 # every gender this call's identifications heard: "male" | "female" | "both" | "unknown"
    # someone else took the phone and has not been identified since (guard/sessions.py record_caller_change): the card's
    # DE name is not theirs, so the operator does not address them by it (Инструкция запретов, пп. 1, 15)
    caller_changed: bool = False
    # the operator opened another call since (guard/proxy/calls.py create_call): this call is over, its identification
    # withdrawn, and nothing more is identified or confirmed on it (red team bb17, 22)
    ended: bool = False

    def __post_init__(self) -> None:
        # Stored sessions and HTTP bodies carry the level as a string; inside guard it is always the enum.
        if not isinstance(self.identification, IdentificationLevel):
            object.__setattr__(self, "identification", IdentificationLevel(self.identification))
        if not isinstance(self.confirmed, frozenset):
            object.__setattr__(self, "confirmed", frozenset(self.confirmed))
        if not isinstance(self.confirmed_values, frozenset):
            object.__setattr__(self, "confirmed_values", frozenset(self.confirmed_values))

    @classmethod
    def from_context(cls, context: Mapping[str, Any] | None) -> "CallState":
        """The call state a `context` object describes (docs/interfaces.md §4, §5: identification, caller_gender,
        identified_by, confirmed): what a policy case or a `guard check` line carries. Raises ValueError naming
        the field, never quoting its value (a line's values may be personal data)."""
        context = context or {}
        if not isinstance(context, Mapping):
            raise ValueError("field 'context' must be an object")
        identification = context.get("identification", IdentificationLevel.NONE.value)
        if identification not in {level.value for level in IdentificationLevel}:
            raise ValueError("field 'context.identification' must be one of: none, primary, alternative")
        caller_gender = context.get("caller_gender", "unknown")
        if caller_gender not in CALLER_GENDERS:
            raise ValueError("field 'context.caller_gender' must be one of: " + ", ".join(CALLER_GENDERS))
        identified_by = context.get("identified_by")
        if identified_by is not None and identified_by not in IDENTIFIED_BY:
            raise ValueError("field 'context.identified_by' must be one of: " + ", ".join(IDENTIFIED_BY))
        confirmed = context.get("confirmed") or []
        if not isinstance(confirmed, list) or not all(isinstance(path, str) for path in confirmed):
            raise ValueError("field 'context.confirmed' must be a list of card paths")
        return cls(identification=IdentificationLevel(identification), caller_gender=caller_gender,
                   identified_by=identified_by, confirmed=frozenset(confirmed))
