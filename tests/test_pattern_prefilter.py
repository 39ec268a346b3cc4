"""A pattern is searched only in a text that could hold a match of it (guard/analysis.py): enough digits, and one of
the strings every match holds. The skip must never lose a match."""
from __future__ import annotations

import re

import pytest

from benchmarks.corpus import generate
from guard.analysis import DEFAULT_REGEX_FLAGS, fewest_digits, fold_case, regex, required_literals
from guard.normalize import normalize
from guard.recognizers import all_recognizers


@pytest.mark.parametrize("pattern, digits", [
    (r"\d{3}", 3), (r"(?:a|\d\d)", 0), (r"[0-9]{2,}x8", 3), (r"(?<!\d)\d(?:[ \-]?\d){5}", 6), (r"[\d\s]+", 0),
    (r"(?=\d{4})\d", 1), (r"[[:digit:]]{4}", 0),
])
def test_fewest_digits_counts_only_what_surely_is_a_digit(pattern, digits):
    assert fewest_digits(pattern, DEFAULT_REGEX_FLAGS) == digits


@pytest.mark.parametrize("pattern, literals", [
    (r"серия\s*\d", {"серия"}), (r"(?:ab|cd)x", {"ab", "cd"}), (r"(?:ab|\d)", None), (r"[№#]\d", {"№", "#"}),
    (r"a?b", {"b"}), (r"(?:Номер)?\d", None), (r"ПАСПОРТ", {"паспорт"}),
])
def test_required_literals_are_what_every_match_holds(pattern, literals):
    found = required_literals(pattern, DEFAULT_REGEX_FLAGS)
    assert (set(found) if found is not None else None) == literals


def test_no_match_of_any_recognizer_pattern_is_skipped():
    """Every text of a corpus sample, written and spoken: a pattern that matches is never one the prefilter skips."""
    texts = [normalize(t).text for item in generate(150, 3) for t in (item.written.text, item.asr.text)]
    checked = 0
    for recognizer in all_recognizers():
        for pattern in getattr(recognizer, "patterns", []):
            compiled = regex.compile(pattern.regex, flags=DEFAULT_REGEX_FLAGS)
            fewest, literals = fewest_digits(pattern.regex, DEFAULT_REGEX_FLAGS), required_literals(
                pattern.regex, DEFAULT_REGEX_FLAGS)
            for text in texts:
                if compiled.search(text):
                    checked += 1
                    assert sum(c.isdecimal() for c in text) >= fewest, (pattern.name, text)
                    assert literals is None or any(lit in fold_case(text) for lit in literals), (pattern.name, text)
    assert checked > 100  # the sample does exercise the patterns


def test_every_character_equal_to_a_required_one_case_ignored_folds_to_it():
    """re and regex, case ignored, read "ı" as "i" and "K" (Kelvin) as "k": the text is folded so that they hold the
    required string too — else a look-alike spelling would skip the search (fail open)."""
    literals = set()
    for recognizer in all_recognizers():
        for pattern in getattr(recognizer, "patterns", []):
            literals |= required_literals(pattern.regex, DEFAULT_REGEX_FLAGS) or set()
        for name in ("_cues", "_dictated_cues", "_cues_after", "_cue_words"):
            for lazy, *_ in getattr(recognizer, name, []):
                literals |= required_literals(lazy.pattern, lazy.flags) or set()
    chars = set("".join(literals))
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    for engine in (re, regex):
        equal = engine.compile("[" + "".join(engine.escape(c) for c in chars) + "]", engine.IGNORECASE)
        for found in equal.finditer(every):
            for char in chars:
                if engine.fullmatch(engine.escape(char), found.group(), engine.IGNORECASE):
                    assert fold_case(char) in fold_case(found.group()), (engine.__name__, char, found.group())
