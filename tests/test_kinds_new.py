"""The kinds added by issue 11, written and spoken, with their checksums and the look-alikes that must stay visible."""
from __future__ import annotations

import pytest

from guard.engine import Redactor
from kinds_found import found
from guard.recognizers.bank_account import account_matches_bik
from guard.recognizers.ogrn import is_valid_ogrn


def types(redactor: Redactor, text: str) -> set[str]:
    return {e.type for e in redactor.analyze(text)}


@pytest.mark.parametrize("text, kind, value", [
    ("Паспорт выдан ОВД Тверской, код подразделения 770-001", "RU_PASSPORT_DEPT", "770-001"),
    ("код подразделения семьсот семьдесят ноль ноль один", "RU_PASSPORT_DEPT", "семьсот семьдесят ноль ноль один"),
    ("Полис ОМС 7751 2345 6789 0123, страховая Согаз", "RU_OMS", "7751 2345 6789 0123"),
    ("полис омс семь семь пять один два три четыре пять шесть семь восемь девять ноль один два три", "RU_OMS",
     "семь семь пять один два три четыре пять шесть семь восемь девять ноль один два три"),
    ("Свидетельство о рождении IV-МЮ № 123456 приложено", "RU_BIRTH_CERTIFICATE", "IV-МЮ № 123456"),
    ("Для возврата: р/с 40702810938000000001, БИК 044525225", "BANK_ACCOUNT", "40702810938000000001"),
    ("Для возврата: р/с 40702810938000000001, БИК 044525225", "RU_BIK", "044525225"),
    ("срок действия карты 12/26", "CARD_EXPIRY", "12/26"),
    ("срок действия двенадцать двадцать шесть", "CARD_EXPIRY", "двенадцать двадцать шесть"),
    ("Клиент продиктовал CVV 123", "CARD_CVV", "123"),
    # spoken: digit by digit, after "действует до" or a bare "срок", and the code "на обороте" said first
    ("карта действует до ноль три двадцать восемь", "CARD_EXPIRY", "ноль три двадцать восемь"),
    ("срок одиннадцать двадцать девять", "CARD_EXPIRY", "одиннадцать двадцать девять"),
    ("на обороте карты код пятьсот один", "CARD_CVV", "пятьсот один"),
    ("сзади код семьсот семьдесят семь", "CARD_CVV", "семьсот семьдесят семь"),
    # a PIN is the SECRET kind's since issue 15 (recognizers/secret.py), no longer read as a CVV
    ("пин код один два три четыре", "SECRET", "один два три четыре"),
    ("по договору № Д-2021/0045 задолженность", "CONTRACT_NUMBER", "Д-2021/0045"),
    ("номер договора один два три четыре пять шесть семь", "CONTRACT_NUMBER", "один два три четыре пять шесть семь"),
    ("лицевой счет 123456789", "ACCOUNT_NUMBER", "123456789"),
    ("л/с 770012345 закрыт", "ACCOUNT_NUMBER", "770012345"),
    ("с адреса 192.168.1.10 заходили в личный кабинет", "IP_ADDRESS", "192.168.1.10"),
    ("айпи десять точка ноль точка двенадцать точка пять", "IP_ADDRESS", "десять точка ноль точка двенадцать точка пять"),
    ("ОГРН 1027700132195", "RU_OGRN", "1027700132195"),
    ("ОГРНИП 304500116000157", "RU_OGRN", "304500116000157"),
])
def test_each_new_kind_is_found_written_and_spoken(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


def test_an_account_is_checked_against_its_bik():
    assert account_matches_bik("40702810938000000001", "044525225")
    assert account_matches_bik("30101810400000000225", "044525225")  # the bank's correspondent account
    assert not account_matches_bik("40702810938000000002", "044525225")


def test_ogrn_check_digit():
    assert is_valid_ogrn("1027700132195") and is_valid_ogrn("304500116000157")
    assert not is_valid_ogrn("1027700132196") and not is_valid_ogrn("304500116000158")


@pytest.mark.parametrize("text, kind", [
    ("Артикул 770-001, на складе", "RU_PASSPORT_DEPT"),              # a department code's shape without its words
    ("1027700132196 строка выгрузки", "RU_OGRN"),                       # thirteen digits, bad check digit, no cue
    ("1027700132195 строка выгрузки", "RU_OGRN"),                       # a valid check digit alone is 1 in 10
    ("044525225 в строке отчёта", "RU_BIK"),                            # nine digits with no bank word
    ("выполнено 12/26 заданий", "CARD_EXPIRY"),                         # MM/YY with no card word
    ("комната 123 на третьем этаже", "CARD_CVV"),                       # three digits with no CVV cue
    ("код из смс 4821 не приходит", "CARD_CVV"),                        # a one-time code is not the card's
    ("срок 30 дней с момента оплаты", "CARD_EXPIRY"),                   # a period, not a month and a year
    ("договор от 12.03.2020 расторгнут", "CONTRACT_NUMBER"),           # a contract's date is not its number
    ("номер заявки 123456789", "ACCOUNT_NUMBER"),                        # a request number
    ("версия прошивки 1.2.3, обновление 12.03.2020", "IP_ADDRESS"),   # versions and dates
    ("адрес 256.1.1.1 недопустим", "IP_ADDRESS"),                       # an octet above 255
    ("корпус IV, подъезд 2", "RU_BIRTH_CERTIFICATE"),
    ("Номер операции в чеке 1234567890123456", "RU_OMS"),               # sixteen digits without the policy words
])
def test_look_alikes_are_not_the_new_kinds(redactor, text, kind):
    assert kind not in types(redactor, text)


@pytest.mark.parametrize("text, kind", [
    ("ИНН 500100732258", "RU_INN"),                                      # last digit mistyped: the checksum fails
    ("инн пять ноль ноль один ноль ноль семь три два два пять семь", "RU_INN"),
    ("снилс один один два два три три четыре четыре пять девять шесть", "RU_SNILS"),
    ("СНИЛС 112-233-445 96", "RU_SNILS"),
    ("номер карты четыре два семь шесть три восемь ноль ноль один два три четыре пять шесть семь восемь", "CREDIT_CARD"),
    ("ОГРН 1027700132196", "RU_OGRN"),
])
def test_after_its_cue_a_number_with_a_slip_is_still_masked_whole(redactor, text, kind):
    """In speech a checksum cannot be the gate: the cue, the length and the context are enough."""
    entities = redactor.analyze(text)
    digits_end = max(i + 1 for i, ch in enumerate(text) if ch.isdigit() or ch.isalpha())
    assert any(e.type == kind and e.end >= digits_end for e in entities), entities


@pytest.mark.parametrize("text, value", [
    ("Водительское удостоверение 99 01 123456, категория B", "99 01 123456"),
    ("в/у 77 АА 123456", "77 АА 123456"),
    ("водительские права девять девять ноль один один два три четыре пять шесть",
     "девять девять ноль один один два три четыре пять шесть"),
])
def test_a_driving_licence_is_found_written_and_spoken(redactor, text, value):
    assert ("RU_DRIVER_LICENSE", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["паспорт 4505 123456", "тел. 8 916 123 45 67", "накладная 99 01 123456 отгружена"])
def test_ten_digits_without_a_licence_word_are_not_a_licence(redactor, text):
    assert "RU_DRIVER_LICENSE" not in types(redactor, text)
