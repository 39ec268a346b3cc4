"""Red team bb24 f02 (black box on the bb95d44 wheel): an address said with ordinals, written short, or with its house a
clause away from its street.

The home's house and flat by their ordinals ("в пятом доме в двенадцатой квартире", "квартира двенадцатая") are parts of
the chain (recognizers/address.py `_ordinal_part`, "в" between a home's parts in `_chain_from`); a street said after
"на" / "по" a clause away from a home's parts joins them in one span (`_street_said_near`; a house before its street,
`spans`); a street's adjective alone with its house and flat joined, lowercase too ("тверская 5-12").
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st


@pytest.mark.parametrize("text", [
    "живу в москве на тверской в пятом доме в двенадцатой квартире",
    "тверская 5-12",
    "Тверская 5-12",
    "мы в пятом доме по тверской, квартира двенадцать",
    "дом пять квартира двенадцать на тверской",
    "я на тверской живу, дом пять, двенадцатая квартира",
    "живу на садовой в доме пять в квартире двенадцать",
    "на садовой живём, квартира двенадцатая, дом пятый",
])
def test_a_home_said_with_ordinals_or_apart_from_its_street_is_one_address_with_its_street(redactor, text):
    redacted = redactor.redact(text)
    assert [e.type for e in redacted.entities] == ["ADDRESS"], redacted.text
    assert not any(word in redacted.text for word in ("тверск", "Тверск", "садов", "пят", "двенадцат", "5", "12")), \
        redacted.text


@pytest.mark.parametrize("text", [
    "на втором этаже в третьем подъезде",  # a floor and an entrance: no home named
    "у нас 5 квартир и 2 дома",  # counted
    "1 квартира 2 комнаты",
    "отличная 4-5",  # a quality's adjective is no street
    "на следующей неделе мы переедем",
])
def test_ordinals_and_counts_that_name_no_home_stay_readable(redactor, text):
    assert not [e for e in redactor.redact(text).entities if e.type == "ADDRESS"], text


STREETS = ["тверской", "садовой", "лесной", "ленина", "пушкина"]
HOMES = ["в пятом доме в двенадцатой квартире", "дом пять, квартира двенадцать", "в доме пять в квартире двенадцать",
         "дом пятый, двенадцатая квартира"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(STREETS), st.sampled_from(HOMES), st.sampled_from(["живу на {s} {h}", "я на {s} живу, {h}",
                                                                          "{h} на {s}", "{h} по {s}"]))
def test_any_home_with_its_street_said_near_leaves_neither_readable(redactor, street, home, frame):
    text = frame.format(s=street, h=home)
    redacted = redactor.redact(text).text
    assert street not in redacted and "двенадцат" not in redacted, redacted
