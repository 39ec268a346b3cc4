"""The black-box red team's round bb5 (/work/rt5/FINDINGS.md), its findings against the text redactor (`guard redact`,
/v1/redact, `guard batch`, the proxy's comments): each finding replayed through `Redactor`, the family it stands for
written as a property where there is one, and the neighbours an operator needs left readable.

- 01: a number right after an identifier ending in digits ("user86 89161234567"): the nick's digits are no part of it;
- 29: a number with no cue followed by a date or an expiry ("4276380012345679 25.11.2026"): the date is no part of it;
- 11: an address after a CRM note's abbreviated cue ("рег. Самара Ново-Садовая 20-15");
- 05: in a call's turns, the value answering the other speaker's question, or dictated across a short prompt.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


_PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- 01: the digits that end a nick ------------------------------------------------------------------------------

NICK_THEN_NUMBER = [
    ("user86 89161234567", "89161234567"),
    ("Иван Сидоров (ivan_sidorov86) 89161234567", "89161234567"),
    ("ivan_sidorov86 8 916 123 45 67", "916 123 45 67"),
    ("мой ник в телеге petya1990 89035550011 пишите туда", "89035550011"),
    ("ivan_sidorov86 4505 678901", "678901"),
]


@pytest.mark.parametrize("text, value", NICK_THEN_NUMBER)
def test_a_number_after_a_nick_ending_in_digits_is_masked(redactor: Redactor, text: str, value: str) -> None:
    assert value not in _redacted(redactor, text)


@_PROPERTY
@given(nick=st.from_regex(r"[a-z][a-z_]{2,10}", fullmatch=True), tail=st.integers(1, 99_999_999),
       number=st.from_regex(r"9\d{9}", fullmatch=True), trunk=st.sampled_from(["8", "+7", "8 "]))
def test_no_nick_ending_in_digits_hides_the_phone_after_it(redactor: Redactor, nick: str, tail: int, number: str,
                                                           trunk: str) -> None:
    text = f"{nick}{tail} {trunk}{number}"
    assert number not in _redacted(redactor, text)


def test_a_phone_label_glued_to_the_number_still_opens_it(redactor: Redactor) -> None:
    assert _redacted(redactor, "tel8 916 123 45 67") == "tel<PHONE_NUMBER>"


# --- 29: a date after the number ---------------------------------------------------------------------------------

NUMBER_THEN_DATE = [
    ("4276380012345679 25.11.2026 оплата 500 руб", "4276380012345679", "CREDIT_CARD"),
    ("4276 3800 1234 5679 12/27", "4276 3800 1234 5679", "CREDIT_CARD"),
    ("автоплатёж: 4276380012345679 12/27", "4276380012345679", "CREDIT_CARD"),
    ("772812345609 25.11.2026 оплата", "772812345609", "RU_INN"),
    ("112-233-445 95 25.11.2026", "112-233-445 95", "RU_SNILS"),
    ("40817810099910004312 25.11.2026", "40817810099910004312", "BANK_ACCOUNT"),
    ("25.11.2026 4276380012345679", "4276380012345679", "CREDIT_CARD"),
]


@pytest.mark.parametrize("text, value, kind", NUMBER_THEN_DATE)
def test_a_number_followed_by_a_date_is_masked_as_its_kind(redactor: Redactor, text: str, value: str,
                                                           kind: str) -> None:
    start = text.index(value)
    assert any(e.type == kind and e.start == start and e.end == start + len(value) for e in redactor.analyze(text))


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


@_PROPERTY
@given(body=st.from_regex(r"4\d{14}", fullmatch=True), day=st.integers(1, 28), month=st.integers(1, 12),
       year=st.integers(2024, 2032), spaced=st.booleans(), slashed=st.booleans())
def test_a_card_is_masked_whatever_date_follows_it(redactor: Redactor, body: str, day: int, month: int, year: int,
                                                    spaced: bool, slashed: bool) -> None:
    card = _luhn_complete(body)
    written = " ".join(card[i:i + 4] for i in range(0, 16, 4)) if spaced else card
    date = f"{month:02d}/{year % 100:02d}" if slashed else f"{day:02d}.{month:02d}.{year}"
    redacted = _redacted(redactor, f"{written} {date} оплата")
    assert written not in redacted and card[-4:] not in redacted.replace(date, "")


# --- 11: an address after a note's abbreviated cue ------------------------------------------------------------

ABBREVIATED_CUES = [
    ("рег. Самара Ново-Садовая 20-15", ["Ново-Садовая", "20-15"]),
    ("прож. Мск Лесная 7-45", ["Лесная", "7-45"]),
    ("адр. Казань Баумана 10-3", ["Баумана", "10-3"]),
    ("адр. регистрации Самара Ново-Садовая 20-15", ["20-15"]),
    ("факт: Тверь Советская 5-12, тел нет", ["Советская", "5-12"]),
]


@pytest.mark.parametrize("text, parts", ABBREVIATED_CUES)
def test_an_address_after_an_abbreviated_cue_is_masked_whole(redactor: Redactor, text: str, parts: list[str]) -> None:
    redacted = _redacted(redactor, text)
    assert "<ADDRESS>" in redacted and not [part for part in parts if part in redacted]


def test_an_abbreviated_cue_alone_makes_no_address_of_a_number(redactor: Redactor) -> None:
    assert _redacted(redactor, "рег. номер 12-15") == "рег. номер 12-15"


# --- 05: a value answering the question before it, in a call's turns -------------------------------------------

ANSWERED = [
    ([("client", "паспорт серия сорок пять ноль пять"), ("operator", "номер"),
      ("client", "шестьсот семьдесят восемь девятьсот один")], "шестьсот семьдесят восемь девятьсот один"),
    ([("operator", "продиктуйте почту"), ("client", "петров восемьдесят"), ("client", "собака мейл ру")], "восемьдесят"),
]


@pytest.mark.parametrize("turns, value", ANSWERED)
def test_a_value_answering_the_question_before_it_is_masked(redactor: Redactor, turns: list, value: str) -> None:
    assert not [r.text for r in redactor.redact_dialogue(turns) if value in r.text]


def test_the_prompt_between_two_parts_stays_readable(redactor: Redactor) -> None:
    turns = [("client", "паспорт серия сорок пять ноль пять"), ("operator", "номер"),
             ("client", "шестьсот семьдесят восемь девятьсот один")]
    assert redactor.redact_dialogue(turns)[1].text == "номер"


def test_an_answer_that_is_a_count_stays(redactor: Redactor) -> None:
    turns = [("operator", "сколько минут вы говорили"), ("client", "сорок пять")]
    assert redactor.redact_dialogue(turns)[1].text == "сорок пять"


# --- 13: a birth date typed as eight digits, a two-digit year with «г.р.» ----------------------------------------

BIRTH_DATES = [
    ("родился 12031980", "12031980"),
    ("Кл-т Кузнецов ПС 12031980 89161234567", "12031980"),
    ("кл. 80 г.р., проживает один", "80"),
    ("1980 г.р.", ".р."),
]


@pytest.mark.parametrize("text, value", BIRTH_DATES)
def test_a_birth_date_without_separators_is_masked(redactor: Redactor, text: str, value: str) -> None:
    assert value not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["заказ 12032024", "артикул 01011990"])
def test_eight_digits_that_are_no_one_s_birth_date_stay(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 30: an e-mail cut short, with no domain suffix, or "%" for "@" ---------------------------------------------

CUT_MAILBOXES = [
    ("пишите: petr_kuz собака gmail", "petr_kuz"),
    ("petr.kuznetsov @ mail", "petr.kuznetsov"),
    ("e-mail: petr.kuznetsov@", "petr.kuznetsov"),
    ("petr.kuznetsov%mail.ru", "petr.kuznetsov"),
]


@pytest.mark.parametrize("text, local", CUT_MAILBOXES)
def test_a_mailbox_cut_short_is_masked(redactor: Redactor, text: str, local: str) -> None:
    assert local not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["скидка 50% всем", "встреча в 15 @ офис"])
def test_a_percent_or_an_at_sign_alone_is_no_mailbox(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 14: a phone told in pieces, a town's short number ------------------------------------------------------------

PIECES = [
    ("номер 555-00-11, оператор мтс, код 903", "555-00-11"),
    ("первые цифры 8903 555, последние 00 11", "00 11"),
    ("первые цифры 8903 555, последние 00 11", "8903 555"),
    ("тел 55-00-11", "55-00-11"),
    ("домашний в Урюпинске 4-12-33", "4-12-33"),
    ("номер сына начинается на 8903555, заканчивается на 0011", "8903555"),
    ("номер сына начинается на 8903555, заканчивается на 0011", "0011"),
]


@pytest.mark.parametrize("text, piece", PIECES)
def test_a_phone_told_in_pieces_or_a_short_local_number_is_masked(redactor: Redactor, text: str, piece: str) -> None:
    assert piece not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["последние 2 месяца платил", "тариф начинается с 300 руб"])
def test_a_count_after_first_or_last_stays(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 21: a name in capitals typed with Latin look-alikes; a Latin ë --------------------------------------------------

def test_a_caps_name_with_more_latin_look_alikes_than_cyrillic_letters_is_masked(redactor: Redactor) -> None:
    assert "CИДOPOB" not in _redacted(redactor, "Кл. CИДOPOB ИBAH звонил")


def test_a_latin_word_with_a_stray_cyrillic_look_alike_stays_latin() -> None:
    from guard.normalize import normalize_unicode
    text = "P\u0435trov zvonil"  # a Cyrillic "е": the word is not made Cyrillic
    assert normalize_unicode(text).text == text


def test_a_latin_e_with_diaeresis_in_a_cyrillic_word_reads_as_yo() -> None:
    from guard.normalize import cyrillic_lookalikes
    assert cyrillic_lookalikes("Клиент Ор\u00ebл недоволен") == "Клиент Орёл недоволен"


# --- 25: the passport's issuing office, its abbreviated district and the spoken form -----------------------------

ISSUERS = [
    ("Паспорт 46 02 № 512340 выдан ТП УФМС России по Московской обл. в Одинцовском р-не 12.06.2007", "Одинцовском"),
    ("паспорт РФ 45 05 №678901 выд. ОУФМС России по г. Москве по р-ну Тверской 01.04.2005", "Тверской"),
    ("паспорт серия сорок пять ноль пять номер шесть семь восемь девять ноль один выдан тверским овд", "тверским"),
]


@pytest.mark.parametrize("text, place", ISSUERS)
def test_the_issuing_office_is_masked_with_its_district(redactor: Redactor, text: str, place: str) -> None:
    assert place not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["выдан овд", "МВД России сообщает"])
def test_an_office_naming_no_place_stays(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text
