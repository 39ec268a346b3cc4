"""Stop 50, names precision on a pet tracker's line (issue 15): a pet's name beside its noun or its breed, another
mention of it, and land or water named after an explorer (recognizers/person.py: _an_animals_or_vessels_name;
lexicon BREED_NOUNS, EPONYM_PLACE_NOUNS).

- A pet's name written after its lowercase noun is often undeclined and of either sex ("выгуливаю собаку Ральф", "у
  моей собаки Джек"); a breed is said of either sex and is never a surname, before or after the name ("бигль джесси",
  "собака ирма лабрадор"). Fail closed: a name that may be an owner's genitive ("собака Ивана", "собака Берта"), the
  subject of a verb after it ("у собаки Иван нашёл клеща"), a lowercase name of another sex than a generic noun
  ("собака николай вынес": speech runs clauses together).
- Another mention of a word the text gives an animal stays a name (the branch read it as the animal's; the review of
  the merge found «собака Арсений, звонил Арсений из 5 квартиры» left the caller unmasked: reverted, fail closed).
- An undeclined pet's name is in the nominative's form: a name only in another case after an animal's noun is a
  person's ("отдала собаку Ивану", "оставила кошку Марине").
- A name in the genitive after a rock, a glacier, a ridge, a pass, a bay, a strait, a volcano or a waterfall is the
  place's ("на Скалу Черского"); in the nominative it is the next clause's subject ("по заливу баир дашиев возит").
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, pet", [
    ("Трекер установлен на ошейник моей собаки Джек (бордер-колли).", "Джек"),
    ("Я Ольга Михайловна, выгуливаю собаку Ральф по договорённости с хозяйкой.", "Ральф"),
    ("Прошу продлить подписку, чтобы снова искать собаку Кайса (эстонская гончая).", "Кайса"),
    ("Инвалид по зрению, собака-поводырь Грета (лабрадор-ретривер).", "Грета"),
    ("У нас живёт собака Зевс, хозяин Архипов Денис уехал.", "Зевс"),
])
def test_a_pets_name_written_after_its_noun_is_the_pets_whatever_its_case_or_sex(person_redactor, text, pet):
    assert not person_touched(person_redactor, text, pet), text


@pytest.mark.parametrize("text, pet", [
    ("оператор: отлично собака у вас бигль джесси правильно клиент: да", "джесси"),
    ("оператор: собака ирма лабрадор верно клиент: да", "ирма"),
    ("клиент: собака зевс дог мраморный", "зевс"),
    ("оператор: собака какая клиент: кане-корсо брут два года", "брут"),
])
def test_a_name_beside_a_breed_is_the_animals(person_redactor, text, pet):
    assert not person_touched(person_redactor, text, pet), text


@pytest.mark.parametrize("text, person", [
    ("У собаки Иван нашёл клеща и позвонил в клинику.", "Иван"),
    ("Главный приз вручал мэр, а живого барана Рафаэль тут же подарил своему тренеру.", "Рафаэль"),
    ("Вчера собака Ивана сорвалась с поводка.", "Ивана"),
    ("Трекер PT-4G-207715, собака Берта, ротвейлер.", "Берта"),
    ("разбудила собака николай вынес мальчика", "николай"),
    ("разбудила всех собака николай голубев вынес мальчика", "николай голубев"),
    ("оператор: поддержка питомцев марина добрый вечер клиент: здравствуйте", "марина"),
    ("кот анисья деревянный крест ограда утрачена", "анисья"),
])
def test_fail_closed_an_owner_or_a_subject_beside_an_animals_noun_stays_a_name(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, person", [
    ("У клиента собака Арсений, звонил Арсений из 5 квартиры.", "Арсений"),  # the last: the caller
    ("Клиентка отдала собаку Ивану на время отпуска.", "Ивану"),
    ("Оставила кошку Марине, сама уехала.", "Марине"),
    ("Мастер заберёт кота Светлане в пятницу.", "Светлане"),
])
def test_fail_closed_a_person_named_like_a_pet_or_given_the_pet_stays_a_name(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


def test_fail_closed_a_person_noun_before_another_mention_keeps_it_a_name(person_redactor):
    text = "У нас собака Ника (бигль). Доступ к карте выдать хозяйке Нике, телефон тот же."
    assert person_masked(person_redactor, text, "Нике"), text


@pytest.mark.parametrize("text, place_name", [
    ("Спасибо Виктору за экскурсию на Скалу Черского.", "Черского"),
    ("спасибо виктору за экскурсию на скалу черского", "черского"),
])
def test_a_name_in_the_genitive_after_a_rock_or_a_glacier_is_the_places(person_redactor, text, place_name):
    assert not person_touched(person_redactor, text, place_name), text


@pytest.mark.parametrize("text, person", [
    ("по заливу баир дашиев возит туристов", "баир дашиев"),
    ("на хребте жданов поставил записку", "жданов"),
])
def test_fail_closed_a_nominative_name_after_a_landforms_noun_stays_a_name(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Иван", "Мария", "Олег", "Анна", "Сергей", "Елена"]),
       st.sampled_from(["Иванов", "Петрова", "Соколов", "Кузнецова"]),
       st.sampled_from(["собака", "собаку", "собаки", "бигль", "питомец"]))
def test_property_a_full_name_after_an_animals_noun_stays_a_name(person_redactor, first, surname, noun):
    text = f"Вчера {noun} {first} {surname} привёз в клинику."
    assert person_masked(person_redactor, text, f"{first} {surname}"), text
