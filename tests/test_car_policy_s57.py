"""Stop 57 (issue 15, packed_af56): a car's insurance policy named by its own mark after "полис" — ОСАГО, КАСКО, or the
three-capital series the Bank of Russia gives an ОСАГО policy ("Полис ХХХ 0318274655") — is an insurer's product, not
the compulsory medical policy (recognizers/oms.py CAR_POLICY): the RU_OMS kind does not read it. A medical policy
after "полис" or "ОМС" is read as before."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, number", [
    ("Полис ХХХ 0318274655, премия 9 842,16 ₽. Телематика — тариф «Страх-Трекер».", "0318274655"),
    ("Полисы ААС 5066218734, ААС 5066218751, ААС 5066218802.", "5066218734"),
    ("полис ТТТ № 0366012843, страхователь на связи", "0366012843"),
])
def test_a_car_policy_after_its_series_is_no_medical_policy(redactor, text, number):
    assert not [kind for kind, value in found(redactor, text) if kind == "RU_OMS"]
    assert number in redactor.redact(text).text


@pytest.mark.parametrize("text, number", [
    ("полис ОМС 7041 2855 1902 8374", "7041 2855 1902 8374"),
    ("полис омс 7041285519", "7041285519"),
    ("полис 7041 2855 1902 8374", "7041 2855 1902 8374"),
    ("полис омс клиент щас так 7702 1234 5678 9012", "7702 1234 5678 9012"),
])
def test_a_medical_policy_after_its_word_is_still_masked(redactor, text, number):
    assert masked(redactor, text, number), found(redactor, text)
