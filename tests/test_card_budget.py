"""A CRM answer's size, as its budget reads it (guard/proxy/cardwork.py; red team bb25, f03): every string and key at
any depth and their characters, counted before anything reads the answer; an answer past a budget is named by the
measure it is over, and a big one is decided beside the event loop."""
from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings as hypothesis_settings, strategies as st

from guard.config import Settings
from guard.proxy.cardwork import CardSize, CardWork, on_the_loop, size_of, text_bound

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=40,
)


def _counted(value: Any) -> tuple[int, int, int]:
    if isinstance(value, str):
        return 1, 0, len(value)
    if isinstance(value, list):
        parts = [_counted(item) for item in value]
    elif isinstance(value, dict):
        parts = [_counted(item) for item in value.values()] + [(0, 1, len(key)) for key in value]
    else:
        return 0, 0, 0
    return tuple(sum(part[n] for part in parts) for n in range(3))  # type: ignore[return-value]


@hypothesis_settings(max_examples=200, deadline=None)
@given(JSON)
def test_an_answers_size_is_every_string_and_key_at_any_depth_and_their_characters(value):
    size = size_of(value, Settings())
    assert (size.strings, size.keys, size.chars) == _counted(value)
    assert size.over(Settings()) is None


@hypothesis_settings(max_examples=200, deadline=None)
@given(JSON, st.booleans())
def test_a_json_texts_bound_is_never_below_what_its_answer_holds(value, ascii_only):
    # the proxy takes the bound for an ordinary card instead of walking it: it must never say less than the walk
    text = json.dumps(value, ensure_ascii=ascii_only)
    bound, size = text_bound(text), size_of(json.loads(text), Settings())
    assert bound.strings >= size.strings and bound.keys >= size.keys and bound.strings >= size.strings + size.keys
    assert bound.chars >= size.chars


def test_an_answer_past_a_budget_is_named_by_the_measure_it_is_over():
    tight = Settings(max_card_strings=2, max_card_keys=3, max_card_chars=10)
    assert size_of({"a": "x", "b": "y"}, tight).over(tight) is None
    assert size_of(["x", "y", "z"], tight).over(tight) == "strings"
    assert size_of({"a": 1, "b": 2, "c": 3, "d": 4}, tight).over(tight) == "keys"
    assert size_of(["abcdefghijk"], tight).over(tight) == "characters"


def test_a_string_longer_than_the_guard_reads_counts_no_characters_it_is_withheld_unread():
    settings = Settings(max_text_chars=10)
    size = size_of({"note": "x" * 11, "ok": "abc", "y" * 11: 1}, settings)
    assert (size.strings, size.keys, size.chars) == (2, 3, len("note") + len("ok") + 3)


def test_the_twenty_thousand_comments_of_bb25_f03_are_over_the_default_budget():
    card = {"comments": [{"at": "2026-10-30T09:00:00", "author": "op1", "text": f"Кл. просил перезвонить, вопрос {n}"}
                         for n in range(20_000)]}
    assert size_of(card, Settings()).over(Settings()) == "strings"


def test_an_ordinary_card_is_read_on_the_loop_and_a_big_one_beside_it():
    work = CardWork.of(Settings())
    try:
        assert work.runner(CardSize(strings=60, keys=60, chars=3_000)) is on_the_loop
        assert work.runner(CardSize(strings=work.off_loop_items, keys=1)) == work.beside_the_loop
        assert work.runner(CardSize(chars=work.off_loop_chars + 1)) == work.beside_the_loop
    finally:
        work.close()
