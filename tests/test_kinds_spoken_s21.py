"""Issue 15, round s21: numbers and contacts as callers say and operators type them — a SNILS in any grouping, a
contract number with its letters said by name, a card code "с оборота", a mailbox announced by "такая", and a phone
that keeps out the bracket around it. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, value", [
    ("Номер 11223344595 в анкете.", "11223344595"),
    ("Данные: 112 233 44595, подпись.", "112 233 44595"),
    ("СНИЛС: 112.233.445 95", "112.233.445 95"),
])
def test_a_snils_with_a_valid_check_number_is_found_in_any_grouping_cue_or_not(redactor, text, value):
    assert ("RU_SNILS", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Номер 11223344596 в анкете.",  # the check number is wrong and no cue says SNILS
    "Позвоните 89161234567 вечером.",  # eleven digits that read as a phone stay a phone
])
def test_eleven_digits_that_are_no_snils_are_not_taken_for_one(redactor, text):
    assert "RU_SNILS" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, value", [
    ("договор номер эм тэ эс двенадцать тридцать четыре пятьдесят шесть",
     "эм тэ эс двенадцать тридцать четыре пятьдесят шесть"),
    ("договор номер а ноль ноль семь четыре пять два", "а ноль ноль семь четыре пять два"),
])
def test_a_spoken_contract_number_keeps_its_letters_said_by_name(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


def test_a_card_code_said_with_the_side_of_the_card_is_a_cvv(redactor):
    assert ("CARD_CVV", "три восемь один") in found(redactor, "код с оборота три восемь один")


@pytest.mark.parametrize("text, value", [
    ("электронная почта такая иванов девяносто собака мейл точка ру записали",
     "иванов девяносто собака мейл точка ру"),
    ("e-mail олег восемьдесят пять собака gmail точка com", "олег восемьдесят пять собака gmail точка com"),
])
def test_a_spoken_mailbox_begins_after_the_words_announcing_it(redactor, text, value):
    assert ("EMAIL_ADDRESS", value) in found(redactor, text)


def test_a_number_in_brackets_leaves_the_closing_bracket_outside(redactor):
    assert ("RU_INN", "3664069397") in found(redactor, "Клиент (ИНН 3664069397) просит счёт.")


def test_a_phone_with_its_code_in_brackets_keeps_them(redactor):
    assert ("PHONE_NUMBER", "8 (916) 123-45-67") in found(redactor, "тел. 8 (916) 123-45-67, вечером")


@pytest.mark.parametrize("text, value", [
    ("Переезд в дер. Ивановка, Полевая 4, с 10.12.", "дер. Ивановка, Полевая 4"),
    ("Выезд на с. Петровское, Школьная 12.", "с. Петровское, Школьная 12"),
])
def test_after_a_town_named_by_its_keyword_a_name_and_a_number_are_its_street_and_house(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


def test_a_count_after_a_town_and_a_surname_is_no_house(redactor):
    assert "ADDRESS" not in {kind for kind, _ in found(redactor, "звонил из г. Казань, Петров 3 раза")}


@pytest.mark.parametrize("text, birth, other", [
    ("Д.р. 05.03.1980, договор от 12.01.2020.", "05.03.1980", "12.01.2020"),
    ("г.р. 1975, абонент с 2010 года", "1975", "2010 года"),
    ("дата рождения пятое марта восьмидесятого договор заключен двенадцатого января двадцатого",
     "пятое марта восьмидесятого", "двенадцатого января двадцатого"),
])
def test_a_birth_word_names_its_own_date_not_a_later_one_said_as_something_elses(redactor, text, birth, other):
    spans = found(redactor, text)
    assert ("DATE_OF_BIRTH", birth) in spans and ("DATE_OF_BIRTH", other) not in spans


def test_a_birth_date_read_from_the_passport_is_still_a_birth_date(redactor):
    assert ("DATE_OF_BIRTH", "05.03.1980") in found(redactor, "дата рождения по паспорту 05.03.1980")


@pytest.mark.parametrize("text", [
    "на обороте три цифры три восемь один",
    "секретный код три восемь один",
    "код цвц три восемь один",
    "и код карты три восемь один",
])
def test_a_card_code_is_known_by_every_way_of_naming_it(redactor, text):
    assert ("CARD_CVV", "три восемь один") in found(redactor, text)


@pytest.mark.parametrize("text", ["код из смс три восемь один", "три цифры номера восемь девять один"])
def test_three_digits_after_another_code_or_a_count_of_digits_are_no_card_code(redactor, text):
    assert "CARD_CVV" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, phone", [
    ("дата рождения 02/01/1980 8-957-145-8562", "8-957-145-8562"),
    ("род. 26/11/1986 8 962 836 04 21, звонить вечером", "8 962 836 04 21"),
])
def test_a_phone_right_after_a_slashed_date_is_still_a_phone(redactor, text, phone):
    assert ("PHONE_NUMBER", phone) in found(redactor, text)


def test_a_register_number_with_slashes_is_no_phone(redactor):
    assert "PHONE_NUMBER" not in {kind for kind, _ in found(redactor, "реестр 77/123-н/77-2021-4-567")}


@pytest.mark.parametrize("text, value", [
    ("номер у меня плюс семь девятьсот восемьдесят пять семьсот девяносто восемь сорок девять",
     "плюс семь девятьсот восемьдесят пять семьсот девяносто восемь сорок девять"),
    ("Контакт: +7 964 213 55, вечером", "+7 964 213 55"),
])
def test_a_number_opened_by_the_country_code_is_a_phone_even_a_digit_short(redactor, text, value):
    assert ("PHONE_NUMBER", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["тариф плюс семь гигабайт за триста рублей", "+7 800 123 45 6"])
def test_plus_seven_before_no_subscribers_number_stays_visible(redactor, text):
    assert "PHONE_NUMBER" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, value", [
    ("и пенсионное ноль ноль один два три четыре пять шесть семь ноль один",
     "ноль ноль один два три четыре пять шесть семь ноль один"),
    ("пенсионное свидетельство 112 233 445 96", "112 233 445 96"),
])
def test_a_snils_is_known_by_its_everyday_name_pensionnoe(redactor, text, value):
    assert ("RU_SNILS", value) in found(redactor, text)


def test_a_pension_sum_is_no_snils(redactor):
    assert "RU_SNILS" not in {kind for kind, _ in found(redactor, "пенсионный фонд перечислил 12300 рублей")}


@pytest.mark.parametrize("text", ["Клиент: Ромашка, 7707083893, КПП 770701001", "ОГРН 1027700132195, 7707083893"])
def test_ten_digits_with_an_inns_check_digit_beside_kpp_or_ogrn_are_an_inn(redactor, text):
    assert ("RU_INN", "7707083893") in found(redactor, text)


def test_ten_digits_with_an_inns_check_digit_after_a_call_word_stay_a_phone(redactor):
    assert ("PHONE_NUMBER", "7707083893") in found(redactor, "звонить 7707083893 вечером")


def test_a_free_line_is_no_snils_whatever_its_check_number(redactor):
    assert "RU_SNILS" not in {kind for kind, _ in found(redactor, "Справки по номеру 0611 или 8-800-555-05-00.")}
