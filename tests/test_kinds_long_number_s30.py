"""A long number said aloud, or written in groups, with no cue word and a broken checksum is masked whole (issue 15):
"in speech a checksum cannot be the gate: a cue, a length and the context must be enough". Amounts, dates, times,
tariff prices and quantities with units stay readable. Examples written for this round (not pii_t30's lines)."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.spoken_numbers import groupings, say_group
from guard.engine import Redactor
from guard.normalize import readings
from guard.recognizers.phone import PhoneRecognizer, digit_runs


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _covered(redactor: Redactor, text: str, piece: str) -> bool:
    start = text.index(piece)
    spans = redactor.analyze(text)
    return all(any(e.start <= i < e.end for e in spans) for i in range(start, start + len(piece)) if not text[i].isspace())


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789", min_size=10, max_size=20), st.integers(0, 10_000), st.booleans())
def test_any_spoken_run_of_ten_digits_or_more_is_masked_whole(digits, seed, filler):
    rng = random.Random(seed)
    said = (" э " if filler else " ").join(say_group(rng, group) for group in groupings(rng, digits, (4, 4, 4, 4, 4)))
    text = f"клиент: вот {said} записали"
    read = readings(text)[0].text
    if sum(ch.isdigit() for ch in read) < 10:
        return  # groups said so that they merge ("сто" "двадцать" -> 120) read as fewer digits: not this rule's
    if any(PhoneRecognizer._phones_in_run(run) for run in digit_runs(read)):
        return  # a phone inside the run is the phone kind's to cut (a date, then a phone): known limit, see docs/one-home.md
    assert _covered(_REDACTOR, text, said), (text, read)


_REDACTOR = Redactor()

WHOLE = [
    # a driver's licence, ten digits in a pair, zeros, hundreds
    ("клиент: пятьдесят четыре ноль ноль двести тридцать восемь сто пять", "пятьдесят четыре ноль ноль двести тридцать "
     "восемь сто пять"),
    # a card in pairs with a misheard last digit (Luhn broken)
    ("клиент: ну вот пятьдесят три тринадцать шестьдесят пять тридцать девяносто девяносто пять тридцать девять "
     "восемнадцать", "пятьдесят три тринадцать шестьдесят пять тридцать девяносто девяносто пять тридцать девять "
     "восемнадцать"),
    # its written twin
    ("Клиент: 5313 6530 9095 3918 вот", "5313 6530 9095 3918"),
]


@pytest.mark.parametrize("text, piece", WHOLE, ids=[t[:40] for t, _ in WHOLE])
def test_a_long_number_with_no_cue_and_a_broken_checksum_is_masked_whole(redactor, text, piece):
    assert _covered(redactor, text, piece), redactor.analyze(text)


def test_a_card_long_number_with_a_broken_checksum_is_typed_a_card(redactor):
    assert {e.type for e in redactor.analyze("Клиент: 5313 6530 9095 3918 вот")} == {"CREDIT_CARD"}


KEPT = [
    ("оператор: тариф триста пятьдесят рублей в месяц двадцать гигабайт и пятьсот минут", ["триста пятьдесят рублей"]),
    ("клиент: в две тысячи девятнадцатом году платил сто двадцать рублей", ["сто двадцать рублей"]),
    ("Клиент: договор от 12.03.2024, сумма 1 250 000 руб.", ["12.03.2024", "1 250 000 руб"]),
    ("оператор: с двенадцати тридцати до восемнадцати ноль ноль пятнадцатого ноября", ["пятнадцатого ноября"]),
]


@pytest.mark.parametrize("text, kept", KEPT, ids=[t[:40] for t, _ in KEPT])
def test_amounts_dates_times_and_quantities_stay_readable(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out


NAMED = [
    "серийный номер роутера два три четыре пять шесть семь восемь девять ноль один",
    "имей три пять шесть семь восемь девять ноль один два три четыре пять шесть семь восемь",
    "трек номер посылки восемьдесят ноль ноль один два три четыре пять шесть семь восемь девять",
    "нов.сим ICCID 8970101 2345 6789 0123",
    "звоните на горячую линию восемь восемьсот семьсот ноль шестьсот одиннадцать",
]


@pytest.mark.parametrize("text", NAMED, ids=[t[:30] for t in NAMED])
def test_a_long_number_a_word_names_is_left_to_that_kind(text):
    assert all(e.type != "PERSONAL_NUMBER" for e in _REDACTOR.analyze(text))
    assert not any(getattr(e, "type", "") in ("CREDIT_CARD", "BANK_ACCOUNT") and e.score == 0.6
                   for e in _REDACTOR.analyze(text))
