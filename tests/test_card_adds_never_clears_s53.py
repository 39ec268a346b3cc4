"""Issue 12, stop 53 (s53-floor): a card adds to a line's verdict, never clears it — and what identification unlocks.

- Инструкция запретов, п. 3 («Адреса: прописки, юридические, доставки счетов, email») has no exception, and п. 2 (the
  passport) none either: identification unlocks п. 6's last 4 digits, п. 4's contact person to an identified
  organisation and the DE name of п. 1's «Внимание!» — what the card policy (policies/152fz.yaml) shows under some call
  state. An item the card policy shows to nobody is told to nobody, the identified owner included: a whole card and a
  primary identification no longer clear what the line alone blocks of it («Прописка в Химках, верно?»).
- п. 3: where the caller lives or is from, proposed by the town's name alone («Вы из Химок?», «Живёте вы, я вижу, в
  Химках») — by the clause: the caller its subject, a verb of residence or none with «из»; not where the caller is now.
- A request that the caller say part of their surname («назовите первые три буквы фамилии») is an identification
  question, no disclosure; the operator who then says the letters («…: Ива») tells them (who says the value decides).
- The check with a card reads the line once: its floor (the line alone) reuses the same reading, and its verdict is
  the strongest of the line alone and with the card.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context
from guard.callstate import CallState
from guard.disclosure import checker as checker_module
from guard.disclosure.checker import VERDICT_ORDER as ORDER, default_checker
from guard.disclosure.context import CheckContext, Said
from guard.disclosure.personal import instruction_items, items_told_to_nobody
from guard.policy import IdentificationLevel
from security.hostile_crm import card

MSISDN = "79165551000"
CARD = card(MSISDN, addresses={"registration": "Московская обл., г. Химки, ул. Лавочкина, д. 5, кв. 12", "legal": None,
                               "billing": "Московская обл., г. Химки, а/я 14", "delivery": None})
PRIMARY = CallState(msisdn=MSISDN, identification=IdentificationLevel.PRIMARY, caller_gender="male",
                    identified_by="full_name")
NONE = CallState(msisdn=MSISDN)


def _check(line: str, context=None, said: Said | None = None):
    return default_checker().check(line, "operator", context, said)


def _with_card(line: str, call: CallState = PRIMARY):
    return _check(line, CheckContext.of(call, CARD))


def _blocked_rules(result) -> set[str]:
    return {f.rule for f in result.violations if f.verdict == "block"}


# --- п. 2, п. 3: told to nobody, the identified owner included ---------------------------------------------------------

OWNERS_ADDRESS = [
    "Прописка в Химках, верно?",
    "Квитанции идут на а/я 14",
    "Адрес для счетов: Московская область, Химки, абонентский ящик 14",
    "Город регистрации — Химки",
    "Вы прописаны в Подмосковье",
    "Счета приходят на абонентский ящик четырнадцать",
]


@pytest.mark.parametrize("line", OWNERS_ADDRESS)
def test_item3_an_owners_address_is_told_to_nobody_so_a_card_and_primary_identification_clear_none_of_it(line):
    alone = _check(line)
    assert alone.verdict == "block", line
    result = _with_card(line)
    assert result.verdict == "block", (line, result.verdict)
    assert "address" in _blocked_rules(result), line


@pytest.mark.parametrize("line", ["Серия у вас начинается на 46", "Паспорт выдан в Тверском районе"])
def test_item2_the_passport_is_told_to_nobody_so_primary_identification_clears_none_of_it(line):
    assert _check(line).verdict == "block", line
    assert "passport" in _blocked_rules(_with_card(line)), line


def test_identification_unlocks_only_what_the_card_policy_shows_under_some_call_state():
    nobody = items_told_to_nobody()
    assert {2, 3} <= nobody  # passport, addresses: hidden under every state
    assert not {1, 4, 5, 6, 9} & nobody  # the DE name, an organisation's contact person, пп. 5, 6's numbers, п. 9


@pytest.mark.parametrize("item, numbers", [
    ("Инструкция запретов, п. 3", {3}),
    ("Инструкция запретов, пп. 5, 6", {5, 6}),
    ("Инструкция запретов, п. 6, п. 8", {6, 8}),
    ("Инструкция запретов, п. 1–4: персональные данные в тексте комментария", {1, 2, 3, 4}),
    ("Инструкция запретов, вводная часть и пп. 1–4; 152-ФЗ «О персональных данных»", {1, 2, 3, 4}),
    ("Перевод на линию СС/СВ/MNP (внутренние web-интерфейсы)", set()),
])
def test_a_rules_item_text_names_the_instructions_items(item, numbers):
    assert instruction_items(item) == numbers


@pytest.mark.parametrize("line", ["Владелец — Пётр Сергеевич", "Ваш номер заканчивается на 1000"])
def test_what_identification_unlocks_stays_the_call_states_to_decide(line):
    # the DE name to the identified owner, п. 6's last 4 of the owner's own number (postpaid, same sex)
    assert _check(line).verdict == "block", line
    assert _with_card(line).verdict == "allow", line


# --- п. 3: the caller's home town by its name ----------------------------------------------------------------------

TOWN_OF_HOME = [
    "Вы из Химок?",
    "Живёте вы, я вижу, в Химках",
    "Вы ведь из Химок родом?",
    "Проживаете вы в Туле?",
    "Вы, как я понимаю, из Подольска?",
    "Прописаны вы, кажется, в Химках",
    "Вы из Тулы.",
]


@pytest.mark.parametrize("line", TOWN_OF_HOME)
def test_item3_where_the_caller_lives_or_is_from_told_by_the_town_alone_is_blocked_alone(line):
    assert "address" in _blocked_rules(_check(line)), line


@pytest.mark.parametrize("line", TOWN_OF_HOME)
def test_item3_the_callers_home_town_is_blocked_in_a_call_and_with_the_identified_owners_card(line):
    assert "address" in _blocked_rules(_check(line, call_context(CARD, None), Said())), line
    assert "address" in _blocked_rules(_with_card(line)), line


@pytest.mark.parametrize("line", [
    "Вы в Исландии? Тогда пакет «Северный» выгоднее.",  # where the caller is now: roaming
    "Вы звоните из Химок?",
    "Если вы в Сочи в отпуске, связь там работает как дома.",
    "Наш офис в Химках работает до восьми",
    "Вы из нотариальной конторы?",
    "В каком городе вы находитесь?",
])
def test_item3_where_the_caller_is_now_or_the_companys_place_is_no_home_town(line):
    assert "address" not in _blocked_rules(_check(line)), line


def test_item3_a_home_town_the_caller_said_may_be_said_back_in_a_call():
    said = Said.of(["я из Химок, звоню по поводу счёта"])
    assert "address" not in _blocked_rules(_check("Вы из Химок?", call_context(CARD, None), said))


# --- п. 1: who says the surname's letters ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "назовите первые три буквы фамилии",
    "Назовите, пожалуйста, первые три буквы фамилии владельца.",
    "продиктуйте первые две буквы фамилии владельца для проверки",
    "Назовите первые три буквы фамилии, я проверю.",
])
def test_item1_asking_the_caller_to_say_part_of_the_surname_is_an_identification_question(line):
    assert "owner-name" not in _blocked_rules(_check(line)), line
    assert "owner-name" not in _blocked_rules(_with_card(line, NONE)), line


@pytest.mark.parametrize("line", [
    "назовите первые три буквы фамилии: Ива",
    "назовите первые три буквы фамилии ива",
    "скажите первую букву фамилии — С?",
    "назовите первые буквы фамилии эс",
    "Назовите первые три буквы фамилии, «Ива»",
])
def test_item1_the_letters_the_operator_says_after_the_request_are_told_whatever_the_card_or_identification(line):
    assert "owner-name" in _blocked_rules(_check(line)), line
    assert "owner-name" in _blocked_rules(_with_card(line, NONE)), line
    assert "owner-name" in _blocked_rules(_with_card(line, PRIMARY)), line


# review 53, F1: the request's exception for the letters held for the operator's own «могу сказать/подсказать/уточнить
# …, что N букв в фамилии владельца» (the count stands before «букв»): a request to the caller only (an imperative, an
# infinitive in a question to «вы»), and a count or letter anywhere in its sentence keeps the hit
@pytest.mark.parametrize("line", [
    "Могу сказать только, что восемь букв в фамилии владельца.",
    "Сказать могу только, что шесть букв в фамилии владельца.",
    "Вам могу сказать только, что 8 букв в фамилии у владельца.",
    "Могу подсказать лишь то, что восемь букв в фамилии владельца.",
    "Уточнить могу лишь, что девять букв в фамилии владельца.",
    "Подскажите, восемь букв в фамилии владельца?",
    "Могу сказать, что фамилия из восьми букв",
])
def test_item1_the_operators_own_offer_to_tell_the_surnames_length_is_blocked(line):
    result = _check(line)
    verdict, rules = result.verdict, _blocked_rules(result)
    assert verdict == "block" and "owner-name" in rules, (verdict, rules)


@pytest.mark.parametrize("line", [
    "Можете назвать первые три буквы фамилии?",
    "Не могли бы вы назвать первые три буквы фамилии владельца?",
])
def test_item1_a_question_to_the_caller_asking_for_the_letters_is_a_request(line):
    assert "owner-name" not in _blocked_rules(_check(line)), line


def test_item3_a_request_for_the_address_followed_by_the_address_tells_it():
    assert "address" in _blocked_rules(_check("Уточните адрес прописки: Химки, Лавочкина 5"))


# --- the floor: one reading, the strongest verdict -------------------------------------------------------------------

def test_the_check_with_a_card_reads_the_line_once_for_itself_and_its_floor(monkeypatch):
    made = []
    original = checker_module.Utterance

    class Counted(original):
        def __init__(self, text: str) -> None:
            made.append(text)
            super().__init__(text)

    monkeypatch.setattr(checker_module, "Utterance", Counted)
    line = "Спасибо за ожидание, тариф «Мой безлимит» подключён"
    result = default_checker().check(line, "operator", CheckContext.of(NONE, CARD))
    assert result.verdict != "block"  # so the floor ran
    assert made.count(line) == 1


FLOOR_LINES = OWNERS_ADDRESS + TOWN_OF_HOME + [
    "Владелец — Пётр Сергеевич", "Фамилия из шести букв на И", "назовите первые три буквы фамилии",
    "назовите первые три буквы фамилии: Ива", "Спасибо за ожидание", "Девушка, у нас авария, я не знаю когда починят",
    "Вы в Исландии?", "Контактное лицо у вас Лисицын", "Серия у вас начинается на 46", "Пётр Сергеевич, здравствуйте",
]


@settings(max_examples=40, deadline=None)
@given(line=st.sampled_from(FLOOR_LINES), identified=st.booleans())
def test_the_verdict_with_a_card_is_the_strongest_of_the_line_alone_and_with_the_card(line, identified):
    """With the same input, the verdict with the whole card is the max of the line's verdict alone and with the card
    (each read afresh) — to an identified caller, the max over what the card policy shows to nobody (пп. 2, 3). None of
    these lines says a value the caller said or the card policy shows to an unidentified caller."""
    checker = default_checker()
    call = PRIMARY if identified else NONE
    context = CheckContext.of(call, CARD)
    with_card = checker._check(line, "operator", context, None)
    alone = checker._check(line, "operator", None, None)
    if identified:
        nobody = checker._told_to_nobody
        alone_counts = [f.verdict for f in alone.violations if f.rule.removeprefix("model:") in nobody]
    else:
        alone_counts = [f.verdict for f in alone.violations]
    expected = max([with_card.verdict, *alone_counts], key=ORDER.__getitem__)
    assert checker.check(line, "operator", context).verdict == expected, (line, identified)
