"""guard's Russian detection as a Presidio plug-in: `add_russian(analyzer)` and `analyzer.analyze(text, language="ru")`.

    from presidio_analyzer import AnalyzerEngine
    from guard.presidio import add_russian

    analyzer = add_russian(AnalyzerEngine(...))          # your engine, your other languages untouched
    analyzer.analyze("мой номер восемь девятьсот шестнадцать ...", language="ru")
    # [type: PHONE_NUMBER, start: 10, end: 82, score: 0.9]   -- offsets in the text you passed

How offsets stay in the original text. guard's recognizers need spoken numbers as digits
(guard/normalize.py), but Presidio hands every recognizer the text it was given and keeps the
offsets they return. So the Russian side never shows Presidio another text:

- `RussianNlpEngine` (the analyzer's NLP engine for "ru"; other languages go to the engine it
  wraps) tokenizes and lemmatizes the ORIGINAL text — Presidio's context words, ad-hoc
  recognizers and allow lists all work on it — and attaches a lazy `GuardDetection` to the artifacts.
- The first guard recognizer Presidio calls runs guard's whole engine once for that text, the way
  guard.Redactor does: windows, spoken numbers -> digits with an offset map, natasha NER and every
  recognizer on the normalized text, guard's own context weighing and threshold — then maps each
  span back through the offset map (a span touching a spoken number covers all of its words) and
  trims it. Each `GuardRecognizer` returns its share of those spans, already in original offsets.

So what `analyze(..., language="ru")` returns covers exactly what guard finds; Presidio's own steps
(entities, score_threshold, allow_list, context, ad-hoc recognizers, return_decision_process) then
apply as they do for any language. A span guard finds below its threshold (0.5) is not reported.
"""
from __future__ import annotations

import copy
import threading
from typing import Iterable, Iterator

from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from guard import analysis
from guard.engine import DEFAULT_THRESHOLD, build_analyzer, text_windows
from guard.entities import trim_span
from guard.nlp import LANGUAGE, NatashaNlpEngine, NerSpan
from guard.normalize import readings
from guard.recognizers import RECOGNIZER_CLASSES, all_recognizers

# natasha's taggers are not documented as thread-safe: one detection at a time through this plug-in.
_DETECTION_LOCK = threading.Lock()


class _Tokens(NatashaNlpEngine):
    """guard's tokenizer and lemmas without NER: what Presidio's context words and allow lists read."""

    def ner(self, text: str) -> list[NerSpan]:
        return []


class GuardDetection:
    """guard's spans for one text, in its original offsets, computed once on first use per entity set."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[frozenset[str], list[RecognizerResult]] = {}

    def results(self, entities: frozenset[str]) -> list[RecognizerResult]:
        if entities not in self._found:
            self._found[entities] = detect(self.text, entities) if entities else []
        return self._found[entities]


def detect(text: str, entities: Iterable[str]) -> list[RecognizerResult]:
    """guard's engine on `text` (guard.Redactor's windows, normalization and threshold), spans in `text`'s offsets.

    Unlike Redactor.analyze, overlapping spans are not merged: Presidio's analyzer and anonymizer resolve them.
    """
    wanted = sorted(entities)
    analyzer = build_analyzer()
    found: list[RecognizerResult] = []
    if not text or not text.strip():
        return found
    for offset, piece in text_windows(text):
        for normalized in readings(piece):  # a self-correction's two readings: spans of both are kept
            with _DETECTION_LOCK:
                # the decision process is kept: Presidio drops it later unless the caller asked for it
                results = analyzer.analyze(normalized.text, language=LANGUAGE, entities=wanted,
                                           score_threshold=DEFAULT_THRESHOLD, return_decision_process=True)
            for result in results:
                start, end = trim_span(piece, *normalized.to_original(result.start, result.end))
                if end > start:
                    result.start, result.end = start + offset, end + offset
                    found.append(to_presidio(result))
    return found


def to_presidio(result: analysis.RecognizerResult) -> RecognizerResult:
    """A guard result as Presidio's RecognizerResult, its explanation as Presidio's AnalysisExplanation."""
    explanation = None
    if result.analysis_explanation is not None:
        explanation = AnalysisExplanation.__new__(AnalysisExplanation)
        explanation.__dict__.update(vars(result.analysis_explanation))  # the same fields, by design
    metadata = dict(result.recognition_metadata) if result.recognition_metadata is not None else None
    return RecognizerResult(result.entity_type, result.start, result.end, result.score,
                            analysis_explanation=explanation, recognition_metadata=metadata)


class RussianNlpEngine(NlpEngine):
    """Presidio's NLP engine for "ru" (guard's tokenizer and lemmas); any other language goes to `fallback`."""

    def __init__(self, fallback: NlpEngine | None = None) -> None:
        self.fallback = fallback
        self._tokens = _Tokens()

    def load(self) -> None:
        build_analyzer()  # natasha's models, once per process
        if self.fallback is not None and not self.fallback.is_loaded():
            self.fallback.load()

    def is_loaded(self) -> bool:
        return build_analyzer.cache_info().currsize > 0 and (self.fallback is None or self.fallback.is_loaded())

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if language != LANGUAGE:
            return self._other(language).process_text(text, language)
        artifacts = self._tokens.process_text(text, language)  # tokens and lemmas of the ORIGINAL text
        artifacts.guard_detection = GuardDetection(text)  # read by every GuardRecognizer, run by the first
        return artifacts

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1,
                      **kwargs) -> Iterator[tuple[str, NlpArtifacts]]:
        if language != LANGUAGE:
            yield from self._other(language).process_batch(texts, language, batch_size=batch_size,
                                                           n_process=n_process, **kwargs)
            return
        for text in texts:
            yield text, self.process_text(str(text), language)

    def is_stopword(self, word: str, language: str) -> bool:
        if language != LANGUAGE:
            return self._other(language).is_stopword(word, language)
        return self._tokens.is_stopword(word, language)

    def is_punct(self, word: str, language: str) -> bool:
        if language != LANGUAGE:
            return self._other(language).is_punct(word, language)
        return self._tokens.is_punct(word, language)

    def get_supported_entities(self) -> list[str]:
        return self.fallback.get_supported_entities() if self.fallback is not None else []

    def get_supported_languages(self) -> list[str]:
        others = self.fallback.get_supported_languages() if self.fallback is not None else []
        return [*others, LANGUAGE] if LANGUAGE not in others else list(others)

    def _other(self, language: str) -> NlpEngine:
        if self.fallback is None:
            raise ValueError(f"no NLP engine for language {language!r}")
        return self.fallback


class DetectionError(RuntimeError):
    """guard's engine raised on a text; the message is ours, never the text's."""


class GuardRecognizer(EntityRecognizer):
    """One of guard's recognizers (recognizers/) as Presidio sees it: same name and entity, original offsets.

    It has no context words of its own: guard's recognizers weigh their context themselves.
    """

    def __init__(self, inner_name: str, entities: list[str]) -> None:
        super().__init__(supported_entities=entities, name=inner_name, supported_language=LANGUAGE, context=[])

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        wanted = frozenset(entities or ()) & GUARD_ENTITIES
        detection = getattr(nlp_artifacts, "guard_detection", None)
        if detection is None or detection.text != text:
            detection = GuardDetection(text)  # called outside RussianNlpEngine: no sharing, same answer
        try:
            found = detection.results(wanted)
        except Exception:  # noqa: BLE001 — fail closed with our sentence: the original message may quote the text
            raise DetectionError("guard detection failed") from None
        mine = []
        for result in found:
            metadata = result.recognition_metadata or {}
            if metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) != self.name:
                continue
            result = copy.copy(result)
            result.analysis_explanation = copy.copy(result.analysis_explanation)
            result.recognition_metadata = {**metadata, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            mine.append(result)
        return mine


def _inner_recognizers() -> list[tuple[str, list[str]]]:
    out = []
    for cls in RECOGNIZER_CLASSES:
        recognizer = cls()
        out.append((recognizer.name, list(recognizer.supported_entities)))
    return out


_INNER = _inner_recognizers()
GUARD_ENTITIES: frozenset[str] = frozenset(entity for _, entities in _INNER for entity in entities)


class PresidioRecognizer(EntityRecognizer):
    """One guard recognizer as a Presidio recognizer of its own, on whatever NLP engine the AnalyzerEngine has (its
    own document when the artifacts have none; natasha's NER of its own for names). Offsets are those of the text
    Presidio gives it: spoken numbers stay words (add_russian is the way to have them found)."""

    def __init__(self, inner: analysis.EntityRecognizer) -> None:
        self.inner = inner
        super().__init__(supported_entities=list(inner.supported_entities), name=inner.name,
                         supported_language=inner.supported_language, context=list(inner.context or []))

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        found = []
        for result in self.inner.analyze(text, entities, nlp_artifacts):
            result = to_presidio(result)
            result.recognition_metadata = {**(result.recognition_metadata or {}),
                                           RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            found.append(result)
        return found


def presidio_recognizers() -> list[PresidioRecognizer]:
    """Every guard recognizer as a Presidio recognizer: for `RecognizerRegistry(recognizers=...)` of any engine."""
    return [PresidioRecognizer(recognizer) for recognizer in all_recognizers()]


def russian_recognizers() -> list[GuardRecognizer]:
    """One GuardRecognizer per guard recognizer, for an AnalyzerEngine whose NLP engine is a RussianNlpEngine."""
    return [GuardRecognizer(name, entities) for name, entities in _INNER]


def add_russian(analyzer: AnalyzerEngine) -> AnalyzerEngine:
    """Teach a Presidio AnalyzerEngine Russian with guard's recognizers; returns the same engine.

    After it, `analyzer.analyze(text, language="ru")` finds what guard finds — names, passports, phones,
    addresses, e-mails, INN, SNILS, cards, birth dates, written or spoken as words in a speech-to-text
    transcript — with offsets in `text` itself. The engine's other languages, recognizers and NLP engine keep
    working: "ru" is routed to guard's NLP, everything else to the old engine. Calling it twice changes nothing.

    Offsets: Presidio gives every recognizer the text it was given and keeps the offsets they return, so
    guard's recognizers, which need "восемь девятьсот..." as "8 900...", never show Presidio another text. The
    first of them to run writes the spoken numbers as digits, runs guard's engine on that normalized copy and
    maps each span back through the normalizer's offset map (a span touching a spoken number covers all its
    words); all of them then return spans of the original text, in code points, like any Presidio recognizer.
    """
    if not isinstance(analyzer.nlp_engine, RussianNlpEngine):
        analyzer.nlp_engine = RussianNlpEngine(fallback=analyzer.nlp_engine)
    analyzer.nlp_engine.load()
    for languages in (analyzer.supported_languages, analyzer.registry.supported_languages):
        if LANGUAGE not in languages:
            languages.append(LANGUAGE)
    if not any(isinstance(recognizer, GuardRecognizer) for recognizer in analyzer.registry.recognizers):
        for recognizer in russian_recognizers():
            analyzer.registry.add_recognizer(recognizer)
    return analyzer


def russian_analyzer() -> AnalyzerEngine:
    """A Presidio AnalyzerEngine for Russian only, with guard's recognizers: what `guard serve` answers /analyze with."""
    registry = RecognizerRegistry(recognizers=russian_recognizers(), supported_languages=[LANGUAGE])
    return AnalyzerEngine(registry=registry, nlp_engine=RussianNlpEngine(), supported_languages=[LANGUAGE])
