"""Issue 15, round s27-kinds: a date of death is not a birth date; a passport's issue date is the passport's data
(DOCUMENT_ISSUE_DATE, recognizers/issue_date.py, masked); a driver licence's or a certificate's issue date is
neither a passport nor a birth date (masked as a document's issue date all the same)."""
from __future__ import annotations

import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _found(redactor, text):
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]


@pytest.mark.parametrize("text, death", [
    ("Владелец номера умер 12.03.2019, обратилась дочь.", "12.03.2019"),
    ("Дата смерти владельца — 17.11.2020, д.р. 05.05.1950.", "17.11.2020"),
    ("мама умерла двадцать восьмого сентября а родилась она двенадцатого января сорокового года", "двадцать восьмого"),
])
def test_a_date_of_death_is_not_a_birth_date(redactor, text, death):
    assert not [kind for kind, value in _found(redactor, text) if death in value]


@pytest.mark.parametrize("text, birth", [
    ("Дата смерти владельца — 17.11.2020, д.р. 05.05.1950.", "05.05.1950"),
    ("в связи со смертью абонента Цой Валентины Фёдоровны (17.02.1941 г.р.)", "17.02.1941"),
])
def test_a_birth_date_beside_a_death_stays_a_birth_date(redactor, text, birth):
    assert any(kind == "DATE_OF_BIRTH" and birth in value for kind, value in _found(redactor, text))


@pytest.mark.parametrize("text, issued", [
    ("Паспорт 4510 123456, выдан ОВД Пресненского района г. Москвы 12.05.2010, код 772-045.", "12.05.2010"),
    ("Дата выдачи паспорта: 15.08.2015. Дата рождения: 02.02.1995.", "15.08.2015"),
    ("паспорт выдан двенадцатого мая две тысячи десятого года отделом уфмс", "двенадцатого мая две тысячи десятого"),
    ("Дата выдачи: 30.05.2005, кем выдан: ОУФМС по Тверской обл.", "30.05.2005"),  # the office names the passport
])
def test_a_passports_issue_date_is_passport_data(redactor, text, issued):
    assert any(kind == "DOCUMENT_ISSUE_DATE" and issued in value for kind, value in _found(redactor, text))


def test_a_birth_date_after_an_issue_date_stays_a_birth_date(redactor):
    assert ("DATE_OF_BIRTH", "02.02.1995") in _found(redactor, "Дата выдачи паспорта: 15.08.2015. Дата рождения: 02.02.1995.")


def test_an_issue_date_of_another_paper_is_not_a_passport(redactor):
    assert [kind for kind, _ in _found(redactor, "Дата выдачи справки: 30.05.2023")] == ["DOCUMENT_ISSUE_DATE"]


def test_a_driver_licences_issue_date_is_not_a_passport(redactor):
    assert [kind for kind, value in _found(redactor, "Водит. удостов. 7722 123456, выдано 15.03.2019.")
            if value == "15.03.2019"] == ["DOCUMENT_ISSUE_DATE"]


def test_a_passports_issue_year_said_alone_is_passport_data(redactor):
    text = "паспорт у меня старый еще выданный в две тысячи пятом году"
    assert any(kind == "DOCUMENT_ISSUE_DATE" and "две тысячи пятом" in value for kind, value in _found(redactor, text))


@pytest.mark.parametrize("text, birth", [
    ("дэ эр первое первое восьмидесятого", "первое первое восьмидесятого"),
    ("дэ эр пятое марта семьдесят девятого года", "пятое марта семьдесят девятого года"),
])
def test_the_birth_abbreviation_said_letter_by_letter_is_a_birth_cue(redactor, text, birth):
    assert ("DATE_OF_BIRTH", birth) in _found(redactor, text)
