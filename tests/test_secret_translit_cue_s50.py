"""A secret's translit cue is read only where the cue ends a word (recognizers/secret.py `_cues`).

tests/test_kinds_secret_s30.py's property drew «пароль кстати был koD0»: the password itself read in translit holds
«код», so it was taken for a second cue, and the bare code's test asked that translit cue for a group's end it could not
answer (TypeError: the redactor failed on the text). A cue read inside a word it does not end ("koD0" as «код» + "0")
is no cue: the word may be the value.
"""
from __future__ import annotations

import pytest

from guard.recognizers.secret import secret_spans


@pytest.mark.parametrize("password", ["koD0", "kod1", "Kodx9", "pinKOD7"])
def test_a_latin_password_that_holds_a_cue_in_translit_is_masked_after_its_cue(password):
    text = f"Клиент: пароль кстати был {password} может сбросили"
    assert password in [text[start:end] for start, end, _, _ in secret_spans(text)]


@pytest.mark.parametrize("text, value", [("pin kod 4821", "4821"), ("parol Qwerty2024", "Qwerty2024"),
                                         ("kodovoe slovo romashka", "romashka"), ("parol: qwerty12", "qwerty12"),
                                         ("parol:qwerty12", "qwerty12"), ("parol=qwerty12", "qwerty12"),
                                         ("parol-qwerty12", "qwerty12"), ("parol:4821", "4821")])
def test_a_cue_typed_in_translit_as_whole_words_still_reads_its_value(text, value):
    assert value in [text[start:end] for start, end, _, _ in secret_spans(text)]
