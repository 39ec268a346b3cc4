"""The "obvious stack" our engine is measured against, built the way a team would build it in an afternoon.

Presidio's AnalyzerEngine with the generic recognizers that make sense for Russian text (e-mail, credit
card, date, phone with region RU), every recognizer of `presidio-ru-recognizers`, and natasha's news NER
for person names — all in one process, nothing downloaded at run time:

- the NLP engine is `spacy.blank("ru")` (tokenizer only) behind presidio's `SpacyNlpEngine`, so no
  spaCy model is fetched;
- presidio's `EmailRecognizer` validates the domain with tldextract, whose default extractor fetches the
  public-suffix list from the network; here it uses tldextract's bundled snapshot instead.

Presidio's DATE_TIME is mapped to DATE_OF_BIRTH: a naive stack has no other way to find a birth date, and
it is also why this stack flags service dates. The same `.analyze(text)` interface as `guard.Redactor`.
"""
from __future__ import annotations

import logging

import spacy
import tldextract
from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    DateRecognizer,
    EmailRecognizer,
    PhoneRecognizer,
)
from presidio_ru_recognizers import get_all_ru_recognizers

from benchmarks.evaluate import Found

# presidio / presidio-ru entity names -> docs/interfaces.md §1 types; anything unmapped keeps its own name.
TYPE_MAP: dict[str, str] = {
    "PHONE_RF": "PHONE_NUMBER",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "PASSPORT_RF": "RU_PASSPORT",
    "INN_RU": "RU_INN",
    "SNILS": "RU_SNILS",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "DATE_TIME": "DATE_OF_BIRTH",
    "PERSON": "PERSON",
}

# The bundled public-suffix snapshot: no HTTP request, ever.
_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, validating domains against the bundled suffix list."""

    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_TLD(pattern_text).fqdn != ""


class BlankRussianNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over `spacy.blank("ru")`: tokens for context words, no model download."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": "ru", "model_name": "blank:ru"}])

    def load(self) -> None:
        self.nlp = {"ru": spacy.blank("ru")}


class BaselineStack:
    """Presidio + presidio-ru-recognizers + natasha NER (PER -> PERSON), single process."""

    def __init__(self, score_threshold: float = 0.35) -> None:
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        recognizers = [
            OfflineEmailRecognizer(supported_language="ru"),
            CreditCardRecognizer(supported_language="ru"),
            DateRecognizer(supported_language="ru"),
            PhoneRecognizer(supported_language="ru", supported_regions=("RU",)),
            *get_all_ru_recognizers(),
        ]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["ru"])
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=BlankRussianNlpEngine(),
            supported_languages=["ru"],
            default_score_threshold=score_threshold,
        )
        self.segmenter = Segmenter()
        self.ner_tagger = NewsNERTagger(NewsEmbedding())

    def analyze(self, text: str) -> list[Found]:
        spans = [
            Found(TYPE_MAP.get(r.entity_type, r.entity_type), r.start, r.end, float(r.score))
            for r in self.analyzer.analyze(text=text, language="ru")
        ]
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner_tagger)
        spans.extend(Found("PERSON", s.start, s.stop, 0.85) for s in doc.spans if s.type == "PER")
        return sorted(spans, key=lambda s: (s.start, s.end))


if __name__ == "__main__":
    stack = BaselineStack()
    sample = "Кл. Иванова Мария Петровна, тел. 8-916-123-45-67, паспорт 4505 678901, e-mail m.ivanova@mail.ru"
    for span in stack.analyze(sample):
        print(span.type, repr(sample[span.start:span.end]), round(span.score, 2))
