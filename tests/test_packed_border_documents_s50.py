"""Documents and personal codes that leaked from a truckers' desk's notes at the Kazakh border (issue 15, stop 50),
mended in recognizers/id_document.py: a tachograph card, an international driving permit and a passenger customs
declaration; the Kazakh ИИН / БИН and the Uzbek ПИНФЛ by their own check digits, no word before them
(personal_code_checks), and the БИН after its word; a foreign passport's shape as any field of its holder's row
(long_number._shapes_in_the_row). The values are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.id_document import kazakh_iin_checks, personal_code_checks, uzbek_pinfl_checks

from conftest import types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


# --- a driver's documents at the border ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Водитель Гусев Павел, тахокарта RUD0000061409327, тел. +7 912 555 10 20.", "RUD0000061409327"),
    ("Номер карты KZD0000318204416 — не наш сервис.", "KZD0000318204416"),
    ("межд. ВУ — KZ IDP 0071532, срок до 2028.", "KZ IDP 0071532"),
    ("Водитель Турсунов: UZ IDP 0039184, нац. ВУ AB 4410273.", "UZ IDP 0039184"),
    ("ПТД на личные вещи 10216100/040526/П001742.", "10216100/040526/П001742"),
    ("Брокер переслала декларацию: 10504070/220426/П000918, паспорт AD 3318402.", "10504070/220426/П000918"),
])
def test_a_drivers_border_documents_are_id_documents(redactor, text, value):
    assert "ID_DOCUMENT" in types_covering(redactor, text, value)


def test_a_foreign_passports_shape_anywhere_in_its_holders_row_is_masked(redactor):
    text = "Юсупова Малика\t19.03.1991\tAD 7741260\t+998 93 118 20 44\tSamarkand"
    assert "ID_DOCUMENT" in types_covering(redactor, text, "AD 7741260")


# --- a neighbour's personal code by its check digits ----------------------------------------------------------------

def _with_kazakh_check(first: str) -> str | None:
    d = [int(ch) for ch in first]
    check = sum(x * w for x, w in zip(d, range(1, 12))) % 11
    if check == 10:
        check = sum(x * w for x, w in zip(d, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    return None if check == 10 else first + str(check)


def _with_uzbek_check(first: str) -> str:
    return first + str(sum(int(x) * w for x, w in zip(first, (7, 3, 1) * 5)) % 10)


def test_the_check_digits_are_the_states_own():
    assert kazakh_iin_checks(_with_kazakh_check("87041230152"))
    assert uzbek_pinfl_checks(_with_uzbek_check("3120484261044"))
    valid = _with_kazakh_check("87041230152")
    assert not kazakh_iin_checks(valid[:-1] + str((int(valid[-1]) + 1) % 10))
    assert not personal_code_checks("123456789012")


@given(year=st.integers(0, 99), month=st.integers(1, 12), day=st.integers(1, 28), sex=st.integers(1, 6),
       serial=st.integers(0, 9999))
@settings(max_examples=30, deadline=None)
def test_any_kazakh_iin_in_a_row_with_no_word_is_hidden(year, month, day, sex, serial):
    iin = _with_kazakh_check(f"{year:02d}{month:02d}{day:02d}{sex}{serial:04d}")
    if iin is None:
        return
    assert value_hidden(_REDACTOR, f"Оспанов Данияр\t{iin}\t+7 701 412 33 05", iin)


@given(sex=st.integers(1, 6), day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(0, 99),
       rest=st.integers(0, 999999))
@settings(max_examples=30, deadline=None)
def test_any_uzbek_pinfl_with_no_word_is_hidden(sex, day, month, year, rest):
    pinfl = _with_uzbek_check(f"{sex}{day:02d}{month:02d}{year:02d}{rest:06d}")
    assert value_hidden(_REDACTOR, f"Водитель из Ферганы, {pinfl}, стоит в очереди.", pinfl)


def test_a_companys_business_number_passing_the_check_is_no_persons_code(redactor):
    number = _with_kazakh_check("16044001987")  # its fifth digit 4: a company's БИН (red team bb10, 06)
    assert number is None or not personal_code_checks(number)
    if number is not None:
        assert number in redactor.redact(f"Корпклиент ТОО «Степь Логистик» ({number}) просит 5 SIM.").text


@pytest.mark.parametrize("text, number", [
    ("Номер заказа 123456789012 оплачен.", "123456789012"),
    ("Рейс 40817 на 12 000 км, счёт 55667788990011 не наш.", "55667788990011"),
])
def test_a_number_whose_check_fails_is_no_personal_code(redactor, text, number):
    assert "ID_DOCUMENT" not in types_covering(redactor, text, number)
