"""A code that opens a door or gives out a parcel is the customer's secret, like a PIN (red team bb11 02): "код
домофона", "код двери", "код на калитке", "код получения"; a region's or an error's code, and the note's words about a
code with no value, stay."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("text, expected", [
    ("курьер, код домофона 48К2215", "курьер, код домофона <SECRET>"),
    ("ворота во двор, код от ворот 5590", "ворота во двор, код от ворот <SECRET>"),
    ("посылка в постамате, код получения 660143", "посылка в постамате, код получения <SECRET>"),
    ("код на калитке девять два шесть один", "код на калитке <SECRET>"),
])
def test_a_code_that_opens_a_door_or_a_parcel_is_hidden(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", ["код региона 50", "код ошибки 502", "код домофона не работает"])
def test_a_code_of_no_one_or_no_value_stays(redactor, text):
    assert redactor.redact(text).text == text
