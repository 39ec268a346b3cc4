"""Red-team round bb19, f01: the CRM's own verdict on a guess never reaches the operator through /crm/.

A CRM that checks a value sent to it answers right and wrong differently without echoing it — 200 against 404, a
one-word "совпадает", a search page's count, a `Content-Language` — and the echo masking (round bb18) has nothing to
mask. So /crm/ forwards only a request that names nothing but ids: a customer number, a route's word, a number shorter
than any value (guard/proxy/echo.values_sent); a request whose path, query or body sends any other value is refused
with one answer (400), whatever it holds, and never reaches the CRM. The documented card routes keep working. Through
the real proxy with a CRM on loopback; in this repository's own phrasings.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest
from aiohttp import web
from hypothesis import assume, given, settings, strategies as st

from guard.proxy.echo import values_sent
from security.conftest import get, open_call
from security.hostile_crm import PLAIN
from security.test_redteam_s19 import crm_with

MSISDN = PLAIN["msisdn"]
SURNAME = PLAIN["owner"]["last_name"]
NUMBER = PLAIN["owner"]["passport"]["number"]
reached: list[str] = []


def _right(request: web.Request) -> bool:
    sent = request.path + " " + " ".join(request.query.values())
    return SURNAME.lower() in sent.lower() or NUMBER in sent


async def _status_verdict(request: web.Request) -> web.Response:
    reached.append(request.path_qs)
    return web.json_response({}, status=200 if _right(request) else 404)


async def _word_verdict(request: web.Request) -> web.Response:
    reached.append(request.path_qs)
    return web.Response(text="совпадает" if _right(request) else "не совпадает",
                        headers={"Content-Language": "ru" if _right(request) else "en"})


_CRM = {"/api/customers/{msisdn}/passport/{number}": _status_verdict, "/api/verify": _word_verdict,
        "/api/search": _word_verdict, "/api/customers/{msisdn}/check/{name}": _word_verdict}
# (right guess, wrong guess of the same shape) in the path, the query and a path under the card's own number
PAIRS = [
    (f"/crm/api/customers/{MSISDN}/passport/{NUMBER}", f"/crm/api/customers/{MSISDN}/passport/678911"),
    (f"/crm/api/verify?last_name={quote(SURNAME)}", f"/crm/api/verify?last_name={quote('Петров')}"),
    (f"/crm/api/search?q={quote(SURNAME)}", f"/crm/api/search?q={quote('Петров')}"),
    (f"/crm/api/customers/{MSISDN}/check/{quote(SURNAME)}", f"/crm/api/customers/{MSISDN}/check/{quote('Петров')}"),
]


@pytest.mark.parametrize("right,wrong", PAIRS)
def test_a_request_sending_a_value_gets_one_answer_whether_the_guess_is_right_or_wrong_and_never_reaches_the_crm(
        attack, right, wrong):
    reached.clear()

    async def scenario(stack, client):
        return [await get(client, stack.guard_url + url) for url in (right, wrong)]

    (status_r, headers_r, body_r), (status_w, headers_w, body_w) = attack(scenario, crm=crm_with(_CRM))
    assert (status_r, body_r, headers_r.get("Content-Language")) == (status_w, body_w, headers_w.get("Content-Language"))
    assert status_r == 400
    assert SURNAME not in body_r and NUMBER not in body_r
    assert reached == []


def test_the_documented_card_routes_and_a_crms_short_ids_are_still_forwarded(attack):
    async def note(request: web.Request) -> web.Response:
        return web.json_response({"note": "перезвонить", "page": request.query.get("page")})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        card = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}", headers={"X-Guard-Call": call_id})
        notes = await get(client, f"{stack.guard_url}/crm/api/notes/42?page=2")
        return card, notes

    (card_status, _, _), (notes_status, _, _) = attack(scenario, crm=crm_with({"/api/notes/{id}": note}))
    assert card_status == 200 and notes_status == 200


def _no_customer(value: str) -> bool:
    return value == MSISDN


_VALUES = st.one_of(st.text(alphabet="абвгдежзиклмнопрстАБВГДЕЖЗИКЛМ", min_size=1, max_size=12),
                    st.text(alphabet="0123456789", min_size=3, max_size=12),
                    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12),
                    st.text(alphabet="abcdefgh0123456789", min_size=4, max_size=12).filter(
                        lambda word: sum(ch.isdigit() for ch in word) >= 3))


@settings(max_examples=150, deadline=None)
@given(value=_VALUES, where=st.sampled_from(["path", "query", "body"]))
def test_any_value_that_is_not_an_id_is_refused_wherever_the_request_sends_it(value, where):
    assume(value != MSISDN)  # the customer's own number is an id the route names
    path = f"/api/customers/{MSISDN}/verify" + (f"/{quote(value)}" if where == "path" else "")
    query = [("value", value)] if where == "query" else []
    body = ('{"value": "%s"}' % value).encode() if where == "body" else b""
    assert values_sent(path, query, body, "application/json", _no_customer) == where


@pytest.mark.parametrize("path,query", [(f"/api/customers/{MSISDN}", []), ("/api/profiles/42", []),
                                        (f"/api/customers/{MSISDN}/comments", [("page", "2")]),
                                        ("/api/v2/interactions", [("customer", MSISDN), ("limit", "1")])])
def test_a_customer_number_a_routes_word_and_a_short_id_are_ids(path, query):
    assert values_sent(path, query, b"", "", _no_customer) is None
