"""A surname standing alone at the head of a CRM note or as a whole turn is a name (red team bb12, 07): the note's
subject line "Лисицына — по поводу роуминга", a turn that is only "Каримов". Words more likely common than a name
("Машина, без номера", "Московский, …") and places ("Иваново — город") stay."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor
from guard.recognizers.person import person_spans

SURNAMES = ["Лисицына", "Каримов", "Ткаченко", "Шевчук", "Новиков", "Зайцева", "Абрамян", "Гусейнова"]


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("text, expected", [
    ("Лисицына — по поводу роуминга", "<PERSON> — по поводу роуминга"),
    ("Каримов - вопрос по счёту", "<PERSON> - вопрос по счёту"),
    ("Лисицына, роуминг, перезвонить", "<PERSON>, роуминг, перезвонить"),
    ("Каримов", "<PERSON>"),
    ("Клиент: Каримов", "Клиент: <PERSON>"),
    ("Вопрос по счёту.\nШевчук — перезвонить вечером", "Вопрос по счёту.\n<PERSON> — перезвонить вечером"),
])
def test_a_surname_heading_a_note_or_a_turn_is_hidden(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", ["Машина, без номера", "Московский, тариф", "Половина — оплачена",
                                  "Иваново — город", "Магазин — закрыт", "Спасибо, до свидания"])
def test_a_common_word_or_a_place_heading_a_note_is_no_name(text):
    assert person_spans(text) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from([" — ", " - ", ", ", ""]),
       st.sampled_from(["по поводу роуминга", "вопрос по счёту", "перезвонить", ""]))
def test_any_surname_heading_a_note_is_one_name(surname, joint, rest):
    text = f"{surname}{joint}{rest}" if joint else surname
    assert any(s <= 0 and len(surname) <= e for s, e, _, _ in person_spans(text)), text
