"""Personal data of a neighbour's language in a Russian contact centre's text (red team bb10, 05, 06, 07, 18, 19): each
kind reads the few other languages' words for its own parts in its one home, not a recognizer per language."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("Мой ИИН 920715350187, проживаю в Алматы", "920715350187"),
    ("ЖСН: 920715350187", "920715350187"),
    ("клиент продиктовал иин 9207 1535 0187", "9207 1535 0187"),
])
def test_a_kazakh_individual_number_after_its_cue_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["ИИН", "иин", "ЖСН", "жсн"]), st.sampled_from([" ", ": ", " № "]),
       st.text("0123456789", min_size=12, max_size=12))
def test_any_twelve_digits_after_a_kazakh_numbers_cue_are_masked(redactor, cue, between, digits):
    assert digits not in redactor.redact(f"Уточните, {cue}{between}{digits} верный?").text


def test_a_business_number_is_no_persons(redactor):
    assert "120940001234" in redactor.redact("БИН компании 120940001234").text
