"""A resident's access fob (an intercom's RFID tag) by the number printed on it is a device id of the resident (issue
15, stop 52; recognizers/device_id.py: AccessFobRecognizer): the fob is registered to a flat, and its print is what is
written into the tag. EM-Marine's print, facility code (0-255) comma card number (0-65535), is masked by its shape; a
print out of range and a spoken one only after a fob's word. A sum with decimals stays visible. The values are written
for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.device_id import is_em_marine

from kinds_found import found, masked

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


@pytest.mark.parametrize("text, fob", [
    ("Клиент: Ленина 12, кв 4, брелок 003,51872", "003,51872"),
    ("Просьба аннулировать брелоки 011,20415 и 011,20416. Удалено.", "011,20416"),
    ("кв;ФИО;брелоки\n7;Петров Иван Ильич;004,11597", "004,11597"),
    ("Ключи прежнего владельца (006,38871, 006,38872) заблокированы.", "006,38871"),
    ("кв. 3 — 010,00341 и 010,00342", "010,00342"),
])
def test_em_marine_print_is_masked_by_its_shape(redactor, text, fob):
    assert ("DEVICE_ID", fob) in found(redactor, text)


def test_a_print_out_of_range_is_masked_after_a_fobs_word(redactor):
    text = "Брелок заблокирован в 11:05, выпущен новый 013,81904, выдан курьером."
    assert masked(redactor, text, "013,81904")


def test_a_number_of_that_shape_with_no_fobs_word_and_out_of_range_stays_visible(redactor):
    assert found(redactor, "Итого 300,70931 единиц.") == []


@pytest.mark.parametrize("text, fob", [
    ("оператор: заблокировала брелоки ноль ноль семь двадцать четыреста пятьдесят три",
     "ноль ноль семь двадцать четыреста пятьдесят три"),
    ("оператор: удалил его из квартиры и заблокировал его брелок ноль одиннадцать пятьсот четыре двести",
     "ноль одиннадцать пятьсот четыре двести"),
    ("оператор: брелоки готовы номера ноль двадцать два триста ноль один", "ноль двадцать два триста ноль один"),
])
def test_a_spoken_fob_number_after_a_fobs_word_is_masked(redactor, text, fob):
    assert masked(redactor, text, fob)


@given(st.integers(0, 255), st.integers(0, 65535))
@settings(max_examples=60, deadline=None)
def test_every_em_marine_print_in_range_is_one(facility, card):
    assert is_em_marine(f"{facility:03d},{card:05d}")


@given(st.integers(256, 999), st.integers(0, 99999))
@settings(max_examples=30, deadline=None)
def test_a_facility_code_over_255_is_no_em_marine_print(facility, card):
    assert not is_em_marine(f"{facility:03d},{card:05d}")
