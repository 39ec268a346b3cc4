"""Pseudonyms: one value gives one token in every written and spoken form and every case; different values differ."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

import natasha  # noqa: F401 — first: it makes pymorphy2 importable on Python 3.11 (inspect.getargspec)
import pymorphy2
from guard.operators import pseudonym
from guard.normalize import normalize_numbers  # noqa: F401 — the spoken forms below are what it reads

KEY = b"test-key"
_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
PEOPLE = [("петров", "анна", "викторовна", "femn"), ("иванов", "сергей", "петрович", "masc"),
          ("смирнов", "мария", "ивановна", "femn"), ("кузнецов", "дмитрий", "андреевич", "masc")]


def spoken_digits(digits: str) -> str:
    return " ".join(_UNITS[int(d)] for d in digits)


_MORPH = pymorphy2.MorphAnalyzer()


def inflect(word: str, grammemes: set[str]) -> str:
    for parse in _MORPH.parse(word):
        if {"Surn", "Name", "Patr"} & set(parse.tag.grammemes):
            form = parse.inflect(grammemes)
            if form:
                return form.word
    return word


mobiles = st.text("0123456789", min_size=9, max_size=9).map(lambda tail: "9" + tail)


@settings(max_examples=40, deadline=None)
@given(mobiles, st.sampled_from(["8{}", "+7{}", "7{}", "{}"]), st.sampled_from(["plain", "dashed", "spoken"]))
def test_a_phone_gets_one_token_written_or_spoken(national, prefix, shape):
    written = prefix.format(national)
    if shape == "dashed":
        written = prefix.format(f"({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}")
    elif shape == "spoken":
        written = spoken_digits(prefix.format(national).replace("+", ""))
    assert pseudonym("PHONE_NUMBER", written, KEY) == pseudonym("PHONE_NUMBER", "8" + national, KEY)


@settings(max_examples=40, deadline=None)
@given(mobiles, mobiles)
def test_different_spoken_phones_get_different_tokens(one, other):
    if one != other:
        assert pseudonym("PHONE_NUMBER", spoken_digits("8" + one), KEY) != pseudonym("PHONE_NUMBER", spoken_digits("8" + other), KEY)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(_CASES))
def test_a_name_gets_one_token_in_every_case(person, case):
    surname, first, patronymic, gender = person
    nominative = " ".join(inflect(w, {gender, "nomn"}) for w in (surname, first, patronymic))
    declined = " ".join(inflect(w, {gender, case}) for w in (surname, first, patronymic))
    assert pseudonym("PERSON", declined.title(), KEY) == pseudonym("PERSON", nominative.title(), KEY)


def test_petrovoy_anne_viktorovne_is_petrova_anna_viktorovna():
    assert pseudonym("PERSON", "Петровой Анне Викторовне", KEY) == pseudonym("PERSON", "Петрова Анна Викторовна", KEY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(PEOPLE))
def test_different_people_get_different_tokens(one, other):
    if one != other:
        assert pseudonym("PERSON", " ".join(one[:3]), KEY) != pseudonym("PERSON", " ".join(other[:3]), KEY)
