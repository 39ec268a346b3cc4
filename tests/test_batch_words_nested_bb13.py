"""Red team bb13 17: `guard batch --redact-field turns.words` with the word one level deeper in each word object
(Google STT / Deepgram `{"alternatives": [{"word": …}]}`, AWS Transcribe `{"alternatives": [{"content": …}]}`): the
words are still one text said word by word, whatever their nesting (guard/fields.py `word_path`)."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.batch.calls import redact_call
from guard.fields import redacted_value, word_path

SAID = "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
PHONE_WORDS = "девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь".split()


def _google(word, i):
    return {"alternatives": [{"word": word, "confidence": 0.9}, {"word": word + "ь", "confidence": 0.1}], "start": i}


def _aws(word, i):
    return {"type": "pronunciation", "alternatives": [{"content": word, "confidence": "0.99"}], "start_time": str(i)}


def _deep(word, i):
    return {"result": {"best": {"token": word}}, "t": i}


SHAPES = {"google": (_google, ("alternatives", 0, "word")), "aws": (_aws, ("alternatives", 0, "content")),
          "deep": (_deep, ("result", "best", "token"))}


@pytest.mark.parametrize("shape", SHAPES)
def test_the_word_is_found_at_any_depth(shape):
    make, path = SHAPES[shape]
    assert word_path([make(word, i) for i, word in enumerate(SAID.split())]) == path


def test_a_list_of_objects_without_words_is_no_word_list():
    assert word_path([{"note": "позвонить после обеда"}, {"note": "уточнить адрес"}]) is None
    assert word_path([{"alternatives": [{"word": "восемь"}]}, {"alternatives": [{"content": "девять"}]}]) is None


@pytest.mark.parametrize("shape", SHAPES)
def test_words_nested_one_level_deeper_are_redacted_as_one_text(redactor, shape):
    make, path = SHAPES[shape]
    call = {"call_id": "c-1", "turns": [{"speaker": "client", "text": "ok",
                                         "words": [make(word, i) for i, word in enumerate(SAID.split())]}]}
    out = redact_call(call, redactor, ("turns.words",)).call["turns"][0]["words"]
    kept = []
    for item in out:
        node = item
        for step in path:
            node = node[step]
        kept.append(node)
    assert not [word for word in PHONE_WORDS if word in kept], kept
    if shape == "google":  # every alternative of a masked word is masked too
        assert all(alternative["word"].startswith("<") for item in out[2:] for alternative in item["alternatives"])


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(list(SHAPES)), st.integers(min_value=0, max_value=3))
def test_property_what_the_flat_shape_masks_the_nested_masks(shape, filler):
    from guard.engine import default_redactor

    redactor = default_redactor()
    words = (["ну"] * filler + SAID.split())
    make, path = SHAPES[shape]
    flat = redacted_value([{"word": word} for word in words], redactor.redact, Counter())
    nested = redacted_value([make(word, i) for i, word in enumerate(words)], redactor.redact, Counter())
    for plain, deep in zip(flat, nested):
        node = deep
        for step in path:
            node = node[step]
        assert (plain["word"].startswith("<")) == node.startswith("<")
