"""Stop 57, issue 15: a lowercase word right after a preposition is in a case the preposition governs; where no
reading of it as a name stands in that case, it is the thing's noun (recognizers/person.py:
a_things_case_after_its_preposition, read by person_spans and the lowercase tagger's recognizer).

«стрельба из лука» was masked as a person five times in one radio sports slot: «Лука» is a first name, but its
genitive is «Луки»; «лука» after «из» is the bow's genitive. Morphology, not a word list: any preposition, any word.

Fail closed — the name stays wherever it may be one: a name's own case after the preposition («у луки»), a name of two
words («на луку петрова»), a word that is also a being's noun in the governed case («вышла за хана»), the accusative
(a record writes a name in the nominative after «на», and a thing's accusative is its nominative: «сменил фамилию на
пастернак»), an indeclinable or unknown name, and written text (a capital is the writer's: «из Лука» is a name).
"""
from __future__ import annotations

import pytest

from conftest import person_names, person_touched

from guard.recognizers.person import a_things_case_after_its_preposition


@pytest.mark.parametrize("text, word", [
    ("стрельба из лука на сурхарбане особая история", "лука"),
    ("игры мужей борьба стрельба из лука и скачки", "лука"),
    ("первенство по стрельбе из лука принесло сюрприз", "лука"),
])
def test_a_word_after_a_preposition_in_a_case_no_name_reading_has_is_no_name(person_redactor, text, word):
    assert not person_touched(person_redactor, text, word), person_names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("мы у луки были вчера", "луки"),                         # the name's own genitive after «у»
    ("подарок для луки купили", "луки"),
    ("передайте луке что звонили", "луке"),                   # no preposition
    ("договор переоформлен на луку петрова", "луку петрова"),  # two words: a full name
    ("сменил фамилию на пастернак", "пастернак"),              # the accusative: a record's nominative
    ("она вышла за хана", "хана"),                            # a being's noun in the governed case
    ("звонил лука из кижинги", "лука"),                       # the subject, no preposition before it
])
def test_a_name_the_preposition_may_govern_stays_masked(person_redactor, text, name):
    assert name in person_names(person_redactor, text), person_names(person_redactor, text)


@pytest.mark.parametrize("text, word", [
    ("Стрельба из Лука.", "Лука"),                 # written: a capital is the writer's
    ("у жамсо был лук", "жамсо"),                  # a word the dictionary does not know
])
def test_the_reading_is_not_made_on_capitals_or_unknown_words(text, word):
    at = text.index(word)
    assert not a_things_case_after_its_preposition(text, at, at + len(word))
