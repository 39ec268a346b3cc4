"""Red-team round bb24, f03: every shape a CRM records a contract's state in is one reading of the 5-year rule.

A contract whose `status` still says "active" while its record says it ended another way — a state object, a period's
end, an event list, a live flag saying no, a note in words — contradicts itself, and the stricter reading holds: no
owner data (guard/policy/termination.py, `_stated_by`). In this repository's own phrasings and values; the proxy's
test goes through the real proxy and a hostile CRM on loopback.
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
MSISDN = "79160000024"
CARD = {
    "msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male",
              "birth_date": "1971-02-03", "passport": {"series": "4505", "number": "678901", "issued_at": "2001-05-04"}},
    "de": {"first_name": "Олег", "middle_name": "Ильич"},
    "contract": {"number": "5550024", "status": "active", "terminated_at": None, "signed_at": "2004-02-02"},
    "numbers": [{"msisdn": MSISDN, "tariff": "Мой безлимит"}],
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _refused(policy, card_: dict) -> bool:
    ctx = CallContext(today=TODAY, identification=IdentificationLevel.PRIMARY, caller_gender="male")
    return policy.apply(card_, ctx).refused


def _with_contract(**members) -> dict:
    out = copy.deepcopy(CARD)
    out["contract"].update(copy.deepcopy(members))
    return out


ENDED_OVER_FIVE_YEARS_AGO = {
    # a state object: its words say closed, its dates say since when
    "state-object": {"state": {"code": "T", "title": "Закрыт", "from": "2016-03-03"}},
    "status-object-english": {"status_info": {"value": "cancelled", "changed": "2016-03-03"}},
    "state-object-undated": {"condition": {"state": {"name": "Прекращён"}}},
    # a period: its end
    "period-mapping": {"validity": {"from": "2004-02-02", "to": "2016-03-03"}},
    "period-interval-string": {"validity": "2004-02-02/2016-03-03"},
    "period-in-words": {"срок": "с 02.02.2004 по 03.03.2016"},
    "dates-list": {"milestones": ["2004-02-02", "2016-03-03"]},
    # an event list
    "event-list": {"lifecycle": [{"event": "signed", "on": "2004-02-02"}, {"event": "closed", "on": "2016-03-03"}]},
    "event-list-russian": {"события": [{"тип": "расторжение", "дата": "2016-03-03"}]},
    # a live flag that does not say yes
    "flag-N-and-date": {"is_active": "N", "deactivated": "2016-03-03"},
    "flag-false": {"isValid": False},
    "flag-russian": {"действует": "нет"},
    # a note in words
    "note-russian": {"remark": "закрыт по заявлению абонента 03.03.2016"},
    "note-english": {"description": "cancelled 2016-03-03 at the customer's request"},
    "note-undated": {"примечание": "Расторгнут"},
}


@pytest.mark.parametrize("members", ENDED_OVER_FIVE_YEARS_AGO.values(), ids=ENDED_OVER_FIVE_YEARS_AGO.keys())
def test_a_contract_record_saying_it_ended_in_any_shape_refuses_the_card_despite_status_active(policy, members):
    assert _refused(policy, _with_contract(**members))


@pytest.mark.parametrize("where", ["history", "statusHistory", "events"])
def test_a_termination_event_in_the_cards_own_history_refuses_the_card(policy, where):
    out = copy.deepcopy(CARD)
    out[where] = [{"event": "tariff_changed", "date": "2012-01-01"}, {"event": "contract_terminated", "date": "2016-03-03"}]
    assert _refused(policy, out)


def test_a_note_in_words_on_the_cards_top_level_saying_the_contract_closed_refuses_the_card(policy):
    out = copy.deepcopy(CARD)
    out["system_note"] = "Договор закрыт 03.03.2016 по инициативе абонента"
    assert _refused(policy, out)


def test_a_period_written_as_a_nested_list_of_dates_gives_its_end(policy):
    assert _refused(policy, _with_contract(validity=[["2004-02-02", "2016-03-03"]]))


def test_the_calls_own_number_with_a_closed_state_object_refuses_the_card(policy):
    out = copy.deepcopy(CARD)
    out["numbers"][0]["state"] = {"name": "terminated", "since": "2016-03-03"}
    assert _refused(policy, out)


STILL_LIVE = {
    "no-extra-record": {},
    "flag-true": {"active": True},
    "flag-yes-string": {"is_active": "Y"},
    "signed-event": {"events": [{"type": "signed", "date": "2004-02-02"}]},
    "payments": {"payments": [{"date": "2012-01-01", "amount": 500}]},
    "period-open": {"validity": {"from": "2004-02-02"}},
    "a-request-not-a-closing": {"remark": "абонент хотел расторгнуть договор, передумал"},
    "state-object-active": {"state": {"code": "A", "name": "Действует", "since": "2004-02-02"}},
    "state-object-active-dated": {"state": {"name": "Active", "date": "2004-02-02"}},
    "top-level-history-of-live-events": {},
}


@pytest.mark.parametrize("members", STILL_LIVE.values(), ids=STILL_LIVE.keys())
def test_a_live_contracts_records_in_these_shapes_state_no_end(policy, members):
    out = _with_contract(**members)
    out["history"] = [{"event": "tariff_changed", "date": "2012-01-01"}]
    assert not _refused(policy, out)


def test_a_closed_state_object_within_five_years_is_not_the_five_year_rule(policy):
    assert not _refused(policy, _with_contract(state={"name": "Расторгнут", "since": "2024-01-01"},
                                               status="terminated", terminated_at="2024-01-01"))


@settings(max_examples=25, deadline=None)
@given(shape=st.sampled_from(list(ENDED_OVER_FIVE_YEARS_AGO)),
       where=st.sampled_from(["contract", "numbers.contract", "accounts.договор"]))
def test_wherever_the_contract_record_sits_its_end_in_any_shape_refuses(policy, shape, where):
    members = copy.deepcopy(ENDED_OVER_FIVE_YEARS_AGO[shape])
    out = copy.deepcopy(CARD)
    record = {"number": "5550024", "status": "active", **members}
    if where == "contract":
        out["contract"].update(members)
    elif where == "numbers.contract":
        out["numbers"][0]["contract"] = record
    else:
        out["accounts"] = [{"id": "a1", "договор": record}]
    assert _refused(policy, out)


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

@pytest.mark.parametrize("members", [
    ENDED_OVER_FIVE_YEARS_AGO["state-object"], ENDED_OVER_FIVE_YEARS_AGO["period-mapping"],
    ENDED_OVER_FIVE_YEARS_AGO["event-list"], ENDED_OVER_FIVE_YEARS_AGO["flag-N-and-date"],
    ENDED_OVER_FIVE_YEARS_AGO["note-russian"],
], ids=["state-object", "period", "events", "flag", "note"])
def test_the_proxy_refuses_a_card_whose_contract_record_says_it_ended_over_five_years_ago(attack, members):
    msisdn = "79160002401"
    hostile = card(msisdn)
    hostile["numbers"].append({"msisdn": "79160002499", "tariff": "Для модема"})
    hostile["contract"] = {"number": "0123456789", "status": "active", "terminated_at": None, **copy.deepcopy(members)}
    owner = hostile["owner"]
    matched, headers, shown = identify_and_fetch(attack, msisdn, hostile)
    assert headers.get("X-Guard-Refused") == "true"
    assert not matched  # a refused card answers every name as a wrong one
    assert owner["first_name"] not in shown and "2499" not in shown and "Для модема" not in shown
