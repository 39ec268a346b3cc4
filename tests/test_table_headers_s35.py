"""A Markdown table's cell is read under its column's header: the header is the cue of its cells (red team bb10 02;
guard/normalize.py `layout_reading`), one reading of a table for every kind, not a pattern per header."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.normalize import layout_reading

TABLE = ("| Документ | Серия | Номер |\n|:---|:---:|---:|\n| паспорт | 4610 | 789234 |\n"
         "| ИНН | 500100732259 | |\nпроверено")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_each_cell_is_written_under_its_header():
    assert layout_reading(TABLE).text == ("Документ: паспорт; Серия: 4610; Номер: 789234\n"
                                          "Документ: ИНН; Серия: 500100732259; Номер: \nпроверено")


def test_a_table_without_outer_pipes_is_read_the_same():
    assert layout_reading("Клиент | ИНН\n--- | ---\nСоколова М. | 500100732259").text == \
        "Клиент: Соколова М.; ИНН: 500100732259"


@pytest.mark.parametrize("text, value", [
    ("| Серия | Номер | Выдан |\n|---|---|---|\n| 4610 | 789234 | 12.05.2015 |", "789234"),
    ("| Клиент | ИНН |\n|---|---|\n| Соколова М. | 781234567890 |", "781234567890"),
])
def test_a_value_under_its_kinds_header_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text
