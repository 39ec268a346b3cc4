"""Stop 51's merge (red team bb26 f06 meets bb13's unread scripts): a letter of another script that looks like a
Latin one is read as its twin only inside a word or a number of another script, or among a number's digits; a whole
word written in that script stays in its script, so the reader of unread scripts masks it (the CI's property test drew
«Клиент աա просит перезвонить»: the Armenian word was read as Latin "ww" and shown)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guard
from guard.normalize import SCRIPT_TWINS, script_twins

REDACTOR = guard.Redactor()
ARMENIAN_TWINS = [ch for ch in SCRIPT_TWINS if "\u0530" <= ch <= "\u058f"]


@settings(max_examples=40, deadline=None)
@given(word=st.text(alphabet=ARMENIAN_TWINS, min_size=1, max_size=6),
       before=st.sampled_from(["Клиент", "Абонент:", "звонил"]), after=st.sampled_from(["просит перезвонить", ""]))
def test_a_whole_word_of_twin_letters_keeps_its_script_and_is_masked(word, before, after):
    text = f"{before} {word} {after}".strip()
    assert script_twins(text) == text
    assert word not in REDACTOR.redact(text).text


@pytest.mark.parametrize("text", [
    "тел 8 9 1 Ο 5 5 5 4 4 3 3",       # a Greek omicron standing alone among a phone's digits
    "тел 8-9Ο3-765-43-21",              # inside a number
    "номер 8 (9Ο3) 765 43 21",
    "паспорт 45Ο5 123456",
])
def test_a_twin_letter_among_a_numbers_digits_is_the_digit(text):
    out = REDACTOR.redact(text).text
    assert not any(ch.isdigit() for ch in out), out


def test_a_twin_letter_inside_a_cyrillic_name_is_read_with_the_word():
    assert "ванов" not in REDACTOR.redact("звонил Ιванов Пётр").text
