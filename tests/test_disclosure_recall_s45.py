"""Stop 45 (issue 12): violations the checker let through, mended where the cause lives — п. 21 gets a rule of its own
(the operator letting an incoming call ring on, read by frames.holds_off_answering), п. 20 reads a line that is itself a
note judging a customer or written with fillers (sense.remarks_in_a_note, the judging words once in
recognizers/lexicon.REMARK_WORDS), and a block rule's `unless` said after the value was told takes nothing back. Each
rule on phrasings of my own (none copied from a set), each with the clean line in similar words that must stay clean
(docs/disclosure.md, "Stop 45")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.frames import changes_through_termination, holds_off_answering, sends_an_mms
from guard.disclosure.patterns import SHARED_LEMMAS, SHARED_WORDS
from guard.disclosure.sense import remarks_in_a_note
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import MMS_WORDS, REMARK_WORDS


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


def _verdict(line: str) -> str:
    return default_checker().check(line, "operator").verdict


# --- п. 21: the operator lets an incoming call ring on ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Я на входящие раньше шестого гудка не отвечаю, сначала отчёт закрою.",
    "звонки с линии беру не сразу сперва досчитаю смену",
    "Коллеги, трубку не снимайте, пусть сама сбросится.",
    "Я специально пропустил пару гудков, надо было допить кофе.",
    "возьму после седьмого гудка не раньше",
])
def test_item_21_the_operator_putting_off_an_incoming_call_is_flagged(line):
    assert holds_off_answering(Utterance(line)) is not None
    assert "late-answer" in _rules(line)


@pytest.mark.parametrize("line", [
    "Берём звонки на первом гудке, очередь большая.",
    "Отвечайте сразу, не позже третьего гудка.",
    "Если после гудков тишина, не кладите трубку, оператор ответит.",
    "На контактном номере трубку никто не взял, попробуем завтра.",
    "Вы не сразу взяли трубку, поэтому звонок сорвался.",
])
def test_item_21_answering_promptly_or_someone_else_not_answering_is_no_late_answer(line):
    assert holds_off_answering(Utterance(line)) is None
    assert "late-answer" not in _rules(line)


def test_item_21_letting_the_call_drop_is_the_rules_own_phrase():
    assert "late-answer" in _rules("Пускай трезвонит, у меня перерыв.")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["первом", "втором", "третьем"]), st.sampled_from(["беру", "берём", "снимаю трубку"]))
def test_item_21_answering_by_the_third_ring_is_never_late(ring, verb):
    line = f"Я {verb} на {ring} гудке."
    assert holds_off_answering(Utterance(line)) is None


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["четвёртого", "пятого", "шестого", "восьмого"]), st.sampled_from(["беру", "возьму", "снимаю трубку"]))
def test_item_21_answering_after_the_third_ring_is_late(ring, verb):
    line = f"Я {verb} после {ring} гудка."
    assert holds_off_answering(Utterance(line)) is not None


# --- п. 20: a line that is itself a note judging the customer, or written with fillers ------------------------

@pytest.mark.parametrize("line", [
    "Кл. хамил, требовал начальство, передано старшему.",
    "клиентка скандалистка грозилась жалобой пояснено повторно",
    "Звонил тот же алкаш насчёт роуминга, объяснено.",
    "клиент короче ну типа просит вернуть за подписку вот",
])
def test_item_20_a_note_that_judges_the_customer_or_is_full_of_fillers_is_flagged(line):
    assert remarks_in_a_note(Utterance(line)) is not None
    assert "remark-in-comments" in _rules(line)


@pytest.mark.parametrize("line", [
    "Кл. просил перезвонить после шести, номер для связи основной.",
    "Клиент недоволен списанием, оформлен перерасчёт.",
    "Вы не хамите, пожалуйста, я стараюсь помочь.",
    "Абонент, который вам звонил, мог быть мошенником?",
    "ну вот смотрите тариф ну короче дешевле станет",
])
def test_item_20_a_factual_note_or_speech_to_the_customer_is_no_remark(line):
    assert remarks_in_a_note(Utterance(line)) is None


def test_item_20_the_judging_words_live_once_and_the_rule_reads_them():
    assert SHARED_LEMMAS["remark"] is REMARK_WORDS
    assert "remark-in-comments" in _rules("В комментарии напишу, что клиент скандалист.")


# --- a block rule's `unless` after the value was told -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "По паспорту за вами две симки. А точный список — только в салоне.",
    "на вашей фирме пять номеров а остальное уточните в офисе",
])
def test_item_8_a_count_told_before_the_office_is_named_is_still_told(line):
    assert "numbers-on-contract" in _rules(line)
    assert _verdict(line) == "block"


@pytest.mark.parametrize("line", [
    "Сколько номеров на вас, подскажут только в офисе по паспорту.",
    "Список номеров на ваше имя выдают в салоне, по телефону не сообщается.",
])
def test_item_8_the_office_named_with_no_count_told_stays_clean(line):
    assert "numbers-on-contract" not in _rules(line)


# --- п. 13: a change advised through closing the contract -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Чтобы сменить владельца, расторгните договор, а новый оформим на маму.",
    "проще закрыть договор и заключить новый на жену",
    "Надо сначала расторгнуть контракт, потом переоформление займёт день.",
])
def test_item_13_a_change_advised_through_closing_the_contract_is_flagged(line):
    assert changes_through_termination(Utterance(line)) is not None
    assert "termination-letter-text" in _rules(line)


@pytest.mark.parametrize("line", [
    "Переоформить номер можно в офисе, приходите вдвоём с паспортами.",
    "Если хотите расторгнуть договор, переключу вас на специалиста.",
    "Не расторгайте договор: переоформление делается без этого, в салоне.",
])
def test_item_13_re_registration_or_closing_alone_is_no_change_through_termination(line):
    assert changes_through_termination(Utterance(line)) is None


def test_item_8_a_list_refused_then_sent_to_the_office_stays_clean_though_the_office_is_in_another_sentence():
    line = "Перечень номеров на ваше имя почтой не высылаем. Его выдают в салоне по паспорту."
    assert "numbers-on-contract" not in _rules(line)


# --- п. 22: the operator sending an MMS -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Скинула вам схему подключения ммской, гляньте.",
    "я вам сейчас закину эмэмэску с картинкой тарифа",
    "Перешлю вам MMS-кой скриншот из личного кабинета.",
])
def test_item_22_the_operator_sending_an_mms_is_flagged(line):
    assert sends_an_mms(Utterance(line)) is not None
    assert "mms-from-crm" in _rules(line)


@pytest.mark.parametrize("line", [
    "Отправьте MMS на короткий номер, если картинка не открывается.",
    "Система отправила вам настройки MMS, сохраните их.",
    "MMS из рабочей программы мы не отправляем, настройки придут сами.",
])
def test_item_22_the_caller_or_the_system_sending_is_no_operators_mms(line):
    assert sends_an_mms(Utterance(line)) is None


def test_item_22_the_mms_word_lives_once_and_the_rule_reads_it():
    assert SHARED_WORDS["mms"] == frozenset(MMS_WORDS)
