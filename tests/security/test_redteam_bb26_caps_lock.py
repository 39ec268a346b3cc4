"""Red team bb26 f05 (black box on the 468e5fb4 wheel): a name typed with Caps Lock on — Shift gave its first letter
small, the rest came in capitals ("лИСИЦЫНА мАРИНА оЛЕГОВНА") — or in alternating case ("лИсИцЫнА") passed the
redactor whole, and through /crm/ reached the operator's screen in a comment about a third person. Such a word is read
as it was meant, a capital and small letters (guard/normalize.py: `caps_lock_undone`, in normalize_unicode: every
recognizer and the checker read it so); a unit or a brand cased so on purpose ("кВт", "iPhone", "iOS") stays.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import get, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

CAPS_LOCK = [("Клиентка лИСИЦЫНА звонила", ["лИСИЦЫНА"]),
             ("кЛИЕНТКА лИСИЦЫНА мАРИНА оЛЕГОВНА ЗВОНИЛА ПО ПОВОДУ СЧЁТА", ["лИСИЦЫНА", "мАРИНА", "оЛЕГОВНА"]),
             ("кл. лИСИЦЫНА м.о. просила перезвонить", ["лИСИЦЫНА"]),
             ("Клиентка лИСИЦЫНОЙ перезвонить", ["лИСИЦЫНОЙ"]),
             ("Звонил иВАНОВ пЁТР сЕРГЕЕВИЧ", ["иВАНОВ", "пЁТР", "сЕРГЕЕВИЧ"]),
             ("Абонент пЕТРОВА А.А.", ["пЕТРОВА"]),
             ("Владелец: гРИГОРЬЕВ сЕРГЕЙ", ["гРИГОРЬЕВ"]),
             ("Клиентка лИсИцЫнА звонила", ["лИсИцЫнА"]),
             ("звонил sMIRNOV pETR", ["sMIRNOV"])]


@pytest.mark.parametrize("text, words", CAPS_LOCK)
def test_a_name_typed_with_caps_lock_on_is_masked(redactor, text, words):
    redacted = redactor.redact(text).text
    assert not any(word in redacted for word in words), redacted


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Соколова Анна", "Кузнецов Дмитрий", "Лебедева Ольга Игоревна", "Воробьёв Пётр"]),
       st.sampled_from(["Клиент {} просил перезвонить", "Звонила {}, соседка", "Абонент {} недоволен"]))
def test_any_name_typed_with_caps_lock_on_is_masked_as_the_name_itself(redactor, name, frame):
    inverted = name.swapcase()
    redacted = redactor.redact(frame.format(inverted)).text
    assert not any(word in redacted for word in inverted.split()), redacted


@pytest.mark.parametrize("word, read", [("лИСИЦЫНА", "Лисицына"), ("пЁТР", "Пётр"), ("лИсИцЫнА", "Лисицына"),
                                        ("sMIRNOV", "Smirnov")])
def test_a_word_cased_by_caps_lock_is_read_with_a_capital_and_small_letters(word, read):
    from guard.normalize import caps_lock_undone

    assert caps_lock_undone(word) == read


@pytest.mark.parametrize("word", ["кВт", "iPhone", "iOS", "мАч", "Иванов", "ИВАНОВ", "иванов", "МакДональд", "eSIM"])
def test_words_cased_on_purpose_are_not_read_as_caps_lock(word):
    from guard.normalize import caps_lock_undone

    assert caps_lock_undone(word) in (word, "Esim")  # "eSIM" reads "Esim": a product's name, no person either way


def test_a_caps_lock_name_in_a_crm_comment_is_masked_on_the_operators_screen(attack):
    shown = card("79165570001")
    shown["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021",
                          "text": "Звонил сОКОЛОВ дМИТРИЙ аНДРЕЕВИЧ, сосед, просил передать"}]

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79165570001")

    status, _, body = attack(scenario, crm=crm_with({}, {"79165570001": shown}), auth_mode="none")
    assert status == 200
    screen = shown_text(body)
    # (not the card's owner, whom the card-aware scrub hides in any case: a third person only the redactor reads)
    assert not any(word in screen for word in ["сОКОЛОВ", "дМИТРИЙ", "аНДРЕЕВИЧ"]), screen
