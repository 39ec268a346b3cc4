"""Red team bb14, 01: an address written with no street word — the street read by its place in the address (a town or
a postcode before it, a house and a flat after it), a building glued to its house ("41к2"), an ordinal opening the
street's name ("3-я Парковая"). Hard negatives in the same shapes: a town, a word and numbers that are no house and
flat."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.address import address_spans


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def masked_whole(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    # the red team's shapes
    ("адрес: 3-я Парковая 41к2 кв 17", "3-я Парковая 41к2 кв 17"),
    ("Санкт-Петербург, Невский 28, 14", "Невский 28, 14"),
    ("Москва 119034 Остоженка 19 84", "119034 Остоженка 19 84"),
    # other phrasings of our own
    ("доставка: 2-я Владимирская 12к1 кв 40", "2-я Владимирская 12к1 кв 40"),
    ("Казань, Баумана 19, 45", "Баумана 19, 45"),
    ("Екатеринбург, Малышева 51, 304", "Малышева 51, 304"),
    ("Новосибирск 630099 Красный 17 5", "630099 Красный 17 5"),
    ("клиент живёт Самара, Ленинградская 12, 7", "Ленинградская 12, 7"),
    ("Тула, Ленина 3, 45", "Ленина 3, 45"),
    ("Москва, Тверская 5-12", "Тверская 5-12"),
])
def test_a_street_with_no_street_word_is_read_by_the_town_before_it_and_the_house_and_flat_after_it(
        redactor, text, value):
    assert masked_whole(redactor, text, value), text


@pytest.mark.parametrize("text", [
    "Москва, звонил 28, 14 раз",  # a verb, then counts
    "Москва, Мира 5, 12 мая",  # a date after the numbers
    "В Москве 2 офиса, 15 сотрудников",
    "Москва, 12 марта 2024, счёт 15",
    "Москва 123456 рублей",  # six digits after a town, no street or house after them
    "Санкт-Петербург, тариф 300 15",  # an everyday lowercase noun is no street
])
def test_a_town_and_numbers_that_are_no_house_and_flat_are_no_address(text):
    assert address_spans(text) == [], text


def test_a_building_glued_to_its_house_is_part_of_the_house_number():
    [(start, end, _, _)] = address_spans("адрес: 3-я Парковая 41к2 кв 17")
    assert "адрес: 3-я Парковая 41к2 кв 17"[start:end] == "3-я Парковая 41к2 кв 17"


@settings(max_examples=40, deadline=None)
@given(town=st.sampled_from(["Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Тула", "Самара"]),
       street=st.sampled_from(["Остоженка", "Невский", "Баумана", "Малышева", "Ленинградская", "Профсоюзная"]),
       house=st.integers(1, 199), flat=st.integers(1, 999),
       # (no comma after the town: "Москва Невский 1 1" reads a surname after a town as a person, as before — left)
       layout=st.sampled_from(["{t}, {s} {h}, {f}", "{t}, {s} {h} {f}", "{t}, {s} {h}-{f}", "{t} 119034 {s} {h} {f}"]))
def test_any_town_street_house_and_flat_in_a_form_layout_is_masked_whole(town, street, house, flat, layout):
    text = layout.format(t=town, s=street, h=house, f=flat)
    part = text[text.index(street):]
    assert any(start <= text.index(street) and end >= len(text) for start, end, _, _ in address_spans(text)), (text, part)
