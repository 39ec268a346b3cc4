"""Stop 58 (issue 15, branch s58-spoken): values read aloud in speech-to-text calls — a birth year of this century said
as a one-word ordinal ("пятое февраля седьмого года": recognizers/birth_date.py, ONE_WORD_YEAR and
`_without_an_unsaid_year`),
a birth year said before its day and month (`with_its_day_and_month`), and a phone number a digit or two short after
"номер" said of someone ("мой номер", "номер ученика": recognizers/phone.py `someones_number`, person.py `says_whose`,
base.py's short answer to a question) or after "контакт" (a cue of the phone kind now)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.person import says_whose
from guard.recognizers.phone import someones_number

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- a birth year said as a one-word ordinal -------------------------------------------------------------------

# days every month has (a date the calendar lacks, "тридцатого февраля", is read by the calendar's rules)
_DAYS = ("первое", "второго", "третьего", "пятое", "одиннадцатое", "девятнадцатого", "двадцать восьмое", "двадцатого")
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря")
_ONE_WORD_YEARS = ("первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого",
                   "девятого")


@pytest.mark.parametrize("text, value", [
    # a birth word after the date
    ("оператор: ему есть восемнадцать\nклиент: нет ему шестнадцать он второго мая девятого года рождения\n"
     "оператор: тогда оформим на вас", "второго мая девятого года"),
    # a birth word before it
    ("оператор: дата рождения\nклиент: двадцать первое ноября третьего года", "двадцать первое ноября третьего года"),
    ("клиент: мой день рождения шестое марта восьмого года", "шестое марта восьмого года"),
    # a child's full name right before it, no birth word: the person's date
    ("оператор: данные дочери\nклиент: полякова ирина денисовна восьмое августа шестого года\nклиент: паспорт есть",
     "восьмое августа шестого года"),
    # no "года": the genitive ordinal says it is a year
    ("клиент: сын петров игорь олегович двенадцатого июня пятого", "двенадцатого июня пятого"),
])
def test_a_birth_year_said_as_a_one_word_ordinal_is_masked_with_its_date(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)
    assert ("DATE_OF_BIRTH", value) in found(redactor, text), found(redactor, text)


_SAID_IN = ("клиент: дата рождения {value}", "клиент: мой день рождения {value}", "клиент: он {value} рождения",
            "оператор: данные сына\nклиент: петров игорь олегович {value}\nоператор: спасибо")


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(_DAYS), month=st.sampled_from(_MONTHS), year=st.sampled_from(_ONE_WORD_YEARS),
       year_word=st.sampled_from(("", " года")), said_in=st.sampled_from(_SAID_IN))
def test_any_date_of_birth_with_a_one_word_ordinal_year_is_redacted_whole(day, month, year, year_word, said_in):
    value = f"{day} {month} {year}{year_word}"
    if said_in.startswith("оператор: данные") and not year_word:
        value = value.replace("первое", "первого").replace("пятое", "пятого")  # a bare year after a name: genitive
    redacted = _REDACTOR().redact(said_in.format(value=value)).text
    assert not any(re.search(rf"(?<![а-яё]){word}(?![а-яё])", redacted) for word in value.split()), redacted


def _REDACTOR(cache: list = []) -> Redactor:  # hypothesis runs outside the fixture: one redactor for its examples
    if not cache:
        cache.append(Redactor())
    return cache[0]


@pytest.mark.parametrize("text, value, visible", [
    # said as a cardinal it counts something: the date ends at its month, as before one-digit years were read
    ("клиент: дата рождения пятого февраля семь лет назад сменил паспорт", "пятого февраля", "семь"),
    ("Дата рождения 5 февраля, 7 шт. в заказе", "5 февраля", "7 шт"),
])
def test_a_digit_after_a_birth_date_that_was_not_said_as_a_year_is_no_part_of_it(redactor, text, value, visible):
    spans = found(redactor, text)
    assert ("DATE_OF_BIRTH", value) in spans, spans
    assert visible in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("клиент: на маму лаптева вера ивановна тысяча девятьсот сорок девятого года двадцать второе мая\nоператор: спасибо",
     "тысяча девятьсот сорок девятого года двадцать второе мая"),
    ("клиент: я круглов денис две тысячи четвертого года первое декабря", "две тысячи четвертого года первое декабря"),
])
def test_a_birth_year_said_before_its_day_and_month_is_one_date_with_them(redactor, text, value):
    assert ("DATE_OF_BIRTH", value) in found(redactor, text), found(redactor, text)


def test_a_year_that_dates_something_else_takes_no_day_after_it(redactor):
    text = "клиент: с девяносто пятого года третьего марта работаю"
    assert not any(kind == "DATE_OF_BIRTH" for kind, _ in found(redactor, text)), found(redactor, text)


# --- a phone a digit or two short, said of someone ----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("клиент: спасибо\nклиент: мой номер девятьсот пятьдесят четыреста двенадцать семьдесят шесть",
     "девятьсот пятьдесят четыреста двенадцать семьдесят шесть"),
    ("клиент: а ее номер девятьсот тридцать три сто один сорок пять", "девятьсот тридцать три сто один сорок пять"),
    # the answer to a question naming whose number it is
    ("оператор: номер ученика\nклиент: девятьсот тридцать три ноль ноль сорок пять семьдесят два\nоператор: сумма",
     "девятьсот тридцать три ноль ноль сорок пять семьдесят два"),
    ("оператор: а номер мамы\nклиент: девятьсот два восемьсот девятнадцать ноль один ноль\nоператор: спасибо",
     "девятьсот два восемьсот девятнадцать ноль один ноль"),
    # "контакт" names the phone, the contact's name between it and the number
    ("клиент: понял\nклиент: контакт мой соболев илья девятьсот шестнадцать сто двадцать три сорок пять",
     "девятьсот шестнадцать сто двадцать три сорок пять"),
])
def test_a_phone_said_a_few_digits_short_after_someones_number_is_masked_whole(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


@pytest.mark.parametrize("text, visible", [
    # an order's or a request's number stays nobody's, a possessive before it or not
    ("клиент: номер заказа девятьсот пятьдесят четыреста двенадцать семьдесят шесть", "девятьсот пятьдесят"),
    ("клиент: мой номер заявки девятьсот пятьдесят четыреста двенадцать семьдесят шесть", "девятьсот пятьдесят"),
])
def test_a_number_of_an_order_or_request_a_few_digits_short_stays_visible(redactor, text, visible):
    assert visible in redactor.redact(text).text


def test_a_bare_number_question_takes_no_short_answer(redactor):
    # "номер" says nothing of whose: the short answer is left to the kinds that read it (as before this stop)
    text = "оператор: номер\nклиент: девятьсот тридцать три ноль ноль сорок пять семьдесят два\nоператор: сумма"
    assert not any(kind == "PHONE_NUMBER" for kind, _ in found(redactor, text)), found(redactor, text)


def test_a_short_answer_is_no_card_when_the_question_names_a_card_and_asks_for_a_number(redactor):
    # base.SHORT_ANSWERS: the card's word names what to block, the question asks which number called (pii_s29)
    text = ("оператор: срочно заблокируйте карту в банке а звонили с какого номера\n"
            "клиент: с восемь восемьсот семьсот ноль шестьсот одиннадцать как будто ваш")
    assert not any(kind == "CREDIT_CARD" for kind, _ in found(redactor, text)), found(redactor, text)


@pytest.mark.parametrize("word, whose", [
    ("мой", True), ("вашего", True), ("её", True), ("их", True), ("ученика", True), ("мамы", True),
    ("отправителя", True), ("заказа", False), ("договора", False), ("телефона", False), ("это", False),
    ("который", False), ("он", False),
    # a name's or an abbreviation's genitive the dictionary gives no weight: a preposition, a conjunction
    ("из", False), ("и", False), ("к", False),
])
def test_says_whose_reads_possessives_and_a_beings_genitive(word, whose):
    assert says_whose(word) is whose


@pytest.mark.parametrize("words, named", [
    (["мой", "номер"], True), (["номер", "ученика"], True), (["а", "номер", "сына"], True),
    (["номер"], False), (["номер", "заказа"], False), (["мой", "счет"], False), (["номер", "договора", "мамы"], False),
])
def test_someones_number_is_a_number_word_with_its_owner_beside_it(words, named):
    assert someones_number(words) is named
