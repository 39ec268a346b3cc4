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
from guard.disclosure.sense import answers_the_echoed_question, read_back_spans
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


# --- п. 8: the list of the caller's numbers sent in writing -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Раз до салона вам не добраться, список всех ваших номеров скину в чат через пару минут.",
    "в мессенджер сейчас отправлю какие номера на вас оформлены сверите сами",
    "Перечень всех номеров на вас уже выслали в личные сообщения, проверьте.",
])
def test_item_8_the_list_of_the_callers_numbers_sent_in_writing_is_blocked(line):
    assert _check(line) == "block"
    assert "numbers-on-contract" in _rules(line)


@pytest.mark.parametrize("line", [
    "Список всех ваших номеров в чат не скинем, его выдают только в салоне по паспорту.",
    "перечень всех номеров на вас по почте не отправляем только при визите в офис",
    "Пришлите, какие номера вы хотите оставить на договоре, я передам заявку.",
    "Вы выслали нам список всех своих номеров, спасибо, передам в офис.",
    "Раз вы уже в салоне, список всех номеров на вас распечатаю прямо сейчас.",
])
def test_item_8_the_list_refused_sent_to_the_office_or_sent_by_the_caller_stays_clean(line):
    assert "numbers-on-contract" not in _rules(line)


# --- a read-back in a relative clause says back its noun, not the main clause ------------------------------------------

def test_a_read_back_in_a_relative_clause_starts_at_the_noun_it_qualifies():
    line = "Список всех номеров на вас отправили в чат, который вы указали в заявке."
    utterance = Utterance(line)
    starts = [start for start, _ in read_back_spans(utterance)]
    assert starts and min(starts) >= line.index("чат")
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Почта, которую вы указали, — petrova.anna@yandex.ru, всё верно?",
    "Адрес, который вы продиктовали: Липецк, улица Гагарина, дом 14, правильно?",
])
def test_a_value_after_the_relative_clause_that_says_it_back_stays_said_back(line):
    assert _check(line) == "allow"


# --- п. 18: the operator's own number withheld or faked in other words -------------------------------------------------

@pytest.mark.parametrize("line", [
    "Оператор Света, а номер… неважно, вернёмся к вашему тарифу.",
    "Специалист Денис, номер… давайте без этого, что у вас с интернетом?",
])
def test_item_18_the_own_number_broken_off_and_waved_away_is_withheld(line):
    assert "operator-number-refusal" in _rules(line)


@pytest.mark.parametrize("line", [
    "Меня зовут Ирина, мой номер… допустим, 2500.",
    "личный номер оператора в заявке поставлю любой",
])
def test_item_18_the_own_number_announced_as_made_up_is_false_data(line):
    assert "operator-number-refusal" in _rules(line)


@pytest.mark.parametrize("line", [
    "номер неважно какой главное чтобы баланс был положительный",
    "Номер заявки, допустим, 1000 — это только пример, настоящий придёт в смс.",
    "Меня зовут Ирина, мой номер 2514, слушаю вас.",
])
def test_item_18_any_number_spoken_of_and_the_own_number_given_stay_clean(line):
    assert "operator-number-refusal" not in _rules(line)


# --- an exception negated says the opposite of what it excepts (п. 7) ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Это не у вас, это у нас проблемы с мобильным интернетом в центре.",
    "это не у вас это у нас проблема с регистрацией в сети по всему району",
])
def test_item_7_the_callers_side_negated_leaves_the_problem_the_companys(line):
    assert "problem-word" in _rules(line)


@pytest.mark.parametrize("line", [
    "Проблема не у вас, а в настройках телефона, давайте их проверим.",
    "У вас проблема с роутером, сеть в порядке.",
])
def test_item_7_the_callers_own_problem_stays_clean(line):
    assert "problem-word" not in _rules(line)
