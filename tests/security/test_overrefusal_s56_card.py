"""Stop 56 (s56-overrefusal), issue 12: a live card refused by a note ending a part of the contract, not the contract.

A contract's note «Старая SIM заблокирована навсегда» (a SIM card blocked, not the contract ended) was read as the
contract's end with no date (guard/policy/termination.py: in a contract's own note every ending was the contract's),
and the owner's data were refused. The thing that ends must be the contract, the number or its service: an ending or
a closing whose subject or object is, by the note's syntax, a part the contract holds — its SIM, a device, a tariff
option, a package, a promo, a subscription, a block (lexicon.PARTS_THAT_END_ALONE) — is that part's
(`_ends_another_thing`). The contract's or the number's word among the things, no thing the parse names, or a parse
that fails: the ending stands (fail closed).
"""
from __future__ import annotations

from datetime import date
from typing import Callable

import pytest

from guard.policy.termination import _stated_in_comment, terminations_stated
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with

TODAY = date(2026, 12, 7)

# A part of the contract ends, the contract lives (the review's note first, then our own phrasings)
A_PART_ENDS = [
    "Старая SIM заблокирована навсегда",
    "Старая сим-карта заблокирована навсегда",
    "Клиент заблокировал старую SIM навсегда",
    "Опция «Безлимит» отключена навсегда",
    "Акция «Лето» завершена",
    "Временная блокировка завершена 15.01.2015",
    "Пакет минут истёк",
    "Срок действия промокода истёк 01.02.2015",
    "Подписка на музыку аннулирована",
    "Роутер отключён навсегда",
    "Окончание акции 01.01.2015",
    "Тариф закрыт 01.01.2015",
]
# The contract, the number or its service ends: refused as before, whatever part is named beside it
THE_CONTRACT_ENDS = [
    "Номер заблокирован навсегда",
    "Заблокирован навсегда",
    "Номер и SIM заблокированы навсегда",
    "SIM и договор закрыты",
    "Срок действия договора истёк",
    "Договор расторгнут, SIM заблокирована навсегда",
    "Телефон отключён навсегда",
    "Услуги связи прекращены",
    "Абонент отказался от услуг связи",
    "Договор: SIM заблокирована навсегда",   # no subject the parse names for the block: the stricter reading
]

# Review s56 f1: the SIM carries the number — given to another, ported, returned to the pool: the number's end, refused
SIM_CARRIES_THE_NUMBER = [
    "Сим-карта передана другому лицу 01.03.2020",
    "Сим-карта передана другому абоненту",
    "Клиент передал сим-карту другому лицу",
    "Сим-карта с номером 79161234567 передана другому лицу",
    "Переоформление сим-карты на другое лицо",
    "Сим-карта перерегистрирована на третье лицо",
    "Симка переоформлена на нового владельца",
    "SIM перенесена в МТС",
    "SIM портирована в Билайн 01.03.2020",
    "Сим-карта перешла к другому оператору",
    "Абонент перенёс SIM в МТС",
    "Симка ушла в Билайн",
    "Сим-карта возвращена в пул",
]
# Review s56 f4: a part's dependent names the subscriber or the service of communication (and no bare «карта»): refused
A_PART_OF_THE_SUBSCRIBER_S = [
    "Карта клиента закрыта",
    "Пакет услуг связи прекращён",
    "Подписка на услуги связи аннулирована",
    "Абонентское устройство отключено навсегда",
]


def _in_contract_note(text: str) -> Callable[[dict], None]:
    def change(out: dict) -> None:
        out["contract"]["note"] = text
    return change


def _stated_in_note(text: str) -> list:
    card = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None, "note": text}}
    return terminations_stated(card, TODAY)


@pytest.mark.parametrize("text", A_PART_ENDS)
def test_a_part_of_the_contract_ending_in_its_note_states_no_end_of_the_contract(text):
    assert _stated_in_note(text) == []


@pytest.mark.parametrize("text", THE_CONTRACT_ENDS)
def test_the_contract_or_the_number_ending_in_its_note_still_states_its_end(text):
    assert [found.end for found in _stated_in_note(text)] == [None]


def test_a_part_closed_in_a_comment_naming_the_contract_states_no_end():
    assert _stated_in_comment("Договор: опция закрыта 15.01.2015", TODAY) is None
    assert _stated_in_comment("Договор закрыт 15.01.2015, опция отключена", TODAY) == date(2015, 1, 15)


def test_when_the_parse_fails_a_part_s_ending_is_read_as_the_contract_s(monkeypatch):
    """No parse, no thing named: the stricter reading stands (fail closed)."""
    from guard.disclosure import about

    def broken(text):
        raise RuntimeError("no model")

    monkeypatch.setattr(about, "_parse", broken)
    about.parse_text.cache_clear()
    try:
        assert [found.end for found in _stated_in_note("Старая SIM заблокирована навсегда")] == [None]
    finally:
        about.parse_text.cache_clear()


def test_a_live_card_whose_note_ends_a_part_is_shown_and_one_ending_the_contract_refused(attack):
    """Through the real proxy with a hostile CRM on loopback: identified by the whole name, the owner's card is shown
    when its contract's note ends a part, and refused (a wrong name's answer, nothing of the owner) when it ends the
    contract or the number."""
    live = {f"live {text}": _in_contract_note(text) for text in A_PART_ENDS[:6]}
    ended = {f"old {text}": _in_contract_note(text) for text in THE_CONTRACT_ENDS[:4]}
    cards = _cards({**live, **ended}, "791630056")
    names = dict(zip(cards, [*live, *ended]))

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            _, answer, shown = await _identify(client, stack.guard_url, msisdn, f"op56{i}",
                                               {"method": "primary", "full_name": WHOLE, "caller_gender": "male"})
            seen[names[msisdn]] = (answer.get("matched"), "Иванов" in shown or msisdn[-4:] in shown)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert {name: outcome for name, outcome in seen.items() if name.startswith("live") and outcome != (True, True)} \
        == {}
    assert {name: outcome for name, outcome in seen.items() if name.startswith("old") and outcome != (False, False)} \
        == {}


@pytest.mark.parametrize("text", SIM_CARRIES_THE_NUMBER + A_PART_OF_THE_SUBSCRIBER_S)
def test_a_live_card_whose_note_ends_the_number_through_its_sim_is_refused(text):
    """Review s56 f1, f4: only a part blocked, closed, expired, ended or cut off is the part's own ending."""
    assert _stated_in_note(text), text
