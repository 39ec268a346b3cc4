"""Stop 58 (issue 13): a later reading that joins a passport's runs across "номер" ("паспорт серия 4022 номер 327274"
read as "4022327274") is shorter than the first reading by the aside, so a cue before the passport reaches a value
after it only in that reading. Skipping the joined reading because the first one had found the passport whole (tried in
stop 58, guard/engine.py `found_already`, taken out; docs/proxy-speed.md, "Stop 58") lost these values: each is masked
only by the joined reading, however well the first reading found the passport between the cue and the value. With them:
the values only a later reading finds whole, and the one later reading the engine may skip exactly — the very reading
again."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.normalize import Normalization, readings


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("логин и ещё и ещё паспорт серия 4022 номер 327274 и ещё и ещё ivanov88", "ivanov88", "LOGIN"),
    ("логин вот вот вот вот паспорт серия 4022 номер 327274 вот вот вот ivanov88", "ivanov88", "LOGIN"),
    ("ОГРН паспорт серия 4022 номер 327274 уточнил что 1027700132195", "1027700132195", "RU_OGRN"),
    ("БИК паспорт серия 4022 номер 327274 уточнил что 044525225", "044525225", "RU_BIK"),
    ("полис паспорт серия 4022 номер 327274 а также 1234567890123456", "1234567890123456", "RU_OMS"),
])
def test_a_value_whose_cue_reaches_it_only_across_the_joined_passport_is_masked(redactor, text, value, kind):
    first, joined = readings(text)
    assert "4022327274" in joined.text and "4022 номер 327274" in first.text
    start = text.rindex(value)
    assert any(e.start <= start and start + len(value) <= e.end and e.type == kind for e in redactor.analyze(text))
    # the passport itself is found whole by the first reading already: what the tried cut read as "nothing to add"
    passport = text.index("4022")
    assert any(e.start <= passport and e.type == "RU_PASSPORT" and e.end >= text.index("327274") + 6
               for e in redactor.analyze(text))


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("паспорт 4505 а номер я вам напишу в чат 678901", "4505 а номер я вам напишу в чат 678901", "RU_PASSPORT"),
    ("снилс 123 456 а дальше напишу 789 00", "123 456 а дальше напишу 789 00", "RU_SNILS"),
    ("телефон 8 916 а остальное потом скажу 123 45 67", "8 916 а остальное потом скажу 123 45 67", "PHONE_NUMBER"),
])
def test_a_value_the_first_reading_finds_in_pieces_is_masked_whole_with_its_aside(redactor, text, value, kind):
    """Red team bb28 f02: only the joined reading finds the value whole, the aside between its runs masked with it."""
    start = text.index(value)
    assert any(e.start <= start and start + len(value) <= e.end and e.type == kind for e in redactor.analyze(text))


@pytest.mark.parametrize(("text", "value", "kind"), [
    # the first reading finds "78/24" only: the separators' reading widens it (benchmarks/data packed_u-071)
    ("паспорт иран R44182739, ВНЖ нет, РВП 78/24-0931", "78/24-0931", "ID_DOCUMENT"),
    # the first reading finds a passport: the separators' reading the residence permit it is (packed_u-025)
    ("Бригадир Челик Бурак, РВП рег. № 39/24-1187, паспорт TUR U 30519827.", "39/24-1187", "ID_DOCUMENT"),
])
def test_a_separators_reading_inside_a_span_the_first_reading_found_still_counts(redactor, text, value, kind):
    """A mark read as a blank inside a span the first reading found can widen the span or change its kind: a cut on
    "its change lies inside a found span" lost both (stop 58, before it was narrowed to joins and taken out)."""
    assert len(readings(text)) > 1
    start = text.index(value)
    assert any(e.start <= start and start + len(value) <= e.end and e.type == kind for e in redactor.analyze(text))


def test_a_later_reading_that_reads_as_an_earlier_one_is_analysed_once_with_the_same_spans(redactor, monkeypatch):
    """A correction's reading that keeps the very text and map of the first (benchmarks/data disc_ai-0146): the
    engine reads it once; the spans are those of reading it twice (the same text, mapped back alike)."""
    text = ("вы назвали номер восемь девятьсот тринадцать двести двадцать семь нет двадцать семь шестьдесят четыре "
            "ноль пять это тот что пропал на склоне правильно")
    first, again = readings(text)
    assert again.reads_as(first) and again is not first
    analyzer = redactor._analyzer
    real, texts = analyzer.analyze, []

    def counted(text, **kwargs):
        texts.append(text)
        return real(text, **kwargs)

    analyzer.analyze = counted
    try:
        spans = [(e.start, e.end, e.type, e.score) for e in redactor.analyze(text)]
    finally:
        del analyzer.analyze
    assert texts == [first.text]
    monkeypatch.setattr(Normalization, "reads_as", lambda self, other: False)  # the engine before: read twice
    twice = [(e.start, e.end, e.type, e.score) for e in redactor.analyze(text)]
    assert spans == twice and spans  # the number is masked
