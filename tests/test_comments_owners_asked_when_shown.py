"""The customers a card's comments write are asked of the CRM only when the answer shows something of the comments'
texts (stop 39). Their cards decide only the comments (hidden when the 5-year rule refuses one, scrubbed by its
hidden values otherwise); when every text is masked whole anyway — the engine failed or ran over its budget — the
lookups (a CRM round trip per written number, nearly all "no such card") are not made, and the comments' times and
authors are hidden with their texts: what those cards would have scrubbed there is not known (fail closed).

Replayed through the real proxy with a CRM on loopback that counts what it is asked."""
from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from guard.policy import HIDDEN, REDACTION_FAILED
from security.conftest import get, servers
from security.hostile_crm import PLAIN, TERMINATED_2021, card

TERMINATED = card(TERMINATED_2021["msisdn"], contract=TERMINATED_2021["contract"], owner__last_name="Кулаков")
ACTIVE = card("79260001122", owner__last_name="Кулаков")
NOBODY = "79035550011"  # a number with no card


class _BrokenEngine:
    """Every text fails: the comments are masked whole (fail closed)."""

    operator = "tag"

    def analyze(self, text: str) -> Any:
        raise RuntimeError("engine crashed")

    def redact(self, text: str) -> Any:
        raise RuntimeError("engine crashed")


def _crm(cards: dict[str, dict[str, Any]], asked: list[str]) -> web.Application:
    """A CRM serving `cards` (read at each request: a test may change them) and noting every number asked for."""

    async def customer(request: web.Request) -> web.Response:
        msisdn = request.match_info["msisdn"]
        asked.append(msisdn)
        if msisdn not in cards:
            return web.json_response({"error": "not found"}, status=404)
        return web.json_response(cards[msisdn])

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}", customer)
    return app


def _owner_card(*texts: str) -> dict[str, Any]:
    return card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text}
                                           for text in texts])


def _fetch(tmp_path, engine, policy, cards: dict[str, dict[str, Any]], times: int = 1,
           between=None) -> tuple[list[tuple[int, Any]], list[str]]:
    import asyncio

    import aiohttp

    asked: list[str] = []

    async def main() -> list[tuple[int, Any]]:
        answers = []
        # a budget no loaded machine runs over: the texts are shown unless the engine fails
        async with servers(tmp_path, engine, policy, crm=_crm(cards, asked), detection_budget_s=60) as stack:
            async with aiohttp.ClientSession() as client:
                for index in range(times):
                    if between is not None and index:
                        between(cards)
                    status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}")
                    answers.append((status, json.loads(body) if status == 200 else body))
        return answers

    return asyncio.run(main()), asked


def test_comments_masked_whole_do_not_ask_the_crm_for_the_customers_they_write(tmp_path, policy):
    owner = _owner_card(f"Звонил по абоненту {ACTIVE['msisdn']}, фамилия Кулаков", f"Перезвонить на {NOBODY}")
    [(status, shown)], asked = _fetch(tmp_path, _BrokenEngine(), policy,
                                      {owner["msisdn"]: owner, ACTIVE["msisdn"]: ACTIVE})
    assert status == 200
    assert ACTIVE["msisdn"] not in asked and NOBODY not in asked
    assert [comment["text"] for comment in shown["comments"]] == [REDACTION_FAILED, REDACTION_FAILED]
    # what the named card would have scrubbed from the rest of a comment is not known: hidden with the text
    assert all(comment["at"] == HIDDEN and comment["author"] == HIDDEN for comment in shown["comments"])


def test_comments_masked_whole_tell_a_refused_customer_from_an_active_one_by_nothing(tmp_path, policy):
    """Masked for time, a comment naming a customer the 5-year rule refuses reads as one naming an active customer."""
    answers = []
    for named in (TERMINATED, ACTIVE):
        owner = _owner_card(f"Звонил по абоненту {named['msisdn']}, фамилия Кулаков")
        [(status, shown)], _ = _fetch(tmp_path, _BrokenEngine(), policy, {owner["msisdn"]: owner,
                                                                          named["msisdn"]: named})
        assert status == 200
        answers.append(shown["comments"])
    assert answers[0] == answers[1]


def test_comments_shown_ask_the_crm_and_a_refused_customer_hides_them(tmp_path, engine, policy):
    owner = _owner_card(f"Звонил по абоненту {TERMINATED['msisdn']}, фамилия Кулаков, тариф Мой безлимит")
    [(status, shown)], asked = _fetch(tmp_path, engine, policy, {owner["msisdn"]: owner,
                                                                 TERMINATED["msisdn"]: TERMINATED})
    assert status == 200
    assert TERMINATED["msisdn"] in asked
    assert shown["comments"][0]["text"] == HIDDEN
    assert shown["comments"][0]["author"] not in (HIDDEN, REDACTION_FAILED)  # the rest of a shown comment stays


def test_comments_shown_are_scrubbed_by_the_card_they_name(tmp_path, engine, policy):
    owner = _owner_card(f"Звонил по абоненту {ACTIVE['msisdn']}, фамилия Кулаков")
    [(status, shown)], asked = _fetch(tmp_path, engine, policy, {owner["msisdn"]: owner, ACTIVE["msisdn"]: ACTIVE})
    assert status == 200 and ACTIVE["msisdn"] in asked
    assert "Кулаков" not in json.dumps(shown, ensure_ascii=False)


def test_a_remembered_decision_is_not_served_once_a_number_its_comments_write_names_a_refused_customer(
        tmp_path, engine, policy):
    """The screen's refresh: the first answer (the number had no card) is remembered; by the second the CRM has a
    refused customer at that number — the number is asked again and the comments are hidden."""
    owner = _owner_card(f"Звонил по абоненту {TERMINATED['msisdn']}, тариф Мой безлимит")

    def terminated_appears(cards: dict[str, dict[str, Any]]) -> None:
        cards[TERMINATED["msisdn"]] = TERMINATED

    answers, asked = _fetch(tmp_path, engine, policy, {owner["msisdn"]: owner}, times=2, between=terminated_appears)
    (first_status, first), (second_status, second) = answers
    assert first_status == second_status == 200
    assert "безлимит" in first["comments"][0]["text"]
    assert asked.count(TERMINATED["msisdn"]) == 2
    assert second["comments"][0]["text"] == HIDDEN
