"""Stop 53, MEMBERSHIP_ID (issue 15, pii_aw52): the number an organisation gave a person as its member or customer — a
fan's card, a club's, loyalty or bonus card, a student's or reader's ticket, a record book — is the person's data,
masked after its words, written or said, in either order of the card's noun and its word of membership; the seat, the
order, a price paid with a bonus card and a bare number with no such word stay readable."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds_found import found, masked
from guard.disclosure.checker import default_checker
from guard.recognizers import ENTITY_TYPES, NUMERIC_TYPES, canonical_value


@pytest.mark.parametrize("text, value", [
    ("Клиент Иванов, Fan ID 604118273, просит перепривязать абонемент", "604118273"),
    ("Карта болельщика № 517 204 386, в приложении не видна", "517 204 386"),
    ("начислить баллы на карту болельщика 281-650-437.", "281-650-437"),
    ("Номер его клубной карты 00412877, продление до мая", "00412877"),
    ("бонусная карта 7712 3456 9981, баллы не пришли", "7712 3456 9981"),
    ("карта лояльности: 5544 1200 87", "5544 1200 87"),
    ("карту постоянного клиента 3300 1145 она не помнит", "3300 1145"),
    ("читательский билет 2231190 в библиотеке", "2231190"),
    ("номер участника программы 88 102 553", "88 102 553"),
    ("зачётка 20-14563, студентка второго курса", "20-14563"),
    ("дисконтная карта аптеки 900 112 334", "900 112 334"),
    ("номер участника 12345678901234567", "12345678901234567"),  # review 53: longer than sixteen
    ("номер читательского билета 1234567890123456789012", "1234567890123456789012"),
])
def test_a_membership_number_after_its_words_is_masked_whole(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


@pytest.mark.parametrize("text, said", [
    ("клиент: у меня фан айди триста тридцать четыре шестьсот десять девятьсот семьдесят восемь",
     "шестьсот десять девятьсот семьдесят восемь"),
    ("номер клубной карты ноль ноль четыре один два восемь семь семь", "один два восемь семь семь"),
    ("оператор: номер карты болельщика назовите\nклиент: восемь один два ноль ноль четыре шесть шесть один",
     "восемь один два ноль ноль четыре шесть шесть один"),  # the answer to a question that names the card
])
def test_a_membership_number_said_aloud_is_masked(redactor, text, said):
    redaction = redactor.redact(text)
    assert said not in redaction.text, redaction.text


@pytest.mark.parametrize("text", [
    "сектор 112, ряд 5, место 12 — билет на матч 3 марта",
    "бонусной картой оплатил 500 рублей",
    "клубная карта на 12 месяцев стоит 25000 рублей",
    "заказ 123456789 оформлен, доставка завтра",
    "участников было 12000, из них 300 с детьми",
])
def test_what_only_resembles_a_membership_number_is_not_read_as_one(redactor, text):
    assert not any(kind == "MEMBERSHIP_ID" for kind, _ in found(redactor, text)), found(redactor, text)


def test_the_kind_is_registered_numeric_with_one_canonical_value_written_or_said():
    assert "MEMBERSHIP_ID" in ENTITY_TYPES and "MEMBERSHIP_ID" in NUMERIC_TYPES
    assert canonical_value("MEMBERSHIP_ID", "517 204 386") == "517204386"
    assert canonical_value("MEMBERSHIP_ID", "пятьсот семнадцать двести четыре триста восемьдесят шесть") == "517204386"


@given(st.sampled_from(["карта болельщика", "клубная карта", "бонусной карты", "Fan ID", "студенческий билет"]),
       st.integers(min_value=10_000, max_value=9_999_999_999))
@settings(max_examples=30, deadline=None)
def test_any_number_of_five_to_ten_digits_after_a_membership_word_is_masked(cue, number):
    from guard.engine import default_redactor

    value = str(number)
    text = f"Клиент назвал {cue} {value}, просит проверить"
    assert masked(default_redactor(), text, value), found(default_redactor(), text)


@pytest.mark.parametrize("line", [
    "Ваш Fan ID 604 118 273, проверьте в приложении",
    "Номер вашей карты болельщика — 517 204 386",
])
def test_a_membership_number_told_by_the_operator_is_not_allowed(line):
    verdict = default_checker().check(line, "operator")
    assert verdict.verdict != "allow", (line, verdict.verdict)
