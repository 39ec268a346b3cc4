"""The readings stop 47's review found too wide, kept fail closed (the surname kind's home, recognizers/person.py).

- A ship's noun names its ship with one word of no surname's shape; a surname or a full name after it is a person's —
  its crew ("капитан теплохода Иванов Сергей"), never the ship's.
- A number, a contract or an account is never "on frost": after "на" beside them a word a dictionary reads as a thing
  is the surname of whom they are registered on ("договор на морозе"); a phone or a SIM can lie on frost.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.recognizers.lexicon import VESSEL_NOUNS
from guard.recognizers.person import registered_on

CREW = ["Иванов Сергей", "Смирнов Олег", "Кузнецов", "Соколова Анна", "Петров"]


@pytest.fixture(scope="module")
def redactor():
    from guard.engine import Redactor

    return Redactor()


@pytest.mark.parametrize("text", ["Капитан теплохода Иванов Сергей просил перезвонить.",
                                  "механик парохода Кузнецов Андрей", "шкипер баржи Соколов Дмитрий ждёт ответа",
                                  "капитан танкера Петров", "катер Смирнов Олег"])
def test_a_surname_after_a_ships_noun_is_a_persons_not_the_ships(redactor, text):
    shown = redactor.redact(text).text
    assert not any(word in shown for word in ("Иванов", "Кузнецов", "Соколов", "Петров", "Смирнов"))


@settings(max_examples=25, deadline=None)
@given(noun=st.sampled_from(sorted(VESSEL_NOUNS)), name=st.sampled_from(CREW))
def test_a_crews_name_after_any_ships_noun_is_masked(redactor, noun, name):
    text = f"Звонил капитан, {noun} {name}, просил связаться."
    assert name.split()[0] not in redactor.redact(text).text


@pytest.mark.parametrize("thing", ["договор", "номер", "лицевой счёт", "контракт"])
def test_a_contract_or_number_on_a_thing_word_is_registered_on_a_surname(thing):
    text = f"{thing} на морозе"
    start = text.index("морозе")
    assert registered_on(text, start, start + len("морозе"))
    assert default_checker().check(text).verdict == "block"


def test_a_phone_left_on_frost_is_where_it_lies():
    text = "телефон на морозе промёрз"
    start = text.index("морозе")
    assert not registered_on(text, start, start + len("морозе"))


def test_on_whom_asks_whom_a_sim_is_registered_on():
    text = "а сим карта у вас на морозе или на ком"
    start = text.index("морозе")
    assert registered_on(text, start, start + len("морозе"))
