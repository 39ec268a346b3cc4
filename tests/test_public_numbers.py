"""Инструкция запретов, п. 9: one list of public numbers (policies/lists.yaml), one matcher (number_fits), and the
card policy and the speech checker agree on which numbers — 8-800 lines included — are public (fail closed: a
line the list does not name is not public)."""
from __future__ import annotations

import copy

import pytest

from guard.callstate import IdentificationLevel
from guard.disclosure import CheckContext, default_checker
from guard.disclosure import rules as speech_rules
from guard.disclosure.personal import entity_counts
from guard.disclosure.context import Said
from guard.disclosure.text import Utterance
from guard.entities import Entity
from guard.policy import CallContext, default_policy_path, load_policy
from guard.policy.conditions import fits_any, number_fits
from tests.test_disclosure_personal import CARD

LISTED_800 = ["88007000611", "78007000611", "8007000611", "88002009997", "78002009997", "8002009997"]
UNLISTED_800 = ["88005553535", "78005553535", "8005553535", "88001234567", "88002009998"]


def test_a_hash_is_one_digit_and_lengths_agree():
    assert number_fits("0611", "0###") and number_fits("112", "112")
    assert not number_fits("06110", "0###") and not number_fits("061", "0###")


def test_a_final_star_is_any_continuation():
    assert number_fits("88001234567", "8800*") and number_fits("8800", "8800*") and number_fits("88001234", "88##*")
    assert not number_fits("880", "8800*") and not number_fits("89001234567", "8800*")


def test_the_speech_rules_match_public_numbers_with_the_card_policys_matcher(monkeypatch):
    # the card policy's in_list and the speech rules' public numbers: one matcher (fits_any over number_fits's rule)
    assert speech_rules.fits_any is fits_any
    calls = []
    monkeypatch.setattr(speech_rules, "fits_any", lambda digits, entries: calls.append((digits, tuple(entries))) or False)
    numbers = next(rule.numbers for rule in default_checker().rules.rules if rule.numbers is not None)
    assert not numbers.is_public("0611")
    assert any(digits == "0611" and "0###" in entries for digits, entries in calls)
    assert not hasattr(speech_rules, "_public_number")


def _card_shows_whole(number: str) -> bool:
    card = copy.deepcopy(CARD)
    card["call_details"] = [{"at": "2026-11-01T10:15:00", "direction": "out", "number": number}]
    context = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male")
    shown = load_policy(default_policy_path()).apply(card, context, redact_text=lambda text: "").card
    return shown["call_details"][0]["number"] == number


def _spaced(number: str) -> str:
    head = number[:-10]
    rest = number[-10:]
    return " ".join(part for part in (head, rest[:3], rest[3:6], rest[6:8], rest[8:]) if part)


def _said_with_the_card_flagged(number: str) -> bool:
    card = copy.deepcopy(CARD)
    card["call_details"] = [{"at": "2026-11-01T10:15:00", "direction": "out", "number": number}]
    context = CheckContext(card=card, identification="primary", caller_gender="male")
    result = default_checker().check(f"Вы звонили на {_spaced(number)}", "operator", context)
    return "call-detail-number" in {finding.rule for finding in result.violations}


def _department_line_flagged(number: str) -> bool:
    result = default_checker().check(f"запишите прямой номер бухгалтерии {_spaced(number)}", "operator")
    return "department-phone" in {finding.rule for finding in result.violations}


def _detected_phone_counts(number: str) -> bool:
    text = f"позвоните {_spaced(number)}"
    entity = Entity(len("позвоните "), len(text), "PHONE_NUMBER", 0.9)
    return entity_counts(entity, Utterance(text), Said(), default_checker()._is_public_number)


@pytest.mark.parametrize("number", LISTED_800 + UNLISTED_800)
def test_both_policies_agree_on_which_8800_lines_are_public(number):
    public = number in LISTED_800
    assert _card_shows_whole(number) is public
    assert _said_with_the_card_flagged(number) is not public
    assert _department_line_flagged(number) is not public
    assert _detected_phone_counts(number) is not public
