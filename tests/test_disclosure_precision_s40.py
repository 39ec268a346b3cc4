"""Stop 40 (issue 12): readings that mend what flagged clean lines of, or let violations of, the two authors of stop 39
(disc_o39: written channels, disc_p39: trainees serving elderly customers) at first contact — who said the value first
and how far a read-back opening reaches, a number's sense by its syntax (a time of day), who is to do the change (the
dative "самому"), a company's office by its house number, an abbreviation ASR spells by its letters. Each is tested on
phrasings of my own (none copied from those sets), each with the attack that a real violation in similar words is
still flagged (docs/disclosure.md, "Stop 40")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.sense import callers_words_spans, read_back_spans
from guard.disclosure.text import Utterance


def _check(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


def _read_back(line: str) -> list[str]:
    return [line[start:end] for start, end in read_back_spans(Utterance(line))]


# --- a read-back of the full name covers the name, not a value the operator adds after it --------------------------

def test_read_back_of_the_full_name_ends_at_its_clause():
    line = "ФИО владельца вы продиктовали с ошибкой, тариф у вас с абонплатой, так что номер кончается на 8016."
    spans = _read_back(line)
    assert spans and all("8016" not in span for span in spans)


@pytest.mark.parametrize("line", [
    "ФИО вы назвали неполностью, договор на постоплате, последние четыре цифры номера — 2290.",
    "фио вы назвали не полностью договор на постоплате последние четыре цифры номера два два девять ноль",
    "Фамилию вы сказали не ту, зато номер у вас оканчивается на 6623.",
])
def test_attack_digits_told_after_a_failed_identification_are_flagged(line):
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "ФИО вы продиктовали: Захарова Ольга Петровна, всё верно?",
    "фио вы продиктовали захарова ольга петровна всё верно",
    "Фамилию вы сказали, Гончаров, правильно?",
])
def test_the_full_name_said_back_right_after_the_cue_stays_the_callers(line):
    assert _check(line) == "allow"


def test_the_callers_words_end_where_the_full_names_read_back_does():
    line = "фамилию вы сказали с ошибкой договор был оформлен на гончарову до прошлого года"
    spans = [line[start:end] for start, end in callers_words_spans(Utterance(line))]
    assert spans and all("гончарову" not in span for span in spans)


def test_attack_the_owners_surname_told_after_the_name_was_confirmed_is_flagged():
    assert _check("фамилию вы сказали правильно договор был оформлен на гончарову до прошлого года") == "block"


def test_the_organisations_read_back_still_lets_the_contact_person_follow():
    # п. 4: the organisation named, the contact person may be told; not narrowed like the owner's name
    assert _check("организацию вы назвали правильно контактное лицо по договору белова ирина сергеевна") == "allow"


# --- a value the caller sent in writing, said back ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "СНИЛС 112-233-445 95, который вы прислали, не читается — пришлите фото почётче.",
    "Паспорт 4512 334455, что вы присылали вчера, уже в заявке.",
])
def test_a_value_the_caller_sent_is_theirs_said_back(line):
    assert _check(line) == "allow"


def test_attack_a_value_told_after_the_sent_one_is_flagged():
    assert _check("Вы прислали почту ivan@mail.ru, а паспорт владельца 4512 334455") == "block"


def test_attack_a_value_sent_to_someone_else_is_no_read_back():
    assert _check("Этот номер вы присылали соседке: 8 916 204-55-13") == "block"


# --- a time of day in a value's phrase is when, not whose ------------------------------------------------------------

@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["до", "после", "к"]), st.sampled_from(["пяти", "семи", "19:00", "18", "девяти вечера"]))
def test_a_time_of_day_in_a_contact_phrase_is_no_value(preposition, time):
    line = f"Мастер перезвонит вам на контактный номер завтра {preposition} {time}."
    assert "contact-info" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Контактный номер 8 903 118-40-27, мастер перезвонит до семи.",
    "мастер перезвонит на контактный номер восемь девятьсот три сто восемнадцать сорок двадцать семь до семи",
    "Ваш контактный телефон кончается на 4027, позвоним к шести вечера.",
])
def test_attack_a_contact_number_beside_a_time_is_flagged(line):
    assert _check(line) == "block"


def test_where_a_number_was_at_a_time_is_still_its_location():
    # п. 17: the time is part of where the number was; a time does not clear a place's phrase
    assert _check("по детализации ваш телефон около трёх был в районе вокзала") != "allow"


# --- who is to change the data: "можно … самому" is the caller ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Адрес для счетов можно изменить самому в личном кабинете, в разделе «Профиль».",
    "паспортные данные можно обновить самой через госуслуги а потом в салоне",
])
def test_a_change_the_caller_may_do_themselves_is_no_operators_change(line):
    assert "client-data-change" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Фамилию в договоре могу сама изменить прямо сейчас.",
    "фамилию в карточке сам поменяю",
])
def test_attack_the_operator_changing_it_is_still_flagged(line):
    assert "client-data-change" in _rules(line)


# --- the company's office by a street and a house number with a letter ---------------------------------------------

@pytest.mark.parametrize("line", [
    "Ближайший салон — Чапаева, 14б, до 20:00.",
    "Наш офис на Куйбышева 3а, заходите.",
])
def test_a_street_named_after_a_person_with_a_lettered_house_is_the_offices(line):
    assert _check(line) == "allow"


def test_attack_the_callers_address_in_the_same_shape_is_blocked():
    assert _check("Адрес у вас в договоре — Чапаева, 14б.") == "block"


# --- an abbreviation ASR spells by its letters ----------------------------------------------------------------------

def test_letters_of_an_abbreviation_read_as_the_word():
    tokens = Utterance("отправлю вам эм-эм-эс с настройками").tokens
    assert "эмэмэс" in [token.form for token in tokens]


def test_attack_an_mms_sent_from_the_system_spelled_by_letters_is_flagged():
    assert _check("сейчас кину вам тестовую эм-эм-эс из системы") != "allow"


def test_a_hesitation_with_a_hyphen_is_no_abbreviation():
    assert [token.form for token in Utterance("я э-э сейчас посмотрю").tokens][:2] == ["я", "сейчас"]


# --- the operator asking for the account's password, in any word order ----------------------------------------------

@pytest.mark.parametrize("line", [
    "А пароль от кабинета мне продиктуйте, я сама всё подключу.",
    "логин с паролем нам пришлите в чат мы проверим",
    "Пароль скажите мне — я за вас зайду и отключу подписку.",
])
def test_asking_the_caller_for_the_password_is_flagged_in_any_order(line):
    assert "client-account-login" in _rules(line)


@pytest.mark.parametrize("line", [
    "Пароль никому не говорите, даже мне.",
    "пароль мне не диктуйте я его не спрашиваю",
    "Пароль введите сами в приложении, я подожду.",
])
def test_advice_to_keep_or_type_the_password_is_no_request(line):
    assert "client-account-login" not in _rules(line)
