"""A secret said past talk about it, after a word of being or of doubt ("кодовое слово у нас было москва", "кодовое
слово э забыл то ли ромашка то ли лютик"), its alternatives joined by "то ли", "или", "либо", and a number it is made
of after another value's word ("пароль мой день рождения ноль один ноль один") are the secret (red team bb8 12)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _secret_over(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "SECRET" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("кодовое слово у нас было тюльпан", "тюльпан"),
    ("кодовое слово ой не помню то ли сирень то ли жасмин", "сирень"),
    ("кодовое слово ой не помню то ли сирень то ли жасмин", "жасмин"),
    ("пароль ну забыл вроде бы ласточка", "ласточка"),
    ("кодовое слово у меня было кажется байкал или ангара", "ангара"),
])
def test_a_secret_after_a_hedge_is_a_secret(redactor, text, value):
    assert _secret_over(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("пароль мой день рождения ноль два ноль два", "ноль два ноль два"),
    ("пароль мой день рождения 1508", "1508"),
])
def test_a_number_a_secret_is_made_of_is_masked(redactor, text, value):
    # masked whole; a birthday's digits may be read as the birth date or as the secret
    start = text.index(value)
    assert any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text", [
    "пароль забыл это проблема",
    "кодовое слово не помнит, было сброшено",
    "пароль клиент не помнит или забыл",
    "назовите, пожалуйста, кодовое слово или данные паспорта владельца",
])
def test_talk_after_a_hedge_is_no_secret(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "SECRET"]


@settings(max_examples=30, deadline=None)
@given(value=st.sampled_from(["ромашка", "тюльпан", "берёза", "самара", "барсик", "черника"]),
       other=st.sampled_from(["лютик", "волга", "мурзик", "клубника"]),
       hedge=st.sampled_from(["у нас было", "э забыл то ли", "вроде бы", "ну было кажется"]),
       joiner=st.sampled_from([" то ли ", " или ", " либо "]))
def test_every_alternative_after_a_hedge_is_masked(redactor, value, other, hedge, joiner):
    text = f"кодовое слово {hedge} {value}{joiner}{other}"
    assert _secret_over(redactor, text, value) and _secret_over(redactor, text, other)
