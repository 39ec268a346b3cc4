"""Issue 15, round s22: a card serialised as JSON or written as "key: value" lines is read with each key (and its
parent keys) named before its value, as a reader takes it in — the key is the value's cue (recognizers/structured.py).
Each test states one rule with one example."""
from __future__ import annotations

import json

import pytest

from kinds_found import found
from guard.recognizers.structured import read_structure


def test_a_json_value_is_read_after_its_key_and_its_parent_keys():
    text = json.dumps({"owner": {"passport": {"series": "4505", "number": "678901"}}, "contract_id": "K-1"})
    reading = read_structure(text)
    # each key said as its Russian word (lexicon.LATIN_KEY_NAMES, a loanword read in Cyrillic), "id" after one unsaid
    assert reading.text == "owner паспорт серия 4505, номер 678901, контракт K-1"
    assert [text[start:end] for r_start, r_end in ((20, 24), (32, 38)) for start, end in
            reading.original_spans(r_start, r_end)] == ["4505", "678901"]


def test_key_value_lines_nest_under_a_key_with_no_value_of_its_own():
    reading = read_structure("паспорт:\n  серия: 4510\n  номер: 882134\ntariff: Домашний 300")
    assert reading.text == "паспорт серия 4510, номер 882134, tariff Домашний 300"


@pytest.mark.parametrize("text", [
    "Оператор: назовите номер\nКлиент: 4505 678901",  # a dialogue keeps its own rules
    "Просьба перезвонить: после обеда",  # one label is a note, not a structure
    "{\"a\": ",  # broken JSON is no structure, nor lines
])
def test_a_text_that_is_no_structure_has_no_reading(text):
    assert read_structure(text) is None


@pytest.mark.parametrize("text, values", [
    ('{"passport": {"series": "4505", "number": "678901"}}', ["4505", "678901"]),
    ('{"passport": {"series": 4505, "number": 678901}}', ["4505", "678901"]),
    ("series: 4505\nnumber: 678901\nbirth_date: 1980-03-12", ["4505", "678901"]),
    ("паспорт:\n  серия: 4510\n  номер: 882134\norder_id: 4471120", ["4510", "882134"]),
])
def test_a_passport_split_into_keyed_fields_is_found_by_its_keys(redactor, text, values):
    assert [v for kind, v in found(redactor, text) if kind == "RU_PASSPORT"] == values


@pytest.mark.parametrize("text, value", [
    ('{"contract": {"number": "0123456789", "status": "active"}}', "0123456789"),
    ("contract_id: K-556677\norder_id: 4471120", "K-556677"),
    ("contract_id: 556-771-02; ticket_id: 9917735", "556-771-02"),
])
def test_a_contract_number_under_a_contract_key_is_a_contract_number(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    '{"order": {"number": "4471120", "amount": "1490.00"}, "ticket_id": "9917735"}',
    "order_id: 4471120\nticket_id: 9917735\namount: 1490.00",
])
def test_keys_that_name_nobodys_number_mask_nothing(redactor, text):
    assert found(redactor, text) == []
