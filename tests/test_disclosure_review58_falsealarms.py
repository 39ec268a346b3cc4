"""Review 58 of s58-falsealarms: the readings it took out, as attacks. Each line here is blocked (or, F4, warned) on the
base 7ffad4ed and was let through by a reading of the branch — п. 6 «звоните вы сами» as the sex match (F1, F1b), п. 18
«имя» after the operator's own number as the operator's name (F2), «свой номер» after any first-person verb as the
operator's own (F4), п. 1 a verb of looking before «на» dropping a lowercase surname (F3). The readings were taken out
(fail closed: the operator never sees more than on the base). The reviewer's cases (/work/reviews58/test_falsealarms.py)
and my variants: cases, word order, lowercase speech to text with numbers as words."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker

_ID = "Идентификацию по ФИО вы прошли, договор постоплатный, "
_ID_ASR = "идентификацию по фио вы прошли договор постоплатный "


def _verdict(line: str) -> str:
    return default_checker().check(line, "operator").verdict


# F1: п. 6 «допускается сообщать последние 4 цифры … если пол звонящего совпадает с полом владельца» — «звоните вы сами»
# told beside a caller who is not the owner, who calls for someone, or whose voice does not match, is no match
@pytest.mark.parametrize("line", [
    _ID + "номер на мужчину, вы не владелец, звоните вы сами, последние цифры 4082.",
    _ID + "номер на мужчину, звоните вы сами, владелец не вы, последние цифры 4082.",
    _ID + "номер на мужчину, звоните вы сами, хоть вы и не владелец, последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами по просьбе владельца — последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами за владельца, последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами от имени клиента, последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами, судя по голосу не она, последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами, голос у вас низкий, последние цифры 4082.",
    _ID + "номер на женщину, звоните вы сами, вы ей кто, последние цифры 4082.",
    _ID + "номер на мужчину, звоните вы сами, владелец другой, последние цифры 4082.",
    # word order, another verb of calling
    _ID + "вы сами звоните от имени клиента, номер на женщину, последние цифры 4082.",
    _ID + "вы не владелец, но звоните сами, номер на мужчину, последние цифры 4082.",
    # lowercase speech to text
    _ID_ASR + "номер на мужчину вы не владелец звоните вы сами последние цифры четыре ноль восемь два",
    _ID_ASR + "номер на женщину звоните вы сами за владельца последние цифры 4082",
])
def test_p6_calling_in_person_said_beside_a_caller_who_is_not_the_owner_tells_the_last_4(line):
    assert _verdict(line) == "block"


# F1b: in speech to text «звоните вы сами» may as well be the question «звоните вы сами?»: no statement of the match
@pytest.mark.parametrize("line", [
    _ID_ASR + "номер на женщину звоните вы сами последние цифры четыре ноль восемь два",
    "договор постоплатный фио владельца вы назвали правильно номер на мужчину звоните вы сами последние цифры тридцать три "
    "восемнадцать",
])
def test_p6_calling_in_person_unpunctuated_may_be_a_question_and_tells_the_last_4(line):
    assert _verdict(line) == "block"


# F2: п. 18 — a name after the operator's own number whose owner the line tells (a participle, an adjective, an
# inanimate noun, a verb or an adverb in the slot after «имя», a patronymic) is a record's name, not the operator's
@pytest.mark.parametrize("line", [
    "Скажу свой номер: 3841, имя оформившей — Регина.",
    "Скажу свой номер: 3841, имя зарегистрированной — Регина.",
    "Скажу свой номер: 3841, имя звонившей — Регина.",
    "Мой номер 3841, имя звонившего — Регина.",
    "Скажу свой номер: 3841, имя прежней — Регина.",
    "Скажу свой номер: 3841, имя предыдущего — Регина.",
    "Мой номер 3841, имя контакта — Регина.",
    "Скажу свой номер: 3841, имя номера — Регина.",
    "Скажу свой номер: 3841, имя значится Регина.",
    "Скажу свой номер: 3841, имя привязано Регина.",
    "Мой номер 3841, имя указано Регина.",
    "Скажу свой номер: 3841, имя записано Регина.",
    "Скажу свой номер: 3841, имя там Регина.",
    "Скажу свой номер: 3841, имя: Регина, отчество: Павловна.",
    # word order, lowercase speech to text
    "Имя оформившей — Регина, скажу свой номер: 3841.",
    "скажу свой номер три восемь четыре один имя оформившей регина",
    "скажу свой номер три восемь четыре один имя значится регина",
    "мой номер три восемь четыре один имя звонившего регина",
])
def test_p18_a_name_whose_owner_the_line_tells_otherwise_is_no_operators_introduction(line):
    assert _verdict(line) == "block"


# F4: «свой номер» after a first-person verb that is no saying («уточню», «сверю», «проверю») does not make the line the
# operator's own introduction: the line model's warning on the owner's number stays
@pytest.mark.parametrize("line", [
    "Уточню свой номер, а номер владельца 408215.",
    "Сверю свой номер, у владельца номер 408215.",
    "Проверю свой номер, номер владельца 408215.",
    "уточню свой номер а номер владельца четыре ноль восемь два один пять",
])
def test_p18_svoy_nomer_after_any_first_person_verb_keeps_the_warning_on_the_owners_number(line):
    assert _verdict(line) != "allow"


# F3: п. 1 — a verb of looking or printing before «на» does not drop a lowercase surname that is also a thing's noun
# (a cue word may change a span's type, never drop it)
@pytest.mark.parametrize("line", [
    "я номер глянула на морозе там ещё два номера висят",
    "номер глянула на морозе, ещё два висят",
    "номер смотрела на морозе, за ним долг",
    "номер напечатан на морозе",
    "договор посмотрите на морозе",
    # word order, case
    "на морозе номер глянула там ещё два номера висят",
    "Номер глянула на Морозе, ещё два висят.",
    "номер посмотрите на морозе, за ним долг",
])
def test_p1_a_surname_after_a_verb_of_looking_stays_a_surname(line):
    assert _verdict(line) == "block"


# F5: the tail readers find a number's token by a binary search over the token starts, read once per utterance (no
# timing here: speed lives in benchmarks/) — the token found is the one a linear search finds, and none between words
@pytest.mark.parametrize("line", [
    "номер на 12345, " * 20,
    "Ваш номер 5127, имя — Тимур.",
    "Ива\u200bнова, второй номер на 40821",
    "ваш номер пятьдесят один двадцать семь",
])
def test_a_numbers_token_is_found_by_its_start_as_a_linear_search_finds_it(line):
    from guard.disclosure.bare_value import _token_at
    from guard.disclosure.text import Utterance

    utterance = Utterance(line)
    for offset in range(len(line) + 1):
        linear = next((i for i, token in enumerate(utterance.tokens) if token.start <= offset < token.end), None)
        assert _token_at(utterance, offset) == linear
