"""What an action does to a value. One function per action, registered by name.

Representation (the card keeps its shape so an operator's screen does not break):
- a hidden string becomes HIDDEN ("***"); any other hidden scalar becomes null;
- a hidden mapping keeps its keys, every value hidden;
- a hidden list becomes [] — how many entries it had is information too (Инструкция запретов, п. 8);
- last4: "*******4567" (one "*" per hidden digit); prefix: "7903*******";
- a free text the redactor could not process becomes REDACTION_FAILED ("[скрыто]"), never the original.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from guard.policy.paths import Path, format_path

HIDDEN = "***"
REDACTION_FAILED = "[скрыто]"
MASK_CHAR = "*"

# A Russian number is 11 digits: country (1) + operator/area code (3) + subscriber (7).
SUBSCRIBER_DIGITS = 7
LONGEST_PREFIX = 4
SHOWN_TAIL = 4

_NOT_DIGIT = re.compile(r"\D")


def digits_of(value: Any) -> str:
    return _NOT_DIGIT.sub("", str(value))


def hide(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: hide(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return []
    if isinstance(value, str):
        return HIDDEN
    return None


def mask_last4(value: str) -> str:
    """Only the last 4 digits of a number (Инструкция запретов, п. 6); a number of 4 digits or fewer is not shown at all."""
    digits = digits_of(value)
    if len(digits) <= SHOWN_TAIL:
        return MASK_CHAR * len(digits) if digits else HIDDEN
    return MASK_CHAR * (len(digits) - SHOWN_TAIL) + digits[-SHOWN_TAIL:]


def mask_prefix(value: str) -> str:
    """Only the country and operator/area code (Инструкция запретов, п. 9): at most 4 digits,
    and never any of the 7 subscriber digits, so a short number shows nothing."""
    digits = digits_of(value)
    if not digits:
        return HIDDEN
    shown = max(0, min(LONGEST_PREFIX, len(digits) - SUBSCRIBER_DIGITS))
    return digits[:shown] + MASK_CHAR * (len(digits) - shown)


@dataclass
class Transform:
    """State an action may need while one card is being decided."""

    redact_text: Callable[[str], str]
    fail_closed: list[str] = field(default_factory=list)

    def apply(self, action: str, value: Any, path: Path) -> Any:
        return ACTIONS[action](self, value, path)


def _show(transform: Transform, value: Any, path: Path) -> Any:
    return copy.deepcopy(value)


def _hide(transform: Transform, value: Any, path: Path) -> Any:
    return hide(value)


def _on_numbers(mask: Callable[[str], str]) -> Callable[[Transform, Any, Path], Any]:
    def apply(transform: Transform, value: Any, path: Path) -> Any:
        if value is None:
            return None
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return mask(str(value))
        if isinstance(value, dict):
            return {key: apply(transform, inner, path + (key,)) for key, inner in value.items()}
        return hide(value)
    return apply


def _redact(transform: Transform, value: Any, path: Path) -> Any:
    if isinstance(value, dict):
        return {key: _redact(transform, inner, path + (key,)) for key, inner in value.items()}
    if isinstance(value, list):
        return [_redact(transform, inner, path + (index,)) for index, inner in enumerate(value)]
    if not isinstance(value, str):
        return hide(value)
    try:
        redacted = transform.redact_text(value)
    except Exception:
        redacted = None
    if not isinstance(redacted, str):
        # Fail closed: a text the redactor could not process is never passed through.
        transform.fail_closed.append(format_path(path))
        return REDACTION_FAILED
    return redacted


# action name -> what it does; `refuse` hides like `hide` and marks the decision refused,
# `drop` removes a list element (the evaluator handles it before any value is produced).
ACTIONS: dict[str, Callable[[Transform, Any, Path], Any]] = {
    "show": _show,
    "hide": _hide,
    "last4": _on_numbers(mask_last4),
    "prefix": _on_numbers(mask_prefix),
    "redact": _redact,
    "refuse": _hide,
    "drop": _hide,
}
