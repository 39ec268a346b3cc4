"""Stop 39 (issue 12): readings that mend what flagged clean lines of, or let violations of, the three authors of stop 38
(disc_l38, disc_m38, disc_n38) at first contact — each a reading of who said the value, of a word's sense in its
syntax or of the line's speech act, tested here on phrasings of my own (none copied from those sets), each with the
attack that a real violation in similar words is still flagged (docs/disclosure.md, "Stop 39")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.sense import goes_on_past_the_refusal, read_back_spans
from guard.disclosure.text import Utterance


def _check(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _read_back(line: str) -> list[str]:
    return [line[start:end] for start, end in read_back_spans(Utterance(line))]


# --- the caller's words end where the operator takes the turn back (one reading for both read-back spans) ----------

def test_read_back_of_the_callers_question_ends_where_the_operator_answers():
    line = "Вы спрашиваете, откуда такой счёт, — так вот, почти всё ушло на звонки на 8-926-531-07-44 по вечерам."
    spans = _read_back(line)
    assert spans and all("8-926" not in span for span in spans)


def test_attack_a_number_told_after_the_callers_question_is_flagged():
    line = "Вы спрашиваете, откуда такой счёт, — так вот, почти всё ушло на звонки на 8-926-531-07-44 по вечерам."
    assert _check(line) == "block"


def test_the_callers_question_said_back_alone_stays_allowed():
    assert _check("Вы спрашиваете, почему списали абонентскую плату, — сейчас проверю начисления.") == "allow"


# --- a proposal of what the caller is to do is no restatement of their words ---------------------------------------

def test_proposal_to_the_caller_is_no_read_back():
    assert _read_back("Поступим так: я пришлю инструкцию в СМС, вы её откроете и настроите, хорошо?") == []


def test_the_callers_wish_restated_to_be_confirmed_is_still_a_read_back():
    assert _read_back("Итак, вы хотите перенести номер к другому оператору, всё верно?")


# --- a credential named before the cue: nothing after its clause is the caller's ------------------------------------

def test_credential_named_before_the_cue_ends_the_read_back():
    line = "Кодовое слово вы сказали верно, поэтому скажу: больше всех тратит номер, что кончается на 4410."
    spans = _read_back(line)
    assert spans and all("4410" not in span for span in spans)


def test_attack_last_digits_after_an_alternative_identification_are_blocked():
    assert _check("кодовое слово вы сказали верно поэтому скажу больше всех тратит номер что кончается на сорок "
                  "четыре десять") == "block"


def test_the_credential_said_back_alone_stays_allowed():
    assert _check("Кодовое слово вы назвали верно, спасибо, слушаю ваш вопрос.") == "allow"


# --- п. 6: a negation elsewhere in the line does not undo the main identification ------------------------------------

def test_item6_negation_of_the_operators_telling_more_does_not_undo_the_identification():
    line = ("ФИО владельца вы назвали полностью, договор постоплатный — последние четыре цифры этого номера 8812, "
            "остальные цифры не сообщаем.")
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "ФИО вы не назвали, договор постоплатный — последние четыре цифры этого номера 8812.",
    "Название организации не подтвердили, договор постоплатный, последние четыре цифры номера — 8812.",
])
def test_attack_item6_with_the_identification_negated_is_blocked(line):
    assert _check(line) == "block"


# --- п. 6 stated in the line: the cleared digits are not guessed back by the model -----------------------------------

def test_item6_stated_in_the_line_is_not_guessed_back():
    line = ("Договор постоплатный, название организации вы подтвердили, так что скажу: дороже всех обошёлся номер, "
            "который заканчивается на 2290.")
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "Договор предоплатный, название организации вы подтвердили, так что скажу: дороже всех обошёлся номер, который "
    "заканчивается на 2290.",
    "Договор постоплатный, так что скажу: дороже всех обошёлся номер, который заканчивается на 2290.",
])
def test_attack_item6_without_its_conditions_is_blocked(line):
    assert _check(line) == "block"


# --- a read-back's value ends before the sentence's full stop --------------------------------------------------------

def test_read_back_value_ends_before_the_full_stop():
    assert _check("Отправим курьера по адресу, как вы продиктовали: Лесная, 12, квартира 40. Правильно?") == "allow"


def test_attack_the_same_address_told_without_a_read_back_is_blocked():
    assert _check("Счета приходят владельцу по адресу: Лесная, 12, квартира 40.") == "block"


# --- a refusal followed by a contrast goes on past it ----------------------------------------------------------------

def test_refusal_followed_by_a_contrast_goes_on_past_it():
    assert goes_on_past_the_refusal(Utterance("Номер не скажу, но он точно новосибирский."))
    assert not goes_on_past_the_refusal(Utterance("Номер владельца не скажу: это персональные данные."))


def test_a_refusal_that_closes_the_line_stays_allowed():
    assert _check("Номер владельца назвать не могу, это персональные данные.") == "allow"


# --- a number counted by the noun before it is no piece of a passport ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Замену SIM сделают по паспорту в салоне, обычно это занимает минут пятнадцать.",
    "замену сим сделают по паспорту в салоне обычно это занимает минут пятнадцать",
])
def test_number_counted_by_the_noun_before_is_no_passport_piece(line):
    assert "passport" not in default_checker().check(line, "operator").rules


@pytest.mark.parametrize("line", ["паспорт у владельца 4509", "паспорт клиентов 4509", "серия паспорта сорок пять ноль девять"])
def test_attack_a_passport_piece_is_still_blocked(line):
    assert _check(line) == "block"


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["минут", "часов", "дней"]), st.integers(min_value=2, max_value=40))
def test_number_counted_by_the_noun_before_whatever_the_count(unit, count):
    line = f"Проверка паспорта займёт {unit} {count}."
    assert "passport" not in default_checker().check(line, "operator").rules


# --- a phone number's code is no secret code --------------------------------------------------------------------------

@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["383", "843", "495", "812"]))
def test_a_numbers_code_is_no_secret(code):
    line = f"В детализации много звонков на номера с кодом 8-{code} — это городские номера."
    assert "other-personal-data" not in default_checker().check(line, "operator").rules


@pytest.mark.parametrize("line", ["код от домофона 4821", "пароль от личного кабинета 4821", "пин-код 4821"])
def test_attack_a_secret_code_is_still_blocked(line):
    assert _check(line) == "block"


# --- the last digits with the verb last -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Долг висит на номере, который на 5521 заканчивается.",
                                  "долг висит на номере который на пятьдесят пять двадцать один заканчивается"])
def test_last_digits_with_the_verb_last_are_blocked(line):
    assert _check(line) == "block"


def test_last_digits_asked_of_the_caller_stay_allowed():
    assert _check("Подскажите, на какие цифры заканчивается ваш номер?") == "allow"


# --- "на контроле": the operator's own taking a matter in hand is no internal status (п. 14) -------------------------

@pytest.mark.parametrize("line", ["Ваше заявление я держу на контроле сама и наберу вас в пятницу.",
                                  "ваше заявление я держу на контроле сама и наберу вас в пятницу"])
def test_held_in_hand_by_the_operator_is_no_internal_term(line):
    assert "internal-terms" not in default_checker().check(line, "operator").rules


@pytest.mark.parametrize("line", ["Платёж стоит на контроле, до проверки его не зачислят.",
                                  "Ваш номер держат на контроле, пока долг не погашен.",
                                  "номер стоит на контроле я держу ваш вопрос у себя"])
def test_attack_a_status_on_control_is_still_warned(line):
    assert "internal-terms" in default_checker().check(line, "operator").rules


# --- the caller's question of the numbers, not any "какие" of the line (numbers-on-contract's `unless`) ---------------

def test_attack_a_list_of_the_callers_numbers_sent_is_blocked_whatever_question_follows():
    line = "Сделаем так: перечень всех номеров, оформленных на вас, пришлю письмом, а вы отметите, какие не нужны."
    assert _check(line) == "block"


def test_the_callers_question_of_the_numbers_repeated_stays_allowed():
    assert _check("Какие номера на вас оформлены, подскажут в любом салоне по паспорту.") == "allow"


def test_a_contrast_that_offers_the_sanctioned_way_is_the_refusal_script():
    for line in ("Адрес владельца не скажу, но можно написать письменное обращение.",
                 "Номер сотрудника не назову, но могу передать ему вашу просьбу.",
                 "Данные владельца не сообщаю, но обратитесь в офис с паспортом."):
        assert not goes_on_past_the_refusal(Utterance(line))


# --- п. 6 in speech to text: "не" negates the word after it; the digits' word counts only right before them ---------

def test_item6_in_speech_to_text_a_negated_telling_of_the_operator_leaves_the_identification():
    line = ("фио владельца вы назвали полностью договор постоплатный последние четыре цифры этого номера восемьдесят "
            "восемь двенадцать остальные цифры не сообщаем")
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "фио вы не назвали договор постоплатный последние четыре цифры этого номера восемьдесят восемь двенадцать",
    "фио назвали не полностью договор постоплатный последние четыре цифры номера восемьдесят восемь двенадцать",
    "идентификацию не прошли договор постоплатный последние четыре цифры номера восемьдесят восемь двенадцать",
])
def test_attack_item6_negated_in_speech_to_text_is_blocked(line):
    assert _check(line) == "block"


# --- whose digits: a promotion's or a request's are nobody's ----------------------------------------------------------

@pytest.mark.parametrize("line", ["Первые цифры промокода — 7315, остальное придёт в СМС.",
                                  "последние цифры заявки сорок один ноль семь по ней и ищите"])
def test_digits_of_nobodys_number_are_no_subscriber_number(line):
    assert "subscriber-number" not in default_checker().check(line, "operator").rules


@pytest.mark.parametrize("line", ["Последние цифры номера владельца — 7315.",
                                  "последние цифры промокода и номера владельца семьдесят три пятнадцать"])
def test_attack_digits_of_a_persons_number_are_still_blocked(line):
    assert _check(line) == "block"
