"""Red-team round bb5, 24: who may say what the caller said (docs/disclosure.md, "Who may say what the caller said").

A line with `speaker: client` posted by the operator's own software made the card's surname, passport and contact
phone count as "said by the caller", so the operator's next line repeating them was allowed. Now a client line counts
only from the caller's side: a credential with the role `caller-feed` (the telephony/ASR feed), or — auth off — a
deployment that says its one desk's software is the feed (`client_lines_trusted`). Anyone else's client line is still
checked (hints) and unlocks nothing. The request's shape is unchanged.
"""
from __future__ import annotations

from guard.proxy.auth import CALLER_FEED_ROLE, issue_token

from security.conftest import TOKEN_KEY, bearer, open_call
from security.hostile_crm import card
from security.test_redteam_s22 import _serve

MSISDN = "79161238501"
CARD = card(MSISDN, owner__last_name="Кузнецов",
            contact={"phone": "79031234567", "person": "Кузнецова Анна Петровна", "email": None})
CALLERS_LINE = "я Кузнецов, паспорт 4505 678901, контактный 89031234567"
OPERATORS_LINE = "да, Кузнецов, паспорт 4505 678901, контактный 89031234567"


def _feed() -> dict[str, str]:
    return {"Authorization": "Bearer " + issue_token(TOKEN_KEY.encode(), "asr1", roles=[CALLER_FEED_ROLE], ttl_s=600)}


def _after_a_client_line(attack, client_headers: dict[str, str] | None = None,
                         operator_headers: dict[str, str] | None = None, **settings) -> tuple[int, str]:
    """(status of the client line, verdict of the operator's line after it) in the operator's own call."""
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN, "op7501", headers=operator_headers)
        async with client.post(f"{stack.guard_url}/v1/check", headers=client_headers or {},
                               json={"id": "c", "text": CALLERS_LINE, "call_id": call_id, "speaker": "client"}) as resp:
            status = resp.status
        async with client.post(f"{stack.guard_url}/v1/check", headers=operator_headers or {},
                               json={"id": "o", "text": OPERATORS_LINE, "call_id": call_id}) as resp:
            assert resp.status == 200, await resp.text()
            return status, (await resp.json())["verdict"]

    return attack(scenario, crm=_serve(CARD), **settings)


def test_24_a_client_line_from_the_operators_side_unlocks_nothing_with_auth_off(attack):
    assert _after_a_client_line(attack) == (200, "block")


def test_24_a_client_line_under_the_operators_own_token_unlocks_nothing(attack):
    operator = bearer("op7501")
    assert _after_a_client_line(attack, operator, operator, auth_mode="token", auth_key=TOKEN_KEY) == (200, "block")


def test_24_the_caller_feeds_line_lets_the_operator_say_the_callers_values_back(attack):
    assert _after_a_client_line(attack, _feed(), bearer("op7501"), auth_mode="token",
                                auth_key=TOKEN_KEY) == (200, "allow")


def test_24_the_auth_off_setting_of_a_single_desk_is_not_read_with_auth_on(attack):
    operator = bearer("op7501")
    assert _after_a_client_line(attack, operator, operator, auth_mode="token", auth_key=TOKEN_KEY,
                                client_lines_trusted=True) == (200, "block")


def test_24_a_single_desk_that_is_its_own_feed_keeps_the_read_back(attack):
    assert _after_a_client_line(attack, client_lines_trusted=True) == (200, "allow")


def test_24_the_caller_feed_may_tell_the_callers_words_but_not_speak_as_the_operator_of_anothers_call(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN, "op7501", headers=bearer("op7501"))
        async with client.post(f"{stack.guard_url}/v1/check", headers=_feed(),
                               json={"id": "o", "text": "тариф стоит 500 рублей", "call_id": call_id}) as resp:
            return resp.status

    assert attack(scenario, crm=_serve(CARD), auth_mode="token", auth_key=TOKEN_KEY) == 403
