"""Card-aware scrubbing of hidden numbers that come back changed: longer than twelve digits (a card, a bank
account), padded with a digit, glued to other digits, cut short — each is masked where it stands, in free text
and in the fields the policy shows. A phone number the response shows (the caller's own) stays."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from guard.proxy.scrub import CardSecrets
from security.conftest import get
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import crm_with, everywhere, found_in

CARD_NUMBER = "4276123456789013"
BANK_ACCOUNT = "40817810099910004312"
PASSPORT = ("4505", "678901")
CONTACT_PHONE = "79031234567"
OWN_NUMBER = "79161234567"


def _secrets() -> CardSecrets:
    return CardSecrets.from_values([CARD_NUMBER, BANK_ACCOUNT, *PASSPORT, CONTACT_PHONE], public=[OWN_NUMBER])


@pytest.mark.parametrize("text", [
    f"карта {CARD_NUMBER}",
    "карта 4276 1234 5678 9013",
    f"счёт {BANK_ACCOUNT}",
    "408178100 99910004312",
])
def test_a_hidden_number_longer_than_twelve_digits_is_masked_in_text(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count >= 1 and not any(ch.isdigit() for ch in scrubbed)


@pytest.mark.parametrize("text", [
    "ref 45056789019",      # the passport with a digit after it
    "ref 145056789011",     # a digit on each side
    "ref 4505 6789011",
    "ref 505678901",        # its first digit dropped: nine of ten digits in a row
    "тел 790312345670",     # the contact phone with a digit after it
    "ref 42761234567890",   # the card cut short
])
def test_a_hidden_number_padded_cut_or_glued_to_digits_is_masked(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count >= 1 and not any(ch.isdigit() for ch in scrubbed), scrubbed


@pytest.mark.parametrize("text", [
    "паспорт: " + "    ".join("4505678901"),       # one digit a column, far apart
    "паспорт:\n" + "\n\n\n\n".join("4505678901"),  # one digit a line, blank lines between
    "тел. 8      903      123      45      67",
])
def test_a_hidden_number_with_digits_far_apart_on_blanks_is_masked(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count >= 1 and not any(ch.isdigit() for ch in scrubbed), scrubbed


@pytest.mark.parametrize("text", [f"свой {OWN_NUMBER}", "свой +7 916 123-45-67 ", "сумма 1200 руб", "визит 2026-10-01"])
def test_the_callers_own_shown_number_and_unrelated_numbers_stay(text):
    assert _secrets().scrub_text(text) == (text, 0)


@settings(max_examples=60, deadline=None)
@given(prefix=st.text("0123456789", max_size=3), suffix=st.text("0123456789", max_size=3),
       cut=st.integers(0, 4), separator=st.sampled_from(["", " ", "-", "_", "."]))
def test_six_digits_in_a_row_of_a_hidden_number_never_survive(prefix, suffix, cut, separator):
    """Whatever digits surround it and however much of its ends is cut, a run of 6+ digits of a hidden number is
    not left readable."""
    number = CARD_NUMBER[cut: len(CARD_NUMBER) - cut]
    text = f"x {prefix}{separator.join(number[i:i + 4] for i in range(0, len(number), 4))}{suffix} y"
    scrubbed, _ = _secrets().scrub_text(text)
    digits = "".join(ch for ch in scrubbed if ch.isdigit())
    assert not any(CARD_NUMBER[i:i + 6] in digits for i in range(len(CARD_NUMBER) - 5)), scrubbed


def test_a_passport_padded_with_a_digit_in_a_shown_field_and_a_comment_does_not_reach_the_operator(attack,
                                                                                                   captured_logs):
    planted = card(PLAIN["msisdn"])
    padded = PASSPORT[0] + PASSPORT[1] + "9"
    planted["call_details"][0].update(network=f"ref {padded}", duration_s=int("1" + PASSPORT[0] + PASSPORT[1]))
    planted["comments"][0]["text"] = f"Сверка: {padded}, счёт 4276 1234 5678 9013"
    planted["contract"]["number"] = CARD_NUMBER
    crm = crm_with({}, {planted["msisdn"]: planted})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm)
    assert status == 200 and json.loads(body)["contract"]["number"] == "***"
    assert found_in([PASSPORT[1], PASSPORT[0] + PASSPORT[1], CARD_NUMBER[4:10], CARD_NUMBER[-6:]], seen,
                    captured_logs.getvalue()) == []


def test_base64_that_stands_for_text_is_masked_whole_whether_or_not_it_holds_a_hidden_value():
    import base64

    holding = base64.b64encode("Иванов паспорт 4505 678901".encode()).decode()
    strangers = base64.urlsafe_b64encode("Сидоров Олег, 89265550011".encode()).decode()
    for text in (f"вложение: {holding}", f"токен {strangers}"):
        scrubbed, count = _secrets().scrub_text(text)
        assert count == 1 and scrubbed.endswith(" ***"), scrubbed
    # a word, a key, a date and a hex digest are not base64 text
    for text in ("flash_restrictions 2026-11-01T10:15:00", "sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c"):
        assert _secrets().scrub_text(text) == (text, 0)


@pytest.mark.parametrize("text", [
    "дамп: " + "Иванов паспорт 4505678901".encode().hex(),                      # hexadecimal UTF-8
    "письмо: " + "".join(f"={b:02X}" for b in "Сидоров Олег".encode()),      # quoted-printable
])
def test_hex_or_quoted_printable_text_is_masked_whole(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count == 1 and scrubbed.endswith(" ***"), scrubbed


def test_a_hidden_surname_typed_in_the_latin_keyboard_layout_is_masked():
    secrets = CardSecrets.from_values(["Иванов", "Жуков"])
    assert secrets.scrub_text("звонил Bdfyjd, потом ;erjd.") == ("звонил ***, потом ***.", 2)
    assert secrets.scrub_text("ok, see you tomorrow") == ("ok, see you tomorrow", 0)


def test_digits_dictated_in_english_words_are_masked_whole():
    scrubbed, count = _secrets().scrub_text("перезвонить: eight nine oh three, one two three, four five, six seven")
    assert (scrubbed, count) == ("перезвонить: ***", 1)
    assert _secrets().scrub_text("one of the two") == ("one of the two", 0)


def test_a_hidden_number_dictated_in_english_words_is_masked_in_an_ascii_text():
    # an ASCII text without digits no longer skips the spoken-number pass when it holds English number words
    scrubbed, count = _secrets().scrub_text("contact seven nine zero three one two three four five six seven")
    assert count == 1 and "nine zero three" not in scrubbed, scrubbed
