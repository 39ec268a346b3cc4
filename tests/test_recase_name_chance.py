"""Stop 38, names (issue 15): which lowercase words NER sees capitalised (guard.nlp.recase).

- a known word whose likeliest reading is a common word and whose likely proper readings are a person's only is
  capitalised only when the name tagger, reading the words around it, gives it a chance of being part of a name
  (RECASE_NAME_CHANCE): "до холодов" stays lowercase, "вера петровна" does not;
- likely first names, unknown words and places are capitalised as before (doubt shows NER more, never less);
- recasing never moves an offset.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from guard.nlp import recase


def test_a_common_word_first_is_capitalised_only_with_the_taggers_support():
    assert recase("до холодов всё сделают") == "до холодов всё сделают"
    assert recase("позвонила вера петровна по поводу счёта").startswith("позвонила Вера Петровна")


def test_likely_names_unknown_words_and_places_are_capitalised_as_before():
    assert recase("звонил иван из казани") == "звонил Иван из Казани"
    assert recase("звонил гайнутдинов") == "звонил Гайнутдинов"


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["до", "холодов", "вера", "петровна", "рубин", "выиграл", "иван", "казани", "у",
                                 "меня", "надежды", "нет"]), min_size=1, max_size=8))
def test_recasing_keeps_every_offset(words):
    text = " ".join(words)
    cased = recase(text)
    assert len(cased) == len(text) and cased.lower() == text
