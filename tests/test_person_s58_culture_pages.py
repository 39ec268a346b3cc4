"""PERSON precision on text nobody here wrote (issue 15, stop 58: names_aa57, a culture magazine's pages and radio
slot). An abbreviation read by its letters («ТСЖ», a closed list) opening a name is no part of it; every name beside
it stays masked. A person's occupation beside a lowercase name is not cut out of it (review 58 took that reading out:
an occupation's noun is a surname as often — Сапожник, Плотник — see test_person_s58_review_names_stay_masked.py)."""
from __future__ import annotations

import pytest

from conftest import person_masked, person_names as names


@pytest.mark.parametrize("text, name", [
    ("звонил сапожник иван", "сапожник иван"),  # may be Иван Сапожник: nothing says the word is no surname
    ("оформлено на сапожник иван петрович", "сапожник иван петрович"),  # before a first name and patronymic: a surname
    ("передайте волку артёму сергеевичу привет", "волку артёму сергеевичу"),  # an animal's noun: no occupation
])
def test_a_word_that_may_be_the_surname_stays_in_the_span(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Председатель ТСЖ Иванов собрал жильцов.", "Иванов"),
    ("Правление ЖСК Петрова Анна Ивановна утвердило смету.", "Петрова Анна Ивановна"),
    ("председатель тсж иванов собрал жильцов", "иванов"),
])
def test_an_abbreviation_read_by_its_letters_is_no_part_of_a_name(person_redactor, text, name):
    found = names(person_redactor, text)
    assert name in found and not any("ТСЖ" in n.upper() or "ЖСК" in n.upper() for n in found)


@pytest.mark.parametrize("text, initials", [
    ("Звонил Иванов ВС по поводу счёта.", "ВС"),  # two consonants: a name's initials typed without dots
    ("Перезвонить ВС Иванову после обеда.", "ВС"),
])
def test_two_letter_initials_without_a_vowel_stay_with_the_name(person_redactor, text, initials):
    assert person_masked(person_redactor, text, initials)


def test_a_first_name_and_its_surname_natasha_reads_as_a_place_stay_a_person(person_redactor):
    # "В саду Розы Теммоевой": her garden; natasha reads the two words as a place, the dictionary reads Роза as a rose
    text = "В саду Розы Теммоевой в Чегеме цветёт больше сорока сортов роз."
    assert "Розы Теммоевой" in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "Мы гуляли по улице Розы Люксембург.",  # a street's name: no surname's shape, the place filter's
    "Дом культуры имени Юрия Гагарина открыт.",  # an eponym: the place filter's, before
])
def test_a_place_named_after_someone_is_still_a_place(person_redactor, text):
    assert names(person_redactor, text) == []


def test_a_signature_in_quotes_is_the_signers_name_not_a_title(person_redactor):
    text = "Рукопись подписана «Мухаммад ибн Муса из Кудутля», и историки до сих пор спорят, кто это был."
    assert "Мухаммад ибн Муса" in names(person_redactor, text)


def test_a_signature_makes_no_name_of_an_organisation(person_redactor):
    assert names(person_redactor, "Письмо подписано «Администрация района».") == []


@pytest.mark.parametrize("text, name", [
    ("его фамилия пастух", "пастух"),  # a role noun in the nominative after «фамилия»: the surname itself
    ("фамилия кузнец", "кузнец"),
    ("фамилия соловей", "соловей"),
])
def test_a_common_noun_in_the_nominative_after_the_naming_noun_is_still_the_surname(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    # an occupation's noun after a first name stands in the surname's place: Плотник, Бражник are surnames (names_f38,
    # e37, j42, l44), whatever the tagger reads
    ("прапрадед абрам был портным а его сват иосиф плотник работал столяром", "иосиф плотник"),
    ("хозяйка одной из квартир анжелика бражник узнала свой телевизор в объявлении", "анжелика бражник"),
    ("в книгу вошли воспоминания анны кирилловны бражник которой девяносто четыре года", "бражник"),
    # a surname's shape is a surname's, whatever the dictionary reads (names_q49)
    ("дед матвей то есть матвей ильич огородников ловит хариуса уже полвека", "матвей ильич огородников"),
    # a diminutive's "-чик" is no occupation's suffix: Кузнечик, Зайчик are surnames (names_v53)
    ("в беркут вместе с ассистентом ильей кузнечиком альма уже ходит на все чемпионаты", "ильей кузнечиком"),
    ("в том числе барон его забрал дмитрий андреевич зайчик", "дмитрий андреевич зайчик"),
])
def test_an_occupations_word_in_the_surnames_place_stays_the_surname(person_redactor, text, name):
    assert person_masked(person_redactor, text, name.split()[-1])


def test_an_organisations_abbreviation_is_no_first_name_beside_a_surname_shape(person_redactor):
    text = "Студенты НГАСУ (Сибстрин) под руководством доцента Марата Ильина построили мост."
    assert names(person_redactor, text) == ["Марата Ильина"]
