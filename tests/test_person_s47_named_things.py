"""Stop 47, names precision on third-party text (issue 15): a name that an animal, a vessel or a saint's dedication
carries is no person's data (recognizers/person.py: _an_animals_or_vessels_name, _dedicated_to_a_saint,
_compound_eponyms_head_before; lexicon ANIMAL_NOUNS, VESSEL_NOUNS).

- A name in apposition right after an animal's or a vessel's noun, in its case, is the animal's or the vessel's:
  "наша собака Жучка", "на ледоколе Ермаке"; so is the name a naming verb gives an animal ("козу звали Зорька").
- A saint's name after a saint's title that a church's, a hospital's or a cross's noun governs is a dedication:
  "собор апостола Андрея"; a saint spoken of stays a name ("мощи преподобного Сергия Радонежского").
- A compound eponym's head ("дом-музей", "музей-усадьба") takes the first name and the surname after it.
- Fail closed beside each: a capitalised animal noun is a surname's place ("Кот Игорь"), a first name with a surname
  after an animal noun stays (speech runs sentences together), a genitive after a vessel's noun in another case may
  be its owner or its namesake ("шхуна Седова"), a name of the other gender after an animal's noun is a person's.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, name", [
    ("У соседей во дворе живёт пёс Трезор, и Марина Осипова кормит его по утрам.", "Трезор"),
    ("В хлеву стояла корова Зорька, а доила её Анна Петровна Сизова.", "Зорька"),
    ("экскурсовод ирина сомова показала нам верблюда яшу и рассказала про зоопарк", "яшу"),
])
def test_a_name_apposed_to_an_animals_noun_is_the_animals(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text
    assert person_redactor.analyze(text), text  # the person beside the animal stays


@pytest.mark.parametrize("text, name", [
    ("Из порта вышел сухогруз Сибиряк, капитан Олег Рябов стоял на мостике.", "Сибиряк"),
    ("в порту стоит атомоход арктика и туда водят экскурсии а гид сергей ткачёв рассказывает", "арктика"),
])
def test_a_name_apposed_to_a_vessels_noun_is_the_vessels(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text
    assert person_redactor.analyze(text), text


@pytest.mark.parametrize("text, name", [
    ("Из порта вышел сухогруз Михаил Светлов, капитан Олег Рябов стоял на мостике.", "Михаил Светлов"),
    ("в порту стоит атомоход ленин и туда водят экскурсии а гид сергей ткачёв рассказывает", "ленин"),
])
def test_a_ship_named_after_a_person_stays_masked_fail_closed(person_redactor, text, name):
    # a full name or a surname's shape after a ship's noun reads as its crew as well ("капитан теплохода Иванов
    # Сергей", the merge's review): masked whether it is the ship or a person
    assert person_masked(person_redactor, text, name), text


@pytest.mark.parametrize("text, name", [
    ("Нина Котова рассказала, что свою собаку она зовёт Дина.", "Дина"),
    ("Пастух Иван Рогов сказал, что козу звали Зорька.", "Зорька"),
])
def test_the_name_a_naming_verb_gives_an_animal_is_the_animals(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text


@pytest.mark.parametrize("text, name", [
    ("Кот Игорь Семёнович, 1978 г. р., оплатил счёт.", "Кот Игорь"),  # a capitalised animal noun: a surname's place
    ("получатель медведь ирина сумма пятьсот рублей", "ирина"),  # a person noun before it: a surname
    ("тут гавкнула собака николай голубев вынес мальчика на улицу", "николай голубев"),  # a full name: a new sentence
    ("кот анисья деревянный крест ограда утрачена", "анисья"),  # another gender than the animal's noun: a grave's name
    ("Шхуна Седова называлась «Святой Фока».", "Седова"),  # a genitive after a vessel: the explorer's schooner
    ("капитан сейнера гарипов ильдар фаритович ответил на звонок", "гарипов ильдар фаритович"),  # a patronymic
    ("сосед забрал себе кролика ахметов потом жалел", "ахметов"),  # a surname's shape: the next clause's subject
    ("в клубе моржей его зовут просто Сева, и он плавает зимой", "Сева"),  # the pronoun is who is named
    ("Прошу перенести онлайн-приём терапевта Суворовой Нины Павловны на пятницу.", "Суворовой"),  # no place's compound
])
def test_a_person_beside_an_animals_or_vessels_noun_stays_a_person(person_redactor, text, name):
    assert person_touched(person_redactor, text, name), text


@pytest.mark.parametrize("text, name", [
    ("В селе стоит собор апостола Андрея, его строили сорок лет.", "Андрея"),
    ("В больнице святителя Луки открыли новое отделение, рассказал Олег Дёмин.", "Луки"),
    ("На берегу поставили крест святого Никиты, рядом живёт смотритель Павел Лосев.", "Никиты"),
])
def test_a_saints_name_governed_by_a_dedicated_things_noun_is_a_dedication(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text


@pytest.mark.parametrize("text, name", [
    ("Старушка вспоминала мощи преподобного Сергия Радонежского.", "Сергия Радонежского"),
    ("Обитель основал в 1398 году преподобный Кирилл.", "Кирилл"),
    ("Сыновей назвали в честь апостолов Петра и Павла.", "Павла"),
])
def test_a_saint_spoken_of_stays_a_name(person_redactor, text, name):
    assert person_touched(person_redactor, text, name), text


@pytest.mark.parametrize("text, name", [
    ("Дом-музей Ивана Шишкина открыт по субботам, экскурсии ведёт Анна Ремизова.", "Шишкина"),
    ("Мы приехали в музей-усадьбу Николая Рериха, где работает Олег Гусев.", "Рериха"),
])
def test_a_compound_eponyms_head_takes_the_first_name_and_the_surname(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text
    assert person_redactor.analyze(text), text


_ANIMALS = ["кот", "пёс", "конь", "жеребец", "попугай", "кролик"]
_PET_NAMES = ["Барсик", "Тузик", "Уголёк", "Гром", "Кеша", "Пушок"]
_OWNERS = ["Ирина Соболева", "Пётр Кравцов", "Галина Ильина", "Олег Зимин"]


@settings(max_examples=40, deadline=None)
@given(animal=st.sampled_from(_ANIMALS), pet=st.sampled_from(_PET_NAMES), owner=st.sampled_from(_OWNERS))
def test_an_animals_name_is_never_masked_where_its_owner_is(person_redactor, animal, pet, owner):
    text = f"У нас живёт {animal} {pet}, его хозяйкой числится {owner}."
    surname = owner.split()[1]
    assert person_masked(person_redactor, text, surname), text  # the owner is always a person
    assert not person_touched(person_redactor, text, pet), text
