"""Red-team round bb23, f01: every record of the contract's state is one reading of the 5-year rule.

A card whose `contract.status` says "active" while another record of the same contract — the call's own number's entry,
a contract nested in it, a contract record's date under a key guard has no name for — says it ended over five years
ago contradicts itself, and the stricter reading holds: no owner data (guard/policy/termination.py). In this
repository's own phrasings.
"""
from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy

TODAY = date(2026, 12, 6)
MSISDN = "79160000023"
CARD = {
    "msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male",
              "birth_date": "1971-02-03", "passport": {"series": "4505", "number": "678901", "issued_at": "2001-05-04"}},
    "de": {"first_name": "Олег", "middle_name": "Ильич"},
    "contract": {"number": "5550023", "status": "active", "terminated_at": None, "signed_at": "2009-01-01"},
    "numbers": [{"msisdn": MSISDN, "tariff": "Мой безлимит", "activated_at": "2009-01-01"}],
    "call_details": [{"at": "2019-11-01T10:15:00", "number": "79035556677", "duration_s": 120}],
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _refused(policy, card: dict) -> bool:
    ctx = CallContext(today=TODAY, identification=IdentificationLevel.PRIMARY, caller_gender="male")
    return policy.apply(card, ctx).refused


def test_a_card_that_states_no_end_anywhere_is_not_refused(policy):
    assert not _refused(policy, copy.deepcopy(CARD))


@pytest.mark.parametrize("entry", [
    {"status": "terminated", "terminated_at": "2015-01-01"},
    {"Status": "Closed", "closedAt": "2015-01-01"},
    {"состояние": "расторгнут", "дата_расторжения": "01.01.2015"},
    {"contract": {"status": "terminated", "terminated_at": "2015-01-01"}},
    {"Contracts": [{"state": "cancelled", "end_date": "2015-01-01"}]},
], ids=["status+terminated_at", "camelCase", "russian-keys", "nested-contract", "nested-contract-list"])
def test_the_calls_own_number_record_ending_over_five_years_ago_refuses_the_card(policy, entry):
    card = copy.deepcopy(CARD)
    card["numbers"][0].update(copy.deepcopy(entry))
    assert _refused(policy, card)


def test_the_calls_own_number_is_recognised_in_any_spelling_of_the_number(policy):
    card = copy.deepcopy(CARD)
    card["numbers"] = [{"msisdn": "8 (916) 000-00-23", "status": "terminated", "terminated_at": "2015-01-01"}]
    assert _refused(policy, card)


def test_a_contract_record_nested_anywhere_ending_over_five_years_ago_refuses_the_card(policy):
    card = copy.deepcopy(CARD)
    card["accounts"] = [{"id": "a1", "details": {"contract": {"status": "закрыт", "closed_at": "2016-02-01"}}}]
    assert _refused(policy, card)


@pytest.mark.parametrize("key", ["dissolved_at", "annulledOn", "voided", "дата_прекращения_действия", "finish"])
def test_a_contract_records_old_date_under_a_key_of_unknown_meaning_is_read_as_its_end(policy, key):
    card = copy.deepcopy(CARD)
    card["contract"][key] = "2015-01-01"
    assert _refused(policy, card)


@pytest.mark.parametrize("key", ["signed_at", "created_at", "start_date", "updated_at", "дата_заключения",
                                 "last_payment_date"])
def test_a_contract_records_old_date_naming_its_beginning_or_a_live_event_is_no_end(policy, key):
    card = copy.deepcopy(CARD)
    card["contract"][key] = "2012-01-01"
    assert not _refused(policy, card)


@pytest.mark.parametrize("members", [
    {"numbers": [{"msisdn": MSISDN}, {"msisdn": "79160000099", "status": "closed"}]},  # another number's entry
    {"call_details": [{"msisdn": "79035550000", "ended_at": "2015-01-01T10:00:00"}]},  # a call's end
    {"contract": {"number": "20150101", "status": "active"}},  # an identifier that reads as a date is no date
], ids=["other-number", "call-ended", "number-like-date"])
def test_what_is_not_a_record_of_the_contracts_state_does_not_refuse(policy, members):
    card = copy.deepcopy(CARD)
    card.update(copy.deepcopy(members))
    assert not _refused(policy, card)


def _respelled(key: str, how: str) -> str:
    words = key.split("_")
    if how == "camel":
        return words[0] + "".join(word.title() for word in words[1:])
    if how == "upper-dash":
        return "-".join(words).upper()
    if how == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in key)
    return key


# Where the contract's state may be recorded: (the path of the record, created as needed)
_RECORDS = [("contract",), ("numbers", 0), ("numbers", 0, "contract"), ("lines", 0, "agreement"),
            ("accounts", 0, "договор")]
_PLACES = st.sampled_from(_RECORDS)
_SPELLINGS = st.sampled_from(["plain", "camel", "upper-dash", "fullwidth"])


def _record(card: dict, where: tuple) -> dict:
    node: object = card
    for step, following in zip(where, where[1:] + (None,)):
        if isinstance(step, int):
            while len(node) <= step:  # type: ignore[arg-type]
                node.append({"msisdn": MSISDN})  # type: ignore[union-attr]
            node = node[step]  # type: ignore[index]
        else:
            node = node.setdefault(step, [] if isinstance(following, int) else {})  # type: ignore[union-attr]
    return node  # type: ignore[return-value]


@settings(max_examples=60, deadline=None)
@given(where=_PLACES, how=_SPELLINGS, years_ago=st.integers(min_value=6, max_value=40))
def test_any_record_of_the_contracts_state_stating_an_end_over_five_years_ago_refuses(policy, where, how, years_ago):
    card = copy.deepcopy(CARD)
    record = _record(card, where)
    if where != ("contract",):
        record[_respelled("status", how)] = "terminated"
    record[_respelled("terminated_at", how)] = f"{TODAY.year - years_ago}-03-01"
    assert _refused(policy, card)


@settings(max_examples=40, deadline=None)
@given(where=_PLACES, how=_SPELLINGS, years_ago=st.integers(min_value=0, max_value=4))
def test_any_record_of_the_contracts_state_ending_under_five_years_ago_does_not_refuse(policy, where, how,
                                                                                       years_ago):
    card = copy.deepcopy(CARD)
    _record(card, where)[_respelled("end_date", how)] = f"{TODAY.year - years_ago}-03-01"
    assert not _refused(policy, card)
