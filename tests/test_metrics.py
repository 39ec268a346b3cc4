"""GET /metrics: Prometheus text format, per-route request counts and latency, decisions, outcomes — no data in labels."""
from __future__ import annotations

import asyncio
import re

import aiohttp

from conftest import SAMPLE_CARD, guard_stack
from guard.metrics import Metrics

_SAMPLE_LINE = re.compile(r'^[a-z_]+(\{([a-z_]+="[^"\n]*",?)*\})? [0-9.e+-]+(Inf)?$')


def test_text_format_has_help_type_and_cumulative_buckets():
    metrics = Metrics()
    metrics.latency.observe(0.003, "/v1/redact")
    metrics.latency.observe(0.3, "/v1/redact")
    metrics.requests.inc("/v1/redact", "POST", "200")
    text = metrics.render()
    assert "# TYPE guard_http_request_duration_seconds histogram" in text
    assert 'guard_http_request_duration_seconds_bucket{route="/v1/redact",le="0.005"} 1' in text
    assert 'guard_http_request_duration_seconds_bucket{route="/v1/redact",le="+Inf"} 2' in text
    assert 'guard_http_request_duration_seconds_count{route="/v1/redact"} 2' in text
    assert 'guard_http_requests_total{route="/v1/redact",method="POST",status="200"} 1' in text
    assert all(_SAMPLE_LINE.match(line) for line in text.splitlines() if not line.startswith("#"))


def test_routes_are_counted_by_template_and_identification_and_decisions_by_fixed_words(tmp_path, engine, policy):
    async def scenario() -> str:
        async with guard_stack(tmp_path, engine, policy) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1021"}) as resp:
                call_id = (await resp.json())["call_id"]
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                                   json={"method": "primary", "full_name": "Петров Иван", "caller_gender": "male"}):
                pass
            async with client.get(f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}",
                                  headers={"X-Guard-Call": call_id}):
                pass
            async with client.post(f"{stack.guard_url}/v1/redact", json={"text": "Иванов Пётр, тел. 89161234567"}):
                pass
            async with client.get(f"{stack.guard_url}/metrics") as resp:
                assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4")
                return await resp.text()

    text = asyncio.run(scenario())
    assert 'guard_http_requests_total{route="/crm/{path}",method="GET",status="200"} 1' in text
    assert 'guard_http_request_duration_seconds_count{route="/v1/calls/{call_id}/identify"} 1' in text
    assert 'guard_identifications_total{method="primary",outcome="not_matched"} 1' in text
    assert 'guard_entities_total{type="PHONE_NUMBER"}' in text
    assert re.search(r'guard_decisions_total\{rule="[^"]+",action="[^"]+"\} \d', text)
    # No number, call id or name can be a label value.
    # Names and labels only: a sample's value (a sum of seconds) may hold any digits by chance.
    names_and_labels = re.sub(r" \S+$", "", text, flags=re.MULTILINE)
    assert "7916" not in names_and_labels and "call-" not in text and "Иванов" not in text and "op1021" not in text
