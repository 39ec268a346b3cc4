"""Round bb4 of the black-box red team (stop 29), the findings taken by s29-rt, each a test first.

- F02 + F05 + F13 (one root, the number-word reading in guard/normalize.py): digits said by their nouns
  ("восьмёрка девятка единичка"), counted repeats ("три семёрки", "два нуля") and "и" before the last group of a
  dictation ("… сорок пять и шестьдесят семь") read as the number they say — by the redactor, the card-aware scrub
  (F05: the card's own contact phone in a comment, through the proxy) and the checker alike.
"""
from __future__ import annotations

import json

import pytest

from guard.normalize import normalize_numbers
from security.hostile_crm import PLAIN, card
from security.test_redteam_s23 import _fetch_card

_READ = {
    "доп. тел девятьсот три три семёрки два нуля пятьдесят пять": "доп. тел 903 777 00 55",
    "звонил на девятьсот три, три пятёрки, две шестёрки, две семёрки": "звонил на 903, 555, 66, 77",
    "восьмёрка девятка единичка шестёрка": "8 9 1 6",
    "пять нулей": "00000",
    "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять и шестьдесят семь": "мой номер 8 916 123 45 67",
}


@pytest.mark.parametrize("spoken", _READ)
def test_digit_nouns_counted_repeats_and_a_last_group_after_i_read_as_the_digits_they_say(spoken):
    assert normalize_numbers(spoken).text == _READ[spoken]


@pytest.mark.parametrize("text", ["пять и шесть", "восемь ноль ноль", "два ноль два", "в первый раз"])
def test_a_list_of_numbers_and_plain_zeros_keep_their_reading(text):
    assert normalize_numbers(text).text == {"пять и шесть": "5 и 6", "восемь ноль ноль": "8 0 0",
                                            "два ноль два": "2 0 2", "в первый раз": "в первый раз"}[text]


_SPOKEN_PHONES = [
    "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять и шестьдесят семь",
    "мой номер восьмёрка девятка единичка шестёрка один два три четыре пять шесть семь",
    "перезвоните на восемь девятьсот три три семёрки два нуля пятьдесят пять",
]


@pytest.mark.parametrize("text", _SPOKEN_PHONES)
def test_a_phone_dictated_with_digit_nouns_repeats_or_i_is_redacted(engine, text):
    redacted = engine.redact(text).text
    assert "<PHONE_NUMBER>" in redacted and "семёрки" not in redacted and "шестьдесят" not in redacted, redacted


@pytest.mark.parametrize("text", ["доп. тел девятьсот три три семёрки два нуля пятьдесят пять",
                                  "контакт: восемь девятьсот три, один два три, сорок пять и шестьдесят семь"])
def test_the_cards_contact_phone_said_with_digit_nouns_or_i_in_a_comment_is_masked(attack, text):
    contact = {"phone": "79037770055", "person": "Иванова Анна Петровна", "email": None} if "семёрки" in text \
        else PLAIN["contact"]
    planted = card(PLAIN["msisdn"], contact=contact,
                   comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    shown = json.loads(body)["comments"][0]["text"]
    assert "семёрки" not in shown and "шестьдесят семь" not in shown and "пятьдесят пять" not in shown, shown
