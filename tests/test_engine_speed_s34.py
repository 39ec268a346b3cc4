"""Stop 34's cuts in the engine's shared paths change no answer (issue 13: speed without a changed span).

A kind's hint is not searched in a text holding none of the strings every match of it holds, and a pattern is compiled
by `regex` only for the first text its gate lets it search. Each is checked against what it replaces."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.analysis import Pattern, PatternRecognizer, required_literals
from guard.document import Document
from guard.recognizers import KINDS


class _CountedHint:
    """A hint that counts its searches (re.Pattern's own search cannot be wrapped)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._compiled = re.compile(pattern, flags)
        self.pattern, self.flags, self.searches = pattern, flags, 0

    def search(self, text: str):
        self.searches += 1
        return self._compiled.search(text)

    def match(self, text: str, pos: int = 0):  # a hint with cue-word prefixes is tried where they begin (stop 41)
        self.searches += 1
        return self._compiled.match(text, pos)


def test_a_hint_is_not_searched_in_a_text_without_any_of_its_strings():
    hint = _CountedHint(r"(?<![а-яё])(?:паспорт\w*|серия)", re.IGNORECASE)
    assert not Document("Клиент просит перезвонить 89161234567").holds(hint)
    assert hint.searches == 0
    assert Document("ПАСПОРТ 4505 123456").holds(hint)
    assert hint.searches == 1


def test_a_hint_without_required_strings_is_searched_as_before():
    hint = _CountedHint(r"\d", 0)
    assert Document("дом 5").holds(hint) and not Document("дом пять").holds(hint)
    assert hint.searches == 2


_HINTS = [re.compile(kind.hint, re.IGNORECASE | re.DOTALL) for kind in KINDS if not kind.needs_nlp and kind.hint]
_PIECES = ["паспорт", "ПАСПОРТ", "серия", "логин", "Login", "ник", "НИК", "собака", "@", "mail", "УФМС", "ровд",
           "загран", "смс код", "код из смс", "рождения", "д.р.", "бс", "БС", "cell id", "12", "7", " ", ",", "\n",
           "ё", "Ё", "İ", "ß", "ı", "ﬃ"]


@settings(deadline=None)  # a property, not a timing: the shared machine is slow at times
@given(st.lists(st.sampled_from(_PIECES), max_size=10), st.sampled_from(_HINTS))
def test_a_hint_is_held_exactly_when_it_matches(pieces, hint):
    text = "".join(pieces)
    assert Document(text).holds(hint) == (hint.search(text) is not None)


def test_every_kind_hint_with_required_strings_finds_them_in_its_own_cue():
    # the prefilter is in force for most kinds' hints: the hints named by words, not \d alone, have strings
    with_strings = [hint for hint in _HINTS if required_literals(hint.pattern, hint.flags)]
    assert len(with_strings) >= 4


def test_a_pattern_is_compiled_only_when_a_text_may_hold_its_match():
    pattern = Pattern("four digits", r"(?<!\d)\d{4}(?!\d)", 0.6)
    recognizer = PatternRecognizer("X", patterns=[pattern])
    assert recognizer.analyze("код 12", ["X"]) == [] and recognizer.analyze("код 1 2 3", ["X"]) == []
    assert pattern.compiled_regex is None  # too few digits, or the stdlib twin found no match: nothing to search
    found = recognizer.analyze("код 1234", ["X"])
    assert [(r.start, r.end) for r in found] == [(4, 8)] and pattern.compiled_regex is not None
