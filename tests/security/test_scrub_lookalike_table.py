"""The card-aware scrub reads letters typed or scanned for digits with guard/normalize's one table (AS_DIGITS): what
the redactor reads as a digit inside a number, the scrub reads too, among digits. Before the table was one, the scrub
had its own narrower copy without S, B and В (5, 8, 8), so a hidden number scanned with them came back shown."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.normalize import AS_DIGITS, DIGIT_LOOKALIKES
from guard.proxy.scrub import CardSecrets

CARD_NUMBER = "5583128845551858"
PUK = "58853185"


def _secrets() -> CardSecrets:
    return CardSecrets.from_values([CARD_NUMBER, PUK])


@pytest.mark.parametrize("text", [
    "карта 5S83 1288 4S55 1BS8 со слов клиента",   # Latin S and B for 5 and 8, as a scan gives them
    "PUK по скану: S8BS3l8S",
    "PUK по скану: 58В53185",                       # Cyrillic В (a Latin B made Cyrillic inside a mixed word)
])
def test_a_hidden_number_written_with_any_letter_of_the_one_lookalike_table_is_masked(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count >= 1
    assert not any(ch.isdigit() for ch in scrubbed), scrubbed


@settings(max_examples=150, deadline=None)
@given(st.lists(st.booleans(), min_size=len(PUK), max_size=len(PUK)))
def test_any_lookalike_spelling_of_a_hidden_number_is_masked(swaps):
    letter_for = {}
    for letter in DIGIT_LOOKALIKES:
        letter_for.setdefault(letter.translate(AS_DIGITS), letter)
    # keep one digit: a run of letters alone is a word, not a number, to every reader
    written = PUK[0] + "".join(letter_for.get(digit, digit) if swap else digit
                               for digit, swap in zip(PUK[1:], swaps[1:]))
    scrubbed, count = _secrets().scrub_text(f"код PUK {written} выдан")
    assert count >= 1 and written not in scrubbed


def test_words_without_a_digit_are_not_read_as_numbers():
    # "BOSS" and "SOS" are letters of the table with no digit among them: the reader leaves them, and a card that
    # hides 8055 and 505 does not mask them
    scrubbed, count = CardSecrets.from_values(["80558055", "505505"]).scrub_text("статус BOSS, сигнал SOS")
    assert count == 0 and scrubbed == "статус BOSS, сигнал SOS"
