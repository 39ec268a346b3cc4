"""A street named from an anniversary ("ул. 20-летия Октября", "ул. 40-лет Победы") is read as one name only when a word
follows «лет…» (recognizers/address.py `_ANNIVERSARY`): a house's number glued to «лет» with a number after it
("д. 1-лет 5", a typo) stays a house's number and its address is masked as before (stop 57 review L1)."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, piece", [
    ("проживает ул. Мира д. 1-лет 5", "ул. Мира д. 1"),
    ("ул. Мира д. 1-летия 5", "ул. Мира д. 1"),
    ("проживает ул. Ленина д. 12-лет 5", "ул. Ленина д. 12"),
    ("проживает ул. Мира д. 1-лет", "ул. Мира д. 1"),
])
def test_a_house_number_glued_to_let_is_still_masked(redactor, text, piece):
    assert masked(redactor, text, piece), found(redactor, text)


@pytest.mark.parametrize("address", [
    "ул. 20-летия Октября, д. 5, кв. 12",
    "мкр 30-летия Победы д.14 кв.88",
    "ул. 40-лет Победы д 3",
    "улица 20-летия октября дом 5 квартира 12",  # lowercase, as speech-to-text writes it
])
def test_a_street_named_from_an_anniversary_is_masked_whole(redactor, address):
    text = f"проживаю {address}"
    assert masked(redactor, text, address), found(redactor, text)
