"""Stop 56, names precision where capitalised words are no people (issue 15): an animal's name read from the syntax of
its mention and from the text's other mentions of it (recognizers/person.py: _an_animals_or_vessels_name,
animals_named_again).

- An animal's noun capitalised because it opens a sentence gives its name as a lowercase one does, where the name
  cannot be a first name the noun is the surname of ("Пёс [Бублик] полгода жил на стройке").
- A naming verb's animal object may open the sentence or be plural, its names a list ("Щенка назвали [Тимофей]",
  "Котят назвали [Пушок], [Уголёк] и [Маркиз]").
- A plural animal's noun before a list of names gives each its own ("собаки [Белка] и [Стрелка]").
- A breed is never a surname: capitalised, it gives its name too ("Мейн-кун [Самсон]"), and a breed's word alone is
  no name.
- A name right before its owner in the genitive is the owned one's ("победил [Кузя] владельца Николая Трофимова").
- The subject of a copula whose predicate is an animal's noun is an animal ("Лучшим кобелём стал [Гектор]").
- An animal named so is the same animal where its name stands again alone, in any case ("у [Бетховена] больные
  суставы" after "сенбернара по кличке Бетховен").
Fail closed beside each: a full name, a first name after a capitalised noun that may be its surname, a mention doing a
caller's act, standing where a person is named, joined to a person's name, or whose name a person kept in the text
bears keep their mask.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, name", [
    ("Пёс Бублик полгода прожил на стройке у трассы.", "Бублик"),
    ("Кота Рыжика нашли в моторном отсеке машины.", "Рыжика"),
    ("Кот Генерал прожил у нас двадцать лет.", "Генерал"),
])
def test_an_animals_noun_opening_a_sentence_gives_a_name_no_first_name_its_own(person_redactor, text, name):
    assert not person_touched(person_redactor, text, name), text


@pytest.mark.parametrize("text, person", [
    ("Кот Анисья просила перезвонить вечером.", "Анисья"),  # a surname and a first name, a packed set's shape
    ("Кот Андрей звонил вчера по поводу счёта.", "Андрей"),
    ("Кошка Зоя Петровна оставила заявку.", "Зоя Петровна"),
])
def test_a_first_name_after_a_capitalised_animals_noun_stays_a_persons(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, names", [
    ("Щенка назвали Тимофей, он растёт быстро.", ["Тимофей"]),
    ("Котят назвали Пушок, Уголёк и Маркиз.", ["Пушок", "Уголёк", "Маркиз"]),
    ("Его собак звали Бром и Хина.", ["Бром", "Хина"]),
])
def test_a_naming_verbs_animal_object_names_each_name_it_gives(person_redactor, text, names):
    for name in names:
        assert not person_touched(person_redactor, text, name), (text, name)


def test_a_naming_verb_of_children_still_names_people(person_redactor):
    text = "Детей назвали Маша и Петя."
    assert person_masked(person_redactor, text, "Маша")
    assert person_masked(person_redactor, text, "Петя")


def test_a_plural_animals_noun_before_a_list_gives_each_name_its_own(person_redactor):
    text = "В тот год в космос слетали собаки Белка и Стрелка."
    assert not person_touched(person_redactor, text, "Белка")
    assert not person_touched(person_redactor, text, "Стрелка")


def test_a_list_after_an_animals_genitive_after_a_preposition_keeps_its_people(person_redactor):
    text = "У собаки Рекс и Иван нашли клеща."  # "собаки" one dog's genitive: Иван found the tick
    assert person_masked(person_redactor, text, "Иван")


def test_a_capitalised_breed_gives_its_name_as_a_lowercase_noun_does(person_redactor):
    text = "На выставке Мейн-кун Самсон получил первое место."
    assert not person_touched(person_redactor, text, "Самсон")


def test_a_name_right_before_its_owners_genitive_is_the_owned_ones(person_redactor):
    text = "В ринге такс победил Кузя владельца Николая Трофимова."
    assert not person_touched(person_redactor, text, "Кузя")
    assert person_masked(person_redactor, text, "Николая Трофимова")


@pytest.mark.parametrize("text, person", [
    ("Звонил Иван владельца Петрова.", "Иван"),  # a caller's act
    ("Договор Петрова владельца квартиры.", "Петрова"),  # the owner himself, in apposition
])
def test_an_owners_noun_after_a_persons_name_leaves_the_person(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


def test_the_subject_of_an_animals_noun_as_predicate_is_an_animal(person_redactor):
    text = "Лучшим кобелём выставки стал Гектор, хозяин Роман Ширяев."
    assert not person_touched(person_redactor, text, "Гектор")
    assert person_masked(person_redactor, text, "Роман Ширяев")


@pytest.mark.parametrize("text, person", [
    ("Лучшим кобелём стал Иван Петров.", "Иван Петров"),  # a full name is never cleared by its context
    ("Иван стал хозяином щенка.", "Иван"),
])
def test_a_copulas_person_predicate_or_a_full_name_stays_a_persons(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, mention", [
    ("Щенка назвали Тимофей, и теперь Тимофей гуляет с хозяйкой по набережной.", "Тимофей"),
    ("В приют привезли сенбернара по кличке Бетховен. Врач говорит, что у Бетховена больные суставы.", "Бетховена"),
    ("Пёс Бублик жил на стройке. Теперь у Бублика есть дом и диван.", "Бублика"),
])
def test_an_animal_named_in_the_text_is_the_same_animal_where_its_name_stands_again(person_redactor, text, mention):
    assert not person_touched(person_redactor, text, mention), text


@pytest.mark.parametrize("text, person", [
    ("У клиента собака по кличке Арсений, звонил Арсений из пятой квартиры.", "Арсений"),  # a caller's act
    ("Щенка назвали Тимофей. Меня зовут Тимофей, я хозяин.", "Тимофей"),  # a naming slot
    ("Щенка назвали Зоя. Спасибо медсёстрам Вере и Зое.", "Зое"),  # joined to a person's name
    ("Щенка назвали Тимофей. Кошек ловил Тимофей Лаврентьев, и Тимофей устал.", "Тимофей"),  # a person bears it
    ("Щенка Барона купил Иван Петров, и Петров доволен.", "Петров"),
])
def test_a_person_who_shares_an_animals_name_stays_masked(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["Тимофей Лаврентьев", "Зоя Петрова", "Арсений Гусев", "Вера Ильина"]),
       st.sampled_from(["Щенка назвали", "Кота по кличке", "Пёс"]))
def test_a_full_name_is_never_cleared_beside_an_animal_of_its_first_name(person_redactor, person, cue):
    first = person.split()[0]
    text = f"{cue} {first} живёт у нас. Его забрал {person}."
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, person", [
    ("Во двор вышли кот Барсик и Вася.", "Вася"),  # a singular noun gives one name: Вася is a boy
    ("У подъезда ждали собака Рекс и Маша.", "Маша"),
])
def test_a_name_joined_to_a_singular_animals_name_stays_a_persons(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


def test_a_name_a_person_bears_in_the_text_stays_a_persons_wherever_it_stands(person_redactor):
    text = ("Мой сосед Петрович говорил, что кошки ему не нужны. Котёнка назвали Петровичем в честь хозяина, "
            "и теперь Петрович сам покупает ему корм.")
    assert person_masked(person_redactor, text, "Петрович")


def test_a_vessels_name_is_no_evidence_for_its_namesakes_other_mentions(person_redactor):
    text = "Мы ходили на барке Крузенштерн. Капитан улыбается: как при Крузенштерне, идём вокруг света."
    assert person_masked(person_redactor, text, "Крузенштерне")


@pytest.mark.parametrize("text, person", [
    ("судил аркадий волк лучшим кобелем стал цезарь", "аркадий волк"),  # speech: the copula does not touch the judge
    ("Лучшим котёнком стал Граф Никиты Лебедева.", "Никиты Лебедева"),  # an owner's full name inside the span
])
def test_an_animals_predicate_clears_only_the_copulas_own_subject(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text
