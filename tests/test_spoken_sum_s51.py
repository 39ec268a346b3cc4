"""A sum said with thousands ("сорок девять тысяч и ещё восемнадцать") is an amount, no card's digits
(recognizers/cue_reach.py `reads_as_a_sum_year_or_phrase`; issue 15, stop 51); a card's group said with thousands
("четыре тысячи двести семьдесят шесть") stays the card's.
"""
from __future__ import annotations

import pytest

from guard import Redactor
from kinds_found import found, masked

_REDACTOR = Redactor()


def _found(text: str) -> list[tuple[str, str]]:
    return found(_REDACTOR, text)


def _masked(text: str, value: str) -> bool:
    return masked(_REDACTOR, text, value)


# --- a spoken sum ---------------------------------------------------------------------------------------------------

def test_a_sum_said_with_thousands_is_no_cards_number():
    text = "клиент: утром смотрю с карты ушло сорок девять тысяч и ещё восемнадцать"
    assert _found(text) == []


def test_a_card_group_said_with_thousands_is_still_the_card():
    text = ("клиент: номер карты четыре тысячи двести семьдесят шесть три восемь ноль ноль один два три четыре пять шесть"
            " семь восемь девять")
    assert [kind for kind, _ in _found(text)] == ["CREDIT_CARD"]
