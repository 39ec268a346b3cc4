"""A plate whose letters are look-alikes of 0 and 8 (О, В; Latin O, B) opening a run of digit groups does not hide the
number typed after it, and a group of a scanned number that merely has a plate's shape ("В123ОО" = 812300) is still the
number's: the run is read whole as digits (guard/normalize.py `lookalike_pieces`), as before stop 57. Fail closed — "the
operator sees less, never more": cutting the plate out of the run (stop 57, taken out after review K1/K2) left passports,
phones, cards, INNs and SNILS after it visible."""
from __future__ import annotations

import re

import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _visible_groups(out: str, value: str) -> list[str]:
    """The digit groups of `value` (three digits or more) still readable in the redacted text `out`."""
    return [g for g in re.findall(r"\d{3,}", value) if re.search(r"(?<!\d)" + g + r"(?!\d)", out)]


@pytest.mark.parametrize("text, value", [
    ("ТС: О033ОО154 4508 123456 выдан ОВД", "4508 123456"),
    ("Иванов О033ОО154 4508 123456", "4508 123456"),
    ("Покупатель авто В100ВО50 4508 123456 просит переоформить номер", "4508 123456"),
    ("Авто О033ОО154 8903 1234567", "8903 1234567"),
    ("Продал машину О777ОО77 8903 123 45 67 новый владелец", "8903 123 45 67"),
    ("Машина О033ОО154 4276 3800 1234 5678", "4276 3800 1234 5678"),
    ("Владелец ТС Иванов И.И. О033ОО154 500100732259", "500100732259"),
    ("О033ОО154 123-456-709 64", "123-456-709 64"),
    ("ТС: О033ОО154 45О8 123456 выдан ОВД", "45О8 123456"),
    ("Машина О033ОО154 4276 38ОО 1234 5678", "4276 38ОО 1234 5678"),
    ("Авто О033ОО154 89О3 1234567", "89О3 1234567"),
    ("Владелец ТС Иванов И.И. О033ОО154 5ОО1ОО732259", "5ОО1ОО732259"),
    # lowercase (speech-to-text, chats) and the number before the plate
    ("тс о033оо154 4508 123456", "4508 123456"),
    ("4508 123456 О033ОО154 выдан", "4508 123456"),
    ("О033ОО154 15.10.2026 4508 123456", "4508 123456"),
])
def test_a_number_right_after_a_zero_lettered_plate_stays_masked(redactor, text, value):
    out = redactor.redact(text).text
    assert value not in out and not _visible_groups(out, value), out


def test_the_name_before_a_zero_lettered_plate_and_a_passport_stays_masked(redactor):
    out = redactor.redact("Иванов О033ОО154 4508 123456").text
    assert "Иванов" not in out, out


@pytest.mark.parametrize("text, pieces", [
    ("паспорт 4505 В123ОО", ["4505", "В123ОО"]),
    ("Паспорт 4505 В123ОО выдан ОВД Тверского р-на", ["4505", "В123ОО"]),
    ("паспорт 45О5 В123ОО", ["45О5", "В123ОО"]),
    ("паспорт 4505 O123OO", ["4505", "O123OO"]),  # Latin O typed for 0
    ("Паспорт 4505 В001ВВ", ["4505", "В001ВВ"]),
    ("Скан: паспорт 45 О5 В123ОО, код подразделения 77О-О12", ["В123ОО"]),
    ("паспорт 4505 123OOO", ["OOO"]),  # digits-first plate shape
    ("Паспорт 4505 123ВОО", ["ВОО"]),
    ("Паспорт: 45О8 123ООО выдан ОВД", ["123ООО", "ООО выдан"]),
    ("тел 8 9О3 123ООО", ["ООО"]),
    ("паспорт 4505 В123ОО 15.10.2026", ["4505", "В123ОО"]),
])
def test_a_plate_shaped_group_inside_a_scanned_number_is_still_the_number(redactor, text, pieces):
    out = redactor.redact(text).text
    assert not [p for p in pieces if p in out], out
