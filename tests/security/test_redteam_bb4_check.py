"""Red-team round bb4 (stop 29), F14 and F04: POST /v1/check in a call (the proxy holds the card) answered `allow` when
the operator read the card's hidden values in everyday speech —

- F14: the values as comma-separated spoken groups with no cue word (the contact phone, the passport), the contact
  person by first name and patronymic told as the caller's someone, the e-mail said in pieces without «собака»;
- F04: the registration address with an ordinal or bare house and flat numbers after the street, the surname
  described by its first and last letters.

Each replayed as a real request against the real proxy, with a CRM on loopback serving the red team's card. The check
in a call never compares with hidden values (guard/proxy/calls.py `check_context`: no guessing oracle), so each way of
saying a value is blocked whatever its value: a wrong guess said the same way gets the same verdict.
"""
from __future__ import annotations

import pytest

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s22 import _serve

MSISDN = "79161234567"
CARD = card(MSISDN, owner__last_name="Шевчуков", email="petr.shevchukov@mail.ru",
            contact={"phone": "79031234567", "person": "Шевчукова Анна Петровна", "email": None})

# the card's value said the red team's way, and a wrong guess said the same way
F14 = [
    pytest.param("девятьсот три, сто двадцать три, сорок пять, шестьдесят семь",
                 "девятьсот три, сто двадцать один, сорок пять, шестьдесят семь", id="contact-phone-in-groups"),
    pytest.param("четыре пять ноль пять, шесть семь восемь девять ноль один",
                 "четыре пять ноль семь, шесть семь восемь девять ноль один", id="passport-in-groups"),
    pytest.param("это Анна Петровна ваша?", "это Ольга Петровна ваша?", id="contact-person-first-name-patronymic"),
    pytest.param("мейл ру, петр точка шевчуков", "мейл ру, петр точка кузнецов", id="e-mail-backwards"),
]
F04 = [
    pytest.param("вы живёте на Тверской, пятый дом", "вы живёте на Тверской, седьмой дом", id="street-ordinal-house"),
    pytest.param("на Тверской живёте, в двенадцатой квартире", "на Тверской живёте, в тринадцатой квартире",
                 id="street-ordinal-flat"),
    pytest.param("Тверская пять двенадцать", "Тверская семь двенадцать", id="street-bare-numbers"),
    pytest.param("фамилия начинается на Ш и заканчивается на ов", "фамилия начинается на К и заканчивается на ин",
                 id="surname-letters"),
]


def _verdicts(attack, texts: list[str]) -> list[str]:
    async def scenario(stack, client):
        verdicts = []
        for text in texts:
            call_id = await open_call(client, stack.guard_url, MSISDN)  # a call each: no budget, no earlier line
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": "u1", "text": text, "call_id": call_id}) as resp:
                assert resp.status == 200, await resp.text()
                verdicts.append((await resp.json())["verdict"])
        return verdicts

    return attack(scenario, crm=_serve(CARD))


@pytest.mark.parametrize(("right", "wrong"), F14 + F04)
def test_a_card_value_said_in_everyday_speech_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", [
    "девятьсот три сто двадцать три сорок пять шестьдесят семь",
    "четыре пять ноль пять шесть семь восемь девять ноль один",
])
def test_the_same_groups_without_commas_stay_blocked(attack, text):
    assert _verdicts(attack, [text]) == ["block"]


@pytest.mark.parametrize("text", [
    # п. 15: the caller addressed by first name and patronymic — DE's (п. 1, «Внимание!»: another ИО, the contact
    # person's «Анна Петровна» here, is blocked since red team bb13, 16)
    "Пётр Сергеевич, подскажите, чем могу помочь?",
    "с вами говорит оператор Анна, слушаю вас",
    "тариф стоит пятьсот, пятьдесят гигабайт, сто минут",  # amounts in a list are no number of a person
    "на Тверской у нас салон, работает с девяти до двадцати одного",
    "ваша заявка принята, срок три, пять рабочих дней",
])
def test_everyday_lines_near_those_shapes_are_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]
