"""One document object per text, natasha's `Doc` the model: computed once, read by every recognizer.

    text ──normalize──> Document(text, normalization)    spoken numbers -> digits, Unicode made plain, offset map
         ──tokens───────> words, digit groups              one regex pass each, on first use
         ──lemmas───────> one pymorphy analysis per distinct word form (guard.morph caches them process-wide)
         ──tag_ner──────> natasha's PER/LOC/ORG spans       set by the NLP engine (guard/nlp.py)

Each step runs on first use and is kept: the recognizers (recognizers/base.py helpers) read the words before a
match, the kind hints and the digit groups from here instead of re-cutting the text for every recognizer and
every match. The engine hands the document to the recognizers inside Presidio's NlpArtifacts
(guard.nlp.RussianNlpArtifacts.document); helpers given only a string find it with `document_for(text)` while
the engine is analyzing that very string, and cut the string themselves otherwise (any other AnalyzerEngine).
"""
from __future__ import annotations

import contextvars
import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Hashable, Iterator

from guard.morph import lemma

if TYPE_CHECKING:
    from guard.nlp import NerSpan
    from guard.normalize import Normalization

# The word unit of every context helper (recognizers/base.py words_in): letters only, no digits.
WORD = re.compile(r"[а-яёa-z]+", re.IGNORECASE)
# Presidio's token unit (its context words and lemmas): a run of word characters or one punctuation mark.
TOKEN = re.compile(r"\w+|[^\w\s]")
DIGITS = re.compile(r"\d+")
# A token of digits only, hyphens between its groups ("4521", "22-34", "3-0-9"): a number said or written in pieces,
# read whole (fullmatch) by the speech checker's patterns and the secret kind.
HYPHENATED_DIGITS = re.compile(r"\d+(?:-\d+)*")
# A name's unit, hyphenated names whole ("Салтыков-Щедрин"): what identification compares and the proxy's
# scrubbing looks for.
NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A spoken or written token with digits and hyphens whole ("5-й", "вай-фай", "8-800"): the speech checker's unit.
HYPHENATED_TOKEN = re.compile(r"\w+(?:-\w+)*")
# An identifier's or a key's words in either alphabet, a case change splitting one ("contractEndDate" -> contract, End,
# Date; "ДатаРасторжения" -> Дата, Расторжения): what the QA report shows of an id (guard/fields.py masked_id) and the
# key words the 5-year rule reads (guard/policy/termination.py).
LETTER_RUN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+(?![а-яё])")
# Letters and digits together ("ООО «Ромашка-2»" -> ооо, ромашка, 2): an organization's name, compared word by word.
ALNUM_WORD = re.compile(r"[^\W_]+")


# What may stand between a sentence's end and its first word: spaces, an opening quote or bracket, a dash of speech.
SENTENCE_OPENERS = " \t«\"„“(—–-"
SENTENCE_ENDS = ".!?…"
_CUT_WORD_DOT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,4}\.[ \t]*$")  # "кл. ", "ув. ": a cut word, no sentence's end
_CELL = re.compile(r"[^|\n]*")


def opens_a_sentence(text: str, start: int, *, lines: bool = True, cut_words: bool = False, cells: bool = False,
                     ellipsis: bool = True, gap_opens: bool = False, reach: int = 40) -> bool:
    """Does the word at `start` open a sentence, so that its capital letter is its place's and says nothing of a name?
    The one home of this reading (the redactor's PERSON kind and the speech checker ask it). A word opens a sentence at
    the text's start and after a sentence's end (. ! ? …). The readings differ in what may stand between, each a knob:

    - lines (default): a line break ends a sentence too, and spaces, an opening quote or bracket or a dash of direct
      speech may stand between ("… сказал. «Ли"); only `reach` characters are read. Without it whitespace of any kind and nothing else may stand between, read back to the text's
      start: a word after a line break is read by the line before it, a word after a quote opens no sentence.
    - cut_words: a dot after a word of 1-4 letters is a cut word's ("кл. Иванов", "ул. Ленина"), no sentence's end.
    - cells: a table cell of several words opens like a sentence ("Причина | Мороз, обрыв кабеля"); a cell of one word
      is a value, as a name is ("Исполнитель | Мороз").
    - ellipsis (default): "…" ends a sentence; the PERSON kind's reading of a capitalised surname without line breaks
      reads it as speech trailing off ("фамилия там на… Петров": the word after it goes on the same sentence).
    - gap_opens (`lines` only): a reach holding nothing but spaces and openers opens a sentence as a fixed-width
      table's column gap does; without it only when it reaches the text's start ("          Фомин" in a column goes
      on its row)."""
    if not lines:
        before = text[:start].rstrip()
        if cells and before[-1:] == "|":
            return len(NAME_WORD.findall(_CELL.match(text, start).group())) > 1
        return not before or before[-1] in (SENTENCE_ENDS if ellipsis else SENTENCE_ENDS[:-1])
    low = max(0, start - reach)
    window = text[low:start]
    before = window.rstrip(SENTENCE_OPENERS)
    if not before:
        return low == 0 or gap_opens
    if cut_words and _CUT_WORD_DOT.search(window) is not None:
        return False
    return before[-1] in SENTENCE_ENDS or before[-1] == "\n"


def fold(word: str) -> str:
    """Lowercase, ё as е: the form every cue comparison uses."""
    return word.lower().replace("ё", "е")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    folded: str  # lowercase, ё as е


class Document:
    """A text and what is known about it, each part computed once on first use.

    >>> doc = Document("Паспорт 4512 774306, тел. 89161234567")
    >>> doc.words_before(20)
    ['паспорт']
    >>> [doc.text[s:e] for s, e in doc.digit_groups]
    ['4512', '774306', '89161234567']
    """

    def __init__(self, text: str, normalization: "Normalization | None" = None) -> None:
        self.text = text
        self.normalization = normalization  # how `text` maps back to what the caller gave, when it was normalized
        self.ner_spans: list[NerSpan] | None = None  # natasha NER, set by the NLP engine's tag_ner step
        # a hint's answer, by the hint's identity: Python hashes a compiled pattern by its whole code (~0.1-0.3 ms for
        # the largest hints, hashed by every kind that asks)
        self._hints: dict[int, tuple[re.Pattern, bool]] = {}
        self._derived: dict[str, Any] = {}

    # -- segmentation -----------------------------------------------------------------------------

    @cached_property
    def words(self) -> list[Word]:
        return [Word(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(self.text)]

    @cached_property
    def _word_starts(self) -> list[int]:
        return [w.start for w in self.words]

    @cached_property
    def _word_ends(self) -> list[int]:
        return [w.end for w in self.words]

    @cached_property
    def tokens(self) -> list[tuple[int, str]]:
        """(start, token) pairs: Presidio's tokens."""
        return [(m.start(), m.group()) for m in TOKEN.finditer(self.text)]

    @cached_property
    def digit_groups(self) -> list[tuple[int, int]]:
        """(start, end) of every run of digits — spoken numbers are digits by now."""
        return [m.span() for m in DIGITS.finditer(self.text)]

    @cached_property
    def has_digits(self) -> bool:
        return bool(self.digit_groups)

    # -- morphology -------------------------------------------------------------------------------

    @cached_property
    def lemmas(self) -> list[str]:
        """One lemma per token (Presidio's context words compare them); pymorphy is asked once per distinct form."""
        return [lemma(token) if token.isalpha() else token.lower() for _, token in self.tokens]

    # -- what the recognizers ask -----------------------------------------------------------------

    def words_in(self, start: int, end: int) -> list[str]:
        """The folded words of text[start:end], a word cut by either edge cut the same way: exactly
        what matching WORD over the slice gives, without cutting the text again."""
        start, end = max(0, start), min(len(self.text), end)
        if end <= start:
            return []
        words = self.words
        first = bisect_right(self._word_ends, start)  # first word ending after `start`
        last = bisect_left(self._word_starts, end)  # words starting before `end`
        out = []
        for k in range(first, last):
            word = words[k]
            if word.start >= start and word.end <= end:
                out.append(word.folded)
            else:
                out.append(fold(self.text[max(word.start, start):min(word.end, end)]))
        return out

    def word_around(self, pos: int) -> Word | None:
        """The word `pos` falls strictly inside (a letter on each side of it), else None."""
        k = bisect_right(self._word_starts, pos) - 1
        if k >= 0:
            word = self.words[k]
            if word.start < pos < word.end:
                return word
        return None

    def words_before(self, start: int, chars: int = 40) -> list[str]:
        """The folded words in the `chars` characters before `start`, nearest last."""
        return self.words_in(start - chars, start)

    def words_after(self, end: int, chars: int = 25) -> list[str]:
        return self.words_in(end, end + chars)

    def derived(self, step: Hashable, compute: Callable[[str], Any]) -> Any:
        """A fact about the text that a step computes from it (is it lowercase ASR? a pattern's first match?), once per
        document."""
        if step not in self._derived:
            self._derived[step] = compute(self.text)
        return self._derived[step]

    def holds(self, hint: re.Pattern) -> bool:
        """Does the text hold a kind's hint (recognizers/__init__.py)? Searched once per hint per text, and not at all in
        a text holding none of the strings every match of the hint holds (its cue words, read from the pattern's parse).
        A hint that is an alternation of shapes with no such strings in common (the ID document kind's: its words, a
        codice fiscale, an employment record's shape ...) is asked branch by branch, each with its own strings: a
        search of the whole alternation tried every branch at every position of every text (issue 13, stop 55)."""
        entry = self._hints.get(id(hint))
        if entry is None or entry[0] is not hint:
            branches = _hint_branches(hint)
            if branches is None:
                held = self._may_hold(hint) and self._search_hint(hint)
            else:
                held = self._may_hold(hint) and any(self._may_hold(b) and self._search_hint(b) for b in branches)
            entry = self._hints[id(hint)] = (hint, held)
        return entry[1]

    def _search_hint(self, hint: re.Pattern) -> bool:
        """`hint.search(text) is not None`, tried only where a match can begin when every match begins with one of a
        few strings (guard.analysis.match_prefixes: a kind's cue words): they are found in the case-folded text, and
        the hint is matched there, its lookbehinds reading the text before (as a search's attempt at that position
        does). Only where the fold keeps every character one character, so positions in it are positions in the
        text; elsewhere the hint is searched as before."""
        text = self.text
        prefixes = _hint_prefixes(hint)
        if prefixes is None:
            return hint.search(text) is not None
        from guard.analysis import fold_case  # guard.analysis imports this module

        folded = self.derived("fold_case", fold_case)
        if len(folded) != len(text):
            return hint.search(text) is not None
        match = hint.match
        return any(match(text, at) is not None for at in positions_of(folded, prefixes))

    def _may_hold(self, hint: re.Pattern) -> bool:
        strings = _hint_strings(hint)
        if not strings:
            return True
        from guard.analysis import fold_case  # guard.analysis imports this module

        folded = self.derived("fold_case", fold_case)  # the key the patterns' own prefilter reads it by
        if len(folded) != len(self.text):
            # a character the fold makes two ("İ" -> "i" + U+0307) is one the pattern's IGNORECASE reads as one: the
            # strings cannot tell, so the hint is searched (review of stop 55's hint branches)
            return True
        return holds_any(folded, strings)


# By the hint's identity, as guard.analysis.compiled_prefixes: hashing a compiled pattern hashes its whole code.
_HINT_STRINGS: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def _hint_strings(hint: re.Pattern) -> frozenset[str] | None:
    """The strings one of which every match of `hint` holds (guard.analysis.required_literals, as fold_case gives
    them), read once per hint; None when the parse names no such set (then the hint is searched in every text)."""
    entry = _HINT_STRINGS.get(id(hint))
    if entry is None or entry[0] is not hint:
        from guard.analysis import required_literals  # guard.analysis imports this module

        entry = _HINT_STRINGS[id(hint)] = (hint, required_literals(hint.pattern, hint.flags))
    return entry[1]


def positions_of(folded: str, prefixes: frozenset[str]) -> list[int]:
    """Every position of `folded` where one of `prefixes` stands, in order: where a pattern whose matches all begin with
    one of them (guard.analysis.match_prefixes) can match — `Document.holds` and `guard.analysis.every_match` try it
    there only. A long list is found in one scan (`_StringScan`), a short one string by string."""
    scan = _StringScan.of(prefixes)
    if scan is not None:
        return [match.start() for match in scan.starts.finditer(folded)]
    starts: set[int] = set()
    for prefix in prefixes:
        at = folded.find(prefix)
        while at >= 0:
            starts.add(at)
            at = folded.find(prefix, at + 1)
    return sorted(starts)


def holds_any(folded: str, strings: frozenset[str]) -> bool:
    """`any(string in folded for string in strings)`: does the (case-folded) text hold one of `strings` — the prefilter of
    the kinds' hints (`Document._may_hold`), patterns (guard.analysis `_begin`) and cue patterns (recognizers/base.py
    LazyPattern), each a list of the strings every match holds. A long list is found in one scan (`_StringScan`)."""
    scan = _StringScan.of(strings)
    if scan is not None:
        return scan.anywhere.search(folded) is not None
    return any(string in folded for string in strings)


class _StringScan:
    """A list of strings as one regular expression, a trie of their characters: "паспорт|паспортные|пасс" reads as
    "пас(?:порт|с)" (a string another one begins with is dropped: wherever the longer stands, the shorter does). Python's
    re tries a trie's branches by their first character, so one scan of the text replaces a `find` per string — the
    ID-document kind's hint holds 471 strings, the secret kind's 200, a text of 100 characters is scanned 471 times
    otherwise (issue 13, stop 47). `anywhere` matches where any string stands (the same answer as `in` for each);
    `starts` is the same trie in a lookahead, so finditer gives every position where one stands, overlapping ones
    too, in order (the same positions as `find` for each)."""

    __slots__ = ("strings", "anywhere", "starts")
    SHORTEST_LIST = 16  # below it, a `find` per string is as fast (measured on the bench's texts)
    _BY_ID: dict[int, "_StringScan | None"] = {}

    def __init__(self, strings: frozenset[str]) -> None:
        self.strings = strings  # kept: the memo is keyed by the list's identity, so its id stays its own
        source = _trie_source(strings)
        self.anywhere = re.compile(source)
        self.starts = re.compile(f"(?={source})")

    @classmethod
    def of(cls, strings: frozenset[str]) -> "_StringScan | None":
        """The scan of a list of SHORTEST_LIST strings or more, built once per list (by identity: lists are the parse
        facts' frozensets, read once per pattern); None for a shorter list or one holding the empty string."""
        if len(strings) < cls.SHORTEST_LIST or "" in strings:
            return None
        scan = cls._BY_ID.get(id(strings))
        if scan is None or scan.strings is not strings:
            scan = cls._BY_ID[id(strings)] = cls(strings)
        return scan


def _trie_source(strings: frozenset[str]) -> str:
    """The strings as one alternation, a trie of their characters (each escaped); strings another begins with dropped."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not string.startswith(tuple(kept)):
            kept.append(string)
    trie: dict = {}
    for string in kept:
        node = trie
        for char in string:
            node = node.setdefault(char, {})

    def source(node: dict) -> str:
        branches = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return source(trie)


# The flag as a plain int: `int & re.IGNORECASE` goes through the RegexFlag enum's Python-level operator (~4 us a
# test, asked of each hint in each text).
_IGNORECASE = int(re.IGNORECASE)


def _hint_prefixes(hint: re.Pattern) -> frozenset[str] | None:
    """The strings one of which every match of `hint` begins with (guard.analysis.compiled_prefixes, the one memo of
    them); None when the parse names no such set or the hint heeds case (then it is searched)."""
    if not hint.flags & _IGNORECASE:
        return None
    from guard.analysis import compiled_prefixes  # guard.analysis imports this module

    return compiled_prefixes(hint)


# By the hint's identity, as _HINT_STRINGS.
_HINT_BRANCHES: dict[int, tuple[re.Pattern, tuple[re.Pattern, ...] | None]] = {}
# What a hint cut at its top-level "|" must not hold: a verbose pattern's comments, a global inline flag (it would
# reach the first branch only), a reference to a group by number or name, a conditional (group numbers move).
_NOT_CUT = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[a-zA-Z]+\)")


def top_level_branches(pattern: str) -> list[str]:
    """`pattern` cut at each "|" outside any group, character class or escape: "a|(b|c)|[|]" -> ["a", "(b|c)", "[|]"].
    A match of the pattern at a position is a match of one of them there, and a match of one of them is the
    pattern's (an alternation answers its first matching branch, but whether any matches is the same question)."""
    pieces, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


def _hint_branches(hint: re.Pattern) -> tuple[re.Pattern, ...] | None:
    """The top-level branches of `hint`, each compiled with its flags, when the hint as a whole names no string every
    match holds (`_hint_strings`) and no one set of strings every match begins with (`_hint_prefixes`) but is an
    alternation (a branch may name its own); None otherwise (the hint is asked whole, as before). Read once per hint."""
    entry = _HINT_BRANCHES.get(id(hint))
    if entry is None or entry[0] is not hint:
        branches = None
        if (isinstance(hint.pattern, str) and not hint.flags & re.VERBOSE and not _NOT_CUT.search(hint.pattern)
                and not _hint_strings(hint) and _hint_prefixes(hint) is None):
            pieces = top_level_branches(hint.pattern)
            if len(pieces) > 1 and "|".join(pieces) == hint.pattern:
                try:
                    branches = tuple(re.compile(piece, hint.flags) for piece in pieces)
                except re.error:
                    branches = None  # a cut this reader got wrong: ask the hint whole
        entry = _HINT_BRANCHES[id(hint)] = (hint, branches)
    return entry[1]


_CURRENT: contextvars.ContextVar[Document | None] = contextvars.ContextVar("guard_document", default=None)


def document_for(text: str) -> Document | None:
    """The document being analyzed, when `text` is its very string (helpers called with a string); else None."""
    doc = _CURRENT.get()
    return doc if doc is not None and doc.text is text else None


def text_holds(text: str, hint: re.Pattern) -> bool:
    """`hint.search(text) is not None`, answered by the document being analyzed when `text` is its very string
    (`Document.holds`: once a text however many recognizers ask, and only where a match can begin); searched otherwise.
    A kind's recognizers share its hint (the employment kind's three its ~100 profession stems: three whole searches of
    a card's text a reading before, issue 13 stop 59)."""
    doc = document_for(text)
    return doc.holds(hint) if doc is not None else hint.search(text) is not None


def read_once_per_document(reading: Callable[..., Any]) -> Callable[..., Any]:
    """`reading` — a pure reading of a text (its arguments a string and offsets or flags, nothing else: the same
    arguments always get the same answer) — asked again with the same arguments while one document is analyzed gets
    its first answer (PERSON's filters ask whether a span names a place before and after the span is widened, and the
    place test of each name asks it of the name's words again: 2,676 asks, 798 distinct, on 1,000 written texts).
    The answers are kept in the document being analyzed (`Document.derived`, keyed by the reading and its arguments:
    a text derived from the document's, another string, is its own key) and go with it; with no document being
    analyzed (the speech checker's own calls) the reading is computed as asked. An error is not remembered: it goes up
    as it would."""
    def remembered(*args: Any, **kwargs: Any) -> Any:
        doc = _CURRENT.get()
        if doc is None:
            return reading(*args, **kwargs)
        key = (remembered, args, tuple(sorted(kwargs.items())) if kwargs else ())
        return doc.derived(key, lambda _text: reading(*args, **kwargs))

    remembered.__wrapped__ = reading  # type: ignore[attr-defined]
    remembered.__name__, remembered.__qualname__, remembered.__doc__ = \
        reading.__name__, reading.__qualname__, reading.__doc__
    remembered.__module__ = reading.__module__
    return remembered


@contextmanager
def analyzing(doc: Document) -> Iterator[Document]:
    """Within this block, helpers handed `doc.text` read `doc` (per thread and per task: a context variable)."""
    token = _CURRENT.set(doc)
    try:
        yield doc
    finally:
        _CURRENT.reset(token)
