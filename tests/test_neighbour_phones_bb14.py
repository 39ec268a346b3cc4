"""Red team bb14, 03: a neighbour country's phone in its national format after a cue in its own language ("telefon
raqamim", Uzbek), after a verb of calling ("Беларусь, звонить 8 029 …") or with the country said in the cue itself
("номер в Таджикистане 93 555 12 34") — the phone kind's neighbour reading (`phone.NEIGHBOUR_NATIONAL`). Hard negatives
in the same shapes: counts after the verb, a country with no number, another kind's number."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.mark.parametrize("text, digits", [
    ("Mening ismim Aziz, telefon raqamim 90 123 45 67", "90 123 45 67"),
    ("telefon numaram 0532 123 45 67, arayın", "0532 123 45 67"),
    ("номер в Таджикистане 93 555 12 34", "93 555 12 34"),
    ("у неё номер во Вьетнаме 091 234 5678", "091 234 5678"),
    ("Беларусь, звонить 8 029 765 43 21", "8 029 765 43 21"),
    ("звоните мне 8 029 765 43 21 это беларусь", "8 029 765 43 21"),
])
def test_a_neighbours_number_after_a_cue_in_its_language_a_calling_verb_or_a_country_in_the_cue_is_masked(
        redactor, text, digits):
    shown = redactor.redact(text).text
    assert digits not in shown and "PHONE_NUMBER" in shown, shown


@pytest.mark.parametrize("text", [
    "звонить 3 раза в день не надо",
    "номер в Турции я не помню",
    "заявка номер в Казахстане 1234567890 закрыта",
    "позвонить в 10 часов",
])
def test_a_count_a_time_or_another_kinds_number_after_those_words_is_no_phone(redactor, text):
    assert not any(e.type == "PHONE_NUMBER" for e in redactor.redact(text).entities), redactor.redact(text).text
