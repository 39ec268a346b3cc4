"""Red-team round bb25, f09: п. 6 holds per number — a number of the contract the card itself marks prepaid makes
the contract's payment kind one the card does not settle, and no number's last 4 digits open.

The card's `payment_type` is "postpaid"; its entry for a second number says `payment_type: "prepaid"` ("предоплата",
`paymentType: "PREPAID"`). The card contradicts itself: the stricter reading (guard/policy/conditions.py,
`_disagrees`, under any spelling of the key). Through the policy and through the real proxy with a hostile CRM.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.policy import IdentificationLevel, default_policy_path, load_policy
from security.conftest import get, open_call, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79160000925"
SECOND = "79168888925"
CARD = {
    "msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male"},
    "de": {"first_name": "Олег", "middle_name": "Ильич"},
    "contract": {"number": "5550925", "status": "active", "terminated_at": None},
    "numbers": [{"msisdn": MSISDN, "tariff": "Мой безлимит"}, {"msisdn": SECOND, "tariff": "Мой безлимит"}],
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _shown(policy, card_: dict) -> str:
    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    return str(policy.apply(copy.deepcopy(card_), state, redact_text=lambda t: "***").card)


def _with_second(**members) -> dict:
    out = copy.deepcopy(CARD)
    out["numbers"][1].update(members)
    return out


def test_a_postpaid_card_with_no_number_saying_otherwise_shows_the_second_numbers_last_4(policy):
    assert SECOND[-4:] in _shown(policy, CARD)
    assert SECOND[-4:] in _shown(policy, _with_second(payment_type="postpaid"))
    assert SECOND[-4:] in _shown(policy, _with_second(paymentType="POSTPAID"))


@pytest.mark.parametrize("members", [
    {"payment_type": "prepaid"}, {"payment_type": "предоплата"}, {"paymentType": "PREPAID"},
    {"Payment-Type": "Prepaid"}, {"PAYMENT_TYPE": "advance"},
], ids=["prepaid", "russian", "camel-case", "dashed-key", "unknown-kind"])
def test_item6_a_second_number_the_card_marks_otherwise_than_postpaid_shows_no_last_4_digits(policy, members):
    shown = _shown(policy, _with_second(**members))
    assert SECOND[-4:] not in shown and MSISDN[-4:] not in shown


@settings(max_examples=25, deadline=None)
@given(key=st.sampled_from(["payment_type", "paymentType", "PaymentType", "payment-type", "PAYMENT_TYPE"]),
       value=st.sampled_from(["prepaid", "Prepaid", "PREPAID", "предоплата", "аванс", "pre-paid"]),
       where=st.integers(min_value=0, max_value=1))
def test_wherever_a_number_of_the_contract_says_prepaid_no_last_4_open(policy, key, value, where):
    out = copy.deepcopy(CARD)
    out["numbers"][where][key] = value
    shown = _shown(policy, out)
    assert SECOND[-4:] not in shown


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

@pytest.mark.parametrize("extra", [{"payment_type": "prepaid"}, {"payment_type": "предоплата"},
                                   {"paymentType": "PREPAID"}], ids=["prepaid", "russian", "camel-case"])
def test_the_proxy_shows_no_last_4_of_a_number_the_card_marks_prepaid(attack, extra):
    msisdn = "79160092501"
    hostile = card(msisdn)
    hostile["numbers"].append({"msisdn": "79168888888", "tariff": "Мой безлимит", **extra})
    owner = hostile["owner"]
    full_name = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"

    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, msisdn)
        async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                               json={"method": "primary", "full_name": full_name,
                                     "caller_gender": owner["gender"]}) as r:
            matched = (await r.json()).get("matched")
        return matched, await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                  headers={"X-Guard-Call": call})

    matched, (status, headers, body) = attack(scenario, crm=crm_with({}, {msisdn: hostile}), auth_mode="none")
    assert matched and status == 200
    assert "8888" not in shown_text(body)
