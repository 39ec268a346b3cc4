"""Red-team round bb30, f03: the card's own hidden surname in pre-reform spelling («Мѣльниковъ») reached the screen.

Each alteration alone was caught («Мѣльников» by the card-aware scrub, «Мельниковъ» by the text engine); the two
together passed both. guard/normalize.py now folds the pre-reform letters once, for every reader of a word: ѣ, і, ѳ, ѵ
as е, и, ф, и in the table of other Cyrillic letters read as Russian ones (`_UKRAINIAN`, read by `cyrillic_twin`,
`cyrillic_lookalikes` — the card-aware scrub — and `normalize_unicode` — the text engine), and a word's silent final ъ
dropped where a word is read (`without_final_hard_sign`). Инструкция запретов, п. 1 (фамилия владельца); 152-FZ.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from guard.normalize import cyrillic_lookalikes, normalize_unicode, without_final_hard_sign
from security.conftest import get, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with


MSISDN = "79161234567"
SURNAME = "Мельников"
# The red team's spelling and our own: the letters of the old orthography, alone and together
SPELLINGS = ["Мѣльниковъ", "МѢЛЬНИКОВЪ", "Мѣльникову", "Мельниковъ", "Мѣльников"]


def _card(comment: str) -> dict:
    out = card(MSISDN)
    out["owner"]["last_name"] = SURNAME
    out["email"] = "p.m@mail.ru"
    out["contact"]["person"] = "Сидорова Анна Петровна"
    out["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": comment}]
    return out


def _shown(attack, comment: str) -> tuple[str, str]:
    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, MSISDN)
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}",
                                    headers={"X-Guard-Call": call})
        assert status == 200, body
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": comment}) as r:
            redacted = (await r.json())["text"]
        return json.loads(body)["comments"][0]["text"], redacted

    return attack(scenario, crm=crm_with({}, {MSISDN: _card(comment)}), auth_mode="none")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_item1_the_hidden_surname_in_pre_reform_spelling_is_masked_on_the_screen_and_by_redact(attack, spelling):
    on_screen, redacted = _shown(attack, f"звонил сам {spelling}")
    assert "льников" not in on_screen.lower() and "ЛЬНИКОВ" not in on_screen, on_screen
    assert "льников" not in redacted.lower(), redacted


def test_item1_a_comment_in_pre_reform_spelling_naming_no_hidden_word_is_shown(attack):
    on_screen, _ = _shown(attack, "клиентъ просилъ перезвонить")
    assert "перезвонить" in on_screen, on_screen


@pytest.mark.parametrize(("old", "new"), [("Мѣльниковъ", "Мельников"), ("Ѳеодоръ", "Феодор"), ("Іоаннъ", "Иоанн"),
                                           ("мѵро", "миро"), ("домъ", "дом")])
def test_the_pre_reform_letters_are_read_as_today_s_by_the_text_engine(old, new):
    assert normalize_unicode(old).text == new


def test_a_hard_sign_inside_a_word_or_after_a_vowel_stays():
    for word in ("объём", "съезд", "подъезд"):
        assert without_final_hard_sign(word) == word
        assert normalize_unicode(word).text == word


_TODAY = {"е": "ѣ", "и": "і", "ф": "ѳ"}


@settings(max_examples=80, deadline=None)
@given(word=st.sampled_from(["Мельников", "Федосеев", "Филиппенко", "Семенихин", "Евфимиев", "Тимофеев"]),
       which=st.lists(st.booleans(), min_size=12, max_size=12), hard_sign=st.booleans())
def test_any_pre_reform_spelling_of_a_word_reads_as_the_word_for_every_reader(word, which, hard_sign):
    """Property: each е, и, ф written ѣ, і, ѳ or not, a final ъ or not — the text engine reads the word itself, and the
    card-aware scrub's reading (one character for one) reads it with only the silent final ъ beside."""
    old = "".join(_TODAY.get(ch, ch) if ch in _TODAY and which[i % 12] else ch for i, ch in enumerate(word))
    hard_sign = hard_sign and word[-1] not in "аеиоуыэюя"  # the old spelling's ъ closed a consonant
    old += "ъ" if hard_sign else ""
    assert normalize_unicode(old).text == word
    assert cyrillic_lookalikes(old) == word + ("ъ" if hard_sign else "")
