"""Plates that leaked from a truckers' desk's notes at the Kazakh border (issue 15, stop 50): a neighbouring state's
plate — Kazakh, Uzbek, Kyrgyz, Tajik, Armenian — by its layout (recognizers/vehicle_plate.FOREIGN_PLATES), and a
table's tab, which ends a number (phone._GAP, phone.INTERNATIONAL: "+998 … 62⇥40 M 725 RA" was one phone). The values
are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.vehicle_plate import plate_spans

from conftest import types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


def _plates(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in plate_spans(text)]


# --- a neighbouring state's plate ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, plate", [
    ("Тягач 318 KRB 07, едет на МАПП.", "318 KRB 07"),             # Kazakhstan
    ("Водитель сказал: грузовик 562 AB 15, стоит на площадке.", "562 AB 15"),  # Kazakhstan, a company's
    ("п/п 27 KTA 03 — рефрижератор.", "27 KTA 03"),               # Kazakhstan, a trailer
    ("Машина 40 B 381 ZA, водитель ждёт.", "40 B 381 ZA"),        # Uzbekistan
    ("Truck: 30 519 KAA, driver waiting.", "30 519 KAA"),        # Uzbekistan, a company's (after its word)
    ("прицеп 25 0716 MA.", "25 0716 MA"),                        # Uzbekistan, a trailer (after its word)
    ("Фура 02 KG 718 BCA на въезде.", "02 KG 718 BCA"),          # Kyrgyzstan
    ("ТС 3318 AC 02, водитель из Худжанда.", "3318 AC 02"),      # Tajikistan
    ("Фура 35 DK 417 из Еревана.", "35 DK 417"),                 # Armenia
])
def test_a_neighbouring_states_plate_after_a_vehicles_word_is_a_plate(redactor, text, plate):
    assert "VEHICLE_PLATE" in types_covering(redactor, text, plate)


@pytest.mark.parametrize("text, plate", [
    ("Шынгысов Ерлан\t+7 702 118 40 33\t874 DKA 12\tАктобе", "874 DKA 12"),
    ("Назаров Бобур, +998 90 318 44 12, 10 K 772 MA", "10 K 772 MA"),
    ("Стоит у шлагбаума 07 KG 502 ABK, просит SIM.", "07 KG 502 ABK"),
])
def test_a_plate_whose_letters_stand_between_its_digits_is_masked_by_its_shape_alone(text, plate):
    assert plate in _plates(text)


@pytest.mark.parametrize("text", [
    "Пакет Дальнобой: 100 GB 30 дней за 890 руб.",
    "В сутки уходит около 12 000 SMS рассылки.",
    "The invoice is 12 480 RUB, paid.",
    "Груз 20 KG 100 коробок, стою на км 12.",
    "Очередь 37 машин, с 06:50 до 18:00.",
    "Заказ 12 480 UZS оплачен.",
    "Госпошлина 400,00 оплачена п/п № 2211 от 10.06.2025.",  # "п/п" is a payment order's too: no truck's word
])
def test_units_currencies_counts_and_times_between_numbers_are_no_plates(text):
    assert _plates(text) == []


@given(digits=st.integers(0, 999), letters=st.text("ABCDEHKMPTXZ", min_size=3, max_size=3),
       region=st.integers(1, 20), word=st.sampled_from(["Тягач", "Фура", "Машина", "гос.", "Truck:"]))
@settings(max_examples=30, deadline=None)
def test_any_kazakh_plate_after_a_trucks_word_is_hidden(digits, letters, region, word):
    plate = f"{digits:03d} {letters} {region:02d}"
    assert value_hidden(_REDACTOR, f"Водитель на МАПП. {word} {plate}, связь по WhatsApp.", plate)


def test_a_phone_and_a_plate_in_adjacent_table_cells_are_both_hidden(redactor):
    # A tab inside a number is a gap of that number ("8 916<TAB>123-45-67" is one phone: the review of the stop-50
    # merge found a tab that always ended a number leaving such phones whole), so a phone and the plate in the next cell
    # may come out as one span: both hidden, the type of the joined span aside.
    text = "Каримов Азиз\t+998 90 441 17 26\t25 H 402 KA\nТешабоев Улугбек\t+998 91 302 55 18\t10 A 118 CB"
    shown = redactor.redact(text).text
    for value in ("+998 90 441 17 26", "25 H 402 KA", "+998 91 302 55 18", "10 A 118 CB"):
        assert value not in shown


@pytest.mark.parametrize("text, value", [("тел 8 916\t123-45-67", "123-45-67"), ("8 (916)\t123-45-67", "123-45-67"),
                                         ("моб. 8916\t1234567", "1234567"), ("+7 916\t123 45 67", "123 45 67"),
                                         ("телефон +998\t93 581 04 62", "581 04 62")])
def test_a_phone_with_a_tab_inside_is_hidden_whole(redactor, text, value):
    assert value not in redactor.redact(text).text
