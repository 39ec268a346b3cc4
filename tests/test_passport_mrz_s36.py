"""A passport's machine-readable zone is read by its layout (ICAO 9303 TD3, the Russian internal passport's variant)
and each field is masked as its kind (red team bb10, 23; recognizers/mrz.py). The check digits are a signal, not a
gate: an OCR'd zone whose checks fail is masked all the same."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.mrz import check_digit

_TAG = re.compile(r"<[A-Z_]+>")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _internal_zone(surname: str, given: str, patronymic: str, series: str, number: str, birth: str, sex: str,
                   issued: str, dept: str) -> str:
    """The two lines of a Russian internal passport's zone, check digits computed."""
    names = f"{surname}<<{given}<{patronymic}"
    first = ("PNRUS" + names + "<" * 44)[:44]
    document = series[:3] + number
    optional = series[3] + issued + dept + "<"
    second = (document + check_digit(document) + "RUS" + birth + check_digit(birth) + sex + "<" * 7 + optional
              + check_digit(optional))
    second += check_digit(document + check_digit(document) + birth + check_digit(birth) + "<" * 7 + optional
                          + check_digit(optional))
    return first + "\n" + second


def test_the_check_digit_is_icao_9303s():
    # ICAO 9303 part 3's worked example: document number, birth date, expiry
    assert [check_digit(field) for field in ("L898902C3", "740812", "120415")] == ["6", "2", "9"]


def test_every_field_of_an_internal_passports_zone_is_masked_as_its_kind(redactor):
    zone = _internal_zone("SOKOLOVA", "TAT78NA", "PETROVNA", "6012", "781234", "920611", "F", "120705", "610023")
    redaction = redactor.redact("Распознано:\n" + zone)
    kinds = {entity.type for entity in redaction.entities}
    assert {"PERSON", "RU_PASSPORT", "DATE_OF_BIRTH", "DOCUMENT_ISSUE_DATE", "RU_PASSPORT_DEPT"} <= kinds
    left = _TAG.sub("", redaction.text)
    assert [value for value in ("SOKOLOVA", "TAT78NA", "PETROVNA", "601781234", "920611", "120705", "610023")
            if value in left] == []


def test_a_zone_whose_check_digits_fail_is_masked_all_the_same(redactor):
    zone = _internal_zone("GROMOV", "OLEG", "IGOREVI3", "4617", "552210", "790302", "M", "090415", "500112")
    broken = zone.replace("552210", "55221O", 1)  # OCR: "0" read as "O": the number's check fails
    left = _TAG.sub("", redactor.redact(broken).text)
    assert "GROMOV" not in left and "55221O" not in left and "790302" not in left


def test_a_travel_passports_zone_is_masked_too(redactor):
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    left = _TAG.sub("", redactor.redact(text).text)
    assert [value for value in ("ERIKSSON", "ANNA", "MARIA", "L898902C3", "740812", "ZE184226B") if value in left] == []


@pytest.mark.parametrize("text", [
    "Ошибка <<не найдено>> в поле P<1>",
    "Статус: PNRUS<<< ожидает проверки",
    "сравнение a<<b и c<d",
])
def test_text_with_fillers_but_no_zones_layout_is_left(redactor, text):
    assert redactor.redact(text).text == text


_MRZ_LETTERS = st.text("ABCDEFGHIJKLMNOPRSTUVYZ23456789", min_size=4, max_size=12).filter(lambda w: w[0].isalpha())
_DIGITS = lambda n: st.text("0123456789", min_size=n, max_size=n)  # noqa: E731
_DATE = st.dates().map(lambda d: d.strftime("%y%m%d"))


@settings(max_examples=30, deadline=None)
@given(_MRZ_LETTERS, _MRZ_LETTERS, _MRZ_LETTERS, _DIGITS(4), _DIGITS(6), _DATE, st.sampled_from("MF"), _DATE,
       _DIGITS(6))
def test_any_internal_zone_built_from_valid_fields_is_masked_whole(redactor, surname, given_name, patronymic, series,
                                                                   number, birth, sex, issued, dept):
    zone = _internal_zone(surname, given_name, patronymic, series, number, birth, sex, issued, dept)
    left = _TAG.sub("", redactor.redact(zone).text)
    assert [value for value in (surname, given_name, patronymic, series[:3] + number, birth, issued, dept)
            if value in left] == []


def test_a_data_line_padded_with_more_fillers_than_its_fields_is_read(redactor):
    # OCR or a hand-typed zone pads the line with fillers past its 44 characters and leaves the optional fields
    # empty (red team bb11 25): the number and the birth date were left
    text = "PNRUSKORNEEV<<IGOR<OLEGOVI3<<<<<<<<<<<<<<<<\n7712345678RUS9104053M" + "<" * 30
    left = _TAG.sub("", redactor.redact(text).text)
    assert "771234567" not in left and "910405" not in left and "KORNEEV" not in left
