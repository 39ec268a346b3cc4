"""PERSON in lowercase (speech-to-text) text from the trained name tagger (guard/name_tagger.py).

natasha's NER needs capitals; on lowercase text guard recases first, and names in oblique cases,
surnames that are ordinary words and foreign names still slip through. This recognizer adds the
tagger's spans there, and stays silent on written text (guard.nlp.needs_recasing decides), where
natasha reads the capitals itself. Its threshold was chosen on held-out factRuEval documents
(benchmarks/train_name_tagger.py).
"""
from __future__ import annotations

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.name_tagger import get_tagger
from guard.nlp import needs_recasing
from guard.recognizers.base import LANGUAGE, make_result
from guard.recognizers.person import could_be_name_word, widen_lowercase_name

# The tagger's P(name) in [threshold, 1] maps onto scores above the engine's 0.5 floor, below NER's 0.85.
_LOW, _HIGH = 0.55, 0.8


class LowercaseNameRecognizer(EntityRecognizer):
    """Names in lowercase text from the name tagger; nothing on text with capitals."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="LowercaseNameRecognizer")

    def load(self) -> None:
        pass  # the model loads on the first lowercase text (guard.name_tagger.get_tagger)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if (entities and self.ENTITY not in entities) or not needs_recasing(text):
            return []
        tagger = get_tagger()
        span = max(1e-6, 1.0 - tagger.threshold)
        return [make_result(self, self.ENTITY, *widen_lowercase_name(text, s.start, s.end),
                            _LOW + (_HIGH - _LOW) * min(1.0, (s.score - tagger.threshold) / span),
                            "the lowercase name tagger")
                for s in tagger.tag(text) if could_be_name_word(text, s.start, s.end)]
