"""Stop 40 (red team bb15 02 and 09): a self-correction read the same way for a number and for a word value.

09: a phone dictated over four turns ends with "нет стоп не одиннадцать а двенадцать двадцать два": the caller names the
group taken back after "не" and says the one meant after "а". The number restarts at the named group
(guard/normalize.py `_NOT_THIS_BUT`), so the turns read as one are eleven digits again, a phone.

02: "вера соколова а нет простите соколовская", "не Соколова а Соколовская": the word said instead of a name taken back is
the name (guard/dialogue.py `corrected_values`)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal
from guard.dialogue import corrected_values
from guard.entities import Entity
from guard.normalize import normalize


def _visible(redactor, text: str, value: str) -> bool:
    """Does any letter or digit of `value` (its first place in `text`) stay outside every detected span?"""
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text)]
    return not all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


_PHONE_OVER_TURNS = ("клиент: мой номер восемь девятьсот три\nоператор: да\nклиент: семьсот семьдесят семь\n"
                     "оператор: угу\nклиент: одиннадцать\nоператор: так\nклиент: нет стоп не одиннадцать а двенадцать "
                     "двадцать два")


@pytest.mark.parametrize("said", ["8 903 777 11 нет стоп не 11 а 12 22", "8 903 777 11 не 11 а 12 22",
                                  "восемь девятьсот три семьсот семьдесят семь одиннадцать нет стоп не одиннадцать а "
                                  "двенадцать двадцать два"])
def test_a_group_named_after_not_is_taken_back_and_the_number_restarts_there(said):
    assert normalize(said).text == "8 903 777 12 22"


def test_a_phone_dictated_over_turns_and_corrected_at_the_end_is_masked_in_every_turn(redactor):
    for piece in ("восемь девятьсот три", "семьсот семьдесят семь", "одиннадцать", "двенадцать двадцать два"):
        assert not _visible(redactor, _PHONE_OVER_TURNS, piece), piece


def test_a_phone_corrected_by_not_this_but_that_in_one_turn_is_masked(redactor):
    said = "восемь девятьсот три семьсот семьдесят семь одиннадцать не одиннадцать а двенадцать двадцать два"
    assert not _visible(redactor, f"клиент: запишите {said}", said)


def test_not_this_but_that_of_a_group_never_said_is_no_correction():
    # "не пять а шесть" names no group said before: every digit said stays
    assert normalize("у меня три не пять а шесть сим карт").text == "у меня 3 не 5 6 сим карт"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.integers(min_value=100, max_value=999).filter(lambda a: a % 100),  # "сто" / "одиннадцать" reads 111
       b=st.integers(min_value=10, max_value=99),
       c=st.integers(min_value=10, max_value=99), wrong=st.integers(min_value=10, max_value=99),
       words=st.sampled_from(["нет стоп", "ой", "нет", "извините"]))
def test_any_phone_over_turns_with_a_group_taken_back_by_name_is_masked(redactor, a, b, c, wrong, words):
    if wrong == b:
        wrong = b + 1 if b < 99 else b - 1
    last = f"{words} не {cardinal(wrong)} а {cardinal(b)} {cardinal(c)}"
    text = (f"клиент: телефон восемь девятьсот шестнадцать\nоператор: да\nклиент: {cardinal(a)}\nоператор: угу\n"
            f"клиент: {cardinal(wrong)}\nоператор: так\nклиент: {last}")
    for piece in (cardinal(a), f"{cardinal(b)} {cardinal(c)}"):
        assert not _visible(redactor, text, piece), (text, piece)


@pytest.mark.parametrize("text, surname", [
    ("меня зовут вера соколова а нет простите соколовская", "соколовская"),
    ("Клиент: меня зовут Вера Соколова\nОператор: спасибо\nКлиент: нет простите не Соколова а Соколовская", "Соколовская"),
    ("меня зовут иван петров ой нет извините петровский", "петровский"),
])
def test_a_surname_taken_back_and_said_again_is_masked(redactor, text, surname):
    assert not _visible(redactor, text, surname)


def test_a_surname_corrected_in_a_call_of_turns_is_masked(redactor):
    turns = [("operator", "представьтесь пожалуйста"),
             ("client", "меня зовут вера соколова а нет простите соколовская")]
    assert "соколовск" not in redactor.redact_dialogue(turns)[1].text.lower()


def test_a_correction_after_a_name_keeps_the_talk_after_it_visible():
    # the word after "простите" is no name and mends no word of the name: talk, not a value
    text = "спасибо анна простите тариф какой у вас"
    name = Entity(text.index("анна"), text.index("анна") + 4, "PERSON", 0.85)
    assert corrected_values(text, [name]) == []


def test_a_corrected_word_value_keeps_its_kind():
    text = "город самара ой нет извините тольятти"
    city = Entity(text.index("самара"), text.index("самара") + 6, "ADDRESS", 0.8)
    found = corrected_values(text, [city])
    assert [(text[e.start:e.end], e.type) for e in found] == [("тольятти", "ADDRESS")]
