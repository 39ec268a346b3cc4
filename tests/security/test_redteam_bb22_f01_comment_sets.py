"""Red team bb22, f01 (left open at stops 47 and 48): whether a card's comments come back hidden tells one bit a fetch.

The card-aware scrub hides every comment's text alike when some comment names one of the card's hidden values, so a
fetch no longer tells *which* comment does — but it still tells *whether* one does. An operator who writes CRM notes
between fetches writes half of a guess set into the comments, fetches the card through guard and learns from the
hidden/shown outcome in which half the card's value lies: a binary search, not counted against any guessing budget.

Each distinct set of comments an operator is shown of a customer now costs one entry of a budget (per operator and
customer, and per customer across operators; guard/proxy/limits.py `comment_sets_over`); past it every comment text of
that customer is hidden for the rest of the window, whatever the comments say, so the bit answers nothing more. A
refresh of unchanged comments is the same set and costs nothing. Every attack runs through the real proxy in front of
a CRM on loopback whose comments change between fetches, with the in-memory store and with Redis.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web

from guard.config import Settings
from guard.policy import HIDDEN
from guard.proxy.limits import GuessLimiter, LimitStore
from guard.proxy.state import STATE
from security.conftest import TOKEN_KEY, bearer, get
from security.hostile_crm import card

MSISDN = "79160004901"
OTHER_MSISDN = "79160004902"
CANDIDATES = [str(series) for series in range(4500, 4516)]  # the passport series the operator narrows down, 4 bits


class ChangingCRM:
    """A CRM whose cards' comments are whatever the attacker last wrote (the CRM notes an operator can write)."""

    def __init__(self, series: str) -> None:
        self.cards = {msisdn: card(msisdn, owner__passport__series=series,
                                   comments=[{"at": "2026-10-30T09:00:00", "author": "op1021",
                                              "text": "Клиент просил перезвонить позже"}])
                      for msisdn in (MSISDN, OTHER_MSISDN)}

    def write(self, texts: list[str], msisdn: str = MSISDN) -> None:
        self.cards[msisdn]["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op6613", "text": text}
                                          for text in texts]

    def app(self) -> web.Application:
        app = web.Application()

        async def one_card(request: web.Request) -> web.Response:
            found = self.cards.get(request.match_info["msisdn"])
            if found is None:
                raise web.HTTPNotFound(text='{"error": "no such customer"}', content_type="application/json")
            return web.Response(text=json.dumps(found, ensure_ascii=False), content_type="application/json")

        async def note(request: web.Request) -> web.Response:  # the comments as a CRM's plain-text note
            found = self.cards[request.match_info["msisdn"]]
            return web.Response(text="\n".join(comment["text"] for comment in found["comments"]) + "\n",
                                content_type="text/plain")

        app.router.add_get("/api/customers/{msisdn}", one_card)
        app.router.add_get("/api/customers/{msisdn}/note", note)
        return app


def _hidden(body: str) -> bool:
    return all(comment["text"] == HIDDEN for comment in json.loads(body)["comments"])


async def _fetch(stack: Any, client: Any, operator: str = "op6613", msisdn: str = MSISDN) -> str:
    status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}", headers=bearer(operator))
    assert status == 200, body
    return body


def _store_settings(store: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    if store == "redis":
        import redis

        url = request.getfixturevalue("redis_url")
        redis.Redis.from_url(url).flushdb()  # this module's server: no budget spent by an earlier test
        return {"session_store": url}
    return {}


def _binary_search(attack: Any, series: str, store_settings: dict[str, Any],
                   operator: str) -> tuple[list[bool], list[str]]:
    """The attacker's whole search for the card's series: each fetch asks whether the series is in the lower half of
    what is left (one comment a guess), and keeps the half the answer names. Returns the answers and what is left."""
    crm = ChangingCRM(series)

    async def scenario(stack: Any, client: Any) -> tuple[list[bool], list[str]]:
        await _fetch(stack, client, operator)  # the card opened as it is: the operator's first set of comments
        left, answers = list(CANDIDATES), []
        while len(left) > 1:
            lower = left[:len(left) // 2]
            crm.write([f"заявка {guess}" for guess in lower])
            answers.append(_hidden(await _fetch(stack, client, operator)))
            left = lower if answers[-1] else left[len(left) // 2:]
        return answers, left

    return attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, comment_sets_per_operator=3,
                  **store_settings)


@pytest.mark.parametrize("store", ["memory", "redis"])
def test_a_comment_writers_binary_search_learns_nothing_once_the_operators_comment_sets_are_spent(
        attack, request, store):
    settings = _store_settings(store, request)
    # 4505 and 4506 part only at the third halving, which the budget (3 sets: the card as opened and two guesses)
    # no longer answers
    first_answers, first_left = _binary_search(attack, "4505", settings, "op6613")
    second_answers, second_left = _binary_search(attack, "4506", settings, "op6614")  # Redis: another's budget
    assert first_answers[:2] == second_answers[:2] == [True, False]  # the two sets within the budget still answered
    assert first_answers[2:] == second_answers[2:] == [True, True]  # past it: hidden whatever the comments say
    assert first_answers == second_answers and first_left == second_left  # the two cards cannot be told apart
    assert first_left != ["4505"] or second_left != ["4506"]


def test_every_comment_set_counts_whether_it_came_back_hidden_or_shown(attack):
    """Were only shown sets counted, a wrong guess would be free and a linear search unbounded."""
    crm = ChangingCRM("4505")

    async def scenario(stack: Any, client: Any) -> list[bool]:
        answers = []
        for guess in ("4505", "4500", "4505", "4501", "4502"):
            crm.write([f"заявка {guess}", "Клиент просил перезвонить позже"])
            answers.append(_hidden(await _fetch(stack, client)))
        return answers

    # four distinct sets allowed: 4505 (hidden), 4500 (shown), 4505 again (the same set), 4501 (shown), then spent
    assert attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY,
                  comment_sets_per_operator=3) == [True, False, True, False, True]


@pytest.mark.parametrize("store", ["memory", "redis"])
def test_an_honest_operators_open_and_two_refreshes_of_unchanged_comments_cost_nothing(attack, request, store):
    crm = ChangingCRM("4505")
    crm.write(["Клиент просил перезвонить позже", "Жалоба на качество связи"])

    async def scenario(stack: Any, client: Any) -> list[list[str]]:
        shown = []
        for _ in range(3):  # the card opened, then refreshed twice: the same comments, in another order the last time
            shown.append([comment["text"] for comment in json.loads(await _fetch(stack, client))["comments"]])
            crm.cards[MSISDN]["comments"].reverse()
        shown.append([comment["text"] for comment in json.loads(await _fetch(stack, client, "op7001"))["comments"]])
        return shown

    # one set per operator allowed: three fetches of the same comments are that one set, and so are another
    # operator's
    shown = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, comment_sets_per_operator=1,
                   comment_sets_per_customer=1, **_store_settings(store, request))
    assert all(HIDDEN not in texts and "Жалоба на качество связи" in texts for texts in shown)


def test_several_operators_writing_guesses_spend_the_customers_comment_sets_together(attack):
    crm = ChangingCRM("4505")

    async def scenario(stack: Any, client: Any) -> tuple[bool, bool, str]:
        for operator, guess in (("op6613", "4500"), ("op6614", "4501"), ("op6615", "4502")):
            crm.write([f"заявка {guess}"])
            await _fetch(stack, client, operator)
        crm.write(["заявка 4503"])  # a fourth operator's first set: over the customer's budget
        wrong = _hidden(await _fetch(stack, client, "op6616"))
        crm.write(["Клиент просил перезвонить позже"])
        other_customer = await _fetch(stack, client, "op6616", OTHER_MSISDN)
        return wrong, _hidden(await _fetch(stack, client, "op6616")), other_customer

    wrong, honest_after, other_customer = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY,
                                                 comment_sets_per_customer=3)
    assert wrong and honest_after  # the customer's comments stay hidden for the window, whoever reads them
    assert not _hidden(other_customer)  # another customer's comments are another budget


class _BrokenStore(LimitStore):
    async def take(self, kind, budgets, window_s):
        raise RuntimeError("store down")

    async def give_back(self, kind, budgets):
        raise RuntimeError("store down")

    async def add_distinct(self, budgets, item, window_s):
        raise RuntimeError("store down")


def test_comment_accounting_that_fails_hides_every_comment_text(attack):
    crm = ChangingCRM("4505")

    def broken(app: web.Application) -> None:
        app[STATE].limiter = GuessLimiter(app[STATE].settings, _BrokenStore())

    body = attack(lambda stack, client: _fetch(stack, client), crm=crm.app(), tweak=broken, auth_mode="token",
                  auth_key=TOKEN_KEY)
    assert _hidden(body)
    assert json.loads(body)["de"] == {"first_name": "Пётр", "middle_name": "Сергеевич"}  # the rest of the card shown


def test_the_comment_set_counters_hold_no_number_no_operator_and_no_text(attack, request):
    redis_url = request.getfixturevalue("redis_url")
    crm = ChangingCRM("4505")
    crm.write(["заявка 4505 Клиент просил перезвонить"])

    async def scenario(stack: Any, client: Any) -> list[tuple[str, list[str]]]:
        from redis.asyncio import Redis

        await _fetch(stack, client)
        redis = Redis.from_url(redis_url)
        try:
            keys = [key.decode() async for key in redis.scan_iter("guard:guess:distinct:*")]
            return [(key, [item.decode() for item in await redis.smembers(key)]) for key in keys]
        finally:
            await redis.aclose()

    stored = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, session_store=redis_url)
    assert len(stored) >= 2 and all(members for _, members in stored)  # the operator's and the customer's budget
    written = " ".join(key + " " + " ".join(members) for key, members in stored)
    for secret in (MSISDN, MSISDN[1:], "op6613", "4505", "заявка", "Клиент"):
        assert secret not in written


def test_a_comment_set_digest_is_the_same_whatever_the_comments_order_and_differs_by_text():
    limiter = GuessLimiter(Settings(upstream="http://127.0.0.1:1"), _RecordingStore())
    first = [{"text": "а"}, {"text": "б"}]
    for comments in (first, list(reversed(first)), [{"text": "а"}, {"text": "в"}]):
        asyncio.run(limiter.comment_sets_over(operator_id="op1", customers=(MSISDN,), comments=comments))
    items = limiter.store.items
    assert items[0] == items[1] != items[2]


class _RecordingStore(_BrokenStore):
    def __init__(self) -> None:
        self.items: list[str] = []

    async def add_distinct(self, budgets, item, window_s):
        self.items.append(item)
        return False



def test_a_text_note_naming_a_hidden_value_is_hidden_whole_not_at_the_matching_guess(attack):
    crm = ChangingCRM("4505")

    async def scenario(stack: Any, client: Any) -> list[str]:
        shown = []
        for guesses in (["4504", "4505", "4506"], ["4504", "4506"]):
            crm.write([f"заявка {guess}" for guess in guesses])
            status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}/note",
                                        headers=bearer("op6613"))
            assert status == 200, body
            shown.append(body)
        return shown

    right, wrong = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY)
    assert right == HIDDEN  # before: "заявка 4504 / заявка *** / заявка 4506", the guess that was right
    assert "заявка 4504" in wrong and "заявка 4506" in wrong


def test_text_notes_spend_the_same_comment_sets_and_past_them_are_hidden_whatever_they_say(attack):
    crm = ChangingCRM("4505")

    async def scenario(stack: Any, client: Any) -> list[str]:
        shown = []
        for guess in ("4500", "4500", "4501", "4502"):
            crm.write([f"заявка {guess}"])
            status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}/note",
                                        headers=bearer("op6613"))
            shown.append(body)
        return shown

    shown = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, comment_sets_per_operator=2)
    assert "заявка 4500" in shown[0] and shown[1] == shown[0] and "заявка 4501" in shown[2]  # the same note: free
    assert shown[3] == HIDDEN  # a third note: over the budget, though it names no hidden value
