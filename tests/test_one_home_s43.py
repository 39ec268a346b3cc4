"""Round s43-onehome: whether a word names a street is read in one place, the ADDRESS kind's home.

`guard.recognizers.address.names_a_street(word, where)` is the one reading; the redactor's address chain and the speech
checker's value shapes ask it with where the word stands (the readers' parameters, which truly differ). Before this
round five modules wrote their own (address twice, value_shapes, bare_value, streets); the card scrub's
`_is_a_hidden_street` matches a card's own streets, which is no reading of a word's form.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers.address import (STREET_AFTER_A_TOWN, STREET_AFTER_TOWARDS, STREET_ALONE, STREET_BESIDE_A_HOUSE,
                                       STREET_IN_A_FRAME, names_a_street)

ROOT = Path(__file__).resolve().parents[1]
_PLACES = (STREET_AFTER_A_TOWN, STREET_ALONE, STREET_IN_A_FRAME, STREET_BESIDE_A_HOUSE, STREET_AFTER_TOWARDS)


def test_only_the_address_kind_defines_a_reading_of_a_street_name():
    # a module that wrote its own `def _names_a_street(...)` again would be a sixth copy of the reading
    pattern = re.compile(r"^\s*def \w*(?:names_a_street|street_name)\w*\(", re.MULTILINE)
    defining = sorted(str(path.relative_to(ROOT)) for folder in ("guard", "recognizers")
                      for path in (ROOT / folder).rglob("*.py") if pattern.search(path.read_text(encoding="utf-8")))
    assert defining == ["recognizers/address.py"]


@pytest.mark.parametrize("where", _PLACES)
def test_a_surname_in_the_genitive_names_a_street_wherever_it_stands(where):
    assert names_a_street("Ленина", where)


@pytest.mark.parametrize("where", [STREET_AFTER_A_TOWN, STREET_IN_A_FRAME, STREET_BESIDE_A_HOUSE, STREET_AFTER_TOWARDS])
def test_a_feminine_adjective_names_a_street(where):
    assert names_a_street("Тверская", where)


@pytest.mark.parametrize("where", [STREET_ALONE, STREET_IN_A_FRAME])
def test_a_quality_alone_or_in_a_frame_names_no_street(where):
    # "Новая, да": a quality, not a street's name, where nothing else says a street is meant
    assert not names_a_street("Новая", where)


def test_a_function_word_beside_a_house_number_names_no_street():
    assert not names_a_street("до", STREET_BESIDE_A_HOUSE)


def test_an_adjective_with_its_noun_after_towards_names_no_street():
    assert not names_a_street("пятом", STREET_AFTER_TOWARDS, next_word="этаже")
    assert not names_a_street("следующей", STREET_AFTER_TOWARDS, next_word="неделе")
    assert names_a_street("Тверской", STREET_AFTER_TOWARDS, next_word="живёте")


def test_a_common_noun_in_the_genitive_names_a_street_after_a_town_only_when_said():
    # "город москва мира 5": a town before it says a street follows
    assert not names_a_street("кода", STREET_AFTER_A_TOWN)
    assert names_a_street("кода", STREET_AFTER_A_TOWN, said=True)


def test_an_unknown_place_is_a_programming_error_not_a_silent_no():
    with pytest.raises(ValueError):
        names_a_street("Ленина", "somewhere")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ-.", min_size=1, max_size=14),
       st.sampled_from(_PLACES))
def test_every_place_reads_any_word_without_error_and_a_trailing_dot_changes_nothing_alone(word, where):
    found = names_a_street(word, where)
    assert isinstance(found, bool)
    if where in (STREET_AFTER_A_TOWN, STREET_ALONE):  # the address chain reads a word with its dot dropped
        assert names_a_street(word.rstrip(".") + ".", where) == names_a_street(word.rstrip("."), where)


# --- a run of digits: guard.document.DIGITS ---------------------------------------------------------------------------

def _sources() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
            for folder in ("guard", "recognizers") for path in sorted((ROOT / folder).rglob("*.py"))}


def test_only_the_document_writes_a_bare_digit_run():
    # a module that compiles (or searches with) r"\d+" again would be a copy of guard.document.DIGITS
    writing = sorted(name for name, source in _sources().items() if 'r"\\d+"' in source or "r'\\d+'" in source)
    assert writing == ["guard/document.py"]


def test_only_the_document_writes_a_token_of_hyphenated_digits():
    copies = ('r"\\d+(?:-\\d+)*"', 'r"\\d+(?:[\\-]\\d+)*"')
    writing = sorted(name for name, source in _sources().items() if any(copy in source for copy in copies))
    assert writing == ["guard/document.py"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_a_digit_run_is_every_maximal_run_of_decimal_digits_of_any_script(text):
    from guard.document import DIGITS

    runs = [m.group() for m in DIGITS.finditer(text)]
    assert "".join(runs) == "".join(ch for ch in text if ch.isdecimal())
    assert all(not text[m.start() - 1:m.start()].isdecimal() and not text[m.end():m.end() + 1].isdecimal()
               for m in DIGITS.finditer(text))


# --- the test harnesses run with the shipped one call per operator ----------------------------------------------------

def test_no_test_harness_turns_one_call_per_operator_off():
    # GUARD_ONE_CALL_PER_OPERATOR (red team bb17, 22) is on as shipped; a harness that turned it off would test another
    # product than the one deployed. Tests that open several calls give each its own operator id.
    off = re.compile(r"one_call_per_operator\W{1,6}False")
    turning_off = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("*.py")
                         if off.search(path.read_text(encoding="utf-8")))
    assert turning_off == []
