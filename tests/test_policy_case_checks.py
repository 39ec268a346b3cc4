"""What `hidden`, `last4` and `prefix` mean in a policy test case (docs/interfaces.md §4)."""
from __future__ import annotations

from guard.policy.paths import parse_path
from guard.policy.testing import Outcome, check_last4, check_prefix, find_leaks

GIVEN = {
    "owner": {"last_name": "Иванов"},
    "addresses": {"registration": "г. Москва, ул. Тверская, д. 5, кв. 12"},
    "msisdn": "79161234567",
    "call_details": [{"region": "Москва", "number": "79035556677"}],
    "comments": [{"text": "Кл. Иванов просил перезвонить"}],
}


def outcome(path: str, shown: dict) -> Outcome:
    return Outcome(parse_path(path), GIVEN, shown)


def test_a_word_of_a_hidden_value_in_free_text_is_a_leak():
    shown = {"owner": {"last_name": "***"}, "comments": [{"text": "Кл. Иванов просил перезвонить"}]}
    assert find_leaks(outcome("owner.last_name", shown)) == ["word 'Иванов' appears at comments[0].text"]


def test_a_short_label_shown_as_it_is_does_not_leak_an_address():
    shown = {"addresses": {"registration": "***"}, "call_details": [{"region": "Москва"}]}
    assert find_leaks(outcome("addresses.registration", shown)) == []


def test_the_hidden_field_itself_shown_unchanged_is_a_leak():
    shown = {"owner": {"last_name": "Иванов"}}
    assert find_leaks(outcome("owner.last_name", shown)) == ["word 'Иванов' appears at owner.last_name"]


def test_three_digits_of_a_hidden_number_anywhere_are_a_leak():
    shown = {"msisdn": "***", "call_details": [{"region": "Москва", "number": "7916*******"}]}
    assert "digits '916' appear at call_details[0].number" in find_leaks(outcome("msisdn", shown))


def test_last4_accepts_only_the_last_four_digits():
    assert check_last4(outcome("msisdn", {"msisdn": "*******4567"})) is None
    assert check_last4(outcome("msisdn", {"msisdn": "7******4567"})) is not None
    assert check_last4(outcome("msisdn", {"msisdn": "***"})) is not None


def test_prefix_accepts_at_most_four_leading_digits():
    path = "call_details[0].number"
    assert check_prefix(outcome(path, {"call_details": [{"number": "7903*******"}]})) is None
    assert check_prefix(outcome(path, {"call_details": [{"number": "79035******"}]})) is not None
    assert check_prefix(outcome(path, {"call_details": [{"number": "79035556677"}]})) is not None
