"""The masking operators never reveal more digits than the instruction allows."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guard.policy import HIDDEN, REDACTION_FAILED, hide, mask_last4, mask_prefix

numbers = st.text(alphabet="0123456789", min_size=0, max_size=20)
formatted = st.text(alphabet="0123456789 +-()", min_size=0, max_size=24)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_mask_last4_shows_only_the_last_four_digits():
    assert mask_last4("79161234567") == "*******4567"


def test_mask_prefix_shows_country_and_operator_code():
    assert mask_prefix("79035556677") == "7903*******"
    assert mask_prefix("9035556677") == "903*******"


def test_a_short_number_shows_no_prefix():
    assert mask_prefix("5556677") == "*******"


@given(formatted)
def test_mask_last4_never_shows_more_than_the_last_four_digits_nor_the_whole_number(value):
    original, masked = digits(value), mask_last4(value)
    shown = digits(masked)
    assert len(shown) <= 4
    assert original.endswith(shown)
    assert len(shown) < len(original) or not original


@given(formatted)
def test_mask_prefix_never_shows_a_subscriber_digit(value):
    original, masked = digits(value), mask_prefix(value)
    shown = digits(masked)
    assert len(shown) <= 4
    assert original.startswith(shown) and masked.startswith(shown)
    assert len(original) - len(shown) >= min(7, len(original))


@given(numbers)
def test_the_prefix_mask_keeps_the_length_of_the_number(value):
    if value:
        assert len(mask_prefix(value)) == len(value)


@pytest.mark.parametrize("number", ["79035550102", "375291550102", "4951550102", "+7 (903) 555-01-02", "1550102"])
def test_the_last_4_digits_show_after_the_same_mask_whatever_the_numbers_length(number):
    # One "*" per hidden digit told a foreign number (12 digits) from a Russian one (red-team round 25).
    assert mask_last4(number) == "*******0102"


@pytest.mark.parametrize("number", ["0102", "102", ""])
def test_a_number_of_4_digits_or_fewer_shows_nothing_of_itself_nor_its_length(number):
    assert mask_last4(number) == HIDDEN


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_hide_keeps_no_value_at_all(value):
    assert hide(value) == HIDDEN


@pytest.mark.parametrize("value", [
    None, "", "г. Москва, ул. Ленина, д. 1", 74951234567, 0, True, False, 12.5,
    {"series": "4505", "number": "678901", "issued_by": "ОВД", "issued_at": "2005-04-01"}, {"number": "678901"}, {},
    ["petr.ivanov@mail.ru", "p.ivanov@yandex.ru"], [],
])
def test_a_hidden_value_reads_the_same_whether_the_customer_has_it_and_however_the_crm_keeps_it(value):
    # A hidden null shown as null would tell that the customer has no city number, middle name or legal address; a
    # hidden passport shown as {"series": "***", ...} beside "***" for none, that they have one (red-team round 25).
    assert hide(value) == HIDDEN


def _acted(action: str, value, redact_text=lambda text: text):
    from guard.policy.operators import ACTIONS, Transform

    transform = Transform(redact_text)
    return ACTIONS[action](transform, value, ("field",)), transform


def test_a_field_meant_for_a_code_shows_a_code_and_hides_anything_else_whole():
    for code in ("postpaid", "no_contact_person", "Terminated", "расторгнут", None):
        assert _acted("show_code", code)[0] == code
    for written in ("Иванов, паспорт 4505 678901", "postpaid (Иванов Пётр)", "79031234567", "prepaid-4505"):
        assert _acted("show_code", written)[0] == HIDDEN


def test_a_code_holds_at_most_two_digits_in_all_so_no_number_hides_in_short_groups():
    for code in ("b2b", "b2c", "tariff-5g", "x12"):
        assert _acted("show_code", code)[0] == code
    for written in ("8-92-65-55-00-11", "45-10-12-34-56", "8_92_65_55_00_11", "a1b2c3"):
        assert _acted("show_code", written)[0] == HIDDEN


def test_a_shown_text_field_goes_through_the_engine_but_one_word_needs_none():
    def engine(text: str) -> str:
        return text.replace("Сидоров Олег Ильич", "<PERSON>").replace("79265550011", "<PHONE_NUMBER>")

    assert _acted("show_text", "Мой безлимит; звонил Сидоров Олег Ильич 79265550011", engine)[0] == \
        "Мой безлимит; звонил <PERSON> <PHONE_NUMBER>"
    assert _acted("show_text", "Безлимит 500", engine)[0] == "Безлимит 500"

    def tags_every_name(text: str) -> str:
        return "<PERSON>"

    assert _acted("show_text", "Пётр", tags_every_name)[0] == "Пётр"  # the DE's one name is what the field is for
    assert _acted("show_text", ["не соединять с Сидоров Олег Ильич"], engine)[0] == ["не соединять с <PERSON>"]

    def broken(text: str) -> str:
        raise RuntimeError("engine down")

    shown, transform = _acted("show_text", "Мой безлимит", broken)
    assert shown == REDACTION_FAILED and transform.fail_closed == ["field"]


def test_a_time_field_shows_a_date_a_time_or_a_duration_and_hides_anything_more_whole():
    for when in ("2026-11-01T10:15:00", "2026-11-01", "2019-05-01T00:00:00+03:00", "01.11.2026 10:15", "10:15",
                 95, 3600.5, None):
        assert _acted("show_time", when)[0] == when
    for written in ("2026-11-01T10:15:00 звонил Сидоров Олег 89265550011", "2025-05-01 доверенность на Сидорова",
                    "Сидоров", "01.11.2026, тел. 89265550011"):
        assert _acted("show_time", written)[0] == HIDDEN
    for number in (89265550011, 4510123456, -1, True):
        assert _acted("show_time", number)[0] == HIDDEN


def test_a_date_is_read_only_when_the_whole_value_is_one():
    from datetime import date

    from guard.policy.conditions import parse_date

    assert parse_date("2019-05-01") == parse_date(" 2019-05-01T00:00:00+03:00 ") == date(2019, 5, 1)
    assert parse_date("2025-05-01 доверенность на Сидорова") is None
    assert parse_date(1556668800) is None


def test_the_5_year_rule_reads_a_moment_with_a_utc_offset_on_its_earliest_day():
    from datetime import date

    from guard.policy.conditions import earliest_day, parse_date

    far_ahead = "2021-11-22T01:00:00+14:00"  # 2021-11-21 11:00 in UTC
    assert earliest_day(far_ahead, parse_date(far_ahead)) == date(2021, 11, 21)
    behind = "2021-11-22T20:00:00-05:00"  # 2021-11-23 in UTC: its own date is the earlier one
    assert earliest_day(behind, parse_date(behind)) == date(2021, 11, 22)
    assert earliest_day("2021-11-22", date(2021, 11, 22)) == date(2021, 11, 22)


def test_a_name_field_shows_a_name_and_hides_anything_more_whole():
    for name in ("Иванова Анна Петровна", "Иванова А. П.", "Анна-Мария О'Нил", "Petrov Ivan", "Сидоров", None):
        assert _acted("show_name", name)[0] == name
    for written in ("Сидоров Олег Ильич, тел. 89265550011", "Сидоров Олег Ильич (89265550011)",
                    "Сидоров Олег Ильич паспорт 4510 123456", "Сидоров Олег Ильич живёт на Тверской улице"):
        assert _acted("show_name", written)[0] == HIDDEN
    assert _acted("show_name", 89265550011)[0] == HIDDEN


def test_after_today_tells_a_date_later_than_today_and_no_date_is_either():
    from datetime import date

    from guard.policy import CallContext, IdentificationLevel
    from guard.policy.conditions import Situation, _after_today, _older_than

    situation = Situation(card={}, ctx=CallContext(identification=IdentificationLevel.NONE), today=date(2026, 11, 22),
                          lists={})
    assert _after_today("2091-05-01", True, situation) and not _after_today("2026-11-22", True, situation)
    assert _after_today("2019-05-01", False, situation)
    assert not _after_today("когда-то", True, situation) and not _after_today("когда-то", False, situation)
    assert not _older_than("9999-12-31", "5y", situation)  # past year 9999: no error, and not old
