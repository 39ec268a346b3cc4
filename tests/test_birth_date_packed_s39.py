"""Stop 39 (issue 15, packed_m38): a deceased owner's birth date and an export's short key. "г.р." right after a date
makes it a birth date though a death word stands before it, unless digits follow the abbreviation at once (then it
opens the next date); "bd" is a birth date's Latin key (lexicon.LATIN_KEY_NAMES). Lines written for this file."""
from __future__ import annotations

import pytest


def _births(redactor, text: str) -> set[str]:
    return {text[e.start:e.end] for e in redactor.analyze(text) if e.type == "DATE_OF_BIRTH"}


@pytest.mark.parametrize("text, value", [
    ("Умерш. — Корнеева Анна Ильинична, 14.06.1939 г.р., +7 831 411-22-19 (домашний).", "14.06.1939"),
    ("Скончался владелец Лапин Е. Е., 02.11.1947 г.р., тел. 8 910 555 12 12.", "02.11.1947"),
    ("owner_old=Лапин Е.Е.; bd_old=19471102; doc_old=2203118822", "19471102"),
])
def test_a_birth_date_with_its_own_abbreviation_is_masked(redactor, text, value):
    assert value in _births(redactor, text)


@pytest.mark.parametrize("text, death", [
    ("дата смерти — 17.11.2020, д.р. 05.05.1950", "17.11.2020"),  # the abbreviation opens the next date
    ("умер 03.03.2025 г., св-во выдано 05.03.2025", "03.03.2025"),
])
def test_a_date_of_death_is_no_birth_date(redactor, text, death):
    assert death not in _births(redactor, text)
