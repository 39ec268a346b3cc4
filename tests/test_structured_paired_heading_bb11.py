"""A heading of several kinds joined by slashes, then as many values joined by slashes: the i-th kind names the i-th
value (red team bb11 11: "СНИЛС/ИНН: <snils> / <inn>" masked the SNILS and left the INN)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor
from guard.recognizers.structured import read_structure

VALUES = {"СНИЛС": ("111-140-293 77", "RU_SNILS"), "ИНН": ("934232199990", "RU_INN"),
          "тел.": ("89057001122", "PHONE_NUMBER")}


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


def test_each_key_of_a_slash_heading_is_read_before_its_own_value():
    reading = read_structure("СНИЛС/ИНН: 111-140-293 77 / 934232199990")
    assert reading is not None and reading.text == "снилс 111-140-293 77, инн 934232199990"


def test_the_inn_after_the_snils_under_one_heading_is_masked_as_an_inn(redactor):
    result = redactor.redact("Анкета. Снилс/ИНН: 11114029377 / 934232199990, проверено")
    assert result.text == "Анкета. Снилс/ИНН: <RU_SNILS> / <RU_INN>, проверено"


def test_a_heading_whose_values_are_fewer_than_its_keys_is_no_pairing():
    assert read_structure("Дата/время: 12.03.2026 10:15") is None


@settings(max_examples=12, deadline=None)
@given(st.permutations(list(VALUES)).map(lambda keys: keys[:2]) | st.permutations(list(VALUES)))
def test_any_order_of_kinds_under_a_slash_heading_masks_every_value(keys):
    redactor = _shared_redactor()
    text = "/".join(keys) + ": " + " / ".join(VALUES[key][0] for key in keys)
    result = redactor.redact(text)
    for key in keys:
        assert VALUES[key][0] not in result.text
    # one entity a value (the type may be a neighbour's: "ИНН/тел.: <inn> / <phone>" types the INN a phone, its
    # heading's nearest cue in the text as written)
    assert len(result.entities) == len(keys)


_REDACTOR: list[Redactor] = []


def _shared_redactor() -> Redactor:
    if not _REDACTOR:
        _REDACTOR.append(Redactor("tag"))
    return _REDACTOR[0]
