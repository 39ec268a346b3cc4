"""A second personal account said after a sure one ("лицевой 48005 и 4801") is masked as before stop 57: four digits
are read as a second value (recognizers/cue_reach.py) whatever the first value's own rule. The four-digit reading added
in stop 57 — four digits written in groups right after "лицевой" ("лицевой 7-012", a small ТСЖ's) — gates only the
cue's own first value (recognizers/account_number.py `_cued_spans`), never the later paths (stop 57 review K4)."""
from __future__ import annotations

import re

import pytest

from guard import Redactor

from kinds_found import found


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("лицевой 48005 и 4801", "4801"),
    ("лицевые счета 48005 и 4801", "4801"),
    ("старый лицевой 48005, новый 4801", "4801"),
    ("Лицевой счёт 12345 или 1234", "1234"),
    ("лицевой счёт 73016 и 7302", "7302"),
    ("ЛИЦЕВОЙ 48005 И 4801", "4801"),
    ("лицевой 7-012 и 4801", "4801"),
])
def test_a_second_four_digit_account_after_a_sure_one_stays_masked(redactor, text, value):
    out = redactor.redact(text).text
    assert not re.search(r"(?<!\d)" + value + r"(?!\d)", out), out


@pytest.mark.parametrize("text, value", [
    ("лицевой 7-012", "7-012"),
    ("л/с 7-012", "7-012"),
    ("Лицевой счёт: 7-012", "7-012"),
    ("лицевой 7 тире 012", "7 тире 012"),
])
def test_four_digits_in_groups_right_after_the_accounts_cue_are_an_account(redactor, text, value):
    start = text.index(value)
    assert [e for e in redactor.analyze(text) if e.type == "ACCOUNT_NUMBER"
            and e.start <= start and start + len(value) <= e.end], found(redactor, text)


@pytest.mark.parametrize("text", ["лицевой счёт 2024 закрыт", "лицевой счёт 1234", "привязана в ЛС, срок до 10/26"])
def test_four_digits_alone_or_a_month_and_year_right_after_the_cue_are_no_account(redactor, text):
    assert not [kind for kind, _ in found(redactor, text) if kind == "ACCOUNT_NUMBER"]
