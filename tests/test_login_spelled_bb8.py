"""A login said after its word and a verb of how it is spelled ("логин как пишется …", "логин у меня пишется так …")
is the login, its letters said by their names: red team bb8 05, in our own values (recognizers/login.py reads the
verbs of lexicon.ASKING_OR_TELLING, and the fillers after the verb as after the login's word)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.recognizers.lexicon import LATIN_ONLY_LETTER_NAMES

_PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("text, value", [
    ("логин как пишется джей ай эм эс кей ноль семь", "джей ай эм эс кей ноль семь"),
    ("логин у меня пишется так кей эл эй ар ти девятнадцать", "кей эл эй ар ти девятнадцать"),
    ("логин произносится ди ай эм ка шестьдесят", "ди ай эм ка шестьдесят"),
])
def test_a_login_after_how_it_is_spelled_is_masked(redactor, text, value):
    redacted = redactor.redact(text)
    assert value not in redacted.text and "LOGIN" in {entity.type for entity in redacted.entities}


@_PROPERTY
@given(st.lists(st.sampled_from(sorted(LATIN_ONLY_LETTER_NAMES - {"дабл", "дубль"})), min_size=3, max_size=6),
       st.sampled_from(["как пишется", "пишется", "у меня пишется так", "пишется вот"]))
def test_any_letters_spelled_after_the_verb_are_masked(redactor, letters, how):
    spelled = " ".join(letters)
    assert spelled not in redactor.redact(f"логин {how} {spelled}").text


def test_the_verb_alone_with_no_value_masks_nothing(redactor):
    assert redactor.redact("логин как пишется не знаю").entities == []
