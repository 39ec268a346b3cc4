"""Numbers that are no one's phone, card or account (issue 15, round s24-k15): a handset's IMEI and a SIM card's ICCID,
said digit by digit or written, a CRM request id "1-4567890123", a waybill's digits read in one breath. A phone beside
them is still a phone. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text", [
    "имей три пять шесть семь восемь девять ноль один два три четыре пять шесть семь восемь телефон не видит сеть",
    "имей телефона три пять два ноль девять девять один ноль один два три четыре пять шесть семь",
    "айсиси айди сим карты восемь девять семь ноль ноль один ноль два три четыре пять шесть семь восемь девять ноль "
    "один два три она не активируется",
    "IMEI 356789012345678, ICCID 89701012345678901234",
    "| ICCID | 89701990012345678912 |",
    "серийный номер 0 0 9 8 7 6 5 4 3 2 1 0 9",
])
def test_a_devices_number_is_no_phone_card_or_account(redactor, text):
    assert all(kind not in ("PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT") for kind, _ in found(redactor, text))


@pytest.mark.parametrize("text", [
    "Запрос 1-4567890123 от 12.11",
    "номер заявки один тире четыре пять шесть семь восемь девять ноль один два три",
    "так номер накладной триста пятьдесят восемь ноль семь шестьдесят пять тридцать два двадцать восемь тринадцать",
    # a bare "номер" right after the order's word is the order's
    "ну трек номер двести девяносто восемь четыреста двенадцать восемьсот девяносто два двести девяносто три нуль пять",
])
def test_a_request_id_or_a_waybill_read_in_one_breath_is_no_phone(redactor, text):
    assert all(kind != "PHONE_NUMBER" for kind, _ in found(redactor, text))


@pytest.mark.parametrize("text, phone", [
    ("IMEI 356789012345678 — привязка к номеру +79161230987", "+79161230987"),
    ("заказ 12345 89161234567", "89161234567"),
    ("по заказу мой номер 8 916 123 45 67", "8 916 123 45 67"),
    ("тел. 8-916-123-45-67", "8-916-123-45-67"),
    ("тел. 7-916-123-45-67", "7-916-123-45-67"),
])
def test_a_phone_beside_a_devices_or_an_orders_number_is_still_a_phone(redactor, text, phone):
    assert ("PHONE_NUMBER", phone) in found(redactor, text)


def test_a_sim_cards_number_after_an_accounts_word_is_an_account(redactor):
    # fail closed: twenty digits after "р/с" are an account whatever they begin with
    assert ("BANK_ACCOUNT", "89701012345678901234") in found(redactor, "р/с 89701012345678901234")


def test_a_payment_card_read_out_is_still_a_card(redactor):
    text = "карта пять пять три шесть девять один ноль четыре восемь восемь два семь семь один ноль шесть"
    assert any(kind == "CREDIT_CARD" for kind, _ in found(redactor, text))


@pytest.mark.parametrize("text", [
    "горячая линия банка 8 495 500 00 05 не отвечает",
    "справочная 8 812 300 00 00",
    "Горячая линия банка 8 800 555 35 35 не отвечает",
])
def test_an_organisations_line_is_no_subscribers_phone_nor_an_address(redactor, text):
    assert found(redactor, text) == []


def test_the_callers_number_after_a_hotline_is_still_a_phone(redactor):
    text = "горячая линия не отвечает, мой номер 8 916 123 45 67"
    assert ("PHONE_NUMBER", "8 916 123 45 67") in found(redactor, text)
