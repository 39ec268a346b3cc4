"""A surname with two initials typed without dots is one name, the initials on either side (red team bb11 08):
"отв. Голованова ТР", "Ярошенко И В", "ЕГ Ткачук"; two letters that abbreviate a region or a company's form
beside a place or a plain word stay ("Москва РФ", "Договор ИП")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor
from guard.recognizers import lexicon
from guard.recognizers.person import person_spans

SURNAMES = ["Голованова", "Ярошенко", "Милованов", "Лещенко", "Каширина", "Стрельцов", "Ткачук", "Воронцова"]
LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЭЮЯ"


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("text, expected", [
    ("Кл. Милованов ТР просил перезвонить", "Кл. <PERSON> просил перезвонить"),
    ("отв. Ярошенко ИВ", "отв. <PERSON>"),
    ("Стрельцов Д А, 89157773311", "<PERSON>, <PHONE_NUMBER>"),
    ("ЕГ Ткачук оставил заявку", "<PERSON> оставил заявку"),
])
def test_a_surname_and_dotless_initials_are_hidden_together(redactor, text, expected):
    assert redactor.redact(text).text == expected


def test_a_name_found_by_natasha_takes_its_dotless_initials(redactor):
    assert redactor.redact("Кл Воронцова ЕА. Перезвонить вечером").text == "Кл <PERSON>. Перезвонить вечером"


@pytest.mark.parametrize("text", ["Москва РФ", "Звонил ПС", "Банк ВТБ ОК", "Договор ИП"])
def test_two_capitals_beside_a_place_or_a_plain_word_are_no_name(text):
    assert person_spans(text) == []


@pytest.mark.parametrize("letters", ["Ж Д", "М О", "Т В"])
def test_spaced_letters_that_would_abbreviate_a_word_are_initials_after_a_surname(letters):
    """Hypothesis found "Звонила Милованов Ж Д, …" left whole: "ЖД" abbreviates a railway, "Ж Д" after a surname
    the dictionary does not know is Ж. Д."""
    text = f"Звонила Милованов {letters}, просила перезвонить"
    start = text.index("Милованов")
    assert any(s <= start and start + len(f"Милованов {letters}") <= e for s, e, _, _ in person_spans(text)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(LETTERS), st.sampled_from(LETTERS), st.booleans(), st.booleans())
def test_any_surname_with_any_two_initials_is_one_name_in_either_order(surname, first, second, spaced, before):
    letters = f"{first} {second}" if spaced else first + second
    if not before and letters.replace(" ", "").lower() in getattr(lexicon, "LETTER_PAIR_ABBREVIATIONS", ()):
        letters = f"{first} {second}"  # spaced, it abbreviates nothing
    name = f"{letters} {surname}" if before else f"{surname} {letters}"
    if before and letters.replace(" ", "").lower() in getattr(lexicon, "LETTER_PAIR_ABBREVIATIONS", ()):
        return  # "ИП Ткачук": a sole proprietor's form before a surname; the surname alone is the name
    text = f"Звонила {name}, просила перезвонить"
    spans = person_spans(text)
    start = text.index(name)
    assert any(s <= start and start + len(name) <= e for s, e, _, _ in spans), (text, spans)


@pytest.mark.parametrize("text, kept", [
    ("приехал директор УК Эльдар Рагимов", "УК"),      # before a first name: an abbreviation, not initials
    ("аналитик АФ Гребенщиков Л.", "АФ"),               # the surname has initials of its own
    ("в салоне ТТ Мск-0388", "ТТ Мск"),                 # a town's short name is no surname
    ("Ф И О  Салахов  Ринат", "Ф И О"),                  # the letters of a spaced label
])
def test_two_capitals_beside_a_name_that_are_no_initials_stay(redactor, text, kept):
    assert kept in redactor.redact(text).text
