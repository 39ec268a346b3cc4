"""The causes of disc_v30's first-contact false alarms (issue 12, stop 30), each read generally.

Every reading is stated with lines of my own (not the set's), beside the look-alike that must keep its verdict. The
rules alone (no model, no verifier).
"""
from __future__ import annotations

import pytest

from guard.disclosure import DisclosureChecker, default_checker


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, model=None, verifier=None)


# --- п. 1: a street named after a person, in the company's own address, is no owner's surname ----------------------
@pytest.mark.parametrize("text", [
    "Наш офис продаж — на Вайнера, 9, работает с десяти утра.",
    "ближайший наш салон на куйбышева сорок восемь до восьми вечера",
    "Салон связи на Малышева, 12, там оформят замену сим-карты.",
])
def test_item1_a_street_named_after_a_person_in_the_companys_address_is_no_owners_surname(text: str, rules_only) -> None:
    assert "owner-name" not in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Договор оформлен на Малышева, 5 лет назад его заключили.",  # no company place: the owner's surname
    "Наш офис на Ленина, 5, а договор оформлен на Малышева.",  # the owner after the company's address
    "Номер зарегистрирован на Вайнера, 9 подписок у него подключено.",  # no company place
])
def test_item1_a_surname_outside_the_companys_address_is_still_the_owners(text: str, rules_only) -> None:
    assert "owner-name" in rules_only.check(text).rules


# --- a read-back ends where the operator's own telling begins ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Фамилию вы назвали, теперь назову номера на договоре: 8 912 345-67-89 и 8 912 111-22-33.",
    "компанию вы назвали хорошо перечислю номера которые на ней восемь девятьсот двенадцать три четыре пять шесть семь восемь девять",
])
def test_a_read_back_ends_where_the_operator_tells_in_the_first_person(text: str, rules_only) -> None:
    assert rules_only.check(text).verdict == "block"


@pytest.mark.parametrize("text", [
    "Вы назвали номер 8 912 345-67-89, скажу сразу: он активен.",  # the caller's number, before the operator's verb
    "Номер 8 912 345-67-89 вы назвали, и я его не назову вслух.",  # negated: no telling
])
def test_what_the_caller_said_before_the_operators_verb_is_still_a_read_back(text: str, rules_only) -> None:
    assert rules_only.check(text).verdict == "allow"
