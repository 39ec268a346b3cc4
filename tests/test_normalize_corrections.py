"""Self-corrections in dictated or typed numbers (guard/normalize.py): the span of the corrected number starts at
the first digits the caller took back, for every kind, so no digit of either attempt stays in the text."""
from __future__ import annotations

import re

import pytest

from guard.engine import Redactor
from guard.normalize import normalize, normalize_corrections


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_a_span_starting_where_taken_back_digits_were_removed_starts_at_those_digits():
    spoken = "номер 46 0 9 ой 46 0 8 123456"
    result = normalize_corrections(spoken)
    assert result.text == "номер 46 0 8 123456"
    start = result.text.index("46")
    assert spoken[slice(*result.to_original(start, len(result.text)))] == spoken[len("номер "):]


@pytest.mark.parametrize("text", [
    "паспорт сорок шесть ноль девять ой сорок шесть ноль восемь один два три четыре пять шесть",
    "мой телефон девять один пять ой нет девять один шесть один два три четыре пять шесть семь",
    "СНИЛС один один семь девять ой нет один один семь девять три один пять ноль три пять шесть",
    "ИНН семь семь ноль семь ой семь семь ноль семь ноль восемь три восемь девять три",
])
def test_no_spoken_digit_of_either_attempt_stays_visible(redactor, text):
    redacted = redactor.redact(text).text
    left = [w for w in re.findall(r"\w+", redacted) if normalize(w).text != w or w.isdigit()]
    assert left == [], redacted


def test_a_typed_correction_is_read_as_one_number():
    assert normalize("ИНН 1210045590... нет, 1210045509").text == "ИНН 1210045509"


def test_a_typed_correction_masks_both_attempts(redactor):
    redacted = redactor.redact("ИНН 1210045590... нет, 1210045509").text
    assert not re.search(r"\d", redacted), redacted


@pytest.mark.parametrize("spoken, digits", [
    ("девять два ноль пятьсот пять тридцать восемь то есть двадцать восемь пятьдесят пять", "9 2 0 505 28 55"),
    ("девять шесть ноль двести семьдесят четыре ой нет сто семьдесят четыре сорок девять", "9 6 0 174 49"),
    ("у меня три нет две сим карты", "у меня 3 2 сим карты"),  # one digit: every digit kept, in one number
])
def test_a_group_said_again_with_other_digits_replaces_the_last_group(spoken, digits):
    assert normalize(spoken).text == digits


@pytest.mark.parametrize("spoken, digits", [
    # a wait after the correction word, then the whole number again
    ("телефон восемь девятьсот шестнадцать ой подождите восемь девятьсот двадцать шесть сто двадцать три сорок пять "
     "шестьдесят семь", "телефон 8 926 123 45 67"),
    # "а нет" takes the last group back
    ("телефон восемь девятьсот шестнадцать сто двадцать три а нет сто тридцать два сорок пять шестьдесят семь",
     "телефон 8 916 132 45 67"),
    ("номер восемь девятьсот пять перепутала девятьсот шесть сто двадцать три сорок пять шестьдесят семь",
     "номер 8 906 123 45 67"),
])
def test_a_correction_said_with_a_wait_or_an_a_is_read_as_one_number(spoken, digits):
    assert normalize(spoken).text == digits


@pytest.mark.parametrize("spoken, digits", [
    ("восемь девятьсот три э семьсот семьдесят один м сорок пять э ноль два", "8 903 771 45 0 2"),
    ("плюс семь девятьсот шестнадцать так сто двадцать три м сорок пять а шестьдесят семь", "+7 916 123 45 67"),
    # a drawn-out sound as ASR writes it, with hyphens
    ("восемь девятьсот шестнадцать э-э сто двадцать три м-м сорок пять э-э-э шестьдесят семь", "8 916 123 45 67"),
])
def test_a_one_letter_filler_between_groups_is_a_pause(spoken, digits):
    assert normalize(spoken).text == digits


def test_and_between_two_numbers_is_no_pause():
    # "и" joins two values as often as two groups of one ("ставка +49 151 и 2 000 руб"): never dropped
    assert normalize("восемь девять один шесть один два три и сорок пять шестьдесят семь").text == "8 9 1 6 1 2 3 и 45 67"


@pytest.mark.parametrize("text", [
    "так записывайте восемь девятьсот три э семьсот семьдесят один м сорок пять э ноль два записали",
    "мой номер ну значит плюс семь девятьсот шестнадцать так сто двадцать три м сорок пять а шестьдесят семь",
    "телефон восемь девятьсот шестнадцать ой подождите восемь девятьсот двадцать шесть сто двадцать три сорок пять "
    "шестьдесят семь",
])
def test_no_digit_of_a_phone_split_by_fillers_or_a_wait_stays_visible(redactor, text):
    redacted = redactor.redact(text).text
    left = [w for w in re.findall(r"\w+", redacted) if normalize(w).text != w or w.isdigit()]
    assert left == [], redacted


@pytest.mark.parametrize("spoken, digits", [
    # restarting at the earlier "23" would leave "26" alone: the last group is what the caller took back
    ("инн двадцать три шестьдесят семьдесят два девяносто шесть пятьдесят семь тридцать два не так двадцать шесть",
     "инн 23 60 72 96 57 26"),
    ("снилс семьсот четыре двести восемь пятьсот девяносто семь ой простите семьсот сорок один шестьдесят четыре",
     "снилс 704 208 741 64"),
    ("бик ноль сорок семь семьсот двадцать четыре восемь ой ноль ноль девять", "бик 0 47 724 0 0 9"),
])
def test_a_correction_never_leaves_a_number_shorter_than_the_attempt_it_takes_back(spoken, digits):
    assert normalize(spoken).text == digits


def test_a_restart_from_the_first_digit_is_still_read_as_a_restart():
    spoken = "номер девять один пять ой нет девять один шесть один два три четыре пять шесть семь"
    assert normalize(spoken).text == "номер 9 1 6 1 2 3 4 5 6 7"
