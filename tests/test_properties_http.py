"""Bad input over HTTP (hypothesis): /v1/redact and /v1/check never answer 5xx, never crash the proxy, and never
put gold personal data into their output; the number normalizer never crashes and maps back inside the text.

One real proxy (and sample CRM) serves every example: it runs in a background thread for the module, and the
examples are plain blocking HTTP requests to it.
"""
from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_CARD, guard_stack, secret_values
from guard.normalize import normalize_numbers

# Gold personal data in written form; each must be gone from /v1/redact's text wherever it is embedded.
GOLD = ["89161234567", "+7 916 123-45-67", "petr.ivanov@mail.ru", "паспорт 4505 678901", "СНИЛС 112-233-445 95"]
# Surroundings that cannot join a gold value or turn it into something else: no digits, no Cyrillic context words.
NOISE = st.text(alphabet=st.sampled_from(list(" \t\n,.;:!?()[]{}\"'-_/\\|*&^%$#~`<>=+abcXYZ🙂\u0301\u00a0\u200b")),
                max_size=40)
ANY_TEXT = st.text(max_size=400)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=10)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.function_scoped_fixture])
# The time budgets of a healthy engine on a machine shared under heavy load: what these properties assert is what an
# engine that finishes answers (never 5xx, no gold value); what a request over its budget gets (a 503, the text
# withheld) is the budget tests' (tests/test_proxy_failures.py), at the shipped budgets. Wall-clock budgets at their
# shipped 0.5 s / 2 s made an example answer 503 whenever the machine was busy.
BUDGETS = {"detection_budget_s": 120.0, "check_budget_s": 120.0, "request_timeout_s": 300.0}


@pytest.fixture(scope="module")
def proxy(tmp_path_factory, engine, policy) -> Iterator[str]:
    ready: dict[str, Any] = {}
    stop = threading.Event()

    async def serve() -> None:
        async with guard_stack(tmp_path_factory.mktemp("props"), engine, policy, **BUDGETS) as stack:
            ready["url"] = stack.guard_url
            while not stop.is_set():
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    for _ in range(600):
        if "url" in ready or not thread.is_alive():
            break
        threading.Event().wait(0.05)
    assert "url" in ready, "the proxy did not start"
    yield ready["url"]
    stop.set()
    thread.join(timeout=30)


def _post(url: str, body: bytes) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=BUDGETS["request_timeout_s"]) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _call_id(proxy: str) -> str:
    status, text = _post(f"{proxy}/v1/calls", json.dumps({"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1"}).encode())
    assert status == 201
    return json.loads(text)["call_id"]


@PROPERTY
@given(before=NOISE, gold=st.sampled_from(GOLD), after=NOISE)
def test_redact_never_returns_the_gold_value_it_was_given(proxy, before, gold, after):
    text = f"{before} {gold} {after}"
    status, answer = _post(f"{proxy}/v1/redact", json.dumps({"text": text}, ensure_ascii=False).encode())
    assert status == 200  # 503 (engine over budget) would also keep the value back, but a healthy engine answers
    redacted = json.loads(answer)
    value = gold.split(" ", 1)[1] if gold.startswith(("паспорт", "СНИЛС")) else gold
    assert value not in redacted["text"]
    assert all(0 <= e["start"] < e["end"] <= len(text) for e in redacted["entities"])


@PROPERTY
@given(ANY_TEXT)
def test_redact_answers_any_text_without_5xx(proxy, text):
    status, answer = _post(f"{proxy}/v1/redact", json.dumps({"text": text}).encode())
    assert status in (200, 503)  # 503: the engine failed or ran late, and the text is withheld with a reason
    if status == 503:
        assert json.loads(answer)["error"]


@PROPERTY
@given(st.one_of(st.binary(max_size=200), JSON_VALUES.map(lambda v: json.dumps(v).encode())))
def test_redact_and_check_answer_malformed_bodies_with_4xx_never_5xx(proxy, body):
    for route in ("/v1/redact", "/v1/check"):
        status, answer = _post(proxy + route, body)
        assert status < 500, (route, body, answer)
        if status >= 400:
            assert json.loads(answer)["error"]


@PROPERTY
@given(ANY_TEXT, st.sampled_from(["operator", "client"]))
def test_check_never_5xx_and_never_tells_a_hidden_card_value_the_text_did_not_contain(proxy, text, speaker):
    call_id = _call_id(proxy)
    body = {"id": 1, "text": text, "call_id": call_id, "speaker": speaker}
    status, answer = _post(f"{proxy}/v1/check", json.dumps(body).encode())
    assert status == 200, answer
    result = json.loads(answer)
    assert result["verdict"] in ("allow", "warn", "block")
    told = json.dumps([{k: v for k, v in item.items() if k in ("message", "suggestion")}
                       for item in result["violations"]], ensure_ascii=False)
    assert [secret for secret in secret_values(SAMPLE_CARD) if secret in told and secret not in text] == []
    assert all(0 <= v["start"] < v["end"] <= len(text) for v in result["violations"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(ANY_TEXT, st.lists(st.sampled_from(["восемь", "девятьсот", "шестнадцать", "сто", "двадцать", "три",
                                                      "тысяча", "ноль", "плюс", "года", "г.", " ", "5", "-"]),
                                     max_size=50).map(" ".join)))
def test_the_number_normalizer_never_crashes_and_maps_every_span_inside_the_original(text):
    normalized = normalize_numbers(text)
    size = len(normalized.text)
    for start, end in ((0, size), (0, 0), (size // 2, size), (size // 3, size // 2)):
        s, e = normalized.to_original(start, end)
        assert 0 <= s <= e <= len(text)
    if not normalized.changed:
        assert normalized.text == text
