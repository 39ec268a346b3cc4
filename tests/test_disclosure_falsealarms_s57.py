"""Stop 57 (issue 12): clean lines of disc_av56 (Pulkovo airport and Saint Petersburg's stations), disc_aw56, disc_at55
and disc_au55 read where their decisions live — a carrier's name after "сеть" (no household's network), a repeat said
back for the caller to confirm (п. 20 of the etiquette rules), a spoken mailbox's first letter "а" (no contrast word), a
п. 7 word qualifying a flight or a train (docs/disclosure.md, "Stop 57 (s57-falsealarms)"). Phrasings are my own (none
copied from a set); each reading has its attacks beside it."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of

from guard.disclosure import default_checker


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


# --- п. 20 of the etiquette rules: «Повторяю» -----------------------------------------------------------------------------
# The checking-back reading (sense.repeats_to_be_confirmed: "повторю: …, верно?") was taken out in the review round: any
# question after «Повторяю» cleared the rule, and the irritated script has exactly that shape (review s57 F1). Every
# «Повторяю» of the operator keeps i-repeat, as on the base.

@pytest.mark.parametrize("line", [
    # the review's cases (F1)
    "Повторяю: деньги мы не вернём, это понятно?",
    "Повторяю, вы меня слышите?",
    "Я вам повторяю: тариф не меняется, ясно?",
    "Я вам русским языком повторяю: услуга платная, вы поняли?",
    "Повторяю для особо одарённых: тариф не меняется, понятно?",
    "Повторяю для тупых: услуга платная, верно?",
    "Повторяю, слушайте внимательно: услуга платная, да?",
    "Повторяю: вы сами подключили услугу, правильно?",
    "Ещё раз. Повторяю: деньги не вернём, понятно?",
    "Я повторяю, вы не слышите?",
    "Повторяю вам: номер 8 916 123-45-67, верно?",
    "Повторяю, вы сами виноваты, верно?",
    # my variants: lowercase speech to text without marks, word order, capitals
    "повторяю деньги мы не вернём это понятно",
    "повторяю вы меня слышите",
    "я вам повторяю тариф не меняется ясно",
    "повторяю для тупых услуга платная верно",
    "Тариф не меняется, повторяю, понятно?",
    "ПОВТОРЯЮ: ДЕНЬГИ НЕ ВЕРНЁМ, ПОНЯТНО?",
    # the branch's own attacks, kept
    "Повторяю ещё раз: тариф не меняется, правильно?",
    "я уже повторяю вам номер восемь девятьсот шестнадцать правильно",
    "повторяю вам тариф не меняется понятно",
    "Я же повторяла вам адрес, верно?",
    "Повторяю, так положено. Вы согласны?",
])
def test_p20_an_irritated_repeat_ending_in_a_question_or_a_confirming_word_stays_i_repeat(line):
    assert "i-repeat" in rules_of(line)


def test_a_repeat_said_back_still_tells_a_third_persons_number():
    line = "повторяю номер владельца восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь правильно"
    assert verdict_of(line) == "block"


# --- п. 3: «а» before a said symbol ends a read-back ----------------------------------------------------------------------
# The letter reading of «а» before "точка X точка" (text._opens_a_said_address) was taken out in the review round: the
# contrast and the letter a. read the same in speech to text, and the letter reading ran the caller's read-back on over
# another person's mailbox or login (review s57 F2). Fail closed: «а» after a read-back is the contrast, as on the base.

@pytest.mark.parametrize("line", [
    # the review's cases (F2)
    "вы продиктовали почту петров собака мейл точка ру а точка иванова собака джимейл точка ком это почта владельца",
    "вы продиктовали почту петров собака мейл точка ру а точка иванова точка спб собака джимейл точка ком у владельца",
    "вы назвали фамилию петров а точка иванова точка спб собака джимейл точка ком почта владельца",
    "вы назвали номер восемь девятьсот шестнадцать а точка иванова точка спб собака джимейл точка ком почта владельца",
    # my variants: capitals, the cue after the value, an underscore, the hostile repeat
    "Вы продиктовали почту петров собака мейл точка ру а точка иванова точка спб собака джимейл точка ком",
    "почту петров собака мейл точка ру вы продиктовали а точка иванова точка спб собака джимейл точка ком владельца",
    "вы продиктовали почту петров собака мейл точка ру а нижнее подчёркивание иванова точка спб собака джимейл точка ком",
    "вы продиктовали почту " + "а точка иванова точка " * 300,
])
def test_p3_a_mailbox_after_the_contrast_a_is_not_taken_into_the_callers_read_back(line):
    result = default_checker().check(line)
    assert result.verdict == "block" and "address" in result.rules


@pytest.mark.parametrize("line", [
    "вы назвали логин петров а тире иванов тире сергей логин владельца",  # the review's case (F2)
    "Вы назвали логин петров а тире иванов тире сергей, логин владельца",
])
def test_p3_a_login_after_the_contrast_a_is_not_taken_into_the_callers_read_back(line):
    result = default_checker().check(line)
    assert result.verdict == "block" and "other-personal-data" in result.rules


def test_the_contrast_a_before_two_said_symbols_starts_a_new_stretch():
    from guard.disclosure.text import Utterance, stretch_starts

    utterance = Utterance("адрес который вы продиктовали а точка кузнецова собака яндекс точка ру на него отправим")
    a = next(i for i, t in enumerate(utterance.tokens) if t.form == "а")
    assert a in stretch_starts(utterance)


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


# --- п. 7: a failure word under a thing's noun ------------------------------------------------------------------------
# The walk up the failure word's nominal heads (about.said_of_another_thing, "рейс на табло с задержкой") was taken out in
# the review round: any thing's noun two heads up — the crew's car, an update, an answer — cleared «авария», though the
# failure stays the carrier's (review s57 F3).

@pytest.mark.parametrize("line", [
    # the review's cases (F3)
    "Машина бригады для устранения аварии уже в пути.",
    "машина бригады для устранения аварии уже в пути",
    "Обновление информации по устранению крупной аварии появится через час.",
    "Ответ по вчерашней массовой аварии будет к вечеру.",
    "Ответ техников по вчерашней аварии будет к вечеру.",
    # my variants: lowercase, a deverbal head right above the word
    "обновление информации по устранению крупной аварии появится через час",
    "Информация по аварии будет к вечеру.",
])
def test_p7_the_carriers_failure_named_under_a_things_noun_stays_service_failure_words(line):
    assert any(rule.endswith("service-failure-words") for rule in rules_of(line))


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


def test_the_first_name_after_each_street_word_is_what_a_scan_from_it_finds():
    """streets._names_after (one backwards pass, review s57 F4) answers at each index what the scan to the line's end
    from there answered."""
    from guard.disclosure.streets import _a_function_word, _asks_for_it, _names_a_place, _names_after, _possessive
    from guard.disclosure.streets import tokenize

    def scan(tokens, k):
        return next((t for t in tokens[k:] if t.kind == "word" and _names_a_place(t.text) and not _possessive(t.text)
                     and not _asks_for_it(t.text) and not _a_function_word(t.text)), None)

    for line in ["На какой улице вы живёте? Мне кажется, на Тверской.", "На какой улице вы живёте? Мне нужно для заявки.",
                 "Вы с какой улицы? Мира, верно? С какой улицы Нам Надо Ленина", "на какой улице живёте тверская"]:
        tokens = tokenize(line)
        assert _names_after(tokens) == [scan(tokens, k) for k in range(len(tokens) + 1)]
