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

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

LANGUAGE = "ru"
_WORDS = re.compile(r"[а-яёa-z]+", re.IGNORECASE)


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """The lowercase words in the `chars` characters before `start`, nearest last."""
    return [w.lower().replace("ё", "е") for w in _WORDS.findall(text[max(0, start - chars):start])]


def words_after(text: str, end: int, chars: int = 25) -> list[str]:
    return [w.lower().replace("ё", "е") for w in _WORDS.findall(text[end:end + chars])]


def has_stem(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stem) for word in words for stem in stems)


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


class ContextPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches are raised or dropped by the words just before them.

    Subclasses set PATTERNS, ENTITY, CONTEXT (word stems that support the match,
    raising its score to CONTEXT_SCORE) and NEGATIVE_CONTEXT (stems that cancel it),
    and may override `validate_result` for checksums.
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

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            name=type(self).__name__,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            before = words_before(text, result.start, self.WINDOW_BEFORE)
            after = words_after(text, result.end, self.WINDOW_AFTER) if self.WINDOW_AFTER else []
            if self.NEGATIVE_CONTEXT and has_stem(before[-3:], self.NEGATIVE_CONTEXT):
                continue
            supported = has_stem(before[-self.CONTEXT_WORDS:] + after, self.CONTEXT) or bool(
                self.CONTEXT_PATTERN
                and self.CONTEXT_PATTERN.search(text[max(0, result.start - self.WINDOW_BEFORE):result.end + self.WINDOW_AFTER])
            )
            if supported:
                result.score = max(result.score, self.CONTEXT_SCORE)
            elif self.REQUIRES_CONTEXT:
                continue
            kept.append(result)
        return kept
