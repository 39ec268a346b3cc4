"""POST /v1/check on a real aiohttp server on loopback (docs/interfaces.md §5)."""
from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.disclosure import CheckContext
from guard.disclosure.http import add_routes

CARD = {"msisdn": "79161234567", "payment_type": "postpaid",
        "owner": {"last_name": "Иванов", "first_name": "Пётр", "gender": "male"},
        "de": {"first_name": "Пётр"}, "call_details": [{"number": "79035556677"}]}


async def _serve(app: web.Application):
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


def run(scenario, trusts_caller_line=lambda request: True):
    async def main():
        async def context(call_id: str):
            return CheckContext(card=CARD, identification="primary", caller_gender="male") if call_id == "call-1" else None

        app = web.Application()
        add_routes(app, check_context=context, trusts_caller_line=trusts_caller_line)
        runner, url = await _serve(app)
        try:
            async with aiohttp.ClientSession() as session:
                return await scenario(session, url)
        finally:
            await runner.cleanup()

    return asyncio.run(main())


async def post(session, url, body):
    async with session.post(url + "/v1/check", data=json.dumps(body, ensure_ascii=False).encode(),
                            headers={"Content-Type": "application/json"}) as response:
        return response.status, await response.json()


def test_check_returns_the_object_with_verdict_and_violations():
    async def scenario(session, url):
        return await post(session, url, {"id": "u1", "text": "У нас авария на сети", "extra": 5})

    status, body = run(scenario)
    assert status == 200
    assert body["id"] == "u1" and body["extra"] == 5 and body["verdict"] == "warn"
    [violation] = body["violations"]
    assert set(violation) >= {"rule", "start", "end", "message", "suggestion"}
    assert violation["rule"] == "service-failure-words" and (violation["start"], violation["end"]) == (6, 12)


def test_with_a_call_id_the_calls_card_is_used_and_the_callers_words_are_remembered():
    async def scenario(session, url):
        before = await post(session, url, {"id": 1, "call_id": "call-1", "text": "Вы звонили на 8 903 555 66 77"})
        said = await post(session, url, {"id": 2, "call_id": "call-1", "speaker": "client",
                                         "text": "я звонил на восемь девятьсот три пятьсот пятьдесят пять шестьдесят шесть семьдесят семь"})
        after = await post(session, url, {"id": 3, "call_id": "call-1", "text": "Вы звонили на 8 903 555 66 77"})
        return before, said, after

    (s1, before), (s2, said), (s3, after) = run(scenario)
    assert before["verdict"] == "block" and before["violations"][0]["rule"] == "call-detail-number"
    assert said["verdict"] == "allow" and said["violations"] == []
    assert after["verdict"] == "allow"


def test_an_app_that_names_no_caller_feed_remembers_no_client_line_as_the_callers():
    """Fail closed (red team bb5, 24): who may say what the caller said is the app's to decide; unsaid, nobody."""
    async def scenario(session, url):
        said = await post(session, url, {"id": 2, "call_id": "call-1", "speaker": "client",
                                         "text": "я звонил на восемь девятьсот три пятьсот пятьдесят пять шестьдесят шесть семьдесят семь"})
        after = await post(session, url, {"id": 3, "call_id": "call-1", "text": "Вы звонили на 8 903 555 66 77"})
        return said, after

    (s2, said), (s3, after) = run(scenario, trusts_caller_line=None)
    assert said["verdict"] == "allow" and after["verdict"] == "block"


def test_client_speech_comes_back_with_hints():
    async def scenario(session, url):
        return await post(session, url, {"id": 1, "speaker": "client", "text": "Хочу расторгнуть договор"})

    status, body = run(scenario)
    assert status == 200 and body["verdict"] == "allow" and body["hints"][0]["rule"] == "termination-request"


@pytest.mark.parametrize("raw, field", [(b"not json", "body"), (b"[1, 2]", "body"), (b'{"id": 1}', "text"),
                                        (b'{"text": "x", "speaker": "robot"}', "speaker")])
def test_bad_requests_are_400_and_name_the_problem(raw, field):
    async def scenario(session, url):
        async with session.post(url + "/v1/check", data=raw, headers={"Content-Type": "application/json"}) as response:
            return response.status, await response.json()

    status, body = run(scenario)
    assert status == 400 and field in body["error"]


_VALUES = ["Иванов", "Пётр Сергеевич", "8 903 555 66 77", "восемь девятьсот три пятьсот пятьдесят пять", "4505 678901",
           "petr.ivanov@mail.ru", "ул. Тверская, д. 5", "12 марта 1980"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(callers=st.lists(st.sampled_from(_VALUES), min_size=1, max_size=3),
       operators=st.lists(st.sampled_from(_VALUES), min_size=1, max_size=3))
def test_an_untrusted_client_line_never_changes_the_verdict_on_the_operators_next_line(callers, operators):
    """Red team bb5, 24, as a property: whatever a client line not from the caller's side says, the operator's line
    after it gets the verdict it gets when no client line came."""
    line = "вы назвали " + ", ".join(operators) + ", верно?"

    async def with_the_client_line(session, url):
        await post(session, url, {"id": 1, "call_id": "call-1", "speaker": "client", "text": " ".join(callers)})
        return await post(session, url, {"id": 2, "call_id": "call-1", "text": line})

    async def without_it(session, url):
        return await post(session, url, {"id": 2, "call_id": "call-1", "text": line})

    (_, after), (_, alone) = run(with_the_client_line, trusts_caller_line=None), run(without_it, trusts_caller_line=None)
    assert after["verdict"] == alone["verdict"]
