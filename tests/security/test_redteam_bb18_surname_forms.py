"""Red-team round bb18, f02 and f09: a surname's forms where whose a thing is — "на" + the locative, a possessive adjective.

"Номер на Кузнецове", "договор на Поповой", "все номера на Соколове", "это кузнецовский номер": whom a number, a
contract or a SIM is registered on, said in the locative after "на", or as the surname's possessive adjective beside
the thing. The surname kind reads that slot once (recognizers/person.py: registered_on, surname_adjectives_of_things)
and both the redactor and the speech checker ask it; the checker's reading is card-blind (any surname said so is the
owner's slot). In this repository's own phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.engine import default_redactor

# (surname as the card writes it, gender) -> its locative
SURNAMES = {"Зайцев": "Зайцеве", "Белова": "Беловой", "Фёдоров": "Фёдорове", "Орлова": "Орловой",
            "Гусев": "Гусеве", "Комарова": "Комаровой", "Тихонов": "Тихонове", "Никитина": "Никитиной"}
THINGS = ["Номер на {}.", "Сим-карта у вас на {}.", "Все номера на {}, верно?", "договор на {} а не на вас",
          "Лицевой счёт на {}.", "На {} висит долг."]


def _masked(text: str, word: str) -> bool:
    return word.lower() not in default_redactor().redact(text).text.lower()


def _verdict(text: str) -> tuple[str, list[str]]:
    result = default_checker().check(text, "operator", CheckContext.of(CallState(), None), Said())
    return result.verdict, list(result.rules)


@settings(max_examples=30, deadline=None)
@given(surname=st.sampled_from(sorted(SURNAMES)), frame=st.sampled_from(THINGS), lower=st.booleans())
def test_redactor_masks_a_surname_in_the_locative_after_na_where_a_thing_is_registered(surname, frame, lower):
    word = SURNAMES[surname]
    text = frame.format(word)
    text = text.lower() if lower else text
    assert _masked(text, word), text


@settings(max_examples=30, deadline=None)
@given(surname=st.sampled_from(sorted(SURNAMES)), frame=st.sampled_from(THINGS[:4]))
def test_checker_blocks_a_surname_in_the_locative_after_na_as_the_owners_name(surname, frame):
    verdict, rules = _verdict(frame.format(SURNAMES[surname]))
    assert verdict == "block" and "owner-name" in rules


def test_redactor_masks_a_surname_in_the_locative_answering_whom_the_number_is_on():
    text = "Оператор: на кого записан номер?\nКлиент: на Гусеве, на брате моём."
    assert _masked(text, "Гусеве")


@pytest.mark.parametrize("text,word", [("Это зайцевский номер.", "зайцевский"), ("договор тихоновский", "тихоновский")])
def test_a_surnames_possessive_adjective_beside_a_registered_thing_is_masked_and_blocked(text, word):
    assert _masked(text, word)
    verdict, rules = _verdict(text)
    assert verdict == "block" and "owner-name" in rules


@pytest.mark.parametrize("text", [
    "Офис на Тверской, номер дома 5.",  # a street: no person's locative
    "Это ивановский номер.",  # the adjective of a town (Иваново)
    "Это орловский номер.",  # of Орёл
    "Переадресация на сочинский номер платная.",  # of Сочи: "сочин" is no surname the dictionary holds
    "Номер на муже.",  # kin says who, not which
    "Номер на вас.",
])
def test_a_place_a_town_adjective_or_a_kin_noun_after_na_is_not_an_owners_surname(text):
    verdict, rules = _verdict(text)
    assert "owner-name" not in rules, (text, verdict, rules)
