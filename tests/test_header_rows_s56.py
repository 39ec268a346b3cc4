"""Stop 56 (issue 15): a table's header row with its labels cut short ("Дата рожд.", "Место рожд.") or in a crew list's
English ("No⇥Name⇥Rank⇥DOB⇥POB⇥SID") is a header row (person._a_column_label, _a_cut_label): no cell of it names a
person, and the cell after «ФИО» is not read as a name. A row with a value that is no label stays a record."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("header", [
    "№\tФИО\tДолжность\tДата рожд.\tМесто рожд.\tТелефон",
    "№ п/п\tФИО\tСНИЛС\tИНН\tТел.",
    "No\tName\tRank\tDOB\tPOB\tSID",
    "ФИО\tДолжность\tДата рожд\tМоб. тел",
])
def test_no_cell_of_a_header_row_with_cut_or_english_labels_is_a_name(redactor, header):
    text = header + "\n1\tГорелов Пётр Ильич\tматрос\t12.12.1985\tЗеленоградск\t+7 911 700-20-30"
    header_end = text.index("\n")
    assert not [piece for kind, piece in found(redactor, text)
                if kind == "PERSON" and text.index(piece) < header_end], found(redactor, text)


def test_a_row_whose_cells_are_no_labels_stays_a_record(redactor):
    text = "ФИО\tВОЛК\tСТАТУС\tАКТИВЕН"  # a key-value row: the name after «ФИО» is read (review 54 F3)
    assert ("PERSON", "ВОЛК") in found(redactor, text)


@pytest.mark.parametrize("cell", ["Дата рожд.", "Место рожд", "Моб. тел", "Номер тел."])
def test_a_label_with_its_words_cut_short_is_a_column_label(cell):
    from guard.recognizers.person import _a_column_label

    assert _a_column_label(cell)


@pytest.mark.parametrize("cell", ["Петров Иван", "Дата", "Ро Жд", "Мест рожд ения"])
def test_a_name_or_a_cut_of_no_label_is_no_column_label(cell):
    from guard.recognizers.person import _a_column_label

    assert cell == "Дата" or not _a_column_label(cell)
