"""CELL_ID (recognizers/cell_id.py): a base station's cell id and a location area (LAC, LAI) after their cue, written
or said, whether or not the number is the card's (Инструкция запретов, пп. 9, 17). Each test states one rule with one
example."""
from __future__ import annotations

import pytest

from guard import recognizers
from kinds_found import found


@pytest.mark.parametrize("text, value", [
    ("базовая станция 40211, абонент жаловался на связь", "40211"),
    ("БС 40213 / жалоба на связь", "40213"),
    ("LAI: 7701-12345 по жалобе", "7701-12345"),
    ("LAC 7701", "7701"),
    ("сота CID 51234", "51234"),
    ("eNodeB 210045 перегружен", "210045"),
    ("Cell_ID: 30517", "30517"),
    ("базовая станция сорок две тысячи сто семнадцать у дома не работает", "сорок две тысячи сто семнадцать"),
    ("мне сказали номер соты двадцать три четыреста пятьдесят", "двадцать три четыреста пятьдесят"),
])
def test_a_number_after_a_base_stations_cue_is_a_cell_id(redactor, text, value):
    assert ("CELL_ID", value) in found(redactor, text)


@pytest.mark.parametrize("guess", ["40211", "40213", "12"])
def test_a_right_and_a_wrong_guess_of_a_cell_id_read_alike(redactor, guess):
    # a cell id is masked after its cue whatever it is: masking only the card's would tell which guess was right
    # (tests/security/test_redteam_s23.py, "cell-id"); two digits are no cell id, and stay whichever they are
    shown = guess in redactor.redact(f"базовая станция {guess}, абонент жаловался на связь").text
    assert shown == (len(guess) < 3)


@pytest.mark.parametrize("text", [
    "участок 6 соток, сотрудник 12345 на выезде",
    "бс 12345 у меня",  # "бс" in lowercase chat is not the base station's capitals
    "станция метро Сокол, дом 12345",
    "вышел из соты в 10 часов",
])
def test_a_number_without_a_cells_cue_is_no_cell_id(redactor, text):
    assert all(kind != "CELL_ID" for kind, _ in found(redactor, text))


def test_the_cell_id_is_a_kind_of_the_registry():
    assert "CELL_ID" in recognizers.ENTITY_TYPES and "CELL_ID" in recognizers.NUMERIC_TYPES
    assert recognizers.canonical_value("CELL_ID", "сорок две тысячи сто семнадцать") == "42117"


@pytest.mark.parametrize("text, value", [
    ('{"servingCellId": "30517"}', "30517"),
    ('{"базоваяСтанция": "40211"}', "40211"),
    ("идентификатор соты 51234", "51234"),
])
def test_the_kinds_hint_lets_through_every_text_its_cue_reads(redactor, text, value):
    # the hint is the cue's own list of names (cell_id.CELL_NAMES), also in a key whose words are glued together
    assert ("CELL_ID", value) in found(redactor, text)
