"""A pattern searched only where a match can begin (guard.analysis.LeftmostFromStarts, issue 13 stop 37) finds the same
matches, with the same spans, as re's own search: every recognizer pattern's stdlib twin (its first match) and every
cue pattern (`every_match`, all its matches)."""
from __future__ import annotations

import gc
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import generate
from guard import analysis
from guard.analysis import DEFAULT_REGEX_FLAGS, LeftmostFromStarts, _first_class, every_match, stdlib_twin
from guard.normalize import normalize
from guard.recognizers import all_recognizers
from guard.recognizers.base import LazyPattern


def _twins() -> list[re.Pattern]:
    twins = {}
    for recognizer in all_recognizers():
        for pattern in getattr(recognizer, "patterns", []):
            twin = stdlib_twin(pattern.regex, DEFAULT_REGEX_FLAGS)
            if twin is not None:
                twins[(twin.pattern, twin.flags)] = twin
    return list(twins.values())


def _cues() -> list[re.Pattern]:
    """Every cue pattern the engine makes (some are made at their first text): the engine run over corpus texts."""
    from guard import Redactor

    redactor = Redactor()
    for item in generate(40, 3):
        redactor.analyze(item.written.text)
        redactor.analyze(item.asr.text)
    return list({(lazy.pattern, lazy.flags): lazy.compiled
                 for lazy in gc.get_objects() if isinstance(lazy, LazyPattern)}.values())


TWINS = _twins()
CUES = _cues()
FAST = [(twin, LeftmostFromStarts.of(twin)) for twin in TWINS]


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_most_number_patterns_are_searched_from_their_starts():
    assert len(TWINS) > 30
    assert sum(isinstance(fast, LeftmostFromStarts) for _, fast in FAST) > len(TWINS) // 2


@pytest.mark.parametrize("pattern, expected", [
    # the opening one-character lookbehind read one character later: a digit inside a run is no start
    (r"(?<!\d)\d{3}", r"(?i:[\d])(?<![\d][\s\S])"),
    (r"(?<!\d[./])\d{3}", r"(?i:[\d])"),  # a longer lookbehind is passed over: it only narrows where a match begins
    (r"(?:ab|\d)c", r"(?i:[\U00000061\d])"),  # every branch's first character
    (r"x?y", r"(?i:[\U00000078\U00000079])"),  # an optional item and what follows it
    (r"a*", None),  # a match may be empty: it begins anywhere
    (r"(?<=x).", None),  # any character
    (r"[^a]b", None),  # a negated character
    (r"\w+@", None),  # a start at nearly every character: left to re's own search
    (r"(a)\1", r"(?i:[\U00000061])"),
])
def test_the_first_class_holds_every_character_a_match_can_begin_with(pattern, expected):
    assert _first_class(pattern, 0) == expected


def test_a_match_that_begins_with_a_case_folded_letter_is_found():
    """The starts are compiled with case ignored: a pattern that ignores case only inside a group is still found."""
    twin = re.compile(r"(?<![а-я])(?i:серия)\s*\d{4}")
    fast = LeftmostFromStarts.of(twin)
    assert isinstance(fast, LeftmostFromStarts)
    assert _span(fast.search("паспорт СЕРИЯ 4505")) == (8, 18) == _span(twin.search("паспорт СЕРИЯ 4505"))


def test_the_search_hands_the_rest_to_re_after_its_tries(monkeypatch):
    """More failed starts than CANDIDATE_TRIES: the rest of the text goes to re's own search, the same match."""
    monkeypatch.setattr(analysis, "CANDIDATE_TRIES", 3)
    twin = re.compile(r"(?<!\d)\d{4}(?!\d)")
    fast = LeftmostFromStarts(twin, re.compile(r"[\d]"))  # every digit a start: the tries run out
    text = "1 22 333 55555 4444 7777"
    assert _span(fast.search(text)) == _span(twin.search(text)) == (15, 19)
    assert fast.search("1 2 3 4 5 6 7") is None


_PIECES = ["4505", "123456", "45 05", "№", "серия", "СЕРИЯ", "номер", "паспорт", "снилс", "инн", "тел.", "+7",
           "(916)", "123-45-67", "8 916 123 45 67", "1", "12", "/", "./", ".", ",", " ", "  ", "-", "\n", "\t", "a",
           "Z", "_", "я", "ё", "Ё", "İ", "ß", "K", "ſ", "э-э", "ну", "2024", "01.02.1990", "1234 5678 9012 3456",
           "774-123-456 78", "@", "t.me", "код", "смс"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_first_match_is_the_twins_own(text):
    for twin, fast in FAST:
        assert _span(fast.search(text)) == _span(twin.search(text)), twin.pattern[:80]


def test_the_first_match_is_the_twins_own_on_the_corpus():
    texts = [normalize(t).text for item in generate(120, 11) for t in (item.written.text, item.asr.text)]
    found = 0
    for twin, fast in FAST:
        for text in texts:
            expected = _span(twin.search(text))
            assert _span(fast.search(text)) == expected, (twin.pattern[:80], text)
            found += expected is not None
    assert found > 100


def test_most_cue_patterns_are_searched_from_their_starts():
    assert len(CUES) > 20
    assert sum(isinstance(LeftmostFromStarts.of(cue), LeftmostFromStarts) for cue in CUES) > len(CUES) // 2


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES + ["паспорт", "загран", "телефон", "договор", "карта", "cvv", "лицевой счёт",
                                           "код подразделения", "год рождения", "ПАСПОРТ", "Тел"]),
                max_size=30).map("".join))
def test_every_cue_match_is_finditers_own(text):
    for cue in CUES:
        assert [m.span() for m in every_match(cue, text)] == [m.span() for m in cue.finditer(text)], cue.pattern[:80]


def test_every_cue_match_is_finditers_own_on_the_corpus():
    texts = [normalize(t).text for item in generate(80, 12) for t in (item.written.text, item.asr.text)]
    found = 0
    for cue in CUES:
        for text in texts:
            expected = [m.span() for m in cue.finditer(text)]
            assert [m.span() for m in every_match(cue, text)] == expected, (cue.pattern[:80], text)
            found += len(expected)
    assert found > 100
