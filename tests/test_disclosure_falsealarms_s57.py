"""Stop 57 (issue 12): clean lines of disc_av56 (Pulkovo airport and Saint Petersburg's stations), disc_aw56, disc_at55
and disc_au55 read where their decisions live — a carrier's name after "сеть" (no household's network), a repeat said
back for the caller to confirm (п. 20 of the etiquette rules), a spoken mailbox's first letter "а" (no contrast word), a
п. 7 word qualifying a flight or a train (docs/disclosure.md, "Stop 57 (s57-falsealarms)"). Phrasings are my own (none
copied from a set); each reading has its attacks beside it."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of, word_at


# --- LOGIN: a carrier's name after "сеть" -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Звонок шёл на мобильный, сеть МегаФон, Новосибирская область — больше ничего сказать не могу.",
    "Входящий был из сети Билайн, регион Москва.",
])
def test_a_carriers_name_after_a_networks_word_is_nobodys_login(line):
    from guard.recognizers.login import network_names

    assert network_names(line) == []
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line, name", [
    ("Сеть Kamalova_Home у вас дома видна?", "Kamalova_Home"),
    ("сеть МегаФонИванов в подъезде ловит", "МегаФонИванов"),  # a carrier's name inside a longer name: a household's
    ("Имя сети: MegaFon_Petrov", "MegaFon_Petrov"),
])
def test_a_households_network_name_stays_a_login_even_with_a_carrier_in_it(line, name):
    from guard.recognizers.login import network_names

    start = line.index(name)
    assert (start, start + len(name)) in network_names(line)


# --- п. 20 of the etiquette rules: «Повторяю» said back to be confirmed ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "вы прислали адрес доставки садовая двенадцать повторяю для курьера верно",
    "Вы назвали кодовое слово «Ласточка», повторяю для проверки — правильно?",
])
def test_a_repeat_said_back_for_the_caller_to_confirm_is_not_the_irritated_i_repeat(line):
    from guard.disclosure.sense import repeats_to_be_confirmed

    assert repeats_to_be_confirmed(*word_at(line, "повторяю"))
    assert "i-repeat" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз: тариф не меняется, правильно?",  # «ещё раз»: the irritated repeat
    "я уже повторяю вам номер восемь девятьсот шестнадцать правильно",
    "повторяю вам тариф не меняется понятно",  # no confirmation asked
    "Я же повторяла вам адрес, верно?",  # the past
    "Повторяю, так положено. Вы согласны?",  # no read-back cue: a question apart
])
def test_the_irritated_repeat_stays_i_repeat(line):
    assert "i-repeat" in rules_of(line)


def test_a_repeat_said_back_still_tells_a_third_persons_number():
    line = "повторяю номер владельца восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь правильно"
    assert verdict_of(line) == "block"


# --- п. 3: a spoken mailbox's first letter «а» is no contrast word ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "адрес который вы продиктовали а точка кузнецова собака яндекс точка ру на него и отправим договор",
    "вы назвали почту а нижнее подчёркивание смирнов собака мейл точка ру правильно",
])
def test_a_mailbox_said_back_starting_with_the_letter_a_stays_in_the_read_back(line):
    from guard.disclosure.text import Utterance, stretch_starts

    utterance = Utterance(line)
    a = next(i for i, t in enumerate(utterance.tokens) if t.form == "а")
    assert a not in stretch_starts(utterance)
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    # «а» before a word that is no said symbol, or a single symbol: the contrast, what follows told by the operator
    "вы назвали почту иванов собака мейл точка ру а паспорт владельца сорок пять ноль пять шестьсот семьдесят восемь "
    "девятьсот один",
    "вы продиктовали почту иванов собака мейл точка ру а точка владельца петров собака мейл точка ру",
])
def test_a_contrast_after_a_read_back_still_ends_it(line):
    assert verdict_of(line) == "block"


def test_a_single_said_symbol_after_a_keeps_the_contrast():
    from guard.disclosure.text import Utterance, stretch_starts

    utterance = Utterance("вы назвали почту иванов собака мейл точка ру а точка выдачи на ленина")
    a = next(i for i, t in enumerate(utterance.tokens) if t.form == "а")
    assert a in stretch_starts(utterance)


# --- п. 7: a delay said of a flight or a train --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ваш поезд по табло с задержкой на сорок минут — успеем подключить роуминг.",
    "самолёт из сочи с задержкой так что пакет включу прямо сейчас",
])
def test_a_delay_qualifying_a_flight_or_train_is_not_the_networks(line):
    from guard.disclosure.about import said_of_another_thing
    from guard.disclosure.sense import _NOT_NETWORK

    assert said_of_another_thing(*word_at(line, "задержкой"), _NOT_NETWORK)
    assert "service-failure-words" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Интернет с задержкой из-за аварии на станции.",
    "смс с задержкой приходят из-за сбоя",
    "Звонки с задержкой проходят, у нас на сети работы.",
    "Рейс с задержкой, а у нас в сети тоже задержка сигнала.",  # the carrier's side named in the sentence
])
def test_a_delay_of_the_carriers_service_stays_service_failure_words(line):
    assert "service-failure-words" in rules_of(line)


# --- п. 3: the street asked for, then a sentence opening with a pronoun -------------------------------------------------

@pytest.mark.parametrize("line", [
    "На какой улице вы живёте? Мне нужно для заявки.",  # the known over-refusal of issue 12
    "С какой улицы вы звоните? Нам это нужно для выезда мастера.",
    "На какой улице вы живёте? Вам курьер привезёт.",
])
def test_asking_for_the_street_then_a_pronoun_opening_the_next_sentence_tells_no_street(line):
    assert "address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "На какой улице вы живёте? Тверская, 12?",
    "Вы на какой улице живёте? Ленина?",
    "Вы с какой улицы? Мира, верно?",
    "На какой улице вы живёте? Мне кажется, на Тверской.",  # the pronoun skipped, the street after it still read
])
def test_a_street_proposed_after_the_question_stays_an_address(line):
    assert "address" in rules_of(line)
