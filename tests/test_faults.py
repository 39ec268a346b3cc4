"""Faults the proxy must survive: each gives a clear error, leaks nothing, is counted in /metrics, and the very
next request is served normally. (Upstream down, slow, reset mid-body and malformed JSON are in
test_proxy_failures.py; these add the 50 MB bodies, a crashing detector and an unwritable audit store.)"""
from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
from aiohttp import web

from conftest import SAMPLE_CARD, guard_stack, leaks

FIFTY_MB = 50 * 1024 * 1024
CARD_URL = f"/crm/api/customers/{SAMPLE_CARD['msisdn']}"


async def _metrics(client: aiohttp.ClientSession, guard_url: str) -> str:
    async with client.get(f"{guard_url}/metrics") as resp:
        return await resp.text()


async def _served_without_leak(client: aiohttp.ClientSession, guard_url: str) -> dict[str, Any]:
    async with client.get(guard_url + CARD_URL) as resp:
        text = await resp.text()
        assert resp.status == 200 and leaks(SAMPLE_CARD, text) == []
        return json.loads(text)


def test_a_50_mb_request_body_is_413_and_the_next_request_is_served(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy) as stack, aiohttp.ClientSession() as client:
            body = json.dumps({"text": "Иванов 79161234567 " * (FIFTY_MB // 20)}).encode()
            async with client.post(f"{stack.guard_url}/v1/redact", data=body,
                                   headers={"Content-Type": "application/json"}) as resp:
                text = await resp.text()
                assert resp.status == 413 and "size limit" in json.loads(text)["error"]
                assert "79161234567" not in text
            await _served_without_leak(client, stack.guard_url)

    asyncio.run(scenario())


def test_a_50_mb_upstream_response_is_502_never_streamed_and_the_next_request_is_served(tmp_path, engine, policy):
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})  # chunked: no length up front
        await response.prepare(request)
        await response.write(b'{"comments": [{"text": "')
        chunk = ("Иванов Пётр 79161234567 " * 2000).encode()
        for _ in range(FIFTY_MB // len(chunk)):
            await response.write(chunk)
        await response.write(b'"}]}')
        return response

    async def card(request: web.Request) -> web.Response:
        return web.json_response(SAMPLE_CARD)

    app = web.Application()
    app.router.add_get("/huge", huge)
    app.router.add_get("/api/customers/{msisdn}", card)

    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, upstream_app=app) as stack, aiohttp.ClientSession() as client:
            async with client.get(f"{stack.guard_url}/crm/huge") as resp:
                text = await resp.text()
                assert resp.status == 502 and "size limit" in json.loads(text)["error"]
                assert "Иванов" not in text
            await _served_without_leak(client, stack.guard_url)
            assert 'guard_upstream_errors_total{kind="too_large"} 1' in await _metrics(client, stack.guard_url)

    asyncio.run(scenario())


class _CrashingOnceEngine:
    """Raises on the first text (as a model bug on odd input would), then works."""

    def __init__(self, engine: Any) -> None:
        self.engine, self.crashed = engine, False

    def redact(self, text: str) -> Any:
        if not self.crashed:
            self.crashed = True
            raise MemoryError(f"crashed on {text}")
        return self.engine.redact(text)


def test_a_crashing_detector_masks_free_text_is_counted_and_the_next_request_is_checked_normally(tmp_path, engine, policy):
    async def scenario() -> None:
        crashing = _CrashingOnceEngine(engine)
        async with guard_stack(tmp_path, crashing, policy, decision_cache_size=0) as stack:
            async with aiohttp.ClientSession() as client:
                card = await _served_without_leak(client, stack.guard_url)
                assert card["comments"][0]["text"] == "[скрыто]"  # fully masked, never passed through
                metrics = await _metrics(client, stack.guard_url)
                assert 'guard_fail_closed_total{reason="detection_error"} 1' in metrics
                assert 'guard_fail_closed_total{reason="free_text_masked"} 1' in metrics
                card = await _served_without_leak(client, stack.guard_url)
                assert card["comments"][0]["text"] != "[скрыто]"  # checked by the engine this time
                async with client.post(f"{stack.guard_url}/v1/redact", json={"text": "звоните 89161234567"}) as resp:
                    assert resp.status == 200 and "89161234567" not in await resp.text()

    asyncio.run(scenario())


def test_an_unwritable_audit_store_is_503_counted_and_serving_resumes_once_it_is_writable(tmp_path, engine, policy):
    audit_dir = tmp_path / "audit-not-yet"

    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, audit_path=str(audit_dir / "audit.sqlite3")) as stack:
            async with aiohttp.ClientSession() as client:
                async with client.get(stack.guard_url + CARD_URL) as resp:
                    text = await resp.text()
                    assert resp.status == 503 and "audit" in json.loads(text)["error"]
                    assert leaks(SAMPLE_CARD, text) == []
                async with client.get(f"{stack.guard_url}/readyz") as resp:
                    assert resp.status == 503  # taken out of the Service, not restarted: /healthz stays 200
                async with client.get(f"{stack.guard_url}/healthz") as resp:
                    assert resp.status == 200
                assert 'guard_fail_closed_total{reason="audit_unwritable"}' in await _metrics(client, stack.guard_url)
                audit_dir.mkdir()
                await _served_without_leak(client, stack.guard_url)
                async with client.get(f"{stack.guard_url}/readyz") as resp:
                    assert resp.status == 200

    asyncio.run(scenario())
