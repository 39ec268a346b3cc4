"""Round bb3's finding 07, mended at stop 29 (docs/redteam-open.md): POST /v1/check in a call as an oracle on the hidden
street. "Вы живёте на Лавочкина" (the card's street, and a surname's shape) blocked while the same line with another
street ("на Тверской", "на Профсоюзной") was allowed. A street told of where the caller lives is now judged by its shape,
never by the card (guard/disclosure/streets.py), as surnames, passports and cities are: every such line blocks, and
a line gets the same answer whatever street the card hides.
"""
from __future__ import annotations

import asyncio

import aiohttp
import pytest

from conftest import guard_stack, make_card


def _living_on(street: str) -> dict:
    address = f"г. Москва, ул. {street}, д. 5, кв. 12"
    return make_card(addresses={"registration": address, "legal": None, "billing": address, "delivery": None})


def _checked_in_a_call(tmp_path, engine, policy, card: dict, lines: list[str]) -> list[tuple[str, list]]:
    async def scenario() -> list[tuple[str, list]]:
        async with guard_stack(tmp_path, engine, policy, cards=[card]) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": card["msisdn"], "operator_id": "op1021"}) as resp:
                call_id = (await resp.json())["call_id"]
            answers = []
            for line in lines:
                async with client.post(f"{stack.guard_url}/v1/check",
                                       json={"id": 1, "call_id": call_id, "text": line}) as resp:
                    answer = await resp.json()
                answers.append((answer["verdict"], sorted((v["rule"], v["start"], v["end"])
                                                          for v in answer["violations"])))
            return answers

    return asyncio.run(scenario())


_STREET_LINES = [template.format(street) for street in ("Лавочкина", "Тверской", "Профсоюзной")
                 for template in ("Вы живёте на {}", "вы живете на {}", "Вы прописаны на {}", "Доставка на {}")]


def test_check_in_a_call_answers_a_street_told_without_its_word_the_same_whatever_street_the_card_hides(
        tmp_path, engine, policy):
    """No oracle on the hidden street: each line gets the same answer (verdict, rules, spans) in a call on a card
    living on Лавочкина as on a card living on Тверская — streets are judged by their shape, as surnames are."""
    on_lavochkina = _checked_in_a_call(tmp_path, engine, policy, _living_on("Лавочкина"), _STREET_LINES)
    on_tverskaya = _checked_in_a_call(tmp_path, engine, policy, _living_on("Тверская"), _STREET_LINES)
    assert on_lavochkina == on_tverskaya


@pytest.mark.parametrize("line", _STREET_LINES)
def test_a_street_told_of_where_the_caller_lives_without_its_word_is_blocked(tmp_path, engine, policy, line):
    [(verdict, rules)] = _checked_in_a_call(tmp_path, engine, policy, _living_on("Лавочкина"), [line])
    assert verdict == "block", rules
