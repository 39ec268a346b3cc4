"""Attacks by the operator's request (issue 10): what a client sends never reaches a log, a response or the CRM
unfiltered, cannot stall the proxy or crash it, and a refused request leaves an audit record.

Also the attacks that already held before issue 10, kept here so they keep holding: content types, size limits,
path traversal, forged and expired tokens, another operator's call.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import aiohttp
from yarl import URL

from guard.disclosure.http import CHECKER
from security.conftest import TOKEN_KEY, bearer, get, open_call, shown_text, token
from security.hostile_crm import PLAIN, SEEN, create_hostile_crm, nested

NUMBERS = ["79161234567", "4505678901", "4505", "678901"]
TOKEN_AUTH = {"auth_mode": "token", "auth_key": TOKEN_KEY}


# --- item 9: nothing a client sends reaches a log or a response unfiltered ----------------------------------

def test_a_request_id_made_of_digits_is_neither_logged_nor_echoed_nor_forwarded(attack, captured_logs):
    crm = create_hostile_crm()

    async def scenario(stack, client):
        answers = []
        for request_id in ("79161234567-4505678901", "7916-123-45-67", "a7b9c1d6e1f2g3h4i5j6k7"):
            status, headers, _ = await get(client, f"{stack.guard_url}/crm/echo/x", headers={"X-Request-Id": request_id})
            answers.append((status, headers.get("X-Request-Id", "")))
        return answers

    answers = attack(scenario, crm=crm)
    logs = captured_logs.getvalue()
    forwarded = [seen["headers"].get("X-Request-Id", "") for seen in crm[SEEN]]
    for text in [logs] + [echoed for _, echoed in answers] + forwarded:
        assert "79161234567" not in text and "4505678901" not in text and "7916-123" not in text
        assert "a7b9c1d6" not in text
    assert all(status == 200 and len(echoed) >= 8 for status, echoed in answers)


def test_a_client_request_id_becomes_guards_own_stable_id_echoed_and_forwarded(attack):
    crm = create_hostile_crm()

    async def scenario(stack, client):
        url = f"{stack.guard_url}/crm/echo/x"
        return [await get(client, url, headers={"X-Request-Id": sent})
                for sent in ("req-abc-XYZ-42", "req-abc-XYZ-42", "req-other-1")]

    (_, first, _), (_, again, _), (_, other, _) = attack(scenario, crm=crm)
    # Never the client's text (letters and dashes spell a name as well as a token), but the same client id gives
    # the same guard id: a client can still find its request in guard's logs and the CRM's.
    assert first["X-Request-Id"] != "req-abc-XYZ-42" and first["X-Request-Id"] == again["X-Request-Id"]
    assert other["X-Request-Id"] != first["X-Request-Id"]
    assert crm[SEEN][0]["headers"]["X-Request-Id"] == first["X-Request-Id"]


async def _raw(url: str, payload: bytes) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(payload)
    await writer.drain()
    answer = await reader.read(65536)
    writer.close()
    return answer


def test_a_malformed_request_line_or_header_is_answered_without_echo_or_traceback(attack, captured_logs):
    attempts = [
        "GET /crm/api/customers/79161234567 Иванов 4505678901 HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: 79161234567\x00Ivanov 4505678901\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Ivanov 79161234567: 4505678901\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 79161234567-4505678901\r\n\r\n",
    ]

    async def scenario(stack, client):
        answers = [await _raw(stack.guard_url, attempt) for attempt in attempts]
        status, _, _ = await get(client, f"{stack.guard_url}/healthz")
        return answers, status

    answers, still = attack(scenario)
    logs = captured_logs.getvalue()
    assert still == 200
    for answer in answers:
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.split(b"\r\n")[0].split(b" ")[1] == b"400"
        assert json.loads(body) == {"error": "malformed HTTP request"}
    for text in [logs] + [answer.decode("utf-8", "replace") for answer in answers]:
        assert "79161234567" not in text and "4505678901" not in text and "Ivanov" not in text and "Иванов" not in text
        assert "Traceback" not in text


# --- item 10: the operator's credentials stay here; writes need a setting -----------------------------------

def test_the_operators_credentials_are_not_forwarded_to_the_crm(attack):
    crm = create_hostile_crm()

    async def scenario(stack, client):
        headers = {**bearer("op1021"), "Cookie": "session=op1021-secret", "X-Operator-Id": "op1021",
                   "X-Operator-Roles": "audit", "X-Forwarded-For": "10.0.0.1", "Accept": "application/json"}
        return await get(client, f"{stack.guard_url}/crm/echo/x", headers=headers)

    status, _, _ = attack(scenario, crm=crm, **TOKEN_AUTH)
    assert status == 200
    forwarded = {name.lower() for name in crm[SEEN][0]["headers"]}
    assert not forwarded & {"authorization", "cookie", "x-operator-id", "x-operator-roles", "x-forwarded-for"}
    assert "accept" in forwarded


def test_only_get_and_head_pass_crm_unless_a_setting_allows_more(attack):
    crm = create_hostile_crm()

    async def scenario(stack, client):
        statuses = {}
        for method in ("POST", "PUT", "DELETE", "PATCH", "TRACE"):
            async with client.request(method, f"{stack.guard_url}/crm/echo/x", data=b'{"note": "x"}') as resp:
                statuses[method] = (resp.status, await resp.text())
        async with client.head(f"{stack.guard_url}/crm/echo/x") as resp:
            statuses["HEAD"] = (resp.status, "")
        return statuses, stack.audit()

    statuses, audit = attack(scenario, crm=crm)
    assert all(status == 405 for method, (status, _) in statuses.items() if method != "HEAD")
    assert statuses["HEAD"][0] == 200
    assert [seen["method"] for seen in crm[SEEN]] == ["HEAD"]
    assert sum(1 for record in audit if record["kind"] == "denied" and record["status"] == 405) == 5

    allowed = create_hostile_crm()
    statuses, _ = attack(scenario, crm=allowed, crm_methods=["GET", "HEAD", "POST"])
    assert statuses["POST"][0] == 200 and statuses["PUT"][0] == 405
    assert [seen["method"] for seen in allowed[SEEN]] == ["POST", "HEAD"]


# --- item 11: /v1/check bounded in size and time, off the event loop ----------------------------------------

def test_a_check_body_over_its_size_limit_is_413_before_any_check(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/check", json={"text": "авария " * 20_000}) as resp:
            return resp.status, await resp.json()

    status, body = attack(scenario)
    assert status == 413 and "at most" in body["error"]


class _BlockingChecker:
    """A check that runs until released: if it ran on the event loop, /healthz could not answer meanwhile."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def check(self, *args: Any) -> Any:
        self.started.set()
        self.release.wait(30)
        raise AssertionError("released after its budget: the answer was already 503")


def test_a_slow_check_runs_off_the_event_loop_healthz_answers_and_the_check_fails_closed(attack):
    checker = _BlockingChecker()

    def install(app):
        app[CHECKER] = checker

    async def scenario(stack, client):
        check = asyncio.create_task(client.post(f"{stack.guard_url}/v1/check", json={"text": "Пётр Сергеевич"}))
        while not checker.started.is_set():
            await asyncio.sleep(0.01)
        health, _, _ = await get(client, f"{stack.guard_url}/healthz", timeout=aiohttp.ClientTimeout(total=20))
        answered_while_checking = not checker.release.is_set()
        resp = await check
        body = await resp.json()
        checker.release.set()
        return health, answered_while_checking, resp.status, body

    health, answered_while_checking, status, body = attack(scenario, tweak=install, check_budget_s=0.5)
    assert health == 200 and answered_while_checking
    assert status == 503 and "time budget" in body["error"] and "verdict" not in body


# --- item 12: deeply nested request bodies ------------------------------------------------------------------

def test_a_request_body_nested_thousands_deep_is_400_on_every_route(attack, captured_logs):
    async def scenario(stack, client):
        answers = {}
        for path in ("/v1/check", "/v1/calls", "/v1/redact", "/v1/calls/call-xxxxxxxxxxxxxxxx/identify"):
            async with client.post(stack.guard_url + path, data=nested(100_000),
                                   headers={"Content-Type": "application/json"}) as resp:
                answers[path] = (resp.status, await resp.json())
        return answers

    answers = attack(scenario, check_max_bytes=1_000_000)
    for status, body in answers.values():
        assert status == 400 and "nests deeper" in body["error"]
    assert '"level":"error"' not in captured_logs.getvalue()


# --- item 13: refused requests are audited ------------------------------------------------------------------

def test_denied_requests_are_audited_without_values(attack):
    async def scenario(stack, client):
        await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                  headers={"Authorization": "Bearer 79161234567.Иванов"})
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"], headers=bearer("op1021"))
        await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                  headers={**bearer("op2000"), "X-Guard-Call": call_id})
        async with client.get(f"{stack.guard_url}/v1/audit", headers=bearer("op1021")) as resp:
            assert resp.status == 403
        return stack.audit()

    audit = attack(scenario, **TOKEN_AUTH)
    denied = [record for record in audit if record["kind"] == "denied"]
    assert [record["status"] for record in denied] == [401, 403, 403]
    assert denied[1]["operator_id"] == "op2000" and denied[1]["route"] == "GET /crm/api/customers/*"
    text = json.dumps(audit, ensure_ascii=False)
    assert "79161234567" not in text and "Иванов" not in text


# --- attacks that already held ------------------------------------------------------------------------------

def test_content_types_other_than_json_and_text_are_blocked(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/html")

    status, _, body = attack(scenario)
    assert status == 502 and "content type" in json.loads(body)["error"] and "Иванов" not in body


def test_size_limits_hold_for_the_request_and_the_crm_answer(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": "а" * 5000}) as resp:
            request_status = resp.status
        response_status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}")
        return request_status, response_status, body

    request_status, response_status, body = attack(scenario, max_request_bytes=1000, max_response_bytes=500)
    assert request_status == 413
    assert response_status == 502 and "size limit" in json.loads(body)["error"] and "Иванов" not in body


def test_path_traversal_out_of_the_crm_base_is_refused(attack):
    crm = create_hostile_crm()

    async def scenario(stack, client):
        answers = []
        for path in ("/crm/api/../echo/x", "/crm/api/%2e%2e/echo/x", "/crm/./echo/x", "/crm/api/%2E%2E/%2e%2e/echo/x",
                     "/crm/..%2fecho/x"):
            # encoded=True: sent exactly as written (the client would otherwise resolve the dot segments itself)
            async with client.get(URL(stack.guard_url + path, encoded=True), allow_redirects=False) as resp:
                answers.append(resp.status)
        return answers

    answers = attack(scenario, crm=crm)
    assert all(status in (400, 404) for status in answers)
    assert crm[SEEN] == []


def test_forged_and_expired_tokens_are_401(attack):
    async def scenario(stack, client):
        forged = token("op1021", key="another-key-" + "x" * 40)
        expired = token("op1021", ttl_s=60, now=time.time() - 3600)
        answers = []
        for value in (forged, expired, "not-a-token", ""):
            status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                                        headers={"Authorization": f"Bearer {value}"})
            answers.append((status, body))
        return answers

    for status, body in attack(scenario, **TOKEN_AUTH):
        assert status == 401 and "Иванов" not in body and "678901" not in body


def test_another_operators_call_is_403_everywhere(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"], headers=bearer("op1021"))
        other = bearer("op2000")
        statuses = []
        status, _, _ = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                                 headers={**other, "X-Guard-Call": call_id})
        statuses.append(status)
        for path, body in ((f"/v1/calls/{call_id}/identify", {"method": "primary", "full_name": "Иванов Пётр",
                                                                "caller_gender": "male"}),
                           (f"/v1/calls/{call_id}/confirm", {"field": "email", "value": "petr.ivanov@mail.ru"}),
                           ("/v1/check", {"text": "ваш паспорт 4505 678901", "call_id": call_id})):
            async with client.post(stack.guard_url + path, json=body, headers=other) as resp:
                statuses.append(resp.status)
        return statuses

    assert attack(scenario, **TOKEN_AUTH) == [403, 403, 403, 403]


def test_error_bodies_quote_nothing_the_client_sent(attack):
    async def scenario(stack, client):
        bodies = []
        for path, body in (("/v1/calls", {"msisdn": "8916 Иванов 1234567", "operator_id": "op1021"}),
                           ("/v1/check", {"text": 79161234567}),
                           ("/v1/redact", b'{"text": "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2 79161234567')):
            kwargs = {"data": body} if isinstance(body, bytes) else {"json": body}
            async with client.post(stack.guard_url + path, **kwargs) as resp:
                bodies.append((resp.status, await resp.text()))
        return bodies

    for status, body in attack(scenario):
        assert status == 400
        assert all(piece not in shown_text(body) for piece in NUMBERS + ["Иванов", "1234567"])


def test_presidios_own_loggers_write_nothing_a_client_sent():
    import io
    import logging

    from guard.presidio.http import silence_presidio_logs

    silence_presidio_logs()
    stream = io.StringIO()
    root = logging.getLogger()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    try:
        for name in ("presidio-analyzer", "presidio-anonymizer", "decision_process"):
            logging.getLogger(name).critical("Entity Zhuravleva doesn't have the corresponding recognizer")
    finally:
        root.removeHandler(handler)
    assert stream.getvalue() == ""
