"""Stop 58's two speed gates rest on a premise; it is checked, not trusted (review of s58-checkspeed, L1).

- numbers_after_cue (recognizers/base.py) answers none in a text where `_any_cue` (the alternation of a kind's
  CUE_NUMBERS cues) finds nothing. That holds only while every cue pattern opens with one of those cues, behind the
  same lookbehind and flags: each kind checks it at its construction (base.opens_with_a_cue) and fails loudly where a
  pattern does not; cue patterns bound after construction are searched ungated (fail closed). The speech checker's
  passport pieces (Инструкция п. 2) are read through it.
- _naming_cue (recognizers/person.py) on a lowercase text holding no spoken naming cue answers no at every word: one
  helper (_spoken_naming_cue) is both the per-word test and the whole text's, so a cue added is in both.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.recognizers import person, text_recognizers
from guard.recognizers.base import ContextPatternRecognizer, LazyPattern, opens_with_a_cue
from guard.recognizers.passport import PassportRecognizer

LOOKBEHIND = r"(?<![а-яёa-z])"
CUES = ("паспорт", "серия")


def test_every_shipped_kinds_cue_patterns_open_with_one_of_its_cues():
    kinds = [r for r in text_recognizers() if isinstance(r, ContextPatternRecognizer) and r.CUE_NUMBERS]
    assert any(isinstance(r, PassportRecognizer) for r in kinds)
    for kind in kinds:
        cues = tuple(cue for cue, _, _ in kind.CUE_NUMBERS)
        assert kind._cues and all(opens_with_a_cue(p.pattern, cues) for p, _, _ in kind._cues), type(kind).__name__
        assert kind._cue_gate == (kind._cues, kind._any_cue)  # the gate is on for the patterns checked


@pytest.mark.parametrize("source", [
    LOOKBEHIND + r"(?:паспорт)\d+|\d{4}",  # another way to match beside the cue, at the top
    r"(?:паспорт)\d+",  # not behind the lookbehind `_any_cue` has
    LOOKBEHIND + r"x(?:паспорт)\d",  # something before the cue
    LOOKBEHIND + r"(?:паспорт)?\d+",  # the cue optional
    LOOKBEHIND + r"(?:(?:паспорт)+)\d",  # the cue repeated
    LOOKBEHIND + r"(?:(?:паспорт)\s|\d)\d",  # another way beside the cue in the group around it
    LOOKBEHIND + r"(?:номер)\d",  # none of the kind's cues
    LOOKBEHIND + r"(?:паспорт|номер)\d",  # a cue and more in its group
    LOOKBEHIND + r"(?:паспорт)\d)|(\d",  # the group closed early, a "|" at the top
])
def test_a_cue_pattern_that_can_match_without_one_of_its_kinds_cues_is_refused(source):
    assert not opens_with_a_cue(source, CUES)


@pytest.mark.parametrize("source", [
    LOOKBEHIND + r"(?:паспорт)[\s:]{0,4}(\d+)",  # base._cue_regex's shape
    LOOKBEHIND + r"(?:(?:серия)(?:[ \t,]+[а-яё]{1,12}){1,5}?)[\s:]{0,4}(\d+)",  # past a few words
    LOOKBEHIND + r"(?:паспорт)[|(]\d+",  # "|" and "(" inside a character class are its characters
    LOOKBEHIND + r"(?:паспорт)[]|]\d",
    LOOKBEHIND + r"(?:паспорт)\|\(\d",  # escaped
    LOOKBEHIND + r"(?:паспорт)(?#|)\d",  # in a comment
])
def test_a_cue_pattern_opening_with_its_cue_is_read_as_one(source):
    assert opens_with_a_cue(source, CUES)


def test_a_cue_that_refers_to_a_group_is_refused_its_number_changes_in_the_alternation_of_every_cue():
    assert not opens_with_a_cue(LOOKBEHIND + r"(?:(а)\1)\d", (r"(а)\1",))
    assert not opens_with_a_cue(LOOKBEHIND + r"(?:(?P<c>а)(?P=c))\d", (r"(?P<c>а)(?P=c)",))


def test_a_kind_whose_cue_pattern_opens_with_something_else_fails_at_its_construction():
    class Prefixed(PassportRecognizer):
        def _cue_regex(self, cue: str, after: str = "") -> LazyPattern:
            built = super()._cue_regex(cue, after)
            return LazyPattern(r"(?:\d{4}[ \t])?" + built.pattern, built.flags)

    with pytest.raises(ValueError, match="opens with none of CUE_NUMBERS"):
        Prefixed()


def test_a_kind_whose_cue_refers_to_a_group_fails_at_its_construction():
    class Referring(PassportRecognizer):
        CUE_NUMBERS = PassportRecognizer.CUE_NUMBERS + ((r"(с)\1ерия", 4, 4),)

    with pytest.raises(ValueError, match="opens with none of CUE_NUMBERS"):
        Referring()


def test_cue_patterns_bound_after_construction_are_searched_without_the_gate():
    class Extended(PassportRecognizer):
        def __init__(self) -> None:
            super().__init__()
            self._cues = self._cues + ((LazyPattern(r"(?<!\d)(\d{4})(?= выдан)", re.IGNORECASE), 4, 4),)

    text = "4505 выдан в прошлом году"  # names none of the passport's cues
    assert PassportRecognizer().numbers_after_cue(text) == []
    assert Extended().numbers_after_cue(text) == [(0, 4)]


def test_a_kinds_cue_patterns_cannot_be_appended_to_in_place():
    with pytest.raises(AttributeError):
        PassportRecognizer()._cues.append((LazyPattern(r"(\d+)"), 1, 9))


# --- person: one helper for the word before a name and for the whole text ------------------------------------------

SPOKEN_CUE_WORDS = sorted(person._SPOKEN_NAMING_CUES) + [stem + "ённая" for stem in person._SPOKEN_NAMING_STEMS]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SPOKEN_CUE_WORDS), st.text(alphabet="абвгд еёжзи .,", max_size=20),
       st.text(alphabet="абвгд еёжзи .,", max_size=20))
def test_a_text_holding_a_word_that_is_a_spoken_naming_cue_holds_one(word, before, after):
    assert person._spoken_naming_cue(word)
    assert person._spoken_naming_cue(before + " " + word + " " + after, anywhere=True)
    assert person._holds_a_spoken_naming_cue(before + " " + word.upper() + " " + after)


def test_a_spoken_naming_cue_added_to_the_one_list_is_read_by_both_the_text_and_the_word(monkeypatch):
    text = "по фамилии ситников"  # «фамилии» is none of the cues today
    assert not person._naming_cue(text, text.index("ситников"), True)
    monkeypatch.setattr(person, "_SPOKEN_NAMING_CUES", person._SPOKEN_NAMING_CUES | {"фамилии"})
    assert person._holds_a_spoken_naming_cue(text)
    assert person._naming_cue(text, text.index("ситников"), True)
