"""Stop 56 (issue 15, pii_az55's calls): a date's word in the birth cue's own phrase dates nothing — "дата рождения
владельца договора", "дата рождения и паспорт для заявления" before the answer's date (recognizers/birth_date.py:
`_dates_this_one`); the word still dates a value after the birth date's own, or the date in its own clause."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("оператор: дата рождения владельца договора\nклиент: одиннадцатое ноября семьдесят пятого\nоператор: спасибо",
     "одиннадцатое ноября семьдесят пятого"),
    ("оператор: дата рождения и паспорт для заявления\nклиент: третье марта восемьдесят девятого паспорт сорок пять",
     "третье марта восемьдесят девятого"),
    ("оператор: назовите дату рождения держателя договора займа\nклиент: двадцатое мая девяносто первого",
     "двадцатое мая девяносто первого"),
    ("Уточните дату рождения для заявления.\nКлиент: 14.02.1979", "14.02.1979"),
])
def test_a_birth_date_answered_after_a_cue_whose_phrase_names_a_contract_or_a_request_is_masked(redactor, text,
                                                                                                  value):
    assert masked(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, kept", [
    ("Д.р. 05.03.1980, договор от 12.01.2020", "12.01.2020"),
    ("дата рождения не названа, договор от 12.01.2020", "12.01.2020"),
    ("г.р. 1975, абонент с 12.03.2010 года", "12.03.2010"),
])
def test_a_date_its_own_word_dates_stays_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text


def test_a_passport_answered_after_the_birth_date_is_no_second_birth_date(redactor):
    # read as the cue's own phrase, «с номером» no longer dropped the birth date; the number after it, ten digits, is
    # no second birth date (BirthDateRecognizer.cue_value_ok: eight digits at most)
    text = ("Оператор: Для идентификации напишите дату рождения и серию с номером паспорта.\n"
            "Клиент: 11.07.1983, 4608 552190\nОператор: Спасибо.")
    kinds = {text[e.start:e.end]: e.type for e in redactor.redact(text).entities}
    assert kinds.get("11.07.1983") == "DATE_OF_BIRTH", kinds
    assert kinds.get("4608 552190") not in (None, "DATE_OF_BIRTH"), kinds  # masked, by its own kind's reading
