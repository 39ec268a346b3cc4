"""PERSON in lowercase (speech-to-text) text from the trained name tagger (guard/name_tagger.py).

natasha's NER needs capitals; on lowercase text guard recases first, and names in oblique cases,
surnames that are ordinary words and foreign names still slip through. This recognizer adds the
tagger's spans there, and stays silent on written text (guard.nlp.needs_recasing decides), where
natasha reads the capitals itself. Its threshold was chosen on held-out factRuEval documents
(benchmarks/train_name_tagger.py).
"""
from __future__ import annotations

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.name_tagger import NameTagger, get_tagger
from guard.nlp import needs_recasing
from guard.recognizers.base import LANGUAGE, make_result
from guard.recognizers.person import could_be_name_word, name_pieces, said_abbreviation, stage_roles, \
    widen_lowercase_name, with_said_initials

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
        return [make_result(self, self.ENTITY, start, end, score, "the lowercase name tagger")
                for start, end, score in lowercase_name_spans(text, get_tagger())]


def lowercase_name_spans(text: str, tagger: NameTagger, threshold: float | None = None
                         ) -> list[tuple[int, int, float]]:
    """(start, end, score) of the tagger's names that can be names at all, widened over the rest of the name and cut
    to the words that are (recognizers/person.name_pieces); the training script (benchmarks/train_name_tagger.py)
    chooses the threshold on these same spans."""
    threshold = tagger.threshold if threshold is None else threshold
    span = max(1e-6, 1.0 - threshold)
    out = []
    for found in tagger.tag(text, threshold):
        if not could_be_name_word(text, found.start, found.end):
            continue
        score = _LOW + (_HIGH - _LOW) * min(1.0, (found.score - threshold) / span)
        # the same judge as every PERSON span: no run across punctuation, no role or cut word at an edge, no street
        # and the initials said beside it taken in, as for every lowercase name (person.with_said_initials: "тэ вэ заяц")
        out += [(*with_said_initials(text, start, end), score)
                for start, end in name_pieces(text, *widen_lowercase_name(text, found.start, found.end))
                if could_be_name_word(text, start, end)]
        out = [(s, e, score) for s, e, score in out if not said_abbreviation(text, s, e)]
    roles = stage_roles(text, [(s, e) for s, e, _ in out])  # "дездемону играет вера климова": a role, no person
    return [(s, e, score) for s, e, score in out if (s, e) not in roles]
