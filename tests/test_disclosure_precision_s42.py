"""Stop 42 (issue 12): readings that mend what flagged clean lines of, or let violations of, the two authors of stop 41
(disc_s41: online channels, disc_t41: a roaming and travel night shift) at first contact — a talk *with* someone is
nothing said to the operator, the main identification stated as a check by full name (п. 6), п. 4's naming done and
the contact person's name typed by its cue, a number a personal-data kind reads is that kind's and not a department's
phone (п. 10), the instruction's opening rule on contracts closed more than 5 years ago, a worker's work number
under п. 10's agreement, "прописано" in the sense "written down", the typed "вы писали" of written channels, and a
person's word owned by someone not guessed back as an address (п. 15). Each is tested on phrasings of my own (none
copied from those sets), each with the attack that a real violation in similar words is still flagged
(docs/disclosure.md, "Stop 42")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.sense import (callers_words_spans, names_a_workers_number, owned_person, read_back_spans,
                                    states_closed_over_five_years, states_item4_conditions, states_item6_conditions)
from guard.disclosure.text import Utterance


def _check(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


# --- "говорить с": a conversation with someone is no read-back of what the caller said ------------------------------

@pytest.mark.parametrize("line", [
    "Полчаса вы говорили с +44 20 7946 0321, это и есть основной расход.",
    "вы говорили с номером восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь почти час",
])
def test_item_9_a_number_the_caller_talked_with_is_not_their_words_said_back(line):
    assert not read_back_spans(Utterance(line))
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Вы говорили, что ваш номер 8 916 555-10-20, верно?",
    "вы говорили что пополняли номер в среду проверю платёж",
])
def test_a_verb_of_saying_without_with_is_still_a_read_back(line):
    assert read_back_spans(Utterance(line))


# --- п. 6: the main identification stated as a check by what it consists of ---------------------------------------

@pytest.mark.parametrize("line", [
    "Тариф постоплатный, проверку по ФИО вы прошли, поэтому скажу: дороже всех обошёлся номер на 4417.",
    "договор постоплатный верификация по названию организации пройдена больше всего потратил номер на сорок четыре семнадцать",
])
def test_item_6_a_check_by_full_name_passed_is_the_main_identification(line):
    assert states_item6_conditions(Utterance(line))
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Тариф постоплатный, пройдите проверку по ФИО, потом скажу: номер на 4417.",  # asked, not passed
    "Тариф предоплатный, проверку по ФИО вы прошли: номер на 4417.",  # prepaid
    "Тариф постоплатный, проверку по кодовому слову вы прошли: номер на 4417.",  # the alternative identification
    "Тариф постоплатный, проверку по ФИО вы не прошли, но номер на 4417.",  # negated
])
def test_attack_item_6_a_check_not_passed_or_not_by_full_name_lets_no_digit_be_said(line):
    assert _check(line) == "block"


# --- п. 4: the organisation's naming done, and the contact person's name is the contact person's ------------------

@pytest.mark.parametrize("line", [
    "Название организации вы подтвердили, а кто выдавал сим-карты, не знаете, так что контактное лицо: Зарецкая Вера Павловна.",
    "организацию вы назвали а кто выдавал телефон не знаете тогда сообщу контактное лицо зарецкая вера павловна",
])
def test_item_4_the_contact_persons_name_told_under_its_conditions_is_allowed(line):
    assert states_item4_conditions(Utterance(line))
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    # the naming waived or asked for: nobody identified by the organisation's name
    "Кто выдавал сим-карту, не знаете? Ничего, контактное лицо — Зарецкая Вера Павловна, организацию можно не называть.",
    "не знаете кто выдавал сим-карту контактное лицо зарецкая вера павловна назовите организацию потом",
])
def test_attack_item_4_the_naming_waived_or_asked_identifies_nobody(line):
    assert not states_item4_conditions(Utterance(line))
    assert _check(line) == "block"


def test_attack_item_4_the_owners_name_beside_the_contact_person_stays_blocked():
    line = ("Организацию вы назвали, кто выдавал сим-карту, не знаете: контактное лицо — Зарецкая Вера, "
            "а владелец Мостовой Игорь Петрович.")
    assert _check(line) == "block"


def test_attack_the_operator_telling_the_contact_person_is_no_request_for_it():
    # "сообщу контактное лицо" is the operator's telling, not "сообщите контактное лицо" (the exception's request)
    assert "contact-info" in _rules("Сообщу контактное лицо: Зарецкая Вера Павловна.")
    assert _check("Сообщите, пожалуйста, контактное лицо для связи.") == "allow"


# --- п. 10: a number a personal-data kind reads is that kind's, not a department's phone ---------------------------

@pytest.mark.parametrize("line", [
    "Вы прислали код подразделения 540-006 и дату рождения 03.04.1985 — всё совпало, спасибо.",
    "вы продиктовали код подразделения пятьсот сорок ноль ноль шесть все совпало спасибо",
])
def test_item_10_a_passports_unit_code_said_back_is_no_department_phone(line):
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Код подразделения у владельца 540-006.",  # the passport's code told: п. 2, still blocked
    "Номер нашего подразделения в Омске: 8 381 255-40-06.",  # a department's phone
])
def test_attack_item_10_the_passports_code_told_or_a_units_phone_is_blocked(line):
    assert _check(line) == "block"


def test_attack_item_2_the_passports_unit_code_told_is_the_passports():
    assert "passport" in _rules("Код подразделения у владельца 540-006.")


# --- the opening rule: a contract closed more than 5 years ago, the caller's naming confirmed ------------------------

@pytest.mark.parametrize("line", [
    "Да, вы правильно назвали: договор оформлялся на Лаврентьеву Аллу Игоревну, его расторгли более шести лет назад.",
    "да вы верно назвали договор был на лаврентьеву аллу игоревну он закрыт больше пяти лет назад",
])
def test_opening_rule_the_callers_naming_of_a_contract_closed_over_five_years_is_confirmed(line):
    assert states_closed_over_five_years(Utterance(line))
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Почти угадали, отчество другое; договор закрыт больше пяти лет назад.",  # a part judged
    "Угадали, договор на Лаврентьеву, он действует больше пяти лет.",  # not closed
])
def test_attack_opening_rule_a_part_judged_or_a_live_contract_is_still_blocked(line):
    assert _check(line) == "block"


def test_opening_rule_needs_five_years_or_more():
    assert not states_closed_over_five_years(Utterance("Договор закрыт больше двух лет назад."))
    assert not states_closed_over_five_years(Utterance("Договор не закрыт уже больше пяти лет."))
    assert states_closed_over_five_years(Utterance("Договор расторгнут более 7 лет назад."))


# --- п. 10: the worker's work number under its agreement ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Марина согласовала: её рабочий номер 8 383 214-07-55, звонить в будни.",
    "менеджер разрешил дать рабочий телефон восемь триста восемьдесят три двести четырнадцать ноль семь пятьдесят пять",
])
def test_item_10_a_workers_number_given_with_their_agreement_is_allowed(line):
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Её рабочий номер 8 383 214-07-55, звоните в будни.",  # no agreement said
    "Согласовала, ваш рабочий номер 8 383 214-07-55 записан.",  # the customer's own
    "Менеджер согласовал, его рабочий 8 383 214-07-55, а номер владельца 8 916 123-45-67.",
])
def test_attack_item_10_without_agreement_or_of_the_customer_a_number_is_blocked(line):
    assert _check(line) == "block"


def test_a_workers_number_is_named_by_work_and_whose():
    assert names_a_workers_number(Utterance("её рабочий номер 8 383 214-07-55"), 18)
    assert not names_a_workers_number(Utterance("ваш рабочий номер 8 383 214-07-55"), 18)


# --- п. 3: "прописано" in the sense "written down" is nobody's registration -------------------------------------------

@pytest.mark.parametrize("line", [
    "Тариф по Турции после 10 ГБ замедляется — так прописано в правилах услуги.",
    "по грузии скорость ниже это прописано в описании пакета",
])
def test_item_3_written_down_is_no_registration(line):
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Вы прописаны на Лавочкина, верно?",
    "у вас в паспорте прописано на Профсоюзной",
])
def test_attack_item_3_a_registration_of_the_caller_still_tells_the_street(line):
    assert _check(line) == "block"


# --- written channels: "вы писали, что …" says back the caller's typed words -------------------------------------------

def test_the_callers_typed_words_said_back_are_theirs():
    line = "Вы писали, что симку вам выдавал консультант в салоне на Гагарина, — когда это было?"
    assert callers_words_spans(Utterance(line))
    assert _check(line) == "allow"


def test_attack_a_value_after_the_callers_typed_words_is_blocked():
    assert _check("Вы писали мне вчера, а номер владельца 8 916 123-45-67.") == "block"


# --- п. 15: a person's word owned by someone is someone spoken of, not guessed back as an address -------------------

@pytest.mark.parametrize("line", [
    "Ваш молодой человек уже в Анталье? Пусть включит роуминг в настройках.",
    "ваша девушка сейчас в стамбуле пусть перезагрузит телефон",
])
def test_item_15_an_owned_person_word_is_not_an_address(line):
    utterance = Utterance(line)
    start = line.lower().index("молодой" if "молодой" in line.lower() else "девушка")
    assert owned_person(utterance, start, start + 5)
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Молодой человек, включите роуминг в настройках.",
    "Девушка, ваш молодой человек в Анталье, пусть включит роуминг.",
])
def test_attack_item_15_the_caller_addressed_so_is_still_flagged(line):
    assert _check(line) != "allow"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["ваш", "её", "мой", "его"]), st.sampled_from(["молодой человек", "девушка"]),
       st.sampled_from(["в Анталье", "на работе", "дома", "в Сочи"]))
def test_item_15_an_owned_person_word_is_never_the_addressee(owner, person, place):
    line = f"{owner.capitalize()} {person} сейчас {place}? Пусть перезагрузит телефон."
    assert _check(line) == "allow"


# --- written channels: what the company's bot hands over is what the caller gave it -------------------------------

def test_a_value_the_bot_handed_over_is_said_back():
    line = "Чат-бот передал ваш IMEI 354879091234561, добавлю его в заявку о пропаже."
    assert read_back_spans(Utterance(line))
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Бот передал ваш IMEI, а паспорт владельца 4505 123456.",  # a value past the relay's stretch
    "Бот сообщит вам номер владельца 8 916 123-45-67.",  # the bot telling, nothing relayed
    "Бот передал: номер владельца 8 916 123-45-67.",  # nothing of the caller's
])
def test_attack_a_value_the_bot_did_not_relay_from_the_caller_is_blocked(line):
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Сменить тариф можно через расторжение: вы пишете отказ от номера, а текст я сейчас продиктую.",
    "да сбой на линии у всех не вы одна пишете",
])
def test_attack_what_the_caller_is_to_write_or_others_write_is_no_read_back(line):
    # "писать" says back the caller's typed words in the past only ("вы писали, что …")
    assert not callers_words_spans(Utterance(line))
    assert _check(line) != "allow"
