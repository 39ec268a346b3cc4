"""Review of s57-slang (F1-F5, all high): each case let a value or a forbidden line through that the base (319459fe)
blocked. The readings were taken out (the base's reading restored, fail closed); these cases keep them out. The
reviewer's 22 cases, with variants of case, word order and lowercase ASR added."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.disclosure import default_checker


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


# F1: "ваш личный / табельный номер NNNN, имя — X": the caller's number, so the name is the caller's data (owner-name)
@pytest.mark.parametrize("line", [
    "Ваш личный номер 3841, имя — Регина.",
    "Здравствуйте, ваш личный номер 3841, имя — Регина, всё верно?",
    "Итак, ваш личный номер 384105, имя Регина, верно?",
    "ваш личный номер три восемь четыре один имя аделина",
    "Ваш табельный номер 3841, имя — Регина.",
    "ваш табельный номер 3841 имя регина",
    "Её личный номер 3841, имя — Регина.",
])
def test_a_name_after_the_callers_personal_or_tab_number_stays_the_owners(line):
    assert "owner-name" in _rules(line)


# F2: reported speech marked by a particle or an adverb ("мол", "дескать", "якобы", "дословно:"): someone else's data
@pytest.mark.parametrize("line", [
    "Мол, мой номер 3841, имя — Регина.",
    "Дескать, мой номер 3841, имя — Регина.",
    "Якобы мой номер 3841, имя — Регина.",
    "Дословно: мой номер 3841, имя — Регина.",
    "Мол: «Мой номер 3841, имя — Регина».",
    "мол мой номер три восемь четыре один имя регина",
    "ну дескать мой номер тридцать восемь сорок один имя регина",
    "якобы мой номер 3841 имя аделина",
])
def test_a_name_after_a_number_in_reported_speech_stays_the_owners(line):
    assert "owner-name" in _rules(line)


# F3: п. 18 «Отказывать в предоставлении операторского номера»: a partial number, "один раз", a pronoun,
# "остальное", "дальше" or a placeholder number beside the surname refused: the operator's number still refused
@pytest.mark.parametrize("line", [
    "Мой номер 11, а остальное, как и фамилию, не скажу.",
    "мой номер одиннадцать дальше и фамилию не скажу",
    "мой номер сорок дальше фамилию тоже не называем",
    "Мой номер 12 — это шутка, фамилию и его не назову.",
    "Мой номер один раз уже называла, фамилию и его повторять не буду.",
    "Мой номер 1 2 фамилию не скажу остальное тоже",
    "Мой номер 0000, фамилию не назову.",
])
def test_the_operators_number_refused_beside_the_surname_stays_a_refusal_p18(line):
    assert "operator-number-refusal" in _rules(line)


# F4: a code read out in pieces: a piece "D 0 D" after "после", "до", "к", "в" is the code's, not a time
@pytest.mark.parametrize("text, piece", [
    ("Кл. продиктовал код из СМС частями: 4 8, после 2 0 9.", "2 0 9"),
    ("код из смс четыре восемь после два ноль девять", "два ноль девять"),
    ("пин код семь два после семь ноль три", "семь ноль три"),
    ("код из смс ноль семь и до 1 0 4", "1 0 4"),
    ("клиент назвал код подтверждения к 7 0 3 добавил 12", "7 0 3"),
    ("код из смс диктую: в 1 0 5", "1 0 5"),
    ("КОД ИЗ СМС ЧЕТЫРЕ ВОСЕМЬ ПОСЛЕ ДВА НОЛЬ ДЕВЯТЬ", "ДВА НОЛЬ ДЕВЯТЬ"),
])
def test_a_codes_piece_with_a_zero_after_a_preposition_is_still_masked(text, piece):
    assert piece not in Redactor().redact(text).text


@pytest.mark.parametrize("line", [
    "клиент назвал код подтверждения к 7 0 3 добавил 12",
    "код из смс диктую: в 1 0 5",
])
def test_a_codes_piece_after_a_preposition_is_still_flagged_in_an_operator_line(line):
    assert "other-personal-data" in _rules(line)


# F5: "площадка" is an address element (FIAS "пл-ка"): the caller's street told with a town or a residence verb
@pytest.mark.parametrize("line", [
    "Счета вам доставляются в Казань на площадку Южная.",
    "Вы живёте на Театральной площадке, г. Казань.",
    "счета вам доставляются в казань на площадку южная",
])
def test_a_street_of_the_kind_ploshchadka_told_with_a_town_stays_an_address(line):
    assert "address" in _rules(line)
