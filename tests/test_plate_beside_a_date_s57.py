"""Stop 57 (issue 15, packed_af56): a plate whose letters look like zeros ("О033ОО154") beside a date is a plate and a
date — the scanned-number reading (guard/normalize.py `lookalike_pieces`) leaves a group that is a plate as it stands
and reads the groups on either side as runs of their own, so a phone typed with look-alike letters after a plate is
still read as digits."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("plate", ["О033ОО154", "О777ОО77", "В100ВО50"])
def test_a_plate_of_zero_like_letters_before_a_date_is_masked_as_a_plate(redactor, plate):
    text = f"Продал машину {plate} 15.10.2026, а с меня до сих пор списывают 350 ₽ за SIM."
    assert ("VEHICLE_PLATE", plate) in found(redactor, text)


def test_a_phone_typed_with_look_alike_letters_right_after_a_plate_is_masked_whole(redactor):
    text = "О777ОО77 8 9О3 123 45 67"
    assert masked(redactor, text, "8 9О3 123 45 67"), found(redactor, text)
