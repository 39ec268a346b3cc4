"""The 5-year rule reads the end a CRM comment states in every shape the date kind reads (guard/policy/termination.py).

A comment "договор расторгнут …" states the contract's end with a date written as people write it: the day and month
by number or by name, the year in four digits or two, year first, separated by dots, slashes, dashes or spaces —
the shapes of the one date reader, recognizers/birth_date.py (`NUMERIC`, `ISO`, `YEAR_FIRST`, `SPACED`, `WORDS`,
`date_readings`). A date no calendar has is read as old (refused); a day and a month with no year state nothing,
as a closing with no date does. Our own phrasings.
"""
from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy import CallContext, default_policy_path, load_policy
from guard.policy.termination import _stated_in_comment

TODAY = date(2026, 12, 6)
CARD = {
    "msisdn": "79160000027", "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Лаптев", "first_name": "Игорь", "middle_name": "Сергеевич", "gender": "male"},
    "de": {"first_name": "Игорь", "middle_name": "Сергеевич"},
    "contract": {"number": "7770002", "status": "active", "terminated_at": None},
    "comments": [{"at": "2026-02-11T09:30:00", "author": "op3", "text": "Уточнял баланс"}],
}
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _refused_with_comment(policy, text: str) -> bool:
    card = copy.deepcopy(CARD)
    card["comments"].append({"at": "2026-03-01T12:00:00", "author": "system", "text": text})
    return policy.apply(card, CallContext(today=TODAY)).refused


@pytest.mark.parametrize("text", [
    "Абонентский договор расторгнут 3 сентября 2016 г. по заявлению",
    "договор расторгнут 03.09.16, сим возвращена",
    "Договор закрыт 2016/09/03 (перенос в архив)",
    "контракт аннулирован 03 09 2016",
    "Договор прекращён 3-го сентября 2016 года",
], ids=["month-name", "two-digit-year", "year-first", "spaced", "ordinal"])
def test_five_year_rule_a_comment_states_an_old_end_in_any_written_date_shape(policy, text):
    assert _refused_with_comment(policy, text)


@pytest.mark.parametrize("text", [
    "Договор расторгнут 12 августа 2024 г., номер на карантине",
    "договор закрыт 12.08.24",
], ids=["month-name", "two-digit-year"])
def test_five_year_rule_a_comment_stating_a_recent_end_does_not_refuse(policy, text):
    assert not _refused_with_comment(policy, text)


def test_five_year_rule_a_two_digit_year_is_read_in_the_century_that_is_not_in_the_future():
    assert _stated_in_comment("договор расторгнут 01.02.95") == date(1995, 2, 1)
    assert _stated_in_comment("договор расторгнут 01.02.19") == date(2019, 2, 1)


def test_five_year_rule_a_two_digit_year_is_read_against_the_policys_today_not_the_machines(policy):
    # a policy test that fixes its day reads "01.03.24" from that day: from 2020 it cannot be 2024, so it is 1924
    assert _stated_in_comment("договор расторгнут 01.03.24", date(2020, 6, 1)) == date(1924, 3, 1)
    assert _stated_in_comment("договор расторгнут 01.03.24", date(2026, 6, 1)) == date(2024, 3, 1)
    card = copy.deepcopy(CARD)
    card["comments"].append({"at": "2019-03-01T12:00:00", "author": "system", "text": "договор расторгнут 01.03.24"})
    assert policy.apply(card, CallContext(today=date(2020, 6, 1))).refused
    assert not policy.apply(card, CallContext(today=date(2026, 6, 1))).refused


def test_five_year_rule_a_comment_date_no_calendar_has_reads_as_unreadable():
    assert _stated_in_comment("Договор расторгнут 30 февраля 2020 г.") == "unreadable"


def test_five_year_rule_a_comment_day_and_month_without_a_year_state_an_end_no_one_knows():
    """A closing dated with no year may be any year's: an end no one can place, refused as a closed status with no
    date is (red team bb30, f05; it stated no end before, and a closed contract's note was shown)."""
    assert _stated_in_comment("договор расторгнут 14 марта по просьбе клиента") == "undated"


def test_five_year_rule_the_earliest_date_a_closing_comment_writes_is_its_end():
    assert _stated_in_comment("Договор расторгнут 5 мая 2015 г., повторно проверено 01.06.2026") == date(2015, 5, 5)


@settings(max_examples=80, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1995, 2020),
       shape=st.sampled_from(["{d}.{m:02d}.{y}", "{d} {mn} {y} г.", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}",
                              "{d}.{m:02d}.{yy:02d}", "{y}/{m:02d}/{d:02d}"]),
       closing=st.sampled_from(["Договор расторгнут", "контракт закрыт", "договор аннулирован", "Договор был расторгнут"]))
def test_five_year_rule_any_written_closing_date_over_five_years_ago_refuses(policy, day, month, year, shape, closing):
    written = shape.format(d=day, m=month, y=year, yy=year % 100, mn=MONTHS[month - 1])
    assert _stated_in_comment(f"{closing} {written}") == date(year, month, day)
    assert _refused_with_comment(policy, f"{closing} {written}.")
