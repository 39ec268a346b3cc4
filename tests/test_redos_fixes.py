"""The regexes given a lookbehind for test_redos (a run starts only at its first character) read the same as before
where guard reads them: with `.match` from a word's end, on ordinary text."""
from __future__ import annotations

import re

from guard import dialogue
from guard.proxy import scrub

# The patterns as they were before their lookbehinds (stop 30): quadratic under `finditer` on a long run of blanks.
# (The house's separators took a hyphen and a full stop at stop 42, red team bb17 13: "Тверская-5-12", "Тверск. 5".)
_ASKED_BEFORE = re.compile(r"[ \t]*\?")
_HOUSE_AFTER_BEFORE = re.compile(rf"(?:[ \t,.\-]*+(?:(?:{scrub._HOUSE_WORD})\.?[ \t]*+)?\d++[а-яё]?(?!\w)"
                                 rf"(?:[ \t]*+[-/][ \t]*+\d++[а-яё]?(?!\w))?)++", re.IGNORECASE)

_QUESTIONS = ["Это Ольга?", "Это Ольга ?", "Ольга\t ? да", "меня зовут Ольга, слушаю", "Ольга?? Ольга  ?  Ольга",
              "с вами была алина всего доброго", "Ольга,?", "Ольга  ", "?Ольга ?"]
_ADDRESSES = ["Тверская 5-12", "Тверская, д. 5, кв. 12", "ул. Тверская д.5 корп.2", "Тверская,  дом 5 / 2, кв 7",
              "Tverskaya 5-12, Moscow", "Ленина 10а, стр. 3, оф. 4", "Ujke, 5", "Ujke,, 5", "Тверская 5б-12",
              "Тверская — 5", "Тверская,\t5 эт. 2", "Тверская 5 12 14 , 15", "Тверская-5-12", "Тверск. 5/12",
              "ул.Тверская,5,12"]


def _word_ends(text: str) -> list[int]:
    """Where guard reads these patterns from: right after a word (a name, a street, a layout word's comma)."""
    return [m.end() for m in re.finditer(r"[^\W\d_]+,?", text)] + [m.end() for m in re.finditer(r"[^\W\d_]+", text)]


def _read(pattern: re.Pattern, text: str) -> list:
    return [(end, (match := pattern.match(text, end)) and match.span()) for end in _word_ends(text)]


def test_asked_reads_the_same_from_a_names_end():
    for text in _QUESTIONS:
        assert _read(dialogue._ASKED, text) == _read(_ASKED_BEFORE, text), text
    assert dialogue._ASKED.match("Это Ольга ?", 9).span() == (9, 11)


def test_house_after_reads_the_same_from_a_streets_end():
    for text in _ADDRESSES:
        assert _read(scrub._HOUSE_AFTER, text) == _read(_HOUSE_AFTER_BEFORE, text), text
    assert scrub._HOUSE_AFTER.match("Тверская, д. 5, кв. 12", 8).end() == 22
    assert scrub._HOUSE_AFTER.match("Ujke, 5", 5).end() == 7  # the comma typed for "б", then the house


def test_a_run_of_blanks_is_entered_only_at_its_first_character():
    assert [m.span() for m in dialogue._ASKED.finditer("Ольга   ?")] == [(5, 9)]
    assert [m.span() for m in scrub._HOUSE_AFTER.finditer("Тверская   , 5")] == [(8, 14)]
