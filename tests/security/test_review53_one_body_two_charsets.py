"""Review 53 (proxy): the proxy keeps what a card states between requests (its decisions, its card facts) by the body it
was read from. One body of bytes that are neither ASCII nor UTF-8 reads as two cards under two charset labels: a key
in Latin-1 is unknown, in cp1251 a look-alike of `payment_type` or `owner`. A hostile CRM sends the bytes under one
label before identification and the other after; the second reading must be decided as itself, never with the first
reading's facts — п. 6: no last 4 digits of a number the card also calls prepaid, of an owner the card doubts."""
from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from security.conftest import get, open_call, servers, shown_text

MSISDN, SECOND = "79160092501", "79168888925"
OWNER = {"last_name": "Зимин", "first_name": "Олег", "middle_name": "Ильич", "gender": "male"}
_BASE: dict[str, Any] = {"msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid", "owner": OWNER,
                         "de": {"first_name": "Олег", "middle_name": "Ильич"},
                         "contract": {"number": "5550925", "status": "active", "terminated_at": None}}
# the second number prepaid under a key whose first byte is Latin-1 'ð' and cp1251 'р' (`рayment_type`)
PAYMENT = (dict(_BASE, numbers=[{"msisdn": MSISDN, "tariff": "T"}, {"msisdn": SECOND, "tariff": "T", "@KEY@": "prepaid"}]),
           b"\xf0ayment_type")
# a second owner of the other gender under a key whose first byte is Latin-1 'î' and cp1251 'о' (`оwner`)
OWNER_DOUBT = (dict(_BASE, numbers=[{"msisdn": MSISDN, "tariff": "T"}, {"msisdn": SECOND, "tariff": "T"}],
                    **{"@KEY@": {"last_name": "Зимина", "first_name": "Ольга", "middle_name": "Ильинична",
                                 "gender": "female"}}),
               b"\xeewner")


def _crm(card: dict[str, Any], key: bytes, label: dict[str, str]) -> web.Application:
    body = json.dumps(card, ensure_ascii=False).encode("cp1251").replace(b"@KEY@", key)
    plain = {k: v for k, v in card.items() if k != "@KEY@"}
    plain["numbers"] = [{"msisdn": MSISDN, "tariff": "T"}, {"msisdn": SECOND, "tariff": "T"}]

    async def one_card(request: web.Request) -> web.Response:
        return web.Response(body=body, headers={"Content-Type": f"application/json; charset={label['charset']}"})

    async def call_card(request: web.Request) -> web.Response:  # the call's card, read by identification
        return web.json_response(plain)

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}", call_card)
    app.router.add_get("/api/customers/{msisdn}/full", one_card)
    return app


@pytest.mark.parametrize("card, key", [PAYMENT, OWNER_DOUBT], ids=["payment-kind", "owner"])
def test_item6_one_body_read_under_another_charset_is_decided_as_itself_not_with_the_first_readings_facts(
        attack, card, key):
    label = {"charset": "iso-8859-1"}

    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, MSISDN)
        url = f"{stack.guard_url}/crm/api/customers/{MSISDN}/full"
        await get(client, url, headers={"X-Guard-Call": call})
        label["charset"] = "cp1251"  # the same bytes, now labelled as the CRM's cp1251
        async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                               json={"method": "primary", "full_name": "Зимин Олег Ильич",
                                     "caller_gender": "male"}) as answer:
            matched = (await answer.json()).get("matched")
        status, _, body = await get(client, url, headers={"X-Guard-Call": call})
        return matched, status, body

    matched, status, body = attack(scenario, crm=_crm(card, key, label), auth_mode="none")
    assert matched is True and status == 200
    assert "8925" not in shown_text(body).replace(MSISDN, ""), "the second number's last 4 digits were shown"
