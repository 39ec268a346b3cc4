"""A passport dictated in groups and typed, or punctuated by speech-to-text, with a comma between the groups
("паспорт 63, 17, номер 402, 955") is a passport like the same groups with spaces (red team bb8, 25: the series and the
number read their groups across a space or a dash only, so the commas let the value through whole)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _covered(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "RU_PASSPORT" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("паспорт 63, 17, номер 402, 955", "402, 955"),
    ("Паспорт: 6317, 402955, выдан в 2014", "6317, 402955"),
    ("паспорт шестьдесят три, семнадцать, номер четыреста два, девятьсот пятьдесят пять",
     "четыреста два, девятьсот пятьдесят пять"),
])
def test_a_passport_in_groups_with_commas_is_a_passport(redactor, text, value):
    assert _covered(redactor, text, value)


def test_a_comma_without_a_space_is_no_group_gap(redactor):
    text = "по паспорту качества оценки 4,5, 3,5 и 5,0"
    assert not [e for e in redactor.analyze(text) if e.type == "RU_PASSPORT"]


@settings(max_examples=40, deadline=None)
@given(series=st.integers(1000, 9999), number=st.integers(100000, 999999),
       cut=st.sampled_from([(2, 3), (2, 2), (4, 3), (4, 6)]))
def test_any_comma_grouping_after_the_passport_word_is_masked(redactor, series, number, cut):
    s, n = str(series), str(number)
    series_part = ", ".join([s[:cut[0]], s[cut[0]:]] if cut[0] < 4 else [s])
    number_part = ", ".join([n[:cut[1]], n[cut[1]:]] if cut[1] < 6 else [n])
    text = f"паспорт {series_part}, {number_part}"
    assert _covered(redactor, text, number_part)
