"""guard.presidio.add_russian: one call gives a stock Presidio AnalyzerEngine guard's Russian detection."""
from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from benchmarks.corpus import generate
from guard.engine import merge_overlaps
from guard.entities import Entity
from guard.presidio import add_russian

SPOKEN = ("Меня зовут Иванов Пётр Сергеевич, паспорт 4505 678901, перезвоните на "
          "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь")


def english_engine() -> AnalyzerEngine:
    """A stock engine for English that needs no spaCy model: one pattern recognizer, the no-op NLP engine."""
    zip_code = PatternRecognizer("US_ZIP", patterns=[Pattern("zip", r"\b\d{5}\b", 0.6)], supported_language="en")
    return AnalyzerEngine(registry=RecognizerRegistry(recognizers=[zip_code], supported_languages=["en"]),
                          nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
                          supported_languages=["en"])


@pytest.fixture(scope="module")
def analyzer(engine) -> AnalyzerEngine:  # `engine` (conftest) loads natasha once for the session
    return add_russian(english_engine())


def found(analyzer: AnalyzerEngine, text: str, **kwargs) -> list[tuple[str, str]]:
    results = sorted(analyzer.analyze(text, language="ru", **kwargs), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def test_a_stock_engine_finds_a_name_a_passport_and_a_spoken_phone_in_the_original_offsets(analyzer):
    assert found(analyzer, SPOKEN) == [
        ("PERSON", "Иванов Пётр Сергеевич"),
        ("RU_PASSPORT", "4505 678901"),
        ("PHONE_NUMBER", "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
    ]


def test_the_engines_other_languages_keep_working(analyzer):
    assert [(r.entity_type, r.start, r.end) for r in analyzer.analyze("zip 10001", language="en")] == [("US_ZIP", 4, 9)]
    assert "ru" in analyzer.supported_languages and "en" in analyzer.supported_languages


def test_adding_russian_twice_adds_nothing(analyzer):
    before = len(analyzer.registry.recognizers)
    add_russian(analyzer)
    assert len(analyzer.registry.recognizers) == before


def test_presidios_own_request_options_apply_to_guards_spans(analyzer):
    assert found(analyzer, SPOKEN, entities=["RU_PASSPORT"]) == [("RU_PASSPORT", "4505 678901")]
    assert ("PERSON", "Иванов Пётр Сергеевич") not in found(analyzer, SPOKEN, allow_list=["Иванов Пётр Сергеевич"])
    assert found(analyzer, SPOKEN, score_threshold=0.99) == []
    explained = analyzer.analyze(SPOKEN, language="ru", entities=["RU_PASSPORT"], return_decision_process=True)
    assert explained[0].analysis_explanation.recognizer == "PassportRecognizer"


def test_offsets_count_code_points_not_utf16_units():
    from guard.presidio import russian_analyzer

    text = "🙂🙂 звонил Иванов Пётр"
    (result,) = russian_analyzer().analyze(text, language="ru", entities=["PERSON"])
    assert text[result.start:result.end] == "Иванов Пётр"


def test_the_plugin_finds_what_guard_finds_on_written_and_spoken_text(analyzer, engine):
    """Over a seeded sample of the synthetic call-center corpus, merged spans equal guard.Redactor's."""
    differences = []
    for item in generate(40, seed=14):
        for text in (item.written.text, item.asr.text):
            results = analyzer.analyze(text, language="ru")
            plugin = merge_overlaps(Entity(r.start, r.end, r.entity_type, r.score) for r in results)
            guard = engine.analyze(text)
            if [(e.start, e.end, e.type) for e in plugin] != [(e.start, e.end, e.type) for e in guard]:
                differences.append(item.id)
    assert differences == []


def test_an_engine_failure_is_a_fixed_sentence_never_the_exceptions_text(analyzer, monkeypatch):
    from guard.presidio import plugin

    def broken(text, entities):
        raise ValueError(f"cannot parse {text}")

    monkeypatch.setattr(plugin, "detect", broken)
    with pytest.raises(plugin.DetectionError) as raised:
        analyzer.analyze(SPOKEN, language="ru")
    assert raised.value.args == ("guard detection failed",)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


@pytest.mark.parametrize("text", [
    "Ваш номер ８９１６１２３４５６７",                     # full-width digits
    "тел 8916\u200b1234567",                              # a zero-width space inside the number
    "восемь девять один пять ой нет девять один шесть один два три четыре пять шесть семь",  # a self-correction
])
def test_the_plugin_reads_the_text_as_guard_does_unicode_and_corrections_included(analyzer, engine, text):
    """The plug-in runs guard.normalize.normalize like the Redactor, not spoken numbers alone."""
    results = analyzer.analyze(text, language="ru")
    plugin = merge_overlaps(Entity(r.start, r.end, r.entity_type, r.score) for r in results)
    assert [(e.start, e.end, e.type) for e in plugin] == [(e.start, e.end, e.type) for e in engine.analyze(text)]
    assert plugin and plugin[0].type == "PHONE_NUMBER"
