"""Red-team round bb26, f02: in a call, POST /v1/check is never weaker than the same line checked alone.

Two things let the operator read out the card's hidden numbers with the checker answering `allow`:
- the line model's personal-data guesses (`model:call-detail-number`, `model:address`, `model:owner-name`) a line gets
  alone were dropped in a call, "the card decides" — but the proxy hands the checker the operator's view, which hides
  every value it does not show, so nothing decided them (guard/disclosure/checker.py `_weigh`: now the guess stands
  unless every number the line says is the caller's or the view's, `_the_call_gave_its_numbers`);
- a number was read card-blind only in a stretch that is only a value: "Вы набирали 5556677", "Набирали вы семьсот
  шестьдесят пять сорок три двадцать один", "Вы набирали четыре пять ноль восемь" — now a number of a subscriber
  number's length, or dictated a digit a word, is told wherever it stands (bare_value.numbers_told_anywhere), a right
  and a wrong value alike (no oracle);
- a house's or a flat's number beside its noun ("Дом семнадцать?", "Ваш дом — семнадцатый.", "Вы в сорок второй
  квартире?": streets.dwellings_told) and the street the post is sent to ("пришлют по почте на Мясницкую":
  streets._by_post) are the address's, in a line alone too.
Through the checker with the call's view and through the real proxy with a hostile CRM on loopback.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import VERDICT_ORDER as ORDER
from guard.disclosure.context import Said
from guard.policy import IdentificationLevel
from security.conftest import check_in_call, check_line, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79165550000"
CARD = card(MSISDN, call_details=[{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677",
                                   "kind": "mobile", "network": "МТС", "region": "Москва", "lai": "7701-12345",
                                   "cell_id": "40211", "duration_s": 120}],
            contact={"phone": "79037654321", "person": "Лисицын Олег Петрович", "email": None})

# the repro's lines that tell a number (the called number's 7 digits, the contact phone's 7, the passport series)
NUMBER_LINES = [
    "Вы набирали 5556677.",
    "Вы набирали пятьсот пятьдесят пять шестьдесят шесть семьдесят семь.",
    "Последний звонок был на 555-66-77.",
    "Звонок в 10:15 на 555-66-77, две минуты.",
    "Набирали вы семьсот шестьдесят пять сорок три двадцать один.",
    "Вы набирали четыре пять ноль восемь.",
]
# the repro's lines that tell the billing address's street, house and flat
ADDRESS_LINES = [
    "Вам пришлют по почте на Мясницкую.",
    "Ваш дом — семнадцатый.",
    "Вы в сорок второй квартире?",
    "Дом семнадцать?",
]
# the same lines with values no card holds: the same verdict (the check in a call is no oracle)
WRONG_VALUES = [
    "Вы набирали 4441290.",
    "Вы набирали триста двенадцать сорок один девяносто.",
    "Последний звонок был на 312-41-90.",
    "Звонок в 10:15 на 312-41-90, две минуты.",
    "Набирали вы четыреста сорок один двенадцать девяносто.",
    "Вы набирали три один два девять.",
    "Вам пришлют по почте на Остоженку.",
    "Ваш дом — двадцать третий.",
    "Вы в тридцать пятой квартире?",
    "Дом девять?",
]
# lines the line model reads as personal data alone (a guess, `warn`), which a call must not clear
GUESSED_ALONE = [
    "Последний звонок был на 555-66-77.",
    "Вы в сорок второй квартире?",
    "Дом семнадцать?",
    "Фамилия владельца рифмуется с «синица».",
]


_check = check_line


def _in_call(line: str, call: CallState | None = None, said: Said | None = None):
    return check_in_call(CARD, line, call, said)


@pytest.mark.parametrize("line", NUMBER_LINES + ADDRESS_LINES + WRONG_VALUES)
def test_a_number_or_an_address_told_in_a_call_is_blocked_whatever_words_stand_around_it(line):
    assert _in_call(line).verdict == "block", line


@pytest.mark.parametrize("line", ADDRESS_LINES + WRONG_VALUES[-4:])
def test_item3_a_house_a_flat_or_the_street_the_post_goes_to_is_told_in_a_line_alone_too(line):
    assert "address" in {v.rule for v in _check(line).violations}, line


@pytest.mark.parametrize("line", ["В доме пять этажей", "У вас две квартиры?", "Отправим по почте на ваш ящик",
                                  "Наш офис в доме 5 на Тверской", "Вы дома?", "Письмо придёт на почту"])
def test_a_count_of_houses_the_companys_office_and_a_mailbox_tell_no_address(line):
    assert "address" not in {v.rule for v in _in_call(line).violations}, line


@pytest.mark.parametrize("line", GUESSED_ALONE)
def test_a_personal_data_guess_a_line_gets_alone_is_not_dropped_in_a_call(line):
    alone = _check(line)
    assert alone.verdict != "allow"
    assert ORDER[_in_call(line).verdict] >= ORDER[alone.verdict], line


@settings(max_examples=25, deadline=None)
@given(line=st.sampled_from(NUMBER_LINES + WRONG_VALUES + GUESSED_ALONE + [
    "Девушка, у нас авария, я не знаю когда починят", "Ваш номер заканчивается на 0000, верно?",
    "Контактное лицо у вас Лисицын", "Вам звонили с номера 8 903 555 66 77", "Спасибо за ожидание"]),
    identified=st.booleans())
def test_the_check_in_a_call_is_never_weaker_than_the_same_line_alone(line, identified):
    call = CallState(msisdn=MSISDN, identification=IdentificationLevel.PRIMARY, caller_gender="male",
                     identified_by="full_name") if identified else None
    in_call, alone = _in_call(line, call), _check(line)
    if identified and "0000" in line:  # п. 6: what the view shows may be said — the one thing a call clears
        return
    assert ORDER[in_call.verdict] >= ORDER[alone.verdict], (line, in_call.verdict, alone.verdict)


def test_a_number_the_caller_said_may_be_said_back_in_a_call():
    said = Said.of(["я звонил на пятьсот пятьдесят пять шестьдесят шесть семьдесят семь"])
    assert _in_call("Вы набирали 5556677?", said=said).verdict == "allow"
    assert _in_call("Последний звонок был на 555-66-77, вы сказали", said=said).verdict != "block"


def test_the_shown_last_4_may_still_be_said_after_the_identification():
    call = CallState(msisdn=MSISDN, identification=IdentificationLevel.PRIMARY, caller_gender="male",
                     identified_by="full_name")
    assert _in_call("Ваш номер заканчивается на 0000", call).verdict == "allow"


@pytest.mark.parametrize("line", ["Ваша заявка номер 4471092 принята", "Позвоните на 8 800 250 08 90",
                                  "Пакет на 1000000 рублей", "Звонок длился 12 минут"])
def test_a_request_number_the_companys_line_and_a_sum_are_no_number_told(line):
    assert not {"other-personal-data", "subscriber-number"} & {v.rule for v in _in_call(line).violations}, line


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

def test_the_proxys_check_in_a_call_blocks_the_numbers_and_keeps_the_guesses_a_line_gets_alone(attack):
    lines = NUMBER_LINES + ADDRESS_LINES + WRONG_VALUES[:2] + GUESSED_ALONE
    cards = {}
    for i in range(len(lines)):
        msisdn = f"791655500{i:02d}"
        cards[msisdn] = {**CARD, "msisdn": msisdn, "numbers": [{"msisdn": msisdn, "tariff": "Мой безлимит"}]}

    async def scenario(stack, client):
        answers = []
        for line, msisdn in zip(lines, cards):  # a fresh number each: a blocked check keeps its slot of the budget
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{msisdn[-4:]}")
            verdicts = []
            for call_id in (call, None):
                body = {"id": 1, "text": line, "speaker": "operator", **({"call_id": call_id} if call_id else {})}
                async with client.post(f"{stack.guard_url}/v1/check", json=body) as resp:
                    assert resp.status == 200, await resp.text()
                    verdicts.append((await resp.json())["verdict"])
            answers.append(verdicts)
        return answers

    answers = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    for line, (in_call, alone) in zip(lines, answers):
        assert ORDER[in_call] >= ORDER[alone], (line, in_call, alone)
        if line in NUMBER_LINES or line in ADDRESS_LINES or line in WRONG_VALUES:
            assert in_call == "block", (line, in_call)
