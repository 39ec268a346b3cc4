"""Stop 58 (issue 12): disc_ba58 (the dacha-season line, Leningrad and Pskov regions) and the newest authors' misses read
where their decisions live — two readings that had let digits through (the caller's saying read across the verb's own
object; a tail of more than 4 digits) and issue 12's «ваш номер 5127». The branch's clearing readings (п. 6 with the owner
calling in person, п. 18's own number and name, a number seen on a thing) were taken out by review 58; their attacks stay
here and in tests/test_disclosure_review58_falsealarms.py. Phrasings are my own (docs/disclosure_s58_falsealarms.md)."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of

from guard.disclosure.text import Utterance


# --- п. 6: the owner's sex told, the caller told to be the owner ---------------------------------------------------------
# «допускается сообщать последние 4 цифры … если пол звонящего совпадает с полом владельца»: the reading of «номер на
# женщину, звоните вы сами» as the match was taken out by review 58 (F1, F1b: a caller who is not the owner, calling for
# someone, a voice that does not match, ASR's question form); these lines stay blocked as on the base.

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
def test_p6_the_owner_calling_in_person_clears_nothing(line):
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
# the reading of «скажу свой номер: 3841, имя — Регина» as the operator's introduction was taken out by review 58 (F2:
# whose name it is told by a participle, an adjective, an inanimate noun or a verb; F4: any first-person verb before
# «свой номер»); these lines stay blocked as on the base.

@pytest.mark.parametrize("line", [
    "Мой номер 2907, имя владельца — Регина.",  # the owner's name
    "Мой номер 2907, имя мамы — Регина.",  # a third person's
    "Назовите свой номер: 2907, имя — Регина.",  # "свой" of the caller's (the imperative)
    "Мой номер 2907, имя — Регина Ринатовна Хасанова.",  # a full name with a patronymic is a third person's
    "Скажу свой номер: 2907, имя — Регина, а договор на Хасанову.",  # the owner's surname after it
])
def test_p18_a_name_beside_the_operators_number_stays_read_when_anyone_else_is_named(line):
    assert verdict_of(line) == "block"


# --- п. 1: a number looked up on a thing --------------------------------------------------------------------------------
# the reading of «номер посмотрите на пластике» as where the number is seen (a cue word dropping a lowercase surname) was
# taken out by review 58 (F3); whom a number is on stays read as on the base.

@pytest.mark.parametrize("line", [
    "номер оформлен на морозе",
    "Номер посмотрите на Морозове.",  # capitalised: a surname
    "номер посмотрите на морозове",  # no common noun: a surname
    "Номер посмотрите на пластике, он записан на морозе.",
])
def test_p1_whom_a_number_is_registered_on_stays_the_owners_name(line):
    assert "owner-name" in rules_of(line)


def test_registered_on_reads_whom_a_number_is_on():
    from guard.recognizers.person import registered_on

    text = "номер оформлен на морозе"
    start = text.index("морозе")
    assert registered_on(text, start, len(text))
