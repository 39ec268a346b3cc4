"""Speech-to-text's spellings of a card code's name and of a thousand (red team bb9 04): "сиви" is CVV as heard (the
code's names live in card_cvv.CARD_CODE_NAMES), "тыща"/"тыщи" is the colloquial thousand (guard/normalize's number
words), so a year said "две тыщи восьмого" is the year 2008 and a birth date keeps no piece of it; a day said with its
zero ("ноль третье мая") is the date's too."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.normalize import normalize_numbers

_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


@pytest.mark.parametrize("text, value", [
    ("сиви девятьсот четыре", "девятьсот четыре"),
    ("срок одиннадцать двадцать девять сиви семьсот семьдесят один", "семьсот семьдесят один"),
])
def test_a_code_after_cvv_as_heard_is_masked(redactor, text, value):
    start = text.index(value)
    assert any(e.type == "CARD_CVV" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


def test_a_birth_date_said_with_a_colloquial_thousand_and_a_zero_is_masked_whole(redactor):
    text = "дата рождения сына ноль третье мая две тыщи восьмого"
    assert redactor.redact(text).text == "дата рождения сына <DATE_OF_BIRTH>"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.sampled_from(["", " рублей", " года"]))
def test_the_colloquial_thousand_reads_as_the_thousand(unit, after):
    said, formal = (f"две {thousand} {_UNITS[unit]}{after}" for thousand in ("тыщи", "тысячи"))
    assert normalize_numbers(said).text.split()[0] == normalize_numbers(formal).text.split()[0] == f"{2000 + unit}"
