"""The merge's review of stop 48: fail-open readings found in the merged diff, each kept closed here (one test per
rule, our own phrasings)."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker


def _check(text: str):
    return default_checker().check(text, "operator")


@pytest.mark.parametrize("text", ["владелец капуста указана", "владелец лопата подтверждена",
                                  "владелец номера шуба указана"])
def test_a_bare_noun_right_before_a_participle_in_the_owners_slot_stays_a_surname(text):
    """Капуста, Шуба are surnames: only a noun with a phrase of its own opens a thing's passive clause."""
    assert "owner-name" in _check(text).rules


def test_a_negated_object_is_not_what_the_caller_named():
    """«назвали не федеральный, а городской номер …»: the caller did not name the federal number, п. 5's condition
    is not stated and the number stays a number told."""
    assert _check("вы, как я вижу, назвали не федеральный, а городской номер 84951234567").verdict == "block"


def test_a_service_word_elsewhere_in_the_line_does_not_make_a_tail_a_service_number():
    """A number's last 4 after «на» are п. 6's unless a dialling verb gives them to be dialled."""
    result = _check("второй номер у вас на 0611, по справочной уточните")
    assert result.verdict == "block" and "subscriber-number" in result.rules


def test_a_short_number_given_to_be_dialled_after_na_is_no_tail():
    result = _check("по номеру звоните на 0611")
    assert "subscriber-number" not in [finding.rule for finding in result.violations if finding.verdict == "block"]
