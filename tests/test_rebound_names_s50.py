"""Stop 50: each function reads the list its author wrote it against, not a later one of the same name.

Five module-level names were bound twice (tests/test_no_rebound_module_names.py now forbids it): the second binding
had silently replaced the first for every function written against the first. Each test here is one such reader's
rule, which the shadowing had changed.
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from guard import normalize
from guard.disclosure import DisclosureChecker, default_checker
from guard.disclosure.sense import blame_negated, coverage_place_spans
from guard.disclosure.text import Utterance


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


# --- sense._QUESTION_WORDS: one list of the words opening an indirect question ---------------------------------------

@pytest.mark.parametrize("line", [
    "я не могу вам сказать как это сделать",  # "как" had dropped out of refuses_to_tell's list at stop 49
    "не могу сказать, как долго будут идти работы",
    "так я не могу вам сказать сколько будет стоить",
    "не могу сказать, кто вам звонил",
])
def test_cannot_say_before_an_indirect_question_is_not_knowing_not_a_refusal_to_tell(rules_only, line):
    # Инструкция запретов, п. 16: «Я не могу..»; the prescribed refusal tells nothing, it does not leave a question open
    assert "i-cannot" in rules_only.check(line).rules


def test_the_prescribed_refusal_to_tell_is_still_no_violation(rules_only):
    assert "i-cannot" not in rules_only.check("К сожалению, я не могу сообщить вам эту информацию.").rules


# --- sense._SECOND_PERSON (the blame's addressee) and _YOU_OR_YOURS (the place's owner) ------------------------------

def _negated(text: str, word: str) -> bool:
    start = text.index(word)
    return blame_negated(Utterance(text), start, start + len(word))


def test_only_the_addressees_words_stand_between_a_negation_and_the_blame_it_denies():
    assert _negated("это не ваша вина", "вина")
    assert not _negated("это не своя вина", "вина")  # "свой" is the coverage reading's word, not the blame's


def test_a_place_said_as_the_callers_own_is_no_coverage_place():
    assert coverage_place_spans(Utterance("в своей квартире сигнал плохой")) == []
    assert coverage_place_spans(Utterance("на Садовой 12 сигнал хороший")) != []


# --- normalize._LOOKALIKE_RUN (a run of digit groups) and _LOOKALIKE_WORD (a word the І in it is typed for 1) ---------

@pytest.mark.parametrize("text", ["тел 89І6ІВЗ4567", "тел 8 9Іб ІB3 45 67"])
def test_the_cyrillic_i_among_look_alike_letters_of_either_script_is_a_phones_one(redactor, text):
    # bb17's own list held the Cyrillic look-alikes only; the run regex it was shadowed by read these, and still must
    assert any(e.type == "PHONE_NUMBER" for e in redactor.analyze(text))


@given(st.text(normalize.DIGIT_LOOKALIKES + "ИиЖжQq", min_size=1, max_size=8))
def test_a_look_alike_word_is_what_the_run_of_look_alike_groups_reads_in_a_word(word):
    # the shadowed reading, kept: on a word of letters, a word of the one table's letters is the run's fullmatch
    assert bool(normalize._LOOKALIKE_WORD.fullmatch(word)) == bool(normalize._LOOKALIKE_RUN.fullmatch(word))


# --- person._PLACE_PREPOSITIONS (a place's word before a one-word place) and _GLOSSED_PLACE_PREPOSITIONS ----------------

def test_a_latin_place_glossed_in_cyrillic_after_do_is_no_name_in_two_scripts(redactor):
    # the gloss reading's own list ("в", "во", "из", "до") had been replaced by the spoken places' one, which lacks "до"
    text = "рейс до Sao Paulo (Сан-Паулу)"
    assert not any(e.type == "PERSON" for e in redactor.analyze(text))


@pytest.mark.parametrize("text, name", [("не дозвонились до Anna Kowalska (Анна Ковальска)", "Anna Kowalska"),
                                        ("письмо до Jan Novak (Ян Новак)", "Ян Новак"),
                                        ("заявка под Petrovym (Петровым)", "Petrovym")])
def test_a_person_in_two_scripts_after_a_preposition_is_still_a_name(redactor, text, name):
    start = text.index(name)
    assert any(e.type == "PERSON" and e.start <= start and start + len(name) <= e.end for e in redactor.analyze(text))


# --- person._CAPITALISED_WORD: one regex of a capitalised word ----------------------------------------------------------

@pytest.mark.parametrize("text, surname", [("Гид заметил: «Ульберг любил гранит так же, как Шишкин — сосны».", "Ульберг"),
                                           ("Его хозяин А.Н.Павлюченко подозревает поджог.", "Павлюченко")])
def test_a_surname_opening_a_quote_or_after_glued_initials_is_read_by_grammar(text, surname):
    from guard.recognizers.person import _capitalised_surnames_by_grammar

    start = text.index(surname)
    assert (start, start + len(surname)) in _capitalised_surnames_by_grammar(text)
