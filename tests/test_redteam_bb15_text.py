"""Red team bb15's redactor findings (stop 40, branch s40-bb15text): the neighbours' documents, phones, addresses and
self-introductions in their own words (04, 11, 23, 24, 25, 05), addresses with no street word (06), a place of birth on
a passport page (07), a mailbox's name without its domain (03, 19). Values and phrasings are this file's own, not the
scripts'; each finding has negatives that must stay unmasked."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.normalize import normalize_unicode
from guard.recognizers.address import address_spans, birthplace_spans


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def covered(redactor, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) and (kind is None or e.type == kind)
               for e in redactor.analyze(text))


def touched(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start < start + len(value) and start < e.end for e in redactor.analyze(text))


# --- 04: Belarusian passport and personal number ------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Грамадзянка Беларусі, пашпарт KH7654321", "KH7654321"),
    ("пашпарта нумар HB2345678, выдадзены ў 2020", "HB2345678"),
    ("асабісты нумар 4150392B014PB3", "4150392B014PB3"),
    ("Ідэнтыфікацыйны нумар: 5230799C021PB7", "5230799C021PB7"),
])
def test_a_belarusian_document_named_in_belarusian_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


def test_a_belarusian_word_with_no_number_masks_nothing(redactor):
    assert not [e for e in redactor.analyze("пашпарт ляжыць дома, асабісты нумар не памятаю") if e.type == "ID_DOCUMENT"]


# --- 11: Ukrainian (and other neighbours') driving licences ------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("посвідчення водія КХЕ 654321", "КХЕ 654321"),
    ("Водійське посвідчення АВС 908172, категорія B", "АВС 908172"),
    ("вадзіцельскае пасведчанне 5АВ 112233", "5АВ 112233"),
])
def test_a_neighbours_driving_licence_in_its_own_words_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


def test_a_licence_word_before_a_category_or_a_year_masks_nothing(redactor):
    text = "посвідчення водія категорії B з 2015 року"
    assert not [e for e in redactor.analyze(text) if e.type == "ID_DOCUMENT"], text


# --- 23: a phone with its country code apart and the rest in one group ------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("tālr. +371 26543210", "+371 26543210"),
    ("tālrunis: +371 29876543", "+371 29876543"),
    ("звоните на +375 291234567", "+375 291234567"),
])
def test_an_international_number_in_two_groups_is_a_phone(redactor, text, value):
    assert covered(redactor, text, value, "PHONE_NUMBER"), text


@pytest.mark.parametrize("text", ["Рейтинг +5 2024 года", "температура +15 12345 раз"])
def test_a_plus_before_a_short_group_is_no_phone(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "PHONE_NUMBER"], text


# --- 24: the Turkic dotted capital I ------------------------------------------------------------------------------

def test_the_turkic_dotted_and_dotless_i_read_as_i_one_for_one():
    for typed, read in (("FİN", "FIN"), ("vəsiqəsı", "vəsiqəsi"), ("İLHAM", "ILHAM")):
        assert normalize_unicode(typed).text == read
        assert len(normalize_unicode(typed).text) == len(typed)


@pytest.mark.parametrize("text, value", [
    ("FİN 7QWE3R9", "7QWE3R9"),
    ("Vətəndaş, FİN kod: 2ZX9K4M", "2ZX9K4M"),
])
def test_an_azerbaijani_code_after_its_dotted_word_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="İıIiFNabc 5", min_size=1, max_size=20))
def test_folding_the_turkic_i_never_moves_an_offset(text):
    assert len(normalize_unicode(text).text) == len(text)


# --- 25: an address in Uzbek Cyrillic (and Kyrgyz) ----------------------------------------------------------------

@pytest.mark.parametrize("text, pieces", [
    ("Фарғона шаҳри, Мустақиллик кўчаси, 42-уй, 9-хонадон", ["42-уй", "9-хонадон", "Мустақиллик кўчаси"]),
    ("манзил: Навоий кўчаси 3-уй 18-хонадон", ["3-уй", "18-хонадон"]),
    ("Бишкек, Чүй көчөсү, 120 үй, 14 батир", ["120 үй", "14 батир"]),
])
def test_a_neighbours_address_in_cyrillic_is_masked(redactor, text, pieces):
    for piece in pieces:
        assert covered(redactor, text, piece, "ADDRESS"), (text, piece)


def test_a_neighbours_street_word_without_a_number_masks_nothing():
    assert address_spans("Навоий кўчаси жуда чиройли") == []


# --- 05: a self-introduction in a neighbour's language ------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Менің атым Гүлнұр Әбенова", "Гүлнұр"),
    ("Менің атым Ерлан, тегім Жұмабеков", "Ерлан"),
    ("Менинг исмим Ўлмас", "Ўлмас"),
    ("Меня зовут Жәнібек", "Жәнібек"),
])
def test_a_first_name_after_a_neighbours_naming_word_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "PERSON"), text


def test_a_neighbours_naming_word_before_a_pronoun_masks_nothing(redactor):
    text = "Менің атым не скажу"
    assert not touched(redactor, text, "не скажу"), text


# --- 06: addresses with no street word ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Отвезите заказ на Берёзовую 14", "Берёзовую 14"),
    ("Встречаемся на Гоголя 21, у подъезда", "Гоголя 21"),
    ("Живу: Лермонтова 6, 2 подъезд, 9 этаж, кв 33", "Лермонтова 6, 2 подъезд"),
    ("Калуга, 17-52, код домофона 52", "17-52"),
])
def test_an_address_without_a_street_word_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ADDRESS"), text


@pytest.mark.parametrize("text", [
    "Тариф Тула 2024 подключен с понедельника",
    "Отдыхали на Озёрной базе отдыха всей семьёй",
    "Переключили на Новую 5 минут назад",
    "Переходите на Безлимитную 3 раза в месяц",
    "Москва, 10-12 человек в очереди",
    "Пермь, 15-20 мая будет акция",
])
def test_a_town_or_a_word_before_a_number_that_is_no_home_stays(text):
    assert address_spans(text) == [], text


# --- 07: a place of birth after its label -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Место рождения ГОР. КАЛУГА\nДата выдачи 01.02.2010", "ГОР. КАЛУГА"),
    ("Место рождения: с. Ивановка Тамбовской обл.", "с. Ивановка Тамбовской обл."),
    ("место рождения город брянск", "город брянск"),
    ("м.р. Саранск, просит перевыпуск", "Саранск"),
])
def test_a_place_of_birth_after_its_label_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ADDRESS"), text


@pytest.mark.parametrize("text", ["Уточните место рождения, пожалуйста", "место рождения не указано",
                                  "Уроженец Уссурийска Тимур Гайнуллин выиграл турнир"])
def test_a_birth_place_label_with_no_place_masks_nothing(text):
    assert birthplace_spans(text) == [], text


# --- 03, 19: a mailbox's name without its domain ------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Ответ на sergei_vlk88 гмейл", "sergei_vlk88"),
    ("скиньте на vera.m1990 mail ру", "vera.m1990"),
    ("ящик oleg-petrov77", "oleg-petrov77"),
    ("e-mail: t.orlova85, домен обычный", "t.orlova85"),
    ("почта дима точка соколов девяносто два", "дима точка соколов 92"),
    ("электронка такая: nika нижнее подчёркивание 2004", "nika нижнее подчёркивание 2004"),
])
def test_a_mailbox_name_by_its_shape_and_its_cue_is_masked(redactor, text, value):
    reading = text.replace("девяносто два", "92")
    if value in text:
        assert covered(redactor, text, value, "EMAIL_ADDRESS"), text
    else:
        assert touched(redactor, text, "дима") and touched(redactor, text, "соколов"), (text, reading)


@pytest.mark.parametrize("text", [
    "почта mail.ru не открывается",
    "ящик на Gmail переполнен",
    "Почта России доставит посылку",
    "email: не указан",
    "Скачайте приложение Yandex Mail",
    "почта gmail.com не работает",
])
def test_a_service_or_a_brand_beside_a_mailbox_word_stays(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "EMAIL_ADDRESS"], text
