"""Stop 40 (issue 15, packed_n39 / pii_af39 / pii_ag39 read as training sets): values packed in records. A record's
uncued number beside its person's name (long_number.record_numbers); short Russian keys and keys joined by slashes
(structured, lexicon.SHORT_KEY_NAMES); a column's label with a comma; a table row's person holds the row's values
(holder); "+" and a country code keep a phone whatever nobody's-number stem stands before it; a value taken "из
заявки" is still its kind's; a login of digits right after its word; an old code word in quotes and the new one told
by "новое". Every line is written for this file, with values of its own."""
from __future__ import annotations

import string

from hypothesis import given, settings, strategies as st
import pytest

from guard.analysis import RecognizerResult
from guard.recognizers.holder import belongs_to_organisation
from guard.recognizers.long_number import record_numbers
from guard.recognizers.phone import _country_named
from guard.recognizers.structured import read_structure


def _person(text: str, name: str) -> RecognizerResult:
    start = text.index(name)
    return RecognizerResult("PERSON", start, start + len(name), 0.85)


def _numbers(text: str, *names: str) -> set[str]:
    return {text[r.start:r.end] for r in record_numbers(text, [_person(text, name) for name in names])}


# --- a record's number -------------------------------------------------------------------------------------------

def test_a_number_in_brackets_after_a_name_is_the_persons():
    text = "Оплатили: Соколов П.Р. (0317742210) 900; Лапина О. (0319925574) 1 100."
    assert _numbers(text, "Соколов П.Р.", "Лапина О.") == {"0317742210", "0319925574"}


def test_a_number_as_a_field_of_a_row_that_names_a_person_is_the_persons():
    row = "12 | Дёмина Алла Петровна | 0322118745 | 1 540,00 | г. Липецк, ул. Гагарина, д. 3, кв. 8"
    assert _numbers(row, "Дёмина Алла Петровна") == {"0322118745"}
    chain = "Котов А.Б./11.02.1977/89031112233/0355512345/ИНН"
    assert _numbers(chain, "Котов А.Б.") == {"0355512345"}


def test_a_record_without_a_name_gives_no_number():
    assert _numbers("12 | ООО «Вега» | 0322118745 | 1 540,00 | склад") == set()


def test_a_number_with_a_word_of_its_own_in_its_field_is_no_record_number():
    assert _numbers("Дёмина А.П. | № 0322118745 | 1 540,00 | оплачено", "Дёмина А.П.") == set()
    # in brackets but not right after the name: a sentence's aside
    assert _numbers("Звонила Дёмина А.П., оплата прошла (0322118745)", "Дёмина А.П.") == set()


def test_a_number_already_found_is_left_to_its_kind():
    text = "Дёмина А.П. | 89031234567 | оплачено | 1 540,00"
    found = [_person(text, "Дёмина А.П."), RecognizerResult("PHONE_NUMBER", 14, 25, 0.85)]
    assert record_numbers(text, found) == []


@settings(max_examples=60, deadline=None)
@given(digits=st.text(string.digits, min_size=9, max_size=12), separator=st.sampled_from(["|", "\t", ";", "/"]))
def test_any_uncued_number_in_a_named_row_is_masked(digits, separator):
    text = f"7 {separator} Рябинина Ольга {separator} {digits} {separator} 2 310,50"
    assert _numbers(text, "Рябинина Ольга") == {digits}


# --- keys --------------------------------------------------------------------------------------------------------

def test_short_russian_keys_are_read_as_their_kinds_cues():
    reading = read_structure("дог./л/с: 0311223344 / 311223344 | тел. 8 903 000 11 22")
    # two keys, "дог." (the contract kind's cue reads it as written) and "л/с" (a slash inside one key)
    assert "дог 0311223344" in reading.text and "лицевой счёт 311223344" in reading.text


def test_a_slash_paired_headings_keys_hold_for_the_next_pipe_group():
    reading = read_structure("ФИО/д.р.: Котов А.Б./03.04.1979 | Котова В.Г./05.06.1981 (жена) | адр. общий")
    assert "дата рождения 03.04.1979" in reading.text and "дата рождения 05.06.1981" in reading.text


def test_a_column_label_with_a_comma_still_heads_its_column():
    text = ("Отдел\tЛицевой счёт\tОтветственный\tСумма, руб.\n"
            "Склад\t401122334\tНосова Р.\t1 200,00\n"
            "Касса\t401122335\tЛьвов Д.\t900,00")
    reading = read_structure(text)
    assert "лицевой счёт 401122334" in reading.text and "лицевой счёт 401122335" in reading.text


def test_a_table_rows_person_holds_its_values():
    text = "Склад Химки\t401122334\tНосова Р.П.\t1 200,00"
    start = text.index("401122334")
    person = (text.index("Носова"), text.index("Носова") + len("Носова Р.П."), "PERSON")
    assert belongs_to_organisation(text, start, start + 9, "ACCOUNT_NUMBER", [person]) is False
    assert belongs_to_organisation(text, start, start + 9, "ACCOUNT_NUMBER", []) is True


# --- one country alternation ------------------------------------------------------------------------------------

def test_a_neighbour_country_is_named_before_the_cue_or_in_it():
    text = "киргизский номер 555 123 456"
    assert _country_named(text, text.index("номер"), text.index("555"))
    text = "номер в Таджикистане 93 555 12 34"
    assert _country_named(text, 0, text.index("93"))
    text = "Армения далеко, звонила дочь, номер 555 123 456"
    assert not _country_named(text, text.index("номер"), text.index("555"))


# --- through the redactor ----------------------------------------------------------------------------------------

def _found(redactor, text: str) -> dict[str, str]:
    return {text[e.start:e.end]: e.type for e in redactor.analyze(text)}


def test_an_international_phone_is_kept_after_a_nobodys_number_stem(redactor):
    text = "В машине трекер с SIM +7 903 555-12-34, водитель на линии."
    assert _found(redactor, text).get("+7 903 555-12-34") == "PHONE_NUMBER"


def test_a_value_taken_from_a_request_is_its_kinds(redactor):
    text = "Доступ к ЛК был с IP из заявки 95.173.14.22, клиент не признаёт."
    assert _found(redactor, text).get("95.173.14.22") == "IP_ADDRESS"


def test_a_login_of_digits_right_after_its_word_is_masked(redactor):
    found = _found(redactor, "PPPoE: логин 5512003471, пароль выдан на бланке.")
    assert found.get("5512003471") == "LOGIN"


def test_an_old_code_word_in_quotes_and_the_new_one_after_novoe(redactor):
    text = "Кодовое слово: было «сирень», новое — Тайга2031, клиент подтвердил."
    found = _found(redactor, text)
    assert found.get("сирень") == "SECRET" and found.get("Тайга2031") == "SECRET"


@pytest.mark.parametrize("text, number", [
    ("Оплатили по графику: Гаврилов Н.С. (0231447789) 2 000; Рудакова Е. (0231447790) 500.", "0231447789"),
    ("3 | Шубина Дарья Олеговна | 0240018832 | 870,00 | г. Тамбов, ул. Мичуринская, д. 9, кв. 2", "0240018832"),
])
def test_a_records_number_is_masked_by_the_redactor(redactor, text, number):
    assert number in _found(redactor, text)


def test_a_whole_short_word_inside_a_longer_key_stays_that_keys_word():
    # "ЛС" in "Кодовое слово на новом ЛС" is no key of its own: the code word's key is read as written
    reading = read_structure("Договор: 7400 1122 33\nКодовое слово на новом ЛС: сирень.")
    assert "лицевой счёт" not in reading.text and "лс сирень" in reading.text.lower()
