"""Numbers said after their cue word fail closed (recognizers/base.py): a run too long for the kind is cut after
the whole digit groups that fit, or masked whole, never dropped; a weak pattern match never takes the cued number
with it; the context window never cuts a word in half."""
from __future__ import annotations

import re

import pytest
from presidio_analyzer import Pattern

from guard.engine import Redactor
from guard.recognizers.base import ContextPatternRecognizer, clause_before, words_after, words_before


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("text, value", [
    ("СНИЛС 11793150356 8 957 893 22 26", "11793150356"),
    ("ИНН 7707083893 89161234567", "7707083893"),
    ("ИНН 7707083893 89161234567", "89161234567"),
    ("СНИЛС 117 931 503 56 8 957 893 22 26", "11793150356"),
    ("СНИЛС 117 931 503 56 8 957 893 22 26", "89578932226"),
])
def test_a_number_after_its_cue_followed_by_another_number_is_masked(redactor, text, value):
    assert value not in _digits(redactor.redact(text).text)


def test_a_too_long_run_after_a_cue_is_cut_after_the_groups_that_fit_the_kind(redactor):
    text = "СНИЛС 11793150356 8 957 893 22 26"
    found = [(text[e.start:e.end], e.type) for e in redactor.analyze(text)]
    assert ("11793150356", "RU_SNILS") in found


def test_a_too_long_run_with_no_cut_that_fits_is_masked_whole(redactor):
    text = "ИНН 7707083893891612345 6712"  # the first group alone is longer than any INN
    assert _digits(redactor.redact(text).text) == ""


class _WeakPatternRecognizer(ContextPatternRecognizer):
    ENTITY = "TEST_NUMBER"
    PATTERNS = [Pattern("weak", r"\d{6}", 0.2)]  # a shape too common to trust, and no context word raises it
    CUE_NUMBERS = ((r"номерок", 6, 6),)


def test_the_number_after_its_cue_wins_over_a_weak_pattern_match_of_the_same_digits():
    text = "номерок 123456"
    results = [r for r in _WeakPatternRecognizer().analyze(text, ["TEST_NUMBER"]) if r.score >= 0.5]
    assert [(text[r.start:r.end], r.score) for r in results] == [("123456", 0.9)]


@pytest.mark.parametrize("text", [
    "Здравствуйте, меня интересует только одно: 123",
    "Скажите, пожалуйста, Инна звонила сегодня? 123",
])
def test_the_window_before_a_match_starts_at_a_word_boundary(text):
    start = text.index("123")
    words = words_before(text, start, 40)
    assert all(re.search(rf"(?<![а-яёa-z]){w}(?![а-яёa-z])", text.lower().replace("ё", "е")) for w in words)


def test_the_clause_before_a_match_starts_at_a_word_boundary():
    text = "здравствуйте меня интересует только одно 123"  # 41 characters before the number
    assert clause_before(text, text.index("123"), 40) == text[:text.index("123")]


def test_the_window_after_a_match_ends_at_a_word_boundary():
    text = "123 Инна звонила"
    assert words_after(text, 3, 3) == ["инна"]
