"""A date right after another date is read as a date of its own (review of s58-spoken: H1, H2, M1, L1). A one-digit
year read as part of the first date ("5 февраля 7") must never take the next date's day ("7 марта 1985"), or the birth
date, passport issue date or contract end after it is left in the clear. The one-word ordinal year ("пятое февраля
седьмого года") is read by a pattern of its own (birth_date.ONE_WORD_YEAR) beside WORDS, so it only adds spans; WORDS,
which issue dates and contracts' ends read too, reads no one-digit year. The reviewer's cases (each passed on
s58-merge 7ffad4ed and failed on 1291d803), then variants: case, blanks, line breaks, word order, lowercase ASR."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.disclosure import check


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _covered(redactor: Redactor, text: str) -> set[int]:
    covered: set[int] = set()
    for entity in redactor.analyze(text):
        covered |= set(range(entity.start, entity.end))
    return covered


def _masked(redactor: Redactor, text: str, value: str, occurrence: int = 0) -> bool:
    """Every non-space character of `value`'s n-th occurrence in `text` is covered by something found."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    covered = _covered(redactor, text)
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize("text, value", [
    # a CRM note: the date just before the birth date ends with its month; the birth date's day is one digit — the
    # whole birth date, year and all, was left in the clear
    ("Иванова Анна Петровна, 5 февраля 7 марта 1985", "7 марта 1985"),
    ("Петров Игорь 1 апреля 9 мая 1978", "9 мая 1978"),
    ("клиентка Иванова А.П. приходила 3 мая 7 июня 1985 г.р.", "7 июня"),
    ("д.р. 12 мая 3 июня 1985 г.р.", "3 июня"),
    # speech-to-text, lowercase, numbers as words
    ("клиент: петров игорь олегович первое апреля девятое мая семьдесят восьмого", "девятое мая семьдесят восьмого"),
    ("клиент: у детей дни рождения пятое февраля седьмое марта", "седьмое марта"),
    ("заявка от пятого февраля седьмое марта восемьдесят пятого года рождения владелец", "седьмое марта"),
    # a genitive day read as the first date's one-word year: its month was left
    ("клиент: у детей дни рождения пятое февраля седьмого марта", "седьмого марта"),
    # one date per line
    ("Дети: сын д.р. 12 мая\n3 июня 2010 г.р. дочь", "3 июня 2010"),
    # variants: case, blanks, the day's suffix, an abbreviated month, a line break, a dialogue's answer
    ("ИВАНОВА АННА ПЕТРОВНА, 5 ФЕВРАЛЯ 7 МАРТА 1985", "7 МАРТА 1985"),
    ("иванова анна петровна, 5 февраля 7 марта 1985", "7 марта 1985"),
    ("Иванова Анна Петровна, 5 февраля 7-го марта 1985", "7-го марта 1985"),
    ("Иванова Анна Петровна, 5 февраля  7 марта 1985", "7 марта 1985"),
    ("Иванова Анна Петровна, 5 февраля\t7 марта 1985", "7 марта 1985"),
    ("Иванова Анна Петровна, 5 февраля\n7 марта 1985", "7 марта 1985"),
    ("Иванова Анна Петровна, 5 февр. 7 марта 1985", "7 марта 1985"),
    ("Иванова Анна Петровна, 5 февраля 7 года 7 марта 1985", "7 марта 1985"),
    ("оператор: ваш номер\nклиент: 5 февраля 7 марта 1990", "7 марта 1990"),
    ("клиент: петрова анна первого апреля девятого мая семьдесят восьмого", "девятого мая семьдесят восьмого"),
    ("клиент: петрова анна первое апреля девятого мая тысяча девятьсот семьдесят восьмого года",
     "девятого мая тысяча девятьсот семьдесят восьмого года"),
    ("клиент: дата рождения пятого февраля седьмого марта восемьдесят пятого", "седьмого марта восемьдесят пятого"),
    # two birth dates, each with a one-word year
    ("клиент: у детей дни рождения пятое февраля седьмого года и седьмое марта девятого года",
     "седьмое марта девятого года"),
])
def test_a_birth_date_right_after_another_date_is_masked(redactor, text, value):
    assert _masked(redactor, text, value), redactor.redact(text).text


def test_a_self_corrected_birth_date_is_masked_both_times(redactor):
    text = "клиент: дата рождения пятое февраля восьмое марта нет восьмое марта восемьдесят пятого"
    assert _masked(redactor, text, "восьмое марта", 0), redactor.redact(text).text
    assert _masked(redactor, text, "восьмое марта", 1), redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    # a birth date with a one-word ordinal year is read whole, written or said (what this reading was added for)
    ("клиент: родилась пятого февраля седьмого года", "пятого февраля седьмого года"),
    ("клиент: родилась четвертого апреля седьмого", "четвертого апреля седьмого"),
    ("Родился 5 февраля 7 года", "5 февраля 7 года"),
    ("РОДИЛСЯ 5 ФЕВРАЛЯ 7 ГОДА", "5 ФЕВРАЛЯ 7 ГОДА"),
    ("клиент: у детей дни рождения пятое февраля седьмого года и седьмое марта девятого года",
     "пятое февраля седьмого года"),
])
def test_a_birth_date_with_a_one_word_ordinal_year_is_masked_whole(redactor, text, value):
    assert _masked(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    # issue_date.py reads WORDS, which reads no one-digit year
    ("дата выдачи паспорта 1 апреля 9 мая 2010", "9 мая 2010"),
    ("паспорт 4510 123456 выдан 1 апреля 9 мая 2010 ОВД Тверской", "9 мая 2010"),
    ("клиент: паспорт выдан первого апреля девятого мая две тысячи десятого года", "девятого мая"),
    ("ДАТА ВЫДАЧИ ПАСПОРТА 1 АПРЕЛЯ 9 МАЯ 2010", "9 МАЯ 2010"),
    ("паспорт выдан 1 апреля\n9 мая 2010", "9 мая 2010"),
])
def test_an_issue_date_right_after_another_date_is_masked(redactor, text, value):
    assert _masked(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, dates", [
    # "п. 2" of the checker: a birth date the operator reads out is flagged where it is, both dates of a pair
    ("заявка от пятого февраля седьмое марта восемьдесят пятого года рождения владелец",
     ["седьмое марта восемьдесят пятого года"]),
    ("у вас дата рождения пятое февраля седьмое марта", ["пятое февраля", "седьмое марта"]),
])
def test_the_checker_flags_a_birth_date_right_after_another_date_where_it_is(text, dates):
    result = check(text, speaker="operator")
    assert result.verdict == "block", result
    for date in dates:
        start = text.index(date)
        assert any(f.start <= start and start + len(date) <= f.end for f in result.violations), \
            [(f.rule, text[f.start:f.end]) for f in result.violations]


def test_a_contracts_end_right_after_another_date_is_read_as_its_own_date():
    from guard.policy.termination import _A_DATE  # the dates a termination comment is read for

    assert [m.group() for m in _A_DATE.finditer("Договор расторгнут 3 мая 7 июня 2019")] == ["3 мая", "7 июня 2019"]
