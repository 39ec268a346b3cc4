"""A CRM note writes a kind's cue in shorthand — a phrase by its initials ("кс", "к.с.", "КС:" for "кодовое слово"),
a word cut to a prefix and a dot ("уч. запись", "код. сл."), a word cut to its first letters ("пасс"), or in Latin
letters ("pass", "user") — and the value after it is that kind's like after the whole cue (red team bb8 07 and 22:
the code word, the password and the login were left). One reading, lexicon.shorthand, of each kind's cue phrases."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.lexicon import shorthand
from guard.recognizers.login import LOGIN_PHRASES
from guard.recognizers.secret import SECRET_WORDS


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _kinds_over(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start <= start and e.end >= start + len(value)}


@pytest.mark.parametrize("text, value", [
    ("Абонент перезвонил, кс черёмуха, уточнил баланс", "черёмуха"),
    ("к.с. василёк", "василёк"),
    ("К. С. Ладога", "Ладога"),
    ("КС: Енисей", "Енисей"),
    ("кс-Пушок", "Пушок"),
    ("код. сл. брусника", "брусника"),
    ("кодов. слово чайка", "чайка"),
    ("пасс Lilac7x!", "Lilac7x!"),
    ("пар. Sirius_88", "Sirius_88"),
    ("pass: Orion2031", "Orion2031"),
])
def test_a_secret_after_its_cue_in_shorthand_is_a_secret(redactor, text, value):
    assert "SECRET" in _kinds_over(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("юзер petr.kozlov", "petr.kozlov"),
    ("уч. запись k_lebedev77", "k_lebedev77"),
    ("уч.зап. lebedev.k", "lebedev.k"),
])
def test_a_login_after_its_cue_in_shorthand_is_a_login(redactor, text, value):
    assert "LOGIN" in _kinds_over(redactor, text, value)


@pytest.mark.parametrize("text", [
    "БИК 044525225, к/с 30101810400000000225",  # a bank's correspondent account, written by the same initials
    "{'pass_new': '36 14 603385', 'snils_new': '172-709-390 83'}",  # a key, no cue word ("pass" is the passport's)
    "пассажир такси ждал у подъезда",
])
def test_a_shorthand_that_is_another_value_or_no_cue_gives_no_secret(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "SECRET"]


def test_a_chats_user_label_is_no_login_cue(redactor):
    text = "bot: Выберите: 1) ЛК 2) Wi-Fi 3) PPPoE\nuser: 2\nuser: щас скажу"
    assert not [e for e in redactor.analyze(text) if e.type == "LOGIN"]


_CODE_WORD = st.sampled_from(["ромашка", "Барсик", "Тверь", "подсолнух", "Лютик-2", "ёлка"])


@settings(max_examples=40, deadline=None)
@given(phrase=st.sampled_from(SECRET_WORDS), value=_CODE_WORD, mark=st.sampled_from([" ", ": ", " - ", " — "]),
       upper=st.booleans(), data=st.data())
def test_every_shorthand_of_a_secret_cue_takes_its_value(redactor, phrase, value, mark, upper, data):
    words = phrase.split()
    if len(words) > 1:
        cut = data.draw(st.sampled_from([
            "".join(w[0] for w in words), ".".join(w[0] for w in words) + ".",
            " ".join(w[:data.draw(st.integers(2, len(w) - 1))] + "." for w in words)]))
    else:
        cut = words[0][:data.draw(st.integers(4, len(words[0]) - 1))]
    cut = cut.upper() if upper else cut
    assert re.fullmatch(shorthand((phrase,)), cut, re.IGNORECASE)
    text = "Кл. звонил, " + cut + mark + value
    assert "SECRET" in _kinds_over(redactor, text, value)


def test_the_login_phrases_read_their_shorthand():
    assert re.fullmatch(shorthand(LOGIN_PHRASES), "уч. запись") and re.fullmatch(shorthand(LOGIN_PHRASES), "юзер")
