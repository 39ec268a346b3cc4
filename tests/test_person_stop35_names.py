"""Stop 35, names (issue 15): a foreign name written in Latin letters with its marks ("Ondřej Kratochvíl") is read as a
Russian reader reads it, without them; a noun for a person before it ("швед", "финка", "голландец") is the evidence
that makes two capitalised Latin words a name, particles inside it ("da Silva", "van der Berg") too. In a call: a
first name spelling its letter after a one-letter letter's name inside a spelled run ("а как анна") names nobody, and
neither does a login's or a network's own word ("поменять ник сына")."""
from __future__ import annotations

import pytest

from conftest import person_names as names
from guard.recognizers.lexicon import without_latin_marks
from hypothesis import given, strategies as st


@pytest.mark.parametrize("text, name", [
    ("Клуб подписал контракт с чешским защитником Tomáš Hrubý. Ему двадцать девять.", "Tomáš Hrubý"),
    ("Лучшая у нас — литовка Rūta Kazlauskaitė, двадцать два очка.", "Rūta Kazlauskaitė"),
    ("Победил словак Ján Kovalík, он вырвался из пелотона на подъёме.", "Ján Kovalík"),
])
def test_a_latin_name_with_marks_is_read_without_them(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Данияр Хамитов второй, а швед Niclas Svensson, который специально приехал на этап, третий.", "Niclas Svensson"),
    ("Спринт у женщин выиграла финка Aino Heikkinen — ноль промахов.", "Aino Heikkinen"),
    ("Лидирует пока голландец Jan-Willem van der Berg, отрыв — чуть больше семи минут.", "Jan-Willem van der Berg"),
])
def test_latin_words_after_a_noun_for_a_person_are_a_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "Скачайте приложение Google Pay и привяжите карту.",
    "Модель Galaxy Watch поддерживает eSIM.",
])
def test_latin_words_after_a_thing_are_no_name(person_redactor, text):
    assert names(person_redactor, text) == []


@given(st.text(alphabet="ÁáČčĎďÉéĚěÍíŇňÓóŘřŠšŤťÚúŮůÝýŽžøłßАбвгдеёжзийклмнопрстуфхцчшщъыьэюя .,-AZaz", max_size=60))
def test_reading_latin_marks_away_keeps_every_offset(text):
    read = without_latin_marks(text)
    assert len(read) == len(text)
    assert all(a == b for a, b in zip(read, text) if not ("\u00c0" <= b <= "\u024f"))  # Cyrillic and ASCII untouched
    assert all(c.isascii() for c, b in zip(read, text) if "\u00c0" <= b <= "\u024f" and b.isalpha())


def test_names_spelling_letters_in_a_spelled_run_are_no_names(person_redactor):
    text = "клиент: фамилия по буквам ка как константин а как анна эм как михаил и как иван эн как николай"
    found = " ".join(names(person_redactor, text))
    assert "анна" not in found and "иван" not in found


@pytest.mark.parametrize("text, name", [
    ("клиент: а как анна поживает ничего не слышно", "анна"),
    ("оператор: и как иван сказал так и сделали", "иван"),
])
def test_a_one_letter_word_before_kak_outside_a_spelled_run_spells_nothing(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, word", [
    ("клиент: в приложении не могу поменять ник сына оператор: какой ник сейчас", "ник"),
    ("клиент: а логин галина пэ тоже менять\nоператор: логин можно оставить звонили когда", "логин"),
    ("клиент: у меня кто то к вайфаю подключился я смотрю в роутере", "вайфаю"),
])
def test_a_logins_or_networks_own_word_is_no_name(person_redactor, text, word):
    assert word not in names(person_redactor, text)


def test_a_logins_word_said_as_a_name_after_a_naming_word_stays(person_redactor):
    assert "ник" in names(person_redactor, "клиент: меня зовут ник я из англии")


@pytest.mark.parametrize("text, place", [
    ("В шахматном клубе имени Рашида Нежметдинова прошёл традиционный воскресный турнир.", "Нежметдинова"),
    ("В честь кого назван стадион имени Нурмухаммета Гилязова в Азнакаево? Нурмухаммет Гилязов — вратарь местной "
     "команды.", "Гилязова"),
    ("здесь только что открыли стадион имени рустема ягудина шумно играет оркестр для тех кто не в курсе рустем ягудин "
     "бугульминский парень", "ягудина"),
])
def test_a_name_after_imeni_is_the_places_even_when_its_first_name_was_taken_in_later(person_redactor, text, place):
    assert not any(place in name for name in names(person_redactor, text))


@pytest.mark.parametrize("text, name", [
    ("клиентка по имени Анна Петрова звонила вчера", "Анна Петрова"),
    ("мальчик по имени рустем ягудин пришёл", "рустем ягудин"),
    ("действует от имени Саркисян Нарине", "Саркисян Нарине"),
])
def test_a_name_after_po_imeni_or_ot_imeni_stays_a_persons(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Первым учителем был трубач Аркадий Шустер по прозвищу «Шустрик». Начало в семь.", "Шустрик"),
    ("В те годы за клуб играл защитник по прозвищу «Табуретка».", "Табуретка"),
    ("Как Гарифуллина в команде зовут «Профессор». Он и правда профессор?", "Профессор"),
    ("Партнёры зовут его «Ди», а казанские мальчишки зовут иначе.", "Ди"),
    ("а первым учителем был трубач аркадий шустер по прозвищу шустрик ну начало в семь", "шустрик"),
])
def test_a_nickname_after_the_words_that_name_one_is_a_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "Тренер назвал «лучшим матчем сезона» вчерашнюю игру.",
    "меня зовут на работу завтра к восьми",
])
def test_a_quoted_phrase_or_a_verb_after_a_naming_verb_is_no_nickname(person_redactor, text):
    assert names(person_redactor, text) == []


def test_a_name_after_a_places_eponym_in_another_case_is_a_person(person_redactor):
    text = "Об этом рассказала доцент университета имени Добролюбова Екатерина Ли. Нижегородские предприниматели"
    assert "Екатерина Ли" in names(person_redactor, text)


def test_a_logins_word_before_a_surname_stays_in_the_name(person_redactor):
    text = "проект представлял управляющий партнер ник фостер британец который давно живет в москве"
    assert any("ник фостер" in name for name in names(person_redactor, text))
