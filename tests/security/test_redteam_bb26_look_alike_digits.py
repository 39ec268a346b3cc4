"""Red team bb26 f06 (black box on the 468e5fb4 wheel): one digit written as a letter of another script that a screen
draws as a digit's look-alike — the Greek omicron or iota, the ideographic zero, the Armenian o — hid a whole phone,
passport or card number. Such letters are read as their Latin twins before anything else (guard/normalize.py:
`SCRIPT_TWINS`, `script_twins`, read by normalize_unicode for every recognizer and by the card-aware scrub through
plain_styled), and the Latin O and l among digits are digits already (`lookalike_pieces`). A word written in that
script ("Ελλάδα") keeps its letters. The proxy's part: a third person's phone so written in a CRM comment.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import get, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

OMICRON, SMALL_OMICRON, IOTA, IDEOGRAPHIC_ZERO, ARMENIAN_O = "\u039f", "\u03bf", "\u0399", "\u3007", "\u0585"
NUMBERS = [(f"тел 8-9{OMICRON}3-765-43-21", ["765-43-21"]),
           (f"тел 89{OMICRON}37654321", ["37654321"]),
           (f"тел +7 (9{OMICRON}3) 765-43-21", ["765-43-21"]),
           (f"тел 8 9{SMALL_OMICRON}3 765 43 21", ["765 43 21"]),
           (f"тел 8 9{IDEOGRAPHIC_ZERO}3 765 43 21", ["765 43 21"]),
           (f"тел 8 9{ARMENIAN_O}3 765 43 21", ["765 43 21"]),
           (f"звоните 8 916 {IOTA}23 45 67", ["45 67", "916"]),
           (f"паспорт 45{OMICRON}8 58392{OMICRON}", ["58392"]),
           (f"карта 4276 38{OMICRON}{OMICRON} 1234 5678", ["1234 5678"]),
           (f"снилс 1{SMALL_OMICRON}2-345-678 9{SMALL_OMICRON}", ["345-678"])]


@pytest.mark.parametrize("text, left", NUMBERS)
def test_a_digit_written_as_another_scripts_look_alike_letter_leaves_the_number_masked(redactor, text, left):
    redacted = redactor.redact(text).text
    assert not any(piece in redacted for piece in left), redacted


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from([2, 5, 6]), min_size=1),
       st.sampled_from([OMICRON, SMALL_OMICRON, IDEOGRAPHIC_ZERO, ARMENIAN_O, "\u2c9e", "\u25cb"]))
def test_any_zero_of_a_phone_written_as_any_round_look_alike_leaves_the_phone_masked(redactor, zeros, twin):
    written = "".join(twin if at in zeros else digit for at, digit in enumerate("89031007654"))
    redacted = redactor.redact(f"перезвонить на {written} вечером").text
    assert not any(ch.isdigit() for ch in redacted), redacted


def test_a_look_alike_letter_inside_a_cyrillic_word_is_read_with_the_word():
    from guard.normalize import normalize_unicode

    assert normalize_unicode(f"Звонила {OMICRON}льга").text == "Звонила Ольга"


@pytest.mark.parametrize("text", ["Ελλάδα Αθήνα", "Νίκος Παπαδόπουλος", "Երևան"])
def test_a_word_written_in_greek_or_armenian_keeps_its_letters(text):
    from guard.normalize import normalize_unicode

    assert normalize_unicode(text).text == text


def test_a_third_persons_phone_with_a_greek_omicron_in_a_crm_comment_is_masked_on_the_operators_screen(attack):
    shown = card("79165580001")
    shown["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021",
                          "text": f"Просила перезвонить сестре на 8-9{OMICRON}3-111-22-33"}]

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79165580001")

    status, _, body = attack(scenario, crm=crm_with({}, {"79165580001": shown}), auth_mode="none")
    assert status == 200
    assert "111-22-33" not in shown_text(body), shown_text(body)
