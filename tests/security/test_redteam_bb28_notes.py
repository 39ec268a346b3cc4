"""Red team bb28's notes (black box on main's wheel): a value read all but its last piece.

- a surname spelled by its letters' names with its last consonant written as the letter itself ("фамилия эм е эль эн
  и ка о в": speech to text writes the letter it heard) kept that letter: recognizers/lexicon.py `LETTER_NAME_RUN`
  reads a consonant written as itself inside a run, where another letter's name or a mark or the text's end follows
  it (before a word it is a preposition: "о в конце");
- a phone said digit by digit from "ноль" ("ноль девять один шесть … шесть семь") was read as ten digits, the last one
  left: recognizers/long_number.py `_phones_read_it` — one or two digits the phones leave in one breath are the
  number's, and the run is masked whole.
"""
from __future__ import annotations

import pytest

from guard.recognizers.lexicon import letter_name_words


@pytest.mark.parametrize("text", ["фамилия эм е эль эн и ка о в", "моя фамилия пэ е тэ эр о в.",
                                  "фамилия эм е эль эн и ка о в, записали?"])
def test_a_spelled_surnames_last_consonant_written_as_itself_is_masked_with_the_spelling(redactor, text):
    redacted = redactor.redact(text).text
    assert "<PERSON>" in redacted and " в" not in redacted.split("<PERSON>")[-1][:2], redacted


@pytest.mark.parametrize("text, word", [("эм е эль эн и ка о в", "мелников"), ("пэ е тэ эр о в.", "петров"),
                                        ("эм е л ь н и к о в", "мельников")])
def test_a_consonant_written_as_itself_inside_a_spelling_is_its_letter(text, word):
    assert [spelled for _, _, spelled in letter_name_words(text)] == [word]


@pytest.mark.parametrize("text", ["и о в конце", "о в магазине", "а у к нам"])
def test_a_one_letter_preposition_before_a_word_is_no_spelled_letter(text):
    assert all(len(spelled) < 3 or not spelled.endswith(("в", "к")) for _, _, spelled in letter_name_words(text))


def test_a_phone_said_from_zero_is_masked_to_its_last_digit(redactor):
    redacted = redactor.redact("мой номер ноль девять один шесть один два три четыре пять шесть семь").text
    assert redacted == "мой номер <PHONE_NUMBER>", redacted


# --- review 53 F2 (s53-merge): a bare consonant drew "а" into the run, and the name said before its spelling was shown --

def test_surname_before_spelling_after_conjunction_and_preposition_masked(redactor):
    out = redactor.redact("фамилия ли, а с эл и").text
    assert "ли," not in out, out


def test_spelling_after_conjunction_and_preposition_masked(redactor):
    out = redactor.redact("имя ия, а к и я").text
    assert not out.endswith("и я"), out
