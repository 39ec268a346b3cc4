"""Attacks on the card secrets cache (stop 31's CardSecretsCache, reviewed at stop 32): the first proxy memo that holds a
card's hidden values between requests. A hostile CRM on loopback changes a card between the fetches of a call — its
hidden values, what it shows, or both — and serves two customers who share values; each answer must be what a proxy
that keeps no secrets gives, byte for byte, and no value the policy hides may show. Decision cache off, so every
answer is decided again and scrubbed with what the secrets cache kept."""
from __future__ import annotations

import asyncio
import copy
from typing import Any, Callable

import aiohttp
from aiohttp import web

from guard.proxy.state import STATE
from security.conftest import get, open_call, servers, shown_text
from security.hostile_crm import card, create_hostile_crm

IVANOV = "79161234567"
TWIN = "79169998877"  # another customer with Ivanov's passport, surname and contact phone (a data-entry twin)
IDENTIFY = {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}


def _cards() -> dict[str, dict[str, Any]]:
    return {IVANOV: card(IVANOV), TWIN: card(TWIN, de={"first_name": "Олег", "middle_name": None},
                                               owner__first_name="Олег", owner__middle_name=None)}


# Each step: (customer, call: "identified" | "stranger" | "twin", what the CRM changes before the fetch)
Step = tuple[str, str, Callable[[dict[str, dict[str, Any]]], None] | None]


async def _answers(tmp_path: Any, engine: Any, policy: Any, steps: list[Step], apps: list[web.Application],
                   **settings: Any) -> list[tuple[int, str, str]]:
    cards = _cards()
    crm = create_hostile_crm(cards)
    # a budget no loaded machine misses: a comment withheld for time in one run and shown in the other would be two
    # decisions, not a difference the cache made
    async with servers(tmp_path, engine, policy, crm=crm, tweak=apps.append, decision_cache_size=0,
                       detection_budget_s=60.0, **settings) as stack:
        async with aiohttp.ClientSession() as client:
            # three operators' calls read in turn (one open call per operator: red team bb17, 22)
            calls = {"identified": await open_call(client, stack.guard_url, IVANOV, "op-identified"),
                     "stranger": await open_call(client, stack.guard_url, IVANOV, "op-stranger"),
                     "twin": await open_call(client, stack.guard_url, TWIN, "op-twin")}
            async with client.post(f"{stack.guard_url}/v1/calls/{calls['identified']}/identify",
                                   json=IDENTIFY) as resp:
                assert (await resp.json())["identification"] == "primary"
            seen = []
            for msisdn, call, change in steps:
                if change is not None:
                    change(cards)
                status, headers, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                                  headers={"X-Guard-Call": calls[call]})
                seen.append((status, headers["X-Guard-Identification"], body))
            return seen


def _kept_and_fresh(tmp_path: Any, engine: Any, policy: Any, steps: list[Step]) -> tuple[list, list, Any]:
    apps: list[web.Application] = []
    kept = asyncio.run(_answers(tmp_path, engine, policy, steps, apps, card_secrets_cache_size=16))
    fresh = asyncio.run(_answers(tmp_path, engine, policy, steps, [], card_secrets_cache_size=0))
    return kept, fresh, apps[0][STATE].card_secrets


def _new_passport(cards: dict[str, dict[str, Any]]) -> None:
    # The CRM swaps the passport and quotes the new one in a field the policy shows.
    cards[IVANOV]["owner"]["passport"].update(series="4611", number="223344")
    cards[IVANOV]["call_details"][0]["region"] = "Москва 4611 223344"


def _surname_in_shown_field(cards: dict[str, dict[str, Any]]) -> None:
    # Nothing hidden changes; a shown field now quotes the hidden surname (the body differs by that field only).
    cards[IVANOV]["call_details"][0]["network"] = "Иванова"


def _back(cards: dict[str, dict[str, Any]]) -> None:
    cards[IVANOV] = card(IVANOV)


def test_a_crm_changing_a_card_between_fetches_gets_the_answers_of_a_proxy_that_keeps_no_secrets(
        tmp_path, engine, policy):
    steps: list[Step] = [(IVANOV, "identified", None), (IVANOV, "stranger", None),
                         (IVANOV, "identified", _new_passport), (IVANOV, "stranger", None),
                         (IVANOV, "identified", _surname_in_shown_field), (IVANOV, "stranger", None),
                         (IVANOV, "identified", _back), (IVANOV, "stranger", None)]
    kept, fresh, cache = _kept_and_fresh(tmp_path, engine, policy, steps)
    assert kept == fresh
    assert cache.hits >= 2  # the card changed back: its first entries answered again
    for status, _, body in kept[2:6]:
        text = shown_text(body)
        assert status == 200 and "223344" not in text and "4611" not in text and "Иванов" not in text


def test_two_customers_sharing_hidden_values_get_the_answers_of_a_proxy_that_keeps_no_secrets(tmp_path, engine, policy):
    # The twin's card holds Ivanov's surname, passport and contact phone (its DE name, Олег, is shown); its call is
    # not identified. What Ivanov's identified call was shown (the last 4 digits of his number) must not open anything
    # of the twin's card.
    steps: list[Step] = [(IVANOV, "identified", None), (TWIN, "twin", None), (IVANOV, "stranger", None),
                         (TWIN, "twin", None), (IVANOV, "identified", None)]
    kept, fresh, cache = _kept_and_fresh(tmp_path, engine, policy, steps)
    assert kept == fresh
    assert [level for _, level, _ in kept] == ["primary", "none", "none", "none", "primary"]
    twin = shown_text(kept[3][2])
    assert [piece for piece in ("Иванов", "4505", "678901", "79031234567", "9998877") if piece in twin] == []
    assert cache.hits >= 2 and len(cache._entries) == 3


def test_every_call_state_attribute_the_policy_may_read_is_in_both_caches_keys():
    # An attribute the policy's conditions may read but a cache key left out would let one call state's entry answer
    # another's: the keys are the policy's own definition of the call state (conditions.call_state_key).
    from guard.policy import CallContext, IdentificationLevel
    from guard.policy.conditions import CONTEXT_ATTRIBUTES
    from guard.policy.evaluator import PolicyDecision
    from guard.proxy.filtering import CardSecretsCache, DecisionCache

    base = CallContext()
    other = {"identification": IdentificationLevel.PRIMARY, "caller_gender": "female", "identified_by": "full_name",
             "confirmed": frozenset({"city_number"})}
    assert set(CONTEXT_ATTRIBUTES) == set(other)
    decisions, secrets = DecisionCache(4), CardSecretsCache(4)
    decision = PolicyDecision(card={}, refused=False, refusal=None, applied=[], fail_closed=[])
    for attribute in CONTEXT_ATTRIBUTES:
        changed = CallContext(**{attribute: other[attribute]})
        assert decisions.key(b"{}", changed) != decisions.key(b"{}", base), attribute
        assert secrets.key(decision, b"{}", changed) != secrets.key(decision, b"{}", base), attribute
