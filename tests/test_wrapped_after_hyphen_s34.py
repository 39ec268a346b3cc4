"""A number wrapped across a line after its hyphen (an OCR'd document, a wrapped cell or chat: "снилс 112-233-\\n445
95") is read as one number: guard/normalize reads a hyphen and a line break between digit groups as one gap (red team
bb8 28: the SNILS kept its last five digits)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.snils import is_valid_snils


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _covered(redactor, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(e.type == kind and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("снилс 112-233-\n445 95", "112-233-\n445 95"),
    ("СНИЛС: 112-233-\n445 95 (копия)", "112-233-\n445 95"),
    ("СНИЛС 112-\n233-445 95", "112-\n233-445 95"),
])
def test_a_snils_wrapped_after_its_hyphen_is_one_snils(redactor, text, value):
    assert _covered(redactor, text, value, "RU_SNILS")


@settings(max_examples=30, deadline=None)
@given(body=st.integers(2_000_000, 999_999_999), cut=st.sampled_from([3, 6]))
def test_any_snils_wrapped_after_a_hyphen_is_masked_whole(redactor, body, cut):
    digits = f"{body:09d}"
    total = sum(int(d) * w for d, w in zip(digits, range(9, 0, -1)))
    check = 0 if total % 101 in (100, 0) else total % 101
    value = f"{digits[:3]}-{digits[3:6]}-{digits[6:]} {check:02d}"
    assert is_valid_snils(value)
    wrapped = value[:cut + cut // 3] + "\n" + value[cut + cut // 3:]
    text = "снилс " + wrapped
    assert _covered(redactor, text, wrapped, "RU_SNILS")
