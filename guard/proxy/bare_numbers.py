"""Free text the proxy shows holds no bare number of four digits or more whose shape does not say what it is.

A comment is written by whoever can write into the CRM. "код 6789", "сверка 67890", "оканчивается на 3311" are pieces
of a passport or a phone to whoever holds the rest, and no detector can tell them from any other four digits (red
team bb3, finding 02). Masking only the pieces of *this card's* hidden numbers was tried and made a comment writer's
guess an oracle: masked when right, shown when wrong. So the rule here never looks at the card: a run of 4 or more
digits in free text is masked unless its shape and its neighbours say what it is — a right and a wrong guess read
alike (tests/security/test_redteam_s22's guess test, tests/security/test_redteam_bb3.py).

What an operator needs to read in a comment and keeps:
- a date and a time ("30.10.2026", "2026-10-30T09:00", "14:00"), a year with its word ("в 2025 году", "2024 г.") or
  a month before it ("марта 2025");
- an amount or a quantity, its unit after it ("1500 руб", "2500 ₽", "10 Гб", "1200 минут": the recognizers' own
  test, recognizers/packed_run.counts_something);
- a request's, an order's or a ticket's number after its word ("заявка № 123456", "по обращению 7788990": the
  numbers that are nobody's, recognizers/lexicon.NOBODYS_NUMBER_CUES).
Numbers of up to three digits (a flat, a speed, a count) are never touched. Anything else is masked whole: fail
closed, as the instruction asks of what cannot be told apart from personal data.
"""
from __future__ import annotations

import re
from typing import Any

from guard.normalize import ascii_digits
from guard.policy import HIDDEN
from guard.recognizers.packed_run import counts_something
from guard.recognizers.lexicon import MONTH_NAMES, NOBODYS_NUMBER_CUES

_MIN_DIGITS = 4
# A number as written: digit runs joined by one dot, comma, colon, slash or hyphen ("30.10.2026", "1500,50", "6789-01").
# Starts only where a run of digits starts; possessive: linear on any input.
_NUMBER = re.compile(r"(?<![\d])\d++(?:[.,:/\-]\d++)*+")
_LONG_RUN = re.compile(rf"\d{{{_MIN_DIGITS},}}")
# Dates and times: day.month.year (either order of a day and month is a date to a reader), ISO, a time of day.
_DAY, _MONTH = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(rf"{_DAY}([./\-]){_MONTH}\1(?:{_YEAR}|\d\d)|{_YEAR}-{_MONTH}-{_DAY}|{_YEAR}[./]{_MONTH}[./]{_DAY}")
DATE_SHAPE = _DATE  # what a date looks like, written: guard/proxy/split_pieces.py reads no date as a piece of a number
_TIME_AFTER = re.compile(r"(?:T|\s)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
_PLAIN_YEAR = re.compile(_YEAR)
_YEAR_WORD_AFTER = re.compile(r"[ \t]{0,2}(?:г\.|г(?![а-яё])|год\w*|гг\.?)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?:" + "|".join(name for names in MONTH_NAMES for name in names) + r")[ \t]{1,2}$",
                           re.IGNORECASE)
# A currency sign or code before an amount ("₽ 1500", "$1200", "RUB 2500").
_CURRENCY_BEFORE = re.compile(r"(?:[₽$€]|rub|usd|eur)[ \t]?$", re.IGNORECASE)
# A request's word and what may stand between it and its number: "заявка № 123", "по заявке номер 123", "заказ #123",
# "обращение от оператора 123" — up to two short words, no line break.
_NOBODYS_BEFORE = re.compile(r"(?<![а-яё])(?:" + "|".join(NOBODYS_NUMBER_CUES) + r")[а-яё]*"
                             r"(?:[ \t,:]+(?:№|#|no\.?|[а-яё]{1,12}\.?)){0,2}[ \t,:№#]*$", re.IGNORECASE)
_LOOK_BEHIND = 60  # characters before a number in which its word is looked for


def mask_bare_numbers(text: str) -> str:
    """`text` with every number of 4+ digits in a row that is no date, time, year, amount or request number masked."""
    if not text or sum(map(str.isdigit, text)) < _MIN_DIGITS:  # str.isdigit a character, in one C loop
        return text
    read = ascii_digits(text)  # other scripts' digits read as 0-9, one character for one
    out, last = [], 0
    for number in _NUMBER.finditer(read):
        if not _LONG_RUN.search(number.group()) or _says_what_it_is(read, number):
            continue
        out.append(text[last:number.start()])
        out.append(HIDDEN)
        last = number.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _says_what_it_is(text: str, number: re.Match[str]) -> bool:
    written, start, end = number.group(), number.start(), number.end()
    if _DATE.fullmatch(written) or _DATE.fullmatch(written.rstrip(".")):
        return True
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", written):
        return True
    before = text[max(0, start - _LOOK_BEHIND):start]
    if _PLAIN_YEAR.fullmatch(written) and (_YEAR_WORD_AFTER.match(text, end) or _MONTH_BEFORE.search(before)):
        return True
    if counts_something(text, end) or _CURRENCY_BEFORE.search(before):
        return True
    return _NOBODYS_BEFORE.search(before.split("\n")[-1]) is not None


# A text that is nothing but a few digits ("8", "903", "4.", "- 5"): one cell of a number written down a column.
# Unicode \d: another script's digit is a digit here as it is once read as 0-9 (normalize.ascii_digits turns exactly
# the non-ASCII \d into ASCII digits, one for one), so the cell is matched as written, with no reading first.
_DIGITS_ONLY = re.compile(r"\A[^\w]*+(\d{1,3})[^\w]*+\Z")  # anchored: linear under search too


def mask_digit_columns(payload: Any) -> Any:
    """`payload` with every column of short digit texts masked: consecutive elements of a list (strings, or one key's
    strings in mappings) that each hold only 1-3 digits and together 4 or more. The screen lists them one under
    another ("8", "9", "0", "3" ... eleven comments of one digit), and the column is the number (red team s27, bb3 04).
    Card-blind like mask_bare_numbers: the digits are never compared with the card's. Returns `payload` itself when
    nothing is masked."""
    if isinstance(payload, dict):
        changed = None  # a copy only when something inside changed; leaves are passed over without a call
        for key, value in payload.items():
            if isinstance(value, (dict, list)) and (masked := mask_digit_columns(value)) is not value:
                if changed is None:
                    changed = dict(payload)
                changed[key] = masked
        return payload if changed is None else changed
    if not isinstance(payload, list):
        return payload
    items = [mask_digit_columns(item) if isinstance(item, (dict, list)) else item for item in payload]
    for key in column_keys(items) if len(items) >= 2 else ():  # a column is two cells at least
        # The column's cells, each a digit count (1-3) or 0 for anything else; a run of 2+ cells of 4+ digits is masked.
        counts = [len(cell.group(1)) if (value := column_cell(item, key)) is not None
                  and (cell := _DIGITS_ONLY.fullmatch(value)) is not None else 0 for item in items]
        if counts.count(0) > len(counts) - 2:
            continue  # fewer than two cells of digits: no column (most keys of most lists)
        run: list[int] = []
        for index, count in enumerate([*counts, 0]):
            if count:
                run.append(count)
                continue
            if len(run) >= 2 and sum(run) >= _MIN_DIGITS:
                for masked in range(index - len(run), index):
                    items[masked] = with_cell(items[masked], key, HIDDEN)
            run = []
    return payload if all(new is old for new, old in zip(items, payload)) else items


_WHOLE = object()  # the column of a list of strings: the elements themselves


def column_keys(items: list[Any]) -> list[Any]:
    keys: dict[Any, None] = {}
    for item in items:
        if isinstance(item, str):
            keys[_WHOLE] = None
        elif isinstance(item, dict):
            keys.update(dict.fromkeys(key for key, value in item.items() if isinstance(value, str)))
    return list(keys)


def column_cell(item: Any, key: Any) -> str | None:
    if key is _WHOLE:
        return item if isinstance(item, str) else None
    value = item.get(key) if isinstance(item, dict) else None
    return value if isinstance(value, str) else None


def with_cell(item: Any, key: Any, value: str) -> Any:
    return value if key is _WHOLE else {**item, key: value}
