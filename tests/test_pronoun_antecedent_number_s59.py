"""Stop 59 (s59-falsealarms): whose number «её номер» is, read from the pronoun's antecedent. A third person's
possessive before «номер» names someone's phone (recognizers/phone.someones_number, stop 58), unless it points back to
a request's, an order's, a ticket's noun that agrees with it in gender and number and nothing else in the line could be
its antecedent (recognizers/person.points_back_to_nobodys). The redactor and the checker read it in one place: the
PHONE_NUMBER kind. Any being, name or third person's pronoun in the line, another agreeing noun, or no antecedent at
all keeps the number someone's (fail closed)."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker
from guard.recognizers.person import points_back_to_nobodys


def _phone_read(text: str) -> bool:
    result = default_checker().check(text, "operator")
    return "subscriber-number" in result.rules


@pytest.mark.parametrize("text", [
    "Заявку я оформила и передала, её номер 4471-092",
    "заявку я оформила и передала её номер 4471-092",
    "ЗАЯВКУ Я ОФОРМИЛА И ПЕРЕДАЛА, ЕЁ НОМЕР 4471-092",
    "Заявку я оформила, ее номер 4471-092",
    "Заказ оформлен, его номер 4471-092",
])
def test_a_requests_number_pointed_back_to_by_its_pronoun_is_nobodys(text):
    assert not _phone_read(text), text


# Инструкция запретов, п. 4 / п. 5: a person's number stays a number told, however the line is turned
@pytest.mark.parametrize("text", [
    "её номер 4471-092",                                      # no antecedent
    "Заявку на маму я оформила, её номер 4471-092",           # a being between
    "Мама подала заявку, её номер 4471-092",                  # a being before the request
    "Заявку она оформила, её номер 4471-092",                 # a third person's pronoun
    "Заявку я оформила на Ольгу Петрову, её номер 4471-092",  # a name
    "Сим-карту я оформила, её номер 4471-092",                # another thing that agrees: a SIM's number is a phone
    "Заявку владелица оставила, её номер 4471-092",
    "заявку на соседку оформила ее номер сорок четыре семьдесят один ноль девяносто два",
    "Заявку я оформила и передала, её номер 8 916 123-45-67",  # a whole phone is read by its shape
])
def test_a_persons_number_after_a_third_persons_pronoun_is_still_read(text):
    assert _phone_read(text), text


@pytest.mark.parametrize(("pronoun", "before", "expected"), [
    ("её", ["заявку", "я", "оформила"], True),
    ("его", ["заказ", "оформлен"], True),
    ("её", ["заказ", "оформлен"], False),     # no agreement: «её» is not the order's
    ("его", ["заявку", "оформила"], False),   # no agreement
    ("её", [], False),
    ("мой", ["заявку"], False),                # not a third person's pronoun
    ("её", ["маме", "заявку"], False),
])
def test_the_pronoun_agrees_with_its_antecedent_in_gender_and_number(pronoun, before, expected):
    assert points_back_to_nobodys(pronoun, before) is expected


def test_a_being_named_far_back_in_the_line_may_be_whom_the_pronoun_points_to():
    # a packed note: the client named long before, the request's noun nearer — «Её» may be the client's (fail closed)
    text = ("Клиентка Магомедова Фатима звонила по поводу переоформления договора на дочь, документы проверили, всё "
            "в порядке, заявку оформили и передали. Её номер 617-90-22.")
    assert _phone_read(text), text


# Инструкция запретов, п. 18: «Отказывать в предоставлении операторского номера» is forbidden — the operator's own number,
# after «мой номер оператора», is said as the rule asks (the brief's known case of the stop-58 cue; allowed on s59-merge)
@pytest.mark.parametrize("text", ["мой номер оператора тридцать два восемьдесят пять",
                                  "Меня зовут Анна, мой номер оператора 3285."])
def test_item18_the_operators_own_number_after_moi_nomer_operatora_is_no_ones_phone(text):
    assert default_checker().check(text, "operator").verdict == "allow", text
