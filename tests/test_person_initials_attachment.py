"""Initials between two words belong to the one that can be a name (issue 15, round s30-names): a title, a role or
an adverb before them ("Судья Е. Г. Комарова", "краевед Д. С. Лихачёв", "Ранее М. О. Шестакова") is no surname, and a
common word opening the next sentence after a surname's initials is no name ("Мирзоевым Т. А. Вопросы прессы")."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("Судья Е. Г. Комарова назначила штраф директору торговой точки.", "Е. Г. Комарова"),
    ("На открытии выступил краевед Д. С. Лихачёв из Череповца.", "Д. С. Лихачёв"),
    ("Генеральный директор клуба А. Н. Шустов назвал сезон удачным.", "А. Н. Шустов"),
    ("Ранее М. О. Шестакова руководила отделом продаж.", "М. О. Шестакова"),
    ("Архивист Ю. В. Проскурина нашла письма.", "Ю. В. Проскурина"),
])
def test_a_common_word_before_initials_is_no_part_of_the_name_after_them(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Встреча прошла с ответственным секретарём Мирзоевым Т. А. Вопросы прессы решает он.", "Мирзоевым Т. А."),
    ("Иванов И. И. Вчера он звонил снова.", "Иванов И. И."),
])
def test_a_common_word_opening_the_next_sentence_is_no_part_of_the_name(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Мирный О.П. звонил вчера.", "Мирный О.П."),
    ("Присутствовали Петров И. И. Сидоров П. П. и другие.", "Петров И. И. Сидоров П. П."),
    ("Кл. Иванова М.П. просила перезвонить.", "Иванова М.П."),
    ("кл.Зайнуллин И.И., СНИЛС 704-558-530 98, оформление соц. тарифа.", "Зайнуллин И.И."),
    ("И. И. Петров вчера звонил.", "И. И. Петров"),
])
def test_a_word_that_can_be_a_surname_keeps_its_initials(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


def test_initials_between_two_plain_words_stay_with_the_word_before(person_redactor):
    found = names(person_redactor, "Плательщик Лебедь Ю. Платеж от 01.12.2026 в 14:32, чек 000451.")
    assert any("Лебедь Ю." in name for name in found)
