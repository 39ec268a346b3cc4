"""Stop 58 (issue 12): disc_ba58 (the dacha-season line, Leningrad and Pskov regions) and the newest authors' clean lines
and misses read where their decisions live — п. 6's conditions stated with the owner calling in person, the operator's own
number and name (п. 18), a number seen on a thing, and two readings that had let digits through (the caller's saying
read across the verb's own object; a tail of more than 4 digits). Phrasings are my own; each reading has its attacks
beside it (docs/disclosure_s58_falsealarms.md)."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of

from guard.disclosure.text import Utterance


# --- п. 6: the owner's sex told, the caller told to be the owner ---------------------------------------------------------
# «допускается сообщать последние 4 цифры … если пол звонящего совпадает с полом владельца»: the operator who says the
# caller is the owner calling in person says the owner's sex is the caller's.

@pytest.mark.parametrize("line", [
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на мужчину, звоните вы сами — последние цифры 3318.",
    "договор постоплатный фио владельца вы назвали правильно номер на мужчину звоните вы сами последние цифры тридцать три восемнадцать",
    "Постоплата, ФИО вы назвали полностью, вы сами обращаетесь, договор оформлен на женщину — последние цифры 7702.",
])
def test_p6_the_owners_sex_told_to_the_owner_calling_in_person_is_the_match_p6_asks_for(line):
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # a contrast: the one calling may be someone else
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на мужчину, а звоните вы сами — последние цифры 3318.",
    # the caller's sex said apart, the other one
    "Договор постоплатный, ФИО вы назвали, номер на мужчину, вы женщина, звоните вы сами — последние цифры 3318.",
    # prepaid, no identification, a question, a negation, a condition
    "Тариф предоплатный, ФИО владельца вы назвали правильно, номер на женщину, звоните вы сами — последние цифры 3318.",
    "Договор постоплатный, номер на женщину, звоните вы сами — последние цифры 3318.",
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на женщину, звоните вы сами? Последние цифры 3318.",
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на женщину, звоните не вы сами — последние цифры 3318.",
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на женщину, если звоните вы сами — последние цифры 3318.",
    # the caller's own words in the other sex than the owner's
    "Договор постоплатный, ФИО владельца вы назвали, вы владелица, номер на мужчину — последние цифры 3318.",
    "Договор постоплатный, ФИО владельца вы назвали, вы сам владелец, номер на женщину — последние цифры 3318.",
    # any other word of a sex: the caller's (the review of s55-merge: "девушка", "девичий голос")
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на мужчину, звоните вы сами, девушка, — последние цифры 3318.",
    "Договор постоплатный, ФИО назвали, номер на мужчину, звоните вы сами, голос у вас девичий — последние цифры 3318.",
    "Договор постоплатный, ФИО назвали, номер на мужчину, звоните вы сама — последние цифры 3318.",
    "Договор постоплатный, ФИО назвали, номер на мужчину, звоните вы сами, Ирина, — последние цифры 3318.",
    "договор постоплатный фио назвали номер на мужчину звоните вы сами ирина последние цифры тридцать три восемнадцать",
    # the owner stated without the calling in person: as on main (tests/test_disclosure_falsealarms_s55.py)
    "Договор постоплатный, вы владелица и ФИО назвали полностью, номер оформлен на женщину — последние цифры 7702.",
    # the alternative identification
    "Договор постоплатный, по кодовому слову вы прошли, номер на женщину, звоните вы сами — последние цифры 3318.",
    # more than the last 4
    "Договор постоплатный, ФИО владельца вы назвали правильно, номер на женщину, звоните вы сами — последние цифры 23-318.",
])
def test_p6_the_owner_calling_in_person_clears_nothing_past_the_conditions(line):
    assert verdict_of(line) == "block"


# --- п. 6: the caller's saying of the number, not the verb with its own object --------------------------------------------

@pytest.mark.parametrize("line", [
    "Тариф у вас предоплатный, но раз вы назвали ФИО полностью, скажу: номер на даче заканчивается на 61-19.",
    "Раз вы сказали фамилию целиком, скажу: номер заканчивается на 6119.",
])
def test_p6_the_callers_naming_of_another_thing_is_no_request_for_the_digits_after_it(line):
    assert "subscriber-number" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Вы сказали, что номер заканчивается на 6119, верно?",
    "Вы назвали номер, который заканчивается на 6119.",
    "Вы сказали мне, что ваш номер заканчивается на 6119.",
    "Назовите, пожалуйста, на что заканчивается номер.",
])
def test_p6_the_callers_own_saying_of_the_digits_stays_excepted(line):
    assert "subscriber-number" not in rules_of(line)


# --- п. 6: a tail of 5 or 6 digits is more than the last 4 --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Договор постоплатный, вы сам владелец и ФИО назвали, так что больше всех потратил номер на 371-06.",
    "договор постоплатный вы сам владелец и фио назвали так что больше всех потратил номер на триста семьдесят один ноль шесть",
    "Второй номер на 437106 сейчас без пакета.",
])
def test_p6_a_number_called_by_more_than_its_last_4_digits_is_told(line):
    assert "subscriber-number" in rules_of(line)


def test_p6_the_last_4_after_the_conditions_stay_allowed():
    line = "Договор постоплатный, вы сам владелец и ФИО назвали, так что больше всех потратил номер на 7106."
    assert "subscriber-number" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Пополните номер на 25000, и всё заработает.",
    "Номер на 15000 рублей пополнили вчера.",
])
def test_a_sum_after_na_is_no_tail(line):
    from guard.disclosure.bare_value import tails_named_after_na

    assert list(tails_named_after_na(Utterance(line))) == []


# --- п. 6: the caller's number told by its digits after "ваш номер" (the known miss) -------------------------------------

@pytest.mark.parametrize("line", [
    "Ваш номер 4409, имя — Марат.",
    "ваш номер сорок четыре ноль девять имя марат",
    "Ваш телефон 44-09, всё верно по договору.",
])
def test_p6_the_callers_number_told_by_its_digits_after_vash_nomer_is_told(line):
    assert "subscriber-number" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Ваш номер заявки 4409, по нему можно узнать статус.",
    "Мой номер 4409, имя — Марат.",
])
def test_another_things_number_or_the_operators_own_after_nomer_is_no_callers_number(line):
    assert "subscriber-number" not in rules_of(line)


# --- п. 18: the operator's own number and then the name ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Конечно, продиктую свой номер: 2907, имя — Регина.",
    "конечно продиктую свой номер два девять ноль семь имя регина",
    "Мой номер 2907, имя — Регина.",
])
def test_p18_the_operators_own_number_then_the_name_is_the_introduction(line):
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    "Мой номер 2907, имя владельца — Регина.",  # the owner's name
    "Мой номер 2907, имя мамы — Регина.",  # a third person's
    "Назовите свой номер: 2907, имя — Регина.",  # "свой" of the caller's (the imperative)
    "Мой номер 2907, имя — Регина Ринатовна Хасанова.",  # a full name with a patronymic is a third person's
    "Скажу свой номер: 2907, имя — Регина, а договор на Хасанову.",  # the owner's surname after it
])
def test_p18_a_name_beside_the_operators_number_stays_read_when_anyone_else_is_named(line):
    assert verdict_of(line) == "block"


def test_svoy_is_the_speakers_only_after_a_first_person_verb():
    from guard.disclosure.sense import _speakers_own

    said = Utterance("Скажу свой номер")
    asked = Utterance("Назовите свой номер")
    assert _speakers_own(said.tokens, 1)
    assert not _speakers_own(asked.tokens, 1)


# --- п. 1: a number looked up on a thing --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Номер посмотрите на пластике от симки, там он напечатан.",
    "номер гляньте на коробке от модема",
])
def test_p1_where_a_number_is_seen_is_no_one_it_is_registered_on(line):
    assert "owner-name" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "номер оформлен на морозе",
    "Номер посмотрите на Морозове.",  # capitalised: a surname
    "номер посмотрите на морозове",  # no common noun: a surname
    "Номер посмотрите на пластике, он записан на морозе.",
])
def test_p1_whom_a_number_is_registered_on_stays_the_owners_name(line):
    assert "owner-name" in rules_of(line)


def test_registered_on_reads_the_redactor_and_the_checker_alike():
    from guard.recognizers.person import registered_on

    text = "номер посмотрите на пластике"
    start = text.index("пластике")
    assert not registered_on(text, start, len(text))
    text = "номер оформлен на морозе"
    start = text.index("морозе")
    assert registered_on(text, start, len(text))
