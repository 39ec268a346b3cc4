"""The proxy's client to the CRM (guard/proxy/upstream.py): bodies asked for uncompressed, a compressing CRM still read
and filtered, connections kept alive between requests."""
from __future__ import annotations

import asyncio
import gzip
import json

import aiohttp
from aiohttp import web

from tests.conftest import SAMPLE_CARD, guard_stack


def _crm(seen: list[dict], *, compress: bool) -> web.Application:
    async def card(request: web.Request) -> web.Response:
        seen.append({"encoding": request.headers.get("Accept-Encoding"), "peer": request.transport.get_extra_info("peername")})
        body = json.dumps(SAMPLE_CARD, ensure_ascii=False).encode("utf-8")
        if compress:  # a CRM that compresses whatever it was asked for
            return web.Response(body=gzip.compress(body), content_type="application/json",
                                headers={"Content-Encoding": "gzip"})
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}", card)
    return app


def _fetch_twice(tmp_path, engine, policy, *, compress: bool) -> tuple[list[dict], list[tuple[int, str]]]:
    seen: list[dict] = []

    async def scenario() -> list[tuple[int, str]]:
        answers = []
        async with guard_stack(tmp_path, engine, policy, upstream_app=_crm(seen, compress=compress)) as stack:
            async with aiohttp.ClientSession() as client:
                for _ in range(2):
                    async with client.get(f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}",
                                          headers={"Accept-Encoding": "gzip, br"}) as resp:
                        answers.append((resp.status, await resp.text()))
        return answers

    return seen, asyncio.run(scenario())


def test_the_crm_is_asked_for_uncompressed_bodies_over_one_kept_alive_connection(tmp_path, engine, policy):
    seen, answers = _fetch_twice(tmp_path, engine, policy, compress=False)
    assert [status for status, _ in answers] == [200, 200]
    assert [request["encoding"] for request in seen] == ["identity", "identity"]
    assert seen[0]["peer"] == seen[1]["peer"]  # the same connection (same client port) served both


def test_a_crm_that_compresses_anyway_is_decompressed_and_filtered(tmp_path, engine, policy):
    _, answers = _fetch_twice(tmp_path, engine, policy, compress=True)
    status, text = answers[0]
    assert status == 200
    card = json.loads(text)
    assert card["owner"]["last_name"] != SAMPLE_CARD["owner"]["last_name"]
    assert SAMPLE_CARD["owner"]["last_name"] not in text and SAMPLE_CARD["owner"]["passport"]["number"] not in text
