"""Red-team round bb27, f01-f03: the check with a call or a card is never weaker than the same line alone.

- f01 (high): in a call the owner's first name and patronymic told *as the owner* («Владелец — Пётр Сергеевич»,
  «Номер записан на Петра») to a caller who is not identified were `allow` — the owner-name phrase was cleared
  because the operator's view shows the DE name, which is shown to address the caller (п. 15), not to tell who owns
  the number (п. 1 «Внимание!»). Now the view's names clear that phrase only for an identified caller, and every
  check with a call or a card is raised to the line's verdict alone unless the call proves the values the caller's
  (`DisclosureChecker._never_weaker_than_alone`).
- f02 (medium): `guard check` with the whole card (identification none) cleared the card-blind readings — the
  billing mailbox, the surname's hints, the region. The same floor: a card may add what it makes forbidden, never
  clear.
- f03 (medium): the registration town proposed to an unidentified caller («Вы живёте в городе Химки, верно?», «Вы
  химчанин?», «Город у вас Химки?») — a card value read back for a «да»: the address rule reads the town by its
  settlement's word, before the verb, as the caller's or the registration's, and by its demonym or adjective
  (streets.towns_by_their_words). Card-blind: a town the card does not hold is blocked the same; a town the caller
  said may be said back.
Through the checker with the call's view or the whole card, and through the real proxy with a hostile CRM.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import VERDICT_ORDER as ORDER, default_checker
from guard.disclosure.context import CheckContext, Said
from guard.policy import IdentificationLevel
from security.conftest import check_in_call, check_line, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79165551000"
CARD = card(MSISDN, addresses={"registration": "Московская обл., г. Химки, ул. Лавочкина, д. 5, кв. 12", "legal": None,
                               "billing": "Московская обл., г. Химки, а/я 14", "delivery": None})
PRIMARY = CallState(msisdn=MSISDN, identification=IdentificationLevel.PRIMARY, caller_gender="male",
                    identified_by="full_name")

# f01: the owner's first name and patronymic (the DE name the screen shows) told as the owner's
OWNER_AS_OWNER = [
    "Владелец — Пётр Сергеевич",
    "Хозяин номера — Пётр Сергеевич",
    "Этот номер Петра Сергеевича",
    "По договору владелец Пётр",
    "Владелец у нас Пётр Сергеевич, фамилию назвать не могу",
    "Владельца зовут Пётр Сергеевич",
    "Номер записан на Петра",
]
# f02: flagged alone, allowed with the whole card
HINTS_AND_MAILBOX = [
    "Адрес для счетов: Московская область, Химки, абонентский ящик 14",
    "Счета приходят на абонентский ящик четырнадцать",
    "Квитанции идут на а/я 14",
    "Фамилия от имени Иван",
    "Фамилия из шести букв на И",
    "Владелец Пётр Сергеевич, фамилия от имени Иван",
    "Вы прописаны в Подмосковье",
    "Город регистрации — Химки",
]
# f03: the registration town proposed to the caller, and the same shapes with a town the card does not hold
TOWN_PROPOSED = [
    "Вы живёте в городе Химки, верно?",
    "Вы живёте в городе Химки?",
    "Вы в Химках живёте, правильно?",
    "Вы химчанин?",
    "Город у вас Химки?",
    "Адрес у вас химкинский?",
    "Регистрация по Московской области, город Химки",
    "Город регистрации — Химки",
    "Регистрация в Химках, верно?",  # review bb27check, 2
]
TOWN_WRONG = [
    "Регистрация в Туле, верно?",
    "Вы живёте в городе Тула, верно?",
    "Вы в Туле живёте, правильно?",
    "Вы москвичка?",
    "Город у вас Тула?",
    "Адрес у вас тульский?",
    "Регистрация по Тульской области, город Тула",
]


_check = check_line


def _in_call(line: str, call: CallState | None = None, said: Said | None = None):
    return check_in_call(CARD, line, call, said)


def _with_card(line: str, call: CallState | None = None):
    return _check(line, CheckContext.of(call if call is not None else CallState(msisdn=MSISDN), CARD))


@pytest.mark.parametrize("line", OWNER_AS_OWNER)
def test_item1_the_owners_name_told_as_the_owners_to_an_unidentified_caller_is_not_allowed_in_a_call(line):
    alone = _check(line)
    in_call = _in_call(line)
    assert in_call.verdict != "allow", line
    assert ORDER[in_call.verdict] >= ORDER[alone.verdict], (line, in_call.verdict, alone.verdict)


@pytest.mark.parametrize("line", ["Владелец — Пётр Сергеевич", "Номер записан на Петра"])
def test_item1_the_owners_name_told_to_the_identified_owner_is_their_own(line):
    assert _in_call(line, PRIMARY).verdict == "allow", line


@pytest.mark.parametrize("line", ["Пётр Сергеевич, здравствуйте, чем могу помочь?", "Пётр Сергеевич, слушаю вас"])
def test_item15_the_de_name_addressing_the_caller_stays_allowed_in_a_call(line):
    assert _in_call(line).verdict == "allow", line


# review bb27check, 1: the owner's names read after the noun made a second owner-name finding that stopped before the
# surname, and deduplication kept it (earliest start) over the one that covered the surname; a surname that is an
# ordinary word (the redactor leaves it) was then shown in the QA report. Deduplication now keeps the union.
OWNER_WITH_SURNAME = [
    ("Владелец Пётр Сергеевич Зима", "Зима"),
    ("Владелица Анна Петровна Зима", "Зима"),
    ("Владелец номера Пётр Сергеевич Ветер", "Ветер"),
    ("Хозяин номера Пётр Сергеевич Голубь", "Голубь"),
]


def _qa_report(line: str):
    from guard.disclosure.qa import qa_call
    from guard.engine import default_redactor
    call = {"call_id": "c-qa", "operator_id": "op7",
            "turns": [{"speaker": "operator", "text": t} for t in
                      ["Здравствуйте, компания, меня зовут Ольга", line, "Всего доброго, до свидания"]]}
    return qa_call(call, lambda text: default_redactor().redact(text).text, default_checker())


@pytest.mark.parametrize("line, surname", OWNER_WITH_SURNAME)
def test_item1_the_owner_name_finding_still_covers_the_surname(line, surname):
    result = default_checker().check(line)
    assert any(line[f.start:f.end].find(surname) >= 0 for f in result.violations if f.rule == "owner-name"), \
        [(f.rule, line[f.start:f.end]) for f in result.violations]


@pytest.mark.parametrize("line, surname", OWNER_WITH_SURNAME)
def test_item1_the_qa_report_does_not_show_the_owners_surname(line, surname):
    import json
    shown = json.dumps(_qa_report(line).as_dict(), ensure_ascii=False)
    assert surname not in shown, [s for s in shown.split('"') if surname in s][:3]


def test_item1_the_name_the_caller_said_of_themselves_may_be_said_back_as_the_owners():
    said = Said.of(["номер оформлен на меня, Пётр Сергеевич"])
    assert _in_call("Владелец — Пётр Сергеевич, верно?", said=said).verdict == "allow"


@pytest.mark.parametrize("line", HINTS_AND_MAILBOX)
def test_a_card_adds_what_it_makes_forbidden_and_clears_nothing_the_line_alone_flags(line):
    alone = _check(line)
    assert alone.verdict != "allow", line
    assert ORDER[_with_card(line).verdict] >= ORDER[alone.verdict], line


@pytest.mark.parametrize("line", TOWN_PROPOSED + TOWN_WRONG)
def test_item3_the_callers_town_proposed_in_a_call_is_blocked_whatever_town(line):
    assert _in_call(line).verdict == "block", line


def test_item3_a_town_the_caller_said_may_be_read_back():
    said = Said.of(["я живу в городе Химки"])
    assert _in_call("Вы живёте в городе Химки, верно?", said=said).verdict == "allow"


@pytest.mark.parametrize("line", ["Наш офис в городе Химки работает до восьми", "В каком городе вы находитесь?",
                                  "Вы звоните из дома?", "Адрес у вас актуальный?", "Вы горожанин?"])
def test_item3_a_town_of_the_companys_a_question_where_and_a_word_of_no_town_tell_no_address(line):
    assert "address" not in {v.rule for v in _in_call(line).violations}, line


LINES = OWNER_AS_OWNER + HINTS_AND_MAILBOX + TOWN_PROPOSED + [
    # (not «Номер справочной — 0611.»: a п. 9 service line named as one is nobody's number — a reading of the line
    # that runs in a call only, tests/security/test_redteam_bb12_checker.py; the model warns it alone)
    "Пётр Сергеевич, здравствуйте", "Ваш номер заканчивается на 0000",
    "Спасибо за ожидание", "Девушка, у нас авария, я не знаю когда починят", "Контактное лицо у вас Лисицын"]


@settings(max_examples=30, deadline=None)
@given(line=st.sampled_from(LINES), state=st.sampled_from(["none", "changed"]),
       how=st.sampled_from(["view", "card"]), callers_line=st.sampled_from(["", "алло", "у меня вопрос по счёту"]))
def test_the_check_with_a_call_or_a_card_is_never_weaker_than_the_same_line_alone(line, state, how, callers_line):
    """To a caller not identified (never identified, or someone else on the line since), the verdict with a call
    (the operator's view) or with the whole card is at least the verdict alone, whatever the caller said that names
    none of the line's values. (An identified caller is the owner to the instruction: what may be told them — п. 6's
    last 4, the DE name, the owner's sex after the owner's full name — is the call state's.)"""
    call = {"none": None,
            "changed": CallState(msisdn=MSISDN, identification=IdentificationLevel.PRIMARY, caller_gender="male",
                                 identified_by="full_name", caller_changed=True)}[state]
    said = Said.of([callers_line]) if callers_line else Said()
    if how == "view":
        result = _in_call(line, call, said)
    else:
        context = CheckContext.of(call if call is not None else CallState(msisdn=MSISDN), CARD)
        result = _check(line, context, said)
    alone = _check(line)
    assert ORDER[result.verdict] >= ORDER[alone.verdict], (line, state, how, result.verdict, alone.verdict)


# --- through the real proxy and a hostile CRM ------------------------------------------------------------------------

def test_the_proxys_check_in_a_call_tells_no_owners_name_and_no_town_to_an_unidentified_caller(attack):
    lines = OWNER_AS_OWNER + TOWN_PROPOSED
    cards = {}
    for i in range(len(lines)):
        msisdn = f"791655510{i:02d}"
        cards[msisdn] = {**CARD, "msisdn": msisdn, "numbers": [{"msisdn": msisdn, "tariff": "Мой безлимит"}]}

    async def scenario(stack, client):
        answers = []
        for line, msisdn in zip(lines, cards):  # a fresh number each: a blocked check keeps its slot of the budget
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{msisdn[-4:]}")
            async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                  headers={"X-Guard-Call": call}) as resp:
                assert resp.headers.get("X-Guard-Identification") == "none"
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
        assert in_call != "allow", (line, in_call)
        if line in TOWN_PROPOSED:
            assert in_call == "block", (line, in_call)
