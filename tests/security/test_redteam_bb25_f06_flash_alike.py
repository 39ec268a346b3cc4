"""Red team bb25, f06: the Flash answered one guess a note.

The card-aware scrub masks a card's hidden value wherever the card repeats it. In the comments that became
all-or-nothing (every text hidden when one names a hidden value) and a budget of comment sets (bb22, f01). The Flash —
where the instruction's п. 20 says operators leave notes too — still masked only the note that matched: an operator
who writes a hundred notes «заявка 4450» … «заявка 4549» learned the passport series on the next fetch, with no
identification and no budget spent. Now the Flash is one of the card's written fields
(guard/proxy/filtering.py WRITTEN_FIELDS): answered alike, its restriction codes kept, and its notes counted with the
comments against the comment-set budget. Every attack runs through the real proxy in front of a CRM on loopback whose
Flash the attacker rewrites between fetches.
"""
from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from guard.policy import HIDDEN
from security.conftest import TOKEN_KEY, bearer, get
from security.hostile_crm import card

MSISDN = "79160005001"


class FlashCRM:
    """A CRM whose card's Flash is whatever the attacker last wrote."""

    def __init__(self, series: str) -> None:
        self.card = card(MSISDN, owner__passport__series=series)
        self.card["flash_restrictions"] = []

    def write(self, notes: list[str]) -> None:
        self.card["flash_restrictions"] = list(notes)

    def app(self) -> web.Application:
        app = web.Application()

        async def one_card(request: web.Request) -> web.Response:
            return web.Response(text=json.dumps(self.card, ensure_ascii=False), content_type="application/json")

        app.router.add_get("/api/customers/{msisdn}", one_card)
        return app


async def _flash(stack: Any, client: Any, operator: str = "op6613") -> list[Any]:
    status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}", headers=bearer(operator))
    assert status == 200, body
    return json.loads(body)["flash_restrictions"]


def _guesses(series: str, notes: list[str], **settings: Any) -> Any:
    crm = FlashCRM(series)

    async def scenario(stack: Any, client: Any) -> list[Any]:
        crm.write(notes)
        return await _flash(stack, client)

    return crm, scenario, settings


def _shown(attack: Any, series: str, notes: list[str], **settings: Any) -> list[Any]:
    crm, scenario, extra = _guesses(series, notes, **settings)
    return attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, **extra)


def test_a_flash_of_guesses_is_answered_alike_whichever_guess_is_the_cards(attack):
    notes = ["заявка %04d" % number for number in range(4500, 4510)]
    for series in ("4503", "4507"):
        shown = _shown(attack, series, notes)
        assert shown == [HIDDEN] * len(notes)  # not one note masked among nine shown: which one told the series


def test_the_flash_answers_alike_for_street_guesses_too(attack):
    notes = [f"ремонт: {street} улица перекрыта" for street in ("Арбатская", "Садовая", "Тверская", "Никольская")]
    shown = _shown(attack, "4505", notes)
    assert "Арбатская" not in json.dumps(shown, ensure_ascii=False)  # hidden with the rest, or the rest tells
    assert len(shown) == len(notes)


def test_a_flash_naming_no_hidden_value_is_shown_as_written(attack):
    notes = ["no_contact_person", "заявка на перенос тарифа"]
    assert _shown(attack, "4505", notes) == notes


def test_a_restriction_code_stays_on_screen_when_the_flash_notes_are_hidden(attack):
    """The operator must keep seeing the contact-person ban (п. 4); the code reads the same whatever the notes guess."""
    shown = _shown(attack, "4505", ["no_contact_person", "заявка 4505", "заявка 4506"])
    assert shown == ["no_contact_person", HIDDEN, HIDDEN]


def test_flash_notes_spend_the_comment_set_budget_and_past_it_are_hidden_whatever_they_say(attack):
    """Hidden alike, a fetch still tells whether some note names a hidden value: one bit a fetch, so each distinct
    set of notes is counted with the comments (bb22 f01's budget); past it the notes are hidden whatever they say."""
    crm = FlashCRM("4505")

    async def scenario(stack: Any, client: Any) -> list[bool]:
        answers = []
        for guess in ("4500", "4501", "4502", "4503"):  # all wrong: shown while the budget lasts
            crm.write([f"заявка {guess}"])
            answers.append((await _flash(stack, client)) == [HIDDEN])
        return answers

    answers = attack(scenario, crm=crm.app(), auth_mode="token", auth_key=TOKEN_KEY, comment_sets_per_operator=2)
    assert answers[:1] == [False]  # a wrong guess within the budget: shown
    assert answers[-1] is True  # past the budget: hidden though the guess is wrong
