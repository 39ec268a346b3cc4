"""A naming cue names the next word a name whatever the word is, and a first name with a patronymic makes the word
beside them a surname (issue 15, red team rt5 finding 20; fail closed): surnames that are ordinary words, places or
plural family surnames stay hidden."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, surname", [
    ("фамилия у меня зима", "зима"),
    ("моя фамилия как птица орёл", "орёл"),
    ("меня зовут вот Роза, запишите", "Роза"),
    ("фамилия у меня была сметанина", "сметанина"),  # a name the speaker had (red team bb6, 10)
    ("раньше фамилия была морковкина", "морковкина"),
])
def test_a_naming_word_names_the_word_after_a_speakers_fillers(person_redactor, text, surname):
    assert any(surname in found for found in names(person_redactor, text))


def test_fillers_after_a_naming_word_do_not_make_a_verb_a_name(person_redactor):
    assert names(person_redactor, "фамилия у меня указана неверно") == []
    assert names(person_redactor, "фамилия у меня была указана неверно") == []


def test_a_word_after_imya_is_a_name_though_the_dictionary_knows_a_place_by_it(person_redactor):
    assert "Чен" in names(person_redactor, "Клиент Ли, имя Чен, звонил из Китая")


@pytest.mark.parametrize("text, surname", [
    ("кл. Вера Сергеевна Мир", "Мир"),
    ("Звонила Роза Ивановна Весна по поводу счёта", "Весна"),
])
def test_a_capitalised_common_word_beside_a_first_name_and_patronymic_is_the_surname(person_redactor, text, surname):
    assert any(surname in found for found in names(person_redactor, text))


def test_after_a_strong_cue_a_first_names_capitalised_neighbour_is_its_surname(person_redactor):
    assert any("Хутор" in found for found in names(person_redactor, "Клиент Роза Хутор недовольна"))


def test_a_singular_noun_beside_a_first_name_without_a_cue_stays_a_word(person_redactor):
    assert names(person_redactor, "Смерть Егора потрясла всех.") == ["Егора"]


def test_a_family_surname_in_the_plural_opening_a_sentence_is_a_name(person_redactor):
    assert "Кузнецовы" in names(person_redactor, "Кузнецовы (муж и жена) звонили, просили объединить счета")


def test_a_royal_house_is_still_no_person(person_redactor):
    assert names(person_redactor, "Дом Романовых правил долго.") == []


def test_a_plural_adjective_from_a_surname_opening_a_sentence_is_no_family(person_redactor):
    assert names(person_redactor, "Достоевские чтения в этом году соберут филологов.") == []
