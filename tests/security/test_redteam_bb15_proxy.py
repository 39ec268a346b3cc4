"""Red team bb15 (stop 40), the proxy's finding 18: a hidden value written in pieces down a column — the comments, the
flash restrictions — against the real proxy with a hostile CRM on loopback. The values are this file's own (a customer
of Курск), not the red team's scripts'.
"""
from __future__ import annotations

import json
from typing import Any

import pytest

from guard.proxy.split_pieces import mask_split_values
from security.conftest import get, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79611230456"
SERIES, NUMBER = "3808", "917264"
EMAIL = "zhanna.orl71@rambler.ru"
CONTACT = "79154402817"


def _card(**changes: Any) -> dict[str, Any]:
    facts = {"owner__last_name": "Орлова", "owner__first_name": "Жанна", "owner__middle_name": "Ильинична",
             "owner__passport": {"series": SERIES, "number": NUMBER, "issued_by": "ОВД г. Курска",
                                 "issued_at": "2003-09-10"},
             "owner__birth_date": "1971-02-18", "email": EMAIL,
             "contact": {"phone": CONTACT, "person": "Орлов Пётр Ильич", "email": None},
             "de": {"first_name": "Жанна", "middle_name": "Ильинична"}}
    return card(MSISDN, **{**facts, **changes})


def _shown(attack, **changes: Any) -> dict[str, Any]:
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}",
                                    headers={"X-Guard-Call": call_id})
        assert status == 200, body
        return json.loads(body)

    return attack(scenario, crm=crm_with({}, {MSISDN: _card(**changes)}))


def _comments(*texts: str) -> list[dict[str, str]]:
    return [{"at": f"2026-11-0{i + 1}T12:00:00", "author": "op2040", "text": text} for i, text in enumerate(texts)]


def test_a_hidden_passport_in_short_pieces_over_several_comments_is_masked_in_each(attack):
    """CONTRACTS §4 "hidden": no run of 3+ of a hidden number's digits anywhere — the pieces of one passport in three
    comments, cut where its groups are not, with a label's digit before each (bb15, 18)."""
    shown = _shown(attack, comments=_comments("серия/номер, кусок 1) 380", "кусок 2) 891", "кусок 3) 726 и 4"))
    texts = " | ".join(comment["text"] for comment in shown["comments"])
    for piece in ("380", "891", "726"):
        assert piece not in texts, texts
    # the comments are answered alike once a hidden value is found in them: every text hidden, times and authors kept
    # (red team bb22, f01: masking only the matching piece told a guesser which guess was the card's)
    assert all(comment["text"] == "***" and comment["at"].startswith("2026-11-0") for comment in shown["comments"]), texts


def test_a_hidden_e_mail_in_two_pieces_over_two_comments_is_masked_in_both(attack):
    shown = _shown(attack, comments=_comments("ящик клиентки zhanna.o", "потом rl71 и собака рамблер"))
    texts = " | ".join(comment["text"] for comment in shown["comments"])
    assert "zhanna.o" not in texts and "rl71" not in texts, texts


def test_a_hidden_contact_phone_down_the_flash_restrictions_is_masked(attack):
    """The same rule for any column the screen shows one under another: the flash restrictions too."""
    shown = _shown(attack, flash_restrictions=["звонить на 8 915", "далее 440 28", "и 17"])
    texts = " | ".join(shown["flash_restrictions"])
    assert "440" not in texts and "915" not in texts, texts


def test_numbers_of_the_same_lengths_that_are_not_the_cards_stay_in_the_comments(attack):
    """Attack on the fix: short numbers down the comments that spell no hidden value (a flat, a speed, a count) are
    the operator's to read."""
    written = ["списано 380 руб за 2 дня", "скорость 100 мбит", "звонил 3 раза, ждёт 15 мин"]
    shown = _shown(attack, comments=_comments(*written))
    assert [comment["text"] for comment in shown["comments"]] == written


@pytest.mark.parametrize("cells, masked", [
    pytest.param(["код 38", "0891", "72"], True, id="a-number-in-three-cells"),
    pytest.param(["8 9l5", "44O 28", "17"], True, id="look-alike-letters-among-the-digits"),
    pytest.param(["380", "89"], False, id="too-few-digits-spelled"),
    pytest.param(["3808917264"], False, id="one-cell-is-the-per-text-layers-own"),
    pytest.param(["380", "слово", "ещё", "слово", "и", "891", "726"], True, id="words-between-are-no-pieces"),
    pytest.param(["380", "1", "2", "3", "4", "891"], False, id="more-than-three-other-pieces-between"),
])
def test_pieces_of_a_hidden_number_down_a_column(cells: list[str], masked: bool) -> None:
    out, count = mask_split_values(cells, [SERIES + NUMBER, CONTACT[1:]], [])
    assert (count > 0) == masked, out
    if not masked:
        assert out is cells  # nothing masked: the value itself, not a copy


def test_pieces_under_one_key_of_a_list_of_mappings_are_a_column() -> None:
    comments = _comments("почта zhanna", ".orl71", "спасибо")
    out, count = mask_split_values({"comments": comments}, [], [EMAIL.split("@")[0], EMAIL])
    assert count == 2
    assert [comment["text"] for comment in out["comments"]] == ["почта ***", "***", "спасибо"]
    assert [comment["at"] for comment in out["comments"]] == [comment["at"] for comment in comments]
