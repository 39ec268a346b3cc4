"""A bank account abroad written as an IBAN is a bank account (red team bb17 05, 24): "IBAN KZ86125KZT5004100100"
was left whole, and after "счёт" it was typed a personal account, so a Presidio client asking for IBAN_CODE got
nothing. The BANK_ACCOUNT kind reads the IBAN's shape and checks its mod-97 key (ISO 13616); a code of that shape
whose key does not check is an account only after an account's word."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from kinds_found import found
from guard.recognizers.bank_account import is_iban


def _with_key(country: str, bban: str) -> str:
    """An IBAN of `country` and `bban` with its check digits computed (ISO 13616)."""
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@pytest.mark.parametrize("text, value", [
    ("верните деньги на счёт KZ86125KZT5004100100", "KZ86125KZT5004100100"),
    ("IBAN KZ86125KZT5004100100", "KZ86125KZT5004100100"),
    ("переведите остаток на KZ86 125K ZT50 0410 0100, пожалуйста", "KZ86 125K ZT50 0410 0100"),
    ("реквизиты: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("iban de89370400440532013000", "de89370400440532013000"),
])
def test_an_iban_is_a_bank_account(redactor, text, value):
    assert any(kind == "BANK_ACCOUNT" and value in covered for kind, covered in found(redactor, text))


def test_a_mistyped_iban_after_its_word_is_still_the_account(redactor):
    text = "IBAN KZ87125KZT5004100100 (клиент говорит, может опечатка)"
    value = "KZ87125KZT5004100100"
    assert not is_iban(value)
    assert any(value in covered for _, covered in found(redactor, text))


@pytest.mark.parametrize("text", [
    "заказ AB12CDEF34567890 отправлен курьером",
    "модель роутера RT12ABCD5678 на складе",
])
def test_a_code_of_an_ibans_shape_whose_key_fails_is_no_account(redactor, text):
    assert all(kind != "BANK_ACCOUNT" for kind, _ in found(redactor, text))


@given(st.sampled_from(["KZ", "BY", "AZ", "GE", "DE", "UA"]), st.text("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", min_size=12, max_size=24))
def test_every_iban_with_a_checking_key_reads_as_one(country, bban):
    assert is_iban(_with_key(country, bban))


