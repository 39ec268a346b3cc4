"""Red-team round bb25, f02: every record of a contract's state is one reading of the 5-year rule, wherever the card
keeps it.

`contract.status` says "active" while another record of the same card — the subscription, the account (лицевой
счёт), the customer, the subscriber ("абонент"), the owner's own record, a "meta" — or a Flash note says the contract
ended over five years ago: the card contradicts itself and the stricter reading holds — refused
(guard/policy/termination.py, `_state_records`). A list's items (services, payments) and another number's or
person's record (a contact) keep states of their own. The proxy's test goes through the real proxy and a hostile CRM
on loopback.
"""
from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
from security.contract_state import identify_and_fetch
from security.hostile_crm import card

TODAY = date(2026, 12, 6)
MSISDN = "79160000025"
CARD = {
    "msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male",
              "birth_date": "1971-02-03", "passport": {"series": "4505", "number": "678901", "issued_at": "2001-05-04"}},
    "de": {"first_name": "Олег", "middle_name": "Ильич"},
    "contract": {"number": "5550025", "status": "active", "terminated_at": None, "signed_at": "2004-02-02"},
    "contact": {"phone": "79031234567", "person": "Зимина Анна Олеговна"},
    "numbers": [{"msisdn": MSISDN, "tariff": "Мой безлимит"}],
    "flash_restrictions": [],
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _refused(policy, card_: dict) -> bool:
    ctx = CallContext(today=TODAY, identification=IdentificationLevel.PRIMARY, caller_gender="male")
    return policy.apply(card_, ctx).refused


ENDED = {"status": "terminated", "terminated_at": "2015-01-01"}
# Where a CRM keeps the state beside the contract record (the finding's 17 shapes, in this repository's spellings)
RECORD_KEYS = ["subscription", "account", "service", "sim", "billing_account", "customer", "profile", "subscriber",
               "abonent", "абонент", "лицевой_счет", "personalAccount", "client", "line", "mobile_line", "msisdn_info"]


@pytest.mark.parametrize("key", RECORD_KEYS)
def test_a_record_of_the_cards_own_saying_the_contract_ended_over_five_years_ago_refuses_despite_status_active(
        policy, key):
    out = copy.deepcopy(CARD)
    out[key] = dict(ENDED)
    assert _refused(policy, out)


@pytest.mark.parametrize("record", [
    {"состояние": "расторгнут", "дата": "2015-01-01"},
    {"state": "Расторгнут", "since": "2015-01-01"},
    {"status": "closed", "closed_at": "2015-01-01"},
    {"churn_date": "2015-01-01"},
    {"info": {"status": "terminated"}},  # nested a level deeper, undated: an end no one knows
], ids=["russian-state", "state-since", "closed-account", "churn-date", "nested-undated"])
def test_a_record_in_any_shape_beside_the_contract_states_its_end(policy, record):
    out = copy.deepcopy(CARD)
    out["meta"] = copy.deepcopy(record)
    assert _refused(policy, out)


@pytest.mark.parametrize("who", ["owner", "de"])
def test_the_owners_own_record_saying_terminated_refuses_the_card(policy, who):
    out = copy.deepcopy(CARD)
    out[who].update(ENDED)
    assert _refused(policy, out)


@pytest.mark.parametrize("note", ["договор расторгнут 01.01.2015", "Контракт закрыт 2015-01-01",
                                  {"text": "договор расторгнут 01.01.2015"}])
def test_a_flash_note_saying_the_contract_closed_over_five_years_ago_refuses_the_card(policy, note):
    out = copy.deepcopy(CARD)
    out["flash_restrictions"] = [note]
    assert _refused(policy, out)


def test_a_list_of_notes_on_a_record_is_read_as_notes(policy):
    out = copy.deepcopy(CARD)
    out["notes"] = ["перезвонить", "договор расторгнут 01.01.2015"]
    assert _refused(policy, out)


STILL_SHOWN = {
    "a-cancelled-service-in-a-list": {"services": [{"name": "Роуминг", "status": "cancelled",
                                                     "closed_at": "2015-01-01"}]},
    "a-closed-payment-in-a-list": {"payments": [{"status": "closed", "date": "2015-01-01"}]},
    "a-contact-of-another-number": {"contact": {"phone": "79031234567", "status": "terminated",
                                                "terminated_at": "2015-01-01"}},
    "a-live-subscription": {"subscription": {"status": "active", "since": "2004-02-02"}},
    "a-flash-ban-not-a-termination": {"flash_restrictions": ["no_contact_person"]},
    "an-account-closing-within-five-years": {"account": {"status": "closed", "closed_at": "2024-01-01"}},
}


@pytest.mark.parametrize("members", STILL_SHOWN.values(), ids=STILL_SHOWN.keys())
def test_records_that_are_not_the_contracts_state_or_within_five_years_do_not_refuse(policy, members):
    out = copy.deepcopy(CARD)
    out.update(copy.deepcopy(members))
    assert not _refused(policy, out)


@settings(max_examples=25, deadline=None)
@given(key=st.sampled_from(RECORD_KEYS), depth=st.integers(min_value=0, max_value=3),
       status=st.sampled_from(["terminated", "Расторгнут", "CLOSED", "закрыт"]))
def test_wherever_a_record_of_the_cards_own_sits_its_closed_state_refuses(policy, key, depth, status):
    out = copy.deepcopy(CARD)
    record: dict = {"status": status, "date_closed": "2015-01-01"}
    for level in range(depth):
        record = {f"level{level}": record}
    out[key] = record
    assert _refused(policy, out)


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

@pytest.mark.parametrize("mutate", [
    lambda c: c.update(subscription=dict(ENDED)),
    lambda c: c.update(account={"number": "123", "status": "closed", "closed_at": "2015-01-01"}),
    lambda c: c.update({"абонент": {"состояние": "расторгнут", "дата": "2015-01-01"}}),
    lambda c: c.update(flash_restrictions=["договор расторгнут 01.01.2015"]),
    lambda c: c["owner"].update(ENDED),
], ids=["subscription", "account", "abonent", "flash-note", "owner-status"])
def test_the_proxy_refuses_a_card_whose_other_record_says_the_contract_ended_over_five_years_ago(attack, mutate):
    msisdn = "79160002501"
    hostile = card(msisdn)
    hostile["numbers"].append({"msisdn": "79160002599", "tariff": "Для модема"})
    hostile["contract"] = {"number": "0123456789", "status": "active", "terminated_at": None}
    mutate(hostile)
    matched, headers, shown = identify_and_fetch(attack, msisdn, hostile)
    assert headers.get("X-Guard-Refused") == "true"
    assert not matched  # a refused card answers every name as a wrong one
    assert hostile["de"]["first_name"] not in shown and "2599" not in shown and "Для модема" not in shown
