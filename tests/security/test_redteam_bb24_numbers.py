"""Red team bb24 f01 (black box on the bb95d44 wheel): a number dictated with fillers between its groups.

f01: a number dictated in groups with fillers and order words between the groups ("восемь девять один шесть, дальше
один два три, потом сорок пять, шестьдесят семь") is one number for every kind: the pauses of speech are read past
(guard/normalize.py: the pause between two digits, a mixed run of blanks and commas, a digit hyphenated to its group).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.normalize import normalize

SPOKEN = {"916": "девятьсот шестнадцать", "123": "сто двадцать три", "45": "сорок пять", "67": "шестьдесят семь"}


# --- f01: fillers between the groups of a dictated number ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "мой номер восемь девять один шесть, дальше один два три, потом сорок пять, шестьдесят семь",
    "записывайте девятьсот шестнадцать, так, сто двадцать три, ага, сорок пять, шестьдесят семь",
    "перезвоните мне на девятьсот шестнадцать, э-э, сто двадцать три, м-м, сорок пять, шестьдесят семь",
    "номер девять-шестнадцать, сто двадцать три, сорок пять, шестьдесят семь",
    "плюс семь, э-э, девятьсот шестнадцать, так, сто двадцать три, ну, сорок пять, и потом шестьдесят семь",
    "восемь, девятьсот шестнадцать, вот, сто двадцать три, щас, сорок пять шестьдесят семь",
    "девятьсот шестнадцать, значит, сто двадцать три, а потом сорок пять, шестьдесят семь",
])
def test_a_phone_dictated_with_fillers_between_its_groups_is_masked_whole(redactor, text):
    redacted = redactor.redact(text).text
    assert "PHONE_NUMBER" in redacted, redacted
    assert sum(words in redacted for words in SPOKEN.values()) < 2, redacted


@pytest.mark.parametrize("text, kind", [
    ("серия сорок пять, так, ноль пять, номер, значит, шестьсот семьдесят восемь девятьсот один", "RU_PASSPORT"),
    ("паспорт 45 05, ну, номер, э-э, значит, 678 901", "RU_PASSPORT"),
    ("снилс сто двадцать три, так, четыреста пятьдесят шесть, ну, семьсот восемьдесят девять, ага, шестьдесят четыре",
     "RU_SNILS"),
    ("карта четыре два семь шесть, значит, три восемь ноль ноль, потом один два три четыре, так, пять шесть семь "
     "восемь", "CREDIT_CARD"),
])
def test_every_kind_of_number_reads_past_fillers_between_its_groups(redactor, text, kind):
    redacted = redactor.redact(text)
    assert [e.type for e in redacted.entities] == [kind], redacted.text
    assert not any(ch.isdigit() for ch in redacted.text.split("<")[-1]), redacted.text


FILLERS = ["так", "ага", "э-э", "м-м", "значит", "ну", "вот", "дальше", "потом", "а потом", "щас"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FILLERS), min_size=3, max_size=3), st.booleans())
def test_any_fillers_between_a_phones_groups_leave_no_group_readable(redactor, fillers, eight):
    groups = list(SPOKEN.values())
    text = ("мой номер восемь " if eight else "мой номер ") + groups[0]
    for filler, group in zip(fillers, groups[1:]):
        text += f", {filler}, {group}"
    redacted = redactor.redact(text).text
    assert sum(group in redacted for group in groups) < 2, redacted


def test_three_pieces_said_apart_by_blanks_and_a_comma_are_one_number():
    assert normalize("916 123 45, 67").text == "916 123 45, 67"  # the separators' reading is the redactor's, below
    from guard.normalize import read_separators
    assert read_separators("916 123 45, 67").text == "916 123 45 67"


def test_two_numbers_listed_with_a_comma_stay_two():
    from guard.normalize import read_separators
    assert read_separators("45, 67").text == "45, 67"
    assert read_separators("в 2015 году и 2016, 2017").text == "в 2015 году и 2016, 2017"


def test_a_digit_hyphenated_to_a_two_digit_group_is_the_group_dictated():
    assert normalize("девять-шестнадцать").text == "916"
    assert normalize("десять-пятнадцать минут").text == "10-15 минут"  # a range of two numbers stays a range
