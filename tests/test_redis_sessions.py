"""Call sessions in Redis: shared by every proxy process, with a TTL, and guess counters that cannot be raced.

The tests start a real `redis-server` on a free loopback port (Debian package `redis-server`), with no
persistence; they are skipped, saying so, only when the binary is not installed.
"""
from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from conftest import SAMPLE_CARD, SAMPLE_CARDS, free_port, guard_stack
from guard.sessions import (
    CallSession,
    RedisSessionStore,
    SessionStoreUnavailable,
    new_call_id,
    record_identification,
)

pytest.importorskip("redis", reason="the redis package is part of the test extra: pip install -e '.[test]'")


def _session(**changes: Any) -> CallSession:
    return CallSession(call_id=new_call_id(), msisdn="79161234567", operator_id="op1021", created_at=time.time(), **changes)


def _fail(session: CallSession):
    return record_identification(session, method="primary", matched=False, identified_by=None,
                                 caller_gender="male", max_attempts=3)


def test_a_session_written_by_one_store_is_read_by_another_with_a_ttl(redis_url):
    async def scenario() -> None:
        one, two = RedisSessionStore(redis_url, ttl_s=600), RedisSessionStore(redis_url, ttl_s=600)
        try:
            session = _session(confirmed=frozenset({"msisdn"}))
            await one.create(session)
            assert await two.get(session.call_id) == session
            ttl = await two._redis.ttl(two._key(session.call_id))
            assert 0 < ttl <= 600
            await two.update(_fail(session).session)
            assert (await one.get(session.call_id)).identify_failures == 1
            assert await one.get("call-unknown") is None
        finally:
            await one.close()
            await two.close()

    asyncio.run(scenario())


def test_parallel_guesses_from_two_processes_are_all_counted_and_none_passes_the_lock(redis_url):
    """Ten wrong guesses at once through two stores: every one counted, the call locked — no fourth free guess."""
    async def scenario() -> None:
        one, two = RedisSessionStore(redis_url, ttl_s=600), RedisSessionStore(redis_url, ttl_s=600)
        try:
            session = _session()
            await one.create(session)
            outcomes = await asyncio.gather(*(store.transact(session.call_id, _fail) for store in [one, two] * 5))
            stored = await one.get(session.call_id)
            assert stored.identification_locked and stored.identify_failures == 3
            assert [o.session.identify_failures for o in outcomes].count(3) == 8  # 1, 2, then locked at 3 (7 no-ops)
            late_right_name = await two.transact(session.call_id, lambda s: record_identification(
                s, method="primary", matched=True, identified_by="full_name", caller_gender="male", max_attempts=3))
            assert late_right_name.session.identification == "none" and not late_right_name.matched
        finally:
            await one.close()
            await two.close()

    asyncio.run(scenario())


def test_an_expired_session_is_gone(redis_url):
    async def scenario() -> None:
        store = RedisSessionStore(redis_url, ttl_s=600)
        try:
            old = _session()
            old = CallSession(**{**old.__dict__, "created_at": time.time() - 601})
            await store.create(old)
            assert await store.get(old.call_id) is None
            assert await store.transact(old.call_id, _fail) is None
        finally:
            await store.close()

    asyncio.run(scenario())


def test_an_unreachable_store_is_503_with_a_reason_never_a_guessed_session(tmp_path, engine, policy):
    async def scenario() -> None:
        url = f"redis://127.0.0.1:{free_port()}/0"
        async with guard_stack(tmp_path, engine, policy, session_store=url) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1021"}) as resp:
                assert resp.status == 503 and "session store" in (await resp.json())["error"]
            async with client.get(f"{stack.guard_url}/readyz") as resp:
                assert resp.status == 503 and (await resp.json())["checks"]["sessions"] is False
            async with client.get(f"{stack.guard_url}/metrics") as resp:
                assert 'guard_fail_closed_total{reason="session_store_unreachable"}' in await resp.text()

    with pytest.raises(SessionStoreUnavailable):
        asyncio.run(RedisSessionStore(f"redis://127.0.0.1:{free_port()}/0", ttl_s=1).create(_session()))
    asyncio.run(scenario())


# --- two `guard serve` processes sharing one Redis -----------------------------------------------------

def _post(url: str, body: dict[str, Any]) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _get_card(url: str, call_id: str) -> dict[str, Any]:
    request = urllib.request.Request(url, headers={"X-Guard-Call": call_id})
    with urllib.request.urlopen(request, timeout=30) as resp:
        return json.loads(resp.read())


def test_a_call_opened_through_one_proxy_process_is_identified_and_used_through_another(tmp_path: Path, redis_url):
    from test_proxy_subprocess import _start, _stop

    cards_file = tmp_path / "cards.json"
    cards_file.write_text(json.dumps(SAMPLE_CARDS, ensure_ascii=False), encoding="utf-8")
    crm, crm_url = _start("crm", "--data", str(cards_file), "--port", "0")
    procs = [crm]
    try:
        shared = {"GUARD_SESSION_STORE": redis_url}
        a, url_a = _start("serve", "--upstream", crm_url, "--port", "0", "--audit-db", str(tmp_path / "a.sqlite3"), env=shared)
        procs.append(a)
        b, url_b = _start("serve", "--upstream", crm_url, "--port", "0", "--audit-db", str(tmp_path / "b.sqlite3"), env=shared)
        procs.append(b)
        msisdn = SAMPLE_CARD["msisdn"]
        status, body = _post(f"{url_a}/v1/calls", {"msisdn": msisdn, "operator_id": "op1021"})
        assert status == 201
        call_id = body["call_id"]
        status, body = _post(f"{url_b}/v1/calls/{call_id}/identify",
                             {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"})
        assert body == {"identification": "primary", "matched": True}
        assert _get_card(f"{url_a}/crm/api/customers/{msisdn}", call_id)["msisdn"] == "*******4567"

        # Guesses spread over both processes share one counter: the third wrong one locks the call everywhere.
        status, body = _post(f"{url_b}/v1/calls", {"msisdn": msisdn, "operator_id": "op1021"})
        guessed = body["call_id"]
        for url, name in ((url_a, "Петров Иван"), (url_b, "Сидоров Пётр"), (url_a, "Иванов Павел")):
            _post(f"{url}/v1/calls/{guessed}/identify", {"method": "primary", "full_name": name, "caller_gender": "male"})
        _, body = _post(f"{url_b}/v1/calls/{guessed}/identify",
                        {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"})
        assert body == {"identification": "none", "matched": False}
        assert _get_card(f"{url_a}/crm/api/customers/{msisdn}", guessed)["msisdn"] == "***"
    finally:
        for proc in reversed(procs):
            _stop(proc)
