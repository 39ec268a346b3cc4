"""Stop 57 (issue 15, packed_af56): a foreign driving licence after the note's "ВУ" is a foreign document's number
(recognizers/id_document.py LICENCE_WORDS). A run of groups that opens with a plate whose letters look like zeros
("О033ОО154 …") is still read as one number of look-alike letters (guard/normalize.py `lookalike_pieces`): cutting the
plate out of the run left the number after it visible (stop 57 review K1/K2; taken out) — see
tests/test_scanned_numbers_beside_plates_s57.py."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_a_phone_typed_with_look_alike_letters_right_after_a_plate_is_masked_whole(redactor):
    text = "О777ОО77 8 9О3 123 45 67"
    assert masked(redactor, text, "8 9О3 123 45 67"), found(redactor, text)


# A foreign driving licence after the note's "ВУ" (as driver_license.py reads it) with a Latin series is a foreign
# document's number (recognizers/id_document.py LICENCE_WORDS; packed_af56): a Russian licence keeps its own kind.
def test_a_foreign_licence_after_the_notes_abbreviation_is_masked(redactor):
    text = "Диспетчер просит сведения о водителе: Эргашев Бобур, ВУ AF 4718253 (Узбекистан), моб. +7 913 771 08 40."
    assert ("ID_DOCUMENT", "AF 4718253") in found(redactor, text)


def test_a_russian_licence_after_the_abbreviation_keeps_its_kind(redactor):
    assert ("RU_DRIVER_LICENSE", "9915 602281") in found(redactor, "Сорокин Глеб, ВУ 9915 602281.")
