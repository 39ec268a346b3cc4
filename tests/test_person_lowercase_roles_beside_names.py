"""In lowercase text a noun for a person's role before a name is no part of it (issue 15, precision on lowercased and
ASR-like text, names_v28): a role before a first name and surname ("гроссмейстер павел шубин"), a role the tagger
would take in beside a surname ("с капитаном гущиным"), and a word the dictionary does not know that the tagger calls
no name at a run's edge ("олимпийская призёрка лариса глебова", "по армрестлингу михаил лось"). An animal-word surname
before a first name stays the surname ("волку артёму сергеевичу")."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("среди его учеников гроссмейстер павел шубин и мастер спорта наталья ерохина", "павел шубин"),
    ("почётными гостями станут олимпийская призёрка лариса глебова и блогер никита ёлкин", "лариса глебова"),
    ("он бывший моряк ходил с капитаном гущиным на ледоколе", "гущиным"),
])
def test_a_role_noun_before_a_lowercase_name_is_not_part_of_it(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_an_unknown_word_the_tagger_rejects_does_not_stand_for_a_surname(person_redactor):
    found = names(person_redactor, "турнир проведёт чемпион области по армрестлингу михаил лось")
    assert not any("армрестлингу" in n for n in found) and any("михаил" in n for n in found)


def test_an_animal_word_before_a_first_name_and_patronymic_is_still_the_surname(person_redactor):
    assert "волку артёму сергеевичу" in names(person_redactor, "передайте волку артёму сергеевичу привет")
