"""Stop 50 (issue 12): clean lines of the newest authors (disc_aj50, disc_ai49 and the sets before them) read where
their decisions live — whose the MMS is that a sending verb is near (п. 22), the operator repeating after the caller
(the ethics' «Повторяю ещё раз»), the operator's own tab number said without «номер» (п. 18), a sex likened to the
caller's (пп. 6, 15), «номер другого оператора» (п. 18) (docs/disclosure.md, "Stop 50"). Phrasings are my own (none
copied from a set); each reading has its attack beside it: the forbidden sense in similar words is still flagged."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.frames import sends_an_mms
from guard.disclosure.sense import likened_to_the_caller
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import MMS_WORDS

from checker_lines import rules_of, verdict_of


# --- п. 22: the MMS is the object of a negated sending after it, not of the verb that sends something else ---------

@pytest.mark.parametrize("line", [
    "Скину вам ссылку на инструкцию в смс — MMS через систему мы не отправляем.",
    "вышлю вам письмо на почту а ммс из срм мы не рассылаем",
    "Пришлю текстом, как настроить телефон, — MMS из системы мы не рассылаем.",
])
def test_item_22_an_mms_of_a_negated_sending_is_the_rule_said_not_an_mms_sent(line):
    assert "mms-from-crm" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Скину вам MMS с картинкой, мы же не шлём спам.",        # the negated verb has its own object
    "отправлю вам ммс а смс не шлем",                         # another noun is the negated verb's object
    "Сейчас отправлю MMS. Из системы мы такие не шлём, но вам можно.",  # a sentence ends before the negation
    "Отправлю вам тестовую MMS, не переживайте.",            # the next verb is no sending
])
def test_item_22_an_mms_the_operator_sends_stays_flagged(line):
    assert "mms-from-crm" in rules_of(line)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(sorted(w for w in MMS_WORDS if " " not in w and w.isalpha())),
       st.sampled_from(["не шлём", "не отправляем", "не высылаем"]))
def test_item_22_any_mms_word_before_a_negated_sending_is_not_sent(mms, negated):
    assert sends_an_mms(Utterance(f"Отправлю вам обычное смс, {mms} из системы мы {negated}.")) is None
    assert sends_an_mms(Utterance(f"Отправлю вам {mms} из системы.")) is not None


# --- п. 18: the operator's own tab number, «номер» left out ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Если хотите оставить отзыв обо мне: Оксана, табельный 2417.",
    "для отзыва запишите оксана табельный двадцать четыре семнадцать",
])
def test_item_18_own_tab_number_without_the_noun_is_the_operators_own(line):
    # no value of the customer's: the line model's own guess (п. 18 covers a false number too) is left to it
    assert not rules_of(line) & {"passport", "subscriber-number", "other-personal-data"}


@pytest.mark.parametrize("line", [
    "Оксана, табельный 2417, а паспорт владельца 4510 123456.",
    "мой табельный двадцать четыре семнадцать но вообще я его не называю паспорт сорок пять десять",
])
def test_item_18_a_tab_number_excuses_no_other_value(line):
    assert verdict_of(line) == "block"


# --- пп. 6, 15: a sex likened to the caller's ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "ФИО владельца вы назвали полностью, договор постоплатный, владелица женщина, как и вы, — дороже всех номер на 4471.",
    "фио владельца вы назвали полностью договор постоплатный владелица женщина как и вы дороже всех номер на сорок четыре семьдесят один",
])
def test_item_6_the_owners_sex_likened_to_the_callers_states_the_match(line):
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    "ФИО владельца вы назвали полностью, договор постоплатный, владелица женщина, а вы мужчина, — номер на 4471.",
    "ФИО владельца вы назвали полностью, договор постоплатный, владелица не женщина, как и вы, — номер на 4471.",
])
def test_item_6_a_sex_not_likened_keeps_the_last_4_blocked(line):
    assert verdict_of(line) == "block"


def test_item_15_a_sex_noun_opening_the_line_is_no_likening():
    # a vocative opens its sentence whatever follows; "как вы" alone is an exclamation
    assert not likened_to_the_caller(Utterance("Мужчина, как и вы, я тоже жду").tokens, 0)
    assert "form-of-address" in rules_of("Женщина, как вы не понимаете, тариф другой!")


# --- п. 18: «оператор» of a carrier --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вызов был на номер другого оператора, Карелия, префикс 911 — больше цифр не называю.",
    "звонок был с номера чужого оператора код девятьсот одиннадцать остальные цифры не скажу",
])
def test_item_18_another_carriers_number_withheld_is_no_refusal_of_the_operators_own(line):
    assert "operator-number-refusal" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Номер оператора не называю.",
    "Свой номер не скажу, звонок был с номера другого оператора.",
])
def test_item_18_the_operators_own_number_withheld_stays_flagged(line):
    assert "operator-number-refusal" in rules_of(line)


# --- «записываю за вами» is no read-back (s50-falsealarms' reading reverted at the merge: it cleared the owner's data
# after it, «Повторяю за вами: номер владельца …»; tests/test_review_s50.py) --------------------------------------------

def test_noting_for_the_caller_without_za_vami_still_tells():
    assert verdict_of("Записываю вам паспорт владельца: серия 47 11, номер 562390.") == "block"
