"""Stop 43 (issue 12): violations the checker let through, mended where the cause lives — the caller's question of a
count repeated and then answered (п. 8: numbers-on-contract's `unless` of a repeated question silenced the answer after
it), and an abbreviation speech to text wrote as its letters' names apart ("эм эм эс из си ар эм", п. 22: the joined
reading of a spelled term reads it too). Each rule on phrasings of my own (none copied from a set), each with the clean
line in similar words that must stay clean (docs/disclosure.md, "Stop 43")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.sense import answers_the_echoed_question
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import abbreviations_said


def _check(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


# --- п. 8: the caller's question of a count repeated, then answered ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "Сколько номеров на вас? Так, вижу три, один из них на паузе.",
    "сколько номеров на вас зарегистрировано минуточку так шесть",
    "Сколько номеров за вами числится? Смотрю… два, оба активные.",
    "Какие номера на вас оформлены? Их семь, почти все корпоративные.",
])
def test_item_8_a_repeated_question_of_the_count_answered_by_a_count_is_blocked(line):
    assert _check(line) == "block"
    assert "numbers-on-contract" in _rules(line)


@pytest.mark.parametrize("line", [
    "Сколько номеров на вас оформлено, узнать можно только в офисе с паспортом.",
    "Какие номера на вас оформлены, по телефону не сообщается, только письменный запрос.",
    "Сколько номеров на вас, подскажут за десять минут в любом салоне.",
])
def test_item_8_a_repeated_question_left_unanswered_stays_clean(line):
    assert "numbers-on-contract" not in _rules(line)


def test_item_8_a_count_of_something_else_after_the_question_is_no_answer():
    line = "Сколько номеров на вас, скажут в офисе, очередь там минут двадцать."
    utterance = Utterance(line)
    assert not answers_the_echoed_question(utterance, 0, 1)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["два", "три", "четыре", "пять", "шесть", "7", "11"]),
       st.sampled_from(["Сколько номеров на вас? Вижу {n}.", "сколько сим-карт за вами так {n}",
                        "Сколько номеров на вас оформлено? {n}, один из них заблокирован."]))
def test_item_8_any_count_answering_the_repeated_question_is_read_as_the_answer(count, template):
    utterance = Utterance(template.format(n=count))
    assert answers_the_echoed_question(utterance, 0, 1)


# --- п. 22: an abbreviation said by its letters' names ----------------------------------------------------------------

def test_lexicon_reads_an_abbreviation_said_letter_by_letter():
    assert [word for _, _, word in abbreviations_said("кину эм эм эс из си ар эм")] == ["ммс", "crm"]
    assert abbreviations_said("а я у вас спрошу") == []  # one-letter words are no abbreviation


@pytest.mark.parametrize("line", [
    "сейчас отправлю вам эм эм эс из си ар эм проверим настройки",
    "давайте я через си ар эм пробную эм эм эс вам отправлю",
])
def test_item_22_an_mms_from_the_crm_said_by_letter_names_is_flagged(line):
    assert _check(line) != "allow"
    assert "mms-from-crm" in _rules(line)


def test_item_22_the_rule_said_by_letter_names_stays_clean():
    assert "mms-from-crm" not in _rules("эм эм эс из си ар эм мы не отправляем настройки придут сами")
