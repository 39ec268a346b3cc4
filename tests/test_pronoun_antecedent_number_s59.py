"""Stop 59 (s59-falsealarms, the reading taken out at review): «её номер» stays someone's number. A third person's
possessive before «номер» names someone's phone (recognizers/phone.someones_number, stop 58). The branch read it as a
request's number when it pointed back to a request's noun; the review found five fail-open ways round the antecedent
test (a participle as the person, a Latin name, the person on the line before, digits spoken one by one, a broken
mobile) and the reading was taken out. These cases must stay read as a person's number."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker


def _phone_read(text: str) -> bool:
    result = default_checker().check(text, "operator")
    return "subscriber-number" in result.rules


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
