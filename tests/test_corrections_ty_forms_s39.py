"""Stop 39 (issue 15, pii_ae38's calls): an elderly caller takes digits back with the familiar "ты" forms — "ой нет
погоди", "нет подожди", "постой" — as others say "подождите". The pause and correction words are one list in
guard/normalize.py (HESITATION, _CORRECTION_WORD); with the "ты" forms there, the number said after the correction is
read as the same number and no digit of either attempt stays in the text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal


def _spoken_digits_visible(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text)]
    return not all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize("correction", ["ой нет погоди", "нет подожди", "ой постой", "нет погоди"])
def test_a_phone_corrected_with_a_familiar_pause_is_masked_whole(redactor, correction):
    said = f"восемь девятьсот тринадцать двести сорок один {correction} двести сорок два семнадцать ноль пять"
    text = f"оператор: назовите номер телефона клиент: {said} оператор: спасибо"
    assert not _spoken_digits_visible(redactor, text, said)


def test_two_corrections_in_one_snils_are_read_as_one_number(redactor):
    said = ("сто восемьдесят девять ноль сорок два ой нет ноль четыре два нет погоди ноль сорок два семьсот тридцать "
            "шесть девяносто шесть")
    text = f"клиент: снилс так {said} оператор: записала"
    assert not _spoken_digits_visible(redactor, text, said)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.integers(min_value=100, max_value=999), b=st.integers(min_value=10, max_value=99),
       c=st.integers(min_value=10, max_value=98), word=st.sampled_from(["погоди", "подожди", "постой"]))
def test_any_mobile_with_its_last_groups_corrected_by_a_familiar_pause_is_masked(redactor, a, b, c, word):
    said = (f"восемь девятьсот шестнадцать {cardinal(a)} {cardinal(b)} {cardinal(c + 1)} ой нет {word} "
            f"{cardinal(b)} {cardinal(c)}")
    text = f"оператор: номер телефона клиент: {said} оператор: спасибо"
    assert not _spoken_digits_visible(redactor, text, said)
