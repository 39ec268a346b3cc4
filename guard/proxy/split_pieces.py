"""A card's hidden value written in pieces over the cells of one column — the comments of a card, its flash
restrictions, any list a screen shows one under another — is masked in every cell that holds a piece (red team bb15,
18: "паспорт часть 1: 461" | "часть 2: 258" | "часть 3: 392" | "часть 4: 0", the e-mail "alla.k" | "uz79").

Each cell alone shows nothing a per-text reading can call a value: three digits are no number (guard/proxy/bare_numbers.py
masks runs of 4), "alla.k" is no e-mail. A reader reads the column from top to bottom, so the proxy does too: the
pieces of the cells, in order, are matched against the card's own hidden numbers and e-mail addresses (the proxy knows
them: fail closed), a piece of one cell continuing the piece of an earlier one with at most a few other pieces between
(the part labels "часть 2", the words "дальше", "домен"). A chain of pieces is the value when it spells at least
_SHARED digits of a hidden number or _MIN_LITERAL characters of a hidden e-mail or its local part, in two cells or more
— the same length from which a single group is read as a hidden number (CardSecrets._grams), so a comment writer's
guess tells no more than a guess written in one comment does. Pieces inside one cell are the per-text layers' own.

The columns are read as guard/proxy/bare_numbers.mask_digit_columns reads them (one home for what a column is).
"""
from __future__ import annotations

import re
from typing import Any, Iterable, NamedTuple

from guard.normalize import AS_DIGITS, DIGIT_LOOKALIKES, ascii_digits
from guard.policy import HIDDEN
from guard.proxy.bare_numbers import column_cell, column_keys, with_cell

_SHARED = 6  # digits of a hidden number a chain spells to be read as it (scrub._SHARED)
_MIN_LITERAL = 6  # characters of a hidden e-mail (or its local part) a chain spells to be read as it
_SKIPPED = 3  # other pieces at most between two pieces of one chain (a part label, a word of the comment)
# A piece of a number: a run of digits, letters that look like digits among them read as digits (scrub._read).
_DIGITS = re.compile(rf"[\d{DIGIT_LOOKALIKES}]++")  # possessive: linear on any input; kept when it holds a digit
_A_DIGIT = re.compile(r"\d")
# A piece of an e-mail as written: its characters, lowercased when compared.
_LITERAL = re.compile(r"[\w.+\-@]+")


# What a detector or the policy put in place of a value ("***", "<EMAIL_ADDRESS>", "[скрыто]"): in a chain it stands
# for the rest of the value — "zhanna.o" | "<EMAIL_ADDRESS>" is a hidden e-mail's head whose tail a detector masked.
_MASK = re.compile(r"<[A-Z_]+>|\*\*\*|\[скрыто\]")


class _Piece(NamedTuple):
    cell: int
    start: int
    end: int
    text: str  # as compared: digits, or lowercased characters; "" for a mask (the rest of any value)


def mask_split_values(payload: Any, numbers: Iterable[str], literals: Iterable[str]) -> tuple[Any, int]:
    """`payload` with every piece of a hidden number (its digits; a phone with 7 / 8 before its national digits too) or
    hidden e-mail (`literals`, lowercased) spread over the cells of one column masked, and how many pieces were. Returns
    `payload` itself when nothing is masked."""
    numbers = tuple(dict.fromkeys(number for number in numbers if len(number) >= _SHARED))
    literals = tuple(dict.fromkeys(literal for literal in literals if len(literal) >= _MIN_LITERAL))
    if not numbers and not literals:
        return payload, 0
    return _masked_columns(payload, numbers, literals)


def _masked_columns(payload: Any, numbers: tuple[str, ...], literals: tuple[str, ...]) -> tuple[Any, int]:
    if isinstance(payload, dict):
        changed, total = None, 0
        for key, value in payload.items():
            if isinstance(value, (dict, list)):
                masked, count = _masked_columns(value, numbers, literals)
                if masked is not value:
                    changed = dict(payload) if changed is None else changed
                    changed[key] = masked
                    total += count
        return (payload, 0) if changed is None else (changed, total)
    if not isinstance(payload, list):
        return payload, 0
    total = 0
    items = []
    for item in payload:
        masked, count = _masked_columns(item, numbers, literals) if isinstance(item, (dict, list)) else (item, 0)
        items.append(masked)
        total += count
    if len(items) >= 2:
        for key in column_keys(items):
            cells = [column_cell(item, key) for item in items]
            if sum(cell is not None for cell in cells) < 2:
                continue
            spans = _split_spans([cell or "" for cell in cells], numbers, literals)
            for index, found in spans.items():
                masked_text, count = _masked(cells[index], found)
                items[index] = with_cell(items[index], key, masked_text)
                total += count
    if all(new is old for new, old in zip(items, payload)):
        return payload, 0
    return items, total


def _split_spans(cells: list[str], numbers: tuple[str, ...],
                 literals: tuple[str, ...]) -> dict[int, list[tuple[int, int]]]:
    """Per cell, the spans of the pieces that spell a hidden value together with pieces of other cells."""
    found: dict[int, list[tuple[int, int]]] = {}
    if numbers:
        pieces = _in_order([_Piece(index, match.start(), match.end(), match.group().translate(AS_DIGITS))
                            for index, cell in enumerate(cells) for match in _DIGITS.finditer(ascii_digits(cell))
                            if _A_DIGIT.search(match.group())], cells)
        # a phone is read with its country's 7 or trunk 8 before it as well
        needles = tuple(dict.fromkeys(form for number in numbers
                                      for form in ((number, "7" + number, "8" + number) if len(number) == 10
                                                   else (number,))))
        _chains(pieces, needles, _SHARED, found)
    if literals:
        pieces = _in_order([_Piece(index, match.start(), match.end(), match.group().lower())
                            for index, cell in enumerate(cells) for match in _LITERAL.finditer(cell)], cells)
        _chains(pieces, literals, _MIN_LITERAL, found)
    return found


def _in_order(pieces: list[_Piece], cells: list[str]) -> list[_Piece]:
    """`pieces` with the masks of the cells among them (a piece inside a mask, "EMAIL_ADDRESS", is none), in reading
    order."""
    masks = [_Piece(index, match.start(), match.end(), "") for index, cell in enumerate(cells)
             for match in _MASK.finditer(cell)]
    if not masks:
        return pieces
    return sorted(masks + [piece for piece in pieces
                           if not any(mask.cell == piece.cell and mask.start < piece.end and piece.start < mask.end
                                      for mask in masks)])


def _chains(pieces: list[_Piece], needles: tuple[str, ...], shortest: int,
            found: dict[int, list[tuple[int, int]]]) -> None:
    for needle in needles:
        for first, piece in enumerate(pieces):
            if len(piece.text) < 2 or piece.text not in needle:  # a mask opens no chain
                continue
            at = needle.find(piece.text)
            while at >= 0:
                chain = _longest_chain(pieces, first, needle, at + len(piece.text))
                if at and not pieces[chain[-1]].text:
                    chain.pop()  # a mask stands for a value's rest only after its head ("yandex" | "***" is none)
                spelled = sum(len(pieces[index].text) for index in chain)
                if (len(chain) >= 2 and spelled >= shortest
                        and len({pieces[index].cell for index in chain}) >= 2):
                    for index in chain:
                        if pieces[index].text:
                            found.setdefault(pieces[index].cell, []).append((pieces[index].start, pieces[index].end))
                at = needle.find(piece.text, at + 1)


def _longest_chain(pieces: list[_Piece], last: int, needle: str, at: int) -> list[int]:
    """The longest run of pieces after `last` (each within _SKIPPED others of the one before) that continues `needle`
    from `at`, with `last` first. Depth-first: a part label ("часть 2") may itself continue the needle by chance."""
    best: list[int] = []
    for following in range(last + 1, min(len(pieces), last + 2 + _SKIPPED)):
        text = pieces[following].text
        if not text and at < len(needle):  # a mask: the rest of the value, whatever it was
            best = best or [following]
            break
        if text and needle.startswith(text, at):
            longer = _longest_chain(pieces, following, needle, at + len(text))
            if sum(len(pieces[index].text) for index in longer) > sum(len(pieces[index].text) for index in best):
                best = longer
    return [last, *best]


def _masked(text: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    out, last, count = [], 0, 0
    for start, end in sorted(set(spans)):
        if start < last:
            continue
        out += [text[last:start], HIDDEN]
        last, count = end, count + 1
    out.append(text[last:])
    return "".join(out), count
