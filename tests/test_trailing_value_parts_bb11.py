"""The part of a value said after the rest of it, as an afterthought, is the value's (red team bb11 06): the birth
year after the day and month ("…пятое мая, год девяносто второй"), the flat's number before its word after the house
("Гончарова 14, 37 квартира"). A count of flats is no flat ("…, 10 квартир в подъезде")."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("text, expected", [
    ("дата рождения пятое мая, год девяносто второй", "дата рождения <DATE_OF_BIRTH>"),
    ("родился третьего июля, а год — семьдесят шестой", "родился <DATE_OF_BIRTH>"),
    ("проживаю на улице Гончарова 14, 37 квартира", "проживаю на <ADDRESS>"),
])
def test_the_part_said_after_the_value_is_hidden_with_it(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text, kept", [
    ("Гончарова 14, 10 квартир в подъезде", "10 квартир"),
    ("Оплата 5 мая, год 2025 закрыт", "год 2025"),
])
def test_a_count_or_a_date_of_something_else_stays(redactor, text, kept):
    assert kept in redactor.redact(text).text
