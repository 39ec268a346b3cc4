"""Every answer of the proxy is marked `Cache-Control: no-store` — cards, errors, health — so filtered personal data
never lingers in a browser's or an intermediary's cache (set by the outermost middleware, guard/proxy/middlewares.py)."""
from __future__ import annotations

import asyncio

import aiohttp

from tests.conftest import SAMPLE_CARD, guard_stack


def test_cards_errors_and_health_answers_are_all_marked_no_store(tmp_path, engine, policy):
    async def scenario() -> dict[str, tuple[int, str | None]]:
        seen = {}
        async with guard_stack(tmp_path, engine, policy) as stack:
            async with aiohttp.ClientSession() as client:
                for name, method, path in (
                    ("card", "GET", f"/crm/api/customers/{SAMPLE_CARD['msisdn']}"),
                    ("unknown customer", "GET", "/crm/api/customers/79990009999"),
                    ("method not forwarded", "DELETE", f"/crm/api/customers/{SAMPLE_CARD['msisdn']}"),
                    ("no such route", "GET", "/nowhere"),
                    ("health", "GET", "/healthz"),
                ):
                    async with client.request(method, stack.guard_url + path) as resp:
                        await resp.read()
                        seen[name] = (resp.status, resp.headers.get("Cache-Control"))
        return seen

    seen = asyncio.run(scenario())
    assert seen["card"][0] == 200 and seen["no such route"][0] == 404 and seen["method not forwarded"][0] == 405
    assert {name: header for name, (_, header) in seen.items()} == {name: "no-store" for name in seen}
