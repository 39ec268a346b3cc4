"""Stop 42 (issue 15): home-internet dispatch texts — equipment serial numbers (after "с/н" and its kin, after the
equipment's noun, a GPON terminal's serial by its shape), a street with its house and flat joined where a field opens,
and a record's number made by the kind's one result maker. The values are written for these tests, not copied from
the sets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.address import address_spans
from guard.recognizers.base import make_result
from guard.recognizers.long_number import LongNumberRecognizer, record_numbers


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _typed_over(redactor, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(e.type == kind and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


def _addresses(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in address_spans(text)]


# -- DEVICE_ID: a serial number ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Выдан роутер, с/н K7PQ2309T55B, аренда 150 руб.", "K7PQ2309T55B"),
    ("Приставка с.н. SBX4410928377C привязана к л/с", "SBX4410928377C"),
    ("Счётчик з/н 0412778AB93 опломбирован", "0412778AB93"),
])
def test_serial_after_its_abbreviation_is_a_device_id(redactor, text, value):
    assert _typed_over(redactor, text, value, "DEVICE_ID")


@pytest.mark.parametrize("text, value", [
    ("подключено, ONU QX71KD20045518, уровень сигнала норма", "QX71KD20045518"),
    ("заменили маршрутизатор WR5501AC38810, старый забрали", "WR5501AC38810"),
    ("ТВ-приставка MBX7730092114, пульт в комплекте", "MBX7730092114"),
])
def test_serial_after_the_equipments_noun_is_a_device_id(redactor, text, value):
    assert _typed_over(redactor, text, value, "DEVICE_ID")


@pytest.mark.parametrize("text, value", [
    ("Тех.: на коробке FHTT3C9A1E07, сверь с нарядом", "FHTT3C9A1E07"),
    ("в наряде ALCL-B0D14F29 — опечатка", "ALCL-B0D14F29"),
])
def test_gpon_serial_by_its_shape_is_a_device_id(redactor, text, value):
    assert _typed_over(redactor, text, value, "DEVICE_ID")


@pytest.mark.parametrize("text", [
    "роутер HG8245H5, модель старая",  # a model's name: short
    "роутер DIR-842 на складе",  # a model's name: hyphenated
    "заявка INC-774102 закрыта",
    "протокол HTTPSABCDEF1 не поддерживается",  # capitals with one digit: no GPON serial
    "роутер Keenetic Air в аренду",
])
def test_a_model_or_a_word_of_capitals_is_no_device_id(redactor, text):
    assert not any(e.type == "DEVICE_ID" for e in redactor.analyze(text))


@settings(max_examples=30, deadline=None)
@given(vendor=st.text("ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=4, max_size=4),
       digits=st.text("0123456789", min_size=3, max_size=8), letters=st.text("ABCDEF", max_size=5))
def test_any_gpon_serial_is_a_device_id(redactor, vendor, digits, letters):
    tail = (digits + letters)[:8]
    if len(tail) < 8:
        tail = tail + "0" * (8 - len(tail))
    text = f"Тех.: серийник на корпусе {vendor}{tail}, проверь"
    assert _typed_over(redactor, text, vendor + tail, "DEVICE_ID")


# -- ADDRESS: a street with house and flat joined, where a field opens -------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("итоги смены:\n— Заводская 14-37, дог. 590-0001122, подключено", "Заводская 14-37"),
    ("Клиент: Смолин Артур, Лермонтова 6а-19, тел. позже", "Лермонтова 6а-19"),
    ("я сейчас на Краснокамскую 3-41 заеду", "Краснокамскую 3-41"),
])
def test_street_with_house_and_flat_where_a_field_opens_is_an_address(text, value):
    assert value in _addresses(text)


@pytest.mark.parametrize("text", [
    "— Недели 2-3 ждать поставку",  # a common noun's genitive
    "Рейтинг: Отличная 4-5",  # a quality's adjective
    "Бригада 3-4 выехала",  # a word before: no field opens, no street's form
    "— Москвы 10-12 человек",  # the numbers count something
    "Иванов 5-12",  # a person in the nominative
    "Кирова 10-12 мая",  # a month's days
])
def test_numbers_after_a_word_that_names_no_street_are_no_address(text):
    assert _addresses(text) == []


# -- PERSONAL_NUMBER: one result maker ---------------------------------------------------------------------------------

def test_a_records_number_is_made_by_the_kinds_one_result_maker():
    text = "41 | Сёмкин Олег Ильич | 0301234567 | 2 184,00"
    start = text.index("Сёмкин")
    person = make_result(LongNumberRecognizer(), "PERSON", start, start + len("Сёмкин Олег Ильич"), 0.85, "test")
    found = record_numbers(text, [person])
    assert [text[r.start:r.end] for r in found] == ["0301234567"]
    result = found[0]
    assert result.entity_type == "PERSONAL_NUMBER"
    assert result.recognition_metadata[result.RECOGNIZER_NAME_KEY] == LongNumberRecognizer().name
    assert result.analysis_explanation is not None
