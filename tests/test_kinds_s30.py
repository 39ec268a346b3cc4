"""Kinds in call-center dialogues (issue 15, stop 30): each rule is the kind's own, shown on one example, with a
look-alike that must stay as it is."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, login", [
    # a spoken underscore joins two pieces of one login; the piece after it goes on to its letter and number
    ("клиент: кто то зашёл логин дудина нижнее подчёркивание вэ восемьдесят два\nоператор: вижу вход",
     "дудина нижнее подчёркивание вэ восемьдесят два"),
    # the caller's answer to the operator's question that ends in the login word
    ("оператор: какой логин\nклиент: елисеев нижнее подчёркивание вэ сорок один\nоператор: почта привязана как",
     "елисеев нижнее подчёркивание вэ сорок один"),
    ("Оператор: Какой у вас логин?\nКлиент: зуев нижнее подчёркивание тэ тридцать один",
     "зуев нижнее подчёркивание тэ тридцать один"),
])
def test_a_spoken_login_is_masked_whole(redactor, text, login):
    assert ("LOGIN", login) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "оператор: какой логин\nклиент: не помню я его честно",
    "оператор: логин\nклиент: через почту захожу",
])
def test_an_answer_that_names_no_login_is_no_login(redactor, text):
    assert [kind for kind, _ in found(redactor, text) if kind == "LOGIN"] == []


@pytest.mark.parametrize("text, address", [
    # a written street's name goes on to the lowercase noun its capitalised adjective agrees with
    ("Клиент: Адрес подключения г. Санкт-Петербург, наб. Обводного канала, д. 2, кв. 23, если что.",
     "г. Санкт-Петербург, наб. Обводного канала, д. 2, кв. 23"),
    ("Клиент: СПб, наб. Обводного канала, д. 91, корп. 1, кв. 155.", "СПб, наб. Обводного канала, д. 91, корп. 1, кв. 155"),
])
def test_a_street_named_by_an_adjective_and_its_noun_is_one_address(redactor, text, address):
    assert ("ADDRESS", address) in found(redactor, text)



def test_after_a_spoken_joiner_a_single_letter_is_part_of_the_login(redactor):
    text = "клиент: кто то зашёл логин пантелеева нижнее подчёркивание а пятьдесят девять\nоператор: вижу вход"
    assert ("LOGIN", "пантелеева нижнее подчёркивание а пятьдесят девять") in found(redactor, text)


def test_a_surname_spelled_in_answer_to_the_operators_request_is_a_name(redactor):
    text = "оператор: по буквам фамилию пожалуйста\nклиент: вэ о эр о эн цэ о вэ а\nоператор: и паспорт серия номер"
    assert ("PERSON", "вэ о эр о эн цэ о вэ а") in found(redactor, text)


@pytest.mark.parametrize("text, code", [
    ("passport=4011 278340 dept=780-012 addr=СПб, пр. Просвещения, д. 5", "780-012"),
    ("passport: 4011 278340, department code: 780012", "780012"),
])
def test_a_department_code_after_its_english_key_is_masked(redactor, text, code):
    assert ("RU_PASSPORT_DEPT", code) in found(redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Кл.Гвоздь В.А. смена тарифа, моб +7-917-550-11-22", "Гвоздь В.А."),
    ("кл.Берёза Н.А. карта 4817186115916175 02/28", "Берёза Н.А."),
])
def test_a_surname_glued_to_an_abbreviations_dot_takes_its_initials(redactor, text, name):
    assert ("PERSON", name) in found(redactor, text)


@pytest.mark.parametrize("text", ["оплата: 5536 4087 1073 6270 / 07/27 / 551 / IVAN PETROV — клиент",
                                  "карта 5536 4087 1073 6270 | 07/27 | 551"])
def test_an_expiry_after_a_card_number_past_a_records_separator_is_masked(redactor, text):
    assert ("CARD_EXPIRY", "07/27") in found(redactor, text)


def test_a_fraction_after_a_slash_with_no_card_before_is_no_expiry(redactor):
    assert [kind for kind, _ in found(redactor, "заявка 4521 / 07/27 листов") if kind == "CARD_EXPIRY"] == []
