"""Issue 15, round s27-kinds: look-alike letters in a scanned number are its digits, for every numeric kind — one home,
guard.normalize (lookalike_pieces, a step of normalize), one character for one so offsets stay."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard import Redactor
from guard.normalize import lookalike_digits, normalize


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.mark.parametrize("scanned, digits", [
    ("45О8 1234б7", "4508 123467"),
    ("4З12 5б7890", "4312 567890"),
    ("77О-О34", "770-034"),
    ("2б.О4.199l", "26.04.1991"),
    ("3О.lO.1962", "30.10.1962"),
    ("8 9lб 4ОО 12 З4", "8 916 400 12 34"),
    ("4SO1 9B7б54", "4501 987654"),
])
def test_a_scanned_number_reads_as_the_digits_it_shows(scanned, digits):
    assert lookalike_digits(scanned) == digits


@pytest.mark.parametrize("text", ["д. 15б", "д. 125б 3 этаж", "Samsung S23", "ООО 12 34 56", "RB12З45б789CN",
                                  "KN1810A", "в 10 о 5"])
def test_a_house_letter_a_model_or_an_identifier_keeps_its_letters(text):
    assert lookalike_digits(text) == text


@pytest.mark.parametrize("text, kind", [
    ("Скан паспорта: 45О8 1234б7", "RU_PASSPORT"),
    ("Код подразделения 77О-О34", "RU_PASSPORT_DEPT"),
    ("Дата рождения: 2б.О4.199l", "DATE_OF_BIRTH"),
    ("Полис ОМС 77О1 89OO l234 5б78", "RU_OMS"),
])
def test_every_numeric_kind_reads_a_scanned_number(redactor, text, kind):
    value_start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert any(e.type == kind and e.start <= value_start < e.end for e in redactor.analyze(text))


_LOOKALIKE = {"0": "ОO", "1": "lI", "3": "З", "5": "S", "6": "б", "8": "B"}


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789", min_size=10, max_size=10), st.data())
def test_scanning_a_passport_changes_neither_its_digits_nor_its_offsets(digits, data):
    # a group's first character stays a digit: a group of letters alone ("ОООО") is a word, not a number
    scanned = "".join(data.draw(st.sampled_from(_LOOKALIKE[d] + d)) if d in _LOOKALIKE and i not in (0, 4) else d
                      for i, d in enumerate(digits))
    text = f"паспорт {scanned[:4]} {scanned[4:]}"
    normalized = normalize(text)
    assert normalized.text == f"паспорт {digits[:4]} {digits[4:]}"
    assert normalized.to_original(8, len(normalized.text)) == (8, len(text))


# --- a dictated number interrupted (issue 15, round s27-kinds): a hyphenated "э-э", "посмотрю", "дальше" are pauses


@pytest.mark.parametrize("text, number", [
    ("Клиент: мой номер 903, э-э, секунду, 555, так, 12 12.", "903, э-э, секунду, 555, так, 12 12"),
    ("номер такой девятьсот двенадцать так сейчас посмотрю ноль ноль один сорок пять шестьдесят",
     "девятьсот двенадцать так сейчас посмотрю ноль ноль один сорок пять шестьдесят"),
])
def test_a_phone_interrupted_by_a_pause_is_one_phone(redactor, text, number):
    assert [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)] == [("PHONE_NUMBER", number)]
