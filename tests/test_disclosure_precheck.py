"""The speech checker's cheap look before it reads a line for personal data (guard/disclosure/personal.py
might_hold_personal_data) asks the kinds themselves: PERSON's may_name_a_person (recognizers/person.py)."""
from __future__ import annotations

import pytest

from guard.disclosure import personal
from guard.disclosure.text import Utterance
from guard.recognizers import person


@pytest.mark.parametrize("word", ["иванов", "Мария", "петровна", "страховой", "софия", "комаров"])
def test_a_word_that_can_be_part_of_a_name_may_name_a_person(word):
    assert person.may_name_a_person(word)


@pytest.mark.parametrize("word", ["интернет", "тариф", "связь", "сегодня", "роутер", "подключить", "по", "ли"])
def test_an_everyday_word_names_no_person(word):
    assert not person.may_name_a_person(word)


def test_the_pre_check_asks_the_person_kind_for_every_word(monkeypatch):
    asked = []
    monkeypatch.setattr(personal, "may_name_a_person", lambda word: asked.append(word) or False)
    assert not personal.might_hold_personal_data(Utterance("Сегодня интернет работает хорошо"))
    assert asked == ["сегодня", "интернет", "работает", "хорошо"]


@pytest.mark.parametrize("text", ["это ли андрей", "Звонила Иванова вчера", "передайте иванову", "спросите софию"])
def test_a_name_sends_the_line_to_the_full_reading(text):
    assert personal.might_hold_personal_data(Utterance(text))


LINES = [
    "Плательщик Номеров Глеб, карта на Мирную Алёну", "оформлено на иванову марию петровну", "Ли Константин звонил",
    "Белых Тимур подключен", "Договоров Максим просил перезвонить", "меня зовут анна, я оператор",
    "Сегодня интернет работает хорошо", "Владелец номера Смирнова Ольга", "передайте Тюрину что всё готово",
    "клиент Инна Номерова просила", "у нас авария на линии", "это Белый интернет, тариф",
]


@pytest.mark.parametrize("text", LINES)
def test_the_pre_check_never_drops_a_name_the_checker_would_find(text):
    # a hint never drops what its reader finds: every line with a name in it passes the pre-check
    utterance = Utterance(text)
    if personal.persons(utterance):
        assert personal.might_hold_personal_data(utterance)


def test_the_kinds_recognizers_read_the_utterances_one_document(monkeypatch):
    # issue 11: one document per text. The checker's utterance builds it once (guard/document.py); the registry's
    # recognizers run inside it instead of each cutting the normalized text again.
    from guard.recognizers import base

    utterance = Utterance("Ваш номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь, "
                          "паспорт 4505 678901, адрес ул. Ленина, 45")
    assert utterance.document.text is utterance.normalized.text
    own_documents = []

    class Counted(base.Document):
        def __init__(self, *args, **kwargs):
            own_documents.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(base, "Document", Counted)
    found = {entity.type for entity in personal.quick_entities(utterance)}
    assert {"PHONE_NUMBER", "RU_PASSPORT", "ADDRESS"} <= found
    assert own_documents == []
