"""One word's name probability from its window alone is the whole text's, bit for bit (issue 13, stop 41).

The PERSON rules ask the lowercase tagger about one capitalised word at a written sentence's start
(recognizers/person.py, a caller's act); `name_probability` projects only that word's window instead of every word
of the text. A threshold compares its answer, so it must be the very float `name_probabilities` gives."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.name_tagger import name_probabilities, name_probability

_DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _sample_texts(limit: int = 120) -> list[str]:
    texts = []
    for path in sorted(_DATA.rglob("*.jsonl"))[:30]:
        for line in path.read_text(encoding="utf-8").splitlines()[:4]:
            item = json.loads(line) if line.strip() else None
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                texts.append(item["text"])
    return texts[:limit]


def test_every_word_of_sample_texts_gets_the_whole_texts_probability():
    checked = 0
    for text in _sample_texts():
        for start, probability in name_probabilities(text).items():
            assert name_probability(text, start, -1.0) == probability, (text[:40], start)
            checked += 1
    assert checked > 500


def test_a_position_where_no_word_starts_gets_the_default():
    text = "Волк просил перезвонить"
    assert name_probability(text, 1, 0.25) == 0.25 and name_probability(text, 999, 1.0) == 1.0


_WORDS = ["Волк", "просил", "перезвонить", "Мельник", "звонил", "89161234567", "Иванов", "Пётр", "тариф", "по", "а",
          "Мошенник", "и", "7", "сим-карта", "Коваль", "не", "может", "дозвониться"]


@settings(deadline=None, max_examples=60)  # a property, not a timing
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.sampled_from([" ", ", ", ". ", "\n"]))
def test_any_text_of_any_length_gives_each_word_the_same_float(words, separator):
    text = separator.join(words)
    for start, probability in name_probabilities(text).items():
        assert name_probability(text, start, -1.0) == probability
