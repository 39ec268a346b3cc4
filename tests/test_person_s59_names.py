"""PERSON recall on lowercase and ASR text nobody here wrote (issue 15, stop 59: names_ab58, a film festival's
catalogue and podcast; names_y56, names_x55, names_aa57). A place's namesake taken into a name never drops the person
after it; a surname right after a patronymic, an -ский surname in its oblique case and an undeclined -ых surname are
taken into the name they follow. The place's namesake itself stays no person's."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("старейшая доярка колхоза имени калинина хамис абдуллаева вспоминает как в шестьдесят восьмом к ним приезжали",
     "хамис абдуллаева"),
    ("в совхозе имени ленина анна петровна сидорова проработала сорок лет", "анна петровна сидорова"),
])
def test_a_places_namesake_taken_into_a_name_does_not_drop_the_person_after_it(person_redactor, text, name):
    found = names(person_redactor, text)
    assert name in found, found
    assert not any(n.startswith(("калинина", "ленина")) for n in found), found  # the namesake is the farm's


@pytest.mark.parametrize("text", [
    "его наградили орденом александра невского за оборону города",
    "Его наградили орденом Александра Невского за оборону города.",
    "школа имени максима горького открылась после ремонта",
    "Борец выиграл Гран-при «Иван Ярыгин» в весе до 86 кг.",
    "А новый вопрос: чьё имя носит улица Кави Наджми? Звоните!",  # an undeclined namesake: no genitive to end
    "с. Иванова Поляна, вышка не работает",
])
def test_a_places_or_awards_namesake_stays_no_person(person_redactor, text):
    assert names(person_redactor, text) == [], names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("папа кот цезарь владелец петр денисович хромов котят осмотрела алла шестакова", "петр денисович хромов"),
    ("судила ее внучка настя вместе с ну арсением бельским зрители аплодировали", "арсением бельским"),
    ("в финале она обыграла подругу по команде анастасию малых с настей мы тренируемся вместе", "анастасию малых"),
])
def test_the_surname_after_a_first_name_or_patronymic_is_the_names_own(person_redactor, text, name):
    assert name in names(person_redactor, text), names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("пришел иван петрович сказал что все готово", "иван петрович"),  # a verb after the patronymic: no surname
    ("у ивана городским транспортом не доехать", "ивана"),  # no agreement: "ивана" genitive, "городским" ablative
])
def test_a_word_after_a_name_that_is_no_surname_stays_out(person_redactor, text, name):
    found = names(person_redactor, text)
    assert not any(len(n) > len(name) and n.startswith(name) for n in found), found


@pytest.mark.parametrize("text, name", [
    ("Договор оформлен на Ситникова.", "Ситникова"),  # the dictionary's only reading: a short adjective, no case
    ("договор оформлен на ситникова", "ситникова"),
    ("звонил от ситникова по поводу счета", "ситникова"),
])
def test_a_surname_after_a_preposition_the_dictionary_reads_without_a_case_is_a_name(person_redactor, text, name):
    # a preposition governs a case: a reading with none (ADJS) cannot stand after it
    assert name in names(person_redactor, text), names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "Фамилия указана неверно, исправьте.",
    "Как его ЗОВУТ не помню",
    "— Откуда имя героини?",  # whose name: the noun governs the genitive
    "Фамилию победительницы конкурса чтецов пишем правильно.",
    "Вованом ЗОВУТ перекупщика, с которым у администрации давний спор.",  # the one called: a role's noun
    "На футболке у него написано просто «IBOU» — так его зовут дома.",  # "зовут" lowercase: the writer's case
    "Над заливом стоит «Алёша» — так мурманчане зовут памятник защитникам.",
])
def test_a_lowercase_ordinary_word_after_a_naming_word_stays_no_name(person_redactor, text):
    assert names(person_redactor, text) == [], names(person_redactor, text)
