"""Stop 49, names precision on third-party text (issue 15): an animal's call name and a word of a vessel's title
(recognizers/person.py: _an_animals_call_name, _in_a_titled_quote; lexicon ANIMAL_NOUNS, VESSEL_NOUNS).

- The name "по кличке" ("с кличкой") gives an animal's noun a few words before it is the animal's:
  "жеребец по кличке Батыр", "кот, рыжий, по кличке Эрвин"; after a person's name or noun it is the person's
  nickname and stays ("Олега Вершинина по кличке Чапа", "вор по кличке Седой"?  — a person noun: fail closed).
- A word of a quoted title after a vessel's noun is the vessel's, as the whole quote is: "на теплоходе «Михаил
  Кутузов»" when another mention finds "Кутузов" alone; a quote after a record's noun is not judged so.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, name, person", [
    ("В скачках первым пришёл жеребец по кличке Батыр, а на нём — Ильнар Закиев.", "Батыр", "Ильнар Закиев"),
    ("В зале сидел и настоящий кот, рыжий, по кличке Эрвин, — его принесла студентка Вика Мельник.", "Эрвин",
     "Вика Мельник"),
    ("его лучший петух по кличке султан выиграл выставку рассказал анатолий иванович", "султан", "анатолий иванович"),
    ("А ещё у Василия Сергеевича в мастерской жил ёж по кличке Степан.", "Степан", "Василия Сергеевича"),
    ("в стаде шестьдесят коров и племенной бык по кличке борька говорит фермер олег сизов", "борька", "олег сизов"),
])
def test_the_name_por_klichke_gives_an_animals_noun_is_the_animals(person_redactor, text, name, person):
    assert not person_touched(person_redactor, text, name), text
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, nickname", [
    ("В Сормове задержали Олега Вершинина по кличке Чапа, которого полиция искала полгода.", "Чапа"),
    ("главный герой — стивидор Коля Зуев по кличке Зуй.", "Зуй"),
    ("в ноябре задержали мужчину по кличке барон его ищут с весны", "барон"),
])
def test_fail_closed_the_name_por_klichke_gives_a_person_stays_a_name(person_redactor, text, nickname):
    from guard.recognizers.person import _an_animals_call_name

    assert not _an_animals_call_name(text, text.index(nickname)), text


def test_fail_closed_po_imeni_after_an_animals_noun_may_name_its_owner(person_redactor):
    text = "Пришла хозяйка собаки по имени Анна Сергеевна Лыкова."
    assert person_masked(person_redactor, text, "Анна Сергеевна Лыкова")


def test_fail_closed_a_capitalised_animal_noun_before_the_cue_is_a_surnames_place():
    from guard.recognizers.person import _an_animals_call_name

    text = "Елена Бык по кличке Скала выиграла турнир."
    assert not _an_animals_call_name(text, text.index("Скала"))


@pytest.mark.parametrize("text, word", [
    ("Летом ребята прошли по Волге на теплоходе «Михаил Кутузов». Кутузов был великим полководцем.", "Михаил Кутузов"),
    ("Экспедиция ушла в Карское море на судне «Академик Мстислав Келдыш». Рейс длился 52 дня. Мстислав Келдыш "
     "был президентом академии наук.", "Академик Мстислав Келдыш"),
])
def test_every_word_of_a_quoted_title_after_a_vessels_noun_is_the_vessels(person_redactor, text, word):
    at = text.index(word)
    found = [e for e in person_redactor.analyze(text) if e.type == "PERSON"]
    assert not [e for e in found if e.start < at + len(word) and at < e.end], text
    assert found, text  # the person spoken of after it stays a name


def test_fail_closed_a_word_of_a_quote_after_a_records_noun_is_no_titles():
    from guard.recognizers.person import _in_a_titled_quote

    text = "Клиентка Анна Петрова просила перезвонить. Заявка «Анна Петрова» закрыта."
    at = text.index("Петрова»")
    assert not _in_a_titled_quote(text, at, at + len("Петрова"))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["кот", "пёс", "жеребец", "корова", "ёж", "бык"]),
       st.sampled_from(["Олега Вершинина", "Коли Зуева", "Ивана Петрова"]))
def test_a_persons_name_before_the_cue_is_never_an_animals_head(animal, person):
    from guard.recognizers.person import _an_animals_call_name

    text = f"Задержали {person} по кличке Граф, а его {animal} остался дома."
    assert not _an_animals_call_name(text, text.index("Граф"))
    text = f"Там жил {animal} по кличке Граф, хозяин — Семён Ильич Карпов."
    assert _an_animals_call_name(text, text.index("Граф"))
