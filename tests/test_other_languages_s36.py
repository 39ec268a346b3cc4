"""Personal data of a neighbour's language in a Russian contact centre's text (red team bb10, 05, 06, 07, 18, 19): each
kind reads the few other languages' words for its own parts in its one home, not a recognizer per language."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("Мой ИИН 920715350187, проживаю в Алматы", "920715350187"),
    ("ЖСН: 920715350187", "920715350187"),
    ("клиент продиктовал иин 9207 1535 0187", "9207 1535 0187"),
])
def test_a_kazakh_individual_number_after_its_cue_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["ИИН", "иин", "ЖСН", "жсн"]), st.sampled_from([" ", ": ", " № "]),
       st.text("0123456789", min_size=12, max_size=12))
def test_any_twelve_digits_after_a_kazakh_numbers_cue_are_masked(redactor, cue, between, digits):
    assert digits not in redactor.redact(f"Уточните, {cue}{between}{digits} верный?").text


def test_a_business_number_is_no_persons(redactor):
    assert "120940001234" in redactor.redact("БИН компании 120940001234").text


@pytest.mark.parametrize("text, value", [
    ("дата рождения: 7 квітня 1983", "7 квітня"),  # Ukrainian genitive
    ("дата народження 21 жовтня 1990 року", "21 жовтня"),  # Ukrainian birth word too
    ("туған күні: 3 желтоқсан 1975", "3 желтоқсан"),  # Kazakh
    ("родился 9 снежня 1968", "9 снежня"),  # Belarusian
    ("her date of birth is July 4, 1977", "July 4"),  # English, "is" between the cue and the date
])
def test_a_birth_date_with_a_neighbours_month_after_a_birth_word_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 28), st.integers(0, 11), st.integers(1940, 2005), st.integers(0, 3))
def test_any_date_with_any_neighbours_month_after_dob_is_masked(redactor, day, month, year, language):
    from guard.recognizers.lexicon import NEIGHBOURS_MONTHS
    forms = NEIGHBOURS_MONTHS[month]
    word = forms[min(language, len(forms) - 1)]
    redacted = redactor.redact(f"Дата рождения {day} {word} {year}").text
    assert f"{day} {word}" not in redacted and str(year) not in redacted


def test_a_contracts_date_with_a_neighbours_month_is_no_birth_date(redactor):
    assert "12 березня 2020" in redactor.redact("договор от 12 березня 2020").text


@pytest.mark.parametrize("text, value", [
    ("Контактний номер 050 712 34 98", "050 712 34 98"),
    ("тел. 093-555-20-11, дзвонити після 18", "093-555-20-11"),
])
def test_a_ukrainian_mobile_written_at_home_is_a_phone(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize("text", [
    "номер 0123456789",  # no operator's code
    "заказ 0501234567 отправлен",  # an order's number
])
def test_a_number_opening_with_zero_and_no_operators_code_stays(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text, values", [
    ("Адреса: м. Львів, вул. Городоцька, буд. 48, кв. 17", ["буд. 48", "кв. 17"]),
    ("Мекенжайы: Шымкент қаласы, Сейфуллин даңғылы, 37 үй, 204 пәтер", ["37 үй", "204 пәтер"]),
    ("Мекенжайы: Қарағанды қ., Бұқар жырау даңғылы, 9-үй, 61-пәтер", ["9-үй", "61-пәтер"]),
    ("Адресы: Чаллы шәһәре, Тукай урамы, 23 йорт, 140 фатир", ["23 йорт", "140 фатир"]),
])
def test_a_neighbours_address_keeps_neither_house_nor_flat(redactor, text, values):
    redacted = redactor.redact(text).text
    assert [value for value in values if value in redacted] == []


def test_a_count_of_flats_is_no_address(redactor):
    assert redactor.redact("у нас в доме 5 квартир, 3 этажа").text == "у нас в доме 5 квартир, 3 этажа"
