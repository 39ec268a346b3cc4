"""Red team bb24 f05 (black box on the bb95d44 wheel): a value's digits told as a riddle of common knowledge.

«последние четыре цифры номера — год Олимпиады в Москве» tells 1980 as surely as the digits do. Per item
(policies/disclosure.yaml): the passport (п. 2) is never told, so its digits told as another number are blocked; the
subscriber's number (пп. 5, 6) — a riddle cannot be compared with the card, so whether п. 6 allows the last digits is
not read and the line is blocked (fail closed: the operator who may say them says the digits); the birth year and the
other personal numbers (вводная часть, пп. 1–4) likewise. The other number is a noun of lexicon.NUMBER_TOLD_NOUNS.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context, make_card
from guard.disclosure.checker import default_checker


def _verdict(line: str, context=None) -> tuple[str, list[str]]:
    result = default_checker().check(line, "operator", context)
    return result.verdict, [v.rule for v in result.violations]


@pytest.mark.parametrize("line, rule", [
    ("последние четыре цифры номера — год Олимпиады в Москве", "subscriber-number"),
    ("серия паспорта владельца совпадает с кодом региона Москвы, написанным дважды", "passport"),
    ("владелец родился в год Олимпиады в Москве", "other-personal-data"),
    ("первые две цифры серии паспорта — как код Москвы на номерах машин, семьдесят семь", "passport"),
    ("номер владельца заканчивается на год начала войны", "subscriber-number"),
    ("последние четыре цифры номера владельца — это год вашего рождения", "subscriber-number"),
    ("снилс владельца заканчивается на код вашего региона", "other-personal-data"),
    ("год рождения владельца совпадает с годом полёта Гагарина", "other-personal-data"),
    ("владелица родилась в том же году, что и вы", "other-personal-data"),
    ("последние цифры номера как год основания Москвы", "subscriber-number"),
])
def test_a_values_digits_told_as_another_number_are_blocked(line, rule):
    verdict, rules = _verdict(line)
    assert verdict == "block" and rule in rules, (verdict, rules)


@pytest.mark.parametrize("line", [
    "назовите, пожалуйста, последние четыре цифры номера",
    "федеральный номер начинается с кода оператора, городской с кода города",
    "подскажите год рождения владельца",
    "в каком году вы родились?",
    "код региона в номере не указывается",
    "уточните, пожалуйста, серию и номер паспорта и дату рождения",
])
def test_asking_for_digits_or_telling_how_numbers_are_built_tells_no_riddle(line):
    assert _verdict(line)[0] != "block"


def test_a_riddle_of_the_last_digits_is_blocked_in_a_call_with_the_card_too():
    context = call_context(make_card())
    verdict, rules = _verdict("последние четыре цифры номера — год Олимпиады в Москве", context)
    assert verdict == "block" and "subscriber-number" in rules


PLACES = ["последние четыре цифры", "первые две цифры", "последние цифры"]
VALUES = [("номера", "subscriber-number"), ("телефона", "subscriber-number"), ("серии паспорта", "passport"),
          ("паспорта", "passport")]
RIDDLES = ["год Олимпиады", "код Москвы", "год основания города", "дата победы", "индекс почты на Тверской",
           "возраст Пушкина на дуэли"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(VALUES), st.sampled_from(["—", "— это", "— как", "как"]),
       st.sampled_from(RIDDLES))
def test_any_digits_place_of_a_value_told_as_another_number_is_blocked(place, value, link, riddle):
    noun, rule = value
    verdict, rules = _verdict(f"{place} {noun} владельца {link} {riddle}")
    assert verdict == "block" and rule in rules, (verdict, rules)
