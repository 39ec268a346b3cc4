"""Stop 40, names (issue 15): guard keeps what natasha's NER reads as a person in written text.

- The first word of a name NER read is kept when the dictionary does not know it (its guessed reading, an imperative
  from the ending "-и", is no evidence), when it is a particle glued to the surname by an apostrophe, and — in
  mid-sentence, before another capitalised word of the name — when it is a capitalised particle, conjunction,
  interjection or rare imperative: an East Asian name's syllable ("Ли", "Ван", "Ха"), a foreign first name ("Кайли").
- A quote the author's words follow after a comma and a dash («…», — говорит он) is direct speech, not a title: the
  names inside it are people's.
- Initials alone that NER reads as a person in written text ("Следствие установило, что Д. звонил") are a name.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("На празднике выступила агроном Эрнепи Сантукова из Батырево.", "Эрнепи Сантукова"),
    ("Гостью представили: это Кайли Дженсен, модель из Сиднея.", "Кайли Дженсен"),
])
def test_an_unknown_first_word_of_a_name_ner_read_is_kept(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Контракт подписал заместитель министра Ли Цзюньхуэй.", "Ли Цзюньхуэй"),
    ("Тренером сборной назначен Ван Минхао, бывший защитник.", "Ван Минхао"),
    ("Песню исполнила певица Ха Су Джин из Пусана.", "Ха Су Джин"),
])
def test_a_capitalised_particle_in_mid_sentence_is_a_syllable_of_the_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_a_particle_glued_by_an_apostrophe_is_the_surnames_own():
    from guard.recognizers.person import _a_name_word_by_its_place

    text = "Он назвал О'Брайен соперницей."
    words = list(re.finditer(r"[^\W\d_]+", text))[2:4]
    assert [w.group() for w in words] == ["О", "Брайен"]
    assert _a_name_word_by_its_place(text, words)


@pytest.mark.parametrize("text, at", [
    ("Всё решено. Но Иван молчал.", "Но"),
    ("«Но Иван молчал».", "Но"),
    ("клиент Просит Иванова перезвонить", "Просит"),
])
def test_a_function_word_or_verb_opening_a_sentence_or_a_notes_capital_is_no_name_word(text, at):
    from guard.recognizers.person import _a_name_word_by_its_place

    words = [m for m in re.finditer(r"[^\W\d_]+", text) if m.start() >= text.index(at)][:2]
    assert not _a_name_word_by_its_place(text, words)


@pytest.mark.parametrize("text, name", [
    ("«Тимур научил меня держать удар», — рассказывает его ученик.", "Тимур"),
    ("«Анна Сергеевна всегда приходила первой», — вспоминает коллега.", "Анна Сергеевна"),
])
def test_a_quote_the_authors_words_follow_is_direct_speech_not_a_title(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_a_works_title_in_quotes_is_still_no_person(person_redactor):
    assert names(person_redactor, "Театр показал «Евгения Онегина» в новой постановке.") == []


def test_initials_alone_ner_reads_as_a_person_are_a_name(person_redactor):
    text = "Суд рассмотрел дело жителя Казани Рината Д. Следствие установило, что Д. звонил пенсионерам."
    found = names(person_redactor, text)
    assert "Д." in found and "Рината Д." in found


_SPEAKERS = ["Ринат", "Гульнара", "Тимофей", "Светлана Игоревна", "Айдар Ильдарович"]
_VERBS = ["говорит", "вспоминает", "рассказывает", "признаётся", "шутит"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_SPEAKERS), st.sampled_from(_VERBS), st.sampled_from(["—", "–", "-"]))
def test_property_a_name_opening_direct_speech_is_hidden_whatever_the_dash(person_redactor, name, verb, dash):
    text = f"«{name} помог мне в самый трудный год», {dash} {verb} выпускница."
    found = names(person_redactor, text)
    assert any(name in span for span in found), (text, found)
