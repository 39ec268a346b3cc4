"""The name tagger's stop-33 sources (benchmarks/train_name_tagger.py --speech-sets): hard negatives with their
context, and a default recipe that still reproduces the shipped model."""
from __future__ import annotations

from benchmarks import train_name_tagger as training
from benchmarks.evaluate import Sample


def test_a_hard_negative_becomes_a_lowercase_text_of_the_words_around_it_with_the_names_inside():
    text = ("Вчера «Сокол» обыграл «Рубин», шайбу забросил Артём Лаврентьев, а после матча в раздевалке долго "
            "говорили о будущем сезоне, и только потом тренер Петров сказал, что доволен.")
    sample = Sample("x", text, [("PERSON", text.index("Артём"), text.index("Артём") + len("Артём Лаврентьев")),
                                ("PERSON", text.index("Петров"), text.index("Петров") + len("Петров"))], [])
    start = text.index("Рубин")
    window = training.lowercased([training.hard_negative_window(sample, start, start + len("Рубин"), "x-neg0")])[0]
    assert "рубин" in window.text and window.text == window.text.lower()
    assert [window.text[s:e] for _, s, e in window.gold] == ["артём лаврентьев"]  # "петров" falls outside


def test_every_recorded_hard_negative_of_the_training_sets_is_read_and_none_of_the_held_out_set():
    samples = training.hard_negatives(training.NAME_SETS + training.PII_ASR_SETS)
    assert len(samples) > 1000
    assert not any(s.id.startswith(("names_z", "names_y")) for s in samples)


def test_the_default_recipe_leaves_the_speech_sets_out_so_it_still_makes_the_shipped_model():
    assert not set(training.SPEECH_SOURCES) & set(training.SOURCES)
    assert training.HELD_OUT_SET not in training.NAME_SETS + training.PII_ASR_SETS + training.THRESHOLD_SETS
    assert not set(training.THRESHOLD_SETS) & set(training.NAME_SETS)
