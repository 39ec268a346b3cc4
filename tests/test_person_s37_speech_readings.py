"""Stop 37, names (issue 15), lowercase speech: grammar readings that tell a name from a common word and find a
foreign surname again in another case.

- a lowercase word that is an adjective agreeing with the common noun right after it is that noun's attribute, not a
  surname ("учил казанских мальчишек"); a possessive adjective or a noun that can name a person after it decides
  nothing;
- a word the dictionary reads as a common noun at least as likely as a first name, right after an adjective agreeing
  with it, is the common noun ("местный батыр");
- a surname the dictionary lacks, found in a name, is the person again in another case ("юхо кескинен … кескинена");
- a surname after a street word and a first name is the street's name, said again alone too ("на улице мустая
  карима");
- two words the dictionary knows joined by a hyphen as a common word are that word ("плей офф", "хет трику").
"""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text", [
    "человек который полвека учил казанских мальчишек стоять на коньках",
    "объезд через бородинскую улицу до понедельника",
    "семью называют образцовой семьей а соседи говорят иначе",
])
def test_an_adjective_agreeing_with_the_next_common_noun_is_its_attribute(person_redactor, text):
    assert names(person_redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("позвонила белая анна сказала что не работает", "белая анна"),
    ("звонила кузнецова заявка не принята", "кузнецова"),
])
def test_an_attribute_reading_needs_a_common_noun_after_it(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


def test_a_common_noun_as_likely_as_a_first_name_after_an_agreeing_adjective_is_the_noun(person_redactor):
    assert names(person_redactor, "в финале местный батыр обыграл урожай") == []


def test_a_first_name_alone_stays_a_name(person_redactor):
    assert names(person_redactor, "мне звонил батыр по поводу интернета") == ["батыр"]


def test_a_places_reading_is_no_common_noun_against_a_first_name(person_redactor):
    # "айдар" is a first name and a river: an adjective for a person before it leaves the name (names_a33)
    assert names(person_redactor, "правильно назвал адрес младший шестилетний айдар отделался простудой") == ["айдар"]


@pytest.mark.parametrize("text, mention", [
    ("дубль оформил финский форвард юхо кескинен а потом передача на кескинена и бросок", "кескинена"),
    ("вратарь микко лехтонен отразил все а лехтонену продлили контракт", "лехтонену"),
])
def test_a_surname_the_dictionary_lacks_is_the_person_again_in_another_case(person_redactor, text, mention):
    assert mention in names(person_redactor, text)


def test_a_declined_stem_needs_a_surname_found_in_the_text(person_redactor):
    assert "кескинена" not in names(person_redactor, "звонил иван петров по поводу роутера а кескинена не было")


def test_a_surname_after_a_street_word_and_a_first_name_is_the_streets(person_redactor):
    text = "музей мустая карима открылся музей расположен на улице мустая карима"
    assert names(person_redactor, text) == ["мустая карима"]


@pytest.mark.parametrize("text", [
    "это первый матч серии плей офф кубка гагарина",
    "его помнят по хет трику в ворота соперника",
    "в мечетях встретили курбан байрам рынки с утра торговали",
])
def test_two_words_the_dictionary_knows_joined_by_a_hyphen_are_one_common_word(person_redactor, text):
    assert names(person_redactor, text) == []


def test_a_hyphenated_first_name_stays_a_name(person_redactor):
    assert names(person_redactor, "агент жан пьер лефевр уже прилетел") == ["жан пьер лефевр"]
