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
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

LANGUAGE = "ru"
_WORDS = re.compile(r"[а-яёa-z]+", re.IGNORECASE)


def words_in(text: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in _WORDS.findall(text)]


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """The lowercase words in the `chars` characters before `start`, nearest last."""
    return words_in(text[max(0, start - chars):start])


def words_after(text: str, end: int, chars: int = 25) -> list[str]:
    return words_in(text[end:end + chars])


def has_stem(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stem) for word in words for stem in stems)


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


_CLAUSE_END = re.compile(r"[,.;:!?\n]|\d")


def clause_before(text: str, start: int, chars: int = 40) -> str:
    """The text since the last punctuation mark or number before `start`: "заявка 123 от 10.12, номер " -> " номер ".

    Unpunctuated ASR speech has no commas, but a number ends what the words before it were about:
    in "снилс 123 456 789 45 паспорт номер 789279" the SNILS cue does not reach the passport."""
    window = text[max(0, start - chars):start]
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

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
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
        results = self.find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self.NEGATIVE_CONTEXT:
                clause = words_in(clause_before(text, result.start, self.WINDOW_BEFORE))
                if has_stem(clause[-3:], self.NEGATIVE_CONTEXT):
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
        out = []
        for pattern, fewest, most in self._cues:
            for match in pattern.finditer(text):
                start, end = match.span(1)
                if not fewest <= len(digits_of(match.group(1))) <= most or not self.cue_value_ok(match.group(1)):
                    continue
                if any(r.start < end and start < r.end for r in found + out):
                    continue
                out.append(make_result(self, self.ENTITY, start, end, self.CONTEXT_SCORE,
                                       "number said right after its cue word"))
        return out
