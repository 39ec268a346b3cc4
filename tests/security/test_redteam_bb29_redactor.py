"""Red-team round bb29, the redactor's findings (f04, f06): an address said house first, a birth year as a bare ordinal.

- f04 (medium): «я живу в доме пять по тверской в двенадцатой квартире», «в пятом доме на тверской», «живём на Садовой
  в семнадцатом доме» passed `guard redact` whole: a house or flat that is no address alone («в пятом доме», «в доме
  пять») joined its street only when the chain around it was already an address. The address kind's one home
  (recognizers/address.py, `_home_told_in_parts`) reads the parts in any order: a house's or a flat's part, with a
  street said after «на»/«по» near it or a part of the other kind (a house beside a flat) in its clause, is an address,
  one span over the pieces.
- f06 (low): «родился я в восьмидесятом двенадцатого марта» kept the year: the spoken numbers' reading leaves a lone
  ordinal a word, and the birth date was the day and month. A birth date with no year takes its year said as a bare
  ordinal a few words before or after it (recognizers/birth_date.py, `with_its_year_word`).
"""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import default_redactor


def _redacted(text: str) -> str:
    return default_redactor().redact(text).text


# f04: the red team's texts and the next orders
HOUSE_FIRST = [
    "я живу в доме пять по тверской в двенадцатой квартире",
    "я живу в пятом доме на тверской в двенадцатой квартире",
    "я в двенадцатой квартире живу дом пять на тверской",
    "живу в доме номер пять по тверской улице двенадцатая квартира",
    "живём на Садовой в семнадцатом доме",
    "живу в двенадцатой квартире на тверской в пятом доме",
    "квартира двенадцать в доме пять по тверской",
    "в двенадцатой квартире дома пять по улице тверской",
    "мы на тверской в пятом доме",
    "я живу в пятом доме, в двенадцатой квартире",
]
_KEPT = ("тверск", "садов", "пят", "двенадцат", "семнадцат")


@pytest.mark.parametrize("text", HOUSE_FIRST)
def test_an_address_said_house_first_is_masked_whole(text):
    out = _redacted(text).lower()
    assert "<address>" in out and not any(word in out for word in _KEPT), out


@pytest.mark.parametrize("text", [
    "во втором доме отключили свет",      # one house, no street: no address
    "в пятом доме, не в седьмом доме",    # two houses: no home told
    "в третьем доме по счёту",
    "в пятой квартире по соседству",
])
def test_a_house_or_flat_alone_is_no_address(text):
    assert "<ADDRESS>" not in _redacted(text), text


_HOUSES = [("пять", "пятом"), ("семь", "седьмом"), ("семнадцать", "семнадцатом"), ("сорок два", "сорок втором")]
_FLATS = [("двенадцать", "двенадцатой"), ("три", "третьей"), ("сорок пять", "сорок пятой"), ("восемь", "восьмой")]
_STREETS = [("тверской", "тверск"), ("садовой", "садов"), ("ленина", "ленин"), ("гагарина", "гагарин")]


@st.composite
def _home_in_parts(draw):
    house, house_ordinal = draw(st.sampled_from(_HOUSES))
    flat, flat_ordinal = draw(st.sampled_from(_FLATS))
    street, stem = draw(st.sampled_from(_STREETS))
    house_part = draw(st.sampled_from([f"в доме {house}", f"в {house_ordinal} доме", f"дом {house}",
                                       f"дом номер {house}"]))
    flat_part = draw(st.sampled_from([f"в {flat_ordinal} квартире", f"квартира {flat}", f"в квартире {flat}"]))
    street_part = draw(st.sampled_from([f"на {street}", f"по {street}", f"на улице {street}", f"по улице {street}"]))
    chosen = draw(st.sampled_from([(house_part, flat_part, street_part), (house_part, street_part),
                                   (street_part, house_part), (flat_part, house_part)]))
    order = draw(st.sampled_from(list(itertools.permutations(chosen))))
    glue = draw(st.sampled_from([" ", ", "]))
    opening = draw(st.sampled_from(["я живу ", "мы живём ", "живу ", ""]))
    words = [stem] if any(part.endswith(street) for part in order) else []
    words += [w for w in (house, house_ordinal, flat, flat_ordinal) if any(w in part for part in order)]
    return opening + glue.join(order), words


@settings(max_examples=60, deadline=None)
@given(_home_in_parts())
def test_a_home_told_in_parts_in_any_order_leaves_no_part(case):
    text, words = case
    out = _redacted(text).lower()
    assert not any(word.split()[-1][:4] in out for word in words), (text, out)



# review s54 (fail-open regressions of f04 on the merge): an organisation's house said before a home with its own house
# joined it, and holder.belongs_to_organisation dropped the whole span as the organisation's; a street said again after
# a few words was left out of the span when the chain opened with the street's own word
ORGANISATIONS_HOUSE_BEFORE_A_HOME = [
    ("Магазин в доме пять, а я живу ул. Ленина, д. 7", "Ленина"),
    ("Компания в пятом доме, а ваш адрес ул. Ленина 7, верно?", "Ленина"),
    ("Компания Вега в доме пять, а мой адрес ул. Ленина, д. 7", "Ленина"),
    ("Организация в доме 5, а я сам живу ул. Ленина, д. 7, корп. 2", "Ленина"),
    ("Клиент: фирма в доме 12, а живу я ул. Ленина 7", "Ленина"),
    ("Магазин в доме 3, мы живём проспект Мира, д. 10", "Мира"),
    ("Офис в доме пять, а меня ищите по адресу ул. Ленина д. 7", "Ленина"),
]


@pytest.mark.parametrize("text, street", ORGANISATIONS_HOUSE_BEFORE_A_HOME)
def test_customers_address_stays_masked_after_an_organisations_house(text, street):
    out = default_redactor().redact(text)
    assert street not in out.text, out.text
    assert any(e.type == "ADDRESS" for e in out.entities), out


@pytest.mark.parametrize("text", [
    "живу на садовой ну на садовой дом пять корпус два",
    "прописан по Садовой, то есть на Садовой дом 5 корпус 1",
    "я живу на Садовой, на Садовой д. 5, кв. 3",
    "на Садовой живу, на садовой дом 5 строение 2",
    "на Ленинском, на ленинском дом 5",
])
def test_no_mention_of_a_repeated_street_stays_visible(text):
    out = _redacted(text).lower()
    assert "садов" not in out and "ленинск" not in out, out


# f06: the year of a birth date said as a bare ordinal word, before or after the day and month
BIRTH_YEAR_AS_AN_ORDINAL = [
    "родился я в восьмидесятом двенадцатого марта",
    "год рождения восьмидесятый а число двенадцатое марта",
    "родился двенадцатого марта в восьмидесятом",
    "родилась в девяностом первого мая",
    "родилась в двухтысячном, пятого июня",
    "дата рождения двенадцатое марта, семидесятый год",
]


@pytest.mark.parametrize("text", BIRTH_YEAR_AS_AN_ORDINAL)
def test_the_year_of_a_birth_date_said_as_an_ordinal_is_part_of_it(text):
    out = _redacted(text)
    assert "<DATE_OF_BIRTH>" in out and not any(stem in out for stem in ("десят", "тысяч", "марта", "мая", "июня")), out


def test_a_year_word_beside_no_birth_date_stays():
    assert _redacted("в восьмидесятом году здесь была АТС") == "в восьмидесятом году здесь была АТС"
