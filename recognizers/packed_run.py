"""Where a number's value ends, and packed digit runs: several personal numbers in one run of digits and separators
with no cue between them.

**Where a value ends** is decided here, once, for every reader — each kind's pattern (`RUN_START` / `RUN_END`: a whole
run of digit groups, not glued to letters, a date's year or an identifier's digits, not running into a date after it),
the cued readings of recognizers/base.py and cue_reach.py (`NOT_A_QUANTITY`, `SUM_AFTER`, `DATE_REST`), the long
number (long_number.py), the secret's digits (secret.py), the speech checker's pieces of a value
(guard/disclosure/personal.py) and the proxy's bare numbers (guard/proxy/bare_numbers.py): a number with a unit after
it counts something (`counts_something`) and is no value at all.

**Packed runs.** A security analyst's or back-office note packs values side by side ("684177116020 697-617-665 77 6516
017732": an INN, a SNILS, a passport; "4110 228354 470-018": a passport and its department code). Each kind's pattern
takes a whole run, so a run no single kind reads whole was left, in parts, in the text. Here a run is split at
its separators into the pieces that read as personal-number kinds — by group shape, length and the kind's own checksum
(passport 4+6, department code 3-3, SNILS 3-3-3 2, INN 10/12, phone 10/11, card 16, account 20) — and every piece is
masked with its type. Fail closed: a run that holds at least one personal number and groups of no known kind is masked
whole (the unknown groups take the type of the nearest piece). A run followed by a unit counts something (an amount, a
duration) and is left alone.

This module reads no kind at import (recognizers/base.py and every kind import its vocabulary): the kinds that say
which piece they read as (`is_packed_piece`) and base's helpers are imported where they are used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guard.document import DIGITS
from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.recognizers.lexicon import NOBODYS_NUMBER_CUES

LANGUAGE = "ru"

# --- where a value ends -------------------------------------------------------------------------------------------

# A number pattern must take a whole digit run, not a piece of a longer one ("45 05 678901" inside a
# 12-digit INN): no digit (or "+") just before it, none just after, with one separator allowed between.
# A run glued to Latin letters is an identifier ("c3980981210af", "INC0047719"), not a number anyone said.
# Two digit groups in a row are no longer one number when the first is a date's year ("12.03.1985 4509 123456") or the
# tail of an identifier or a plate ("user86 89161234567", "ivan_sidorov86 4505 678901": a nick's digits, red team bb5 01).
_NOT_A_RUN_BEFORE = ["(?<=[./]\\d{4}[ \t])", "(?<=[./]\\d{2}[ \t])"] + [
    "(?<=[A-Za-zА-ЯЁа-яё_]\\d{%d}[ \t])" % count for count in range(1, 9)]
# A slash after a long run is a field's end, no date's or fraction's ("Сидоров/89161234567/4505 678901/…", red team bb8 07).
_FIELD_SLASH = r"(?<=\d{7}/)"
RUN_START = r"(?<![\d+A-Za-z])(?:(?<!\d[./])|" + _FIELD_SLASH + r")(?:(?<!\d[ \-])|" \
    + "|".join(_NOT_A_RUN_BEFORE) + ")"
# A date or a card's expiry after a number is no part of it ("4276380012345679 25.11.2026", "… 5679 12/27", red team
# bb5 29); nor does a number end inside that date (a last group of one or two digits that a date's "." or "/" follows).
DATE_AHEAD = r"(?:(?:0?[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])(?:[./](?:\d{4}|\d{2}))?|(?:0[1-9]|1[0-2])/(?:\d{4}|\d{2}))(?![\d./])"
RUN_END = (r"(?!\d)(?![ \-](?!" + DATE_AHEAD + r")\d)(?![A-Za-z])"
           r"(?!(?<=[ \-]\d)[./]\d)(?!(?<=[ \-]\d\d)[./]\d)")

# A number followed by a unit counts something ("договор расторгнут остаток 1100 рублей", "счёт пополнили 500 руб"):
# no cue makes it an identifier. A year ("года") is no unit here: "год рождения 1985 года", "срок до мая 29 года".
# One list for every kind (stop 32: local_phone, card_expiry, card_cvv and account_number each spelled a shorter one;
# stop 33: a count of characters, attempts or points, "8 символов", "6 цифр", "3 попытки", secret's `_COUNT_AFTER`).
NOT_A_QUANTITY = (r"(?![ \t,]{0,4}(?:(?:руб\w*|р\.|р(?!-)|коп\w*|тыс\w*|минут(?:а|ы|у|к[уи]|очк[уи])?|мин\.?|час(?:а|ов)?|секунд(?:а|ы|у|очк[уи])?|сек\.|"
                  r"дн(?:я|ей|ю|ям|ях)?|день|недел[ьияюе]|месяц\w*|мес\.?|лет|гигабайт\w*|гб|мб|процент\w*|шт\.?|"
                  r"штук\w*|символ\w*|цифр\w*|знак(?:а|ов)?|букв\w*|попыт\w*|балл\w*|"
                  r"раз(?:а|ов)?|rub|usd|eur)(?![а-яёa-z])|₽|%))")
# A day written after a value: "19.09", "19.09.2024"
DATE_REST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:\d{4}|\d{2}))?")
# A sum written right after a value ends it: "Переплата по л/с 1100338471 2 140 руб." — the account is the long group
# before the sum's thousands
SUM_AFTER = r"(?<=\d{4})(?=[ \t]\d{1,6}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?[ \t]?(?:руб|р\.|₽|тыс))"
_QUANTITY_AFTER = re.compile(NOT_A_QUANTITY.replace("(?!", "(?=", 1))


def counts_something(text: str, end: int) -> bool:
    """Does a unit follow the number ending at `end` ("1100 рублей", "500 руб", "10 гб", "46 процентов")? Then it
    counts something — an amount, a duration, a volume — and is no one's value, whatever cue stands before it."""
    return _QUANTITY_AFTER.match(text, end) is not None


# --- packed runs --------------------------------------------------------------------------------------------------

# digit groups joined by one space or hyphen (a dash with spaces around it too); not glued to letters, a "+", a decimal
# point or a date's dot. A slash between two long groups is a field's end ("4611583920/14061979/500100732259": a
# passport, a birth date and an INN packed for a check, red team bb9 22), no date's or fraction's.
_SLASH_BETWEEN_FIELDS = r"(?<=\d{6})/(?=\d{6})"
RUN = re.compile(r"(?<![\w+.,/:])\d+(?:(?:[ \-–]| [\-–] |" + _SLASH_BETWEEN_FIELDS + r")\d+)+(?![\w]|[.,/:]\d)")
# a run shorter than this holds at most one personal number (and is each kind's own business)
_FEWEST_DIGITS = 12
PIECE_SCORE = 0.95  # above a kind's cue-less 0.9, under a cue's 1.0: a cue names a piece better than its shape
# the key a piece's result carries: the span of the whole run it was cut from
RUN_KEY = "packed_run"


@dataclass(frozen=True)
class Piece:
    first: int  # index of its first group
    last: int  # index of its last group (inclusive)
    entity: str | None  # None: a group of no known kind


# Each kind says in its own module which pieces of a run it reads as (is_packed_piece); the first that does names it.
PIECE_ENTITIES = ("RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_SNILS", "RU_INN", "PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT")


@lru_cache(maxsize=1)
def piece_kinds() -> tuple[tuple[str, object], ...]:
    """(entity, is_packed_piece) of each kind a piece may be, in PIECE_ENTITIES' order (imported here: the kinds import
    this module's vocabulary)."""
    from guard.recognizers import bank_account, credit_card, inn, passport, passport_dept, phone, snils
    readers = (passport, passport_dept, snils, inn, phone, credit_card, bank_account)
    return tuple(zip(PIECE_ENTITIES, (kind.is_packed_piece for kind in readers)))


def piece_kind(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> str | None:
    """The personal-number kind a piece of a run reads as on its own, or None."""
    return next((entity for entity, reads in piece_kinds() if reads(lengths, separators, digits)), None)


_MOST_GROUPS = 5  # the most groups one piece spans (a phone "8 916 123 45 67")


def split_run(groups: list[str], separators: list[str]) -> list[Piece]:
    """The groups cut into pieces of known kinds, as few groups as possible left unknown, then as few pieces."""
    n = len(groups)
    best: list[tuple[int, int, list[Piece]] | None] = [None] * (n + 1)
    best[n] = (0, 0, [])
    for i in range(n - 1, -1, -1):
        options = []
        rest = best[i + 1]
        options.append((rest[0] + 1, rest[1] + 1, [Piece(i, i, None)] + rest[2]))
        for j in range(i, min(n, i + _MOST_GROUPS)):
            entity = piece_kind(tuple(len(g) for g in groups[i:j + 1]), tuple(separators[i:j]), "".join(groups[i:j + 1]))
            if entity is not None:
                rest = best[j + 1]
                options.append((rest[0], rest[1] + 1, [Piece(i, j, entity)] + rest[2]))
        best[i] = min(options, key=lambda option: (option[0], option[1]))
    return best[0][2]


class PackedRunRecognizer(EntityRecognizer):
    """Every personal number packed in one run of digit groups, each with its own type (see the module's docstring)."""

    ENTITIES = PIECE_ENTITIES

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=supported_language,
                         name="PackedRunRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results = []
        for run in RUN.finditer(text):
            results.extend(self._pieces(text, run))
        return [r for r in results if not entities or r.entity_type in entities]

    @staticmethod
    def _nobodys(text: str, start: int) -> bool:
        """Does a request's, an order's or a parcel's word stand right before the run (the one cue that drops a number,
        as for every number kind: base.ContextPatternRecognizer)?"""
        from guard.recognizers.base import clause_before, last_cue, names_nobodys_number, names_what_it_is_for, words_in
        clause = words_in(clause_before(text, start))[-3:]
        cue = last_cue(clause, NOBODYS_NUMBER_CUES)
        return cue is not None and names_nobodys_number(clause[cue[0]]) \
            and not names_what_it_is_for(clause, cue[0])

    def _pieces(self, text: str, run: re.Match) -> list[RecognizerResult]:
        from guard.recognizers.base import REST_SCORE, labelled_nobodys, make_result
        groups = list(DIGITS.finditer(text, run.start(), run.end()))
        if sum(len(g.group()) for g in groups) < _FEWEST_DIGITS or counts_something(text, run.end()) \
                or labelled_nobodys(text, run.start()) or self._nobodys(text, run.start()):
            return []  # a sum, a duration; an order's or a request's number ("Номер заявки: …")
        separators = [text[a.end():b.start()] for a, b in zip(groups, groups[1:])]
        pieces = split_run([g.group() for g in groups], separators)
        known = [p for p in pieces if p.entity is not None]
        if not known or len(pieces) == 1:
            return []  # no personal number in it, or the whole run is one: the kind's own recognizer reads it
        results = []
        for piece in pieces:
            start, end = groups[piece.first].start(), groups[piece.last].end()
            if piece.entity is not None:
                result = make_result(self, piece.entity, start, end, PIECE_SCORE, "a piece of a packed digit run")
            else:  # fail closed: the nearest personal number's type
                nearest = min(known, key=lambda p: min(abs(p.first - piece.last), abs(piece.first - p.last)))
                result = make_result(self, nearest.entity, start, end, REST_SCORE,
                                     "a group of no known kind in a run holding a personal number")
            result.recognition_metadata[RUN_KEY] = run.span()
            results.append(result)
        return results


def _covered(run: tuple[int, int], results: list[RecognizerResult]) -> bool:
    """Whether `results` side by side reach over all of `run`, with no gap but a blank or a separator and no two
    overlapping (overlapping readings disagree on where a value ends: the pieces decide)."""
    inside = [r for r in results if r.end > run[0] and r.start < run[1]]
    if any(r.start <= run[0] and run[1] <= r.end for r in inside):
        return True  # one kind reads the run whole
    reach = run[0]
    for result in sorted(inside, key=lambda r: r.start):
        if result.start > reach + 3 or (reach > run[0] and result.start < reach):
            return False
        reach = result.end
    return reach >= run[1]


def settle(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Within a packed run its pieces decide over readings of a part of it: another recognizer's result lying inside
    the run that is not one of its pieces (a passport read over "4110 228354 470" of "4110 228354 470-018") is dropped —
    the pieces mask the whole run already, so nothing is shown that was hidden. A result exactly on a piece stays (a cue
    names it better), and a kind that reads the whole run as one value ("полис омс" before sixteen digits) wins over
    the pieces: the run is masked whole either way, the cue's type is kept."""
    def run_of(result: RecognizerResult) -> tuple[int, int] | None:
        return (result.recognition_metadata or {}).get(RUN_KEY)

    runs = {run_of(r) for r in results} - {None}
    if not runs:
        return results
    others = [r for r in results if run_of(r) is None]
    # Kinds that between them read all of a run ("восемь девятьсот пять … три четыре девять один шесть …": two phones
    # said in one breath) read it whole too: their values stand, the run is masked either way. The long-number reading
    # (recognizers/long_number.py, typed by length only) reads a run whole as well, fillers between spoken groups
    # included — so a packed written run it reads whole gets its type, not its pieces' (a known limit).
    read_whole = {run for run in runs if _covered(run, others)}
    pieces = [r for r in results if run_of(r) is not None and run_of(r) not in read_whole]
    piece_spans = {(r.start, r.end) for r in pieces}
    split = runs - read_whole
    return pieces + [r for r in others if (r.start, r.end) in piece_spans
                     or not any(start <= r.start and r.end <= end for start, end in split)]
