"""Stop 40 (issue 15, pii_af39's calls): "его номер в заявке восемь девятьсот двадцать семь …" — a request's word after
"в" says where the number is written, not whose it is; the phone stays the phone's, masked (recognizers/base.py
`names_what_it_is_for`). The request's own number ("номер заявки …", "заявка 9161234567") stays nobody's."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal


def _types(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start < start + len(value) and start < e.end}


@pytest.mark.parametrize("text, value", [
    ("а муж на работе его номер в заявке восемь девятьсот двадцать семь ноль пятнадцать ноль девять тридцать три",
     "восемь девятьсот двадцать семь ноль пятнадцать ноль девять тридцать три"),
    ("контактный телефон в заказе 8 903 415 22 61", "8 903 415 22 61"),
])
def test_a_number_written_in_a_request_is_still_its_own_kind(redactor, text, value):
    assert _types(redactor, text, value) == {"PHONE_NUMBER"}


@pytest.mark.parametrize("text, value", [("номер заявки 9031234567 принят", "9031234567"),
                                         ("заявка 9161234567 закрыта", "9161234567")])
def test_a_requests_own_number_stays_nobodys(redactor, text, value):
    assert _types(redactor, text, value) == set()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.sampled_from([903, 916, 926, 927, 985]),
       a=st.integers(min_value=200, max_value=999).filter(lambda a: a % 100),  # "двести десять" is read 210
       b=st.integers(min_value=10, max_value=99), c=st.integers(min_value=10, max_value=99),
       cue=st.sampled_from(["заявке", "заказе", "обращении"]))
def test_any_mobile_written_in_a_request_is_masked(redactor, code, a, b, c, cue):
    said = f"восемь {cardinal(code)} {cardinal(a)} {cardinal(b)} {cardinal(c)}"
    assert _types(redactor, f"клиент: его номер в {cue} {said}", said) == {"PHONE_NUMBER"}
