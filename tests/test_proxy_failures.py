"""When the upstream misbehaves the operator gets an error with a reason, never a byte of the body — and the
proxy goes on serving the next request."""
from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
from aiohttp import web

from conftest import SAMPLE_CARD, guard_stack, leaks

SECRET_IN_BODY = "Иванов 79161234567"


def misbehaving_crm() -> web.Application:
    """A CRM that fails in every way the proxy must survive; /api/customers/... still answers normally."""

    async def card(request: web.Request) -> web.Response:
        return web.json_response(SAMPLE_CARD)

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.json_response(SAMPLE_CARD)

    async def reset_mid_body(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json", "Content-Length": "100000"})
        await response.prepare(request)
        await response.write(json.dumps(SAMPLE_CARD, ensure_ascii=False).encode()[:200])
        request.transport.close()  # the connection dies with the body half sent
        return response

    async def malformed(request: web.Request) -> web.Response:
        return web.Response(text='{"owner": {"last_name": "' + SECRET_IN_BODY, content_type="application/json")

    async def huge(request: web.Request) -> web.Response:
        return web.json_response({"comments": [{"text": SECRET_IN_BODY * 2000}]})

    async def html(request: web.Request) -> web.Response:
        return web.Response(text=f"<p>{SECRET_IN_BODY}</p>", content_type="text/html")

    async def note(request: web.Request) -> web.Response:
        return web.Response(text="Клиент Иванов просил перезвонить на 89161234567", content_type="text/plain")

    async def listing(request: web.Request) -> web.Response:
        return web.json_response([SAMPLE_CARD["msisdn"], {"last_name": "Иванов"}])

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}", card)
    app.router.add_get("/slow", slow)
    app.router.add_get("/reset", reset_mid_body)
    app.router.add_get("/malformed", malformed)
    app.router.add_get("/huge", huge)
    app.router.add_get("/html", html)
    app.router.add_get("/note", note)
    app.router.add_get("/list", listing)
    return app


async def _get(client: aiohttp.ClientSession, url: str) -> tuple[int, str, Any]:
    async with client.get(url) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


async def _still_serving(client: aiohttp.ClientSession, guard_url: str) -> None:
    status, _, text = await _get(client, f"{guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}")
    assert status == 200 and leaks(SAMPLE_CARD, text) == []


def _run_against_misbehaving_crm(tmp_path, engine, policy, path: str, **settings: Any) -> tuple[int, str]:
    async def scenario() -> tuple[int, str]:
        async with guard_stack(tmp_path, engine, policy, upstream_app=misbehaving_crm(), **settings) as stack:
            async with aiohttp.ClientSession() as client:
                status, _, text = await _get(client, f"{stack.guard_url}/crm{path}")
                await _still_serving(client, stack.guard_url)
                return status, text

    return asyncio.run(scenario())


def _assert_error_without_data(text: str) -> str:
    reason = json.loads(text)["error"]
    assert "Иванов" not in text and "79161234567" not in text
    return reason


def test_slow_upstream_is_504_and_the_proxy_keeps_serving(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/slow", upstream_timeout_s=0.5)
    assert status == 504
    assert "in time" in _assert_error_without_data(text)


def test_connection_reset_mid_body_is_502_and_nothing_of_the_body_is_passed(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/reset")
    assert status == 502
    _assert_error_without_data(text)


def test_malformed_upstream_json_is_blocked_never_passed_raw(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/malformed")
    assert status == 502
    assert "does not parse" in _assert_error_without_data(text)


def test_response_over_the_size_limit_is_502(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/huge", max_response_bytes=10_000)
    assert status == 502
    assert "size limit" in _assert_error_without_data(text)


def test_content_types_other_than_json_and_text_are_blocked(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/html")
    assert status == 502
    assert "content type" in _assert_error_without_data(text)


def test_allow_listed_content_type_passes_unchanged(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/html", allowed_content_types=["text/html"])
    assert status == 200 and SECRET_IN_BODY in text


def test_text_plain_is_redacted_as_text(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/note")
    assert status in (200, 503)  # 503 when the engine fails: the text is withheld, never passed
    assert "89161234567" not in text and "Иванов" not in text


def test_json_that_is_not_a_card_meets_the_default_deny(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/list")
    assert status == 200
    assert "79161234567" not in text and "Иванов" not in text


def test_upstream_down_is_502_and_the_proxy_keeps_serving(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, upstream_connect_timeout_s=1) as stack:
            # Point the running proxy at a port where nothing listens (the CRM site itself stays up for later).
            unused = await _free_port()
            async with aiohttp.ClientSession() as client:
                async with client.get(f"{stack.guard_url}/healthz") as resp:
                    assert resp.status == 200
            stack.settings.upstream = f"http://127.0.0.1:{unused}"
            async with aiohttp.ClientSession() as client:
                status, _, text = await _get(client, f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}")
                assert status == 502
                assert "unreachable" in _assert_error_without_data(text)
                stack.settings.upstream = stack.crm_url
                await _still_serving(client, stack.guard_url)

    asyncio.run(scenario())


def test_request_body_over_the_limit_is_413_with_a_reason(tmp_path, engine, policy):
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, max_request_bytes=1000) as stack:
            async with aiohttp.ClientSession() as client:
                async with client.post(f"{stack.guard_url}/v1/redact", json={"text": "а" * 5000}) as resp:
                    assert resp.status == 413
                    assert "size limit" in (await resp.json())["error"]
                await _still_serving(client, stack.guard_url)

    asyncio.run(scenario())


class _RaisingEngine:
    def redact(self, text: str) -> Any:
        raise RuntimeError(f"engine broke on {text}")


class _SlowEngine:
    def redact(self, text: str) -> Any:
        import time

        time.sleep(1.0)
        raise AssertionError("must not be waited for")


def test_engine_failing_or_over_budget_masks_free_text_and_redact_answers_503(tmp_path, policy):
    async def scenario(engine: Any) -> None:
        async with guard_stack(tmp_path, engine, policy, detection_budget_s=0.2) as stack:
            async with aiohttp.ClientSession() as client:
                status, _, text = await _get(client, f"{stack.guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}")
                assert status == 200
                assert json.loads(text)["comments"][0]["text"] == "[скрыто]"
                async with client.post(f"{stack.guard_url}/v1/redact", json={"text": SECRET_IN_BODY}) as resp:
                    assert resp.status == 503
                    assert SECRET_IN_BODY not in await resp.text()

    asyncio.run(scenario(_RaisingEngine()))
    asyncio.run(scenario(_SlowEngine()))


async def _free_port() -> int:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port


def test_method_path_query_and_body_are_forwarded_and_hop_by_hop_and_unknown_headers_are_not(tmp_path, engine, policy):
    seen: list[dict[str, Any]] = []

    async def echo(request: web.Request) -> web.Response:
        seen.append({"method": request.method, "path": request.path, "query": request.query_string,
                     "body": await request.text(), "headers": {k.lower() for k in request.headers}})
        return web.json_response({"client_type": "individual"},
                                 headers={"X-Owner-Name": "Иванов", "Keep-Alive": "timeout=5", "Retry-After": "3"})

    app = web.Application()
    app.router.add_route("*", "/api/{tail:.*}", echo)

    async def scenario() -> None:
        # Writes pass /crm/ only when a setting allows them (GET and HEAD by default; tests/security/).
        async with guard_stack(tmp_path, engine, policy, upstream_app=app, crm_methods=["GET", "HEAD", "PUT"]) as stack, \
                aiohttp.ClientSession() as client:
            async with client.put(f"{stack.guard_url}/crm/api/tickets/7?status=open", data=b'{"note": "x"}',
                                  headers={"Keep-Alive": "timeout=1", "X-Guard-Call": "ignored-by-upstream",
                                           "Content-Type": "application/json"}) as resp:
                assert resp.status == 404  # unknown call id: nothing is forwarded
            async with client.put(f"{stack.guard_url}/crm/api/tickets/7?status=open", data=b'{"note": "x"}',
                                  headers={"Keep-Alive": "timeout=1", "Content-Type": "application/json"}) as resp:
                assert resp.status == 200
                assert "X-Owner-Name" not in resp.headers and "Keep-Alive" not in resp.headers
                # Retry-After on a 200 means nothing and may carry a value's digits: guard drops it.
                assert "Retry-After" not in resp.headers
                assert await resp.json() == {"client_type": "individual"}

    asyncio.run(scenario())
    assert len(seen) == 1
    assert {k: seen[0][k] for k in ("method", "path", "query", "body")} == {
        "method": "PUT", "path": "/api/tickets/7", "query": "status=open", "body": '{"note": "x"}'}
    assert "keep-alive" not in seen[0]["headers"] and "x-guard-call" not in seen[0]["headers"]


def test_a_request_over_its_deadline_is_504_whatever_it_waited_on(tmp_path, engine, policy):
    status, text = _run_against_misbehaving_crm(tmp_path, engine, policy, "/slow", request_timeout_s=0.5)
    assert status == 504
    assert "deadline" in _assert_error_without_data(text)
