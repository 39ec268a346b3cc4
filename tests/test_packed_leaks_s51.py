"""Values that leaked from packed notes on stop 51's sets (issue 15; packed_aa51's credit desk, packed_z50's HR office),
each family mended at its kind's one home: a short identifier as a whole cell of a named row — a personnel number, a
register's region and number (recognizers/long_number.record_numbers); a bank's loan agreement named «КД»
(recognizers/contract.py); a town's or a district's police department «ГРОВД», «РОВД» as a passport's issuer
(recognizers/passport_issuer.py); a one-time code a robot reads out in a call (recognizers/secret.py). The values are
written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor

from conftest import types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


@pytest.mark.parametrize("text, value", [
    ("Отчёт по увольнениям:\nКолесова А.В.\t004417\tпо собств.\t02.10.2024\nМиронов Д.С.\t003902\tпрогул\t09.10.2024",
     "004417"),
    ("Сводка по медкнижкам:\nПанова Е.А.\t66-0318842\tдо 04.2025\nЖуков П.Р.\t66-0318907\tдо 12.2024", "66-0318842"),
    ("Ведомость | Соколова И.И. | 0051270 | отпуск", "0051270"),
])
def test_a_short_identifier_as_a_whole_cell_of_a_named_row_is_the_persons(redactor, text, value):
    assert value_hidden(redactor, text, value)


@pytest.mark.parametrize("text, visible", [
    ("ССП по Тверской обл. исх. 69011/25/204417, СПИ Громова А.С.: по ИП № 4", "204417"),
    ("Аванс:\nКолесова А.В.\t2 184,00\t02.10.2024", "2 184,00"),
    ("Смены:\nКолесова А.В.\tPRM-0210\t02.10.2024", "PRM-0210"),
    ("Колесова А.В., принята 02.10.2024", "02.10.2024"),
])
def test_a_rows_amounts_dates_codes_and_a_letters_reference_stay_visible(redactor, text, visible):
    assert visible in redactor.redact(text).text


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["\t", " | ", ";"]))
def test_any_zero_padded_personnel_number_in_a_named_row_is_hidden(number, cut):
    tab = f"{number:06d}"
    text = f"Список:\nКолесова А.В.{cut}{tab}{cut}по собств.{cut}02.10.2024"
    assert value_hidden(_REDACTOR, text, tab)


@pytest.mark.parametrize("text, value", [
    ("Досрочное погашение по КД № 3318-05521/УФ, остаток 12 400 руб.", "3318-05521/УФ"),
    ("КД 42-118804-КН закрыт, справку выдали.", "42-118804-КН"),
])
def test_a_loan_agreement_named_kd_is_a_contract(redactor, text, value):
    assert "CONTRACT_NUMBER" in types_covering(redactor, text, value)


def test_a_contract_number_opening_with_kd_is_masked_whole(redactor):
    text = "Договор рассрочки КД-39-0017741 оформлен 03.11.2026."
    assert "CONTRACT_NUMBER" in types_covering(redactor, text, "КД-39-0017741")


def test_a_town_police_department_is_a_passports_issuer(redactor):
    text = "паспорт 80 07 112233, выдан Стерлитамакским ГРОВД Республики Башкортостан 12.03.2007"
    assert "RU_PASSPORT_ISSUER" in types_covering(redactor, text, "Стерлитамакским ГРОВД Республики Башкортостан")


@pytest.mark.parametrize("text, code", [
    ("Отправили на домашний — голосовой код 5172. Клиент продиктовал.", "5172"),
    ("код из звонка 4471, ввела сама", "4471"),
])
def test_a_one_time_code_read_out_in_a_call_is_a_secret(redactor, text, code):
    assert "SECRET" in types_covering(redactor, text, code)


def test_a_voice_assistants_error_code_is_no_secret(redactor):
    assert "404" in redactor.redact("Голосовой помощник не отвечает, код ошибки 404.").text
