"""Stop 38, names (issue 15), lowercase speech: initials said by the letters' names.

Speech-to-text writes "А. С. Пушкин" as "а эс пушкин" and "Лариса Б." as "лариса бэ": a letter's name that is no word
of its own (recognizers/lexicon.SAID_INITIAL_NAMES: "эс", "вэ", "бэ", "ка", ...) beside a name is its initial, as a lone
letter is;
- one or two before the name, a conjunction's letter with them ("а эф соловьёву", "бэ а ерёмин");
- one or two after it ("лариса бэ", "нина павловна ка", "мкртчяна а гэ");
- a letter's name that is also a word ("же", "те", "де") is not taken, and letters with no name beside them name no one.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_names as names
from guard.recognizers.lexicon import SAID_INITIAL_NAMES


@pytest.mark.parametrize("text, name", [
    ("начальник отдела подполковник эс вэ кривенко вручил благодарственное письмо", "эс вэ кривенко"),
    ("стихи а эс пушкина мы учили в школе", "а эс пушкина"),
    ("мировой судья тэ вэ заяц лишила его прав", "тэ вэ заяц"),
])
def test_letters_said_by_their_names_before_a_surname_are_its_initials(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("он сбил на переходе пенсионерку а эф соловьёву женщина скончалась", "а эф соловьёву"),
    ("первый заместитель главы города бэ а ерёмин вручил призы", "бэ а ерёмин"),
])
def test_a_conjunctions_letter_beside_a_letter_said_by_its_name_is_an_initial(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("машина чистая лариса бэ та самая хозяйка сумки", "лариса бэ"),
    ("клиентка пенсионерка нина павловна ка носит сапоги", "нина павловна ка"),
    ("взятку получил от директора фирмы мкртчяна а гэ за приёмку", "мкртчяна а гэ"),
])
def test_letters_said_by_their_names_after_a_name_are_its_initials(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("позвонил иван же и сказал что всё готово", "иван"),
    ("привёз алексей те документы вчера", "алексей"),
])
def test_a_letters_name_that_is_also_a_word_is_no_initial(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


def test_letters_said_with_no_name_beside_them_name_no_one(person_redactor):
    assert names(person_redactor, "сводка эм вэ дэ по району за неделю") == []


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(sorted(SAID_INITIAL_NAMES)), min_size=1, max_size=2))
def test_any_said_initials_before_a_surname_go_with_it(person_redactor, letters):
    said = " ".join(letters)
    text = f"протокол подписал участковый {said} кривенко вчера вечером"
    # the letters go with the surname: some name span holds them both (after "ха" natasha's span, recased, also takes
    # "участковый" — more hidden, never less; noted in docs/names.md, stop 38)
    assert any(f"{said} кривенко" in name for name in names(person_redactor, text))
