"""The cards of the customers a card's comments write are asked of the CRM at once (stop 33): a comment writes two or
three numbers, each a round trip, most of them nobody's. They are read in the order the comments write them, so the
answer is the one asking them one after the other gives: a refused customer refuses the comments, any card the CRM
will not give (but "no such card") withholds the answer, and the secrets are joined in the same order."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

import guard.proxy.forward as forward
from guard.config import Settings
from guard.metrics import Metrics
from guard.proxy.errors import GuardError, bad_gateway, not_found
from guard.proxy.textcache import RedactedTextCache
from security.hostile_crm import card

NUMBERS = ["79160000001", "79160000002", "79160000003"]
OWNER = card("79161234567", comments=[{"at": "2026-10-30T09:00:00", "author": "op1",
                                       "text": "Звонили с 89160000001, потом с 89160000002 и 89160000003"}])


def _state(policy: Any) -> Any:
    return SimpleNamespace(policy=policy, settings=Settings(), metrics=Metrics(),
                           written_numbers=RedactedTextCache(0), _owner_key=b"k" * 32,
                           owner_key=lambda: b"k" * 32)


def _crm(monkeypatch: pytest.MonkeyPatch, answers: dict[str, Any]) -> dict[str, int]:
    """A CRM stand-in: each card asked for yields to the loop a few times before answering; the most asked at once."""
    seen = {"now": 0, "most": 0}

    async def fetch_card(state: Any, msisdn: str) -> dict[str, Any]:
        seen["now"] += 1
        seen["most"] = max(seen["most"], seen["now"])
        for _ in range(3):
            await asyncio.sleep(0)
        seen["now"] -= 1
        answer = answers[msisdn]
        if isinstance(answer, GuardError):
            raise answer
        return answer

    monkeypatch.setattr(forward, "fetch_card", fetch_card)
    return seen


def _comments_owner(state, card):
    """What the proxy asks of the CRM for a card at its own route: the customers its comments write."""
    return forward._comments_owner_of(state, None, list(forward._comments_write(state, card, set())))


def test_the_cards_a_comment_names_are_asked_for_at_once(monkeypatch, policy) -> None:
    seen = _crm(monkeypatch, {number: not_found("no card") for number in NUMBERS})
    assert asyncio.run(_comments_owner(_state(policy), OWNER)) is None
    assert seen["most"] == len(NUMBERS)


def test_a_card_the_crm_will_not_give_withholds_the_answer_whatever_comes_before_it(monkeypatch, policy) -> None:
    _crm(monkeypatch, {NUMBERS[0]: not_found("no card"), NUMBERS[1]: bad_gateway("down"),
                       NUMBERS[2]: card(NUMBERS[2])})
    with pytest.raises(GuardError) as raised:
        asyncio.run(_comments_owner(_state(policy), OWNER))
    assert raised.value.status == 502


def test_the_cards_found_give_the_secrets_asking_one_after_the_other_gives(monkeypatch, policy) -> None:
    others = {NUMBERS[0]: card(NUMBERS[0], owner__last_name="Кулаков"), NUMBERS[1]: not_found("no card"),
              NUMBERS[2]: card(NUMBERS[2], owner__last_name="Сидоренко")}
    _crm(monkeypatch, others)
    refused, secrets = asyncio.run(_comments_owner(_state(policy), OWNER))
    state = _state(policy)
    expected = forward.CardSecrets()
    for number in (NUMBERS[0], NUMBERS[2]):
        other = others[number]
        context = forward.call_context(forward.for_this_card(state, None, other), other)
        decision = policy.apply(other, context, redact_text=lambda text: forward.REDACTION_FAILED)
        expected = expected | forward.CardSecrets.of(decision)
    assert refused is False
    assert secrets == expected
    assert {"кулаков", "сидоренко"} <= set(secrets.words)
