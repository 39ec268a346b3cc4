"""Red-team round bb30, the checker's findings in a call (f06, f07), through the real proxy's /v1/check.

- f06 (medium): in a call whose caller is not identified, the card's hidden contact person named by first name and
  patronymic in a line about something else («Вы с Анной Петровной в одной семье?», «А Анна Петровна сейчас рядом?»,
  «Может, Анна Петровна знает пароль?», «Передайте Анне Петровне …») was `allow`/`warn`: the name was judged only where
  the line was about who the person is. Инструкция запретов п. 4: saying the name tells it. In a call a person named by
  first name and patronymic whom the operator's view does not show and the caller did not name is the card's hidden
  person's (checker._hidden_person_named, personal.first_names_with_patronymic) — card-blind: any such name alike.
- f07 (medium/low): the owner's street and age proposed in shapes the check did not read: «Вы с Тверской улицы
  звоните?» (where the caller calls from places them as «Вы с улицы Тверская?» does: streets._caller_placed), «Вам
  пятый десяток?», «Вам скоро полтинник?», «сорок с хвостиком» (one reading of an age expression told to whom an age
  is given: value_shapes.age_told, in a call).
"""
from __future__ import annotations

from typing import Any

import pytest

from guard.callstate import CallState, IdentificationLevel
from guard.disclosure.context import Said
from security.conftest import check_in_call, open_call
from security.hostile_crm import PLAIN, card
from security.test_redteam_s23 import _serve

MSISDN = "79160000530"
CARD = card(MSISDN, contact={"phone": "79031234567", "person": "Мельникова Анна Петровна", "email": None})

NAMED_IN_PASSING = [
    # the red team's
    "Вы с Анной Петровной в одной семье?",
    "А Анна Петровна сейчас рядом с вами?",
    "Может, Анна Петровна знает пароль?",
    "Передайте Анне Петровне, что мы звонили",
    # my own: other cases, other sentences
    "Я бы хотела поговорить с Анной Петровной о тарифе.",
    "У Анны Петровны тоже есть номер у нас?",
    "Об Анне Петровне я ничего сказать не могу.",
    "Это номер Анны Петровны?",
]


def _checked_in_calls(attack, lines: list[str], msisdn: str = PLAIN["msisdn"]) -> list[tuple[int, Any]]:
    crm_card = card(msisdn, contact={"phone": "79031234567", "person": "Мельникова Анна Петровна", "email": None})

    async def scenario(stack, client):
        answers = []
        for i, text in enumerate(lines):
            call_id = await open_call(client, stack.guard_url, msisdn, operator=f"op{1100 + i}")
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": f"u{i}", "text": text, "call_id": call_id}) as resp:
                answers.append((resp.status, await resp.json()))
        return answers

    return attack(scenario, crm=_serve(crm_card))


def test_item4_the_hidden_contact_persons_name_said_in_passing_is_blocked_through_the_proxy(attack):
    for line, (status, answer) in zip(NAMED_IN_PASSING, _checked_in_calls(attack, NAMED_IN_PASSING)):
        assert status == 200 and answer["verdict"] == "block", (line, answer)


@pytest.mark.parametrize("line", NAMED_IN_PASSING)
def test_item4_a_name_not_on_the_screen_is_blocked_in_a_call_whatever_the_sentence_is_about(line):
    result = check_in_call(CARD, line)
    assert result.verdict == "block" and {"contact-info", "owner-name"} & set(result.rules), (line, result)


@pytest.mark.parametrize("line", NAMED_IN_PASSING[:4])
def test_item4_a_right_and_a_wrong_name_get_the_same_verdict(line):
    wrong = line.replace("Анн", "Ольг").replace("Петровн", "Ивановн")
    assert check_in_call(CARD, wrong).verdict == check_in_call(CARD, line).verdict == "block", wrong


@pytest.mark.parametrize("line", [
    "Меня зовут Анна Петровна, чем могу помочь?",           # the operator's own name
    "Пётр Сергеевич, подскажите, пожалуйста, код из смс.",  # the DE name the screen shows, as an address (п. 15)
    "Передайте Петру Сергеевичу, что мы звонили",          # the DE name the screen shows, in another case
    "Вы с супругой в одной семье?",                        # no name
    "Я Светлана Андреевна, старшая смены, мой номер 1650.",  # the operator's own name
    "анна сергеевна спасибо что дождались сейчас всё проверю",  # speech to text: the address at the line's start
    "спасибо что уделили время дмитрий алексеевич",           # and at its end
])
def test_names_the_screen_shows_or_the_operators_own_stay_allowed_in_a_call(line):
    assert check_in_call(CARD, line).verdict == "allow", line


def test_item4_a_name_the_caller_said_first_may_be_said_back():
    said = Said.of(["Я звоню по поводу номера Анны Петровны, она моя мама"])
    assert check_in_call(CARD, "Передайте Анне Петровне, что мы звонили", said=said).verdict == "allow"
    assert check_in_call(CARD, "Передайте Ольге Ивановне, что мы звонили", said=said).verdict == "block"


STREET_AND_AGE_PROPOSED = [
    # the red team's
    "Вы с Тверской улицы звоните?",
    "Вам пятый десяток, я правильно понимаю?",
    "Вам пятый десяток?",
    "Вам скоро полтинник?",
    "Вам сорок с хвостиком?",
    # my own
    "Вы с улицы Тверской звоните?",
    "Вам шестой десяток пошёл, верно?",
    "Вам под пятьдесят?",
    "Вам около пятидесяти?",
    "Вам сорок с небольшим, верно?",
    "Вам уже сороковник?",
]


def test_f07_the_owners_street_and_age_proposed_are_blocked_through_the_proxy(attack):
    for line, (status, answer) in zip(STREET_AND_AGE_PROPOSED[:5], _checked_in_calls(attack, STREET_AND_AGE_PROPOSED[:5])):
        assert status == 200 and answer["verdict"] == "block", (line, answer)


@pytest.mark.parametrize("line", STREET_AND_AGE_PROPOSED)
def test_f07_a_street_or_an_age_proposed_to_an_unidentified_caller_is_blocked_in_a_call(line):
    result = check_in_call(CARD, line)
    assert result.verdict == "block" and {"address", "other-personal-data"} & set(result.rules), (line, result)


@pytest.mark.parametrize("line", [
    # («С какой улицы вы звоните?», «Вы с какой улицы?» are blocked, as on main: the pronoun before the street word is
    # read as its name, which is what blocks «на этой улице, Тверской?» — review of s55-bb30check, fail closed)
    "Вы звоните с мобильного?",
    "Вам за сорок минут перезвонят.",             # a number counting a thing
    "Вам полтинник на счёт зачислят.",            # money
    "Вам начислено пятьдесят с лишним рублей.",
    "Вам пятый раз звонят?",
    "Тогда вам подойдёт опция за девяносто девять рублей.",  # a number going on to its thing
    "И вам всё перепишут минут за десять.",
])
def test_f07_questions_naming_no_street_and_numbers_counting_things_stay_allowed_in_a_call(line):
    assert check_in_call(CARD, line).verdict == "allow", line


def test_f07_an_age_the_caller_said_first_may_be_said_back():
    assert check_in_call(CARD, "Вам под пятьдесят?", said=Said.of(["мне под пятьдесят"])).verdict == "allow"


@pytest.mark.parametrize("line", ["Вы живёте на этой улице, Тверской?", "Вы живёте на той улице — Тверской?",
                                  "Вы живёте на какой улице, Тверской?", "Вы на какой улице живёте — Тверская?"])
def test_f07_the_callers_street_after_a_pronoun_and_the_street_word_is_blocked_in_a_call(line):
    # review of s55-bb30check: a filter of pronouns before the street word let these through; main blocked them
    assert check_in_call(CARD, line).verdict == "block", line
