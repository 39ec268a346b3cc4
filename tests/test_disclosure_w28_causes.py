"""The causes of disc_w28's first-contact misses and false alarms (issue 12, stop 29), each read generally.

Every reading is stated with lines of my own (not the set's), beside the look-alike that must keep its verdict. The
rules alone (no model, no verifier) unless said otherwise.
"""
from __future__ import annotations

import pytest

from guard.disclosure import DisclosureChecker, default_checker
from guard.disclosure.frames import enters_client_account
from guard.disclosure.sense import read_back_cues, states_item5_conditions, states_item10_agreement
from guard.disclosure.text import Utterance, stretch_of


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


# --- п. 24: the operator in the customer's account with the customer's credentials --------------------------------
@pytest.mark.parametrize("text", [
    "Я уже вошёл в ваш личный кабинет по логину, который вы дали, там две подписки.",
    "захожу в ваш кабинет с вашим паролем и смотрю подписки",
    "Сейчас зайду в учётку по вашему паролю и всё отключу.",
])
def test_item24_the_operator_entering_the_account_by_the_customers_password_is_blocked(text: str, rules_only) -> None:
    assert enters_client_account(Utterance(text)) is not None
    result = rules_only.check(text)
    assert "client-account-login" in result.rules and result.verdict == "block"


@pytest.mark.parametrize("text", [
    "Вы можете зайти в личный кабинет по своему паролю и отключить подписку сами.",  # advice: the caller's act
    "Я не захожу в кабинет клиентов по паролю, это запрещено.",  # negated
    "Зайдите в приложение, пароль придёт в SMS.",  # imperative to the caller
    "Я зашла в карточку договора, вижу вашу заявку.",  # the operator's own system, no credential
])
def test_item24_advice_a_refusal_or_the_operators_own_system_is_no_entering_of_the_account(text: str) -> None:
    assert enters_client_account(Utterance(text)) is None


# --- п. 10: the unit's worker agreed ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Я согласовал с руководителем отдела, он разрешил дать вам его прямой номер 8-495-700-11-22.",
    "с менеджером согласовано можно записать его рабочий номер восемь девятьсот шестнадцать сто двадцать три сорок пять",
])
def test_item10_a_departments_number_given_with_its_workers_agreement_stated_is_allowed(text: str, rules_only) -> None:
    assert states_item10_agreement(Utterance(text))
    assert "department-phone" not in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Без согласования с менеджером даю его прямой номер 8-495-700-11-22.",
    "Если руководитель разрешит, вот его прямой номер: 8-495-700-11-22.",
    "Менеджер не разрешал, но запишите его прямой номер 8-495-700-11-22.",
    "Согласую с руководителем позже, а пока его прямой номер 8-495-700-11-22.",  # a future: no agreement yet
    "Прямой номер менеджера отдела 8-495-700-11-22.",
])
def test_item10_a_departments_number_without_an_agreement_done_stays_blocked(text: str, rules_only) -> None:
    assert not states_item10_agreement(Utterance(text))
    assert rules_only.check(text).verdict == "block"


# --- п. 5: the caller's own federal number confirmed ---------------------------------------------------------------
def test_item5_the_callers_federal_number_confirmed_lets_the_city_one_be_told(rules_only) -> None:
    text = "Ваш мобильный номер подтвердили, к нему привязан городской 8-495-211-08-63."
    assert states_item5_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", [
    "Ваш мобильный номер не подтвердили, а городской к нему 8-495-211-08-63.",
    "Мобильный номер соседа подтверждён, его городской 8-495-211-08-63.",  # not the caller's
])
def test_item5_a_number_not_confirmed_or_not_the_callers_tells_the_other_one(text: str, rules_only) -> None:
    assert not states_item5_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "block"


# --- п. 5: what the caller asks about, in a relative clause, is no read-back ----------------------------------------
@pytest.mark.parametrize("text", [
    "Номер брата, о котором вы спрашивали, у нас обслуживается: 8-916-207-63-28.",
    "телефон соседки про которую вы спрашиваете восемь девятьсот шестнадцать двести семь шестьдесят три двадцать восемь",
])
def test_a_number_of_whom_the_caller_asks_about_told_is_blocked(text: str, rules_only) -> None:
    assert not read_back_cues(Utterance(text))
    assert rules_only.check(text).verdict == "block"


def test_the_callers_question_said_back_is_still_a_read_back() -> None:
    assert read_back_cues(Utterance("Вы спрашиваете, есть ли вышка на вашем доме?"))


# --- an address's abbreviations end no sentence ---------------------------------------------------------------------
def test_an_address_abbreviations_full_stop_ends_no_stretch() -> None:
    utterance = Utterance("Уточню: вы сказали адрес доставки г. Казань, ул. Декабристов, д. 85, кв. 12, так?")
    first, last = stretch_of(utterance, 2)
    assert utterance.tokens[last].form == "так"


def test_a_full_stop_after_an_ordinary_word_still_ends_the_read_back() -> None:
    text = "Вы назвали адрес: г. Москва, ул. Тверская, д. 5. Паспорт владельца 4505 123456."
    assert default_checker().check(text).verdict == "block"


def test_read_back_of_an_address_with_abbreviations_is_not_re_guessed_by_the_model() -> None:
    text = "Уточню: вы сказали адрес доставки г. Самара, ул. Ленина, д. 7, кв. 3, так?"
    assert default_checker().check(text).verdict == "allow"


# --- п. 13: a template of the letter dictated -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Сейчас продиктую вам шаблон заявления о расторжении.",
    "давайте я продиктую образец письма на расторжение",
])
def test_item13_a_template_of_the_termination_letter_dictated_is_blocked(text: str, rules_only) -> None:
    assert "termination-letter-text" in rules_only.check(text).rules


def test_item13_the_specialist_dictating_the_template_is_the_script(rules_only) -> None:
    assert "termination-letter-text" not in rules_only.check(
        "Переключу вас на специалиста, вам продиктуют образец заявления.").rules


# --- п. 6: the instruction's own example, and the main identification called full --------------------------------
@pytest.mark.parametrize("text", [
    "Идентификация по названию компании пройдена: номер с наибольшими расходами оканчивается на 1204.",
    "по полной идентификации скажу больше всего в этом месяце потратил номер который заканчивается на двенадцать ноль четыре",
])
def test_item6_its_own_example_after_the_main_identification_is_allowed(text: str, rules_only) -> None:
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", [
    "Идентификацию вы не прошли, но номер с наибольшими расходами оканчивается на 1204.",
    "Идентификация по названию пройдена, договор предоплатный: номер с наибольшими расходами оканчивается на 1204.",
    "Вы прошли идентификацию по кодовому слову, номер с наибольшими расходами оканчивается на 1204.",
    "Без полной идентификации скажу: больше всего потратил номер, который заканчивается на 1204.",
    "Номер с наибольшими расходами оканчивается на 1204.",  # no identification said
])
def test_item6_the_example_without_the_main_identification_or_on_prepaid_stays_blocked(text: str, rules_only) -> None:
    assert rules_only.check(text).verdict == "block"


# --- a credential the caller named governs nothing told after it ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Вы назвали кодовое слово, номер на договоре заканчивается на 1204.",
    "вы назвали кодовое слово этого достаточно номер на договоре заканчивается на двенадцать ноль четыре",
    "Вы сказали пароль, номер оканчивается на 1204.",
])
def test_the_callers_code_word_said_back_does_not_cover_the_number_told_after_it(text: str, rules_only) -> None:
    assert rules_only.check(text).verdict == "block"


def test_the_callers_own_number_said_back_stays_a_read_back(rules_only) -> None:
    assert rules_only.check("Вы назвали номер, который заканчивается на 1204, верно?").verdict == "allow"


# --- п. 18: a colleague's number given instead of one's own --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Продиктую вам номер напарницы, мой вам ни к чему.",
    "давайте я вам скажу номер коллеги какая разница",
])
def test_item18_a_colleagues_number_given_by_the_operator_is_blocked(text: str, rules_only) -> None:
    from guard.disclosure.frames import gives_a_colleagues_number

    assert gives_a_colleagues_number(Utterance(text)) is not None
    assert rules_only.check(text).verdict != "allow"


@pytest.mark.parametrize("text", [
    "Сейчас переведу звонок, назову коллеге ваше имя и суть вопроса.",  # the caller's name told to a colleague
    "Номер коллеги я не назову, переключу вас на неё.",  # refused
    "Коллега перезвонит вам с номера 0611.",
])
def test_item18_a_colleague_told_the_callers_name_or_a_refusal_is_no_colleagues_number(text: str) -> None:
    from guard.disclosure.frames import gives_a_colleagues_number

    assert gives_a_colleagues_number(Utterance(text)) is None
