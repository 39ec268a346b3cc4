"""A passport's department code dictated in two groups with a comma between ("код подразделения 640, 012", speech-to-
text's punctuation) is one code, as "640 и 012" is (red team bb8 25): the kind declares its six digits and its cue
(Kind.digits, Kind.cues) and guard/normalize reads a comma and a blank as a gap between the pieces of one value."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _dept_over(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "RU_PASSPORT_DEPT" and e.start <= start and e.end >= start + len(value)
               for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("код подразделения 640, 012", "640, 012"),
    ("код подразделения шестьсот сорок, ноль двенадцать", "шестьсот сорок, ноль двенадцать"),
    ("Клиент: код подразделения 640, 012, выдан в 2014 году", "640, 012"),
])
def test_a_department_code_in_groups_with_a_comma(redactor, text, value):
    assert _dept_over(redactor, text, value)


def test_a_whole_passport_before_a_comma_stays_whole(redactor):
    text = "паспорт 4612 305577, 2014 года выдачи"
    assert [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "RU_PASSPORT"] == ["4612 305577"]


@settings(max_examples=30, deadline=None)
@given(first=st.integers(100, 999), second=st.integers(0, 999))
def test_any_code_in_two_groups_with_a_comma_is_masked(redactor, first, second):
    value = f"{first}, {second:03d}"
    assert _dept_over(redactor, "код подразделения " + value, value)
