"""A car's insurance policy named by its own mark after "полис" — ОСАГО, КАСКО, or the three-capital series the Bank
of Russia gives an ОСАГО policy ("Полис ХХХ 0318274655") — is the insured person's number (it resolves to the
policyholder and the car in the РСА database): it stays masked, as the medical policy's cue reads it (recognizers/oms.py,
RU_OMS). Fail closed: "a cue word may change a span's type, never drop it" — the car's mark does not release the number
(stop 57 review K5; the release tried on the branch was taken out). A medical policy after "полис" or "ОМС" is read as
before."""
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
    ("полис осаго 0318274655", "0318274655"),
    ("Полис КАСКО 7751234567890123", "7751234567890123"),
])
def test_a_car_policys_number_after_its_mark_stays_masked(redactor, text, number):
    assert masked(redactor, text, number), found(redactor, text)
    assert number not in redactor.redact(text).text


@pytest.mark.parametrize("text, number", [
    ("полис ОМС 7041 2855 1902 8374", "7041 2855 1902 8374"),
    ("полис омс 7041285519", "7041285519"),
    ("полис 7041 2855 1902 8374", "7041 2855 1902 8374"),
    ("полис омс клиент щас так 7702 1234 5678 9012", "7702 1234 5678 9012"),
])
def test_a_medical_policy_after_its_word_is_still_masked(redactor, text, number):
    assert masked(redactor, text, number), found(redactor, text)


# A medical policy named together with a car's in one label ("ОМС/КАСКО:") is masked, and the checker blocks the operator
# saying it (stop 57 review K3): the car's mark never releases the number after it.
@pytest.mark.parametrize("text, value", [
    ("Полисы ОМС/КАСКО: 7751234567890123", "7751234567890123"),
    ("Полис ОМС/ОСАГО 7751234567890123", "7751234567890123"),
    ("полис омс/осаго 7751234567890123", "7751234567890123"),
    ("Полис ОМС — зелёная карточка 7751234567890123", "7751234567890123"),
])
def test_a_medical_policy_named_with_a_car_policy_stays_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("Полис ОСАГО ХХХ 0318274655, страхователь Иванов Иван Иванович", "0318274655"),
    ("Полис ОСАГО 7751234567890123", "7751234567890123"),
    ("полис каско 7751234567890123 полис омс 7751234567890124", "7751234567890123"),
    ("полис каско 7751234567890123 полис омс 7751234567890124", "7751234567890124"),
])
def test_a_car_policys_number_stays_masked_beside_other_values(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["Номер полиса: ОМС/КАСКО: 7751234567890123", "Ваш полис ОСАГО 7751234567890123"])
def test_the_checker_blocks_an_operator_saying_a_policy_number_named_with_a_car_mark(text):
    from guard.disclosure import check

    assert check(text, speaker="operator").verdict == "block"
