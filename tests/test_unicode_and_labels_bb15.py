"""Red team bb15 (stop 40), the redactor's readings of what a screen shows: a right-to-left override (15), letters and
strokes that look like 1 in a phone (01), and a transcript's speaker labels, which are layout and not writing (10, 20).
The values are this file's own.

Each is read once, where every detector reads the text: guard/normalize.normalize_unicode (the override, shown
reversed), guard/normalize.lookalike_pieces (the one-like groups), guard/nlp.needs_recasing and recognizers/person.py
(the labels of lexicon.LINE_SPEAKER).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.normalize import normalize, normalize_unicode

_REDACTOR = None


def _redact(text: str) -> str:
    global _REDACTOR
    if _REDACTOR is None:
        _REDACTOR = Redactor()
    return _REDACTOR.redact(text).text


# --- 15: a right-to-left override shows its run reversed ------------------------------------------------------------

def test_a_right_to_left_override_is_read_as_the_screen_shows_it():
    assert normalize_unicode("тел \u202e76241995198\u202c, звонить").text == "тел 89159914267, звонить"
    # no closing pop: the override lasts to the line's end
    assert normalize_unicode("фамилия \u202eавокдоС\nдалее").text == "фамилия Содкова\nдалее"


@pytest.mark.parametrize("text, value", [
    ("Клиентка \u202eанидороБ\u202c Светлана просила перезвонить", "анидороБ"),
    ("Перезвонить на \u202e76241995198\u202c после обеда", "76241995198"),
    ("почта \u202eur.liam@vokinarog.s\u202c", "ur.liam@vokinarog.s"),
])
def test_a_value_stored_reversed_inside_an_override_is_masked(text, value):
    out = _redact(text)
    assert value not in out and "\u202e" not in out, out


def test_an_override_around_words_that_name_nothing_is_left_as_written():
    text = "Статус: \u202eонечалпо\u202c, ждём ответа"
    assert _redact(text) == text


def test_other_direction_controls_still_read_as_nothing():
    # a right-to-left mark and an isolate do not reverse Latin, Cyrillic or digits on a screen
    assert normalize_unicode("тел 8915\u200f9914267").text == "тел 89159914267"
    assert normalize_unicode("тел \u20678915 991 42 67\u2069").text == "тел 8915 991 42 67"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="абвгдеёжз0123456789 .,", min_size=1, max_size=30))
def test_the_override_reading_maps_every_span_back_inside_the_text(inner):
    text = "до \u202e" + inner + "\u202c после"
    reading = normalize(text)
    for start in range(len(reading.text) + 1):
        s, e = reading.to_original(start, min(len(reading.text), start + 3))
        assert 0 <= s <= e <= len(text)
    assert normalize_unicode(text).text.startswith("до " + normalize_unicode(inner[::-1]).text)


# --- 01: a group of letters or strokes that look like 1 inside a phone ----------------------------------------------

@pytest.mark.parametrize("text, tail", [
    ("перезвоните на 8 915 991 ll 67", "ll 67"),
    ("тел. 8-915-991-Il-67", "Il-67"),
    ("номер 8 915 99I I 4 2 6 7", "I 4 2 6 7"),
    ("мобильный 8 915 991 | | 67", "| | 67"),
    ("контакт 8 9l5 99l ll 67", "ll 67"),
])
def test_a_phone_written_with_ones_that_are_letters_or_strokes_is_masked_whole(text, tail):
    out = _redact(text)
    assert tail not in out and "<PHONE_NUMBER>" in out, out


@pytest.mark.parametrize("text", [
    "Глава I 22 страница", "дом 5 I 2 этаж", "hello all 22", "тариф ll 300 руб", "Вариант I, II или III",
])
def test_ones_outside_a_number_of_a_phones_length_stay_letters(text):
    assert normalize(text).text == text


def test_a_single_stroke_between_digit_groups_is_still_a_separator():
    # read past by the number readers (red team bb2): the groups are one phone, the stroke no digit
    assert normalize("8 | 915 | 991 | 42 | 67").text == "8 | 915 | 991 | 42 | 67"
    assert "<PHONE_NUMBER>" in _redact("звонить 8 | 915 | 991 | 42 | 67")


# --- 10, 20: a speaker's label is the transcript's layout --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Клиент: борисова светлана игоревна", "борисова"),
    ("Абонент: алло это зайцев пётр\nБот: спасибо, ожидайте", "зайцев"),
    ("Клиент: меня зовут морозова инна\nОператор: спасибо", "морозова"),
])
def test_a_lowercase_name_after_a_capitalised_speaker_label_is_masked(text, name):
    out = _redact(text)
    assert name not in out, out


def test_the_labels_and_what_names_nobody_stay():
    text = "Клиент: интернет не работает второй день\nОператор: проверяю линию"
    assert _redact(text) == text


def test_a_chat_line_labelled_with_the_first_name_the_text_names_is_masked():
    text = "[09:14] Надежда: Добрый день, это Надежда Ершова, не приходит смс\n[09:15] Поддержка: проверим"
    out = _redact(text)
    assert "Надежда" not in out and "Поддержка" in out, out


def test_a_label_that_is_a_word_and_names_nobody_in_the_text_stays():
    text = "[09:14] Надежда: Добрый день, не приходит смс\n[09:15] Поддержка: проверим"
    assert "Поддержка: проверим" in _redact(text)
