"""Red team bb3, 10: the street named without its word after the house's numbers («кв 45 дом 12 корп 3 Профсоюзная»)
is part of the address (recognizers/address.py), in the redactor, the checker and the proxy alike."""
import pytest

from guard.engine import default_redactor
from guard.recognizers.address import address_spans


@pytest.mark.parametrize("text, street", [
    ("кв 45 дом 12 корп 3 Профсоюзная", "Профсоюзная"),
    ("кв 45 дом 12 корп 3 Профсоюзная, просил перезвонить", "Профсоюзная"),
    ("д. 5, кв. 12, Гагарина", "Гагарина"),
    ("дом 12 кв 3 Малая Бронная", "Малая Бронная"),
    ("дом 5 кв 12 Арбат", "Арбат"),
    ("дом 12 квартира 5 профсоюзная", "профсоюзная"),
])
def test_the_street_after_the_house_numbers_is_part_of_the_address(text: str, street: str) -> None:
    end = text.index(street) + len(street)
    assert any(start <= text.index("д") and stop >= end for start, stop, _, _ in address_spans(text))
    assert street not in default_redactor().redact(text).text


@pytest.mark.parametrize("text, kept", [
    ("кв 45 дом 12 Звонил сосед", "Звонил сосед"),
    ("дом 12 квартира 5 новая плита", "новая плита"),
    ("дом 5 кв 12 Оплата прошла", "Оплата прошла"),
    ("д. 3 кв. 4 Спасибо", "Спасибо"),
])
def test_a_word_after_the_numbers_that_names_no_street_is_left(text: str, kept: str) -> None:
    assert kept in default_redactor().redact(text).text


def test_a_person_after_the_numbers_stays_a_person() -> None:
    entities = default_redactor().redact("кв. 3 Иванов звонил").entities
    assert [(e.type, e.start, e.end) for e in entities if e.start >= 6] == [("PERSON", 6, 12)]
