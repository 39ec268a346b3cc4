"""Red-team round bb18, f06: the 5-year rule reads the contract's end wherever the card states it.

A card whose `contract.status` says "active" but which writes the end elsewhere — `contract.end_date`, `closed_at`, a
flattened `contract_status`, the card's own `status`, a `Contract` or `договор` key, a system comment — contradicts
itself, and the stricter reading holds: a termination stated anywhere with a date over five years ago, or with a date
no one can read, refuses the card (guard/policy/termination.py). In this repository's own phrasings.
"""
from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy import CallContext, default_policy_path, load_policy

TODAY = date(2026, 12, 6)
CARD = {
    "msisdn": "79160000018", "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male"},
    "de": {"first_name": "Олег", "middle_name": "Ильич"},
    "contract": {"number": "5550001", "status": "active", "terminated_at": None},
    "comments": [{"at": "2026-01-10T10:00:00", "author": "op7", "text": "Просил перезвонить"}],
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _refused(policy, card: dict) -> bool:
    return policy.apply(card, CallContext(today=TODAY)).refused


def _with(**members) -> dict:
    card = copy.deepcopy(CARD)
    for path, value in members.items():
        *parents, last = path.split("__")
        node = card
        for parent in parents:
            node = node.setdefault(parent, {})
        node[last] = value
    return card


# Where a CRM writes the end, and how: (a key path, "__" between keys; a status or a date)
STATED_ELSEWHERE = [
    {"contract__end_date": "2018-05-01"},
    {"contract__closed_at": "2018-05-01"},
    {"contract__terminationDate": "2018-05-01"},
    {"contract_status": "Terminated", "contract_terminated_at": "2018-05-01"},
    {"status": "closed", "terminated_at": "2018-05-01"},
    {"Contract__status": "terminated", "Contract__terminated_at": "2018-05-01"},
    {"договор__статус": "расторгнут", "договор__дата_расторжения": "01.05.2018"},
    {"contract__history": [{"status": "закрыт", "closed_at": "2018-05-01"}]},
]


@pytest.mark.parametrize("members", STATED_ELSEWHERE, ids=lambda members: "+".join(members))
def test_five_year_rule_termination_stated_outside_contract_status_refuses(policy, members):
    assert _refused(policy, _with(**members))


def test_five_year_rule_termination_told_in_a_comment_with_an_old_date_refuses(policy):
    card = copy.deepcopy(CARD)
    card["comments"].append({"at": "2018-05-01T00:00:00", "author": "system", "text": "Контракт закрыт 30.04.2018."})
    assert _refused(policy, card)


def test_five_year_rule_termination_stated_elsewhere_with_no_readable_date_refuses(policy):
    assert _refused(policy, _with(contract__end_date="весной, давно"))
    assert _refused(policy, _with(contract_status="расторгнут"))


@pytest.mark.parametrize("members", [
    {"contract__end_date": "2024-05-01"},  # ended, but under five years ago
    {"status": "active"},
    {"numbers": [{"msisdn": "79160000019", "status": "closed"}]},  # a number's entry is not the contract
    {"call_details": [{"number": "79035550000", "ended_at": "2015-01-01T10:00:00"}]},  # a call's end is not the contract's
], ids=["recent", "active-status", "number-closed", "call-ended"])
def test_five_year_rule_no_old_termination_stated_does_not_refuse(policy, members):
    assert not _refused(policy, _with(**members))


def test_five_year_rule_a_request_to_terminate_in_a_comment_is_no_termination(policy):
    card = copy.deepcopy(CARD)
    card["comments"].append({"at": "2018-05-01T00:00:00", "author": "op", "text": "Клиент хочет расторгнуть договор"})
    assert not _refused(policy, card)


_KEY_PARTS = st.sampled_from(["end_date", "closed_at", "terminated_at", "terminationDate", "date_closed",
                              "дата_расторжения", "ContractEnd", "expires_at"])
_PLACES = st.sampled_from(["contract", "Contract", "договор", "agreement", ""])


@settings(max_examples=60, deadline=None)
@given(place=_PLACES, key=_KEY_PARTS, years_ago=st.integers(min_value=6, max_value=40),
       status=st.sampled_from(["active", "suspended"]))
def test_five_year_rule_an_end_over_five_years_ago_under_any_contract_key_refuses(policy, place, key, years_ago,
                                                                                  status):
    card = copy.deepcopy(CARD)
    card["contract"]["status"] = status
    end = f"{TODAY.year - years_ago}-03-01"
    if place:
        card.setdefault(place, {})[key] = end
    else:
        card[key] = end
    assert _refused(policy, card)


@settings(max_examples=40, deadline=None)
@given(place=_PLACES, key=_KEY_PARTS, years_ago=st.integers(min_value=0, max_value=4))
def test_five_year_rule_an_end_under_five_years_ago_does_not_refuse(policy, place, key, years_ago):
    card = copy.deepcopy(CARD)
    end = f"{TODAY.year - years_ago}-03-01"
    if place:
        card.setdefault(place, {})[key] = end
    else:
        card[key] = end
    assert not _refused(policy, card)
