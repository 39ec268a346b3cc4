"""Issue 11: ADDRESS has one judge. recognizers/address.py address_spans is what the redactor's AddressRecognizer
and the speech checker (guard/disclosure/personal.py) both find; the checker's house words are the kind's."""
from __future__ import annotations

import pytest

from guard.disclosure import personal
from guard.disclosure.text import Utterance
from guard.entities import trim_span
from guard.recognizers import address
from guard.recognizers.address import AddressRecognizer, address_spans

TEXTS = [
    "г. Москва, ул. Тверская, д. 5, кв. 12",
    "Прописка по договору — Самара, ул. Ново-Садовая, 106, кв. 47.",
    "город тула улица советская дом восемь квартира сорок",
    "Счета у вас уходят на Тверскую, дом 5, квартира 12.",
    "Ближайшая БС расположена на ул. Ленина, 45, на крыше ТЦ «Радуга».",
    "ага вижу вы в новосибирске на красном проспекте двадцать восемь прописаны",
    "По адресу регистрации у нас Подольск, Школьная, 8. Вы там живёте ещё?",
    "хозяйка номера живёт на садовой тридцать один можете туда подъехать",
    "Счета у вас уходят на Профсоюзную, 56, корпус 2 — это старый адрес?",
    "Юридический адрес у организации: 620014, Екатеринбург, ул. Вайнера, 9А, офис 301.",
    "если сейчас неудобно я оставлю вам телефон горячей линии восемь восемьсот двести пятьдесят ноль восемь девяносто",
    "на улице Ленина авария, в Москве не работает интернет",
    "адрес вот новый сто семнадцать двести семьдесят девять москва профсоюзная улица дом девяносто один",
    "Это наш служебный адрес, mktest01.msk.mts.ru, через него платёж и отменяется.",
    "Ваш номер 8 916 123 45 67, перезвоните завтра",
]


def _recognizer_spans(text: str) -> list[tuple[int, int]]:
    """What the redactor's recognizer finds on the text as the engine reads it (spoken numbers as digits)."""
    normalized = Utterance(text).normalized
    results = AddressRecognizer().analyze(normalized.text, ["ADDRESS"])
    return [trim_span(text, *normalized.to_original(r.start, r.end)) for r in results]


@pytest.mark.parametrize("text", TEXTS)
def test_the_checker_finds_the_addresses_the_redactor_finds(text):
    assert [(e.start, e.end) for e in personal.addresses(Utterance(text))] == _recognizer_spans(text)


def test_the_checker_has_no_address_reading_of_its_own():
    assert not hasattr(personal, "addresses_after_cue") and not hasattr(personal, "_HOUSE")
    assert address.HOUSE_WORDS <= personal._PERSONAL_CUES


@pytest.mark.parametrize("text, value", [
    ("Ближайшая БС расположена на ул. Ленина, 45, на крыше ТЦ «Радуга».", "ул. Ленина, 45"),
    # the town said before "на" and the street is the address's too (the whole postal address is one span)
    ("ага вижу вы в новосибирске на красном проспекте 28 прописаны", "новосибирске на красном проспекте 28"),
    ("По адресу регистрации у нас Подольск, Школьная, 8. Вы там живёте ещё?", "Подольск, Школьная, 8"),
    ("хозяйка номера живёт на садовой 31 можете туда подъехать", "садовой 31"),
    ("Счета у вас уходят на Профсоюзную, 56, корпус 2 — это старый адрес?", "Профсоюзную, 56, корпус 2"),
])
def test_a_street_and_its_house_is_an_address(text, value):
    # a street with its house number, a keywordless street with its house before a building or after an
    # address cue: what the checker read on its own before, now the kind's (the redactor's too)
    assert value in [text[start:end] for start, end, _, _ in address_spans(text)]


@pytest.mark.parametrize("text", [
    "телефон горячей линии 8 800 250 08 90",
    "у дальневосточного филиала есть своя линия для крупных клиентов набирайте 8 4212 41",
    "адрес сервера mktest01.msk.mts.ru",
    "на улице Ленина авария",
])
def test_a_hotline_a_host_or_a_street_in_passing_is_no_address(text):
    assert address_spans(text) == []


@pytest.mark.parametrize("word", ["дом", "квартира", "кв", "корпус", "строение", "офис", "д"])
def test_house_words_come_from_the_address_kind(word):
    assert word in address.HOUSE_WORDS
    assert personal.might_hold_personal_data(Utterance(f"это {word} пять"))


def test_an_address_cue_reaches_no_further_than_its_sentence():
    text = "Оператор: Это адрес нашего шлюза? Нет, ваш.\nКлиент: Договор 260/21625-Ф."
    assert address_spans(text) == []
