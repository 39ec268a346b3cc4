"""Issue 12, the base misses review 58 left (Инструкция запретов, п. 5: the client's numbers are not told; п. 6: the last
4 digits only when the contract is postpaid, the caller named the owner's full name and the sexes match). «Уточню свой
номер, а номер владельца 4082.» was allowed: no reading took four digits right after «номер владельца» for a number's
digits — only «… на 4082» and «ваш номер 4082» were tails — so the line model's guess was all, and the operator's-own-
number reading of «свой номер» cleared that. Now a phone's noun with a being's genitive beside it («номер владельца
4082», «номер жены 4082», «у владельца номер 4082») is a person's number told by its digits, like «ваш номер 4082»
(bare_value.numbers_said_as_yours). The read-back family («Вы назвали ваш номер, номер жены заканчивается на 4082.») and
the prepaid one are blocked as well; tests keep them so."""
from __future__ import annotations

import pytest

from conftest import make_card


def _verdict(line: str, context=None) -> str:
    from guard.disclosure import default_checker

    return default_checker().check(line, "operator", context).verdict


# The reading of a being's genitive beside the phone's noun («номер владельца 4082», «номер жены 4082») was taken out at
# review (tests/test_review_s59_bd34.py: a line's own п. 5 / п. 6 exception then dropped what the base blocked): these
# lines are the base's misses again, kept as strict xfails until a reading that survives review.
_TAKEN_OUT = pytest.mark.xfail(strict=True, reason="stop 59: the genitive reading taken out at review; a base miss")


@pytest.mark.parametrize("line", [
    # the review's three lines
    pytest.param("Уточню свой номер, а номер владельца 4082.", marks=_TAKEN_OUT),
    "Вы назвали ваш номер, номер жены заканчивается на 4082.",
    "Тариф у вас предоплатный, но вы назвали ФИО полностью, номер заканчивается на 4082.",
    # the same told another way: the genitive before or after the noun, another person, another verb first
    pytest.param("Номер владельца 4082.", marks=_TAKEN_OUT),
    pytest.param("Вы назвали ваш номер, а номер владельца 4082.", marks=_TAKEN_OUT),
    pytest.param("Сверю свой номер, у владельца номер 4082.", marks=_TAKEN_OUT),
    pytest.param("Проверю свой номер, номер жены — 4082.", marks=_TAKEN_OUT),
    pytest.param("Свой номер уточню, телефон мужа 4082.", marks=_TAKEN_OUT),
    pytest.param("Тариф предоплатный, номер владельца 4082.", marks=_TAKEN_OUT),
    # lowercase speech to text, numbers as words
    pytest.param("уточню свой номер а номер владельца четыре ноль восемь два", marks=_TAKEN_OUT),
    "вы назвали ваш номер номер жены заканчивается на четыре ноль восемь два",
    "тариф у вас предоплатный но вы назвали фио полностью номер заканчивается на сорок восемь два",
])
def test_p5_the_owners_or_anothers_number_told_by_its_digits_is_blocked(line):
    assert _verdict(line) == "block"


@pytest.mark.parametrize("line", [
    "Уточню свой номер, а номер владельца 4082.",
    "Вы назвали ваш номер, номер жены заканчивается на 4082.",
    "Тариф у вас предоплатный, но вы назвали ФИО полностью, номер заканчивается на 4082.",
])
def test_p6_the_last_4_of_a_prepaid_owners_number_to_a_caller_who_named_the_full_name_is_blocked(line):
    """п. 6's conditions fail on a prepaid contract: the call with its card and a primary identification blocks too."""
    from guard.callstate import CallState
    from guard.disclosure import CheckContext

    card = make_card(msisdn="79161234082", payment_type="prepaid",
                     numbers=[{"msisdn": "79161234082", "tariff": "Мой безлимит"}])
    context = CheckContext.of(CallState.from_context({"identification": "primary", "caller_gender": "male"}), card)
    assert _verdict(line, context) == "block"


@pytest.mark.parametrize("line", [
    "Мой номер 4082, обращайтесь.",            # the operator's own (п. 18)
    "Номер оператора 4082.",
    "Номер заявки 4082.",                      # nobody's number
    "Ваш номер заявки 4082.",
    "Номер владельца 4082 рубля не спишет.",   # a sum
    # the operator's staff number and introduction (disc_ao-0173, disc_v-0295, ta-0317, disc_ah-0198)
    "Конечно, записывайте: Сергей, номер сотрудника 20-41.",
    "Меня зовут Денис, мой номер сотрудника 30417, запишите, пожалуйста.",
    "конечно мой номер сотрудника двадцать два девяносто один имя руслан",
    "если понадобится я алсу номер шестьдесят шесть двадцать один а номер обращения придет вам в эсэмэс",
    # п. 6 stated in the line: postpaid, the full name, the sexes match — the last 4 may be said
    "Договор постоплатный, ФИО вы назвали, пол совпадает, номер владельца 4082.",
])
def test_numbers_that_are_nobodys_the_operators_or_allowed_by_p6_are_not_read_as_a_persons_tail(line):
    assert _verdict(line) != "block"


@pytest.mark.parametrize("line", [
    "Вы назвали номер, который заканчивается на 4082.",       # the object's own clause
    "Вы сказали, что номер заканчивается на 4082.",           # what the caller said
    "Вы назвали ваш номер, он заканчивается на 4082.",        # the object itself, by a pronoun
    "Вы назвали номер, номер заканчивается на 4082, верно?",  # the same thing again
    "Вы назвали ФИО: Иванов Пётр Сергеевич, верно?",
    "Вы продиктовали адрес: Тверская, дом 5, квартира 12, всё верно?",
    "вы назвали фамилию иванов правильно записала",          # a name is no subject of a new clause here
    "Вы назвали паспорт 4505 678901, правильно записала?",
    # no object after the cue: what follows is what the caller said (disc_ay-0253/0254, ba58-0295/0296)
    "Вы говорите, номер кончается на 0837? Ну да, такой номер на вашем договоре есть.",
    "вы говорите номер кончается на ноль восемь тридцать семь ну да такой номер на вашем договоре есть",
    "Вы говорите, сосед звонит с номера, который кончается на 58-12, — так и указала в заявке на проверку.",
])
def test_a_read_back_still_covers_the_callers_words_up_to_a_clause_of_the_operators_own(line):
    """The read-back's stretch ends before a clause with its own subject and verb (sense._own_statement_after) — not
    before the object's relative clause, a said clause, the object named again or a confirmation asked."""
    assert _verdict(line) == "allow"
