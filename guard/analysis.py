"""guard's analysis API: the few classes of Presidio's interface that guard's recognizers (and their users) rely on.

Same names, fields and meaning as Presidio's (presidio_analyzer 2.2: RecognizerResult, AnalysisExplanation,
Pattern, EntityRecognizer, PatternRecognizer, NlpArtifacts, NlpEngine), written here so the redactor never
imports Presidio: that import (spaCy, thinc, Presidio's predefined recognizers) costs more than natasha's NER
on a whole batch (issue 13). Presidio stays an interface: guard/presidio/ adapts these to Presidio's own classes.
It sits in guard/, not recognizers/: guard/nlp.py builds on it, and the recognizers import guard/nlp.py.
"""
from __future__ import annotations

import logging
import os
import re
from abc import ABC, abstractmethod
from re import _constants as _sre, _parser as _sre_parser
from itertools import groupby
from typing import Any, Iterable, Iterator

import regex  # Presidio's regex engine: the same matches, and a time-out per search

from guard import pattern_table
from guard.document import DIGITS, document_for, holds_any, positions_of

logger = logging.getLogger("guard.recognizers")

# A pattern search that runs longer than this is abandoned (Presidio's variable and default).
REGEX_TIMEOUT_SECONDS = int(os.environ.get("REGEX_TIMEOUT_SECONDS", 60))
DEFAULT_REGEX_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
# The pattern that matches nothing: a recognizer that finds its values another way (after a cue) declares it.
NEVER_MATCHES = r"(?!)"
_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII


def _parsed(pattern: str, flags: int):
    """`pattern` as Python's re parses it; None where regex reads it otherwise (POSIX classes, nested sets: "[[")."""
    return None if "[[" in pattern else _sre_parser.parse(pattern, flags & _RE_FLAGS)


# The flags regex and Python's re both have, with the same meaning (and the same values).
_SHARED_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE | regex.UNICODE
# A "{" that is no counted repeat: a literal brace to re, possibly a fuzzy match ("{e<=1}") to regex.
_NOT_A_REPEAT = re.compile(r"\{(?!\d*,?\d*\})")
# A character outside the set on which re and regex read every class (\w \s \d \b ., ranges) and every letter case
# ignored alike (ASCII, Latin-1, Cyrillic, general punctuation, currency signs, "№"; not the superscript digits and fractions
# \w reads otherwise, the Cyrillic combining marks, zero-width joiners and tie marks), tests/test_pattern_prefilter.py.
_READ_OTHERWISE = re.compile("[^\t\n\r\x20-\x7e\xa0-\xb1\xb4-\xb8\xba\xbb\xbf-\xff\u0400-\u0482\u048a-\u052f"
                             "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20c0\u2116]")


def stdlib_twin(pattern: str, flags: int = 0) -> re.Pattern | None:
    """`pattern` compiled by Python's re, which answers "is there any match?" several times faster than regex on
    guard's number patterns (a lookbehind, then digits: ~10 against ~150 microseconds on 100 characters): a text in
    which it finds none is not searched by regex. Used only on texts both engines read alike (`reads_alike`). None —
    always searched by regex alone — for a pattern re cannot compile (regex's own syntax: \\p{..}, POSIX classes,
    variable lookbehinds), one with a brace re would read as a literal, or flags only regex has."""
    if "[[" in pattern or flags & ~_SHARED_FLAGS or _NOT_A_REPEAT.search(pattern):
        return None
    try:
        return re.compile(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError, OverflowError):
        return None


# The candidate starts a twin's search tries one by one before it leaves the rest of the text to re's own search.
CANDIDATE_TRIES = 64
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_CATEGORY_SOURCE = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
                    _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def _first_items(items) -> tuple[list | None, bool]:
    """The parsed items (a LITERAL's code or an IN's set) one of which the first character `items` consume matches,
    and whether `items` can match the empty string. None: not bounded by such items (., a negated character, a
    back-reference). Zero-width items (anchors, lookarounds) are passed over: leaving out a condition only widens
    the set."""
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL or op is _sre.IN:
            out.append((op, av))
            return out, False
        if op is _sre.SUBPATTERN:
            firsts, empty = _first_items(av[3])
        elif op is _sre.ATOMIC_GROUP:
            firsts, empty = _first_items(av)
        elif op in _REPEATS:
            firsts, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        elif op is _sre.BRANCH:
            firsts, empty = [], False
            for branch in av[1]:
                found, branch_empty = _first_items(branch)
                if found is None:
                    return None, False
                firsts += found
                empty = empty or branch_empty
        else:
            return None, False
        if firsts is None:
            return None, False
        out += firsts
        if not empty:
            return out, False
    return out, True


_BROAD = (r"\w", r"\W", r"\s", r"\S", r"\D")


def _class_of(items) -> str | None:
    """A character class (re syntax) matching what any of the parsed LITERAL / IN items matches; None for a negated set
    or a category other than \\d \\s \\w and their complements."""
    parts = []
    for op, av in items:
        for item_op, item in ([(op, av)] if op is _sre.LITERAL else av):
            if item_op is _sre.LITERAL:
                parts.append(f"\\U{item:08x}")
            elif item_op is _sre.RANGE:
                parts.append(f"\\U{item[0]:08x}-\\U{item[1]:08x}")
            elif item_op is _sre.CATEGORY and item in _CATEGORY_SOURCE:
                parts.append(_CATEGORY_SOURCE[item])
            else:
                return None
    return "[" + "".join(parts) + "]"


def _first_class(pattern: str, flags: int) -> str | None:
    """Where a match of `pattern` can begin, as a pattern: a character that can begin one — the class of the first
    characters, case ignored (never fewer than the pattern's own, whatever its inline flags) — and, when the pattern
    opens with a negative lookbehind of one character ("(?<![\\d+A-Za-z])", "(?<!\\w)"), that lookbehind read one
    character later with the pattern's own flags, so a digit inside a run of digits is no start. None when a match can
    be empty or its first character is not bounded by literals, ranges and the \\d \\s \\w classes."""
    try:
        parsed = _parsed(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    firsts, empty = _first_items(parsed)
    if firsts is None or empty or not firsts:
        return None
    first = _class_of(firsts)
    if first is None or any(broad in first for broad in _BROAD):
        return None  # a start at nearly every character: re's own search is faster than trying each
    source = f"(?i:{first})"
    if len(parsed.data):
        op, av = parsed.data[0]
        if op is _sre.ASSERT_NOT and av[0] == -1 and len(av[1].data) == 1 and av[1].data[0][0] in (_sre.LITERAL, _sre.IN):
            behind = _class_of(av[1].data)
            if behind is not None:
                source += f"(?<!{behind}[\\s\\S])"
    return source


_LEFTMOST: dict[int, tuple[re.Pattern, "LeftmostFromStarts | re.Pattern"]] = {}


class LeftmostFromStarts:
    """`twin.search(text)` tried only where a match can begin (issue 13, stop 37). A number pattern opens with
    lookbehinds, so re cannot skip ahead to its first character and runs them at every position of a comment
    (~80 microseconds a pattern over a CRM card's comments). `_first_class` reads from the pattern's parse where a
    match can begin — a character of the class of its first characters, and not after a character its opening
    one-character lookbehind rules out — and re finds those positions at C speed; `twin.match` at each answers as
    the search's own attempt there (lookbehinds see the text before it, as they do in a search). After
    CANDIDATE_TRIES failed starts re's search takes the rest of the text from there: no start before it held a match.
    Same match, same span as `twin.search(text)` (tests/test_twin_starts.py)."""

    __slots__ = ("twin", "starts")

    def __init__(self, twin: re.Pattern, starts: re.Pattern) -> None:
        self.twin, self.starts = twin, starts

    @classmethod
    def of(cls, twin: re.Pattern | None) -> "LeftmostFromStarts | re.Pattern | None":
        """The twin's faster search when its first characters are bounded, else the twin itself."""
        if twin is None:
            return None
        # One per twin: patterns sharing a twin (re's cache) share its search per document. Keyed by identity (a
        # compiled pattern's hash reads its whole code each time), the twin kept in the entry so its id stays its own.
        entry = _LEFTMOST.get(id(twin))
        if entry is None:
            source = pattern_table.parse_fact("match_starts", twin.pattern, twin.flags, _first_class)
            entry = _LEFTMOST[id(twin)] = (twin, twin if source is None else cls(
                twin, re.compile(source, twin.flags & ~re.VERBOSE)))
        return entry[1]

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        starts, twin = self.starts.search, self.twin.match
        for _ in range(CANDIDATE_TRIES):
            candidate = starts(text, pos)
            if candidate is None:
                return None
            at = candidate.start()
            found = twin(text, at)
            if found is not None:
                return found
            pos = at + 1
        return self.twin.search(text, pos)


def every_match(pattern: re.Pattern, text: str) -> list[re.Match]:
    """`list(pattern.finditer(text))`, each match searched for only where a match can begin (LeftmostFromStarts). A
    pattern with such starts never matches the empty string, so finditer's next search begins where a match ends."""
    prefixes = compiled_prefixes(pattern)
    if prefixes is not None:
        folded = _per_document(text, "fold_case", fold_case)
        if len(folded) == len(text):  # the fold kept every character one character: its positions are the text's
            return _matches_at(pattern, text, folded, prefixes)
    fast = LeftmostFromStarts.of(pattern)
    if not isinstance(fast, LeftmostFromStarts):
        return list(pattern.finditer(text))
    found, pos = [], 0
    while (match := fast.search(text, pos)) is not None:
        found.append(match)
        pos = match.end()
    return found


class ReadOnceAWhole:
    """A compiled pattern whose matches over the whole of the text being analyzed are read once per document, each
    searched for only where a match can begin (`every_match`), and shared by every reader that scans the text with it:
    `finditer(text)` and `search(text)` of the document's very string are answered from that one list; any other
    string, or a call with bounds, goes to the pattern as before. Every other attribute is the pattern's.

    Issue 13, stop 59: a card's readers scan its whole text with ~40 module patterns of their own (a login's spelled
    letters, a birth date's cues, a naming key's words — ~10% of a card's engine CPU, each under 1%), several of them
    more than once a reading (the lexicon's letter-name runs by PERSON and ADDRESS). Exact: `every_match` is
    `list(pattern.finditer(text))` (tests/test_read_once_a_whole_s59.py holds it, and the first match for search)."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: re.Pattern) -> None:
        self.compiled = compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def _whole(self, string: str) -> list[re.Match] | None:
        doc = document_for(string)
        if doc is None:
            return None
        compiled = self.compiled  # keyed by identity: hashing a compiled pattern hashes its code (stop 44)
        return doc.derived(("matches of", id(compiled)), lambda text: every_match(compiled, text))

    def finditer(self, string: str, *bounds):
        if not bounds:
            found = self._whole(string)
            if found is not None:
                return iter(found)
        return self.compiled.finditer(string, *bounds)

    def search(self, string: str, *bounds) -> re.Match | None:
        if not bounds:
            found = self._whole(string)
            if found is not None:
                return found[0] if found else None  # the leftmost match is finditer's first
        return self.compiled.search(string, *bounds)

    def match(self, string: str, *bounds) -> re.Match | None:
        return self.compiled.match(string, *bounds)

    def fullmatch(self, string: str, *bounds) -> re.Match | None:
        return self.compiled.fullmatch(string, *bounds)


_PREFIXES: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def compiled_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """`match_prefixes` of a compiled pattern, read once per pattern (keyed by identity, as _LEFTMOST): the one memo of
    them, for the cue patterns' matches (`every_match`) and the kinds' hints (`Document.holds`) alike."""
    entry = _PREFIXES.get(id(pattern))
    if entry is None:
        entry = _PREFIXES[id(pattern)] = (pattern, match_prefixes(pattern.pattern, pattern.flags)
                                          if isinstance(pattern.pattern, str) else None)
    return entry[1]


def _matches_at(pattern: re.Pattern, text: str, folded: str, prefixes: frozenset[str]) -> list[re.Match]:
    """`list(pattern.finditer(text))` for a pattern every match of which begins with one of `prefixes` (issue 13, stop
    41): the positions where one stands in the folded text, in order, each tried with `match` (a search's own attempt
    there) from the end of the last match on. The leftmost match from any position is at the first of them where the
    pattern matches; none is empty, so the next search begins where a match ends, as finditer's does."""
    found, pos, match = [], 0, pattern.match
    for at in positions_of(folded, prefixes):
        if at < pos:
            continue
        hit = match(text, at)
        if hit is not None:
            found.append(hit)
            pos = hit.end()
    return found


def reads_alike(text: str) -> bool:
    """Do re and regex read every character of `text` alike (see _READ_OTHERWISE)? Guard's normalized texts do."""
    return _READ_OTHERWISE.search(text) is None


def fewest_digits(pattern: str, flags: int = 0) -> int:
    """The fewest decimal digits any match of `pattern` holds: a text with fewer cannot match, and its search is
    skipped (a phone needs 10, a passport 10, a card 13: most call-center texts hold a date or a house number at most).
    Counted on the parse of Python's own re (regex reads these patterns alike); 0 — always searched — for a
    pattern it cannot parse."""
    return pattern_table.parse_fact("fewest_digits", pattern, flags, _fewest_digits)


def _fewest_digits(pattern: str, flags: int) -> int:
    try:
        parsed = _parsed(pattern, flags)
        return _digits_in(parsed) if parsed is not None else 0
    except (re.error, RecursionError, TypeError, ValueError):
        return 0


def _digits_in(items) -> int:
    """A lower bound on the digits a match of the parsed `items` holds: only what surely is a digit counts."""
    total = 0
    for op, av in items:
        if op is _sre.LITERAL:
            total += chr(av).isdecimal()
        elif op is _sre.IN:
            total += bool(av) and all(_is_digit_item(item) for item in av)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            total += av[0] * _digits_in(av[2])
        elif op is _sre.SUBPATTERN:
            total += _digits_in(av[-1])
        elif op is _sre.ATOMIC_GROUP:
            total += _digits_in(av)
        elif op is _sre.BRANCH:
            total += min(_digits_in(branch) for branch in av[1])
        # assertions, anchors, any character, a back reference: no digit for sure
    return total


def _is_digit_item(item) -> bool:
    op, av = item
    return (op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT) or (op is _sre.LITERAL and chr(av).isdecimal()) or (
        op is _sre.RANGE and all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)))


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (as fold_case gives them) one of which every match of `pattern` holds, or None when the parse shows no such set:
    a text holding none of them is not searched ("серия"/"номер"/"№" for a decorated passport). Read from the parse
    of Python's own re, as `fewest_digits`."""
    return pattern_table.parse_fact("required_literals", pattern, flags, _required_literals)


def _required_literals(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = _parsed(pattern, flags)
        return _literals_in(parsed) if parsed is not None else None
    except (re.error, RecursionError, TypeError, ValueError):
        return None


def _literals_in(items) -> frozenset[str] | None:
    """The most telling set of strings one of which a match of the parsed `items` holds: of every run of literal
    characters and every group the sequence must go through, the one whose shortest string is longest."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({fold_case("".join(run))}))
            run = []
        need = None
        if op is _sre.SUBPATTERN:
            need = _literals_in(av[-1])
        elif op is _sre.ATOMIC_GROUP:
            need = _literals_in(av)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _literals_in(av[2])
        elif op is _sre.BRANCH:
            branches = [_literals_in(branch) for branch in av[1]]
            if all(branches):
                need = frozenset().union(*branches)
        elif op is _sre.IN and av and all(item[0] is _sre.LITERAL for item in av):
            need = frozenset(fold_case(chr(item[1])) for item in av)
        if need:
            found.append(need)
    if run:
        found.append(frozenset({fold_case("".join(run))}))
    return max(found, key=lambda need: (min(map(len, need)), -len(need)), default=None)


def match_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (as fold_case gives them, none empty, none the start of another) one of which every match of `pattern`
    begins with, or None when the parse shows no such set (a match may begin with a class, any character, or be
    empty). A kind's hint of a hundred cue words opening with a lookbehind is searched by re at every position of a
    text (~0.5 ms over a CRM card's comments); its matches can only begin where one of these strings stands
    (`Document.holds`). Read from the parse of Python's own re, as `required_literals`."""
    return pattern_table.parse_fact("match_prefixes", pattern, flags, _match_prefixes)


# More beginnings than this and the pattern is searched instead. The ID document kind's hint words begin 464 ways (one
# trie scan finds them all, `positions_of`); at 512 raw beginnings, before case folding merged them, it was searched
# whole in every text (issue 13, stop 55).
_MOST_PREFIXES = 2048


def _match_prefixes(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = _parsed(pattern, flags)
        found = _prefixes_of(list(parsed)) if parsed is not None else None
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not found:
        return None
    folded = sorted({fold_case(prefix) for prefix in found}, key=len)
    kept: list[str] = []
    for prefix in folded:  # "ник" makes "никнейм" redundant: wherever the longer one stands, the shorter does
        if prefix and not prefix.startswith(tuple(kept)):
            kept.append(prefix)
    return frozenset(kept) or None


def _prefixes_of(items: list) -> frozenset[str] | None:
    """Non-empty literal strings one of which every match of the parsed sequence `items` begins with, or None. Zero-width
    assertions are passed over (a candidate position is then tried by the pattern itself, assertions and all); an
    optional item contributes its own beginnings and those of what follows it; a group is read as its contents."""
    for index, (op, av) in enumerate(items):
        rest = items[index + 1:]
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) or (op is _sre.AT and av not in (_sre.AT_BEGINNING,
                                                                                _sre.AT_BEGINNING_STRING)):
            continue
        if op is _sre.LITERAL or (op is _sre.IN and av and all(item[0] is _sre.LITERAL for item in av)):
            heads = [chr(av)] if op is _sre.LITERAL else [chr(item[1]) for item in av]
            tail = []
            for next_op, next_av in rest:  # the literal characters right after it lengthen every beginning
                if next_op is not _sre.LITERAL:
                    break
                tail.append(chr(next_av))
            return frozenset(head + "".join(tail) for head in heads)
        if op is _sre.SUBPATTERN:
            return _prefixes_of(list(av[-1]) + rest)
        if op is _sre.ATOMIC_GROUP:
            return _prefixes_of(list(av) + rest)
        if op is _sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                beginnings = _prefixes_of(list(branch) + rest)
                if not beginnings:
                    return None
                found |= beginnings
                if len(found) > _MOST_PREFIXES:
                    return None
            return frozenset(found)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, body = av
            inside = _prefixes_of(list(body))
            if not inside:
                return None
            if low >= 1:
                return inside
            after = _prefixes_of(rest)  # the repeat may be skipped: what follows it begins the match then
            return inside | after if after else None
        return None
    return None  # nothing consumed: a match may be empty


def fold_case(text: str) -> str:
    """`text` as required_literals' strings are: upper-cased, then case-folded — so that every character a regular
    expression equates with another, case ignored, folds alike (casefold alone leaves the dotless "ı" that re reads as
    "i")."""
    return text.upper().casefold()


def digit_count(text: str) -> int:
    """How many decimal digits `text` holds."""
    return sum(end - start for start, end in (m.span() for m in DIGITS.finditer(text)))


def _per_document(text: str, step: str, compute):
    """`compute(text)`, once per analyzed document when `text` is its string (twenty recognizers ask the same)."""
    doc = document_for(text)
    return doc.derived(step, compute) if doc is not None else compute(text)


class AnalysisExplanation:
    """Why a span was found: which recognizer, pattern and score; what context changed the score."""

    def __init__(self, recognizer: str, original_score: float, pattern_name: str | None = None,
                 pattern: str | None = None, validation_result: bool | None = None,
                 textual_explanation: str | None = None, regex_flags: int | None = None) -> None:
        self.recognizer = recognizer
        self.pattern_name = pattern_name
        self.pattern = pattern
        self.original_score = original_score
        self.score = original_score
        self.textual_explanation = textual_explanation
        self.score_context_improvement = 0
        self.supportive_context_word = ""
        self.validation_result = validation_result
        self.regex_flags = regex_flags

    def __repr__(self) -> str:
        return str(self.__dict__)

    def set_improved_score(self, score: float) -> None:
        self.score = score
        self.score_context_improvement = score - self.original_score

    def set_supportive_context_word(self, word: str) -> None:
        self.supportive_context_word = word

    def append_textual_explanation_line(self, text: str) -> None:
        self.textual_explanation = text if self.textual_explanation is None else f"{self.textual_explanation}\n{text}"

    def to_dict(self) -> dict:
        return self.__dict__


class RecognizerResult:
    """One span a recognizer found: type, [start, end) in the analyzed text, score, and how it was found.

    Two results are equal (and hash alike) when type, offsets and score are: what duplicate removal compares."""

    RECOGNIZER_NAME_KEY = "recognizer_name"
    RECOGNIZER_IDENTIFIER_KEY = "recognizer_identifier"
    # set when the recognizer has weighed the context itself: the engine's context step then leaves the result alone
    IS_SCORE_ENHANCED_BY_CONTEXT_KEY = "is_score_enhanced_by_context"

    def __init__(self, entity_type: str, start: int, end: int, score: float,
                 analysis_explanation: AnalysisExplanation | None = None,
                 recognition_metadata: dict | None = None) -> None:
        self.entity_type = entity_type
        self.start = start
        self.end = end
        self.score = score
        self.analysis_explanation = analysis_explanation
        self.recognition_metadata = recognition_metadata

    def append_analysis_explanation_text(self, text: str) -> None:
        if self.analysis_explanation:
            self.analysis_explanation.append_textual_explanation_line(text)

    def to_dict(self) -> dict:
        return self.__dict__

    @classmethod
    def from_json(cls, data: dict) -> "RecognizerResult":
        return cls(data.get("entity_type"), data.get("start"), data.get("end"), data.get("score"))

    def intersects(self, other: "RecognizerResult") -> int:
        """Characters the two spans share (0 when apart or only touching)."""
        if self.end < other.start or other.end < self.start:
            return 0
        return min(self.end, other.end) - max(self.start, other.start)

    def contained_in(self, other: "RecognizerResult") -> bool:
        return self.start >= other.start and self.end <= other.end

    def contains(self, other: "RecognizerResult") -> bool:
        return self.start <= other.start and self.end >= other.end

    def equal_indices(self, other: "RecognizerResult") -> bool:
        return self.start == other.start and self.end == other.end

    def has_conflict(self, other: "RecognizerResult") -> bool:
        if self.equal_indices(other):
            return self.score <= other.score
        return other.contains(self)

    def __gt__(self, other: "RecognizerResult") -> bool:
        return self.end > other.end if self.start == other.start else self.start > other.start

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecognizerResult):
            return NotImplemented
        return (self.start, self.end, self.entity_type, self.score) == \
            (other.start, other.end, other.entity_type, other.score)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.score, self.entity_type))

    def __str__(self) -> str:
        return f"type: {self.entity_type}, start: {self.start}, end: {self.end}, score: {self.score}"

    __repr__ = __str__


class Pattern:
    """A named regular expression and the score of a match (compiled on first use, with the recognizer's flags)."""

    def __init__(self, name: str, regex: str, score: float) -> None:
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None
        # read with compiled_with_flags: a text with fewer digits, or with none of these strings, is not searched
        self.fewest_digits = 0
        self.required_literals: frozenset[str] | None = None
        # the same pattern in Python's re: a first, faster "any match?" (its search tried where a match can begin)
        self.stdlib_twin: "LeftmostFromStarts | re.Pattern | None" = None
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")

    def to_dict(self) -> dict:
        return {"name": self.name, "score": self.score, "regex": self.regex}

    @classmethod
    def from_dict(cls, pattern_dict: dict) -> "Pattern":
        return cls(**pattern_dict)

    def __repr__(self) -> str:
        return f"Pattern({self.name!r}, {self.regex!r}, {self.score})"


class EntityRecognizer(ABC):
    """A recognizer of one or more entity types in one language: `analyze(text, entities, nlp_artifacts)`."""

    MIN_SCORE = 0
    MAX_SCORE = 1.0

    def __init__(self, supported_entities: list[str], name: str | None = None, supported_language: str = "en",
                 version: str = "0.0.1", context: list[str] | None = None) -> None:
        self.supported_entities = supported_entities
        self.name = name if name is not None else type(self).__name__
        self._id = f"{self.name}_{id(self)}"
        self.supported_language = supported_language
        self.version = version
        self.is_loaded = False
        self.context = context if context else []
        self.load()
        self.is_loaded = True

    @property
    def id(self) -> str:
        return self._id

    @abstractmethod
    def load(self) -> None:
        """Load the recognizer's assets, if any (called once, at construction)."""

    @abstractmethod
    def analyze(self, text: str, entities: list[str], nlp_artifacts: "NlpArtifacts | None" = None
                ) -> list[RecognizerResult]:
        """The spans of `entities` this recognizer finds in `text`."""

    def enhance_using_context(self, text: str, raw_recognizer_results: list[RecognizerResult],
                              other_raw_recognizer_results: list[RecognizerResult],
                              nlp_artifacts: "NlpArtifacts | None", context: list[str] | None = None
                              ) -> list[RecognizerResult]:
        """A recognizer's own context step (none by default)."""
        return raw_recognizer_results

    def get_supported_entities(self) -> list[str]:
        return self.supported_entities

    def get_supported_language(self) -> str:
        return self.supported_language

    def get_version(self) -> str:
        return self.version

    def to_dict(self) -> dict:
        return {"supported_entities": self.supported_entities, "supported_language": self.supported_language,
                "name": self.name, "version": self.version}

    @staticmethod
    def remove_duplicates(results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Equal results once; zero scores dropped; a result inside another of its type with a score at least as
        high dropped. Best score first, then by start, longest first, then by type."""
        ordered = sorted(set(results), key=lambda r: (str(r.entity_type), r.start, r.start - r.end, -r.score))
        kept: list[RecognizerResult] = []
        for _, same_type in groupby(ordered, key=lambda r: r.entity_type):
            active: list[RecognizerResult] = []
            for result in same_type:
                if result.score == 0:
                    continue
                active = [other for other in active if other.end >= result.start]  # only these can contain it
                if any(result.contained_in(other) and result.score <= other.score for other in active):
                    continue
                kept.append(result)
                active.append(result)
        return sorted(kept, key=lambda r: (-r.score, r.start, r.start - r.end))


class PatternRecognizer(EntityRecognizer):
    """A recognizer of one entity type by regular expressions, each match checked by `validate_result`
    (True: score 1, False: dropped, None: the pattern's score) and `invalidate_result` (True: dropped)."""

    def __init__(self, supported_entity: str, name: str | None = None, supported_language: str = "en",
                 patterns: list[Pattern] | None = None, context: list[str] | None = None,
                 global_regex_flags: int | None = DEFAULT_REGEX_FLAGS, version: str = "0.0.1") -> None:
        if not supported_entity:
            raise ValueError("Pattern recognizer should be initialized with entity")
        if not patterns:
            raise ValueError("Pattern recognizer should be initialized with patterns")
        super().__init__(supported_entities=[supported_entity], name=name, supported_language=supported_language,
                         version=version)
        self.patterns = patterns
        self.context = context
        self.global_regex_flags = global_regex_flags

    def load(self) -> None:
        pass

    def validate_result(self, pattern_text: str) -> bool | None:
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return False

    @staticmethod
    def build_regex_explanation(recognizer_name: str, pattern_name: str, pattern: str, original_score: float,
                                validation_result: bool | None, regex_flags: int | None) -> AnalysisExplanation:
        return AnalysisExplanation(recognizer=recognizer_name, original_score=original_score,
                                   pattern_name=pattern_name, pattern=pattern, validation_result=validation_result,
                                   regex_flags=regex_flags,
                                   textual_explanation=f"Detected by `{recognizer_name}` using pattern `{pattern_name}`")

    def could_match(self, text: str, regex_flags: int | None = None) -> bool:
        """Could any pattern match `text`? False only when `analyze` would search none of them or find nothing."""
        flags = regex_flags or self.global_regex_flags
        return any(self._search_from(pattern, text, flags) is not None for pattern in self.patterns)

    @staticmethod
    def _search_from(pattern: Pattern, text: str, flags: int) -> int | None:
        """Where regex's search of `pattern` in `text` may begin: None when it cannot match at all (the cheap tests
        first, compiling the pattern on first use), else the first match of its stdlib twin (no match starts before
        it: both engines read the text alike; lookbehinds still see the text before it) or 0."""
        if pattern.regex == NEVER_MATCHES:
            return None  # nothing to find, but the engine would still try it at every position of the text
        if pattern.compiled_with_flags != flags:
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = None  # compiled by `_compiled` for the first text it may match in, not before
            pattern.fewest_digits = fewest_digits(pattern.regex, flags)
            pattern.required_literals = required_literals(pattern.regex, flags)
            pattern.stdlib_twin = LeftmostFromStarts.of(stdlib_twin(pattern.regex, flags))
        doc = document_for(text)
        if doc is not None:  # asked by the kinds' gate and again by analyze: answered once per document
            return doc.derived(("search_from", pattern, flags),
                               lambda _: PatternRecognizer._begin(pattern, text, doc.derived))

        def fact(step, compute):
            return compute(text)
        return PatternRecognizer._begin(pattern, text, fact)

    @staticmethod
    def _compiled(pattern: Pattern, flags: int) -> "regex.Pattern":
        """`pattern` compiled by `regex`, on the first text where `_search_from` (which read its facts with the same
        flags) let a search begin: a pattern whose digits, strings or stdlib twin rule out every text a process meets is
        never compiled (44 compiles, ~0.06 s, were paid at every start-up by each pattern's first gate)."""
        if pattern.compiled_regex is None:
            pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
        return pattern.compiled_regex

    @staticmethod
    def _begin(pattern: Pattern, text: str, fact) -> int | None:
        """_search_from's answer once the pattern is compiled; `fact(step, compute)` reads what the text is."""
        fewest = getattr(pattern, "fewest_digits", 0)  # a pattern made by Presidio's class has none
        if fewest and fact("digit_count", digit_count) < fewest:
            return None  # the text has too few digits for any match: the search would try every position
        needs = getattr(pattern, "required_literals", None)
        if needs:
            folded = fact("fold_case", fold_case)
            if not holds_any(folded, needs):
                return None  # none of the words or marks every match holds is in the text
        twin = getattr(pattern, "stdlib_twin", None)
        if twin is None or not fact("reads_alike", reads_alike):
            return 0
        first = fact(("stdlib_twin", id(twin)), twin.search)  # asked by the kinds' gate and by analyze: searched once
        return None if first is None else first.start()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: "NlpArtifacts | None" = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Every non-empty match of every pattern, validated and scored, duplicates removed."""
        flags = regex_flags or self.global_regex_flags
        results = []
        for pattern in self.patterns:
            begin = self._search_from(pattern, text, flags)
            if begin is None:
                continue
            try:
                for match in self._compiled(pattern, flags).finditer(text, begin, timeout=REGEX_TIMEOUT_SECONDS):
                    start, end = match.span()
                    if start == end:
                        continue
                    value = text[start:end]
                    validation = self.validate_result(value)
                    score = pattern.score
                    if validation is not None:
                        score = self.MAX_SCORE if validation else self.MIN_SCORE
                    if self.invalidate_result(value):
                        score = self.MIN_SCORE
                    if score <= self.MIN_SCORE:
                        continue
                    explanation = self.build_regex_explanation(self.name, pattern.name, pattern.regex, pattern.score,
                                                               validation, flags)
                    explanation.score = score
                    results.append(RecognizerResult(
                        self.supported_entities[0], start, end, score, analysis_explanation=explanation,
                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
            except TimeoutError:
                # fail closed: a pattern that could not finish may have missed a value, so the text is not declared
                # searched — the error goes up to the caller (the proxy masks the text whole, batch reports the record)
                logger.warning("Regex pattern %r timed out after %s seconds.", pattern.name, REGEX_TIMEOUT_SECONDS)
                raise
        return EntityRecognizer.remove_duplicates(results)


class NlpArtifacts:
    """What an NLP engine found in a text: tokens, their start offsets, lemmas, keywords (lemmas that are neither
    stopwords nor punctuation, what context words are compared with) and named entities."""

    def __init__(self, entities: list, tokens: list[str], tokens_indices: list[int], lemmas: list[str],
                 nlp_engine: "NlpEngine | None", language: str, scores: list[float] | None = None) -> None:
        self.entities = entities
        self.tokens = tokens
        self.lemmas = lemmas
        self.tokens_indices = tokens_indices
        self.keywords = self.set_keywords(nlp_engine, lemmas, language)
        self.nlp_engine = nlp_engine
        self.scores = scores if scores is not None else [0.85] * len(entities)

    @staticmethod
    def set_keywords(nlp_engine: "NlpEngine | None", lemmas: list[str], language: str) -> list[str]:
        if not nlp_engine:
            return []
        keywords = [lemma.lower() for lemma in lemmas
                    if not nlp_engine.is_stopword(lemma, language) and not nlp_engine.is_punct(lemma, language)
                    and lemma not in ("-PRON-", "be")]
        return [part for keyword in keywords for part in keyword.split(":")]


class NlpEngine(ABC):
    """Turns a text into NlpArtifacts for one or more languages."""

    @abstractmethod
    def load(self) -> None: ...

    @abstractmethod
    def is_loaded(self) -> bool: ...

    @abstractmethod
    def process_text(self, text: str, language: str) -> NlpArtifacts: ...

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1,
                      **kwargs: Any) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    @abstractmethod
    def is_stopword(self, word: str, language: str) -> bool: ...

    @abstractmethod
    def is_punct(self, word: str, language: str) -> bool: ...

    @abstractmethod
    def get_supported_entities(self) -> list[str]: ...

    @abstractmethod
    def get_supported_languages(self) -> list[str]: ...
