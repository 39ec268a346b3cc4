"""Seams of stop 34's merge between s34-notes (cue shorthand: a phrase's initials, "кс" for "кодовое слово") and
s34-spoken (a value spelled aloud anywhere in a call), each found by another branch's tests on the merged tree."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers.secret import secret_spans


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=6), st.booleans())
def test_a_latin_x_in_a_password_is_no_code_word_cue(digits, x_first):
    # "X" read in Cyrillic is "кс", the initials of "кодовое слово": a translit cue cut every password holding an X
    password = "X" + digits if x_first else digits + "X"
    text = f"Клиент: пароль кстати был {password} может сбросили"
    assert password in [text[s:e] for s, e, _, _ in secret_spans(text)]


def test_a_surname_spelled_in_russian_letters_when_asked_for_is_a_name_not_a_secret(redactor):
    text = "оператор: фамилию по буквам, пожалуйста\nклиент: эс о эл о вэ эр а\nоператор: спасибо"
    assert [(e.type, text[e.start:e.end]) for e in redactor.redact(text).entities] == \
        [("PERSON", "эс о эл о вэ эр а")]


@pytest.mark.parametrize("text, kind", [
    ("оператор: фамилию по буквам\nклиент: ай ви эй эн зет\nоператор: спасибо", "SECRET"),  # Latin-only letters
    ("оператор: назовите логин по буквам\nклиент: вэ о эр о эн\nоператор: спасибо", "LOGIN"),
])
def test_spelled_letters_stay_masked_when_they_are_not_a_russian_name(redactor, text, kind):
    assert kind in [e.type for e in redactor.redact(text).entities]
