"""CELL_ID: where a subscriber's phone was — the base station (cell id) and location area (LAC, LAI) of a call.

The card hides `call_details[*].cell_id` and `call_details[*].lai` (Инструкция запретов, пп. 9, 17: "Техническая
детализация (в т.ч. информация о местонахождении номера по LAI). Точное местоположение базовых станций."); the same
values written in a comment ("БС 40211, абонент жаловался на связь", "LAI: 7701-12345") or said on a call ("базовая
станция сорок две тысячи сто семнадцать") are the same data. They have no shape of their own — a cell id is any
number — so the evidence is the cue right before them, and any number after its cue is masked whether or not it is
the card's: masking only the card's value would show which guess was right.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.lexicon import SAID_SEPARATOR

# The cue words, written and spoken: "базовая станция", "БС" (capitals: "бс" in lowercase chat is too many things),
# "бэ эс", a cell ("сота", "соты", "номер соты", "идентификатор соты"), "cell id", "CID", "LAC", "LAI" (and as said:
# "лак", "лаи"), "eNodeB", "gNodeB", "eNB"; then perhaps "номер", "№", "ид"
# A cell is also called by the English word's translation, "ячейка" (red team bb6, 05: "ячейка 40211").
CELL_NAMES = (r"(?:базов\w+\s+станци\w*|(?-i:БС)|бэ\s?эс|сот(?:а|ы|е|у|ой)|ячейк(?:а|и|е|у|ой)|"
              r"cell(?:[\s_\-]?id)?|cid|lac|lai|лак|лаи|"
              r"[eg]?node\s?b|[eg]nb)")
CELL_WORDS = r"(?:(?:номер\w*|идентификатор\w*|id)\s+)?" + CELL_NAMES + r"(?:\s+(?:номер|№|id|ид))?"


class CellIdRecognizer(ContextPatternRecognizer):
    ENTITY = "CELL_ID"
    CONTEXT = ("бс", "сота", "соты", "ячейка", "cell", "cid", "lac", "lai", "enodeb", "gnodeb")
    # a cell id is any number of 3 digits or more; a LAI is "MCC-MNC-LAC" or "LAC-CI": digit groups joined by a
    # hyphen, a slash, a space or a said "тире"
    CUE_NUMBERS = ((CELL_WORDS, 3, 20),)
    CUE_VALUE = r"\d+(?:(?:[ \-/]|\s" + SAID_SEPARATOR + r"\s)\d+)*"


KIND = Kind("CELL_ID", (CellIdRecognizer,), number_value, numeric=True,
            # a number is looked for only in a text that names a base station, a cell or a location area as its cue does,
            # also inside a key whose words are glued ("servingCellId", "базоваяСтанция": structured.py reads them apart)
            hint=r"^(?=.*\d)(?=.*" + CELL_NAMES.replace(r"\s+", r"[\s_.\-]*") + ")",
            cues=("бс", "ячейк", "cid", "lac", "lai", "enodeb", "gnodeb"))
