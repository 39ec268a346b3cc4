"""Who is calling: signed operator tokens or a trusted gateway's header; calls belong to the operator who opened them."""
from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import aiohttp
import pytest
from pydantic import ValidationError

from conftest import SAMPLE_CARD, guard_stack, leaks
from guard.config import Settings
from guard.proxy.auth import InvalidToken, issue_token, parse_ttl, verify_token

KEY = "test-key-" + "x" * 40
TOKEN_MODE = {"auth_mode": "token", "auth_key": KEY}


def _token(operator: str, *roles: str, ttl_s: float = 3600) -> str:
    return issue_token(KEY.encode(), operator, roles=roles, ttl_s=ttl_s)


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _json(client: aiohttp.ClientSession, method: str, url: str, **kwargs: Any) -> tuple[int, Any]:
    async with client.request(method, url, **kwargs) as resp:
        return resp.status, await resp.json(content_type=None)


def test_a_token_carries_operator_roles_and_expiry_and_verifies_only_with_its_key():
    identity = verify_token(KEY.encode(), _token("op1021", "audit"))
    assert identity.operator_id == "op1021" and identity.roles == {"audit"}
    with pytest.raises(InvalidToken, match="signature"):
        verify_token(b"another-key-" + b"y" * 40, _token("op1021"))
    with pytest.raises(InvalidToken, match="expired"):
        verify_token(KEY.encode(), issue_token(KEY.encode(), "op1021", ttl_s=60, now=1000.0))


def test_an_edited_token_payload_fails_the_signature():
    token = _token("op1021")
    payload, signature = token.split(".")
    forged = issue_token(KEY.encode(), "op9999", ttl_s=3600).split(".")[0]
    with pytest.raises(InvalidToken):
        verify_token(KEY.encode(), f"{forged}.{signature}")
    for garbage in ("not-a-token", "89161234567.Иванов", "a.b.c", "." * 10):
        with pytest.raises(InvalidToken):
            verify_token(KEY.encode(), garbage)


def test_ttl_is_written_with_a_unit():
    assert parse_ttl("8h") == 8 * 3600 and parse_ttl("30m") == 1800 and parse_ttl("90") == 90
    with pytest.raises(ValueError):
        parse_ttl("forever")


def test_token_mode_without_a_long_key_and_gateway_mode_without_trusted_proxies_do_not_start():
    with pytest.raises(ValidationError, match="auth_key"):
        Settings(auth_mode="token")
    with pytest.raises(ValidationError, match="auth_key"):
        Settings(auth_mode="token", auth_key="short")
    with pytest.raises(ValidationError, match="trusted_proxies"):
        Settings(auth_mode="gateway")


def test_the_key_can_come_from_a_mounted_file(tmp_path):
    key_file = tmp_path / "auth-key"
    key_file.write_text(KEY + "\n")
    assert Settings(auth_mode="token", auth_key_file=str(key_file)).auth_secret() == KEY.encode()


def test_no_identity_is_401_with_a_reason_and_probes_stay_open(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, **TOKEN_MODE) as stack, aiohttp.ClientSession() as client:
            for method, path in (("GET", f"/crm/api/customers/{SAMPLE_CARD['msisdn']}"), ("POST", "/v1/calls"),
                                 ("POST", "/v1/redact"), ("POST", "/v1/check")):
                status, body = await _json(client, method, stack.guard_url + path, json={})
                assert status == 401 and "Bearer" in body["error"]
                assert leaks(SAMPLE_CARD, str(body)) == []
            status, body = await _json(client, "POST", f"{stack.guard_url}/v1/redact", json={"text": "x"},
                                        headers=_auth(_token("op1021") + "x"))
            assert status == 401 and "signature" in body["error"]
            for path in ("/healthz", "/readyz"):
                status, _ = await _json(client, "GET", stack.guard_url + path)
                assert status == 200
            async with client.get(f"{stack.guard_url}/metrics") as resp:
                assert resp.status == 200 and 'guard_auth_rejections_total{status="401"}' in await resp.text()

    asyncio.run(scenario())


def test_a_call_belongs_to_the_operator_who_opened_it_another_gets_403(tmp_path, engine, policy):
    owner, other = _auth(_token("op1021")), _auth(_token("op2042"))

    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, **TOKEN_MODE) as stack, aiohttp.ClientSession() as client:
            url = stack.guard_url
            status, body = await _json(client, "POST", f"{url}/v1/calls", headers=owner,
                                        json={"msisdn": SAMPLE_CARD["msisdn"]})  # operator_id from the token
            assert status == 201
            call_id = body["call_id"]
            identify = {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}
            status, body = await _json(client, "POST", f"{url}/v1/calls/{call_id}/identify", headers=other, json=identify)
            assert status == 403 and "another operator" in body["error"]
            status, _ = await _json(client, "POST", f"{url}/v1/calls/{call_id}/confirm", headers=other,
                                     json={"field": "msisdn", "value": SAMPLE_CARD["msisdn"]})
            assert status == 403
            status, _ = await _json(client, "POST", f"{url}/v1/check", headers=other,
                                     json={"text": "Добрый день", "call_id": call_id})
            assert status == 403
            status, body = await _json(client, "POST", f"{url}/v1/calls/{call_id}/identify", headers=owner, json=identify)
            assert (status, body["identification"]) == (200, "primary")
            card_url = f"{url}/crm/api/customers/{SAMPLE_CARD['msisdn']}"
            status, _ = await _json(client, "GET", card_url, headers={**other, "X-Guard-Call": call_id})
            assert status == 403
            status, card = await _json(client, "GET", card_url, headers={**owner, "X-Guard-Call": call_id})
            assert status == 200 and card["msisdn"] == "*******4567"
            status, _ = await _json(client, "POST", f"{url}/v1/check", headers=owner,
                                     json={"text": "Добрый день", "call_id": call_id})
            assert status == 200

    asyncio.run(scenario())


def test_an_operator_id_in_the_body_that_disagrees_with_the_token_is_403(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, **TOKEN_MODE) as stack, aiohttp.ClientSession() as client:
            status, body = await _json(client, "POST", f"{stack.guard_url}/v1/calls", headers=_auth(_token("op1021")),
                                        json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op2042"})
            assert status == 403 and "operator_id" in body["error"]
            status, _ = await _json(client, "POST", f"{stack.guard_url}/v1/calls", headers=_auth(_token("op1021")),
                                     json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1021"})
            assert status == 201

    asyncio.run(scenario())


def test_audit_export_needs_the_audit_role(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, **TOKEN_MODE) as stack, aiohttp.ClientSession() as client:
            operator, auditor = _auth(_token("op1021")), _auth(_token("aud1", "audit"))
            await _json(client, "POST", f"{stack.guard_url}/v1/calls", headers=operator,
                        json={"msisdn": SAMPLE_CARD["msisdn"]})
            status, body = await _json(client, "GET", f"{stack.guard_url}/v1/audit", headers=operator)
            assert status == 403 and "audit" in body["error"]
            status, body = await _json(client, "GET", f"{stack.guard_url}/v1/audit?after=0&limit=10", headers=auditor)
            assert status == 200 and body["records"][0]["kind"] == "call"
            assert leaks(SAMPLE_CARD, str(body)) == []
            status, _ = await _json(client, "GET", f"{stack.guard_url}/v1/audit?limit=0", headers=auditor)
            assert status == 400

    asyncio.run(scenario())


def test_audit_export_is_refused_when_auth_is_off(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy) as stack, aiohttp.ClientSession() as client:
            status, body = await _json(client, "GET", f"{stack.guard_url}/v1/audit")
            assert status == 403 and "authentication" in body["error"]

    asyncio.run(scenario())


def test_gateway_identity_is_believed_only_from_a_trusted_address(tmp_path, engine, policy):
    async def scenario(trusted: list[str]) -> int:
        async with guard_stack(tmp_path, engine, policy, auth_mode="gateway", trusted_proxies=trusted) as stack:
            async with aiohttp.ClientSession() as client:
                status, _ = await _json(client, "POST", f"{stack.guard_url}/v1/calls",
                                         headers={"X-Operator-Id": "op1021"}, json={"msisdn": SAMPLE_CARD["msisdn"]})
                missing, body = await _json(client, "POST", f"{stack.guard_url}/v1/calls",
                                             json={"msisdn": SAMPLE_CARD["msisdn"]})
                assert missing == 401 and body["error"]
                return status

    assert asyncio.run(scenario(["127.0.0.0/8"])) == 201
    assert asyncio.run(scenario(["10.0.0.1"])) == 401


def test_guard_token_issue_prints_a_token_that_verifies(tmp_path):
    result = subprocess.run([sys.executable, "-m", "guard", "token", "issue", "--operator", "op1021", "--role", "audit",
                             "--ttl", "1h"], capture_output=True, text=True, env={"GUARD_AUTH_KEY": KEY, "PATH": ""},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    identity = verify_token(KEY.encode(), result.stdout.strip())
    assert identity.operator_id == "op1021" and identity.roles == {"audit"}
