"""Stop 38: a surname spelled letter by letter in Latin script ("g r i g o r j e v a") is the owner's surname by the
rule's reading (guard/disclosure/spelled.py: the spelled letters joined, then read as Russian like a Latin word), not
by the line model's guess — the 36-author retrain read that line at P 0.57 where the model before had guessed it at
0.81 (red team bb8's QA report test). The rules alone decide here: no model."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.checker import DisclosureChecker

SURNAMES = ["grigorjeva", "ivanov", "kuznetsova", "petrova", "smirnov", "sokolova"]


def _rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


@pytest.mark.parametrize("line", ["g r i g o r j e v a", "Фамилия пишется так: k u z n e t s o v a",
                                  "владелец: p e t r o v a"])
def test_owner_name_spelled_in_latin_letters_is_blocked_by_the_rule(line):
    result = _rules_only().check(line)
    assert result.verdict == "block" and "owner-name" in result.rules


@pytest.mark.parametrize("line", ["s m s", "a b c d e", "w i f i работает"])
def test_latin_letters_that_are_no_surname_are_not_owner_name(line):
    assert "owner-name" not in _rules_only().check(line).rules


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from([" ", ", ", "-", ". "]), st.booleans())
def test_owner_name_spelled_in_latin_letters_whatever_the_separator(surname, separator, upper):
    letters = separator.join(surname.upper() if upper else surname)
    assert _rules_only().check(letters).verdict == "block"
