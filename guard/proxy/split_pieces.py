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
from bisect import bisect_right
from typing import Any, Callable, Hashable, Iterable, NamedTuple, Protocol

from guard.normalize import AS_DIGITS, DIGIT_LOOKALIKES, ascii_digits
from guard.policy import HIDDEN
from guard.policy.operators import joined_spans, spans_hidden
from guard.proxy.bare_numbers import DATE_SHAPE, column_cell, column_keys, with_cell

_SHARED = 6  # digits of a hidden number a chain spells to be read as it (scrub._SHARED)
_MIN_LITERAL = 6  # characters of a hidden e-mail (or its local part) a chain spells to be read as it
_MIN_WORD = 5  # letters of a hidden word's form a chain spells to be read as it (marked_pieces._CHAIN)
_SKIPPED = 3  # other pieces at most between two pieces of one chain (a part label, a word of the comment)
# A number as written in a cell: digits and look-alike letters, with the marks of a date, a time or a hyphenated
# group between them. Possessive: linear on any input.
_NUMBER_WORD = re.compile(rf"[\d{DIGIT_LOOKALIKES}]++(?:[.:/\-]++[\d{DIGIT_LOOKALIKES}]++)*+")
# Digits on both sides of a dot, a colon or a slash: a date, a time, a decimal, a fraction, an address's IP
_WRITTEN_SHAPE = re.compile(r"\d[.:/]+\d")
# A cell that is one date or time stamp and nothing else (anchored: linear under search too) ("2026-10-30T09:00:00", "30.10.2026 09:15"): a time field's
# own value (guard/policy/operators._show_time shows these as they are), no piece of a number.
_ONE_TIME = re.compile(r"\A[ \t]*+(?:\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
                       r"|\d\d\.\d\d\.\d{4}(?: \d\d:\d\d(?::\d\d)?)?|\d\d:\d\d(?::\d\d)?)[ \t]*+")
_A_DIGIT = re.compile(r"\d")
# A piece of an e-mail as written: its characters, lowercased when compared.
_LITERAL = re.compile(r"[\w.+\-@]+")


# What a detector or the policy put in place of a value ("***", "<EMAIL_ADDRESS>", "[скрыто]"): in a chain it stands
# for the rest of the value — "zhanna.o" | "<EMAIL_ADDRESS>" is a hidden e-mail's head whose tail a detector masked.
_MASK = re.compile(r"<[A-Z_]+>|\*\*\*|\[скрыто\]")


class _Piece(NamedTuple):
    at: int  # its place among all the column's pieces, those of no hidden value included (what lies between)
    cell: int
    start: int
    end: int
    text: str  # as compared: digits, or lowercased characters; "" for a mask (the rest of any value)


class SpansMemo(Protocol):
    """Where a column's spans may be remembered: guard/proxy/textcache.RedactedTextCache (a keyed digest of a text and
    its context under a per-process key; the proxy's scrub.ScrubSpans hands its own in)."""

    enabled: bool

    def digest(self, text: str, context: tuple[Hashable, ...] = ()) -> bytes: ...

    def get_digest(self, digest: bytes, length: int) -> Any: ...

    def put_digest(self, digest: bytes, length: int, result: Any, cost: int) -> None: ...


def mask_split_values(payload: Any, numbers: Iterable[str], literals: Iterable[str],
                      words: Iterable[str] = (), memo: SpansMemo | None = None) -> tuple[Any, int]:
    """`payload` with every piece of a hidden number (its digits; a phone with 7 / 8 before its national digits too),
    hidden e-mail (`literals`, lowercased) or hidden word (`words`: its forms, lowercase with "ё" folded, red team
    bb16, 23: "Фёд" | "оров") spread over the cells of one column masked, and how many pieces were. Returns `payload`
    itself when nothing is masked. `memo`: a column's spans are a pure function of its cells and of what it is read
    for, so a column read before for the same values (the same card at its next identification level, or fetched
    again) is answered from there — offsets only, keyed by a keyed digest of the cells and of the values."""
    numbers = tuple(dict.fromkeys(number for number in numbers if len(number) >= _SHARED))
    literals = tuple(dict.fromkeys(literal for literal in literals if len(literal) >= _MIN_LITERAL))
    words = tuple(dict.fromkeys(f"\x01{word}" for word in words if len(word) >= _MIN_WORD and word.isalpha()))
    if not numbers and not literals and not words:
        return payload, 0
    needles = _Needles.of(numbers, literals + words)
    read = _ColumnsRead(memo, needles) if memo is not None and memo.enabled else None
    return _masked_columns(payload, needles, read)


# Characters a column's cells hold together, at least, for its spans to be remembered. Every column is: reading even a
# short one (a card's call details, 3 rows of "out", "МТС", "Москва") for its pieces costs ~40 us against ~2 us for its
# digest — a plain card's ten short columns were read again on every request (stop 46: 12% of a plain card's request
# path when it is fetched again at the same level). Kept as a setting of this module for the tests that read around it.
_REMEMBER_FROM_CHARS = 0


class _ColumnsRead:
    """_split_spans of the columns of one answer, remembered in a SpansMemo: keyed by a keyed digest of the column's
    cells (joined by NULs, each cell's length in the context: two columns give one key only when their cells are the
    same) and of the values read for (the needles, digested once an answer); the value is offsets per cell."""

    def __init__(self, memo: SpansMemo, needles: "_Needles") -> None:
        self.memo = memo
        self.needles = needles
        self.key = memo.digest(needles.joined_numbers, ("split columns", needles.joined_mailboxes,
                                                        needles.joined_words))

    def spans(self, cells: list[str]) -> dict[int, list[tuple[int, int]]]:
        joined = _NUL.join(cells)
        if len(joined) < _REMEMBER_FROM_CHARS:
            return _split_spans(cells, self.needles)  # a column of short cells is read again: cheaper than a digest
        digest = self.memo.digest(joined, ("split columns", self.key, tuple(map(len, cells))))
        found = self.memo.get_digest(digest, len(joined))
        if found is None:
            found = _split_spans(cells, self.needles)
            self.memo.put_digest(digest, len(joined), {index: tuple(spans) for index, spans in found.items()},
                                 32 + sum(2 * len(spans) for spans in found.values()))
        return found


class _Needles(NamedTuple):
    """What the columns of one answer are read for, put together once an answer (not once a column): each kind's
    values, and the same values joined by NULs — a piece (digits, an e-mail's characters, letters: never a NUL) is a
    part of one of the values exactly when it is a substring of the joined text, one C search instead of one per
    value."""

    numbers: tuple[str, ...]  # a phone also with its country's 7 or trunk 8 before it
    mailboxes: tuple[str, ...]
    words: tuple[str, ...]
    joined_numbers: str
    joined_mailboxes: str
    joined_words: str

    @classmethod
    def of(cls, numbers: tuple[str, ...], literals: tuple[str, ...]) -> "_Needles":
        """`literals`: e-mails, and hidden word forms marked with a leading \x01 (mask_split_values)."""
        # a phone is read with its country's 7 or trunk 8 before it as well
        needles = tuple(dict.fromkeys(form for number in numbers
                                      for form in ((number, "7" + number, "8" + number) if len(number) == 10
                                                   else (number,))))
        mailboxes = tuple(literal for literal in literals if not literal.startswith("\x01"))
        words = tuple(literal[1:] for literal in literals if literal.startswith("\x01"))
        return cls(needles, mailboxes, words, _joined(needles), _joined(mailboxes), _joined(words))


def _joined(needles: tuple[str, ...]) -> str:
    return _NUL.join(needles)


_NUL = "\x00"


def _masked_columns(payload: Any, needles: _Needles, read: _ColumnsRead | None = None) -> tuple[Any, int]:
    if isinstance(payload, dict):
        changed, total = None, 0
        for key, value in payload.items():
            if isinstance(value, (dict, list)):
                masked, count = _masked_columns(value, needles, read)
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
        masked, count = _masked_columns(item, needles, read) if isinstance(item, (dict, list)) else (item, 0)
        items.append(masked)
        total += count
    if len(items) >= 2:
        for key in column_keys(items):
            cells = [column_cell(item, key) for item in items]
            if sum(cell is not None for cell in cells) < 2:
                continue
            texts = [cell or "" for cell in cells]
            spans = _split_spans(texts, needles) if read is None else read.spans(texts)
            for index, found in spans.items():
                masked_text, count = _masked(cells[index], found)
                items[index] = with_cell(items[index], key, masked_text)
                total += count
    if all(new is old for new, old in zip(items, payload)):
        return payload, 0
    return items, total


def _split_spans(cells: list[str], needles: _Needles) -> dict[int, list[tuple[int, int]]]:
    """Per cell, the spans of the pieces that spell a hidden value together with pieces of other cells."""
    found: dict[int, list[tuple[int, int]]] = {}
    if needles.numbers:
        _chains(_column_pieces(cells, _number_pieces, needles.numbers, needles.joined_numbers), needles.numbers,
                _SHARED, found, joined=needles.joined_numbers)
    if needles.mailboxes:
        _chains(_column_pieces(cells, _literal_pieces, needles.mailboxes, needles.joined_mailboxes),
                needles.mailboxes, _MIN_LITERAL, found, joined=needles.joined_mailboxes)
    if needles.words:
        # a word's head before a mask is read from 3 letters on: the per-text reading masked the rest as a piece of
        # the word ("Круг" | "***" of "ловский")
        _chains(_column_pieces(cells, _word_pieces, needles.words, needles.joined_words), needles.words, _MIN_WORD,
                found, head_before_a_mask=3, joined=needles.joined_words)
        _tails_after_masks(cells, needles.words, found)
    return found


_ENDS_WITH_A_MASK = re.compile(rf"(?:{_MASK.pattern})[\s.,;:!?\-…]*\Z")


def _tails_after_masks(cells: list[str], words: tuple[str, ...], found: dict[int, list[tuple[int, int]]]) -> None:
    """A cell opening with a hidden word's last letters (3 or more) right under a cell that ends with a mask: the
    word's tail, its head masked above ("***" | "кий" of "Кругловс" | "кий")."""
    for index in range(1, len(cells)):
        if not _ENDS_WITH_A_MASK.search(cells[index - 1] or ""):
            continue
        first = next(iter(_word_pieces(cells[index] or "")), None)
        if first is None or len(first[2]) < 3 or cells[index][:first[0]].strip(" \t\"'«»(:-"):
            continue
        if any(word.endswith(first[2]) and word != first[2] for word in words):
            found.setdefault(index, []).append((first[0], first[1]))


def _is_part(text: str, needles: tuple[str, ...], joined: str | None = None) -> bool:
    """Is `text` (not empty) a part of one of the hidden values? Asked of each distinct piece a column holds, instead of
    building every substring of every value for each column of each answer (stop 40's first version: ~13% of the
    server's time on the realistic workload, issue 13, stop 41). `joined`: the values joined by NULs (_Needles), where a
    text without a NUL is found exactly when one value holds it (stop 42: one search, not one per value)."""
    if joined is not None and _NUL not in text:
        return text in joined
    return any(text in needle for needle in needles)


def _column_pieces(cells: list[str], pieces_of: Callable[[str], list[tuple[int, int, str]]],
                   needles: tuple[str, ...], joined: str | None = None) -> list[_Piece]:
    """The pieces of a column that are parts of a hidden value, and its masks, each with its place among all of the
    column's pieces: the others are only counted (a column of thousands of rows makes few objects)."""
    read: dict[str, tuple[int, list[tuple[int, int, int, str]]]] = {}  # a column repeats its values ("out", "***")
    out: list[_Piece] = []
    before, last_part = 0, None  # how many pieces came before this cell; the place of the last part of a value
    for index, cell in enumerate(cells):
        if cell not in read:
            pieces = pieces_of(cell)
            masks = [(match.start(), match.end()) for match in _MASK.finditer(cell)] \
                if "*" in cell or "<" in cell or "[" in cell else []
            kept = [(start, end, text) for start, end, text in pieces
                    if not any(s < end and start < e for s, e in masks)]
            ordered = sorted([(start, end, text) for start, end, text in kept] + [(s, e, "") for s, e in masks])
            read[cell] = (len(ordered), [(place, start, end, text) for place, (start, end, text) in enumerate(ordered)
                                         if not text or _is_part(text, needles, joined)])
        count, relevant = read[cell]
        for place, start, end, text in relevant:
            if text:
                last_part = before + place
            elif last_part is None or before + place - last_part > _SKIPPED + 1:
                continue  # a mask counts only right after a part of a value (most masks of a card: "***" fields)
            out.append(_Piece(before + place, index, start, end, text))
        before += count
    return out


def _number_pieces(cell: str) -> list[tuple[int, int, str]]:
    """The pieces of numbers a cell shows: runs of digits (look-alike letters among them read as digits), the runs of
    a hyphenated group joined ("8-915" is 8915). A date or a time ("30.10.2026", "2026-10-30", "09:00") is what it
    says, no piece of anything."""
    if not _A_DIGIT.search(cell) or _ONE_TIME.fullmatch(cell):
        return []
    read = ascii_digits(cell)
    pieces = []
    for match in _NUMBER_WORD.finditer(read):
        written = match.group().strip(".:/-")
        if not _A_DIGIT.search(written) or _WRITTEN_SHAPE.search(written) or DATE_SHAPE.fullmatch(written):
            continue
        start = match.start() + match.group().index(written)
        pieces.append((start, start + len(written), written.replace("-", "").translate(AS_DIGITS)))
    return pieces


def _literal_pieces(cell: str) -> list[tuple[int, int, str]]:
    if _ONE_TIME.fullmatch(cell):
        return []
    return [(match.start(), match.end(), match.group().lower()) for match in _LITERAL.finditer(cell)]


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _word_pieces(cell: str) -> list[tuple[int, int, str]]:
    """The words of a cell, lowercase with "ё" folded: pieces of a hidden word's form."""
    return [(match.start(), match.end(), match.group().lower().replace("ё", "е")) for match in _LETTER_RUN.finditer(cell)]


def _chains(pieces: list[_Piece], needles: tuple[str, ...], shortest: int,
            found: dict[int, list[tuple[int, int]]], head_before_a_mask: int | None = None,
            joined: str | None = None) -> None:
    if len(pieces) < 2:
        return
    for needle, openers in _openers(pieces, needles, joined):
        memo: dict[tuple[int, int], list[int]] = {}
        for first in openers:
            piece = pieces[first]
            at = needle.find(piece.text)
            while at >= 0:
                chain = _longest_chain(pieces, first, needle, at + len(piece.text), memo)
                if at and not pieces[chain[-1]].text:
                    chain = chain[:-1]  # a mask stands for a value's rest only after its head ("yandex" | "***" is none)
                spelled = sum(len(pieces[index].text) for index in chain)
                enough = spelled >= shortest or (head_before_a_mask is not None and not at
                                                 and not pieces[chain[-1]].text and spelled >= head_before_a_mask)
                if (len(chain) >= 2 and enough
                        and len({pieces[index].cell for index in chain}) >= 2):
                    for index in chain:
                        if pieces[index].text:
                            found.setdefault(pieces[index].cell, []).append((pieces[index].start, pieces[index].end))
                at = needle.find(piece.text, at + 1)


def _openers(pieces: list[_Piece], needles: tuple[str, ...],
             joined: str | None) -> list[tuple[str, list[int]]]:
    """Each value (in order) with the pieces that may open a chain of it (in order): two characters or more (a mask
    opens no chain) and a part of that value. Found by searching each piece in the values joined by NULs (_Needles)
    and filing every place it stands under the value there, instead of asking every value about every piece: a value
    no piece is part of has no chain, and is passed over."""
    if joined is None:
        return [(needle, [first for first, piece in enumerate(pieces)
                          if len(piece.text) >= 2 and piece.text in needle]) for needle in needles]
    starts, offset = [], 0
    for needle in needles:
        starts.append(offset)
        offset += len(needle) + len(_NUL)
    per_needle: dict[int, list[int]] = {}
    for first, piece in enumerate(pieces):
        text = piece.text
        if len(text) < 2:
            continue
        if _NUL in text:  # no piece holds one (digits, an e-mail's characters, letters); asked value by value all the same
            for which, needle in enumerate(needles):
                if text in needle:
                    per_needle.setdefault(which, []).append(first)
            continue
        at = joined.find(text)
        while at >= 0:
            which = bisect_right(starts, at) - 1
            per_needle.setdefault(which, []).append(first)
            # the next value's start: a piece is filed once under each value that holds it
            at = joined.find(text, starts[which + 1]) if which + 1 < len(starts) else -1
    return [(needles[which], per_needle[which]) for which in sorted(per_needle)]


def _longest_chain(pieces: list[_Piece], last: int, needle: str, at: int,
                   memo: dict[tuple[int, int], list[int]]) -> list[int]:
    """The longest run of pieces after `last` (each within _SKIPPED other pieces of the one before) that continues
    `needle` from `at`, with `last` first. Depth-first: a part label ("часть 2") may itself continue the needle by
    chance. A piece of one digit only completes a value (a label's digit is no piece of one)."""
    if (last, at) in memo:
        return memo[(last, at)]
    best: list[int] = []
    best_length = 0
    reach = pieces[last].at + 1 + _SKIPPED
    for following in range(last + 1, len(pieces)):
        piece = pieces[following]
        if piece.at > reach:
            break
        text = piece.text
        if not text and at < len(needle):  # a mask: the rest of the value, whatever it was
            best = best or [following]
            break
        if not needle.startswith(text, at) or (len(text) < 2 and at + 1 < len(needle)):
            continue
        longer = _longest_chain(pieces, following, needle, at + len(text), memo)
        length = sum(len(pieces[index].text) for index in longer)
        if length > best_length:
            best, best_length = longer, length
    memo[(last, at)] = chain = [last, *best]
    return chain


def _masked(text: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """`text` with its spans (joined where they overlap or touch, as the card scrub joins them) hidden, and how many."""
    joined = joined_spans(spans)
    return spans_hidden(text, joined, HIDDEN), len(joined)
