"""A birth date said with the words that name its parts — the day's "числа", the month by its number and "месяца" —
and a year said after the year's word as a round ordinal ("а год семидесятый"): red team bb8 13, in our own values."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.normalize import normalize

_PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_DAYS = ["первого", "второго", "девятого", "двенадцатого", "двадцать третьего", "тридцатого"]
_MONTHS = ["первого", "четвёртого", "восьмого", "десятого", "двенадцатого"]
_YEARS = ["семьдесят шестого", "восемьдесят девятого", "девяносто четвёртого", "шестидесятого"]


def test_a_birth_date_said_with_day_and_month_words_is_masked_whole(redactor):
    text = "я родился девятого числа восьмого месяца семьдесят шестого"
    redacted = redactor.redact(text)
    assert redacted.text == "я родился <DATE_OF_BIRTH>"


@_PROPERTY
@given(st.sampled_from(_DAYS), st.sampled_from(_MONTHS), st.sampled_from(_YEARS))
def test_any_birth_date_said_by_the_months_number_leaves_no_part(redactor, day, month, year):
    redacted = redactor.redact(f"дата рождения {day} числа {month} месяца {year} года").text
    assert "числа" not in redacted and "месяца" not in redacted and year not in redacted


def test_a_round_ordinal_after_the_years_word_is_the_year():
    assert normalize("пятое июня а год семидесятый").text == "5 июня а год 70"


def test_the_year_said_after_the_date_and_its_word_is_masked_with_the_date(redactor):
    assert "семидесятый" not in redactor.redact("день рождения пятого июня а год семидесятый").text


def test_an_appointment_by_day_and_month_numbers_is_no_birth_date(redactor):
    assert redactor.redact("перезвоните третьего числа пятого месяца").entities == []
