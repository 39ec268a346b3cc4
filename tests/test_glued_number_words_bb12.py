"""A number word glued to the digits that finish its group is one number (red team bb12, 04 and 06): "сто23" is 123,
"девятьсот16" 916, "сорок5" 45, "шесть7" 67. The one reader of spoken numbers (guard/normalize.py) reads it, so the
redactor, the card-aware scrub of CRM comments, the speech checker and the QA report all see the digits."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState, IdentificationLevel
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext
from guard.disclosure.qa import qa_call
from guard.engine import Redactor
from guard.normalize import normalize, normalize_numbers
from guard.proxy.scrub import CardSecrets

_TENS = ["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_HUNDREDS = ["сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
_UNITS = ["один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("said, digits", [
    ("сто23", "123"), ("девятьсот16", "916"), ("сорок5", "45"), ("девяносто5", "95"), ("шесть7", "67"),
    ("сто5", "105"), ("две тысячи05", "2005"), ("ноль5", "05"), ("сорок56", "4056"), ("Сто11", "111"),
])
def test_a_number_word_glued_to_digits_reads_as_one_number(said, digits):
    assert normalize_numbers(said).text == digits


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(_HUNDREDS), rest=st.integers(0, 99))
def test_a_hundred_glued_to_two_digits_reads_as_the_hundred_said_with_them(word, rest):
    said = normalize_numbers(f"{word}{rest:02d}").text
    assert said == str(_HUNDREDS.index(word) * 100 + 100 + rest)


@settings(max_examples=60, deadline=None)
@given(tens=st.sampled_from(_TENS), unit=st.integers(1, 9))
def test_tens_glued_to_a_digit_read_as_the_tens_and_the_unit_said(tens, unit):
    assert normalize_numbers(f"{tens}{unit}").text == normalize_numbers(f"{tens} {_UNITS[unit - 1]}").text


@pytest.mark.parametrize("text", ["пять5G", "первый1", "стоп 23", "одно5", "плюс7"])
def test_a_word_glued_to_digits_that_is_no_number_word_stays_as_written(text):
    assert normalize_numbers(text).text == text


@pytest.mark.parametrize("text, tag", [
    ("моб. восемь-916-сто23-45-67", "<PHONE_NUMBER>"),
    ("моб. 8 916 сто23 45 67", "<PHONE_NUMBER>"),
    ("тел. 8 девятьсот16 123 45 67", "<PHONE_NUMBER>"),
    ("моб. 8-916-123-сорок5-67", "<PHONE_NUMBER>"),
    ("доп. контакт сестры: восемь-903-сто11-22-33", "<PHONE_NUMBER>"),
    ("перезвоните на девятьсот03 семьсот12 тридцать4 56", "<PHONE_NUMBER>"),
    ("паспорт 45 О5 шесть7 89 01", "<RU_PASSPORT>"),
    ("паспорт сорок5 05 678901", "<RU_PASSPORT>"),
    ("снилс 112 233 445 девяносто5", "<RU_SNILS>"),
])
def test_glued_number_words_are_masked_with_the_whole_value(redactor, text, tag):
    out = redactor.redact(text).text
    assert tag in out and not any(ch.isdigit() for ch in out.replace(tag, "")), out


def test_the_cards_passport_glued_to_number_words_is_scrubbed_from_a_comment():
    secrets = CardSecrets.from_values(["4505", "678901"])
    shown, count = secrets.scrub_text("паспорт 45 05 шесть7 89 01, сверили")
    assert count and "89 01" not in shown and "шесть7" not in shown


@pytest.mark.parametrize("line", ["записываете? сорок5 05 шесть7 89 01", "номер телефона восемь-916-сто23-45-67"])
def test_an_operator_reading_a_number_with_glued_words_is_blocked(line):
    state = CallState(identification=IdentificationLevel.NONE, caller_gender="male")
    assert default_checker().check(line, "operator", CheckContext.of(state, None)).verdict == "block"


def test_the_qa_report_hides_a_passport_and_a_phone_written_with_glued_words(redactor):
    call = {"call_id": "c-1", "operator_id": "op1", "turns": [
        {"speaker": "operator", "text": "Здравствуйте, меня зовут Анна, чем могу помочь?"},
        {"speaker": "client", "text": "мой номер восемь-916-сто23-45-67"},
        {"speaker": "operator", "text": "Паспорт владельца 45 О5 шесть7 89 01, всё верно?"},
        {"speaker": "operator", "text": "Спасибо за звонок, всего доброго"}]}
    qa = qa_call(call, lambda text: redactor.redact(text).text, default_checker())
    shown = " ".join(turn.text for turn in qa.shown_turns.values())
    assert "сто23" not in shown and "шесть7" not in shown and "89 01" not in shown


def test_the_reading_maps_back_onto_the_glued_word():
    text = "тел. 8 девятьсот16 123 45 67"
    read = normalize(text)
    start = read.text.index("916")
    assert read.to_original(start, start + 3) == (text.index("девятьсот16"), text.index("девятьсот16") + 11)
