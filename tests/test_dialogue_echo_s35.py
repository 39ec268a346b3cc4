"""The operator saying back what the caller dictates (red team bb9 23): an echo may repeat a part of the digits said
("восемь девятьсот шестнадцать" / "девятьсот шестнадцать") or the words said with a word that confirms ("незабудка" /
"незабудка, верно"); it neither parts the dictation nor keeps in clear what it repeats. An answer holding the words of
the kind asked for ("адрес доставки" / "химки улица гоголя") is that kind's value, not talk about another value."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.dialogue import echoed
from guard.engine import Redactor
from guard.normalize import normalize


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _texts(redactor, turns):
    return [redaction.text for redaction in redactor.redact_dialogue(turns)]


def test_a_phone_dictated_with_partial_echoes_is_masked_in_every_turn(redactor):
    turns = [("operator", "продиктуйте номер для связи"), ("client", "восемь девятьсот шестнадцать"),
             ("operator", "девятьсот шестнадцать"), ("client", "семьсот сорок два"), ("operator", "семьсот сорок два"),
             ("client", "тридцать один ноль восемь")]
    out = _texts(redactor, turns)
    for said in ("шестнадцать", "семьсот", "тридцать"):
        assert not any(said in text for text in out[1:]), out


def test_a_code_word_said_back_with_a_confirmation_is_masked(redactor):
    out = _texts(redactor, [("operator", "назовите кодовое слово"), ("client", "незабудка"),
                            ("operator", "незабудка, верно")])
    assert "незабудка" not in " ".join(out)
    assert out[2].endswith("верно")


def test_an_answer_holding_the_asked_kinds_word_is_that_kinds_value(redactor):
    out = _texts(redactor, [("operator", "адрес доставки"), ("client", "химки улица гоголя")])
    assert "гоголя" not in out[1] and "химки" not in out[1]


def test_a_question_sharing_a_word_with_the_answer_is_no_echo():
    turns = [("client", "хочу поменять номер телефона"), ("operator", "ваш номер телефона")]
    assert echoed(turns) == {}


_GROUPS = st.lists(st.integers(100, 999), min_size=3, max_size=3)


@settings(max_examples=20, deadline=None)
@given(groups=_GROUPS, cut=st.integers(0, 1))
def test_a_listener_saying_back_the_end_of_a_group_is_an_echo(groups, cut):
    said = " ".join(str(g) for g in groups)
    back = " ".join(str(g) for g in groups[cut + 1:]) if cut < 1 else str(groups[-1])
    turns = [("client", said), ("operator", back + " так")]
    if back.replace(" ", "") in normalize(said).text.replace(" ", ""):
        assert echoed(turns) == {1: 0}
