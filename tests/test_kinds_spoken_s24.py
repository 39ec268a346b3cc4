"""Issue 15, round s24: contract ids with said letters and separators, a whole birth date a few words after its birth
word, a cue's number reached past where it is kept ("в телефоне", "в правом углу"), an order's number read in one
breath, and pasted two-column tables whose key names the value. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from kinds_found import found
from guard.recognizers.structured import read_structure


@pytest.mark.parametrize("text, value", [
    ("номер договора эм тэ тире семьдесят семь тире ноль ноль четыре пятьсот двенадцать",
     "эм тэ тире семьдесят семь тире ноль ноль четыре пятьсот двенадцать"),
    ("договор номер ка эл сто сорок два дробь двадцать три", "ка эл сто сорок два дробь двадцать три"),
])
def test_a_contracts_letters_said_before_a_said_separator_are_its_own(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("я родился у меня вот такой ноль девять ноль три восемьдесят четыре", "ноль девять ноль три восемьдесят четыре"),
    ("дата рождения у меня вот такой ноль четыре двенадцать восемьдесят семь", "ноль четыре двенадцать восемьдесят семь"),
])
def test_a_whole_date_a_few_words_after_a_birth_word_is_the_birth_date(redactor, text, value):
    assert ("DATE_OF_BIRTH", value) in found(redactor, text)


def test_a_bare_year_still_needs_its_birth_word_close(redactor):
    assert all(kind != "DATE_OF_BIRTH" for kind, _ in
               found(redactor, "родился я в деревне а переехали мы сюда в восемьдесят пятом"))


@pytest.mark.parametrize("text, kind, value", [
    ("снилс сейчас продиктую он у меня в телефоне сфотографирован сто двадцать три четыреста пятьдесят шесть семьсот "
     "восемьдесят девять ноль ноль", "RU_SNILS",
     "сто двадцать три четыреста пятьдесят шесть семьсот восемьдесят девять ноль ноль"),
    ("лицевой счет мой смотрите в квитанции там в правом верхнем углу ноль ноль один два три четыре пять шесть семь "
     "восемь", "ACCOUNT_NUMBER", "ноль ноль один два три четыре пять шесть семь восемь"),
])
def test_where_a_number_is_kept_does_not_stop_its_cue(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


def test_a_phone_named_later_in_the_sentence_is_still_the_phones(redactor):
    text = "снилс не помню телефон восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    assert ("PHONE_NUMBER", "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь") in \
        found(redactor, text)


def test_an_orders_number_a_few_words_after_its_cue_is_no_phone(redactor):
    text = "номер заказа в интернет магазине восемьсот девяносто один шестьсот двенадцать триста сорок пять ноль семь"
    assert all(kind != "PHONE_NUMBER" for kind, _ in found(redactor, text))


def test_a_two_column_table_is_read_key_then_value():
    reading = read_structure("| Параметр | Значение |\n|---|---|\n| MSISDN | 79035550123 |\n| Cell ID | 30517 |")
    assert reading is not None and "cell id 30517" in reading.text
    # 'MSISDN' is a phone's field key: read as the phone's own words, then its value
    assert "номер телефона 79035550123" in reading.text


@pytest.mark.parametrize("text, kind, value", [
    ("| Поле | Значение |\n| Cell ID | 30517 |\n| Статус | active |", "CELL_ID", "30517"),
    ("Поле | Значение\nСНИЛС | 123-456-789 01\nТариф | Семейный", "RU_SNILS", "123-456-789 01"),
])
def test_a_tables_key_names_its_value(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


def test_one_row_with_a_bar_is_no_table():
    assert read_structure("тариф | 500 руб") is None


@pytest.mark.parametrize("text, value", [
    ("дата рождения три ноль один два один девять восемь восемь", "три ноль один два один девять восемь восемь"),
    ("дата рождения ноль пять ноль три девяносто", "ноль пять ноль три девяносто"),
    ("дата рождения 12031985", "12031985"),
])
def test_a_birth_date_said_digit_by_digit_after_its_cue_is_the_birth_date(redactor, text, value):
    assert ("DATE_OF_BIRTH", value) in found(redactor, text)


def test_digits_after_a_birth_dates_cue_that_are_no_day_of_the_calendar_are_no_birth_date(redactor):
    assert all(kind != "DATE_OF_BIRTH" for kind, _ in
               found(redactor, "дата рождения девять девять девять девять девять девять"))


def test_a_value_dictated_in_two_parts_after_its_cue_is_masked_whole(redactor):
    # both parts inside CONTRACT_NUMBER spans: since red team bb25 the check-back "так записываю" between them is a
    # pause of the number, and the two parts are one span with it (was: two spans, one for each part)
    text = "номер договора сорок семь так записываю ноль ноль двенадцать тридцать четыре"
    spans = [words for kind, words in found(redactor, text) if kind == "CONTRACT_NUMBER"]
    assert any("сорок семь" in words for words in spans) and \
        any("ноль ноль двенадцать тридцать четыре" in words for words in spans), spans


def test_two_values_joined_by_a_conjunction_are_two_values_not_one_split(redactor):
    found_here = found(redactor, "у нас два лицевых счета 600184392 и 600184393")
    assert ("ACCOUNT_NUMBER", "600184392") in found_here and ("ACCOUNT_NUMBER", "600184393") in found_here
