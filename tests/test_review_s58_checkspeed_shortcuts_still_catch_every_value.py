"""Review of s58-checkspeed (7ffad4ed..e1747b9f): regression probes for the five shortcuts.

No high finding was found: every probe below gives the same answer on the base (7ffad4ed) and on the branch
(e1747b9f), so these tests PASS ON BOTH. They are kept as guards on the narrowings the branch added (the
numbers_after_cue gate, the lowercase naming-cue gate, the shared Unicode reading, the device-word shortcut): a
later change that makes one of them drop a span fails here.
"""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.disclosure import check

_REDACTOR = Redactor()

# numbers_after_cue's _any_cue gate (recognizers/base.py): a passport's piece after its cue, cue spelled oddly
PASSPORT_PIECES = [
    "паспорт 4505",
    "ПАСПОРТ 4505",
    "пaспорт 4505",  # Latin a
    "па\u200bспорт 4505",  # zero-width space inside the cue
    "паспорт\u00a04505",
    "паспорт ４５０５",  # full-width digits
    "паспорт клиента 4505",
    "паспорт данные 4505",
    "по паспорту сорок пять ноль пять выдан",
    "код подразделения семьсот семьдесят",
    "у вас в паспорте серия 4505",
]


@pytest.mark.parametrize("line", PASSPORT_PIECES)
def test_a_passport_piece_after_its_cue_is_blocked(line):
    result = check(line, speaker="operator")
    assert result.verdict == "block", (line, result.verdict)
    assert any(v.rule == "passport" for v in result.violations), line


# person._naming_cue's lowercase gate (_holds_a_spoken_naming_cue): a name right after a spoken cue, lowercase ASR
NAMED_AFTER_A_CUE = [
    ("с фамилией ситников всё в порядке", "ситников"),
    ("фамилию ситников продиктуйте", "ситников"),
    ("урожд. соловей", "соловей"),
    ("мама урождённая сидорова", "сидорова"),
    ("зовут его волк андрей", "волк"),
    ("отчество петровна имя буян", "буян"),
]


@pytest.mark.parametrize("text, name", NAMED_AFTER_A_CUE)
def test_a_lowercase_name_after_a_spoken_cue_is_masked(text, name):
    redacted = _REDACTOR.redact(text).text
    assert name not in redacted and "<PERSON>" in redacted, redacted


# person._a_device_word's shortcut: a device word does not swallow the owner's name next to it
def test_a_name_after_a_device_word_is_masked():
    redacted = _REDACTOR.redact("samsung галакси сидоров петр").text
    assert "сидоров" not in redacted, redacted
