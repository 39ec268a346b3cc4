"""Stop 48 (issue 12): clean lines of stop 47's authors (disc_ae47, disc_af47) and every set before them read where their
causes live, and a п. 7 word said of the carrier's side that no learned guess may clear (docs/disclosure.md, "Stop 48").
Phrasings are my own (none copied from a set); each rule has its attack: the forbidden sense in similar words is still
flagged."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.about import CARRIERS_SIDE, attribute_of_a_thing, said_of_carriers_side
from guard.disclosure.checker import DisclosureChecker
from guard.disclosure.patterns import compile_pattern, match_at
from guard.disclosure.sense import states_item5_conditions
from guard.disclosure.text import Utterance
from guard.disclosure.verifier import HitVerifier
from guard.recognizers.lexicon import MONTH_ADJECTIVES

from checker_lines import rules_of, verdict_of, word_at


# --- п. 7: a failure word said of the carrier's side is not the verifier's to clear ----------------------------------

class _ClearsEveryHit(HitVerifier):
    """A verifier that reads every wording hit in the allowed sense (the worst a retrained one could do)."""

    def __init__(self) -> None:  # noqa: D107 — no weights: every probability is 0
        self.threshold = 0.5

    def probability(self, utterance, rule, start, end, line_vector=None) -> float:
        return 0.0


def _checker_whose_verifier_clears_everything() -> DisclosureChecker:
    shipped = default_checker()
    return DisclosureChecker(shipped.rules, model=shipped.model, verifier=_ClearsEveryHit(), decision=shipped.decision)


@pytest.mark.parametrize("line, word", [
    ("Задержка поступления оплаты на ваш счёт, деньги будут к вечеру.", "задержка"),
    ("У нас сбой на сервере, звонки пока не проходят.", "сбой"),
    ("Авария на линии в вашем районе, мастера уже работают.", "авария"),
    ("задержка зачисления средств ждите до утра", "задержка"),
    ("у нас авария", "авария"),
])
def test_item_7_a_failure_word_said_of_the_carriers_side_is_not_cleared_by_the_verifier(line, word):
    assert said_of_carriers_side(*word_at(line, word))
    assert _checker_whose_verifier_clears_everything().check(line, "operator").verdict != "allow"


@pytest.mark.parametrize("line, word", [
    ("Простите за задержку с ответом, уже смотрю.", "задержку"),
    ("У соседей авария с трубами, поэтому и шумно.", "авария"),
    # the carrier's side denied is not what the word is said of
    ("Задержка не из-за сети, а из-за вашего банка.", "задержка"),
    # the customer's own acts: a payment deferred, a watch's delay before its SOS call
    ("Задержку оплаты на неделю тариф разрешает, связь не отключим.", "задержку"),
    ("в часах поставьте задержку перед вызовом секунды две", "задержку"),
    # a line of something else by its genitive
    ("Авария на линии электропередачи, света в посёлке нет.", "авария"),
])
def test_item_7_a_failure_word_of_something_else_stays_the_verifiers_to_judge(line, word):
    assert not said_of_carriers_side(*word_at(line, word))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(CARRIERS_SIDE & {"сеть", "сервер", "вышка", "станция", "линия", "биллинг", "коммутатор"})),
       st.sampled_from(["Сбой", "Авария", "Задержка"]))
def test_item_7_any_carriers_thing_in_the_failure_words_phrase_keeps_it_from_the_verifier(thing, word):
    form = {"сеть": "сети", "сервер": "сервере", "вышка": "вышке", "станция": "станции", "линия": "линии",
            "биллинг": "биллинге", "коммутатор": "коммутаторе"}[thing]
    line = f"{word} на {form}, скоро всё заработает."
    assert said_of_carriers_side(*word_at(line, word.lower()))
    assert _checker_whose_verifier_clears_everything().check(line, "operator").verdict != "allow"


# --- п. 9: a short number given to be dialled is no number's last four -----------------------------------------------

@pytest.mark.parametrize("line", [
    "По любым вопросам по номеру набирайте 0890, звонок бесплатный.",
    "по вопросам по вашему номеру звоните на ноль восемь девять ноль это бесплатно",
])
def test_item_9_a_short_service_number_to_dial_after_a_phones_noun_is_no_last_four(line):
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Ваш второй номер на 0890, больше сказать не могу.",
    "по номеру звоните на 4417 это номер вашей жены",
])
def test_item_6_a_number_called_by_its_last_four_stays_told_whatever_verb_is_near(line):
    assert verdict_of(line) == "block"


# --- п. 5: the caller named as the subject of knowing the other number, by the syntax ----------------------------------

@pytest.mark.parametrize("line", [
    "Вы, как наследник, правильно продиктовали мобильный номер; городской к нему — 8 495 300-12-40.",
    "Вы, будучи наследником, уже знаете мобильный номер, так что городской назову: 8 495 300-12-40.",
    "вы как новый хозяин номера правильно назвали мобильный городской к нему восемь четыреста девяносто пять триста "
    "двенадцать сорок",
])
def test_item_5_the_caller_who_named_one_number_however_far_from_the_verb_may_be_told_the_other(line):
    assert states_item5_conditions(Utterance(line))
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Вы, к сожалению, не продиктовали федеральный номер, а городской у него 8 495 300-12-40.",
    "Вы, как дочь, назвали фамилию отца; городской у него 8 495 300-12-40.",
    # a name said first: the parse may make the numbers after it objects of the same verb
    "вы только имя назвали ладно городской у него 8 495 300-12-40 а мобильный 8 916 200-30-40",
])
def test_item_5_a_caller_who_did_not_name_the_other_number_is_not_told_this_one(line):
    assert verdict_of(line) == "block"


# --- a month's adjective said of a thing tells no birth month -------------------------------------------------------

@pytest.mark.parametrize("line, word", [
    ("Вы мартовский пакет минут уже подключали?", "мартовский"),
    ("вы майская акция видели в приложении", "майская"),
])
def test_a_months_adjective_that_qualifies_a_thing_tells_no_birth_month(line, word):
    assert attribute_of_a_thing(*word_at(line, word))
    assert "other-personal-data" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Вы ведь мартовский, как и владелец?",
    "вы майская а ваш брат нет",
    "Вы майский именинник?",
])
def test_a_months_adjective_said_of_the_person_is_still_a_birth_month(line):
    assert "other-personal-data" in rules_of(line)


@settings(max_examples=24, deadline=None)
@given(st.sampled_from(sorted(MONTH_ADJECTIVES)), st.sampled_from(["тариф", "пакет", "бонус"]))
def test_every_months_adjective_before_a_thing_is_the_things(adjective, thing):
    line = f"Вы {adjective} {thing} смотрели?"
    assert "other-personal-data" not in rules_of(line), line


# --- a pattern's adjective is not the adverb it shares a form with ------------------------------------------------

def test_a_cue_words_adjective_does_not_match_the_adverb_of_the_same_spelling():
    cue = replace(compile_pattern("прямой").first, attribute=True)
    assert cue.matches(Utterance("прямой").tokens[0]) and cue.matches(Utterance("прямому").tokens[0])
    assert not cue.matches(Utterance("прямо").tokens[0])


def test_a_wording_patterns_adjective_still_reads_the_adverb():
    # "неадекватно себя ведёте" is the rudeness the adjective names: only a cue word is read as an attribute
    pattern = compile_pattern("неадекватный")
    assert match_at(pattern, Utterance("неадекватно").tokens, 0) == 0


@pytest.mark.parametrize("line, allowed", [
    ("Прямо сейчас свободен номер из каталога 8 999 100-20-30, забронировать?", True),
    ("Прямой телефон менеджера отдела: 8 495 300-12-40.", False),
    ("Звоните прямо в отдел кадров, 8 495 300-12-40.", False),  # the unit itself is named
])
def test_item_10_an_adverb_is_no_direct_line_a_direct_line_is(line, allowed):
    assert ("department-phone" not in rules_of(line)) is allowed
