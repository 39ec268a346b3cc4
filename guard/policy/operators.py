"""What an action does to a value. One function per action, registered by name.

Representation (the fields a screen knows keep their places; what is hidden reads the same whatever it was):
- a hidden node becomes HIDDEN ("***") whatever it was — a string, a number, true/false, null, a mapping or a list:
  a hidden null shown as null would tell that the customer has no such value (no city number, no middle name, no
  legal address), a hidden passport shown as {"series": "***", ...} that they have one (and its keys, their order
  and a list's length how the CRM keeps it; Инструкция запретов, п. 8); nothing of a key under it reaches the
  screen either — a key can be a value too (`{"Иванов паспорт 4505678901": ...}`);
- last4: "*******4567" (seven "*" whatever the number's length); prefix: "7903*******";
- a free text the redactor could not process becomes REDACTION_FAILED ("[скрыто]"), never the original;
- show_text / show_code: what a policy shows of a field a CRM may write anything into — through the redactor
  (one word as it is), or a code as it is and anything else hidden;
- show_time: a date, a time of day or a duration as it is, anything else hidden whole (a time field is never a
  sentence: "2026-11-01T10:15:00 звонил Сидоров ..." is not a time);
- show_name: a person's name as it is, anything else hidden whole (a name with a phone after it is not a name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Iterable

from guard.policy.paths import Path, format_path
from guard.recognizers.birth_date import shaped_as_a_date
from guard.recognizers.phone import codes_after

HIDDEN = "***"
REDACTION_FAILED = "[скрыто]"
MASK_CHAR = "*"

# A Russian number is 11 digits: country (1) + operator/area code (3) + subscriber (7).
SUBSCRIBER_DIGITS = 7
LONGEST_PREFIX = 4
SHOWN_TAIL = 4

_NOT_DIGIT = re.compile(r"\D")
# How a phone number is written: digits with the usual separators, an optional leading "+". Nothing else —
# "Мама 0611" or "дом 5 кв 12" has the digits of a short number but is not one (Инструкция запретов, п. 9).
_NUMBER_SHAPE = re.compile(r"^\s*+\+?[\d\s().-]*+$")  # possessive: linear on any input (tests/test_redos.py)

# Field names of the card shape (docs/interfaces.md §3) that the bundled policy does not name one by one;
# together with every key a policy path names they are the keys a hidden mapping may keep.
CARD_SHAPE_KEYS = frozenset({
    "series", "number", "issued_by", "issued_at", "registration", "legal", "billing", "delivery", "phone",
    "person", "email", "gender", "organization", "status", "terminated_at",
})


def joined_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, those that overlap or touch joined into one: a mark put in place of each leaves nothing of
    either between them."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def spans_hidden(text: str, joined: list[tuple[int, int]], mark: str) -> str:
    """`text` with each of the `joined` spans (joined_spans: in order, apart) replaced by `mark`."""
    pieces, last = [], 0
    for start, end in joined:
        pieces += [text[last:start], mark]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def is_field_name(key: Any, known_keys: frozenset[str] = CARD_SHAPE_KEYS) -> bool:
    """A key that names a field the policy or the card shape knows (`issued_by`, `inn`). Any other key may hold a
    value — `Иванов 4505678901`, `79031234567`, or a name written as an identifier (`zhuravleva_inna`, `ivanov`):
    looking like an identifier proves nothing, so an unknown key is never a field name (fail closed)."""
    return isinstance(key, str) and key in known_keys


def parse_date(value: Any) -> date | None:
    """The date a value is, when the whole of it is one: an ISO 8601 date or date-time ("2019-05-01",
    "2019-05-01T00:00:00+03:00", "20190501"). Anything after a date makes it no date ("2025-05-01 доверенность
    на ..."): the 5-year rule reads it as unreadable (old, refused), never as the date it starts with."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def digits_of(value: Any) -> str:
    return _NOT_DIGIT.sub("", str(value))


def dialled_digits(value: Any) -> str:
    """A number's digits in the order it is dialled: a local number written with its code after it ("555-66-79 (903)",
    a billing export's habit) is 9035556679 (guard/recognizers/phone.codes_after, the one reading of that shape), so
    its prefix is the code and its last 4 are the subscriber's (red team bb10, 20); any other value, its digits."""
    digits = digits_of(value)
    reordered = codes_after(str(value))
    return reordered[0] if len(reordered) == 1 and sorted(reordered[0]) == sorted(digits) else digits


def number_digits(value: Any) -> str | None:
    """The digits of a value written as a number ("+7 (903) 555-66-77", 112), None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value)
    return digits_of(text) if _NUMBER_SHAPE.match(text) and any(ch.isdigit() for ch in text) else None


def hide(value: Any) -> Any:
    """HIDDEN, whatever the value was: a passport shown as {"series": "***", ...} and a passport that is null as "***"
    told whether the customer has one, and the keys, their order and a list's type told how the CRM keeps it."""
    return HIDDEN


def mask_last4(value: str) -> str:
    """Only the last 4 digits of a number (Инструкция запретов, п. 6), after as many "*" as a Russian number hides
    whatever its length — one "*" per hidden digit told a foreign number from a Russian one, a city number kept with
    its 7 from one kept without; a number of 4 digits or fewer is not shown at all."""
    digits = dialled_digits(value)
    if len(digits) <= SHOWN_TAIL or shaped_as_a_date(value):
        return HIDDEN  # a date among numbers (a birth date in numbers[]) is no number: no digit of it is shown
    return MASK_CHAR * SUBSCRIBER_DIGITS + digits[-SHOWN_TAIL:]


def mask_prefix(value: str) -> str:
    """Only the country and operator/area code (Инструкция запретов, п. 9): at most 4 digits,
    and never any of the 7 subscriber digits, so a short number shows nothing."""
    digits = dialled_digits(value)
    if not digits or shaped_as_a_date(value):
        return HIDDEN
    shown = max(0, min(LONGEST_PREFIX, len(digits) - SUBSCRIBER_DIGITS))
    return digits[:shown] + MASK_CHAR * (len(digits) - shown)


@dataclass
class Transform:
    """State an action may need while one card is being decided.

    `hidden` and `shown` collect (path, value) of the card's nodes as the actions meet them (the whole value of a
    node hidden, masked to its last 4 digits or prefix, dropped or refused; the value of a node shown): card-aware scrubbing
    (guard/proxy/scrub.py) reads them instead of looking every decided path up again. They live as long as the
    decision of one response."""

    redact_text: Callable[[str], str]
    fail_closed: list[str] = field(default_factory=list)
    known_keys: frozenset[str] = CARD_SHAPE_KEYS  # keys a masked or redacted mapping may keep
    hidden: list[tuple[Path, Any]] = field(default_factory=list)
    shown: list[tuple[Path, Any]] = field(default_factory=list)
    # The paths of `hidden` whose value is shown in part (last4, prefix) -> what is shown of it: card-aware scrubbing
    # lets those digits be, unless the same number is hidden whole at another path.
    partly: dict[Path, Any] = field(default_factory=dict)

    def apply(self, action: str, value: Any, path: Path) -> Any:
        return ACTIONS[action](self, value, path)

    def dropped(self, value: Any, path: Path) -> None:
        """A list element the policy removed: each field of it hidden under its own path, so what the answer shows
        of the same field elsewhere is no secret — the tariff a dropped number shares with the call's number was
        scrubbed from the shown tariff ("*** безлимит"), telling that the contract has another number. A key that is
        not a field name, and an element that is no mapping, are hidden whole, of no field's kind."""
        if not isinstance(value, dict):
            self.hidden.append(((), value))
            return
        for key, inner in value.items():
            self.hidden.append((path + (key,), inner) if is_field_name(key, self.known_keys) else ((), {key: inner}))


_IMMUTABLE = (str, int, float, bool, type(None))


def _show(transform: Transform, value: Any, path: Path) -> Any:
    """A value as it is — a scalar, or a list of scalars (flash restrictions). What a policy shows is a field's
    value; a mapping or a nested list where the policy shows a value is not one it knows, so it is hidden
    (a CRM that puts `{"Сидоров Олег": "паспорт ..."}` under `tariff` shows nothing of it)."""
    if isinstance(value, _IMMUTABLE):
        transform.shown.append((path, value))
        return value
    if isinstance(value, list) and all(isinstance(item, _IMMUTABLE) for item in value):
        transform.shown.append((path, value))
        return list(value)
    transform.hidden.append((path, value))
    return hide(value)


# One word of letters ("Пётр", "Сергеевич", "Москва", "МТС"): no number, e-mail or full name fits in it.
_ONE_WORD = re.compile(r"^\s*[^\W\d_]+(?:[-'’][^\W\d_]+)*\s*$")


def _show_text(transform: Transform, value: Any, path: Path) -> Any:
    """A value the policy shows in a field a CRM may write anything into — a tariff, a region, the DE name, a
    comment's author, a flash restriction: shown through the text engine like a comment, so a stranger's name,
    phone or passport written there is masked while the field's own value stays ("Мой безлимит", "Москва"
    come back unchanged). One word of letters is shown as it is: the DE's first name is one the engine would tag
    as a name, and it is what the field is for. A number is shown only if the engine finds nothing in it.
    A value the engine changed is not "shown" to card-aware scrubbing (it exempts nothing), like a comment."""
    if isinstance(value, list) and all(isinstance(item, _IMMUTABLE) for item in value):
        checked: Any = [_checked_text(transform, item, path + (index,)) for index, item in enumerate(value)]
    elif isinstance(value, _IMMUTABLE):
        checked = _checked_text(transform, value, path)
    else:
        return _show(transform, value, path)  # a mapping or nested list where a value is shown: hidden
    if checked == value:
        transform.shown.append((path, value))
    return checked


def _checked_text(transform: Transform, value: Any, path: Path) -> Any:
    if isinstance(value, str):
        return value if _ONE_WORD.match(value) else _redact(transform, value, path)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value if _redact(transform, str(value), path) == str(value) else None
    return value  # null, true, false


# A code a CRM writes for a kind ("postpaid", "no_contact_person", "Terminated", "b2b"): one word of letters,
# digits, "_" or "-", short, with too few digits for a number to hide in — counted over the whole code, not by runs:
# "8-92-65-55-00-11" has no run of 3 digits and is a whole phone number.
_CODE = re.compile(r"^[^\W_][\w-]{0,31}$")
_THIRD_DIGIT = re.compile(r"\d\D*\d\D*\d")  # on a code of at most 32 characters


def _show_code(transform: Transform, value: Any, path: Path) -> Any:
    """A field meant for a code (client type, payment type, contract status): a code is shown as it is, anything
    else is hidden whole. The text engine is not asked: it need not know that "Иванов, паспорт ..." in a status
    holds a surname — a status is never a sentence."""
    if value is None or isinstance(value, bool) or (isinstance(value, str) and _CODE.match(value)
                                                    and not _THIRD_DIGIT.search(value)):
        return _show(transform, value, path)
    return _hide(transform, value, path)


# A duration in seconds is shown up to a day: a longer "duration" has the digits of a phone or a passport number.
_LONGEST_DURATION_S = 86_400
# A Russian date and time as a CRM may write it: "01.11.2026", "01.11.2026 10:15", "10:15:00".
_RUSSIAN_TIME = re.compile(r"^(?:\d{2}\.\d{2}\.\d{4}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{2}:\d{2}(?::\d{2})?)$")


def _show_time(transform: Transform, value: Any, path: Path) -> Any:
    """A date, a time or a duration (contract.terminated_at, a call's or a comment's time, a call's length): shown as
    it is when that is all the value is — an ISO 8601 date or date-time as a whole (`parse_date`), a Russian
    "dd.mm.yyyy[ hh:mm[:ss]]", or a number of seconds up to a day; anything else is hidden whole. The screen shows
    these fields unchecked, so a CRM that writes a stranger's name and phone after a well-formed time must not
    get them through."""
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)
                         and 0 <= value <= _LONGEST_DURATION_S):
        return _show(transform, value, path)
    if isinstance(value, str) and (parse_date(value) is not None or _RUSSIAN_TIME.match(value.strip())):
        return _show(transform, value, path)
    return _hide(transform, value, path)


# A person's name: one to four words of letters (a hyphen or an apostrophe inside a word), or initials with a full
# stop ("Иванова Анна Петровна", "Иванова А. П.", "Анна-Мария О'Нил"). No digit, no punctuation but those.
_NAME_PART = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?"
_PERSON_NAME = re.compile(rf"^\s*{_NAME_PART}(?:\s+{_NAME_PART}){{0,3}}\s*$")


def _show_name(transform: Transform, value: Any, path: Path) -> Any:
    """A field meant for a person's name (the organization's contact person, Инструкция запретов, п. 4): a name is
    shown as it is, anything else is hidden whole. The text engine is not asked — it would tag the name itself,
    which is what the field is for — and a name is never a sentence: "Сидоров Олег Ильич, тел. 89265550011" is
    not one."""
    if value is None or (isinstance(value, str) and _PERSON_NAME.match(value)):
        return _show(transform, value, path)
    return _hide(transform, value, path)


def _hide(transform: Transform, value: Any, path: Path) -> Any:
    transform.hidden.append((path, value))
    return hide(value)


def _on_numbers(mask: Callable[[str], str]) -> Callable[[Transform, Any, Path], Any]:
    def masked(transform: Transform, value: Any, path: Path) -> Any:
        transform.hidden.append((path, value))  # the whole number: only its mask is on screen
        shown = transform.partly[path] = apply(transform, value, path)
        return shown

    def apply(transform: Transform, value: Any, path: Path) -> Any:
        if value is None:
            return None
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return mask(str(value))
        if isinstance(value, dict):
            return {key: apply(transform, inner, path + (key,)) for key, inner in value.items()
                    if is_field_name(key, transform.known_keys)}
        return hide(value)
    return masked


def _redact(transform: Transform, value: Any, path: Path) -> Any:
    if isinstance(value, dict):
        return {key: _redact(transform, inner, path + (key,)) for key, inner in value.items()
                if is_field_name(key, transform.known_keys)}
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
    "show_text": _show_text,
    "show_code": _show_code,
    "show_time": _show_time,
    "show_name": _show_name,
    "hide": _hide,
    "last4": _on_numbers(mask_last4),
    "prefix": _on_numbers(mask_prefix),
    "redact": _redact,
    "refuse": _hide,
    "drop": _hide,
}
