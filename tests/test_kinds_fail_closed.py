"""Fail closed: several kinds packed in one clause, with names that are cue words or ordinary words — no value survives.

A cue of another kind may re-type a span (a contract number, not a phone); it never drops it. Cue words
match whole words or non-name readings: the first name "Инна" is not the cue "ИНН".
"""
from __future__ import annotations

import re

import pytest

from guard.engine import Redactor
from guard.recognizers.base import is_cue


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


NUMBERS = ["89161234567", "4505 123456", "500100732259", "112-233-445 95", "4276 3800 1234 5679", "770-001",
           "40702810938000000001", "044525225", "192.168.1.10"]

PACKED = [
    "Клиент Журавлёва Инна Олеговна, тел. 89161234567, паспорт 4505 123456, ИНН 500100732259",
    "Инна Петрова; ИНН 500100732259; тел 89161234567; СНИЛС 112-233-445 95",
    "Кл. Белый Андрей Сергеевич паспорт 4505 123456 код подразделения 770-001 тел. 89161234567",
    "Договор на Номерова Глеба Романовича, тел. 89161234567, карта 4276 3800 1234 5679",
    "Ли Анна Сергеевна, ИНН 500100732259, р/с 40702810938000000001 БИК 044525225, тел 89161234567",
    "лицевой счет клиента Счётова, тел 89161234567, заходил с 192.168.1.10",
    "паспорт 4505 123456 телефон 89161234567 инн 500100732259 снилс 112-233-445 95",
]


def _numbers_left(redacted: str) -> list[str]:
    plain = re.sub(r"\D", "", redacted)
    return [n for n in NUMBERS if re.sub(r"\D", "", n) in plain]


@pytest.mark.parametrize("text", PACKED)
def test_no_number_survives_a_packed_clause(redactor, text):
    assert _numbers_left(redactor.redact(text).text) == []


def test_a_phone_after_the_first_name_inna_is_masked(redactor):
    redacted = redactor.redact("Журавлёва Инна Олеговна 89161234567").text
    assert "89161234567" not in redacted


def test_a_cue_of_another_kind_re_types_a_number_never_drops_it(redactor):
    entities = redactor.analyze("номер договора 9161234567")
    assert [e.type for e in entities] == ["CONTRACT_NUMBER"]
    assert redactor.analyze("лицевой счёт 9161234567")


def test_a_request_number_is_nobodys_personal_data(redactor):
    assert redactor.analyze("заявка 9161234567 закрыта") == []


def test_a_phone_cue_after_another_kinds_cue_keeps_the_phone(redactor):
    entities = redactor.analyze("по договору звоните на 89161234567")
    assert [e.type for e in entities] == ["PHONE_NUMBER"]


@pytest.mark.parametrize("word, stem, is_it", [
    ("инна", "инн", False), ("инн", "инн", True), ("инне", "инн", False),
    ("договора", "договор", True), ("родился", "родил", True), ("карты", "карт", True),
])
def test_cue_words_match_whole_words_or_non_name_readings(word, stem, is_it):
    assert is_cue(word, stem) is is_it


@pytest.mark.parametrize("text, surname", [
    ("Клиент Белый Андрей Сергеевич, тел. 89161234567", "Белый"),
    # a first name with a patronymic makes the word beside it a surname, whatever it means in the dictionary
    ("Клиент Номеров Глеб Романович; паспорт 4505 123456", "Номеров"),
    ("Ли Анна Сергеевна, ИНН 500100732259", "Ли"),
])
def test_cue_like_and_ordinary_word_surnames_do_not_survive(redactor, text, surname):
    assert not re.search(rf"\b{surname}\b", redactor.redact(text).text)
