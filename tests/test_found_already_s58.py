"""Stop 58 (issue 13): a later reading that only joins a number's runs across an aside ("паспорт серия 4022 номер
327274" read as "4022327274", guard/normalize.py `across_asides`) is not analysed again when the first reading found
each joined value whole, as the very kind whose word named it (guard/engine.py `found_already`): on the realistic
bench's CRM cards that is most of the later readings, a quarter of a card's engine CPU. Every other later reading is
analysed whole — the attacks below are values a skipped reading would have lost or typed otherwise."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import guard.engine as engine
from guard import Redactor
from guard.analysis import RecognizerResult
from guard.normalize import joined_for_kinds, readings


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _spans(redactor: Redactor, text: str) -> list[tuple[int, int, str, float]]:
    return [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]


def _every_reading_analysed(redactor: Redactor, text: str) -> list[tuple[int, int, str, float]]:
    """The spans as the engine found them before stop 58: every later reading analysed whole."""
    real = engine.found_already
    engine.found_already = lambda first, later, found: False
    try:
        return _spans(redactor, text)
    finally:
        engine.found_already = real


def _analyses(redactor: Redactor, text: str) -> int:
    """How many readings of `text` the analyzer read."""
    analyzer = redactor._analyzer
    real, count = analyzer.analyze, [0]

    def counted(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    analyzer.analyze = counted
    try:
        redactor.analyze(text)
    finally:
        del analyzer.analyze
    return count[0]


def _masked_whole(spans: list[tuple], text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(s <= start and start + len(value) <= e and t == kind for s, e, t, _ in spans)


def test_a_passport_found_whole_across_its_series_words_is_not_read_again_and_is_masked_alike(redactor):
    text = "Клиент сообщил паспорт серия 4022 номер 327274, просит перевыпустить сим-карту."
    assert len(readings(text)) == 2 and joined_for_kinds(*readings(text)) == ((29, 46, "RU_PASSPORT"),)
    assert _analyses(redactor, text) == 1
    spans = _spans(redactor, text)
    assert spans == _every_reading_analysed(redactor, text)
    assert _masked_whole(spans, text, "4022 номер 327274", "RU_PASSPORT")


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("паспорт 4505 а номер я вам напишу в чат 678901", "4505 а номер я вам напишу в чат 678901", "RU_PASSPORT"),
    ("снилс 123 456 а дальше напишу 789 00", "123 456 а дальше напишу 789 00", "RU_SNILS"),
    ("телефон 8 916 а остальное потом скажу 123 45 67", "8 916 а остальное потом скажу 123 45 67", "PHONE_NUMBER"),
])
def test_a_join_the_first_reading_found_in_pieces_or_not_at_all_is_analysed(redactor, text, value, kind):
    """Red team bb28 f02: the aside is masked with the value — only the joined reading finds it whole."""
    assert _analyses(redactor, text) == 2
    assert _masked_whole(_spans(redactor, text), text, value, kind)


@pytest.mark.parametrize(("text", "value", "kind"), [
    # the first reading finds "78/24" only: the separators' reading widens it (benchmarks/data packed_u-071)
    ("паспорт иран R44182739, ВНЖ нет, РВП 78/24-0931", "78/24-0931", "ID_DOCUMENT"),
    # the first reading finds a passport: the separators' reading the residence permit it is (packed_u-025)
    ("Бригадир Челик Бурак, РВП рег. № 39/24-1187, паспорт TUR U 30519827.", "39/24-1187", "ID_DOCUMENT"),
])
def test_a_separators_reading_inside_a_found_span_is_still_analysed(redactor, text, value, kind):
    """A mark read as a blank inside a span the first reading found can widen the span or change its kind: it is no
    join, so it is read whatever the first reading found (a cut on the span alone lost both)."""
    first, later = readings(text)
    assert joined_for_kinds(first, later) is None
    assert _masked_whole(_spans(redactor, text), text, value, kind)


def _result(kind: str, start: int, end: int, score: float = 0.9) -> RecognizerResult:
    return RecognizerResult(entity_type=kind, start=start, end=end, score=score)


def test_a_join_is_skipped_only_when_one_span_of_the_kind_that_named_it_covers_it_whole():
    first, later = readings("Паспорт серия 4022 номер 327274")
    (start, end, kind), = joined_for_kinds(first, later)
    assert kind == "RU_PASSPORT"
    assert engine.found_already(first, later, [_result("RU_PASSPORT", start - 6, end)])
    # another kind over it: the joined reading may read it as the passport, with a higher score
    assert not engine.found_already(first, later, [_result("PHONE_NUMBER", start, end, 1.0)])
    assert not engine.found_already(first, later, [_result("ADDRESS", 0, len(first.text), 1.0)])
    # in part, or in two pieces with the aside between unmasked
    assert not engine.found_already(first, later, [_result("RU_PASSPORT", start, end - 1)])
    assert not engine.found_already(first, later, [_result("RU_PASSPORT", start, start + 4),
                                                   _result("RU_PASSPORT", end - 6, end)])
    assert not engine.found_already(first, later, [])


_NAMED = {  # a word naming each kind whose values have a known number of digits (normalize._named_lengths), its length
    "RU_PASSPORT": ("паспорт серия", 10), "PHONE_NUMBER": ("телефон", 11), "RU_INN": ("ИНН", 12),
    "RU_SNILS": ("снилс", 11), "CREDIT_CARD": ("номер карты", 16), "RU_PASSPORT_DEPT": ("код подразделения", 6),
    "RU_OMS": ("полис омс", 16),
}
_ASIDES = ["номер", "а номер", "секунду", "так", "а дальше напишу", "ой подождите", "сейчас посмотрю"]
_AROUND = ["", "Клиент Смирнова Анна Петровна.", "Звонил по тарифу,", "адрес ул. Ленина д. 5 кв. 12,", "д.р. 12.03.1980,",
           "лицевой счёт 1234567890,", "тел 8 916 123 45 67.", "ИНН 7707083893.", "договор № 77341229 от 01.02.2020."]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(_NAMED)), st.data())
def test_every_kind_a_join_is_made_for_gets_the_same_spans_with_the_joined_reading_skipped(redactor, kind, data):
    """Kind by kind: whatever the first reading found, the spans with a covered join skipped are the spans with every
    reading analysed; and the joined reading differs from the first only inside the stretches it joined."""
    cue, length = _NAMED[kind]
    digits = data.draw(st.text("0123456789", min_size=length, max_size=length))
    cut = data.draw(st.integers(1, length - 1))
    aside = data.draw(st.sampled_from(_ASIDES))
    before, after = data.draw(st.sampled_from(_AROUND)), data.draw(st.sampled_from(_AROUND))
    text = f"{before} {cue} {digits[:cut]} {aside} {digits[cut:]} {after}".strip()
    every = readings(text)
    for later in every[1:]:
        joined = joined_for_kinds(every[0], later)
        if joined:  # the first text with each joined stretch written as its digits is the later text
            pieces, at = [], 0
            for start, end, _ in joined:
                pieces += [every[0].text[at:start], "".join(ch for ch in every[0].text[start:end] if ch.isdigit())]
                at = end
            assert "".join(pieces) + every[0].text[at:] == later.text
    assert _spans(redactor, text) == _every_reading_analysed(redactor, text)
