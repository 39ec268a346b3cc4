"""Round bb3's findings left open at stop 28 and mended at stop 29 (docs/redteam-open.md), each replayed as a real
request against the real proxy, with a CRM on loopback serving the planted card (the hostile CRM's sample owner
Иванов Пётр Сергеевич, passport 4505 678901, contact phone 79031234567).

- 05 (rest): the owner's surname with two marks in a row for a letter (`Ива**ов`) or a mark for its end (`Ивано*`);
- 03: the surname in Latin letters with one Cyrillic look-alike (`Ivаnov`) in a card with many comments.
"""
from __future__ import annotations

import json

import pytest

from guard.proxy.scrub import CardSecrets
from security.hostile_crm import PLAIN, card
from security.test_redteam_s23 import _fetch_card


def _secrets() -> CardSecrets:
    return CardSecrets.from_values(["Иванов", "Пётр", "Сергеевич", "4505 678901", "79031234567"])


def _comments(*texts: str) -> list[dict[str, str]]:
    return [{"at": f"2026-10-{1 + i % 28:02d}T09:00:00", "author": f"op{1000 + i}", "text": text}
            for i, text in enumerate(texts)]


def _shown_comments(attack, texts: list[str]) -> list[str]:
    status, _, body = _fetch_card(attack, card(PLAIN["msisdn"], comments=_comments(*texts)))
    assert status == 200, body
    return [comment["text"] for comment in json.loads(body)["comments"]]


# --- 05: marks for letters, two in a row or at the end ---------------------------------------------------------------

_MARKED = ["Кл. Ива**ов", "Ивано* звонил", "со слов Ива**овой", "Иван** просил", "И**анов", "Ив--нов", "Ивано…"]


@pytest.mark.parametrize("text", _MARKED)
def test_the_surname_with_a_run_of_marks_for_its_letters_or_its_end_is_masked(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and "Ив" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", ["Сидоро*", "Ив*", "тариф*", "кто--то", "Смир**ов", "Кузн*цов"])
def test_a_word_with_marks_that_reads_as_no_hidden_word_is_left(text):
    assert _secrets().scrub_text(text) == (text, 0)


def test_the_surname_with_marks_in_a_comment_is_not_shown_through_the_proxy(attack):
    shown = _shown_comments(attack, ["Кл. Ива**ов просил перезвонить", "звонил Ивано*"])
    assert all("Ива" not in text for text in shown), shown


# --- 03: a long card ------------------------------------------------------------------------------------------------

_EVERYDAY = ["Клиент просил перезвонить позже", "Уточнил тариф, всё устраивает", "Жалоба на скорость интернета",
             "Подключена услуга «Антиопределитель»", "Перезвонить в понедельник после 14:00"]


@pytest.mark.parametrize("size", [1, 10, 30, 60])
def test_the_surname_in_latin_with_a_cyrillic_letter_is_masked_however_many_comments_the_card_has(attack, size):
    texts = [_EVERYDAY[i % len(_EVERYDAY)] + f" ({i})" for i in range(size - 1)] + ["Звонил Ivаnov, просил счёт"]
    shown = _shown_comments(attack, texts)
    assert "Iv" not in shown[-1] and "nov" not in shown[-1], shown[-1]
