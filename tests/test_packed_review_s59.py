"""Review of stop 59's packed branch (review H1, H2): values the base masked that the branch's first readings showed.
The operator never sees more than before: a two-digit year stays the year of its date whatever word follows it (the
lookahead that refused it before a month-like word was taken out; the next whole date is read by a pattern of its own,
recognizers/birth_date.py WORDS_FULL_YEAR), and a number glued to a car plate's letters is read as on the base (the
plate lookbehind in recognizers/packed_run.py RUN_START was taken out)."""
from __future__ import annotations

import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _leaks(redactor, text, value):
    return value in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    # a telecom note: "маршрутизатор" starts with "мар"
    ("абонент петров игорь 3 мая 79 маршрутизатор не работает", "3 мая 79"),
    ("Абонент Петров Игорь 3 мая 79 сенсорный экран разбит", "3 мая 79"),
    ("абонент петров игорь 3 мая 79 сенсорный экран разбит", "3 мая 79"),
    ("АБОНЕНТ ПЕТРОВ ИГОРЬ 3 МАЯ 79 МАРШРУТИЗАТОР НЕ РАБОТАЕТ", "3 МАЯ 79"),
    ("абонент петров игорь 3 мая 79 декретный отпуск", "3 мая 79"),
    ("абонент петров игорь 3 мая 79 майор полиции", "3 мая 79"),
    # a packed list of people: the next person's surname starts with a month's stem
    ("Петров Игорь 3 мая 79 Мартынова Ольга 5 июня 1981", "3 мая 79"),
    ("Состав семьи: Петров Игорь 3 мая 79 Маркова Анна 12 июня 82", "3 мая 79"),
    ("Петров Игорь 3 мая 79 Марина жена", "3 мая 79"),
    ("петров игорь 3 мая 79 марина жена", "3 мая 79"),
    # a district after the date
    ("Смирнова Ольга 12 марта 85 Марьина роща", "12 марта 85"),
    # ASR: lowercase, numbers as words
    ("петров игорь третьего мая семьдесят девятого марина жена его", "третьего мая семьдесят девятого"),
    ("клиент смирнова ольга двенадцатое марта восемьдесят пятого маршрут доставки",
     "двенадцатое марта восемьдесят пятого"),
    # a month named after the date (a later event)
    ("Кузнецова Мария 1 декабря 99 дек. 2024 расторгла", "1 декабря 99"),
    ("Иванов И.И., 21 июля 64 июль 2024 жалоба", "21 июля 64"),
    ("Петров Игорь 3 мая 79 мая 2024 звонил", "3 мая 79"),
    # a child's birth date followed by another day and month: fail closed reads "5 июня 12" as the date (2012)
    ("Дочь Петрова Алина 5 июня 12 сентября в школу", "5 июня 12"),
])
def test_a_two_digit_year_stays_its_dates_year_whatever_word_follows_it(redactor, text, value):
    assert not _leaks(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("родилась 5 февраля 17 марта 1990", "1990"),
    ("Клиент Петров 5 февраля 17 марта 1990", "1990"),
    ("клиент петров 5 февраля 17 марта 1990 года", "1990"),
    ("Петров Игорь, 17 марта 1990, ранее 5 февраля 17 марта 1990", "1990"),
])
def test_a_whole_date_after_a_day_and_month_keeps_its_year_masked(redactor, text, value):
    """«5 февраля 17 марта 1990»: WORDS reads «5 февраля 17»; the whole date after it is read on its own."""
    assert not _leaks(redactor, text, value), redactor.redact(text).text


def test_an_issue_dates_year_stays_masked_before_a_month_like_word(redactor):
    text = "Паспорт 4509 123456 выдан 12 марта 05 Марьинским ОВД"
    assert "05 Марьинским" not in redactor.redact(text).text, redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("авто А123ВС4276380012345679 оплата", "4276380012345679"),
    ("авто а123вс4276380012345679", "4276380012345679"),
    ("Р777КХ11223344595", "11223344595"),
    ("Р777КХ112-233-445 95", "233-445 95"),
    ("р777кх112-233-445 95", "233-445 95"),
])
def test_a_number_glued_after_a_plates_letters_is_masked_as_on_the_base(redactor, text, value):
    assert not _leaks(redactor, text, value), redactor.redact(text).text
