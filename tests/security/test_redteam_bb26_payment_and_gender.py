"""Red-team round bb26, f03: every record of the card's payment kind and of the owner's gender is one reading.

A card whose `payment_type` is "postpaid" but which says "prepaid" again — under another spelling of the key at the top
level (`paymentType`, `PAYMENT_TYPE`), or in a record of its own (`contract`, `subscription`, `account`, `owner`) —,
or whose owner record gives a second, different gender (`owner.Gender`, `owner.sex`), contradicts itself on what
Инструкция запретов п. 6 hinges on. The stricter reading: no number's last 4 digits after the primary identification
(guard/policy/conditions.py `_disagrees` over termination.values_stated, the records the contract's end is read
from; guard/policy/owner.py `_states_twice`). Through the policy and through the real proxy with a hostile CRM.
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

MSISDN = "79160002603"
FEMALE = {"last_name": "Лисицына", "first_name": "Марина", "middle_name": "Олеговна", "gender": "female"}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _card(change=None) -> dict:
    out = card(MSISDN)
    out["owner"].update(FEMALE)
    if change is not None:
        change(out)
    return out


def _shows_last4(policy, card_: dict, gender: str = "female") -> bool:
    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender, identified_by="full_name")
    return MSISDN[-4:] in str(policy.apply(copy.deepcopy(card_), state, redact_text=lambda t: "***").card)


CONTRADICTIONS = {
    "top-level paymentType": lambda c: c.update(paymentType="prepaid"),
    "top-level PAYMENT_TYPE": lambda c: c.update(PAYMENT_TYPE="prepaid"),
    "top-level payment-type": lambda c: c.update(**{"payment-type": "prepaid"}),
    "contract record": lambda c: c["contract"].update(payment_type="prepaid"),
    "subscription record": lambda c: c.update(subscription={"payment_type": "prepaid"}),
    "account record": lambda c: c.update(account={"paymentType": "prepaid"}),
    "owner record": lambda c: c["owner"].update(payment_type="prepaid"),
    "account inside the contract": lambda c: c["contract"].update(account={"PaymentType": "предоплата"}),
    "owner's Gender": lambda c: c["owner"].update(Gender="male"),
    "owner's sex": lambda c: c["owner"].update(sex="male"),
    "another owner record's sex": lambda c: c.update(subscriber={"sex": "M"}),
}


def test_a_card_that_says_postpaid_and_female_once_shows_the_last_4_to_a_female_owner(policy):
    assert _shows_last4(policy, _card())
    # the same fact written twice alike is no contradiction
    assert _shows_last4(policy, _card(lambda c: c["contract"].update(payment_type="Postpaid")))
    assert _shows_last4(policy, _card(lambda c: c["owner"].update(sex="female", Gender="FEMALE")))
    assert _shows_last4(policy, _card(lambda c: c.update(account={"paymentType": "POSTPAID", "balance": 10})))


@pytest.mark.parametrize("contradiction", CONTRADICTIONS.values(), ids=CONTRADICTIONS.keys())
def test_item6_a_card_contradicting_its_payment_kind_or_the_owners_gender_shows_no_last_4(policy, contradiction):
    assert not _shows_last4(policy, _card(contradiction))


@settings(max_examples=40, deadline=None)
@given(key=st.sampled_from(["payment_type", "paymentType", "PaymentType", "payment-type", "PAYMENT_TYPE", "Payment Type"]),
       value=st.sampled_from(["prepaid", "Prepaid", "PREPAID", "предоплата", "advance", "pre-paid"]),
       record=st.sampled_from([None, "contract", "subscription", "account", "owner", "customer", "tariff_plan"]))
def test_wherever_the_cards_own_records_say_otherwise_than_postpaid_no_last_4_open(policy, key, value, record):
    def contradict(out: dict) -> None:
        target = out if record is None else out.setdefault(record, {})
        target[key] = value
    assert not _shows_last4(policy, _card(contradict))


@settings(max_examples=30, deadline=None)
@given(key=st.sampled_from(["gender", "Gender", "GENDER", "sex", "Sex", "SEX"]),
       value=st.sampled_from(["male", "Male", "M", "мужской", "unknown"]))
def test_an_owner_record_giving_a_second_gender_opens_no_last_4_to_a_woman(policy, key, value):
    def contradict(out: dict) -> None:
        out["owner"]["gender"] = "female"
        out["owner"][key if key != "gender" else "Gender "] = value
    assert not _shows_last4(policy, _card(contradict))


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

def test_the_proxy_shows_no_last_4_of_a_card_that_contradicts_its_kind_or_gender(attack):
    variants = {name: _card(change) for name, change in CONTRADICTIONS.items()}
    cards = {}
    for i, (name, hostile) in enumerate(variants.items()):
        msisdn = f"791600026{i:02d}"
        hostile = copy.deepcopy(hostile)
        hostile["msisdn"] = msisdn
        hostile["numbers"] = [{"msisdn": msisdn, "tariff": "Мой безлимит"}]
        cards[msisdn] = hostile
    control = f"791600026{len(cards):02d}"
    cards[control] = {**_card(), "msisdn": control, "numbers": [{"msisdn": control, "tariff": "Мой безлимит"}]}
    full_name = f"{FEMALE['last_name']} {FEMALE['first_name']} {FEMALE['middle_name']}"

    identified = {}

    async def scenario(stack, client):
        shown = {}
        for msisdn in cards:
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{msisdn[-4:]}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                                   json={"method": "primary", "full_name": full_name, "caller_gender": "female"}) as r:
                identified[msisdn] = (await r.json()).get("identification")
            status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                        headers={"X-Guard-Call": call})
            assert status == 200
            shown[msisdn] = shown_text(body)
        return shown

    shown = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    # the card's own owner record giving two genders is not identified at all since bb27 f06 (one reading of the
    # owner: the gender the name is compared in is in doubt); every other card is, and still shows no last 4
    in_doubt = {"owner's Gender", "owner's sex"}
    assert [identified[msisdn] for msisdn in cards] == [
        "none" if name in in_doubt else "primary" for name in [*variants, "control"]]
    assert control[-4:] in shown[control]  # the honest card still opens them
    leaked = [name for (msisdn, text), name in zip(shown.items(), variants) if msisdn[-4:] in text]
    assert leaked == []
