"""No personal data in anything guard writes for its operators: logs, metrics, error bodies, audit rows.

An integration run — cards with personal data through the proxy (no call, wrong names, a lock, the right name,
confirmations), /v1/redact and /v1/check with personal data, bad bodies that quote personal data, an upstream that
answers unparseable JSON full of it, an operator's token — with every log record captured. Then all of it is
scanned twice: with guard's own detector (`default_redactor().analyze`, zero findings expected) and for every
hidden value of the served card, and every personal value the requests sent, verbatim.
"""
from __future__ import annotations

import re

import asyncio
import io
import json
import logging
from typing import Any

import aiohttp
from aiohttp import web

from conftest import SAMPLE_CARD, guard_stack, secret_values
from guard.audit import AuditLog
from guard.crm import create_crm_app
from guard.engine import default_redactor
from guard.logs import configure_logging
from guard.proxy.auth import issue_token

KEY = "no-pii-test-key-" + "z" * 32
TYPED_BY_OPERATORS = ["Петров Иван Сергеевич", "Сидорова Мария", "4505 678902", "1980-03-13", "79161234568",
                      "Перезвоните Иванову Петру на 89161234567, паспорт 4505 678901, г. Москва, ул. Тверская, д. 5",
                      "petr.ivanov@mail.ru"]


def _upstream() -> web.Application:
    app = create_crm_app({SAMPLE_CARD["msisdn"]: SAMPLE_CARD})

    async def broken(request: web.Request) -> web.Response:
        return web.Response(text='{"owner": {"last_name": "Иванов", "phone": "89161234567"', content_type="application/json")

    async def card_as_text(request: web.Request) -> web.Response:  # issue 10, item 4
        return web.Response(text=json.dumps(SAMPLE_CARD, ensure_ascii=False), content_type="text/plain")

    async def data_in_headers(request: web.Request) -> web.Response:  # issue 10, item 13
        return web.json_response(SAMPLE_CARD, headers={"Retry-After": "89161234567", "Content-Language": "ru-4505678901"})

    app.router.add_get("/api/broken", broken)
    app.router.add_get("/api/as-text", card_as_text)
    app.router.add_get("/api/headers", data_in_headers)
    return app


async def _raw_request(stack_url: str, payload: bytes) -> str:
    host, port = stack_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(payload)
    await writer.drain()
    answer = await reader.read(65536)
    writer.close()
    return answer.decode("utf-8", "replace")


async def _exchange(stack_url: str, collected: list[str]) -> None:
    token = issue_token(KEY.encode(), "op1021", ttl_s=600)
    auth = {"Authorization": f"Bearer {token}"}

    async with aiohttp.ClientSession() as client:
        async def call(method: str, path: str, **kwargs: Any) -> tuple[int, str]:
            kwargs["headers"] = {**auth, **kwargs.get("headers", {})}
            async with client.request(method, stack_url + path, **kwargs) as resp:
                text = await resp.text()
                if resp.status >= 400:
                    collected.append(text)  # every error body is scanned
                return resp.status, text

        card = f"/crm/api/customers/{SAMPLE_CARD['msisdn']}"
        await call("GET", card)
        _, text = await call("POST", "/v1/calls", json={"msisdn": SAMPLE_CARD["msisdn"]})
        call_id = json.loads(text)["call_id"]
        for name in TYPED_BY_OPERATORS[:2]:
            await call("POST", f"/v1/calls/{call_id}/identify",
                       json={"method": "primary", "full_name": name, "caller_gender": "male"})
        await call("POST", f"/v1/calls/{call_id}/identify",
                   json={"method": "alternative", "passport": "4505 678902", "birth_date": "1980-03-13", "caller_gender": "male"})
        await call("POST", f"/v1/calls/{call_id}/confirm", json={"field": "msisdn", "value": "79161234568"})
        await call("GET", card, headers={"X-Guard-Call": call_id})
        _, text = await call("POST", "/v1/calls", json={"msisdn": SAMPLE_CARD["msisdn"]})
        good = json.loads(text)["call_id"]
        await call("POST", f"/v1/calls/{good}/identify",
                   json={"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"})
        await call("POST", f"/v1/calls/{good}/confirm", json={"field": "email", "value": "petr.ivanov@mail.ru"})
        await call("GET", card, headers={"X-Guard-Call": good})
        await call("GET", f"{card}/note", headers={"X-Guard-Call": good})
        await call("POST", "/v1/redact", json={"text": TYPED_BY_OPERATORS[5]})
        await call("POST", "/v1/check", json={"id": 1, "text": "Ваш паспорт 4505 678901, Пётр Сергеевич", "call_id": good})
        # Guessing across calls (issue 10, items 1-3): the call's own number confirmed, checks naming data,
        # wrong names on fresh calls until the number is locked out — the 429 bodies are scanned like any error.
        await call("POST", f"/v1/calls/{good}/confirm", json={"field": "msisdn", "value": "+7 916 123-45-67"})
        await call("POST", "/v1/check", json={"id": 2, "text": "Ваша фамилия Иванов? Почта petr.ivanov@mail.ru", "call_id": good})
        for _ in range(5):
            _, text = await call("POST", "/v1/calls", json={"msisdn": SAMPLE_CARD["msisdn"]})
            fresh = json.loads(text)["call_id"]
            await call("POST", f"/v1/calls/{fresh}/identify",
                       json={"method": "primary", "full_name": TYPED_BY_OPERATORS[1], "caller_gender": "female"})
        status, _ = await call("POST", f"/v1/calls/{fresh}/identify",
                               json={"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"})
        assert status == 429
        # Bad input that quotes personal data, and an upstream answering unparseable JSON full of it.
        await call("POST", "/v1/calls", json={"msisdn": "8916 Иванов 1234567", "operator_id": "op1021"})
        await call("POST", f"/v1/calls/{good}/identify", json={"method": "primary", "caller_gender": "Иванов 89161234567"})
        await call("POST", "/v1/redact", data=b'{"text": "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2 89161234567')
        await call("GET", card, headers={"X-Guard-Call": "89161234567 Иванов"})
        await call("GET", "/crm/api/broken")
        await call("GET", card, headers={"Authorization": "Bearer 89161234567.Иванов"})
        await call("GET", f"/nowhere/{SAMPLE_CARD['msisdn']}")
        # Issue 10: the new paths — ids, headers and bodies crafted to carry data, writes, nesting, broken requests.
        await call("GET", card, headers={"X-Request-Id": "89161234567-4505678901"})
        await call("GET", "/crm/api/as-text")
        async with client.get(f"{stack_url}/crm/api/headers", headers=auth) as resp:
            collected.append(" ".join(f"{name}: {value}" for name, value in resp.headers.items()))
        await call("POST", card, data=json.dumps({"owner": {"last_name": "Иванов"}}).encode())
        await call("POST", "/v1/check", data=b'{"text": "89161234567", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}")
        await call("POST", "/v1/check", json={"text": "Иванов 89161234567 " * 5000})
        collected.append(await _raw_request(stack_url, "GET /crm/89161234567 Иванов HTTP/1.1\r\n\r\n".encode()))
        collected.append(await _raw_request(stack_url, b"GET /healthz HTTP/1.1\r\nX-A: 89161234567\x00\r\n\r\n"))
        async with client.get(f"{stack_url}/metrics") as resp:
            collected.append(await resp.text())


def test_logs_metrics_errors_and_audit_rows_hold_no_personal_data(tmp_path, engine, policy):
    stream = io.StringIO()
    configure_logging("DEBUG", stream)
    everything = logging.StreamHandler(stream)  # aiohttp's and any library's records too
    logging.getLogger().addHandler(everything)
    root_level = logging.getLogger().level
    logging.getLogger().setLevel(logging.INFO)  # third-party DEBUG (memory addresses, timings) is not a production level
    collected: list[str] = []

    async def scenario() -> None:
        # a budget no loaded machine misses: what is logged of a request over its budget is the budget tests'
        # (tests/test_proxy_failures.py); here every exchange runs to its end
        async with guard_stack(tmp_path, engine, policy, upstream_app=_upstream(),
                               auth_mode="token", auth_key=KEY, detection_budget_s=120.0, check_budget_s=120.0,
                               request_timeout_s=300.0) as stack:
            await _exchange(stack.guard_url, collected)

    try:
        asyncio.run(scenario())
    finally:
        logging.getLogger().removeHandler(everything)
        logging.getLogger().setLevel(root_level)
        logging.getLogger("guard").handlers.clear()
        logging.getLogger("guard").setLevel(logging.NOTSET)
    log = AuditLog(tmp_path / "audit.sqlite3")
    try:
        audit_rows = [json.dumps(record, ensure_ascii=False) for record in log.since(0, 10_000)]
    finally:
        log.close()
    logs = stream.getvalue()
    assert logs.count('"message":"request"') >= 20 and len(audit_rows) >= 10  # the run was observed
    assert '"level":"error"' not in logs  # every bad input above has its own 4xx; none may end as a 500

    texts = logs.splitlines() + collected + audit_rows
    findings = [(text[e.start:e.end], e.type, text[:120]) for text in texts for e in default_redactor().analyze(text)
                if not _fraction_digits(text, e.start, e.end)]
    assert findings == []
    values = secret_values(SAMPLE_CARD) | set(TYPED_BY_OPERATORS) | {"Иванов", "89161234567"}
    verbatim = [(value, text[:120]) for text in texts for value in values if _contains(text, value)]
    assert verbatim == []


def _fraction_digits(text: str, start: int, end: int) -> bool:
    """The digits after the point of a decimal number, or the whole decimal (a latency sum in /metrics,
    "0.23473480400025437"): a recognizer may find a Luhn-valid run or a 20-digit account there by chance; it is a
    measurement, not a value anyone sent."""
    if re.fullmatch(r"\d+\.\d+", text[start:end]):
        return True  # the whole decimal, read past its point as one long number (the separator reading, s28-bbnum)
    return text[start:end].isdigit() and start > 0 and text[start - 1] == "." and text[start - 2:start - 1].isdigit()


def _contains(text: str, value: str) -> bool:
    """`value` in `text`; a number only as a whole number, not as digits inside another one (a passport
    series "4505" inside a latency sum "0.45051" of the metrics is not that series)."""
    if not value.isdigit():
        return value in text
    return re.search(rf"(?<![\d.]){value}(?![\d.])", text) is not None
