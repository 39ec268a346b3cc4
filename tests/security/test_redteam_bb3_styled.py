"""The black-box red team's round bb3 (docs/redteam-open.md), findings 14, 11 and 05: values written in characters a
reader reads as plain ones.

- 14: styled letters and digits — negative squared letters ("🅸🆅🅰🅽🅾🆅"), small capitals ("ɪᴠᴀɴᴏᴠ"), modifier letters
  ("ᴵᵛᵃⁿᵒᵛ"), a Cyrillic letter combined above another ("Иⷡванов"), circled, dingbat, parenthesized and full-stop digits
  ("⑥⑦⑧⑨⓪①", "❼❾❽", "⑹⑺⑻", "⒍⒎⒏"). One table (guard/normalize.STYLED) reads them for every recognizer
  (normalize_unicode) and for the proxy's card-aware scrub (plain_styled), each checked here on its own and through
  the proxy;
- 11: the owner's e-mail local part with Cyrillic look-alike letters ("pеtr.ivаnоv"): the scrub reads the mixed word
  in Latin letters too (guard/normalize.latin_lookalikes);
- 05: the owner's surname with one letter starred ("И*анов") or split by a mark ("Ива_нов"): the scrub reads such a word
  with the marks dropped, and with its one mark read as any letter.
"""
from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, strategies as st

from guard.normalize import STYLED, latin_lookalikes, normalize, plain_styled
from guard.proxy.scrub import MASK, CardSecrets
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import PASSPORT_NUMBER, PASSPORT_SERIES, SURNAME
from security.test_redteam_s23 import _fetch_card

CONTACT_PHONE = PLAIN["contact"]["phone"]
EMAIL = PLAIN["email"]
_CIRCLED, _DINGBAT = "⓪①②③④⑤⑥⑦⑧⑨", "⓿❶❷❸❹❺❻❼❽❾"
_PARENTHESIZED, _FULL_STOP = "0⑴⑵⑶⑷⑸⑹⑺⑻⑼", "🄀⒈⒉⒊⒋⒌⒍⒎⒏⒐"


def _styled_digits(text: str, table: str) -> str:
    return "".join(table[int(ch)] if ch.isdigit() else ch for ch in text)


_STYLED_SURNAMES = {
    "negative-squared": "🅸🆅🅰🅽🅾🆅",
    "small-capitals": "ɪᴠᴀɴᴏᴠ",
    "modifier-letters": "ᴵᵛᵃⁿᵒᵛ",
    "small-capitals-with-initials": "Кл. ɪᴠᴀɴᴏᴠ ᴘ.s.",
    "combining-cyrillic-above": "И\u2de1ванов",
    "stress-mark": "Ива\u0301нов",
}
_STYLED_NUMBERS = {
    "circled-passport-with-cue": ("паспорт " + _styled_digits(f"{PASSPORT_SERIES} {PASSPORT_NUMBER}", _CIRCLED),
                                  PASSPORT_NUMBER),
    "circled-passport-number": (_styled_digits(PASSPORT_NUMBER, _CIRCLED), PASSPORT_NUMBER),
    "dingbat-contact-phone": ("контакт " + _styled_digits(CONTACT_PHONE, _DINGBAT), CONTACT_PHONE[4:]),
    "parenthesized-passport-number": (_styled_digits(PASSPORT_NUMBER, _PARENTHESIZED), PASSPORT_NUMBER),
    "full-stop-passport-number": (_styled_digits(PASSPORT_NUMBER, _FULL_STOP), PASSPORT_NUMBER),
}


def _read_plain(text: str) -> str:
    """What a reader of the answer reads: each digit as 0-9, marks over letters dropped."""
    digits = "".join(str(unicodedata.digit(ch)) if unicodedata.digit(ch, None) is not None else ch for ch in text)
    return "".join(ch for ch in unicodedata.normalize("NFKD", digits) if not unicodedata.combining(ch))


def _shown_comment(attack, text: str) -> str:
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])
    status, _, body = _fetch_card(attack, planted)
    assert status == 200, body
    return json.loads(body)["comments"][0]["text"]


def _secrets() -> CardSecrets:
    return CardSecrets.from_values([SURNAME, f"{PASSPORT_SERIES} {PASSPORT_NUMBER}", CONTACT_PHONE, EMAIL])


# --- 14: one table of styled letters and digits --------------------------------------------------------------------

@given(st.sampled_from(sorted(STYLED)))
def test_every_styled_character_is_read_as_its_plain_one_by_every_recognizer_and_by_the_scrub(char):
    plain = STYLED[char]
    assert len(plain) == 1 and plain.isprintable()
    assert normalize(f"a{char}b").text == f"a{plain}b"
    assert plain_styled(f"a{char}b") == f"a{plain}b"


@pytest.mark.parametrize(("text", "plain"), [
    ("🅸🆅🅰🅽🅾🆅", "IVANOV"), ("ɪᴠᴀɴᴏᴠ", "IVANOV"), ("ᴵᵛᵃⁿᵒᵛ", "Ivanov"),
    ("❼❾❽❺", "7985"), ("⑹⑺⑻⑼0⑴", "678901"), ("⒍⒎⒏⒐🄀⒈", "678901"), ("И\u2de1ванов", "Иванов"),
])
def test_styled_letters_and_digits_read_as_the_plain_ones_a_reader_reads(text, plain):
    assert normalize(text).text == plain


def test_a_character_with_no_plain_letter_or_digit_is_no_styled_one():
    assert all(char not in STYLED for char in "ɐ№™⑩½ﬁ") and plain_styled("Иванов ⑩ ½") == "Иванов ⑩ ½"


@pytest.mark.parametrize("text", list(_STYLED_SURNAMES.values()), ids=list(_STYLED_SURNAMES))
def test_the_card_aware_scrub_masks_the_hidden_surname_in_styled_letters(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and MASK in scrubbed and "ванов" not in _read_plain(scrubbed).lower(), scrubbed
    assert "ivanov" not in _read_plain(scrubbed).lower(), scrubbed


@pytest.mark.parametrize(("text", "hidden"), list(_STYLED_NUMBERS.values()), ids=list(_STYLED_NUMBERS))
def test_the_card_aware_scrub_masks_a_hidden_number_in_enclosed_digits(text, hidden):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and hidden not in _read_plain(scrubbed), scrubbed


# Through the proxy, the forms its detector did not read before (a stress mark, a cue word before circled digits
# and full-stop digits were masked by it already).
_THROUGH_THE_PROXY = ["negative-squared", "small-capitals", "modifier-letters", "small-capitals-with-initials",
                      "combining-cyrillic-above"]


@pytest.mark.parametrize("name", _THROUGH_THE_PROXY)
def test_the_owner_surname_in_styled_letters_in_a_comment_is_not_shown(attack, name):
    text = _STYLED_SURNAMES[name]
    styled = max(text.split(), key=len)
    shown = _shown_comment(attack, text)
    assert styled not in shown and "ванов" not in _read_plain(shown).lower(), shown


@pytest.mark.parametrize("name", ["circled-passport-number", "dingbat-contact-phone", "parenthesized-passport-number"])
def test_a_hidden_number_in_enclosed_digits_in_a_comment_is_not_shown(attack, name):
    text, hidden = _STYLED_NUMBERS[name]
    shown = _shown_comment(attack, text)
    assert hidden not in _read_plain(shown), shown


# --- 11: the e-mail local part with Cyrillic look-alike letters ------------------------------------------------------

_LOOKALIKE_MAILBOXES = ["pеtr.ivаnоv", "почта pеtr.ivаnоv на мейле", "PЕTR.IVАNОV", "pеtr.ivаnоv@mаil.ru"]


def _as_latin(text: str) -> str:
    return text.translate(str.maketrans("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX")).lower()


@pytest.mark.parametrize("text", _LOOKALIKE_MAILBOXES)
def test_the_card_aware_scrub_masks_the_e_mail_local_part_written_with_cyrillic_lookalikes(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and "petr.ivanov" not in _as_latin(scrubbed), scrubbed


def test_the_owner_e_mail_local_part_with_cyrillic_lookalikes_in_a_comment_is_not_shown(attack):
    shown = _shown_comment(attack, _LOOKALIKE_MAILBOXES[0])
    assert "petr.ivanov" not in _as_latin(shown) and "ivanov" not in _as_latin(shown), shown


def test_latin_lookalikes_reads_a_mixed_word_in_latin_one_character_for_one_and_leaves_cyrillic_words():
    assert latin_lookalikes("pеtr.ivаnоv и Петров") == "petr.ivanov и Петров"
    assert latin_lookalikes("Ивaнов") == "Ивaнов"  # a Cyrillic letter with no Latin twin ("И"): left as typed


def test_another_mailbox_with_cyrillic_lookalikes_is_not_masked_by_the_card():
    assert _secrets().scrub_text("pеtr.sidоrоv") == ("pеtr.sidоrоv", 0)


# --- 05: one letter of the surname starred, or the surname split by a mark -------------------------------------------

_MARKED_OFF = ["Кл. И*анов", "Ив*нов звонил", "со слов И*ановой", "Ив?нов", "Ив…нов", "Ива_нов"]


@pytest.mark.parametrize("text", _MARKED_OFF)
def test_the_card_aware_scrub_masks_the_hidden_surname_with_a_letter_hidden_or_split_off_by_a_mark(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and "нов" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", ["кто-то звонил из-за тарифа", "Ив-ва", "Пе*ров"])
def test_a_word_with_a_mark_inside_that_reads_as_no_hidden_word_is_left(text):
    assert _secrets().scrub_text(text) == (text, 0)


def test_the_owner_surname_with_one_letter_starred_in_a_comment_is_not_shown(attack):
    shown = _shown_comment(attack, _MARKED_OFF[0])
    assert "анов" not in shown, shown
