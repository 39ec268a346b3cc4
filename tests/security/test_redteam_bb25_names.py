"""Red team bb25 f07 (black box on the 746c7f4 wheel): surnames typed in lowercase Latin, with digits for letters, with
an apostrophe for the soft sign.

- A Russian surname typed in lowercase Latin amid Russian text ("Клиент sokolov P.S.", "звонил lebedeva") is read back
  into Cyrillic as a capitalised one is, on a reading the dictionary knows as a surname (recognizers/person.py:
  `_latin_names_read_back`), and the Cyrillic rules judge it in its sentence.
- A digit between a word's letters or an apostrophe inside a Cyrillic word is the letter it stands for: one more
  reading of the text (guard/normalize.py: `letters_for_look_alikes`), read by every kind.
- A noun surname before a first name where a person is named ("меня зовут гусь андрей") is the surname, and two dotted
  initials after a found name are the name's in any script and case ("kuznetsova a. v.": stop 51).
The proxy's part (comments about a third person on the operator's screen) through the real proxy and a hostile CRM.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import get, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

LOWERCASE = [("Клиент sokolov P.S. просил перезвонить", "sokolov"),
             ("Кл. smirnov А.В. звонил", "smirnov"),
             ("клиент kuznetsova a. v.", "kuznetsova"),
             ("звонил lebedeva", "lebedeva"),
             ("перезвонить vorobievu завтра", "vorobievu")]
LOOK_ALIKES = [("Клиент V0r0biev P.S. просил перезвонить", ["V0r0biev"]),
               ("Абонент Sm1rnov Ivan", ["Sm1rnov", "Ivan"]),
               ("Кл. Sokol0v звонил", ["Sokol0v"]),
               ("звонила L3bedeva", ["L3bedeva"]),
               ("Кл. Вороб'ёв звонил", ["Вороб'ёв"]),
               ("Кл. В0р0бьёв звонил", ["В0р0бьёв"])]


@pytest.mark.parametrize("text, surname", LOWERCASE)
def test_a_surname_typed_in_lowercase_latin_amid_russian_is_masked(redactor, text, surname):
    assert surname not in redactor.redact(text).text.lower()


@pytest.mark.parametrize("text, words", LOOK_ALIKES)
def test_a_surname_with_digits_or_an_apostrophe_for_letters_is_masked(redactor, text, words):
    redacted = redactor.redact(text).text
    assert not any(word.lower() in redacted.lower() for word in words), redacted


@pytest.mark.parametrize("text, words", [("меня зовут гусь андрей", ["гусь", "андрей"]),
                                         ("зовут меня кот андрей", ["кот", "андрей"]),
                                         ("клиент kuznetsova a. v.", ["kuznetsova", "a. v."]),
                                         ("Кл. smirnov А.В. звонил", ["smirnov", "А.В."])])
def test_a_noun_surname_before_a_first_name_and_initials_after_a_latin_surname_are_masked(redactor, text, words):
    """The two cases f07 left open at stop 50: an animal's noun in a naming slot is the surname, not the animal the
    first name belongs to; the initials typed after a lowercase Latin surname are the name's (stop 51)."""
    redacted = redactor.redact(text).text
    assert not any(word in redacted for word in words), redacted


@pytest.mark.parametrize("text", ["зайдите на сайт mts.ru", "тариф smart безлимит", "ошибка connection refused",
                                  "модем huawei не видит сеть", "скачайте приложение online"])
def test_lowercase_latin_words_that_read_back_as_no_surname_stay(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("word, read", [("V0r0biev", "Vorobiev"), ("Sm1rnov", "Smirnov"), ("Вороб'ёв", "Воробьёв"),
                                        ("В0р0бьёв", "Воробьёв")])
def test_a_digit_between_letters_and_an_apostrophe_in_a_cyrillic_word_read_as_letters(word, read):
    from guard.normalize import letters_for_look_alikes

    assert letters_for_look_alikes(f"кл. {word} звонил").text == f"кл. {read} звонил"


@pytest.mark.parametrize("text", ["номер А123ВС 77", "b2b", "mp3 файл", "covid19", "O'Connor", "4G модем", "iPhone 15",
                                  "тел ODkxNjEyMzQ1Njc="])
def test_codes_plates_and_latin_apostrophes_are_not_read_as_look_alikes(text):
    from guard.normalize import letters_for_look_alikes

    assert not letters_for_look_alikes(text).changed


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Sokolov", "Smirnov", "Lebedeva", "Vorobiev", "Kuznetsova"]),
       st.sampled_from([("o", "0"), ("e", "3"), ("i", "1"), ("a", "4")]),
       st.sampled_from(["Клиент {} просил перезвонить", "Кл. {} звонил", "Абонент {} А.В."]))
def test_any_look_alike_digit_inside_a_latin_surname_leaves_it_masked(redactor, surname, swap, frame):
    letter, digit = swap
    inner = surname[0] + surname[1:-1].replace(letter, digit) + surname[-1]
    redacted = redactor.redact(frame.format(inner)).text
    assert inner not in redacted, redacted


def test_lowercase_latin_surnames_in_crm_comments_are_masked_on_the_operators_screen(attack):
    shown = card("79161234567")
    shown["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text} for text, _ in LOWERCASE[:4]]

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79161234567")

    status, _, body = attack(scenario, crm=crm_with({}, {"79161234567": shown}), auth_mode="none")
    assert status == 200
    screen = shown_text(body).lower()
    assert not any(surname in screen for _, surname in LOWERCASE[:4]), screen
