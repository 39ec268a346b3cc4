"""Red team bb17, 04: a phone typed with the Cyrillic «І» (Ukrainian, Belarusian, Kazakh keyboards) for the digit 1
was left whole — "89І6І2З4567", "8 916 ІЗ3 45 б7" — while the Latin I and l were read as 1. The letter beside a
digit is the digit it looks like (guard/normalize.py, one table with the other look-alikes); anywhere else it is the
Ukrainian letter, read as the Russian И."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from guard.normalize import normalize_unicode
from kinds_found import found


@pytest.mark.parametrize("text", [
    "мой телефон 89І6І2З4567",
    "тел. 8 916 ІЗ3 45 б7",
    "звоните 8916і234567",
])
def test_a_phone_typed_with_the_cyrillic_i_for_one_is_a_phone(redactor, text):
    assert any(kind == "PHONE_NUMBER" for kind, _ in found(redactor, text))


@pytest.mark.parametrize("text, read", [("Іван", "Иван"), ("ІІІ квартал", "ИИИ квартал"), ("із 3 вариантов", "из 3 вариантов")])
def test_the_cyrillic_i_away_from_digits_is_a_letter(text, read):
    assert normalize_unicode(text).text == read


@given(st.text("0123456789", min_size=9, max_size=9))
def test_every_one_of_a_phone_typed_as_the_cyrillic_i_reads_back_as_the_phone(rest):
    phone = "89" + rest
    typed = phone.replace("1", "І")
    assert normalize_unicode("телефон " + typed).text == "телефон " + phone
