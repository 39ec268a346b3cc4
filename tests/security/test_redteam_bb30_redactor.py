"""Red team bb30 (black box on main's wheel), the redactor's findings:

- f01: a phone number or a bank account split in two by a mark the separator reading did not list ("8916 | 1234567",
  "8916 ~ 1234567", "8916=1234567", "8916⸺1234567", a full-width "＿") came out whole; `guard check` only warned.
  guard/normalize.py `_MARK`: every mark between digit groups is read past by its class (no letter, digit or blank;
  not a plus, a percent or currency sign, "№", "@", a bracket), and two items apart by a spaced mark are one value when
  together they make a value of a personal-number kind (`_make_a_value`, each kind's `is_packed_piece`).
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from guard.disclosure.checker import default_checker
from guard.normalize import _A_MARK, read_separators

F01_LINES = [
    ("Кл. просил перезвонить: 8916 | 1234567", "1234567"),
    ("мой номер 8916 ~ 1234567", "1234567"),
    ("номер: 8916 ; 1234567", "1234567"),
    ("конт. тел. 903 | 1234567", "1234567"),
    ("мой номер 8916 / 1234567", "1234567"),
    ("мой номер 8916 • 1234567", "1234567"),
    ("мой номер 8916=1234567", "1234567"),
    ("счет 40817 | 810099910004312", "810099910004312"),
    ("мой номер 8916⸺1234567", "1234567"),
    ("мой номер 8916〜1234567", "1234567"),
    ("мой номер 8916 -- 1234567", "1234567"),
    ("мой номер 8916 , 1234567", "1234567"),
]


@pytest.mark.parametrize("text, secret", F01_LINES)
def test_a_number_split_by_any_mark_is_masked_whole(redactor, text, secret):
    redacted = redactor.redact(text).text
    assert secret not in redacted and "8916" not in redacted, redacted


@pytest.mark.parametrize("line", ["Кл. просил перезвонить: 8916 | 1234567", "номер: 8916 ; 1234567"])
def test_a_phone_split_by_an_odd_mark_said_by_the_operator_is_blocked(line):
    assert default_checker().check(line, "operator").verdict == "block"


# every mark a text may hold: punctuation and symbols of every kind, less those the class leaves out by design
_MARKS = st.characters(categories=("Pc", "Pd", "Po", "Ps", "Pe", "Pi", "Pf", "Sm", "Sk", "So")).filter(
    lambda ch: _A_MARK.fullmatch(ch) is not None and unicodedata.normalize("NFKC", ch) == ch)


@settings(max_examples=80, deadline=None)
@given(_MARKS, st.sampled_from(["", " "]), st.lists(st.integers(0, 9), min_size=9, max_size=9))
def test_a_mobile_number_split_in_two_by_any_mark_of_the_class_reads_as_one_number(mark, blank, digits):
    value = "89" + "".join(map(str, digits))
    reading = read_separators("мой номер " + value[:4] + blank + mark + blank + value[4:])
    assert value in re.sub(r"[ \t]", "", reading.text), reading.text


@pytest.mark.parametrize("mark", ["+", "%", "$", "₽", "№", "@", "(", ")", "<", ">", "а", "7", " "])
def test_signs_that_write_something_else_are_not_in_the_class(mark):
    assert _A_MARK.fullmatch(mark) is None


@pytest.mark.parametrize("text", ["с 5-10 числа", "в 12:30", "1/2 стакана", "с 12:30 | до 15:30", "тариф 5 | 10",
                                  "заказ 12 ~ 34", "сумма 1.500 руб", "с 5–10 мая", "цены 100 | 200 | 300 руб"])
def test_dates_times_ranges_and_short_numbers_keep_their_shape(redactor, text):
    assert redactor.redact(text).text == text


def test_two_whole_numbers_listed_with_a_mark_are_not_joined():
    reading = read_separators("номера 89182220202 | 89182220303")
    assert "8918222020289182220303" not in reading.text.replace(" ", "")


# --- f04: a surname spelled with a mark between its letters ---------------------------------------------------------

@pytest.mark.parametrize("text, mark", [("сосед К_у_з_н_е_ц_о_в просил не звонить", "К_у_з_н_е_ц_о_в"),
                                        ("клиент И_в_а_н_о_в П.С.", "И_в_а_н_о_в"),
                                        ("сосед К_у_з_н_е_ц_о_в Олег", "К_у_з_н_е_ц_о_в"),
                                        ("сосед К/у/з/н/е/ц/о/в просил не звонить", "К/у/з/н/е/ц/о/в")])
def test_a_surname_spelled_with_any_mark_between_its_letters_is_masked(redactor, text, mark):
    assert mark not in redactor.redact(text).text


@settings(max_examples=60, deadline=None)
@given(_MARKS.filter(lambda ch: ch not in "'\"`"), st.sampled_from(["Кузнецов", "Иванова", "Петров", "Smirnov"]))
def test_a_word_spelled_with_one_mark_of_the_class_between_its_letters_reads_as_the_word(mark, word):
    from guard.normalize import spelled_words
    text = "сосед " + mark.join(word) + " звонил"
    assert word in [w for _, _, w in spelled_words(text)], text


@pytest.mark.parametrize("text", ["л/с 123", "д/р отмечали", "и т.д. и т.п.", "в/ч 1234", "а_б"])
def test_abbreviations_with_a_mark_are_no_spelled_word(text):
    from guard.normalize import spelled_words
    assert list(spelled_words(text)) == []
