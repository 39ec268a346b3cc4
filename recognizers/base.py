"""What every guard recognizer shares: Russian context words read from the text itself.

Presidio's own context enhancer needs lemmas from an NLP engine and only ever
raises scores. Call-center text also needs the opposite: "заявка № 9161234567"
is a request number, not a phone. So each recognizer declares words that
support it (`CONTEXT`, also given to Presidio so it works in any
AnalyzerEngine) and word stems that cancel it (`NEGATIVE_CONTEXT`), both looked
up in a short window before the match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, ClassVar

from guard.analysis import (AnalysisExplanation, EntityRecognizer, NlpArtifacts, Pattern, PatternRecognizer,
                                   RecognizerResult)

from guard.document import WORD as _WORDS, Document, analyzing, document_for, fold

LANGUAGE = "ru"


def words_in(text: str) -> list[str]:
    """The folded words of `text`: the document's word unit (guard/document.py), cut from a bare string."""
    return [fold(w) for w in _WORDS.findall(text)]


def word_start(text: str, pos: int) -> int:
    """`pos` moved back to the start of the word it falls inside: a window never cuts a word in half
    ("Здравствуйте" cut at 40 characters is "вуйте", not a cue; "Инна" cut is "инн", a cue)."""
    pos = min(max(pos, 0), len(text))
    low = max(0, pos - 64)  # no word is longer; a run of letters costs at most this
    while pos > low and _WORDS.match(text, pos - 1) and _WORDS.match(text, pos):
        pos -= 1
    return pos


def word_end(text: str, pos: int) -> int:
    """`pos` moved forward to the end of the word it falls inside."""
    pos = min(max(pos, 0), len(text))
    high = min(len(text), pos + 64)
    while pos < high and pos > 0 and _WORDS.match(text, pos - 1) and _WORDS.match(text, pos):
        pos += 1
    return pos


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """The lowercase words in the `chars` characters before `start`, nearest last, a word the window reaches
    into read whole (from the document being analyzed when `text` is its string: no re-cutting per match)."""
    window_start = word_start(text, start - chars)
    doc = document_for(text)
    if doc is not None:
        return doc.words_in(window_start, start)
    return words_in(text[window_start:start])


def words_after(text: str, end: int, chars: int = 25) -> list[str]:
    window_end = word_end(text, end + chars)
    doc = document_for(text)
    if doc is not None:
        return doc.words_in(end, window_end)
    return words_in(text[end:window_end])


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=100_000)
def is_cue(word: str, stem: str) -> bool:
    """Is `word` (lowercase) the cue word `stem` stands for? A whole word ("инн", "тел") or a longer word
    that can be read as something other than a name: the first name "Инна" is not the cue "ИНН"."""
    if word == stem:
        return True
    if not word.startswith(stem):
        return False
    from guard.morph import parses  # the dictionaries load once, on the first word that needs them

    readings = parses(word)
    if not readings:
        return True
    return any(_NAME_GRAMMEMES.isdisjoint(p.tag.grammemes) for p in readings)  # some reading is not a name


def has_stem(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(is_cue(word, stem) for word in words for stem in stems)


def last_cue(words: list[str], stems: tuple[str, ...]) -> tuple[int, str] | None:
    """(position, stem) of the cue nearest the end of `words`, or None."""
    for i in range(len(words) - 1, -1, -1):
        for stem in stems:
            if is_cue(words[i], stem):
                return i, stem
    return None


# Fail closed: a cue of another kind re-types a number (a contract number, not a phone), it never
# drops it — except the cues of numbers that are nobody's personal data (a request, an order).
CUE_KINDS: dict[str, str | None] = {
    "договор": "CONTRACT_NUMBER", "лицев": "ACCOUNT_NUMBER", "счет": "ACCOUNT_NUMBER", "счёт": "ACCOUNT_NUMBER",
    "инн": "RU_INN", "снилс": "RU_SNILS", "паспорт": "RU_PASSPORT", "карт": "CREDIT_CARD", "полис": "RU_OMS",
    "заявк": None, "обращени": None, "тикет": None, "кейс": None, "инцидент": None, "заказ": None,
}


@dataclass(frozen=True)
class Kind:
    """One kind of personal data, as the registry (recognizers/__init__.py) lists it.

    `canonical` turns a value as written or said into the form every comparison uses — pseudonyms,
    card matching, identification, the checker's memory of what the caller said: digits for numbers
    (spoken ones too), lemmas for names."""

    entity: str
    recognizers: tuple[type[EntityRecognizer], ...]
    canonical: Callable[[str], str]
    numeric: bool = False
    # Reads natasha's NER and morphology (names, addresses): the engine runs it; the others read the text alone,
    # fast enough for the speech checker's 5 ms budget.
    needs_nlp: bool = False
    # What a text must hold for this kind to be in it at all: the speech checker skips the recognizers
    # otherwise (a number needs a digit — spoken ones are digits by then).
    hint: str = r"\d"


def make_result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float,
                why: str) -> RecognizerResult:
    """A RecognizerResult as Presidio's own recognizers build it (its context enhancer needs the metadata)."""
    return RecognizerResult(
        entity, start, end, score,
        analysis_explanation=AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                                 textual_explanation=why),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                              # our recognizers weigh their own context words (see ContextPatternRecognizer)
                              RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True},
    )


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def number_value(value: str) -> str:
    """The digits of a number as written ("8 (916) 123-45-67") or said ("восемь девятьсот шестнадцать ...")."""
    digits = digits_of(value)
    if digits and not any(ch.isalpha() for ch in value):
        return digits
    from guard.normalize import normalize_numbers

    return digits_of(normalize_numbers(value).text)


_LETTERS = re.compile(r"[^\W\d_]+")
_NAME_ORDER = ("Surn", "Patr", "Name")


def _name_lemma(word: str) -> str:
    """The dictionary form of one word of a name, the same for every case and either gender's ending:
    "Петровой" and "Петрова" -> "петров", "Анне" -> "анна", "Викторовне" -> "викторович"."""
    from guard.morph import parses

    readings = parses(word)
    for grammeme in _NAME_ORDER:
        forms = [p for p in readings if grammeme in p.tag.grammemes]
        if forms:
            declined = [p for p in forms if "Fixd" not in p.tag.grammemes] or forms  # "Анне" is "Анна" declined
            return min(p.normal_form for p in declined).replace("ё", "е")
    return (readings[0].normal_form if readings else word.lower()).replace("ё", "е")


def name_value(value: str) -> str:
    """Lemmas of the words of a name or an address, lowercase, ё as е: one person in any case."""
    return " ".join(_name_lemma(word) for word in _LETTERS.findall(value))


_CLAUSE_END = re.compile(r"[,.;:!?\n]|\d")


def clause_before(text: str, start: int, chars: int = 40) -> str:
    """The text since the last punctuation mark or number before `start`: "заявка 123 от 10.12, номер " -> " номер ".

    Unpunctuated ASR speech has no commas, but a number ends what the words before it were about:
    in "снилс 123 456 789 45 паспорт номер 789279" the SNILS cue does not reach the passport. The window
    starts at a word boundary."""
    window = text[word_start(text, start - chars):start]
    ends = list(_CLAUSE_END.finditer(window))
    # a dot inside an abbreviation or a number ("№.", "12.11") is not a clause end; a dot+space is
    for end in reversed(ends):
        if end.group() != "." or end.end() == len(window) or window[end.end():end.end() + 1] == " ":
            if end.end() < len(window):
                return window[end.end():]
    return window


_NUMBER_VALUE = r"\d(?:[ \-]?\d)*"
# A number pattern must take a whole digit run, not a piece of a longer one ("45 05 678901" inside a
# 12-digit INN): no digit (or "+") just before it, none just after, with one separator allowed between.
# A run glued to Latin letters is an identifier ("c3980981210af", "INC0047719"), not a number anyone said.
RUN_START = r"(?<![\d+A-Za-z])(?<!\d[ \-])"
RUN_END = r"(?![ \-]?\d)(?![A-Za-z])"
# The digits after a cued number that did not fit its kind: still masked, but any other kind's result (a phone
# at 0.7) outranks them when it finds what they are; above the engine's threshold of 0.5.
REST_SCORE = 0.6


class ContextPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches are raised or dropped by the words just before them.

    Subclasses set PATTERNS, ENTITY, CONTEXT (word stems that support the match,
    raising its score to CONTEXT_SCORE) and NEGATIVE_CONTEXT (stems in the same clause
    that cancel it), and may override `validate_result` for checksums.

    CUE_NUMBERS are (cue regex, fewest digits, most digits): a number said right after
    its cue ("ИНН ...", "СНИЛС ...") is taken whatever its checksum or grouping — people
    misspeak, ASR mishears and spoken groups compose ambiguously ("шесть тысяч сто
    девяносто четыре тысячи ..."), and a wrong INN read out is still an INN read out.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_SCORE: ClassVar[float] = 0.9
    WINDOW_BEFORE: ClassVar[int] = 40
    WINDOW_AFTER: ClassVar[int] = 0
    # How many words before the match may hold a supporting word.
    CONTEXT_WORDS: ClassVar[int] = 6
    # Abbreviations like "д.р." or "г.р." that word stems cannot express, searched in the raw window.
    CONTEXT_PATTERN: ClassVar[re.Pattern | None] = None
    # Without a supporting word the match is dropped (for shapes too common to trust alone).
    REQUIRES_CONTEXT: ClassVar[bool] = False
    CUE_NUMBERS: ClassVar[tuple[tuple[str, int, int], ...]] = ()
    CUE_VALUE: ClassVar[str] = _NUMBER_VALUE
    # What a text must hold for this recognizer to find anything: its kind's hint, set by the registry
    # (recognizers/__init__.py); a text without it is skipped before any pattern runs.
    HINT: ClassVar[re.Pattern | None] = None

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            # a kind known only by its cue (a CVV after "CVV") has no pattern of its own
            patterns=list(self.PATTERNS) or [Pattern("cue_only", r"(?!)", 0.0)],
            context=list(self.CONTEXT),
            supported_language=supported_language,
            name=type(self).__name__,
        )
        self._cues = [
            (re.compile(r"(?<![а-яёa-z])(?:" + cue + r")[\s:№#.,\-]{0,4}(" + self.CUE_VALUE + r")(?![ \-]?\d)",
                        re.IGNORECASE), fewest, most)
            for cue, fewest, most in self.CUE_NUMBERS
        ]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        doc = document_for(text)
        if doc is None:
            doc = getattr(nlp_artifacts, "document", None)
            if doc is None or doc.text is not text:
                doc = Document(text)  # someone else's NLP engine: this recognizer's own, short-lived
            with analyzing(doc):
                return self._analyze(doc, entities, nlp_artifacts, regex_flags)
        return self._analyze(doc, entities, nlp_artifacts, regex_flags)

    def _analyze(self, doc: Document, entities: list[str], nlp_artifacts: NlpArtifacts | None,
                 regex_flags: int | None) -> list[RecognizerResult]:
        text = doc.text
        if self.HINT is not None and not doc.holds(self.HINT):
            return []
        results = self.find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self.NEGATIVE_CONTEXT:
                clause = words_in(clause_before(text, result.start, self.WINDOW_BEFORE))[-3:]
                other = last_cue(clause, self.NEGATIVE_CONTEXT)
                own = last_cue(clause, self.CONTEXT)
                if other is not None and (own is None or own[0] < other[0]):
                    retyped = CUE_KINDS.get(other[1], self.ENTITY)
                    if retyped is None:
                        continue  # a request or order number: nobody's personal data
                    if retyped != self.ENTITY:
                        result.entity_type = retyped
                        result.score = max(result.score, self.CONTEXT_SCORE)  # the other kind's cue is its context
                        result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                        kept.append(result)
                        continue
            if self.is_supported(text, result.start, result.end):
                result.score = max(result.score, self.CONTEXT_SCORE)
            elif self.REQUIRES_CONTEXT:
                continue
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(result)
        return kept + self._cued_numbers(text, kept)

    def find_candidates(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None,
                        regex_flags: int | None) -> list[RecognizerResult]:
        """Matches before context is weighed: the PATTERNS with their validation, unless a subclass knows better."""
        return PatternRecognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)

    def is_supported(self, text: str, start: int, end: int) -> bool:
        """Is there a supporting word near [start, end)? Subclasses may add their own evidence."""
        before = words_before(text, start, self.WINDOW_BEFORE)
        after = words_after(text, end, self.WINDOW_AFTER) if self.WINDOW_AFTER else []
        return has_stem(before[-self.CONTEXT_WORDS:] + after, self.CONTEXT) or bool(
            self.CONTEXT_PATTERN
            and self.CONTEXT_PATTERN.search(text[max(0, start - self.WINDOW_BEFORE):end + self.WINDOW_AFTER])
        )

    def cue_value_ok(self, value: str) -> bool:
        """Whether a number said after a cue can be this entity at all (its length is checked already)."""
        return True

    def _cued_numbers(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for pattern, fewest, most in self._cues:
            for match in pattern.finditer(text):
                for start, end, score, why in self._cued_spans(match, fewest, most):
                    # only a result at least as sure keeps it out: a weak pattern match over the same digits
                    # falls below the threshold later and would take the cued number with it
                    if any(r.start < end and start < r.end and r.score >= score for r in found) or \
                            any(r.start < end and start < r.end for r in out):
                        continue
                    out.append(make_result(self, self.ENTITY, start, end, score, why))
        return out

    def _cued_spans(self, match: re.Match, fewest: int, most: int) -> list[tuple[int, int, float, str]]:
        """(start, end, score, why) of the number after a cue. Fail closed: a run longer than the kind allows
        ("СНИЛС 11793150356 8 957 893 22 26": another number said right after) is cut after the whole digit
        groups that fit — the checksum-valid cut if one is, else the longest — and the rest stays masked
        at a score any other kind's result outranks; a run of several groups with no such cut is masked whole."""
        value, (start, end) = match.group(1), match.span(1)
        digits = len(digits_of(value))
        if digits < fewest:
            return []
        if digits <= most:
            if not self.cue_value_ok(value):
                return []
            return [(start, end, self.CONTEXT_SCORE, "number said right after its cue word")]
        cuts, count = [], 0
        for group in re.finditer(r"\d+", value):
            count += len(group.group())
            if count > most:
                break
            if count >= fewest and self.cue_value_ok(value[:group.end()]):
                cuts.append(group.end())
        if not cuts:
            # One group too long is one number of a longer kind, left to its own recognizers (twenty digits after
            # "счёт" are a bank account's: a bank's correspondent account stays in the text); several groups with
            # no cut that fits are masked whole. The kind may still refuse the value (a phone never starts with 0).
            if re.fullmatch(r"\D*\d+\D*", value) or not self.cue_value_ok(value):
                return []
            return [(start, end, self.CONTEXT_SCORE, "a run too long for its kind said right after its cue word")]
        cut = next((c for c in reversed(cuts) if self.validate_result(value[:c])), cuts[-1])
        rest = re.compile(r"\d").search(value, cut).start()
        return [(start, start + cut, self.CONTEXT_SCORE, "number said right after its cue word"),
                (start + rest, end, REST_SCORE, "the rest of a run too long for the kind its cue word names")]
