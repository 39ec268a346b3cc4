"""Stop 57, issue 15: in speech, a surname the dictionary does not know is found by grammar
(recognizers/person.py: _unknown_surnames_by_grammar, and _an_unread_first_name for the thing's noun before it).

Buryat, Tuvan and Yakut surnames («Норбоев», «Батоцыренов», «Жанчипов») are words pymorphy2 only guesses; the name
tagger reads them as a plural's genitive and gives them next to no chance, and speech has no capital to tell. Written
text reads such a word by its capital and grammar (_capitalised_surnames_by_grammar); speech now reads it by grammar
alone where the dictionary lacks the word:
- a finite verb right after it agrees with it as its subject («норбоев вышел»);
- an intransitive verb right before it does («вызывается батоцыренов»);
- the preposition before it governs its case («у цыренова»);
- two letters are said after it as its initials («жанчипов бэ цэ»).
A thing's noun right before such a surname, in its case, is its first name («дамба норбоев»): no apposition names a
person by a thing.

A known word of the same shape is a plural's genitive as often as not («часов», «столов») and is left to the other
readings; so is an unknown one with no verb, preposition or initials to make it one person.
"""
from __future__ import annotations

import pytest

from conftest import person_masked, person_names, person_touched


@pytest.mark.parametrize("text, word", [
    ("кричали болельщики когда дамба норбоев вышел на рубеж", "норбоев"),
    ("на ковер вызывается батоцыренов сама светлана баировна говорит", "батоцыренов"),
    ("мы были у цыренова вчера вечером", "цыренова"),
    ("ответственный за рубеж жанчипов бэ цэ", "жанчипов бэ цэ"),
])
def test_an_unknown_surname_shaped_word_grammar_makes_one_person_is_a_surname(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), person_names(person_redactor, text)


def test_a_things_noun_before_an_unknown_surname_in_its_case_is_its_first_name(person_redactor):
    text = "кричали болельщики когда дамба норбоев вышел на рубеж"
    assert person_masked(person_redactor, text, "дамба норбоев"), person_names(person_redactor, text)


@pytest.mark.parametrize("text, word", [
    ("ответственный за рубеж жанчипов бэ цэ", "рубеж"),  # the object of a preposition is no first name
    ("нет смартфонов в наличии", "смартфонов"),           # a known plural's genitive
    ("из-за лагов пропал звук", "лагов"),                  # no verb agrees with it: a plural
])
def test_no_word_is_read_as_a_surname_or_first_name_without_the_grammar(person_redactor, text, word):
    assert not person_touched(person_redactor, text, word), person_names(person_redactor, text)
