"""A passport in a CRM note's slash-separated fields ("Петров/89031112233/4612 305577/01.02.1975") and a series typed
with a dot ("46.12 305577") is a passport (red team bb8 07): a slash after a long run ends a field — no date's or
fraction's slash — and the printed layout reads a dot between the series' two pairs as it reads a space."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _passport_over(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "RU_PASSPORT" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Петров/89031112233/4612 305577/01.02.1975", "4612 305577"),
    ("паспорт 46.12 305577", "46.12 305577"),
    ("Кл. Петров, пасп. 46.12 305577 выдан ОВД", "46.12 305577"),
])
def test_a_passport_between_slashes_or_with_a_dotted_series(redactor, text, value):
    assert _passport_over(redactor, text, value)


@pytest.mark.parametrize("text", ["скидка 12/2025 на тариф", "оплата 1/2 суммы 1500 руб"])
def test_a_slash_after_a_short_number_is_no_field_end(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "RU_PASSPORT"]


@settings(max_examples=30, deadline=None)
@given(series=st.integers(1000, 9999), number=st.integers(100000, 999999), phone=st.integers(10 ** 9, 10 ** 10 - 1))
def test_any_passport_after_a_phone_field_is_masked(redactor, series, number, phone):
    # masked whole; which kind ("9000 100000" reads as a mobile number too) is the kinds' own decision
    value = f"{series} {number}"
    text = f"Смирнова/8{phone}/{value}/ок"
    start = text.index(value)
    assert any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))
