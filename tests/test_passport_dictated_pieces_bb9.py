"""A passport dictated in pieces after its cue is one value (red teams bb8 25, bb9 25): the series alone with a comma
between its pairs ("серия семьдесят два, ноль три"), and series and number with a conjunction and a dash before
"номер" ("… а номер — двести семнадцать, пятьсот сорок"). The passport kind's own cue value reads a comma and a blank
between short pieces; a whole number then a year after a comma stays two things."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st


def _passports(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "RU_PASSPORT"]


@pytest.mark.parametrize("text, value", [
    ("серия семьдесят два, ноль три", "семьдесят два, ноль три"),
    ("паспорт семьдесят два ноль три, а номер — двести семнадцать, пятьсот сорок",
     "семьдесят два ноль три, а номер — двести семнадцать, пятьсот сорок"),
    ("паспорт 72, 03, и номер: 217, 540", "72, 03, и номер: 217, 540"),
])
def test_a_passport_dictated_in_pieces_with_commas_is_one_value(redactor, text, value):
    assert _passports(redactor, text) == [value]


def test_a_whole_passport_then_its_year_after_a_comma_stay_apart(redactor):
    assert _passports(redactor, "паспорт 7203 217540, 2016 года выдачи") == ["7203 217540"]


@settings(max_examples=30, deadline=None)
@given(st.integers(10, 99), st.integers(0, 99), st.integers(100, 999), st.integers(0, 999))
def test_any_passport_typed_in_pairs_and_triples_with_commas_is_masked_whole(redactor, a, b, c, d):
    value = f"{a}, {b:02d}, номер {c}, {d:03d}"
    assert _passports(redactor, f"паспорт {value}") == [value]
