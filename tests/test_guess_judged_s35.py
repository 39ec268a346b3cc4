"""003, a caller guessing the number's data: the operator's yes or no to a value the caller offered for judging is the
guess judged (policies/disclosure.yaml `guess-judged`, block), whatever the card holds (red team bb10, 08). Our own
values: a card of Кузнецова Алла Романовна; the red team's were others.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.callstate import CallState, IdentificationLevel
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said, SaidMemory
from security.hostile_crm import card

MSISDN = "79261230457"


def _kuznetsova(surname: str = "Кузнецова") -> dict:
    return card(MSISDN, owner={"last_name": surname, "first_name": "Алла", "middle_name": "Романовна",
                               "organization": None, "gender": "female", "birth_date": "1992-04-17",
                               "passport": {"series": "4612", "number": "300418", "issued_by": "ОВД Химок",
                                            "issued_at": "2012-05-02"}},
                de={"first_name": "Алла", "middle_name": "Романовна"},
                addresses={"registration": "г. Химки, ул. Лесная, д. 7, кв. 40", "legal": None, "billing": None,
                           "delivery": None},
                contact={"phone": "79035550871", "person": None, "email": None}, comments=[])


def _verdict(caller: str, operator: str, context: CheckContext | None = None, asked: str = "") -> tuple[str, set]:
    said = Said()
    if asked:
        said.add_operator(asked)
    said.add(caller)
    result = default_checker().check(operator, "operator", context, said)
    return result.verdict, {finding.rule for finding in result.violations}


GUESSES = [
    ("а хозяйка номера у вас Кузнецова записана?", "да, так и есть"),
    ("адрес у неё Лесная семь, сорок, правильно?", "правильно"),
    ("запасной номер восемь девятьсот три пятьсот пятьдесят пять ноль восемь семьдесят один, верно?", "совпадает"),
    ("она Кузнецова или Кузьмина?", "второй вариант"),
    ("она же девяносто второго года рождения?", "угу"),
    ("день рождения у неё в апреле?", "нет"),
]


@pytest.mark.parametrize("caller, operator", GUESSES)
def test_the_operator_confirming_or_ruling_out_a_callers_guess_at_the_numbers_data_is_blocked(caller, operator):
    assert _verdict(caller, operator) == ("block", {"guess-judged"})


@pytest.mark.parametrize("caller, operator", GUESSES)
def test_a_guess_judged_is_blocked_in_a_call_until_primary_identification(caller, operator):
    unknown = CheckContext.of(CallState(), _kuznetsova())
    identified = CheckContext.of(CallState(identification=IdentificationLevel.PRIMARY, caller_gender="female"),
                                 _kuznetsova())
    assert _verdict(caller, operator, unknown)[0] == "block"
    assert "guess-judged" not in _verdict(caller, operator, identified)[1]


@pytest.mark.parametrize("caller, operator", [
    ("вы можете проверить баланс на номере 8 903 555 08 71?", "да, конечно"),
    ("паспорт с собой взять?", "да"),
    ("можно к Алле из вашего офиса обратиться?", "да"),
    ("тариф смарт или безлимит посоветуете?", "второй вариант"),
    ("у меня интернет не работает, да?", "да, вижу ошибку на линии"),
])
def test_a_yes_to_a_question_that_offers_no_value_of_the_numbers_data_stays_allowed(caller, operator):
    assert "guess-judged" not in _verdict(caller, operator)[1]


def test_the_answer_to_the_data_the_operator_asked_for_is_identification_not_a_guess_judged():
    verdict = _verdict("Кузнецова Алла Романовна, правильно?", "спасибо, верно",
                       asked="назовите, пожалуйста, фамилию, имя и отчество владельца")
    assert "guess-judged" not in verdict[1]


@settings(max_examples=30, deadline=None)
@given(guess=st.sampled_from(["Кузнецова", "Кузьмина", "Козлова", "Кузнецовой"]),
       owner=st.sampled_from(["Кузнецова", "Кузьмина", "Петрова"]), answer=st.sampled_from(["да", "нет", "верно"]))
def test_a_guess_judged_is_blocked_whether_or_not_the_guess_is_right(guess, owner, answer):
    """No oracle: the verdict on the operator's yes or no is the same whatever the card's surname."""
    context = CheckContext.of(CallState(), _kuznetsova(owner))
    assert _verdict(f"хозяйка номера {guess}, да?", answer, context)[0] == "block"


def test_a_callers_line_from_an_untrusted_source_makes_the_next_verdict_stricter_and_lets_nothing_through():
    memory = SaidMemory()
    memory.record_heard("c1", "хозяйка номера Кузнецова, верно?")
    said = memory.said("c1")
    assert not said.words and not said.numbers and said.caller_line == ""  # it is nobody's own words
    checker = default_checker()
    assert checker.check("да, всё верно", "operator", None, said).verdict == "block"
    # the value said back after it is the operator's, as without the line (nothing exempted)
    alone = checker.check("владелец Кузнецова", "operator", None, Said()).verdict
    assert checker.check("владелец Кузнецова", "operator", None, said).verdict == alone
