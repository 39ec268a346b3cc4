"""Red team bb30 f02 (and bb31's residue): a phone dictated in pieces, one piece a sentence, reached the screen.

«Жена просила перезвонить: 8 926. потом 765. потом 43 21» and «первая часть номера восемь девятьсот двадцать шесть.
Вторая часть: семьсот шестьдесят пять. Третья: сорок три двадцать один» in a CRM comment came through the proxy whole
(no identification needed) and `guard redact` left them or kept the last piece: the pieces reader stopped at a sentence
end. guard/normalize.py `_pieces_of_a_phone`: a sentence end between two digit groups is a pause when the next sentence
opens with a piece's label or a word going on to the next piece (lexicon PIECE_LABEL, PIECE_ORDINAL) and the pieces
joined make a phone (recognizers/phone.py is_phone_digits); "и" before a dictation's last piece likewise («… в конце 45
и 67» left «и 67»). Инструкция запретов п. 4 (контактный телефон); 152-FZ.
"""
from __future__ import annotations

import json
import re

import pytest

from guard import Redactor
from security.conftest import get
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

IN_PIECES = [
    # the red team's
    ("Жена просила перезвонить: 8 926. потом 765. потом 43 21", "8 926. потом 765. потом 43 21"),
    ("Жена: первая часть номера восемь девятьсот двадцать шесть. Вторая часть: семьсот шестьдесят пять. "
     "Третья: сорок три двадцать один", "восемь девятьсот двадцать шесть. Вторая часть: семьсот шестьдесят пять. "
                                        "Третья: сорок три двадцать один"),
    ("запишите первую часть: восемь девятьсот шестнадцать. Теперь вторую: сто двадцать три. И последнюю: сорок пять "
     "шестьдесят семь", "восемь девятьсот шестнадцать. Теперь вторую: сто двадцать три. И последнюю: сорок пять "
                        "шестьдесят семь"),
    ("мой номер начинается на 916, дальше 123, в конце 45 и 67", "916, дальше 123, в конце 45 и 67"),
    # my own: other numbers, other labels, other marks ending the sentence
    ("Перезвоните на 8 903. Дальше 555. Потом 12 34", "8 903. Дальше 555. Потом 12 34"),
    ("Мама: первая часть 916. Вторая часть: 123. Последняя часть: 45 67", "916. Вторая часть: 123. Последняя часть: 45 67"),
    ("Сестра продиктовала 8 926! Затем 765. И в конце 43 21", "8 926! Затем 765. И в конце 43 21"),
    ("Номер мужа 903. Следующая тройка 123. Третья часть 45 67.", "903. Следующая тройка 123. Третья часть 45 67"),
    ("начало 8 916, потом 555, в конце 12 и 34", "8 916, потом 555, в конце 12 и 34"),
]


@pytest.mark.parametrize(("text", "number"), IN_PIECES)
def test_item4_a_phone_dictated_one_piece_a_sentence_is_one_value_masked_whole(text, number):
    at = text.index(number)
    spans = [(e.start, e.end) for e in Redactor().analyze(text) if e.type == "PHONE_NUMBER"]
    assert any(start <= at and end >= at + len(number) for start, end in spans), (text, spans)


NOT_A_PHONE = [
    "Было 2 заказа. Потом 3 пришло.",
    "Заказ 45. Потом 67 пришло.",
    "Стоимость 500. Потом 300 за месяц.",
    "Сегодня 15. Потом 16 и 17 числа",
    "квартира 45 и 67",
]


@pytest.mark.parametrize("text", NOT_A_PHONE)
def test_pieces_across_a_sentence_end_that_make_no_phone_stay_apart(text):
    assert not [e for e in Redactor().analyze(text) if e.type == "PHONE_NUMBER"]


# --- through the proxy: a hostile CRM's comment, an unidentified operator ------------------------------------------
MSISDN = "79160000302"


@pytest.mark.parametrize(("comment", "number"), IN_PIECES)
def test_item4_a_third_partys_phone_in_pieces_one_a_sentence_never_reaches_an_unidentified_screen(attack, comment,
                                                                                                 number):
    out = card(MSISDN)
    out["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": comment}]  # the card's only note

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return json.loads(body)

    shown = attack(scenario, crm=crm_with({}, {MSISDN: out}), auth_mode="none")
    text = " ".join(str(c.get("text", "")) for c in shown.get("comments", []))
    pieces = re.findall(r"\d+|[а-яё]+(?: [а-яё]+)?", number.lower())
    left = [piece for piece in pieces if piece.isdigit() and piece in text or not piece.isdigit() and
            piece not in ("потом", "дальше", "затем", "вторая часть", "третья", "третья часть", "в конце", "и в",
                          "конце", "теперь вторую", "и последнюю", "последняя часть", "следующая тройка", "и")
            and piece in text.lower()]
    assert not left, text
