"""The black-box red team's round bb6 (/work/rt6/FINDINGS.md), replayed through `Redactor` (what `guard redact`,
/v1/redact, `guard batch` and the proxy's comments run) and, for the Flash note, through the card policy: each finding
as the family it stands for, a property where there is one, and the neighbours an operator needs left readable.

- 01/02/11: the parts of a full name joined by a record's separator (";", "|", "/", "_", brackets, a comma with no
  space): a first name or patronymic beside a word makes that word the surname, whatever stands between them;
  a surname alone as a field of a record of values;
- 09: a surname after "Ув." (уважаемый, уважаемая).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


_PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Surnames pymorphy2 reads as surnames and ones it reads as something else ("Сметанина": a noun's rare case).
SURNAMES = ["Кузнецов", "Ахмедов", "Морозова", "Лебедева", "Сметанина", "Власова", "Гусейнов", "Белоусова"]
FIRST_NAMES = ["Иван", "Ольга", "Рустам", "Наталья", "Пётр"]
PATRONYMICS = ["Петрович", "Викторовна", "Шамильевич", "Андреевна"]


# --- 01/02: the parts of a name joined by a record's separator ---------------------------------------------------

@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), first=st.sampled_from(FIRST_NAMES), patronymic=st.sampled_from(PATRONYMICS),
       separator=st.sampled_from([";", "|", "/", "_", " / ", "; ", " | ", "\\"]), upper=st.booleans(),
       with_patronymic=st.booleans())
def test_no_separator_between_the_parts_of_a_name_shows_the_surname(redactor: Redactor, surname: str, first: str,
                                                                     patronymic: str, separator: str, upper: bool,
                                                                     with_patronymic: bool) -> None:
    parts = [surname, first] + ([patronymic] if with_patronymic else [])
    if upper:
        parts = [part.upper() for part in parts]
    shown = _redacted(redactor, separator.join(parts))
    assert not any(part in shown for part in parts), shown


@pytest.mark.parametrize("text, surname", [
    ("по доверенности: Лебедева;Наталья;Андреевна;03.02.1979", "Лебедева"),
    ("проверил: 89261112233 / Белоусова / 03.02.1979", "Белоусова"),
    ("данные: 4510 112233, 03.02.1979, Сметанина", "Сметанина"),
    ("паспорт 4510 112233 | Гусейнов | 89261112233", "Гусейнов"),
])
def test_a_surname_that_is_a_whole_field_of_a_record_of_values_is_masked(redactor: Redactor, text: str,
                                                                         surname: str) -> None:
    assert surname not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["вход/выход", "Москва/Петербург", "оплата 500, Корзина", "ivan_petrov: вход",
                                  "тариф Мой;Безлимит"])
def test_separated_words_that_name_no_one_stay_readable(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 11: a surname with the first name in brackets or initials after a comma -------------------------------------

@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), first=st.sampled_from(FIRST_NAMES),
       tail=st.sampled_from(["", " просила перезвонить", ", ждёт ответа"]))
def test_a_surname_with_the_first_name_in_brackets_is_masked_whole(redactor: Redactor, surname: str, first: str,
                                                                   tail: str) -> None:
    shown = _redacted(redactor, f"{surname} ({first}){tail}")
    assert surname not in shown and first not in shown, shown


@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), initials=st.from_regex(r"[А-ЕЗ-ПР-Я]\.[А-ЕЗ-ПР-Я]\.", fullmatch=True))
def test_a_surname_with_initials_after_a_comma_without_a_space_is_masked(redactor: Redactor, surname: str,
                                                                         initials: str) -> None:
    shown = _redacted(redactor, f"{surname},{initials}")
    assert surname not in shown and initials not in shown, shown


# --- 09: "Ув." before a surname --------------------------------------------------------------------------------

@pytest.mark.parametrize("surname", SURNAMES)
def test_a_surname_after_uv_abbreviation_is_masked(redactor: Redactor, surname: str) -> None:
    assert surname not in _redacted(redactor, f"Ув. {surname}, ваш запрос принят")
