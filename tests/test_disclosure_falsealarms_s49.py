"""Stop 49 (issue 12): clean lines of the newest authors (disc_ag48 and the sets before it) read where their decisions
live — п. 6's allowed case stated by the caller's ownership, п. 9's type of a relative's calls, п. 25's change made on
the documents the caller brings in (docs/disclosure.md, "Stop 49"). Phrasings are my own (none copied from a set); each
rule has its attack beside it: the forbidden sense in similar words is still flagged."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.frames import change_made_on_the_documents, tells_only_the_calls_type
from guard.disclosure.sense import caller_stated_the_owner, states_item6_conditions
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import OWNER_NOUNS

from checker_lines import rules_of, verdict_of


# --- п. 6: the caller stated the owner, the contract postpaid: the last 4 digits -------------------------------------

@pytest.mark.parametrize("line", [
    "Пётр Ильич, вы владелец, договор у вас постоплатный, так что скажу: больше всех наговорил номер на 3517.",
    "Договор оформлен на вас, расчёт постоплатный, значит назову: дороже всех вышел номер, что кончается на 2290.",
    "вы и есть владелец договор пост оплатный больше всего потратил номер на двадцать два девяносто",
    "Вы полностью представились, договор постоплатный, поэтому назову последние четыре цифры: 6138.",
    "вы полностью представились договор постоплатный так что скажу последние четыре цифры шестьдесят один тридцать восемь",
])
def test_item_6_the_caller_stated_the_owner_of_a_postpaid_contract_may_hear_the_last_4(line):
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # asked, not stated
    "Вы сами владелец договора? Договор постоплатный, номер на 3517.",
    # negated
    "Вы не владелец, договор постоплатный, больше всех наговорил номер на 3517.",
    # prepaid
    "Вы владелец, договор предоплатный, но скажу: больше всех наговорил номер на 3517.",
    # the alternative identification named
    "Вы владелец по кодовому слову, договор постоплатный, больше всех наговорил номер на 3517.",
    # more than the last 4
    "Вы владелец, договор постоплатный, больше всех наговорил номер на 83-35-17.",
    # a condition, not a statement
    "Если вы владелец и договор постоплатный, больше всех наговорил номер на 3517.",
])
def test_item_6_without_the_callers_ownership_stated_the_last_4_stay_blocked(line):
    assert verdict_of(line) == "block"


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(sorted(OWNER_NOUNS & {"владелец", "владелица", "собственник", "хозяин"})),
       st.sampled_from(["", "сами ", "и есть ", "же "]))
def test_item_6_any_owner_noun_predicated_of_the_caller_states_the_owner(noun, filler):
    line = f"Вы {filler}{noun} договора, он постоплатный, номер на 4417."
    assert caller_stated_the_owner(Utterance(line))
    assert states_item6_conditions(Utterance(line))
    assert not caller_stated_the_owner(Utterance(f"Вы {filler}{noun} договора? Номер на 4417."))


# --- п. 9 and 002: a relative's calls told by their type only -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "С номера дочки в основном шли исходящие на городские Новосибирска и пара международных.",
    "номер куда звонил ваш муж городской сети мтс свердловская область",
])
def test_a_relatives_calls_told_by_item_9s_type_only_are_not_the_relatives_activity(line):
    assert "relatives-activity" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # the number's end
    "Ваш муж звонил на мобильный номер, который заканчивается на 4410, сети МТС.",
    # its digits
    "С номера дочки шли исходящие на мобильный 8 913 220 41 77.",
    # another act of the number
    "Ваша дочь звонила на мобильные МТС и отправила тридцать смс на короткий номер.",
    # where the number called from
    "С номера сына шли исходящие из Турции на мобильные Теле2.",
])
def test_a_relatives_calls_told_with_more_than_their_type_stay_flagged(line):
    assert verdict_of(line) == "block"


def test_the_calls_type_reading_wants_a_type_word_or_a_network():
    line = Utterance("С номера сына вчера звонили на один и тот же номер много раз.")
    assert not tells_only_the_calls_type(line, 0, len(line.tokens) - 1)


# --- п. 25: the change made on the documents the caller brings in ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "Отчество в договоре исправим, когда принесёте паспорт в офис.",
    "приходите в салон с паспортом и свидетельством о браке перепишем фамилию в договоре",
])
def test_item_25_a_change_made_when_the_caller_brings_the_documents_is_the_procedure(line):
    assert "client-data-change" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # the documents after the change
    "Отчество в договоре исправлю, а паспорт потом принесёте в офис.",
    # made now, the documents when the caller comes
    "Исправлю отчество сейчас, а когда придёте в офис, покажете паспорт.",
    # the documents not needed
    "Отчество в договоре исправлю, паспорт можете не приносить.",
])
def test_item_25_a_change_made_on_the_call_stays_warned(line):
    assert "client-data-change" in rules_of(line)


def test_item_25_the_procedure_is_read_of_the_change_verb_in_the_finding():
    line = Utterance("Фамилию поменяем, когда принесёте паспорт.")
    assert change_made_on_the_documents(line, 0, len(line.text))
    assert not change_made_on_the_documents(line, line.text.index("когда"), len(line.text))


# --- пп. 1-6: the caller's own words said back — the addressee within the verb's clause, a noting asked to be confirmed

def test_the_callers_words_said_back_after_a_comma_are_theirs_the_dative_opening_them_is_no_addressee():
    line = "Вы говорите, вам писали с 8 926 410-33-17, — посмотрю, были ли с него платные сообщения."
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # the caller told a third party, in the verb's own clause: no read-back
    "Вы сказали ему номер 8 926 410-33-17?",
    # past the read-back's stretch the owner is still told
    "Вы говорите, вам писали с 8 926 410-33-17, а владелец того номера — Сорокин Павел.",
])
def test_the_callers_words_said_back_clear_only_what_they_hold(line):
    assert verdict_of(line) == "block"


def test_a_noting_asked_to_be_confirmed_by_a_confirming_word_before_it_is_a_read_back():
    assert verdict_of("Верно записал: Гусев Олег Петрович, телефон для связи 8 905 771-20-43?") == "allow"


def test_a_noting_told_not_asked_stays_the_operators():
    assert verdict_of("Верно записал: владелец Гусев Олег Петрович.") == "block"
