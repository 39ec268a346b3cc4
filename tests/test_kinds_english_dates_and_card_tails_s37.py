"""Stop 37 (issue 15): an English birth date with an ordinal day (red team bb10 14, 19) and a card's last four digits
said alone beside the card's word (benchmarks/data/dial_a36 labels them CREDIT_CARD).

A date: the birth-date kind reads "the 3rd of May 1985", "May 3rd, 1985", "May the 3rd 1985" after an English birth
word ("born on the …", "birthday: the …") and, like "3 мая 1985", beside a name or decades back
(recognizers/birth_date.py ENGLISH_WORDS). A card's tail: the instruction forbids naming the customer's data; a
card's last digits are a piece of its number, and the speech checker already blocks "карта заканчивается на #" as
other personal data — so the redactor masks the four digits after "последние цифры карты", "карта заканчивается на",
"карта с последними цифрами" as CREDIT_CARD (recognizers/credit_card.py CARD_TAIL_CUE). A phone's last four said alone
stay visible: п. 6 lets an identified owner hear them.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal


def _typed(redactor, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text) if e.type == kind]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if text[i].isalnum())


@pytest.mark.parametrize("text, date", [
    ("born on the 3rd of May 1985", "3rd of May 1985"),
    ("birthday: the 22nd of March, 1990", "22nd of March, 1990"),
    ("D.O.B. the 1st of June 1970", "1st of June 1970"),
    ("date of birth is the 2nd of January, 1964", "2nd of January, 1964"),
    ("Birthday is on the 31st of December 1999", "31st of December 1999"),
    ("born on May the 3rd, 1985", "May the 3rd, 1985"),
    ("DOB: May 3rd, 1985", "May 3rd, 1985"),
    ("Vorobyov P., 3rd of May 1985", "3rd of May 1985"),
    ("Ivanova Anna, 14th Feb 1988", "14th Feb 1988"),
    ("client Petr Vorobyov (3 May 1985)", "3 May 1985"),
])
def test_an_english_birth_date_with_an_ordinal_day_is_masked(redactor, text, date):
    assert _typed(redactor, text, date, "DATE_OF_BIRTH"), redactor.redact(text).text


@pytest.mark.parametrize("text", [
    "meeting on 3 May 2026 at the office",
    "Invoice of 12 March 2025 paid",
    "tariff changed on May 3rd, 2024",
])
def test_a_recent_english_date_of_something_else_stays(redactor, text):
    assert not any(e.type == "DATE_OF_BIRTH" for e in redactor.analyze(text)), redactor.redact(text).text


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.integers(1, 28), month=st.sampled_from(_MONTHS), year=st.integers(1940, 2005),
       shape=st.sampled_from(["the {d} of {m} {y}", "{m} {d}, {y}", "{d} {m} {y}", "{m} the {d} {y}"]),
       cue=st.sampled_from(["born on", "DOB:", "birthday:", "date of birth is"]))
def test_any_english_birth_date_after_a_birth_word_is_masked(redactor, day, month, year, shape, cue):
    date = shape.format(d=_ordinal(day), m=month, y=year)
    text = f"{cue} {date}, please check"
    assert _typed(redactor, text, date.removeprefix("the "), "DATE_OF_BIRTH"), redactor.redact(text).text


@pytest.mark.parametrize("text, tail", [
    ("последние четыре цифры карты пять пять шесть шесть", "пять пять шесть шесть"),
    ("последние цифры карты 5566", "5566"),
    ("карта оканчивается на 5566", "5566"),
    ("карта у меня заканчивается на четыре три два один", "четыре три два один"),
    ("по карте с последними цифрами 4279 прошёл платёж", "4279"),
    ("оплата 500 руб. картой, последние цифры карты: 1234", "1234"),
    ("оператор: мне нужны последние четыре цифры карты\nклиент: шесть пять шесть семь\nоператор: спасибо",
     "шесть пять шесть семь"),
])
def test_a_cards_last_four_digits_said_alone_are_masked_as_the_card(redactor, text, tail):
    assert _typed(redactor, text, tail, "CREDIT_CARD"), redactor.redact(text).text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(digits=st.lists(st.integers(0, 9), min_size=4, max_size=4), said=st.booleans(),
       opening=st.sampled_from(["последние четыре цифры карты", "карта заканчивается на", "последние цифры вашей карты"]))
def test_any_cards_tail_after_its_words_is_the_cards(redactor, digits, said, opening):
    tail = " ".join(cardinal(d) for d in digits) if said else "".join(map(str, digits))
    text = f"{opening} {tail} всё верно"
    assert _typed(redactor, text, tail, "CREDIT_CARD"), redactor.redact(text).text


@pytest.mark.parametrize("text", [
    "последние четыре цифры номера 5566",   # a phone's: п. 6
    "последние цифры сим карты 5566",       # a SIM card's ICCID tail, no payment card
])
def test_a_phones_or_sim_cards_tail_is_no_payment_card(redactor, text):
    assert not any(e.type == "CREDIT_CARD" for e in redactor.analyze(text)), redactor.redact(text).text
