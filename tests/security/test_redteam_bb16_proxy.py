"""Red team bb16 (stop 41), the proxy's findings 23 and 24: a hidden card value given in pieces the text marks as
pieces — a surname's beginning and end, its first letters spelled, a number's middle digits, digits after a prefix,
half a passport — against the real proxy with a hostile CRM on loopback; and findings 02-03 (п. 8), the owner's
guessing budget as an oracle. The values are this file's own (a customer of Вологда), not the red team's scripts'.
"""
from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy.scrub import CardSecrets
from security.conftest import get, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79215507314"
SURNAME = "Кругловский"
SERIES, NUMBER = "1906", "384152"
CONTACT = "79602741835"


def _card(msisdn: str = MSISDN, **changes: Any) -> dict[str, Any]:
    facts = {"owner__last_name": SURNAME, "owner__first_name": "Глеб", "owner__middle_name": "Остапович",
             "owner__gender": "male",
             "owner__passport": {"series": SERIES, "number": NUMBER, "issued_by": "ОВД г. Вологды",
                                 "issued_at": "2004-05-11"},
             "owner__birth_date": "1968-11-23", "contact": {"phone": CONTACT, "person": "Круглова Ия Петровна",
                                                             "email": None},
             "de": {"first_name": "Глеб", "middle_name": "Остапович"}}
    return card(msisdn, **{**facts, **changes})


def _comments(*texts: str) -> list[dict[str, str]]:
    return [{"at": f"2026-11-0{i + 1}T12:00:00", "author": "op3051", "text": text} for i, text in enumerate(texts)]


def _shown(attack, *texts: str, identify: bool = False) -> str:
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        if identify:
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "full_name": f"{SURNAME} Глеб Остапович", "caller_gender": "male"}) as resp:
                assert (await resp.json())["matched"]
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}",
                                    headers={"X-Guard-Call": call_id})
        assert status == 200, body
        return json.loads(body)

    shown = attack(scenario, crm=crm_with({}, {MSISDN: _card(comments=_comments(*texts))}))
    return " | ".join(comment["text"] for comment in shown["comments"])


# --- 23: the surname in pieces ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "pieces"), [
    pytest.param(["фамилия с «Кругл», в конце «овский»"], ["Кругл", "овский"], id="head-and-tail-in-one-comment"),
    pytest.param(["фамилия с Кругл", "в конце овский"], ["Кругл", "овский"], id="head-and-tail-in-two-comments"),
    pytest.param(["Круг", "ловский"], ["Круг", "ловский"], id="halves-down-the-column"),
    pytest.param(["звать: Круг..."], ["Круг"], id="head-cut-off"),
    pytest.param(["фамилия, по буквам: К-Р-У-Г"], ["К-Р-У-Г"], id="head-spelled"),
])
def test_item1_a_hidden_surname_given_in_pieces_is_masked_in_every_piece(attack, texts, pieces):
    shown = _shown(attack, *texts)
    for piece in pieces:
        assert piece not in shown, shown


def test_item1_ordinary_words_beside_a_hidden_surname_stay(attack):
    shown = _shown(attack, "клиент просил перезвонить после обеда", "круглосуточная поддержка не помогла")
    assert "перезвонить после обеда" in shown and "поддержка не помогла" in shown


# --- 24: a hidden number in pieces ------------------------------------------------------------------------------

def test_item6_the_middle_of_the_own_number_is_masked_for_an_identified_caller(attack):
    """An identified caller's operator may see the number's last 4 (п. 6), and no other digit of it."""
    shown = _shown(attack, f"основной номер, середина {MSISDN[4:7]}", identify=True)
    # the number's middle found by the card-aware scrubbing hides the comments' texts alike (red team bb22, f01)
    assert MSISDN[4:7] not in shown, shown


@pytest.mark.parametrize("texts", [
    pytest.param(["паспорт: первая половина 384"], id="half-of-the-number"),
    pytest.param(["паспорт, номер начинается на триста восемьдесят четыре"], id="half-said-in-words"),
    pytest.param([f"контакт: восемь девятьсот {CONTACT[3:5]}, потом {CONTACT[5:8]}", f"и {CONTACT[-3:]}"],
                 id="contact-phone-after-its-prefix-over-two-comments"),
])
def test_items2_4_digits_of_a_hidden_number_given_as_its_piece_are_masked(attack, texts):
    shown = _shown(attack, *texts)
    assert "384" not in shown and CONTACT[5:8] not in shown, shown


def test_items2_4_numbers_that_are_no_pieces_stay(attack):
    """A sum, a request's number: no piece of the card's numbers, whatever digits they share."""
    shown = _shown(attack, "оплата 384 руб по номеру", "заявка номер 741 закрыта")
    assert "384 руб" in shown and "741" in shown, shown


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(3, len(SURNAME) - 3))
def test_item1_a_hidden_word_cut_anywhere_into_two_comments_is_masked_in_both(cut):
    """Property: however the surname is cut in two, the column of comments shows neither half."""
    secrets = CardSecrets.from_values([SURNAME])
    head, tail = SURNAME[:cut], SURNAME[cut:]
    scrubbed, _ = secrets.scrub_json({"comments": [{"text": head}, {"text": tail}]})
    assert [comment["text"] for comment in scrubbed["comments"]] == ["***", "***"]


# --- 02, 03: the owner's budget tells nothing of which numbers share an owner (п. 8) -----------------------------

SECOND, STRANGER = "79215507399", "79215507400"
TIGHT = {"guess_limit_identify_per_number": 3, "guess_limit_identify_per_operator": 50}


def test_item8_a_right_name_on_the_owners_other_number_is_answered_as_on_a_strangers(attack):
    """Wrong names on one number, then the right name on another number of the same owner and of a stranger: both are
    matched (a refusal told that the numbers are one customer's, and locked the owner out), and the metrics show no
    owner scope (bb16, 02)."""
    stranger = _card(STRANGER, owner__last_name="Ясенский", owner__passport={"series": "1907", "number": "100200"},
                     owner__birth_date="1975-01-02")
    cards = {MSISDN: _card(), SECOND: _card(SECOND), STRANGER: stranger}

    async def identify(client, url, msisdn, operator, name):
        call_id = await open_call(client, url, msisdn, operator=operator)
        async with client.post(f"{url}/v1/calls/{call_id}/identify", json={
                "method": "primary", "full_name": name, "caller_gender": "male"}) as resp:
            return resp.status, await resp.json(content_type=None)

    async def scenario(stack, client):
        for i in range(6):
            await identify(client, stack.guard_url, MSISDN, f"op{i}", f"Неверный Глеб {i}")
        same = await identify(client, stack.guard_url, SECOND, "op10", f"{SURNAME} Глеб Остапович")
        other = await identify(client, stack.guard_url, STRANGER, "op11", "Ясенский Глеб Остапович")
        status, _, metrics = await get(client, f"{stack.guard_url}/metrics")
        return same, other, metrics

    same, other, metrics = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    assert same == other == (200, {"identification": "primary", "matched": True})
    assert 'scope="owner"' not in metrics
