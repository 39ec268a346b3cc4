"""What the guard knows about the call when it decides what the operator may see."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class IdentificationLevel(str, Enum):
    NONE = "none"
    PRIMARY = "primary"            # by full name (individual, sole proprietor) or organization name
    ALTERNATIVE = "alternative"    # any other way; it never unlocks digits of numbers (Инструкция запретов, п. 6)


@dataclass(frozen=True)
class CallContext:
    identification: IdentificationLevel = IdentificationLevel.NONE
    caller_gender: str = "unknown"                # "male" | "female" | "unknown"
    identified_by: str | None = None              # "full_name" | "organization" | None: how primary identification was passed
    confirmed: frozenset[str] = frozenset()       # card paths the caller stated correctly, e.g. "msisdn", "city_number"
    today: date | None = None                     # None: date.today()
