"""The redaction engine: normalize -> detect -> merge -> transform, on Presidio.

    text ──normalize─────────> plain Unicode, digits for spoken numbers, with an offset map
         ──AnalyzerEngine────> our recognizers (recognizers/) on the natasha NLP engine
         ──to_original───────> spans in the offsets of the ORIGINAL text
         ──merge_overlaps────> one span per overlapping group: no fragment of a value survives
         ──AnonymizerEngine──> tag / mask_last / pseudonym / encrypt

One Redactor per process is enough (it is thread-safe for reads); loading takes
~1.5 s, mostly natasha's models.
"""
from __future__ import annotations

import gc
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult as AnonymizerSpan

from guard.document import Document, analyzing
from guard.entities import CONTRACT_TYPES, Entity, trim_span
from guard.nlp import LANGUAGE, NatashaNlpEngine
from guard.normalize import normalize
from guard.operators import CUSTOM_OPERATORS, OPERATOR_NAMES
from guard.recognizers import all_recognizers

# Long texts are analyzed in windows so memory stays bounded (natasha keeps every token
# of a document as an object). Windows overlap so that a value on a boundary is whole in one.
WINDOW = 20_000
OVERLAP = 400
DEFAULT_THRESHOLD = 0.5


class RussianContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma-based context boost, applied only to results whose recognizer has not weighed
    its context already (ours do, in recognizers/base.py); skips Presidio's deep copy of every result."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        done, pending = [], []
        for result in raw_results:
            enhanced = (result.recognition_metadata or {}).get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)
            (done if enhanced else pending).append(result)
        if not pending:
            return done
        return done + super().enhance_using_context(text, pending, nlp_artifacts, recognizers, context)


class GuardAnalyzerEngine(AnalyzerEngine):
    """Presidio's AnalyzerEngine, with one guard Document per text read by every recognizer.

    The NLP step builds the document (guard/document.py) and natasha's NER spans on it; while the
    recognizers run, the helpers they call with the text (recognizers/base.py) read the same document."""

    def analyze(self, text: str, language: str, entities: list[str] | None = None, *args,
                nlp_artifacts=None, document: Document | None = None, **kwargs) -> list[RecognizerResult]:
        if nlp_artifacts is None and language == LANGUAGE and isinstance(self.nlp_engine, NatashaNlpEngine):
            if document is None or document.text != text:
                document = Document(text)
            with analyzing(document):
                nlp_artifacts = self.nlp_engine.process_document(document)
                return super().analyze(document.text, language, entities, *args, nlp_artifacts=nlp_artifacts,
                                       **kwargs)
        document = getattr(nlp_artifacts, "document", None)
        if document is None or document.text is not text:
            return super().analyze(text, language, entities, *args, nlp_artifacts=nlp_artifacts, **kwargs)
        with analyzing(document):
            return super().analyze(text, language, entities, *args, nlp_artifacts=nlp_artifacts, **kwargs)


@lru_cache(maxsize=1)
def build_analyzer() -> AnalyzerEngine:
    """Presidio's AnalyzerEngine with our Russian NLP engine and only our recognizers.

    No default registry: Presidio's predefined recognizers are English-centric and its
    e-mail one calls tldextract, which downloads the public suffix list at run time.
    """
    collecting = gc.isenabled()
    gc.disable()  # ~150k long-lived objects are created here: nothing to collect among them
    try:
        nlp_engine = NatashaNlpEngine()
        nlp_engine.load()
    finally:
        if collecting:
            gc.enable()
    # Keep the models out of every later full collection (as the proxy does at start-up): a collection
    # walking them costs ~0.1 s, several times per thousand texts.
    gc.freeze()
    registry = RecognizerRegistry(recognizers=all_recognizers(), supported_languages=[LANGUAGE])
    return GuardAnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE],
                               context_aware_enhancer=RussianContextEnhancer(context_suffix_count=2))


@lru_cache(maxsize=1)
def build_anonymizer() -> AnonymizerEngine:
    anonymizer = AnonymizerEngine()
    for operator in CUSTOM_OPERATORS:
        anonymizer.add_anonymizer(operator)
    return anonymizer


def merge_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Overlapping spans become one span covering all of them, typed by the most confident (then longest).

    Touching spans stay separate: each is replaced whole, so nothing of either survives.
    """
    merged: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.end <= entity.start:
            continue
        if merged and entity.start < merged[-1].end:
            last = merged[-1]
            winner = max((last, entity), key=lambda e: (e.score, e.end - e.start))
            merged[-1] = Entity(last.start, max(last.end, entity.end), winner.type, max(last.score, entity.score))
        else:
            merged.append(entity)
    return merged


def text_windows(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) windows of at most WINDOW chars, overlapping by OVERLAP, cut at whitespace."""
    if len(text) <= WINDOW:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + WINDOW)
        if end < len(text):
            cut = text.rfind(" ", start + WINDOW - OVERLAP, end)
            end = cut if cut > start else end
        yield start, text[start:end]
        if end >= len(text):
            return
        start = max(end - OVERLAP, start + 1)
        space = text.find(" ", start, end)
        if space != -1:  # the next window begins at a word: a fragment ("ариф" of "тариф") reads as another word
            start = space + 1


@dataclass(frozen=True)
class Redaction:
    text: str
    entities: list[Entity]

    def entities_as_dicts(self) -> list[dict]:
        return [entity.as_dict() for entity in self.entities]


class Redactor:
    """Find and replace Russian personal data in written text and ASR transcripts.

    >>> Redactor().redact("Кл. Иванов П.С. просил перезвонить на 89161234567").text
    'Кл. <PERSON> просил перезвонить на <PHONE_NUMBER>'
    """

    def __init__(self, operator: str = "tag", *, keep_last: int = 4, key: bytes | str | None = None,
                 entities: Iterable[str] | None = None, threshold: float = DEFAULT_THRESHOLD) -> None:
        if operator not in OPERATOR_NAMES:
            raise ValueError(f"unknown operator {operator!r}; choose one of {', '.join(OPERATOR_NAMES)}")
        if operator in ("pseudonym", "encrypt") and not key:
            raise ValueError(f"the {operator} operator needs a key")
        self.operator = operator
        self.keep_last = keep_last
        self._key = key.encode() if isinstance(key, str) else key
        self.entities = list(entities) if entities is not None else list(CONTRACT_TYPES)
        self.threshold = threshold
        self._analyzer = build_analyzer()
        self._anonymizer = build_anonymizer()
        self._lock = threading.Lock()  # natasha's taggers are not documented as thread-safe

    def analyze(self, text: str) -> list[Entity]:
        """Detected personal data, offsets into `text`, sorted, never overlapping."""
        if not text or not text.strip():
            return []
        found: list[Entity] = []
        for offset, piece in text_windows(text):
            found.extend(self._analyze_window(piece, offset))
        return merge_overlaps(found)

    def _analyze_window(self, piece: str, offset: int) -> list[Entity]:
        normalized = normalize(piece)
        document = Document(normalized.text, normalized)
        with self._lock:
            results = self._analyzer.analyze(document.text, language=LANGUAGE, entities=self.entities,
                                             score_threshold=self.threshold, document=document)
        out = []
        for result in results:
            start, end = normalized.to_original(result.start, result.end)
            start, end = trim_span(piece, start, end)
            if end > start:
                out.append(Entity(start + offset, end + offset, result.entity_type, float(result.score)))
        return out

    def redact(self, text: str) -> Redaction:
        entities = self.analyze(text)
        if not entities:
            return Redaction(text, [])
        # Presidio rebuilds the whole string for every replacement (quadratic on a 10 MB transcript),
        # so long texts are anonymized piece by piece, cut where no entity lies.
        pieces = []
        for start, end, local in _pieces(text, entities):
            if not local:
                pieces.append(text[start:end])
                continue
            spans = [AnonymizerSpan(e.type, e.start - start, e.end - start, e.score) for e in local]
            result = self._anonymizer.anonymize(text=text[start:end], analyzer_results=spans,
                                                operators=self._operators(local))
            pieces.append(result.text)
        return Redaction("".join(pieces), entities)

    def _operators(self, entities: list[Entity]) -> dict[str, OperatorConfig]:
        types = {e.type for e in entities}
        if self.operator == "tag":
            return {t: OperatorConfig("replace", {"new_value": f"<{t}>"}) for t in types}
        if self.operator == "mask_last":
            return {t: OperatorConfig("mask_last", {"keep": self.keep_last}) for t in types}
        return {t: OperatorConfig(self.operator, {"key": self._key, "entity_type": t}) for t in types}


def _pieces(text: str, entities: list[Entity]) -> Iterable[tuple[int, int, list[Entity]]]:
    """(start, end, entities inside) pieces of about WINDOW chars covering `text`; entities never straddle a cut."""
    start = 0
    local: list[Entity] = []
    for entity in entities:
        if entity.start - start >= WINDOW and (not local or local[-1].end <= entity.start):
            cut = entity.start
            yield start, cut, local
            start, local = cut, []
        local.append(entity)
    yield start, len(text), local


@lru_cache(maxsize=1)
def default_redactor() -> Redactor:
    """The process-wide Redactor with default settings (tags)."""
    return Redactor()
