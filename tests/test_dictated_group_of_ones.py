"""A group of a dictated number said "один один" is a value, not a stall: "один" is also a stall's word ("один
момент"), and a turn of it alone was read as waiting, so the group was never an answer and stayed in the export (the
hypothesis property of tests/security/test_redteam_bb8_dialogue.py met it at the stop 34 merge)."""
from __future__ import annotations

import pytest

from guard.dialogue import waits

OPERATOR, CLIENT = "operator", "client"


@pytest.mark.parametrize("group", ["один один", "один", "ноль один", "один, один"])
def test_a_turn_of_number_words_only_does_not_wait(group):
    assert not waits(group)


@pytest.mark.parametrize("stall", ["один момент", "одну минуту", "сейчас", "да"])
def test_a_stall_with_one_still_waits(stall):
    assert waits(stall)


def test_a_group_said_one_one_after_the_question_is_masked(redactor):
    turns = [(OPERATOR, "назовите номер договора"), (CLIENT, "один один"), (OPERATOR, "да"),
             (CLIENT, "сорок два"), (OPERATOR, "да"), (CLIENT, "один один")]
    redacted = redactor.redact_dialogue(turns)
    assert all(redaction.entities for redaction in redacted[1::2]), [r.text for r in redacted]
