"""Logs are JSON lines with request, call and operator ids, route templates and statuses — never values."""
from __future__ import annotations

import asyncio
import io
import json
import logging

import aiohttp

from conftest import SAMPLE_CARD, guard_stack
from guard.logs import CALL_ID, configure_logging, safe_id


def test_ids_that_are_not_ours_are_logged_as_invalid():
    assert safe_id("call-" + "a" * 22, CALL_ID) == "call-" + "a" * 22
    assert safe_id("79161234567", CALL_ID) == "invalid"
    assert safe_id("call-79161234567xxxxxxx", CALL_ID) == "invalid"
    assert safe_id(None, CALL_ID) is None


def test_every_request_is_one_json_line_with_its_ids_and_a_request_id_header(tmp_path, engine, policy):
    stream = io.StringIO()
    configure_logging("INFO", stream)

    async def scenario() -> tuple[str, str]:
        async with guard_stack(tmp_path, engine, policy) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1021"}) as resp:
                call_id = (await resp.json())["call_id"]
            async with client.get(f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}",
                                  headers={"X-Guard-Call": call_id, "X-Request-Id": "req-abcdef12"}) as resp:
                ours = resp.headers["X-Request-Id"]  # guard's own id for the client's, never the client's text
                assert ours != "req-abcdef12" and len(ours) == 24
            async with client.get(f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}",
                                  headers={"X-Guard-Call": "79161234567"}) as resp:
                assert resp.status == 404 and len(resp.headers["X-Request-Id"]) == 24
            return call_id, ours, stream.getvalue()

    try:
        call_id, ours, output = asyncio.run(scenario())
    finally:
        logging.getLogger("guard").handlers.clear()
        logging.getLogger("guard").setLevel(logging.NOTSET)
    lines = [json.loads(line) for line in output.splitlines()]
    card_line = next(line for line in lines if line.get("request_id") == ours)
    assert card_line["call_id"] == call_id and card_line["route"] == "/crm/{path}" and card_line["status"] == 200
    assert {"at", "level", "message", "method", "duration_ms"} <= set(card_line)
    # A call id guard did not find is logged as "unknown", never as sent.
    assert lines[-1]["call_id"] == "unknown" and lines[-1]["status"] == 404
    assert "79161234567" not in output and "Иванов" not in output and "req-abcdef12" not in output


def test_ids_guard_makes_are_never_refused_by_its_own_log_filter():
    # a 5-digit run makes an id "invalid" in the logs (it could be a smuggled phone number); guard's own
    # call ids and request ids must never look like that, or their log lines lose the id (found in CI)
    from guard.logs import CALL_ID, REQUEST_ID, random_token, safe_id
    from guard.sessions import new_call_id

    for _ in range(5000):
        call_id, request_id = new_call_id(), random_token(12)
        assert safe_id(call_id, CALL_ID) == call_id
        assert safe_id(request_id, REQUEST_ID) == request_id and len(request_id) == 24  # 12 bytes, two letters each


def test_ids_guard_makes_never_read_as_personal_data():
    # The no-PII check runs the detector over every log line. Mixed-case URL-safe ids ("Kf-l-KvnE", "WNAM...") read
    # as names about once in a thousand; lowercase base32 ("gt32vowfunt6maxz6kmq") as an IBAN whose key checks once
    # in ~3,000 and "pin7z54..." as a PIN: each failed CI. guard's ids are consonants only, no digit, no vowel.
    from guard.engine import default_redactor
    from guard.logs import random_token, request_id_for
    from guard.sessions import new_call_id

    detector = default_redactor()
    ids = [random_token(12) for _ in range(300)] + [new_call_id() for _ in range(100)]
    ids += [request_id_for(f"req-{n}") for n in range(100)]
    assert not any(ch.isdigit() or ch in "aeiouy" for token in ids for ch in token.removeprefix("call-"))
    assert [token for token in ids if detector.analyze(f'"request_id":"{token}"')] == []
    # the shapes that failed before are read as personal data by the same detector: the check can fail
    assert detector.analyze('"request_id":"gt32vowfunt6maxz6kmq"') and detector.analyze('"request_id":"pin7z54lywu4mng3xmdq"')


def test_a_client_request_id_maps_to_one_stable_id_that_is_not_the_client_text():
    from guard.logs import REQUEST_ID, request_id_for

    for client in ("req-12345678", "Zhuravleva-Inna-Olegovna", "79161234567", "абв"):
        ours = request_id_for(client)
        assert ours == request_id_for(client) and ours != request_id_for(client + "x")
        assert REQUEST_ID.match(ours) and client.lower() not in ours and not any(ch.isdigit() for ch in ours)
