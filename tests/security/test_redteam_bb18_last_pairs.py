"""Red-team round bb18, f11: a number's last digits told as pairs or groups ("последние две пары: 43 и 21").

п. 6 allows a number's last 4 digits only under its conditions; the checker blocked "последние цифры … 43 и 21" and
let "последние две пары второго номера: 43 и 21" through. The pairs are the digits' own noun: the speech rules
(policies/disclosure.yaml, subscriber-number) and the phone kind's reading of a number's pieces (recognizers/local_phone.py,
PAIRS_OF_A_NUMBER) read them as "цифры". In this repository's own phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.engine import default_redactor


def _verdict(text: str) -> tuple[str, list[str]]:
    result = default_checker().check(text, "operator", CheckContext.of(CallState(), None), Said())
    return result.verdict, list(result.rules)


_PAIR = st.integers(min_value=10, max_value=99).map(str)
_JOIN = st.sampled_from([" и ", ", ", " / ", " — "])
_FRAME = st.sampled_from(["Последние две пары номера: {}.", "Последние пары: {}.", "Крайние две группы телефона {}.",
                          "Последние две пары номера из детализации: {}."])


@settings(max_examples=30, deadline=None)
@given(first=_PAIR, second=_PAIR, join=_JOIN, frame=_FRAME)
def test_a_numbers_last_digits_told_as_pairs_are_blocked_as_its_last_digits(first, second, join, frame):
    verdict, rules = _verdict(frame.format(first + join + second))
    assert verdict == "block" and "subscriber-number" in rules


@settings(max_examples=20, deadline=None)
@given(first=_PAIR, second=_PAIR, join=_JOIN)
def test_the_redactor_masks_a_numbers_last_pairs_told_apart(first, second, join):
    text = f"Клиент сообщил последние две пары номера: {first}{join}{second}."
    shown = default_redactor().redact(text).text
    assert first not in shown and second not in shown, shown


@pytest.mark.parametrize("text", ["За последнюю пару месяцев 10 и 12 звонков.", "Последние пары обуви 40 и 42."])
def test_pairs_of_something_else_counted_are_no_numbers_digits(text):
    assert "subscriber-number" not in _verdict(text)[1]
