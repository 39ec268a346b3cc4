"""A value split by an export's layout is read as a reader reads it: subtitle cues, timestamps, quoted e-mail lines,
a group a line, markup inside a value (red team bb10 01, 03, 04, 13, 17; guard/normalize.py `layout_reading`)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard import Redactor
from guard.normalize import layout_reading

CARD = "5483110022334454"  # passes Luhn
SNILS = "134-251-367 29"  # its checksum holds


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_subtitle_cues_are_read_as_one_speech():
    srt = ("7\n00:01:10,500 --> 00:01:12,000\nКлиент: номер паспорта сорок шесть десять\n\n"
           "8\n00:01:12,100 --> 00:01:15,000\nсемьсот восемьдесят девять двести тридцать четыре\n")
    assert layout_reading(srt).text == ("Клиент: номер паспорта сорок шесть десять семьсот восемьдесят девять двести "
                                        "тридцать четыре\n")


def test_a_voice_tag_is_the_label_it_stands_for_and_another_speaker_is_not_joined():
    vtt = ("WEBVTT\n\n00:00:02.000 --> 00:00:04.000\n<v Оператор>продиктуйте номер\n\n"
           "00:00:04.500 --> 00:00:06.000\n<v Клиент>восемь девятьсот двадцать пять\n")
    assert layout_reading(vtt).text == "Оператор: продиктуйте номер\n\nКлиент: восемь девятьсот двадцать пять\n"


def test_quoted_lines_of_one_depth_are_one_paragraph_and_a_hyphen_at_the_wrap_joins():
    assert layout_reading("> > счёт 40817\n> > 810 и далее").text == "счёт 40817 810 и далее"
    assert layout_reading("> снилс 134-251-\n> 367 29").text == "снилс 134-251-367 29"
    assert layout_reading("> первое\n> > второе").text == "первое\nвторое"  # another message: not joined


def test_markup_is_dropped_and_the_map_covers_it():
    text = "<tr><td>тел.</td><td>+7</td><td>925</td><td>7654321</td></tr>"
    read = layout_reading(text)
    assert read.text == "тел. +7 925 7654321"
    start = read.text.index("+7")
    assert read.to_original(start, len(read.text)) == (text.index("+7"), text.index("</td></tr>"))  # the cells inside


def test_plain_text_is_not_rewritten():
    text = "Клиент просил перезвонить после 18:00, вопрос решён."
    assert not layout_reading(text).changed


@pytest.mark.parametrize("text, value", [
    ("1\n00:00:03,000 --> 00:00:05,000\nКлиент: мой телефон восемь девятьсот двадцать пять\n\n"
     "2\n00:00:05,200 --> 00:00:08,000\nсемьсот шестьдесят пять сорок три двадцать один\n", "765 43 21"),
    ("[01:02] мой телефон восемь девятьсот двадцать пять [01:04] семьсот шестьдесят пять [01:06] сорок три двадцать "
     "один", "семьсот шестьдесят пять"),
    ("00:01:02 клиент: второй номер восемь девятьсот двадцать пять\n00:01:05 клиент: семьсот шестьдесят пять\n"
     "00:01:07 клиент: сорок три двадцать один", "семьсот шестьдесят пять"),
    ("Добрый вечер.\n\n> Перезвоните, пожалуйста, на 8 925\n> 765 43 21, Марина", "765 43 21"),
    (f"> > списали с карты {CARD[:4]} {CARD[4:8]}\n> > {CARD[8:12]} {CARD[12:]} дважды", CARD),
    (f"> снилс мужа {SNILS[:8]}\n> {SNILS[8:]}", SNILS),
    (f"Карта клиента\n{CARD[:4]}\n{CARD[4:8]}\n{CARD[8:12]}\n{CARD[12:]}\nдействует до 11/29", CARD),
    ("Связь: **8 925** 765-43-21, до вечера", "8925765"),
    ("<table><tr><td>Моб.</td><td>+7</td><td>925</td><td>7654321</td></tr></table>", "9257654321"),
])
def test_a_value_split_by_layout_is_masked(redactor, text, value):
    out = redactor.redact(text).text
    if re.fullmatch(r"[\d\s-]+", value):
        assert digits(value) not in digits(out), out
    else:
        assert value not in out, out


def test_a_name_split_by_line_tags_is_masked(redactor):
    out = redactor.redact("Соколова<br>Марина<br>Игоревна").text
    assert "Соколова" not in out and "Марина" not in out, out


# A value the redactor masks on one line, and the layout breaks an export puts between its tokens.
VALUES = ["8 925 765 43 21", f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}", SNILS.replace("-", " "),
          "+7 925 765 43 21"]
BREAKS = ["\n> ", "\n> > ", " [00:12] ", "\n\n4\n00:00:09,000 --> 00:00:11,500\n", "</td><td>", "<br>", "\n",
          " **", "\n00:00:12 клиент: "]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.sampled_from(VALUES), layout=st.sampled_from(BREAKS), where=st.integers(min_value=0, max_value=10))
def test_a_layout_break_between_any_two_tokens_keeps_the_value_masked(redactor, value, layout, where):
    tokens = value.split(" ")
    cut = 1 + where % (len(tokens) - 1)
    said = " ".join(tokens[:cut]) + layout + " ".join(tokens[cut:])
    prefix = "клиент: номер " if layout.startswith("\n00:00") else "> номер " if layout.startswith("\n>") else "номер "
    text = prefix + said + " спасибо"
    assert digits(redactor.redact(prefix + value + " спасибо").text) == ""  # masked on one line
    out = redactor.redact(text).text
    for token in tokens:
        assert token not in re.sub(r"\d{1,2}:\d{2}(:\d{2})?(,\d{3})?|^\d\n", "", out, flags=re.MULTILINE), (text, out)
