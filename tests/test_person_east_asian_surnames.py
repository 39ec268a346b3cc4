"""Issue 15, one home: the East Asian surnames the dictionary does not read as surnames are one definition in
recognizers/person.py (`_EAST_ASIAN_SURNAMES`, each with where the word alone is the surname); the short surnames
every rule knows and the capitalised ones are views of it, and the Korean given-name rule reads the whole of it."""
from __future__ import annotations

from guard.recognizers import person
from conftest import person_names as names


def test_the_short_surname_lists_are_views_of_one_definition():
    table = person._EAST_ASIAN_SURNAMES
    assert person._CAPITALISED_SHORT_SURNAMES <= person._SHORT_SURNAMES <= set(table)
    assert set(table) - person._SHORT_SURNAMES == {w for w, where in table.items() if where == "with a given name"}
    assert not hasattr(person, "_KOREAN_SURNAMES")


def test_every_listed_surname_is_a_short_foreign_surname():
    assert all(person._short_foreign_surname(word) for word in person._EAST_ASIAN_SURNAMES)


def test_a_surname_read_only_with_a_given_name_is_found_before_its_syllables(person_redactor):
    assert names(person_redactor, "вчера звонил хван чон хо по поводу роутера") == ["хван чон хо"]
