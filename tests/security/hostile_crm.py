"""A deliberately malicious CRM for the security suite: every trick a CRM (or whoever controls one) can play on guard.

Cards are served at /api/customers/{msisdn} like the sample CRM (docs/interfaces.md §3), and each card also in the
forms a careless or hostile CRM sends it: labelled text/plain or text/html, with a UTF-8 BOM, with headers that
carry data, as a note in plain text, as a JSON list of its comments. `/echo/...` records what guard forwarded
(method, headers, body); `/deep` is a JSON document nested thousands deep.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from aiohttp import web

SEEN = web.AppKey("seen", list)

BASE: dict[str, Any] = {
    "msisdn": "79161234567", "city_number": "74951234567", "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич", "organization": None,
              "gender": "male", "birth_date": "1980-03-12",
              "passport": {"series": "4505", "number": "678901", "issued_by": "ОВД Тверского района г. Москвы",
                           "issued_at": "2005-04-01"}},
    "de": {"first_name": "Пётр", "middle_name": "Сергеевич"},
    "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
    "addresses": {"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None,
                  "billing": "г. Москва, ул. Тверская, д. 5, кв. 12", "delivery": "г. Москва, ул. Ленина, д. 1"},
    "email": "petr.ivanov@mail.ru",
    "contact": {"phone": "79031234567", "person": "Иванова Анна Петровна", "email": None},
    "flash_restrictions": [],
    "numbers": [{"msisdn": "79161234567", "tariff": "Мой безлимит"}],
    "call_details": [{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
                      "network": "МТС", "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 120}],
    "comments": [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": "Клиент просил перезвонить позже"}],
}


def card(msisdn: str, **changes: Any) -> dict[str, Any]:
    """BASE under another number, with top-level keys replaced (nested ones as 'owner__gender')."""
    out = copy.deepcopy(BASE)
    out["msisdn"] = msisdn
    out["numbers"] = [{"msisdn": msisdn, "tariff": "Мой безлимит"}]
    for key, value in changes.items():
        target = out
        *parents, leaf = key.split("__")
        for parent in parents:
            target = target[parent]
        target[leaf] = value
    return out


PLAIN = card("79161234567")
# Item 5: values used as keys — at the top, under a hidden section, a phone number under `contact`.
KEYS_AS_VALUES = card(
    "79160000005",
    addresses={"г. Москва, ул. Тверская, д. 5, кв. 12": "registration"},
    contact={"79031234567": "mobile", "person": None},
)
KEYS_AS_VALUES["Иванов паспорт 4505678901"] = "x"
# Item 6: call-detail "numbers" with a service number's digits in them.
CALL_DETAIL_TEXT = card("79160000006", call_details=[
    {"at": "2026-11-01T10:15:00", "direction": "out", "number": number, "kind": "mobile", "network": "МТС",
     "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 60}
    for number in ("Иванова Анна 112", "Мама 0611", "дом 5 кв 12")
])
# Item 7: terminated in 2021 (over 5 years before today), and terminated with no date.
TERMINATED_2021 = card("79160000007", contract={"number": "0777777777", "status": "terminated", "terminated_at": "2021-05-01"},
                       comments=[{"at": "2021-04-01T10:00:00", "author": "op7", "text": "Иванов просил перезвонить на 89161234567"}])
TERMINATED_UNDATED = card("79160000008", contract={"number": "0888888888", "status": "terminated", "terminated_at": None})
# Card-aware scrubbing: the contact phone and the passport issue date quoted in comments, the surname declined.
QUOTING = card(
    "79160000009",
    owner__last_name="Журавлёва", owner__first_name="Инна", owner__middle_name="Олеговна", owner__gender="female",
    owner__passport={"series": "4512", "number": "345678", "issued_by": "ОВД района Хамовники", "issued_at": "1999-12-21"},
    de={"first_name": "Инна", "middle_name": "Олеговна"},
    contact={"phone": "79857748893", "person": "Журавлёв Олег Петрович", "email": None},
    comments=[
        {"at": "2026-10-30T09:00:00", "author": "op1", "text": "Журавлёва Инна Олеговна 89857748893"},
        {"at": "2026-10-30T09:05:00", "author": "op2", "text": "паспорт выдан 21.12.1999, номер 45 12 345 678"},
        {"at": "2026-10-30T09:07:00", "author": "op2", "text": "дата рождения 12 марта 1980 года"},
        {"at": "2026-10-30T09:10:00", "author": "op3", "text": "звонила Журавлёвой, перезвонить на 8 (985) 774-88-93"},
        {"at": "2026-10-30T09:15:00", "author": "op4", "text": "контакт: восемь девятьсот восемьдесят пять семьсот "
                                                                "семьдесят четыре восемьдесят восемь девяносто три"},
    ],
)
CARDS = {c["msisdn"]: c for c in (PLAIN, KEYS_AS_VALUES, CALL_DETAIL_TEXT, TERMINATED_2021, TERMINATED_UNDATED, QUOTING)}


def nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def create_hostile_crm(cards: dict[str, dict[str, Any]] | None = None) -> web.Application:
    cards = cards if cards is not None else CARDS
    app = web.Application()
    app[SEEN] = []

    def find(request: web.Request) -> dict[str, Any]:
        found = cards.get(request.match_info["msisdn"])
        if found is None:
            raise web.HTTPNotFound(text='{"error": "no such customer"}', content_type="application/json")
        return found

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    async def as_json(request: web.Request) -> web.Response:
        return web.Response(text=dumps(find(request)), content_type="application/json")

    async def as_text(request: web.Request) -> web.Response:  # item 4
        return web.Response(text=dumps(find(request)), content_type="text/plain")

    async def as_html(request: web.Request) -> web.Response:  # item 4, with text/html allow-listed
        return web.Response(text=dumps(find(request)), content_type="text/html")

    async def html(request: web.Request) -> web.Response:  # a content type guard does not filter
        owner = find(request)["owner"]
        return web.Response(text=f"<p>{owner['last_name']} {owner['passport']['number']}</p>", content_type="text/html")

    async def broken_as_text(request: web.Request) -> web.Response:  # item 4: starts like JSON, does not parse
        return web.Response(text=dumps(find(request))[:-40], content_type="text/plain")

    async def prefixed_as_text(request: web.Request) -> web.Response:  # item 4: a card behind an XSSI prefix
        return web.Response(text=")]}'\n" + dumps(find(request)), content_type="text/plain")

    async def with_bom(request: web.Request) -> web.Response:  # item 13
        return web.Response(body=b"\xef\xbb\xbf" + dumps(find(request)).encode("utf-8"),
                            headers={"Content-Type": "application/json; charset=utf-8"})

    async def with_headers(request: web.Request) -> web.Response:  # item 13
        return web.Response(text=dumps(find(request)), content_type="application/json",
                            headers={"Retry-After": "79161234567", "Content-Language": "ru-4505678901, Ivanov"})

    async def with_good_headers(request: web.Request) -> web.Response:  # a busy CRM asking to come back later
        return web.Response(status=503, text=dumps(find(request)), content_type="application/json",
                            headers={"Retry-After": "120", "Content-Language": "ru-RU"})

    async def note(request: web.Request) -> web.Response:  # item 7: the text route
        lines = [f"{c['at']} {c['author']}: {c['text']}" for c in find(request).get("comments") or []]
        return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")

    async def comments(request: web.Request) -> web.Response:  # item 7: a JSON sub-resource
        return web.json_response({"comments": find(request).get("comments") or []})

    async def deep(request: web.Request) -> web.Response:  # item 12
        return web.Response(text=nested(5000), content_type="application/json")

    async def echo(request: web.Request) -> web.Response:  # item 10
        request.app[SEEN].append({"method": request.method, "headers": request.headers.copy(), "body": await request.text()})
        return web.json_response({"client_type": "individual"})

    app.router.add_get("/api/customers/{msisdn}", as_json)
    app.router.add_get("/api/customers/{msisdn}/as-text", as_text)
    app.router.add_get("/api/customers/{msisdn}/as-html", as_html)
    app.router.add_get("/api/customers/{msisdn}/html", html)
    app.router.add_get("/api/customers/{msisdn}/broken-as-text", broken_as_text)
    app.router.add_get("/api/customers/{msisdn}/prefixed-as-text", prefixed_as_text)
    app.router.add_get("/api/customers/{msisdn}/bom", with_bom)
    app.router.add_get("/api/customers/{msisdn}/headers", with_headers)
    app.router.add_get("/api/customers/{msisdn}/good-headers", with_good_headers)
    app.router.add_get("/api/customers/{msisdn}/note", note)
    app.router.add_get("/api/customers/{msisdn}/comments", comments)
    app.router.add_get("/deep", deep)
    app.router.add_route("*", "/echo/{tail:.*}", echo)
    return app
