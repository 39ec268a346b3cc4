"""Surnames that are ordinary or label-like words in packed CRM notes are names where the note's grammar says so
(issue 15, round s28-names): after "кл."/"ФИО:" (a label's colon is no speaker's), in apposition to a noun for a person
that agrees with it ("прораб Мирный"), glued to a kin noun by a hyphen ("мать-Лысенко"), a plural label word after a
naming cue ("Кл. Номеров"), a record's first field before a number; and Latin first name + surname pairs."""
from __future__ import annotations

import pytest

from conftest import person_names as names




@pytest.mark.parametrize("text, name", [
    ("кл Кит т. 79183044412 просит детализацию", "Кит"),
    ("Кл. Номеров просит список номеров на договоре.", "Номеров"),
    ("обращение из старой системы, кл. Бережной", "Бережной"),
    ("ФИО: Гетманский (имя не назвал) ЖАЛОБА: плохая связь", "Гетманский"),
])
def test_a_word_after_a_crm_naming_abbreviation_is_a_surname(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_a_speaker_label_still_names_no_one(person_redactor):
    assert names(person_redactor, "Клиент: Мои паспортные данные устарели.") == []


def test_a_capitalised_word_agreeing_with_a_person_noun_is_that_persons_name(person_redactor):
    assert "Мирный" in names(person_redactor, "контакт на объекте: прораб Мирный — тел +7 989 122 40 50")


@pytest.mark.parametrize("text", [
    "Украина и Турция создали Стратегический совет.",
    "Кроме того, глава Минсвязи отметил, что расценки растут.",
    "В стране осталось только пять граждан Эритреи.",
    "Папа Римский призвал к миру.",
    "Письмо передали президенту Турции.",
    "Его, лауреата Нобелевской премии мира, выпустили.",
])
def test_a_word_the_person_noun_governs_or_a_titles_attribute_is_no_name(person_redactor, text):
    assert names(person_redactor, text) == []


def test_a_kin_noun_glued_by_a_hyphen_is_no_part_of_the_name(person_redactor):
    assert names(person_redactor, "тел.89183330417 мать-Лысенко Тамара 89615002183") == ["Лысенко Тамара"]


def test_a_surname_opening_a_record_before_a_number_is_a_name(person_redactor):
    assert names(person_redactor, "Кравцова / 9615024400 / 10 ГБ не начислены") == ["Кравцова"]


@pytest.mark.parametrize("text, name", [
    ("Выиграл розыгрыш Ruslan Akhmetov из Новосибирска.", "Ruslan Akhmetov"),
    ("Dmitry Volkov отметил нас в сторис.", "Dmitry Volkov"),
    ("Фото: Viktoria Pak. Закат над Иртышом.", "Viktoria Pak"),
])
def test_a_latin_first_name_with_a_surname_is_a_name_without_other_evidence(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


def test_a_latin_brand_without_a_surname_is_no_name(person_redactor):
    assert names(person_redactor, "Кофейня «Frida Kahlo Coffee» открылась у вокзала.") == []


@pytest.mark.parametrize("text, name", [
    ("Туристы из Кореи Пак Мин Су сплавились по Катуни.", "Пак Мин Су"),
    ("звонила дочь владельца Ли Чан Су (д.р. 12.12.1954)", "Ли Чан Су"),
])
def test_a_korean_surname_takes_in_the_given_names_syllables(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_a_turkic_patronymic_marker_is_part_of_the_name(person_redactor):
    assert names(person_redactor, "Водитель автобуса Мамедов Эльчин Рашид оглы задержан.") == ["Мамедов Эльчин Рашид оглы"]


def test_a_first_name_opening_a_quoted_address_is_a_name(person_redactor):
    assert "Саня" in names(person_redactor, "Трибуны скандировали «Саня, Саня!», когда вратарь ушёл со льда.")
