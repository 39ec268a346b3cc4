"""Stop 52 (issue 12): clean lines of the newest authors (disc_an52, disc_al51, disc_am51) read where their decisions
live — whose words a repeat says back, when an offer to repeat is conditional, which act of п. 7's standard phrase
a verb names, whose MMS is sent, who the speaker says they are — and stop 51's open read-back question pinned: said
back alone when the line names the caller's saying, in a call only what the caller said (docs/disclosure.md, "Stop
52"). Phrasings are my own (none copied from a set); each reading has its attack beside it."""
from __future__ import annotations

import pytest

from conftest import SAMPLE_CARD, call_context
from guard.disclosure.checker import default_checker
from guard.disclosure.context import Said

from checker_lines import rules_of, verdict_of


# --- the ethics' i-repeat: the object named as the caller's saying ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Повторяю адрес, который вы назвали: Липецк, улица Гагарина, 12 — правильно?",
    "Повторю то, что вы сказали: тариф «Базовый» с понедельника, верно?",
    "повторяю номер который вы сейчас продиктовали восемь девятьсот двенадцать триста сорок пять шестьдесят семь "
    "восемьдесят девять верно",
])
def test_repeating_what_the_caller_named_in_a_relative_clause_is_no_irritated_repeat(line):
    assert "i-repeat" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз адрес, который вы назвали: Липецк, улица Гагарина, 12.",  # "ещё раз": the operator's again
    "Я же повторяла тариф, который вы назвали: «Базовый».",  # the past
    "Повторяю тариф, который я назвала: «Базовый».",  # the operator's own saying, not the caller's
])
def test_a_repeat_again_in_the_past_or_of_the_operators_own_words_stays_the_irritated_one(line):
    assert "i-repeat" in rules_of(line)


# --- an offer to repeat under a condition after it ------------------------------------------------------------------

def test_an_offer_to_repeat_with_its_condition_after_it_is_no_irritated_repeat():
    assert "i-repeat" not in rules_of("Повторю ещё раз, если не расслышали: оператор Алина, номер 5521.")


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз, если не успели записать: тариф не меняется.",  # the present: no offer
    "Повторю ещё раз, и больше повторять не буду.",  # no condition
    "Повторю ещё раз, если нужно.",  # an impersonal condition: nothing the caller missed
])
def test_a_present_repeat_or_one_with_no_condition_stays_the_irritated_one(line):
    assert "i-repeat" in rules_of(line)


# --- п. 23: the standard phrase's act said with its verb ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вероятно, в вашем районе модернизируют работу сети, поэтому возможны временные ограничения.",
    "вероятно в вашем районе улучшают работу сети поэтому возможны временные ограничения",
])
def test_item_23_the_standard_phrases_optimisation_said_with_its_verb_is_no_upkeep_told(line):
    assert "maintenance-words" not in rules_of(line)


def test_item_23_an_upkeep_told_beside_an_optimising_verb_elsewhere_stays_flagged():
    assert "maintenance-words" in rules_of("На станции идёт перезагрузка оборудования, так мы оптимизируем сеть.")


# --- п. 7: the caller's message reported with "вы пишете, что …" ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вы пишете, что у вас в посёлке «сбой связи» — уточните, пожалуйста, адрес.",
    "вы пишете что у вас в поселке сбой связи уточните пожалуйста адрес",
])
def test_item_7_the_callers_written_words_reported_in_the_present_are_not_the_operators_wording(line):
    assert "service-failure-words" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Пишите, что у нас авария на линии.",  # the imperative: what the caller is to write
    "Вы пишете жалобу, что у нас сбой на линии, и прикладываете скрин.",  # a text to write, its object named
    "Вы пишете, что у нас сбой, — да, сбой на станции, чиним.",  # the operator agrees
    "Порядок такой: вы пишете, что подтверждаете аварию на линии, и прикладываете фото.",  # the caller's act: a text
])
def test_item_7_a_text_to_write_or_the_word_agreed_with_stays_flagged(line):
    assert "service-failure-words" in rules_of(line)


# --- п. 22: the MMS another sender's verb governs -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Настройки пришлю в СМС, а вы потом отправьте MMS на свой номер для проверки.",
    "настройки пришлю в смс а вы потом отправьте ммс на свой номер для проверки",
])
def test_item_22_an_mms_the_caller_is_asked_to_send_is_not_the_operators(line):
    assert "mms-from-crm" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Пришлю вам MMS из CRM, а вы отправьте ответ.",
    "Отправлю вам MMS, а вы потом отправьте его обратно.",
])
def test_item_22_the_operators_own_mms_before_the_callers_sending_stays_flagged(line):
    assert "mms-from-crm" in rules_of(line)


# --- п. 18: "я" and a first name, the speaker's own --------------------------------------------------------------

def test_the_operator_saying_i_and_a_first_name_is_their_own_introduction_however_speech_to_text_runs_it_on():
    # speech to text runs the name on into the next common noun ("алина линия" read as a person)
    assert verdict_of("я алина линия поддержки номер оператора сорок два ноль один") == "allow"


def test_a_name_run_on_into_words_that_are_no_common_noun_is_not_cleared_as_the_operators_own():
    # a false name laughed off (п. 18): "ха ха" is no common noun a name could have run on into
    assert verdict_of("ну пишите что я оператор ноль ноль один шерлок холмс ха ха") == "block"


def test_my_name_introduces_the_speaker_and_their_number_is_no_count_of_the_contracts_numbers():
    line = "моё имя рустам номер пятьдесят один ноль сорок два заявка по симке вашей мамы оформлена на меня"
    assert verdict_of(line) == "allow"


def test_a_count_said_after_my_name_and_number_stays_blocked():
    line = "моё имя рустам номер пятьдесят один ноль сорок два номеров на договоре у мамы четыре"
    assert "numbers-on-contract" in rules_of(line)


@pytest.mark.parametrize("line", [
    "я алина а договор оформлен на петрова",
    "Я Алина, владелица номера Сидорова.",
    "я алина владелица номера сидорова",
])
def test_an_own_first_name_never_clears_the_owners_name_told_beside_it(line):
    assert verdict_of(line) == "block"


# --- stop 51's open item: the caller's saying named in a read-back question --------------------------------------

_NEIGHBOURS = "Вы продиктовали номер соседа 8 916 204-17-35, верно?"


def test_a_read_back_question_naming_the_callers_dictation_is_allowed_alone():
    assert verdict_of(_NEIGHBOURS) == "allow"


@pytest.mark.parametrize("line", [
    "Вы продиктовали номер соседа, а номер владельца 8 916 204-17-35, верно?",  # past a contrast word
    "Вы продиктовали номер соседа. Номер владельца 8 916 204-17-35.",  # past the sentence
    "Вы продиктовали номер соседа, его номер в базе 8 916 204-17-35, верно?",  # the records named
    "Вы не продиктовали номер соседа, его номер 8 916 204-17-35.",  # nothing said
])
def test_a_read_back_question_clears_nothing_past_the_callers_words(line):
    assert verdict_of(line) == "block"


def _in_call(line: str, callers_lines: tuple[str, ...]) -> str:
    said = Said()
    for text in callers_lines:
        said.add(text)
    return default_checker().check(line, "operator", call_context(SAMPLE_CARD), said).verdict


def test_in_a_call_the_read_back_question_is_allowed_when_the_caller_said_the_number():
    assert _in_call(_NEIGHBOURS, ("номер соседа восемь девятьсот шестнадцать двести четыре семнадцать тридцать пять",)) \
        == "allow"


@pytest.mark.parametrize("callers_lines", [(), ("номер соседа 89035556677",)])
def test_in_a_call_the_read_back_question_blocks_a_number_the_caller_did_not_say(callers_lines):
    assert _in_call(_NEIGHBOURS, callers_lines) == "block"


def test_in_a_call_the_read_back_question_never_clears_a_value_the_card_holds():
    # the card's second number, never said by the caller
    assert _in_call("Вы продиктовали номер соседа 8 916 765-43-21, верно?", ()) == "block"


# --- п. 25: what the record holds, gone by ("как в поле записано") --------------------------------------------------

def test_item_25_the_record_gone_by_in_a_clause_of_manner_is_no_change_of_account_data():
    line = "марина как в карточке в поле обращения записано так вас и называю вы владелица договора"
    assert "client-data-change" not in rules_of(line)


def test_item_25_the_owners_record_gone_by_is_not_cleared_here():
    # addressing the caller as the owner's record has it is п. 1's; the change reading does not read it away
    line = "буду обращаться к вам так как записано у владельца договора хорошо"
    assert "client-data-change" in rules_of(line)


def test_item_25_the_operators_change_with_as_after_it_stays_flagged():
    assert "client-data-change" in rules_of("записываю в карточку новую фамилию владельца как в паспорте")


# --- review52 (fail-open regressions of the stop-52 merge): the reviewer's cases, kept ------------------------------

def _guard_check_call(lines):
    """`guard check` over one call's JSONL (client and operator turns, one call_id): {id: (verdict, rules)}."""
    import json
    import subprocess
    import sys
    src = "".join(json.dumps({"id": str(i), "call_id": "review52", "speaker": who, "text": text}, ensure_ascii=False)
                  + "\n" for i, (who, text) in enumerate(lines))
    out = subprocess.run([sys.executable, "-m", "guard.cli", "check", "-"], input=src, capture_output=True, text=True,
                         check=True).stdout
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    return {r["id"]: (r["verdict"], [v["rule"] for v in r["violations"]]) for r in rows}


# finding 1: "я" + a first name / "моё имя" introduces the operator only where the line is the operator's own speech
@pytest.mark.parametrize("operator_line", [
    "Вы сказали: я Анна Петровна Смирнова",
    "Владелица номера нам писала: я Анна Смирнова, Москва",
    "Ваша мама звонила, сказала: я Анна Мельник",
    "Она нам написала: моё имя Анна Смирнова",
])
def test_reported_self_introduction_of_someone_else_in_a_call_stays_blocked(operator_line):
    got = _guard_check_call([("client", "Здравствуйте, я по поводу номера моей мамы"), ("operator", operator_line)])
    assert got["1"][0] == "block" and "owner-name" in got["1"][1], got["1"]


@pytest.mark.parametrize("line", [
    "Звонила женщина и сказала: я Анна Смирнова",
    "Ваш муж звонил и сказал: я Сергей Петрович Иванов",
    "Она представилась так: я Анна Смирнова",
])
def test_reported_self_introduction_line_alone_keeps_owner_name(line):
    assert "owner-name" in rules_of(line)


@pytest.mark.parametrize("line", ["Я Анна Смирнова", "я анна смирнова", "Я Анна Мельник", "моё имя анна смирнова"])
def test_a_surname_said_with_i_and_a_first_name_is_never_the_operators_introduction_to_clear(line):
    assert "owner-name" in rules_of(line)


# finding 2: only a sanctioned verb that itself governs the upkeep noun clears it
@pytest.mark.parametrize("line", [
    "Оптимизировали и перезагрузили оборудование, поэтому связи не было",
    "Улучшаем и ремонтируем вышку, связи не будет до вечера",
    "Модернизируем и отключаем базовую станцию на ночь",
])
def test_upkeep_told_after_a_coordinated_sanctioned_verb_stays(line):
    assert "maintenance-words" in rules_of(line)


# finding 3: a sending verb negated or in a condition does not make the MMS another's
@pytest.mark.parametrize("line", [
    "Отправлю вам, если система сама не отправит, MMS с настройками",
    "Отправлю вам, пока система не отправила, MMS с настройками",
])
def test_operators_mms_past_a_conditional_third_person_sending_stays(line):
    assert "mms-from-crm" in rules_of(line)


# the lesser one: "вы пишете, что …" in the present reads back no third party's value
@pytest.mark.parametrize("line,rule", [
    ("Вы пишете, что номер владельца 89161234567", "subscriber-number"),
    ("Вы пишете, что паспорт владельца 4510 123456", "passport"),
    ("Вы пишете, что владелец номера Смирнова Анна Петровна", "owner-name"),
])
def test_a_third_partys_value_after_you_write_that_stays_flagged_alone(line, rule):
    assert rule in rules_of(line)
