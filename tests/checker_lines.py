"""What the disclosure checker says of one operator line alone, and a word's place in it: the views the checker's
rule tests assert on (shared by tests/test_disclosure_about_s44.py and tests/test_disclosure_falsealarms_s45.py)."""
from __future__ import annotations

from guard.disclosure import default_checker
from guard.disclosure.text import Utterance


def rules_of(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


def verdict_of(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def word_at(line: str, word: str) -> tuple[Utterance, int, int]:
    """The line read as an utterance and the first place of `word` in it (lowercase)."""
    start = line.lower().index(word)
    return Utterance(line), start, start + len(word)
