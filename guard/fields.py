"""The fields of a record beside the text the contract redacts: `guard redact`'s lines, `guard batch`'s calls.

They pass through as they are (CONTRACTS.md §2, §6) — ids, times, labels, and whatever else an export carries. A user
may name more fields to redact as free text (`--redact-field`); every other field that holds text is named in a warning
at the end of the run, never shown (red team bb5 06: a call's `summary`, a turn's `note`, a CSV's extra column).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable

from guard.document import DIGITS, LETTER_RUN
from guard.recognizers.email import names_a_mail_domain
from guard.recognizers.lexicon import ID_WORDS

# A field's name shown in a warning only when it has an identifier's shape ("summary", "client_name") and holds too few
# digits to be anyone's number ("note_79161234567", an export keyed by the customer's number, is not shown: red team
# bb8 17): a key is the record's text too, and a warning holds no personal data.
_SHOWN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]{0,39}(?:\[\])?")
_DIGITS_SHOWN = 4  # a last four is what the policy shows of a number (п. 6)
OTHER_NAMES = "(fields whose names are not shown)"


class FieldNotRedacted(ValueError):
    """A named field could not be redacted; the message names no value."""


def shown(path: str) -> str:
    """`path` as a warning may print it: its name when every part has an identifier's shape, else a placeholder."""
    if sum(ch.isdigit() for ch in path) > _DIGITS_SHOWN or names_a_mail_domain(path):
        return OTHER_NAMES  # a number or a mailbox written as a name (red team bb8 17, bb10 16)
    return path if all(_SHOWN_NAME.fullmatch(part) for part in path.split(".")) else OTHER_NAMES


# An id's letter runs, a case change splitting one ("callId" -> "call", "Id"); ASCII only, or the id is no code.
_CODE = re.compile(r"[A-Za-z0-9._:/#\-]{1,64}")
_LETTER_RUN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# a digest: a UUID, or 32 hexadecimal digits or more (an MD5, a SHA): letters inside it spell nothing
_HEX_RUN = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32,}")
_SHORT_RUN = 3


def _in_a_digest(found: re.Match, digests: list[tuple[int, int]]) -> bool:
    """Does the run `found` stand inside one of an id's hexadecimal digests (`_HEX_RUN` spans), where letters and
    digits spell nothing?"""
    return any(start <= found.start() and found.end() <= end for start, end in digests)


def reads_as_a_code(identifier: str) -> bool:
    """Does a call's id read as a code that names no one (red team bb10, 22)? ASCII, and every run of letters short
    ("c", "qa", "bb"), one of the words ids are made of (`lexicon.ID_WORDS`: "call", "rec", "wav") or inside a
    hexadecimal digest (a UUID's pieces); "vorobyov_petr.wav", "Lebedev-Alexey-2026", "Воробьёв" do not — an id is
    the caller's data until shown otherwise."""
    if not _CODE.fullmatch(identifier):
        return False
    digests = [match.span() for match in _HEX_RUN.finditer(identifier)]
    for run in _LETTER_RUN.finditer(identifier):
        if len(run.group()) <= _SHORT_RUN or run.group().lower() in ID_WORDS:
            continue
        if not _in_a_digest(run, digests):
            return False
    return True


# A date written into an id ("PVS-19800312", "VPS_120380", "1980-03-12"): a birth date as often as the call's own day
# (red team bb13 04). Day-month-year or year-month-day, eight or six digits, or with its marks.
_DATE_IN_ID = re.compile(r"(?<!\d)(?:\d{8}|\d{6}|\d{1,2}[._-]\d{1,2}[._-]\d{2,4}|\d{4}[._-]\d{1,2}[._-]\d{1,2})(?!\d)")


def _as_date(digits: str) -> set[str]:
    """The calendar dates (ISO "YYYY-MM-DD", a two-digit year read in both centuries) `digits` may write: day, month and
    year in either order."""
    parts = re.split(r"[._-]", digits)
    if len(parts) == 3:
        orders = [parts[::-1] if len(parts[0]) == 4 else parts]
    elif len(digits) == 8:
        orders = [[digits[:2], digits[2:4], digits[4:]], [digits[6:], digits[4:6], digits[:4]]]
    else:
        orders = [[digits[:2], digits[2:4], digits[4:]], [digits[4:], digits[2:4], digits[:2]]]
    found = set()
    for day, month, year in orders:
        years = [year] if len(year) == 4 else [f"19{year}", f"20{year}"]
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            found.update(f"{y}-{int(month):02d}-{int(day):02d}" for y in years)
    return found


def dates_in(identifier: str, own_day: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each date an id writes that is not `own_day` (the call's "YYYY-MM-DD"): an id may carry the day
    its call was made, any other date may be the caller's birth date — outside a hexadecimal digest's letters."""
    digests = [match.span() for match in _HEX_RUN.finditer(identifier)]
    return [match.span() for match in _DATE_IN_ID.finditer(identifier)
            if _as_date(match.group()) and own_day not in _as_date(match.group())
            and not _in_a_digest(match, digests)]


_MASK = "<…>"


def _own_day_written(digits: str, own_day: str | None) -> bool:
    """Do `digits` write the call's own day and nothing else ("20261101" in "calls_20261101")?"""
    return own_day is not None and len(digits) in (6, 8) and own_day in _as_date(digits)


def masked_id(identifier: str, own_day: str | None = None) -> str:
    """`identifier` with what makes it no code masked: each run of letters, Latin or Cyrillic, that is no short run, no
    word ids are made of and no part of a digest ("vorobiev_ps" -> "<…>_ps", "Камень" -> "<…>"), each date that is
    not the call's own (`dates_in`), and each run of more digits than a last four outside a digest ("op79161234567",
    "op4505678901" -> "op<…>": a phone or a passport, whatever letters it is glued to; red team bb17 23). An operator's id and an export's file name are shown so in the QA report (red team
    bb13 04); a code as it is. The redactor reads the id first; what it cannot tell from a word (a surname that is a
    word: "Камень", "Весна"; a Latin one it does not know: "Zyablikov") is masked here all the same (red team bb14 19)."""
    digests = [match.span() for match in _HEX_RUN.finditer(identifier)]
    spans = [run.span() for run in LETTER_RUN.finditer(identifier)
             if len(run.group()) > _SHORT_RUN and run.group().lower() not in ID_WORDS
             and not _in_a_digest(run, digests)]
    spans += dates_in(identifier, own_day)
    # a run of digits, glued to letters or not ("op79161234567": a channel labelled by the caller's number)
    spans += [run.span() for run in DIGITS.finditer(identifier)
              if len(run.group()) > _DIGITS_SHOWN and not _own_day_written(run.group(), own_day)
              and not _in_a_digest(run, digests)]
    out, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            out += [identifier[at:start], _MASK]
            at = end
    return "".join(out) + identifier[at:]


_TAG = re.compile(r"<[A-Z_]+>")


def masked_between_tags(text: str, own_day: str | None = None) -> str:
    """`masked_id` over the pieces of a redacted id between its tags ("vorobiev_<PHONE_NUMBER>" -> "<…>_<PHONE_NUMBER>")."""
    out, at = [], 0
    for tag in _TAG.finditer(text):
        out += [masked_id(text[at:tag.start()], own_day), tag.group()]
        at = tag.end()
    return "".join(out) + masked_id(text[at:], own_day)




def holds_text(value: Any) -> bool:
    """A string with a non-blank character, or a list or object holding one."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):  # a key not shaped as an identifier is text too ({"Воронцов 79161234567": 1})
        return any(holds_text(item) or shown(key) == OTHER_NAMES for key, item in value.items())
    if isinstance(value, list):
        return any(holds_text(item) for item in value)
    return False


def redact_field(node: dict, path: list[str], redact: Callable[[str], Any], entities: Counter) -> None:
    """The field at `path` (keys) under `node` redacted in place by `redact(text) -> Redaction`; absent: nothing."""
    for name in path[:-1]:
        node = node.get(name) if isinstance(node, dict) else None
    if isinstance(node, dict) and path[-1] in node:
        node[path[-1]] = redacted_value(node[path[-1]], redact, entities)


def redacted_or_withheld(text: str, redact: Callable[[str], Any], what: str = "a named field") -> Any:
    """`redact(text)`; any failure is FieldNotRedacted, naming `what` and the failure's kind, never the text (fail
    closed: the caller withholds the record)."""
    try:
        return redact(text)
    except Exception as exc:
        raise FieldNotRedacted(f"{what}: redaction failed ({type(exc).__name__})") from None


def redacted_value(value: Any, redact: Callable[[str], Any], entities: Counter) -> Any:
    """A string redacted as free text, every string inside a list or an object — an object's keys too, they are its
    text as much as its values ({"Воронцов Пётр": "клиент"}: red team bb8 18) —, a number read as its digits (replaced
    by the redacted text only when it holds personal data: fail closed, "79161234567" as a JSON number)."""
    if isinstance(value, dict):
        out: dict = {}
        for key, item in value.items():
            out[unique_key(redacted_value(key, redact, entities), out)] = redacted_value(item, redact, entities)
        return out
    if isinstance(value, list):
        items = [redacted_value(item, redact, entities) for item in value]
        path = word_path(value)
        if path is not None:
            return _words_masked_together(value, items, path, redact, entities)
        if len(value) > 1 and all(isinstance(item, str) for item in value):
            return _strings_masked_together(value, items, redact, entities)
        return items
    if isinstance(value, bool) or value is None:
        return value
    text = value if isinstance(value, str) else str(value)
    result = redacted_or_withheld(text, redact)
    entities.update(entity.type for entity in result.entities)
    return result.text if isinstance(value, str) or result.entities else value


# The keys an ASR export names a word object's word with ({"word": "восемь", "start": 0.3, "end": 0.6}, Deepgram's
# "punctuated_word", Whisper's "text", AWS Transcribe's "content"): a list of such objects is one text said word by word
# (red team bb10 10), wherever the word sits in its object (red team bb13 17: Google's and Deepgram's
# {"alternatives": [{"word": "восемь", "confidence": 0.9}]}).
_WORD_KEYS = ("word", "punctuated_word", "text", "token", "value", "w", "content")
# how deep a word may sit in its object: {"alternatives": [{"word": …}]} is 3 steps
_WORD_DEPTH = 4

Path = tuple  # keys and list indexes from a word object to its word


def _one_word(value: Any) -> bool:
    return isinstance(value, str) and " " not in value.strip()


def _word_in(item: Any, depth: int = 0) -> Path | None:
    """The path to the word of a word object: a one-word string under one of _WORD_KEYS (the keys' order decides), in
    the object itself or, first found, in an object or the first item of a list it holds."""
    if not isinstance(item, dict) or depth > _WORD_DEPTH:
        return None
    for key in _WORD_KEYS:
        if _one_word(item.get(key)):
            return (key,)
    for key, inner in item.items():
        step, inner = ((key,), inner) if isinstance(inner, dict) else ((key, 0), inner[0]) if (
            isinstance(inner, list) and inner) else ((), None)
        found = _word_in(inner, depth + len(step)) if step else None
        if found is not None:
            return step + found
    return None


def _at(item: Any, path: Path) -> Any:
    for step in path:
        item = item[step]
    return item


def word_path(value: list) -> Path | None:
    """The path to the word in a list of word objects — every item an object holding a one-word string at the same
    place (`_word_in`), two items at least — or None for any other list."""
    if len(value) < 2 or not all(isinstance(item, dict) for item in value):
        return None
    paths = {_word_in(item) for item in value}
    return paths.pop() if len(paths) == 1 and None not in paths else None


def word_key(value: list) -> str | None:
    """The key of the word in a list of flat word objects ({"word": …}), or None (`word_path` for any depth)."""
    path = word_path(value)
    return path[0] if path is not None and len(path) == 1 else None


def _covering(words: list[str], separator: str, redact: Callable[[str], Any], entities: Counter) -> list:
    """For each of `words` read together (joined by `separator`), the type of the span that covers it, or None."""
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word) + len(separator)
    result = redacted_or_withheld(separator.join(words), redact)
    entities.update(entity.type for entity in result.entities)
    return [next((e.type for e in result.entities if e.start < start + len(word) and start < e.end), None)
            for start, word in zip(starts, words)]


def _words_masked_together(value: list, items: list, path: Path, redact: Callable[[str], Any],
                           entities: Counter) -> list:
    """`items` (each word object redacted alone) with every word a span of the words read together covers replaced by
    that span's type tag — under every word key the object spells a word with, at any depth ("word" and Deepgram's
    "punctuated_word": red team bb11 14; every alternative: bb13 17): a phone said a word at a time is one phone (fail
    closed: a word masked alone stays masked)."""
    out = list(items)
    for index, kind in enumerate(_covering([_at(item, path) for item in value], " ", redact, entities)):
        if kind is not None and isinstance(out[index], dict):
            out[index] = _tagged(out[index], f"<{kind}>")
    return out


def _tagged(node: Any, tag: str, depth: int = 0) -> Any:
    """`node` with every string under one of _WORD_KEYS, at any depth, replaced by `tag`."""
    if depth > _WORD_DEPTH:
        return node
    if isinstance(node, list):
        return [_tagged(item, tag, depth + 1) for item in node]
    if isinstance(node, dict):
        return {key: tag if key in _WORD_KEYS and isinstance(item, str) else _tagged(item, tag, depth + 1)
                for key, item in node.items()}
    return node


def _strings_masked_together(value: list[str], items: list, redact: Callable[[str], Any], entities: Counter) -> list:
    """A list of strings (a call's tags, a form's lines) read together as well as one by one: a surname alone is no
    one's ("Шестопалов"), among its neighbours it is a name (red team bb11 14). A string a span of the list read
    together covers is replaced by the span's type tag whole (fail closed)."""
    kinds = _covering(value, "; ", redact, entities)
    return [item if kind is None else f"<{kind}>" for item, kind in zip(items, kinds)]


def unique_key(key: str, taken: dict) -> str:
    """`key`, or when two keys redact to one ("<PERSON>"), the later one numbered: no entry is lost."""
    number, unique = 1, key
    while unique in taken:
        number += 1
        unique = f"{key} ({number})"
    return unique


def warning(passed_through: Counter, unit: str) -> str:
    """The closing warning for fields passed through that hold text: names and counts, no value."""
    fields = ", ".join(f"{path} in {n} {unit}(s)" for path, n in sorted(passed_through.items()))
    return (f"WARNING: fields passed through unredacted that hold text (values not shown): {fields}; "
            "name them with --redact-field to redact them too")
