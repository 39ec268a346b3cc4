"""Red-team round bb27, the SUMMARY's "held but ambiguous": a termination code beside an active status.

A card with `status: "active"` beside `status_code: "TERM"` or `state: "T"` and no end date was shown. Decided with
the 5-year rule's reading of a contract's state (guard/policy/termination.py `abbreviates_closed`): a closed status's
word cut short — down to one letter, when no live status begins so — is a termination marker, and a termination with
no date to tell how long ago refuses the owner's data (fail closed), as a closed status with no date does. Through the
real proxy in front of a hostile CRM on loopback.
"""
from __future__ import annotations

from typing import Any, Callable

import pytest

from guard.policy.termination import abbreviates_closed
from security.hostile_crm import card
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with


def test_a_termination_code_beside_an_active_status_with_no_date_refuses_the_card(attack):
    """The SUMMARY's "held but ambiguous": `status_code: "TERM"` or `state: "T"` beside `status: "active"` and no end
    date showed the card. Decided (termination.abbreviates_closed): a closed word cut short is a termination marker,
    and a termination with no date to tell how long ago refuses the owner's data."""
    markers: dict[str, Callable[[dict], Any]] = {
        "contract.status_code TERM": lambda out: out["contract"].update(status_code="TERM"),
        "contract.state T": lambda out: out["contract"].update(state="T"),
        "the top level's state T": lambda out: out.update(state="T"),
        "contract.statusCode РАСТ": lambda out: out["contract"].update(statusCode="РАСТ"),
    }
    cards = _cards(markers, "791627700")
    control = "79162770099"
    cards[control] = card(control, contract={"number": "0123456789", "status": "active", "terminated_at": None,
                                             "status_code": "ACT", "state": "A"})

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            _, answer, shown = await _identify(client, stack.guard_url, msisdn, f"op{i}",
                                               {"method": "primary", "full_name": WHOLE, "caller_gender": "male"})
            seen[msisdn] = (answer.get("matched"), "Иванов" in shown or msisdn[-4:] in shown)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert seen.pop(control) == (True, True)  # a live code beside the live status: the card as before
    assert set(seen.values()) == {(False, False)}  # refused: answered as a wrong name, nothing of the owner shown


@pytest.mark.parametrize("code, closed", [
    ("TERM", True), ("T", True), ("Term.", True), ("РАСТ", True), ("З", True), ("C", True), ("I", True),
    ("terminated", True),
    ("A", False), ("ACT", False), ("S", False), ("SUSP", False), ("П", False), ("Д", False), ("E", False),
    ("ok", False), ("blocked", False), ("1", False), ("Moscow", False),
])
def test_a_status_code_is_a_closed_word_cut_short_only_when_no_live_status_begins_so(code, closed):
    assert abbreviates_closed(code) is closed
