"""A pattern is searched only in a text that could hold a match of it (guard/analysis.py): enough digits, one of the
strings every match holds, a match by its stdlib twin; a kind's recognizer runs only on a text holding something it
can start from (recognizers/base.py could_find). No skip may ever lose a match."""
from __future__ import annotations

import re

import pytest

from benchmarks.corpus import generate
from guard.analysis import (DEFAULT_REGEX_FLAGS, fewest_digits, fold_case, reads_alike, regex, required_literals,
                            stdlib_twin)
from guard.normalize import normalize
from guard.document import Document, analyzing
from guard.recognizers import all_recognizers
from guard.recognizers.base import ContextPatternRecognizer, LazyPattern
from guard.recognizers.passport import PassportRecognizer
from guard.recognizers.phone import PhoneRecognizer


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


def _characters_read_alike() -> list[str]:
    return [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 and reads_alike(chr(cp))]


def test_re_and_regex_read_every_class_alike_on_the_characters_the_stdlib_twin_is_used_for():
    """The stdlib twin (guard.analysis.stdlib_twin) only says "no match" for regex on texts of these characters: on
    them, each class, boundary and anchor matches the same positions in both engines, case ignored or not."""
    chars = _characters_read_alike()
    assert "я" in chars and "№" in chars and "₽" in chars and "²" not in chars
    differ = []
    for construct in (r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", r".", r"\b", r"\B", r"[а-яё]", r"[a-z]", r"[^\W\d_]",
                      r"^", r"$"):
        for flags in (0, re.IGNORECASE):
            ours, theirs = re.compile(construct, flags | re.S | re.M), regex.compile(construct, flags | re.S | re.M)
            for ch in chars:
                for text in (ch, "a" + ch, ch + "a", "\n" + ch):
                    if [m.span() for m in ours.finditer(text)] != [m.span() for m in theirs.finditer(text)]:
                        differ.append((construct, flags, text))
    assert differ == []


def test_re_and_regex_equate_the_same_letters_case_ignored_on_those_characters():
    chars = _characters_read_alike()
    letters = "".join(ch for ch in chars if ch.isalpha())
    differ = [(a, b) for a in letters for b in chars
              if bool(re.fullmatch(re.escape(a), b, re.I)) != bool(regex.fullmatch(regex.escape(a), b, regex.I))]
    assert differ == []


def test_a_character_read_otherwise_sends_the_text_to_regex_alone():
    assert reads_alike("Паспорт 45 05 678901, тел. +7 (916) 123-45-67 — «№ 5», 100 ₽")
    assert not reads_alike("площадь 50 м²") and not reads_alike("и\u200dя")


@pytest.mark.parametrize("pattern", [r"[[:digit:]]{4}", r"\p{Lu}\d", r"(?:серия){e<=1}\d", r"(?V1)\d+"])
def test_a_pattern_re_reads_otherwise_has_no_stdlib_twin(pattern):
    assert stdlib_twin(pattern, DEFAULT_REGEX_FLAGS) is None


def test_the_stdlib_twin_finds_a_match_wherever_regex_does():
    """Every recognizer pattern over a corpus sample, written and spoken: a text where regex finds a match is never one
    where the twin finds none (the skip would lose the match)."""
    texts = [normalize(t).text for item in generate(150, 5) for t in (item.written.text, item.asr.text)]
    texts = [text for text in texts if reads_alike(text)]
    checked = 0
    for recognizer in all_recognizers():
        for pattern in getattr(recognizer, "patterns", []):
            compiled, twin = regex.compile(pattern.regex, flags=DEFAULT_REGEX_FLAGS), stdlib_twin(pattern.regex,
                                                                                               DEFAULT_REGEX_FLAGS)
            for text in texts:
                found = compiled.search(text)
                if found:
                    checked += 1
                    assert twin is None or twin.search(text), (pattern.name, text)
    assert checked > 100


_SKIP_CHECK_TEXTS = [
    "Оператор: Назовите номер карты.\nКлиент: 4276 1234 5678 9012, срок 04/29, код 177",
    '{"passport": "4505 678901", "inn": "7707083893", "note": "перезвонить"}',
    "Клиент: Снилс скажу позже\nОператор: Хорошо\nКлиент: 112-233-445 95",
    "Кл. просил перезвонить после 18\n\nпо договору № 77-1234 оплата 1500 р.\n\nСНИЛС клиента 112-233-445 95",
    "айпи адрес девяносто один точка двести четыре точка семнадцать точка шестьдесят шесть",
]


def test_a_recognizer_the_gate_skips_would_have_found_nothing(monkeypatch):
    """Every number and text kind over a corpus sample and a few dialogues and JSON bodies: where could_find says no,
    the recognizer run without the gate finds nothing."""
    recognizers = [r for r in all_recognizers() if isinstance(r, ContextPatternRecognizer)]
    documents = [Document(normalize(t).text) for item in generate(150, 11) for t in (item.written.text, item.asr.text)]
    documents += [Document(normalize(t).text) for t in _SKIP_CHECK_TEXTS]
    skipped = []
    for document in documents:
        with analyzing(document):
            skipped += [(r, document) for r in recognizers if not r.could_find(document)]
    monkeypatch.setattr(ContextPatternRecognizer, "could_find", lambda self, doc, regex_flags=None: True)
    for recognizer, document in skipped:
        with analyzing(document):
            assert recognizer.analyze(document.text, [recognizer.supported_entities[0]], None) == [], \
                (type(recognizer).__name__, document.text)
    assert len(skipped) > 1000  # the gate does skip


def test_a_find_candidates_of_its_own_is_run_unless_it_declares_it_reads_only_its_patterns():
    document = Document("клиент просил перезвонить завтра утром")
    with analyzing(document):
        assert PhoneRecognizer().could_find(document)  # its own digit-run reading: always run (after its hint)
        assert not PassportRecognizer().could_find(document)  # declared: its patterns' matches, trimmed


def test_a_cue_pattern_is_compiled_only_for_a_text_that_holds_one_of_its_words():
    cue = LazyPattern(r"(?<![а-яё])паспорт\w*\s*(\d+)", re.IGNORECASE)
    assert cue.search("клиент просил перезвонить") is None and cue._compiled is None
    assert cue.search("Паспорт 4505").group(1) == "4505"
