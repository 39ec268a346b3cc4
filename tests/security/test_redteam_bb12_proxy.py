"""Red team bb12 (stop 37), the proxy's findings: real requests against the real proxy with a hostile CRM on loopback.
The values here are this file's own (customers of Тула), not the red team's scripts'.
"""
from __future__ import annotations

from typing import Any

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

FIRST, SECOND, STRANGER = "79531110011", "79531110022", "79531110033"
TIGHT = {"guess_limit_identify_per_number": 3, "guess_limit_identify_per_operator": 50,
         "guess_limit_confirm_per_number": 3, "guess_limit_confirm_per_operator": 50}


def _owner_card(msisdn: str, **changes: Any) -> dict[str, Any]:
    facts = {"owner__last_name": "Клёнов", "owner__first_name": "Антон", "owner__middle_name": "Павлович",
             "owner__birth_date": "1971-05-14", "owner__passport": {"series": "7004", "number": "552310"},
             "de": {"first_name": "Антон", "middle_name": "Павлович"}}
    return card(msisdn, **{**facts, **changes})


async def _identify(client, url: str, msisdn: str, operator: str, name: str) -> tuple[int, Any]:
    call_id = await open_call(client, url, msisdn, operator=operator)
    async with client.post(f"{url}/v1/calls/{call_id}/identify", json={
            "method": "primary", "full_name": name, "caller_gender": "male"}) as resp:
        return resp.status, await resp.json(content_type=None)


async def _confirm(client, url: str, msisdn: str, operator: str, value: str) -> tuple[int, Any]:
    call_id = await open_call(client, url, msisdn, operator=operator)
    async with client.post(f"{url}/v1/calls/{call_id}/confirm",
                           json={"field": "owner.birth_date", "value": value}) as resp:
        return resp.status, await resp.json(content_type=None)


def test_a_spent_owner_budget_does_not_tell_which_numbers_share_the_owner_on_identification(attack):
    """п. 8 (which numbers are registered to a customer): after wrong names on one number spend its owner's budget, a
    wrong name on the owner's other number and on a stranger's number get the same answer (bb12, 05)."""
    cards = {FIRST: _owner_card(FIRST), SECOND: _owner_card(SECOND),
             STRANGER: _owner_card(STRANGER, owner__last_name="Ясенев", owner__first_name="Игорь",
                                   owner__birth_date="1984-09-02", owner__passport={"series": "7010", "number": "118822"})}

    async def scenario(stack, client):
        for i in range(6):
            await _identify(client, stack.guard_url, FIRST, f"op{i}", f"Никто Никакой {i}")
        same = [await _identify(client, stack.guard_url, SECOND, f"op2{i}", "Никто Никакой Никакович") for i in range(5)]
        other = [await _identify(client, stack.guard_url, STRANGER, f"op3{i}", "Никто Никакой Никакович")
                 for i in range(5)]
        return same, other

    same, other = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    # guess after guess the two numbers answer alike — the number's own budget runs out on both at the same guess
    assert [status for status, _ in same] == [status for status, _ in other] == [200] * 3 + [429] * 2
    assert same[0] == other[0] == (200, {"identification": "none", "matched": False})
    assert [body.get("locked") for _, body in same] == [body.get("locked") for _, body in other]


def test_a_spent_owner_budget_does_not_tell_which_numbers_share_the_owner_on_confirmation(attack):
    """The same for п. 5 confirmations of a card value (bb12, 05)."""
    cards = {FIRST: _owner_card(FIRST), SECOND: _owner_card(SECOND),
             STRANGER: _owner_card(STRANGER, owner__last_name="Ясенев", owner__birth_date="1984-09-02",
                                   owner__passport={"series": "7010", "number": "118822"})}

    async def scenario(stack, client):
        for i in range(6):
            await _confirm(client, stack.guard_url, FIRST, f"op{i}", f"1960-01-{i + 1:02d}")
        same = await _confirm(client, stack.guard_url, SECOND, "op20", "1960-02-01")
        other = await _confirm(client, stack.guard_url, STRANGER, "op21", "1960-02-01")
        right = await _confirm(client, stack.guard_url, SECOND, "op22", "1971-05-14")
        return same, other, right

    same, other, right = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    assert same == other == (200, {"matches": False})
    # compared like any other: refusing it told that the numbers share an owner and locked the owner out (bb16, 03)
    assert right == (200, {"matches": True})
