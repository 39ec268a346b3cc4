"""Stop 39, names (issue 15): lone capitalised first names, names a naming verb or noun gives in quotes, nicknames
a calling verb gives in the instrumental.

- In written text a capitalised word whose likeliest reading is a first name is a name alone, where NER reads none
  ("Заявки принимает Снежана по средам"); the frequent common words ("Вера", "Роман") are not taken so.
- A quote after a naming verb ("звали", "дразнят", "подписывается") or a naming noun ("имя", "отчество") holds a
  person's name, not a title; a work's title in quotes stays a title.
- A calling verb's instrumental is the name it gives ("соседи звали его кочергой", "прозвали сторожа филином"), in
  written and lowercase text; "звали на помощь", "звали работать" give none.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("Заявки принимает Снежана по средам.", "Снежана"),
    ("Целую крепко, твоя Зинаида.", "Зинаида"),
    ("Передай поклон сестрице Фросе.", "Фросе"),
])
def test_a_capitalised_first_name_alone_in_written_text_is_a_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "Вера в лучшее помогает.",
    "Мы говорили про любовь и мир.",
])
def test_a_frequent_common_word_that_is_also_a_first_name_is_not_taken_alone(person_redactor, text):
    assert names(person_redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("Во дворе его звали «Полковником».", "Полковником"),
    ("Одноклассники дразнили её «Каланчой».", "Каланчой"),
    ("Позже он подписывался «Семён Аркадьевич Гольдберг».", "Семён Аркадьевич Гольдберг"),
    ("В метрике стоит имя «Феодосия».", "Феодосия"),
    ("Отчество «Абрамович» писарь переделал.", "Абрамович"),
])
def test_a_name_a_naming_verb_or_noun_gives_in_quotes_is_no_title(person_redactor, text, name):
    assert name in names(person_redactor, text)


def test_every_name_a_cue_gives_in_a_row_of_quotes(person_redactor):
    found = names(person_redactor, "Друзья звали его «Рыжим» или «Профессором».")
    assert "Рыжим" in found and "Профессором" in found


@pytest.mark.parametrize("text", [
    "Мы смотрели «Евгения Онегина» в театре.",
    "Теплоход «Фёдор Шаляпин» ушёл в рейс.",
])
def test_a_works_title_in_quotes_stays_a_title(person_redactor, text):
    assert names(person_redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("соседи звали его кочергой за худобу", "кочергой"),
    ("рабочие прозвали сторожа филином", "филином"),
    ("во дворе её дразнили бабой ягой", "бабой ягой"),
])
def test_a_calling_verbs_instrumental_is_the_name_it_gives(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "соседи звали на помощь всю ночь",
    "его звали работать на завод",
    "мама звала домой обедать",
])
def test_a_calling_verb_with_no_instrumental_gives_no_name(person_redactor, text):
    assert names(person_redactor, text) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["кочергой", "филином", "полковником", "пчёлкой", "колобком"]),
       st.sampled_from(["звали его", "прозвали", "дразнили", "звала её"]))
def test_property_every_nickname_after_a_calling_verb_is_hidden(person_redactor, nickname, verb):
    assert nickname in names(person_redactor, f"в деревне {verb} {nickname} с детства")


@pytest.mark.parametrize("text", [
    "Голосовые помощники «Алиса» и «Маруся» пока лидеры.",
    "Самая популярная пицца — «Маргарита».",
])
def test_a_lone_first_name_in_a_quote_with_no_mark_of_speech_is_a_title_not_a_name(person_redactor, text):
    assert names(person_redactor, text) == []


def test_a_lone_first_name_in_a_quoted_letter_is_a_name(person_redactor):
    assert "Шура" in names(person_redactor, "«Целую крепко. Твоя Шура». Письмо пришло в мае.")
