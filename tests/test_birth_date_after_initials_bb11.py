"""A birth date right after "Фамилия И.О." is the person's (red team bb11 10): the initial "С." is no preposition "с"
that dates something else; and a birthday named by the age turned ("с 60-летием! 3 апреля") is a birth date too."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor

_REDACTOR: list[Redactor] = []


def redactor() -> Redactor:
    if not _REDACTOR:
        _REDACTOR.append(Redactor("tag"))
    return _REDACTOR[0]


@pytest.mark.parametrize("text, expected", [
    ("Голованова Т.С., 05.11.1976, Калуга", "<PERSON>, <DATE_OF_BIRTH>, <ADDRESS>"),
    ("Милованов А.С. (23.08.1969)", "<PERSON> (<DATE_OF_BIRTH>)"),
    ("Пропуск: Ярошенко И.С., 4611 223344, 30.01.1985", "Пропуск: <PERSON>, <PHONE_NUMBER>, <DATE_OF_BIRTH>"),
    ("Коллеги поздравили Анну Ткачук с 60-летием! 3 апреля, в пятницу", "Коллеги поздравили <PERSON> с 60-летием! "
     "<DATE_OF_BIRTH>, в пятницу"),
])
def test_a_birth_date_beside_a_name_with_initials_or_an_age_is_hidden(text, expected):
    assert redactor().redact(text).text == expected


def test_a_date_after_the_preposition_s_still_dates_something_else():
    assert "12.03.2019" in redactor().redact("Договор с 12.03.2019, тариф прежний").text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Стрельцова", "Лещенко", "Каширин", "Воронцов"]), st.sampled_from("АБВДЕИКЛМНОПРСТ"),
       st.sampled_from("АБВДЕИКЛМНОПРСТ"), st.dates(date(1935, 1, 1), date(2005, 12, 31)), st.sampled_from([", ", " ("]))
def test_any_birth_date_after_a_surname_and_initials_is_hidden(surname, first, second, born, joint):
    written = born.strftime("%d.%m.%Y")
    text = f"{surname} {first}.{second}.{joint}{written}{')' if '(' in joint else ''}"
    assert written not in redactor().redact(text).text
