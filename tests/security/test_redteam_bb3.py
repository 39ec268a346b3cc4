"""The black-box red team's round bb3 against the CRM proxy (/work/rt/findings.md), each finding replayed as a real
request against the real proxy, with a CRM on loopback serving the planted card.

- 06: a hidden number written as a JSON decimal (`4505.678901`, `0.123456789`) in a field the policy shows: every
  scalar the CRM sends is scanned the same way whatever its JSON type;
- 01: a card the 5-year rule refuses, served at a path that names no customer, with its top-level msisdn dropped and
  its contract rewritten "active", while numbers[].msisdn still names the terminated customer;
- 12: mended, tested in test_redteam_bb3_rt3c.py;
- 02: a 4-5 digit piece of a hidden number with no cue in a comment (mended card-blind, see its tests).

A leak left open is a strict xfail whose reason starts with "LEAK".
"""
from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from aiohttp import web

from security.conftest import get
from security.hostile_crm import PLAIN, TERMINATED_2021, card
from security.test_redteam_s19 import PASSPORT_NUMBER, PASSPORT_SERIES, SURNAME, found_in
from security.test_redteam_s22 import _card_url, _serve
from security.test_redteam_s23 import _fetch_card

PASSPORT = PASSPORT_SERIES + PASSPORT_NUMBER
CONTRACT = PLAIN["contract"]["number"]
CONTACT_PHONE = PLAIN["contact"]["phone"]


# --- 06: hidden numbers as JSON decimals in shown fields --------------------------------------------------------

def _plant(planted: dict[str, Any], where: str, value: Any) -> None:
    if where == "duration":
        planted["call_details"][0]["duration_s"] = value
    elif where == "region":
        planted["call_details"][0]["region"] = value
    elif where == "tariff":
        planted["numbers"][0]["tariff"] = value
    elif where == "de_first_name":
        planted["de"]["first_name"] = value
    elif where == "flash":
        planted["flash_restrictions"] = [value]
    elif where == "author":
        planted["comments"][0]["author"] = value
    elif where == "terminated_at":
        planted["contract"]["terminated_at"] = value


_DECIMALS = [
    pytest.param(4505.678901, PASSPORT, id="passport-series-dot-number"),
    pytest.param(0.4505678901, PASSPORT, id="passport-after-zero-dot"),
    pytest.param(0.123456789, CONTRACT, id="contract-after-zero-dot"),
    pytest.param(float(CONTACT_PHONE[1:5] + "." + CONTACT_PHONE[5:]), CONTACT_PHONE[4:], id="contact-phone-dot"),
    pytest.param(4.505678901e-5, PASSPORT, id="passport-exponent"),
]
_FIELDS = ["duration", "region", "tariff", "de_first_name", "flash", "author", "terminated_at"]


def _digits(body: str) -> str:
    return "".join(ch for ch in body if ch.isdigit())


@pytest.mark.parametrize("where", _FIELDS)
@pytest.mark.parametrize(("value", "hidden"), _DECIMALS)
def test_a_hidden_number_written_as_a_json_decimal_is_masked_in_any_shown_field(attack, where, value, hidden):
    planted = card(PLAIN["msisdn"])
    _plant(planted, where, value)
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert repr(value) not in body and hidden not in _digits(body.replace(PLAIN["msisdn"], "")), body


@pytest.mark.parametrize("where", ["duration", "tariff", "de_first_name"])
def test_a_hidden_number_written_as_a_json_decimal_is_masked_in_a_sub_resource_of_the_customer(attack, where):
    """The red team's shape: the card served under a path below the customer's, so the customer's card is fetched
    and its hidden values scrubbed from the answer."""
    planted = card(PLAIN["msisdn"])
    _plant(planted, where, 4505.678901)

    async def sub(request: web.Request) -> web.Response:
        return web.Response(text=json.dumps(planted, ensure_ascii=False), content_type="application/json")

    async def scenario(stack, client):
        return await get(client, _card_url(stack) + "/history")

    status, _, body = attack(scenario, crm=_serve(PLAIN, routes={f"/api/customers/{PLAIN['msisdn']}/history": sub}))
    assert status == 200
    assert "678901" not in body, body


def test_a_json_decimal_that_holds_no_hidden_number_is_shown_as_it_is(attack):
    planted = card(PLAIN["msisdn"])
    planted["call_details"][0]["duration_s"] = 95.5
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert json.loads(body)["call_details"][0]["duration_s"] == 95.5, body


# --- 01: a refused card served at a path naming nobody, its status rewritten -----------------------------------

def _status_lie(terminated: dict[str, Any], *, drop_numbers: bool = False) -> dict[str, Any]:
    lied = copy.deepcopy(terminated)
    lied.pop("msisdn")
    lied["contract"] = {"number": terminated["contract"]["number"], "status": "active", "terminated_at": None}
    if drop_numbers:
        lied["numbers"] = []
    return lied


def _served_at_profile(attack, body: dict[str, Any], *cards: dict[str, Any]) -> tuple[int, Any, str]:
    async def profile(request: web.Request) -> web.Response:
        return web.Response(text=json.dumps(body, ensure_ascii=False), content_type="application/json")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/profiles/9")

    return attack(scenario, crm=_serve(*cards, routes={"/api/profiles/9": profile}))


def test_a_refused_card_at_a_path_naming_nobody_is_refused_when_its_numbers_name_the_terminated_customer(attack):
    status, headers, body = _served_at_profile(attack, _status_lie(TERMINATED_2021), TERMINATED_2021)
    assert headers.get("X-Guard-Refused") == "true", body
    assert found_in([SURNAME, "Пётр", "Сергеевич", PASSPORT_NUMBER], body) == [], body


def test_a_card_whose_numbers_name_the_terminated_customer_is_refused_even_beside_an_active_number(attack):
    """One terminated number among the body's numbers is enough: the body's own status is not trusted."""
    lied = _status_lie(TERMINATED_2021)
    lied["numbers"] = [{"msisdn": PLAIN["msisdn"], "tariff": "Мой безлимит"}] + lied["numbers"]
    status, headers, body = _served_at_profile(attack, lied, TERMINATED_2021, PLAIN)
    assert headers.get("X-Guard-Refused") == "true", body
    assert found_in(["Пётр", "Сергеевич"], body) == [], body


def test_a_card_that_names_no_customer_anywhere_is_withheld(attack):
    """A card (an `owner`) with no number guard can look up — neither in the path, nor at the top, nor in its
    numbers: whose card it is cannot be told, so neither can the 5-year rule. Fail closed: nothing of it is shown."""
    status, headers, body = _served_at_profile(attack, _status_lie(TERMINATED_2021, drop_numbers=True),
                                               TERMINATED_2021)
    assert found_in(["Пётр", "Сергеевич", SURNAME, PASSPORT_NUMBER], body) == [], body
    assert status >= 500 or headers.get("X-Guard-Refused") == "true", (status, body)


def test_an_active_card_at_a_path_naming_nobody_is_still_shown_by_the_policy(attack):
    """The guard of 01 must not refuse every card served under a CRM's own id: the active owner's card is decided
    by the policy as usual (its DE name shown, its passport hidden)."""
    body_card = copy.deepcopy(PLAIN)
    body_card.pop("msisdn")
    status, headers, body = _served_at_profile(attack, body_card, PLAIN)
    assert status == 200 and headers.get("X-Guard-Refused") == "false", body
    assert json.loads(body)["de"]["first_name"] == PLAIN["de"]["first_name"], body
    assert found_in([PASSPORT_NUMBER], body) == [], body


# --- 02: 4-5 digit pieces of a hidden number with no cue, in a comment ------------------------------------------
# Mended card-blind (guard/proxy/bare_numbers.py): every bare 4+ digit number is masked whatever card it is in, so a
# right and a wrong guess read alike (test_redteam_s22's guess test; test_redteam_bb3_rt29.py for the shapes kept).

@pytest.mark.parametrize("text", ["код 6789", "часть 8901", "сверка 67890",
                                  "контакт оканчивается на " + CONTACT_PHONE[-4:]])
def test_a_4_digit_piece_of_a_hidden_number_in_a_comment_is_masked(attack, text):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert text.split()[-1] not in json.loads(body)["comments"][0]["text"], body
