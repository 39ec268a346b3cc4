"""Stop 44 (issue 12): violations the checker let through, mended where the cause lives — a п. 15 word that addresses
the caller by the line's syntax (set off, or opening a clause another subject takes), read-back cues that said back
nothing the caller gave (a verb of saying in the future or asking to speak, the records named before the cue, the
operator's own "сам", the caller's topic "о котором вы говорите", a conclusion "так что"), п. 5's conditions read from a
name said, and a "не" after a verb of telling that negates another word. Each rule on phrasings of my own (none copied
from a set), each with the clean line in similar words that must stay clean (docs/disclosure.md, "Stop 44")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.sense import addressed_by_syntax, is_refusal, read_back_cues, states_item5_conditions
from guard.disclosure.text import Utterance, stretch_starts


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


def _verdict(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _span(line: str, words: str) -> tuple[int, int]:
    start = line.index(words)
    return start, start + len(words)


# --- п. 15: the caller addressed, read from syntax, is not the verifier's or the model's to read away ----------------

@pytest.mark.parametrize("line", [
    "Девушка, квитанция у вас сохранилась?",
    "Мужчина, вы меня слышите? Связь прерывается.",
    "Хорошо, молодой человек, тогда пишем заявление.",
])
def test_item_15_an_address_word_set_off_by_commas_is_always_flagged(line):
    assert "form-of-address" in _rules(line)


@pytest.mark.parametrize("line, words", [
    ("мужчина тариф поменялся с первого числа", "мужчина"),
    ("девушка платёж прошёл вчера вечером", "девушка"),
    ("молодой человек пакет закончился ещё в среду", "молодой человек"),
])
def test_item_15_an_address_word_before_an_inanimate_subject_and_intransitive_verb_addresses_the_caller(line, words):
    assert addressed_by_syntax(Utterance(line), *_span(line, words))
    assert "form-of-address" in _rules(line)


@pytest.mark.parametrize("line", [
    "женщина вы меня слышите говорите погромче",
    "мужчина вы нас слышите говорите ближе к трубке",
])
def test_item_15_an_address_word_before_vy_and_a_request_to_speak_is_flagged(line):
    assert "form-of-address" in _rules(line)


@pytest.mark.parametrize("line, words", [
    ("молодой человек в салоне подключил вам услугу", "молодой человек"),
    ("девушка из салона вам перезвонит", "девушка"),
    ("ваш молодой человек тариф сменил сам", "молодой человек"),
])
def test_item_15_a_person_spoken_of_is_not_read_as_addressed(line, words):
    assert not addressed_by_syntax(Utterance(line), *_span(line, words))


# --- read-back cues that say back nothing the caller gave -------------------------------------------------------------

def test_a_verb_of_saying_in_the_future_is_no_read_back():
    line = "Сейчас зачитаю, а вы скажете, ваш ли он: паспорт 46 09 номер 731552."
    assert not read_back_cues(Utterance(line))
    assert _verdict(line) == "block" and "passport" in _rules(line)


def test_a_read_back_in_the_past_stays_allowed():
    assert _verdict("Вы назвали паспорт 46 09 номер 731552, верно?") == "allow"


def test_a_request_to_speak_louder_is_no_read_back_cue():
    assert not read_back_cues(Utterance("алло вы говорите громче пожалуйста"))
    assert read_back_cues(Utterance("вы говорите номер восемь девятьсот шестнадцать верно"))


@pytest.mark.parametrize("line, rule", [
    ("Адрес регистрации по договору — Казань, Баумана, 12, вы там и живёте?", "address"),
    ("Номер у нас записан на Кузнецова Андрея Ильича, правильно понимаю, это ваш брат?", "owner-name"),
])
def test_the_records_named_before_a_read_back_cue_make_the_value_the_operators_reading(line, rule):
    assert _verdict(line) == "block" and rule in _rules(line)


@pytest.mark.parametrize("line", [
    "Номер оформлен на ИП Гарипова — это вы сами назвали в начале звонка, всё совпадает.",
    "номер записан на ооо ромашка это вы и назвали в начале разговора",
])
def test_the_records_named_before_a_cue_that_points_back_at_the_callers_words_stay_a_read_back(line):
    assert _verdict(line) == "allow"


def test_a_check_back_without_the_records_named_stays_a_read_back():
    assert _verdict("Уточню: адрес Баумана, 12, квартира 7, верно?") == "allow"


def test_the_operators_own_sam_makes_a_check_back_a_reading_from_the_card():
    assert "passport" in _rules("Проверю сама: паспорт 46 09 номер 731552, всё верно?")
    assert _verdict("Проверю: паспорт 46 09 номер 731552, всё верно?") == "allow"


def test_what_the_caller_speaks_about_is_the_topic_not_their_words():
    line = "Звонок, о котором вы говорите, был с 8 912 345-67-89, это не спам."
    assert not read_back_cues(Utterance(line))
    assert _verdict(line) == "block"


def test_a_conclusion_so_that_ends_the_read_back_stretch():
    line = "вы назвали фио так что номер целиком восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять"
    utterance = Utterance(line)
    so = [t.form for t in utterance.tokens].index("так")
    assert so in stretch_starts(utterance)
    assert _verdict(line) == "block"


# --- п. 5: the caller knows a number only if a number is what they named ----------------------------------------------

def test_item_5_a_name_said_is_no_number_known():
    line = "вы только имя назвали, ладно, городской 8 843 234-56-78, а мобильный к нему 8 917 123-45-67"
    assert not states_item5_conditions(Utterance(line))
    assert _verdict(line) == "block"


def test_item_5_the_federal_number_said_still_allows_the_city_one():
    assert states_item5_conditions(Utterance("Вы назвали свой мобильный, подскажу городской: 8 843 234-56-78."))


# --- a refusal: "не" after the verb of telling negates it only before a predicate --------------------------------------

@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["назвать", "сказать", "сообщить", "продиктовать"]),
       st.sampled_from(["могу", "можем", "положено", "вправе", "будем"]))
def test_a_ne_after_a_verb_of_telling_before_a_predicate_refuses(verb, predicate):
    assert is_refusal(Utterance(f"{verb} не {predicate}"))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["скажу", "сообщу", "подскажу"]),
       st.sampled_from(["очень", "всегда", "слишком", "совсем"]))
def test_a_ne_after_a_verb_of_telling_before_an_adverb_is_no_refusal(verb, adverb):
    assert not is_refusal(Utterance(f"честно {verb} не {adverb} удобно у нас с этим"))


def test_the_records_named_as_where_the_callers_value_is_written_are_no_source():
    # "в анкету" (no locative) is where the operator writes what the caller said, not where a value is read from
    line = "Вношу в анкету новую дату рождения, как вы и сказали, 14 апреля."
    assert _verdict(line) != "block"
    assert _verdict("Так, в анкете дата рождения 14 апреля, вы так и сказали?") == "block"
