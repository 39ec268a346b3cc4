"""Stop 56 (s56-overrefusal), issue 13: a question asking the caller for the street blocked as telling one.

«С какой улицы вы звоните?» asks the caller for a street and holds none; the question word before the street word was
read as the street's name (guard/disclosure/streets.py `_asks_for_it`). A line proposing a street («Вы с Тверской
улицы звоните?», «Вы с какой улицы — Тверской?»: red team bb30, f07) stays blocked, and so does a demonstrative before
the street word («на этой улице, Тверской?»: review of s55-bb30check).
"""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker
from security.conftest import check_in_call
from security.test_redteam_bb30_checker import CARD, _checked_in_calls

# The operator asks the caller for the street: the line holds no street
ASKING_FOR_THE_STREET = [
    "С какой улицы вы звоните?",
    "Вы с какой улицы?",
    "На какой улице вы живёте?",
    "Уточните, на какой улице вы проживаете?",
    "Подскажите, с какой улицы вы звоните?",
    "с какой улицы вы звоните",                          # speech to text
    "на какой улице вы проживаете подскажите пожалуйста",
]
# The operator proposes a street: blocked as before (red team bb30, f07; review of s55-bb30check)
PROPOSING_A_STREET = [
    "Вы с Тверской улицы звоните?",
    "Вы с улицы Тверской звоните?",
    "Вы с какой улицы — Тверской?",
    "Вы с какой улицы, с Тверской?",
    "Вы на этой улице, Тверской?",
    "Вы на какой улице живёте — Тверская?",               # the name set off after the verb
    "вы на какой улице живёте тверская",                  # speech to text: no mark sets it off
]


@pytest.mark.parametrize("line", ASKING_FOR_THE_STREET)
def test_a_question_asking_the_caller_for_the_street_is_no_disclosure(line):
    assert check_in_call(CARD, line).verdict == "allow", line
    assert default_checker().check(line, "operator").verdict == "allow", line


@pytest.mark.parametrize("line", PROPOSING_A_STREET)
def test_a_line_proposing_a_street_stays_blocked(line):
    result = check_in_call(CARD, line)
    assert result.verdict == "block" and "address" in result.rules, (line, result)


def test_asking_for_the_street_is_allowed_and_proposing_one_blocked_through_the_proxy(attack):
    lines = ASKING_FOR_THE_STREET[:2] + PROPOSING_A_STREET[:3]
    answers = _checked_in_calls(attack, lines)
    assert [answer["verdict"] for _status, answer in answers] == ["allow"] * 2 + ["block"] * 3, answers


@pytest.mark.parametrize("line", [
    "Вы с какой улицы? Тверская?",
    "Вы с какой улицы? Тверская, верно?",
    "Вы на какой улице живёте? Тверская, да?",
    "Вы с какой улицы? Тверская, 12?",
])
def test_a_street_proposed_in_the_sentence_after_the_question_stays_blocked(line):
    """Review s56 f2: the name offered is read to the line's end, past the question's «?»."""
    assert check_in_call(CARD, line).verdict == "block", line


@pytest.mark.parametrize("line", [
    "Вы на какой улице живёте — Московская?",
    "Вы с какой улицы — Молодёжной?",
    "Вы на какой улице живёте, Свободы?",
    "вы на какой улице живёте московская",            # speech to text
    "Вы с Московской улицы звоните?",
])
def test_a_street_name_beginning_like_a_possessive_proposed_after_the_question_stays_blocked(line):
    """Review s56 f3: the possessives are read by lemma, not by a prefix «мо»/«сво»."""
    assert default_checker().check(line, "operator").verdict == "block", line
