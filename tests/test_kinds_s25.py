"""Issue 15, round 25: values written the way the kinds' own checks missed them — an English label before a SNILS, an
INN or an OMS policy, a birth date glued to its abbreviation or said with "числа" and "месяца", a phone typed with the
letter O for 0 or l for 1. The sentences are the developer's own. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from guard.normalize import lookalike_digits
from guard.recognizers import canonical_value
from kinds_found import found


@pytest.mark.parametrize("text, kind, value", [
    ("SNILS: 123-456-789 11, данные сверены", "RU_SNILS", "123-456-789 11"),
    ("snils no. 12345678911", "RU_SNILS", "12345678911"),
    ("INN: 770708389312 (ИП)", "RU_INN", "770708389312"),
    ("TIN 7707083893", "RU_INN", "7707083893"),
    ("policy no. 7756 4400 1288 3399", "RU_OMS", "7756 4400 1288 3399"),
    ("OMS policy 7756440012883399", "RU_OMS", "7756440012883399"),
])
def test_an_english_label_is_a_cue_like_its_russian_word(redactor, text, kind, value):
    # the checksum of a value after its cue is not the gate: a typo is still the value the label names
    assert (kind, value) in found(redactor, text)


@pytest.mark.parametrize("text", ["privacy policy 2024 updated", "Policy 5 applies", "SNILS 12 и 13 страницы"])
def test_an_english_word_with_a_short_number_is_no_value(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize("text, value", [
    ("тел89161234560 ДР01011980", "01011980"),
    ("д.р. 01 01 1980, паспорт на руках", "01 01 1980"),
    ("род.15031985", "15031985"),
])
def test_a_birth_date_glued_to_its_abbreviation_is_a_birth_date(redactor, text, value):
    assert ("DATE_OF_BIRTH", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["ДР01131980", "и др. 12345678"])
def test_digits_after_the_abbreviation_that_are_no_day_of_the_calendar_stay(redactor, text):
    assert not [kind for kind, _ in found(redactor, text) if kind == "DATE_OF_BIRTH"]


def test_a_birth_date_said_with_the_words_for_day_and_month_is_masked_whole(redactor):
    text = "день рождения у меня тридцатого числа сентября месяца девяносто пятого года"
    assert ("DATE_OF_BIRTH", "тридцатого числа сентября месяца девяносто пятого года") in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("8 9О3 123 45 67", "8 9О3 123 45 67"),
    ("номер +7 (917) 4OO-11-22 (в анкете буква О)", "+7 (917) 4OO-11-22"),
    ("тел. +7 9l6 123-45-67", "+7 9l6 123-45-67"),
])
def test_a_phone_typed_with_look_alike_letters_is_a_phone(redactor, text, value):
    assert ("PHONE_NUMBER", value) in found(redactor, text)


def test_a_phone_typed_with_a_letter_has_the_token_of_its_digits():
    assert canonical_value("PHONE_NUMBER", "8 9О3 123 45 67") == canonical_value("PHONE_NUMBER", "+7 903 123-45-67")


@pytest.mark.parametrize("text", ["ООО Ромашка", "KN1810A2031744", "Модель X4OO", "о 5 раз"])
def test_words_and_identifiers_keep_their_letters(text):
    assert lookalike_digits(text) == text


def test_initials_like_the_birth_abbreviation_do_not_reach_a_later_number(redactor):
    # "Г.Р." are initials here; the glued-date cue takes only digits right after it, never past a word
    assert ("RU_PASSPORT", "5221 100560") in found(redactor, "Кл. Номеров Г.Р., п. 5221 100560, тел 89609536535")
