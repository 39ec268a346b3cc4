"""Red team bb25, f03: one card of many short comments kept the whole proxy waiting.

20,000 comments of ~45 characters (~1.5 MB), each far below `max_text_chars`, kept `guard serve`'s event loop reading
for ~12 s: every other operator's card and `/healthz` waited. Now an answer has a budget on its size — strings, keys,
characters (guard/proxy/cardwork.py) — measured before anything reads it: over it, the answer is withheld whole (502)
and nothing it holds reaches the operator; within it, a big answer's decision runs in a thread beside the loop, and
answers exactly what the loop would have. Every attack runs through the real proxy in front of a CRM on loopback.
"""
from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from aiohttp import web

from guard.proxy.state import STATE
from security.conftest import get, open_call
from security.hostile_crm import CARDS, card

MSISDN = "79160005003"
# What the card hides from an operator at identification none, in the pieces the contract's `hidden` reads.
SECRETS = ("Иванов", "4505", "678901", "Тверск", "0123456789", "petr.ivanov", "9031234567", "5556677", "1980")


def _hostile_card(comments: int, *, keys: int = 0, long_text: int = 0) -> dict[str, Any]:
    """The hostile CRM's card under MSISDN, its comments quoting every value the card hides, and as many extra keys
    (each one naming the surname) and as long a note as asked."""
    big = card(MSISDN)
    big["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1",
                        "text": f"Иванов П.С., паспорт 4505 678901, ул. Тверская, вопрос {n}"} for n in range(comments)]
    if keys:
        big["history"] = {f"Иванов-{n}": "0123456789" for n in range(keys)}
    if long_text:
        big["note"] = ("Иванов 4505678901 Тверская 5 " * (long_text // 29 + 1))[:long_text]
    return big


def _crm(cards: dict[str, Any], notes: dict[str, str] | None = None) -> web.Application:
    app = web.Application()

    async def one_note(request: web.Request) -> web.Response:
        return web.Response(text=(notes or {})[request.match_info["msisdn"]], content_type="text/plain")

    async def one_card(request: web.Request) -> web.Response:
        found = cards.get(request.match_info["msisdn"])
        if found is None:
            return web.json_response({"error": "not found"}, status=404)
        return web.Response(text=json.dumps(found, ensure_ascii=False), content_type="application/json")

    app.router.add_get("/api/customers/{msisdn}", one_card)
    app.router.add_get("/api/customers/{msisdn}/note", one_note)
    return app


def _fetched(attack: Any, cards: dict[str, Any], msisdn: str = MSISDN, **settings: Any) -> tuple[int, str, str]:
    async def scenario(stack: Any, client: Any) -> tuple[int, str, str]:
        status, headers, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}")
        audit = json.dumps(stack.audit(), ensure_ascii=False)
        return status, json.dumps(dict(headers), ensure_ascii=False) + body, audit

    return attack(scenario, crm=_crm(cards), **settings)


@pytest.mark.parametrize("measure, big, budget", [
    ("strings", _hostile_card(120), {"max_card_strings": 300}),
    ("keys", _hostile_card(3, keys=400), {"max_card_keys": 300}),
    ("characters", _hostile_card(3, long_text=9_000), {"max_card_chars": 8_000}),
])
def test_a_card_over_its_budget_is_withheld_whole_and_shows_no_value_it_would_mask(attack, measure, big, budget):
    status, answer, audit = _fetched(attack, {MSISDN: big}, **budget)
    assert status == 502
    assert measure in answer  # the reason names the measure, nothing of the card
    for value in SECRETS:
        assert value not in answer
        assert value not in audit


def test_a_string_withheld_for_its_length_counts_nothing_against_the_budget(attack):
    # bb22 f11: a string longer than max_text_chars is masked unread and the rest of the card shown; the card budget
    # counts what is read, so such a string does not turn that answer into a 502
    big = _hostile_card(1, long_text=30_000)
    status, answer, _ = _fetched(attack, {MSISDN: big}, max_text_chars=10_000, max_card_chars=20_000)
    assert status == 200
    for value in SECRETS:
        assert value not in answer


def test_the_card_of_twenty_thousand_short_comments_is_over_the_default_budget(attack):
    status, answer, _ = _fetched(attack, {MSISDN: _hostile_card(20_000)})
    assert status == 502
    for value in SECRETS:
        assert value not in answer


def test_a_card_over_its_budget_is_not_read_for_identification_either(attack):
    big = _hostile_card(120)

    async def scenario(stack: Any, client: Any) -> tuple[int, str]:
        call_id = await open_call(client, stack.guard_url, MSISDN)
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                               json={"method": "primary", "full_name": "Иванов Пётр Сергеевич",
                                     "caller_gender": "male"}) as resp:
            return resp.status, await resp.text()

    status, answer = attack(scenario, crm=_crm({MSISDN: big}), max_card_strings=300)
    assert status == 502
    assert '"matched"' not in answer and "primary" not in answer  # nothing compared: no verdict on the name
    for value in SECRETS:
        assert value not in answer


def _answers(attack: Any, cards: dict[str, Any], **settings: Any) -> tuple[dict[str, tuple[int, str]], int]:
    """Every card fetched once through the proxy: each answer, and how many steps ran in the card-work thread."""
    apps: list[web.Application] = []

    async def scenario(stack: Any, client: Any) -> dict[str, tuple[int, str]]:
        answers = {}
        for msisdn in cards:
            status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}")
            answers[msisdn] = status, body
        return answers

    answers = attack(scenario, crm=_crm(cards), tweak=apps.append, detection_budget_s=60, **settings)
    return answers, apps[0][STATE].card_work.jobs


def test_a_big_card_is_decided_beside_the_event_loop_and_answers_what_the_loop_would(attack):
    cards = {**{msisdn: copy.deepcopy(found) for msisdn, found in CARDS.items() if isinstance(found, dict)},
             MSISDN: _hostile_card(40)}
    on_the_loop, jobs = _answers(attack, cards)
    assert jobs == 0  # ordinary cards: read on the loop as before
    beside, jobs = _answers(attack, cards, card_off_loop_items=0, card_off_loop_chars=0)  # every card is "big" now
    assert jobs >= len(cards)
    assert beside == on_the_loop


def test_a_long_note_is_scrubbed_beside_the_event_loop_and_answers_what_the_loop_would(attack):
    # a text note under a customer's path (up to max_text_chars): its numbers read and its scrub by the card beside
    # the loop once it is past card_off_loop_chars, with the answer the loop gives
    note = " ".join(f"Звонок {n}: клиент Иванов, паспорт 4505 678901, перезвонить." for n in range(400))
    apps: list[web.Application] = []

    async def scenario(stack: Any, client: Any) -> tuple[int, str]:
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}/note")
        return status, body

    answers = []
    for settings in ({}, {"card_off_loop_chars": 1_000}):
        answers.append(attack(scenario, crm=_crm({MSISDN: card(MSISDN)}, {MSISDN: note}), tweak=apps.append,
                              detection_budget_s=60, **settings))
    assert len(note) < 100_000 and apps[0][STATE].card_work.jobs == 0 and apps[1][STATE].card_work.jobs > 0
    assert answers[0] == answers[1]
    for value in SECRETS:
        assert value not in answers[1][1]
