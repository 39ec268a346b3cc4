"""Red team bb28 f05 (black box on main's wheel): a driving licence after its name cut short or said the other way
round ("вод. удостоверение", "водит. удостоверение", "вод. уд.", "удостоверение водителя") passed `guard redact`
whole, while "водительское удостоверение" was masked: the cue was a list of spellings. recognizers/lexicon.py
`DRIVING_LICENCE_WORDS` reads the name by rule — each word whole in any form or cut with a dot after the first letters
of its stem (`cut_or_whole`), the noun and the word naming whose it is in either order (`in_either_order`) — and both
the licence's kind and the foreign documents' words read it.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers.lexicon import DRIVING_LICENCE_WORDS, cut_or_whole

LICENCE = "77 АА 123456"


@pytest.mark.parametrize("name", ["Кл. предъявил вод. удостоверение", "водит. удостоверение", "вод. уд.",
                                  "удостоверение водителя", "водительское удостоверение", "вод.удост.",
                                  "права водителя"])
def test_a_driving_licence_after_its_name_cut_short_or_inverted_is_masked(redactor, name):
    redacted = redactor.redact(f"{name} {LICENCE}").text
    assert "123456" not in redacted and "77 АА" not in redacted, redacted


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 7), st.integers(2, 12), st.booleans())
def test_a_licences_name_reads_any_cut_of_its_words_in_either_order(modifier_cut, noun_cut, inverted):
    modifier = "водител"[:modifier_cut] + ("." if modifier_cut < 7 else "ьское")
    noun = "удостоверени"[:noun_cut] + ("." if noun_cut < 12 else "е")
    name = f"{noun} водителя" if inverted else f"{modifier} {noun}"
    assert re.fullmatch(DRIVING_LICENCE_WORDS, name, re.IGNORECASE), name


# "уд. вод" names it now (review 53 F1: a cut needs no dot), a negative that went back to flagged
@pytest.mark.parametrize("text", ["вода уд", "водой удобно", "удостоверение личности"])
def test_words_that_only_begin_like_the_licences_name_do_not_name_it(text):
    assert re.search(r"(?<![а-яёa-z])(?:" + DRIVING_LICENCE_WORDS + r")(?![а-яёa-z])", text, re.IGNORECASE) is None


def test_a_word_cut_short_reads_with_a_dot_a_hyphenated_ending_or_neither():
    # review 53 F1: main read "вод\\.\\s*уд\\w*"; a cut with no dot ("вод. уд 77 …") is read too, never narrower than that
    for cut in ("вод.", "вод", "водит", "вод-ское"):
        assert re.fullmatch(cut_or_whole("водител", 3), cut), cut
    assert not re.fullmatch(cut_or_whole("водител", 3), "вода")


# --- review 53 F1 (s53-merge): the licence after "вод. уд", "вод.удост", "Вод.уд-е:" was shown whole ---------------

@pytest.mark.parametrize("text, value", [
    ("вод. уд 77 АВ 123456", "123456"),
    ("вод.уд 77 АВ 123456", "123456"),
    ("вод.удост 77АВ123456", "123456"),
    ("вод. удост 77 АВ 123456", "123456"),
    ("вод. удостов-е 77 АВ 123456", "123456"),
    ("Вод.уд-е: 77АВ 123456", "123456"),
])
def test_driver_licence_abbreviation_without_final_dot_masked(redactor, text, value):
    assert value not in redactor.redact(text).text


def _check_verdict(text):
    import json
    import subprocess
    import sys
    line = json.dumps({"id": "1", "text": text, "speaker": "operator"}, ensure_ascii=False)
    proc = subprocess.run([sys.executable, "-m", "guard.cli", "check", "-"], input=line + "\n", capture_output=True,
                          text=True, cwd="/tmp")
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("text", ["ваше вод. уд 77 АВ 123456 верно?", "вод.удост 77АВ123456 у вас указано"])
def test_checker_rule_blocks_licence_after_abbreviation(text):
    import json
    rc, out, err = _check_verdict(text)
    assert rc == 0, err[-300:]
    assert json.loads(out)["verdict"] == "block", out[:300]
