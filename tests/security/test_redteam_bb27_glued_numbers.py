"""Red team bb27 f05 (black box on main's wheel): a phone with a number word typed inside its digit run — Russian or
English, one word or two glued ("8916одиндва34567", "891612три4567", "89161двадцать3 4567", "+7 916 1two3 45 67") —
and a surname in Latin letters (full-width too) with no cue but a phone beside it passed `guard redact`.

- guard/normalize.py `glued_number_words`: a number word may follow digits at once in one more reading, read as its
  digits where it stands (the digits before are never added into its value); every kind still reads the run as typed
  in the text's own reading (review s52: "89161234567сто раз" read only as "89161234567100 раз" was a quantity and the
  phone went unmasked), and the spans of both readings are masked.
- recognizers/person.py `_latin_surnames_beside_a_phone`: a lone Latin word that spells back a surname, a phone's
  digits right beside it, is a name (a brand has no subscriber's number beside it: "Samsung 8916…" stays).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.normalize import normalize, readings

GLUED = ["тел 8916одиндва34567", "номер 89161двадцать3 4567", "тел 891612три4567", "номер +7 916 1two3 45 67",
         "звоните 8916сто23четыре567", "тел 89один6123 4567", "моб 8916one23four567"]


@pytest.mark.parametrize("text", GLUED)
def test_a_phone_with_number_words_glued_inside_its_digits_is_masked_whole(redactor, text):
    redacted = redactor.redact(text).text
    assert "<PHONE_NUMBER>" in redacted and not any(ch.isdigit() for ch in redacted), redacted


_WORDS = {1: ["один", "one"], 2: ["два", "two"], 3: ["три", "three"], 4: ["четыре", "four"], 5: ["пять", "five"],
          6: ["шесть", "six"], 7: ["семь", "seven"], 8: ["восемь", "eight"], 9: ["девять", "nine"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=7, max_size=7), st.integers(4, 10), st.booleans())
def test_a_digit_said_as_a_word_inside_a_digit_run_reads_as_that_digit(rest, at, english):
    digits = "8916" + "".join(map(str, rest))
    value = int(digits[at])
    if value == 0:
        return  # "ноль" glued before digits is a leading zero of its own group: not this rule's case
    typed = digits[:at] + _WORDS[value][english] + digits[at + 1:]
    assert any(digits in reading.text.replace(" ", "") for reading in readings("тел " + typed))


# Review s52 (fail-open in c2e6bf12): a number word typed right after a whole phone's last digit, a count's noun after
# it. Read into the run ("89161234567100 раз") the run was a quantity and the phone stayed; main masked it.
GLUED_AFTER_A_WHOLE_PHONE = ["мой телефон 89161234567сто раз проверяли", "позвоните 89161234567сто раз",
                             "звонил на 89161234567девяносто раз", "перевёл 89161234567сто рублей",
                             "номер 89161234567двадцать минут назад", "89161234567пять раз звонил",
                             "ваш номер 89161234567сто раз проверяли", "запишите номер 89161234567пять раз звонил"]


@pytest.mark.parametrize("text", GLUED_AFTER_A_WHOLE_PHONE)
def test_a_phone_with_a_number_word_glued_after_its_last_digit_stays_masked(redactor, text):
    redacted = redactor.redact(text).text
    assert "<PHONE_NUMBER>" in redacted and "1234567" not in redacted, redacted


@pytest.mark.parametrize("text", ["мой телефон 89161234567сто раз проверяли", "8916одиндва34567", "89161234567ten"])
def test_the_text_as_typed_is_read_first_and_a_glued_word_only_in_one_more_reading(text):
    assert normalize(text).text == text  # the digits as typed, the word left as written
    assert any(reading.text != text for reading in readings(text))


def test_an_english_number_word_glued_after_a_phone_still_masks_it(redactor):
    redacted = redactor.redact("call me 89161234567ten times").text
    assert "1234567" not in redacted and "times" in redacted, redacted


@pytest.mark.parametrize("text", ["ＩＶＡＮＯＶ ８９１６１２３４５６７", "IVANOV 89161234567", "Ivanova, +7 916 123-45-67",
                                  "89161234567 Petrov"])
def test_a_latin_surname_beside_a_phone_is_masked(redactor, text):
    redacted = redactor.redact(text).text
    assert "<PERSON>" in redacted and "<PHONE_NUMBER>" in redacted, redacted


@pytest.mark.parametrize("text", ["Samsung 89161234567", "Golf 7 за 300 тысяч", "Москва-2 стоит там"])
def test_a_brand_or_a_number_word_glued_to_letters_stays_as_written(redactor, text):
    redacted = redactor.redact(text).text
    assert text.split()[0] in redacted, redacted
