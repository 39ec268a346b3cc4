"""Fail closed on generated CRM comments that pack several values into one clause (issues 11 and 15).

benchmarks/packed_crm.py generates them from a fixed seed: a name whose surname is an ordinary or cue-like word
(Номеров, Договоров, Белый, Мирный, Ли) and first names like "Инна", with 2-5 numbers, a birth date or an e-mail
in random order and separators. The goal is at most 0.5% of values left in the redacted text.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.packed_crm import comment, measure, survives
from guard.engine import Redactor


def test_at_most_half_a_percent_of_packed_values_survive_redaction():
    total, leaked, examples = measure(n=300, seed=15)
    values, left = sum(total.values()), sum(leaked.values())
    assert left / values <= 0.005, [kind for kind, _, _ in examples]


def test_no_surname_survives_beside_its_masked_first_name():
    """The leak issue 15 measured most (10.7% of names): the first name masked, the surname left in the text."""
    total, leaked, _ = measure(n=300, seed=11)
    assert leaked["PERSON"] / total["PERSON"] <= 0.005


def test_the_generator_is_seeded_and_packs_a_name_with_other_kinds():
    first, second = comment(random.Random(3)), comment(random.Random(3))
    assert first == second
    text, values = first
    assert values[0].kind == "PERSON" and len({value.kind for value in values}) >= 3
    assert all(survives(value, text) for value in values)  # what "survives" checks is in the comment itself


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("документ: паспорт 3344/892878", "892878"),
    ("паспорт 5089/ 953787 выдан", "953787"),
    ("п/п 2947943653 li.anna23@bk.ru", "2947943653"),
])
def test_a_passport_with_a_slash_or_after_the_shorthand_pp_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize("text, surname", [
    ("Клиент Мирный Глеб Олегович инн 206593303708", "Мирный"),   # the adjective, not the town Мирный
    ("Абонент Инна Мирная пасп. 80 48 457082", "Мирная"),            # a first name that is also a common word
    ("Кл. Номеров Ян, моб. 8-929-920-4788", "Номеров"),              # a cue before the pair kept only "Ян"
    ("Плательщик Роман Номеров. ИНН 445087516106", "Номеров"),
    ("Клиент Белых Роман / род. 2002-04-13", "Белых"),
    ("ФИО: Паспортов Роман; карта 5187 8750 7692 3480", "Паспортов"),
])
def test_a_surname_beside_a_first_name_after_a_cue_is_masked_with_it(redactor, text, surname):
    assert surname not in redactor.redact(text).text


def test_a_whole_phone_right_after_a_written_date_is_a_phone_not_part_of_one_long_number():
    # the date's digits and the phone's join into one digit run; the phone is one group that reads whole
    from guard import Redactor

    text = "Соколов Р.О., г.р. 1992-09-07 89093988106, просил перезвонить"
    redacted = Redactor().redact(text).text
    assert "89093988106" not in redacted and "88106" not in redacted
