"""The disclosure check's speed, stop 56 (issue 12): how things are computed, never what they decide.

A line is read by the line model once: the checker asks `predict` while it weighs the line and `score` again when it
judges a flagged line clean (checker._judged_clean) — the same features, vectors and probability each time."""
from __future__ import annotations

import pytest

from guard.disclosure import classifier
from guard.disclosure.classifier import default_model
from guard.disclosure.text import Utterance


@pytest.fixture
def features_read(monkeypatch):
    """How many times the line model reads a line's features."""
    reads = []
    real = classifier.features
    monkeypatch.setattr(classifier, "features", lambda *args, **kwargs: reads.append(1) or real(*args, **kwargs))
    return reads


def test_the_line_model_reads_a_line_once_for_predict_and_score(features_read):
    model = default_model()
    if model is None:
        pytest.skip("no shipped line model")
    utterance = Utterance("У нас авария на линии, когда починят — не знаю.")
    prediction = model.predict(utterance)
    assert model.score(utterance) == prediction.violating
    assert len(features_read) == 1


def test_the_line_model_reads_another_line_afresh(features_read):
    model = default_model()
    if model is None:
        pytest.skip("no shipped line model")
    first = model.score(Utterance("Сейчас проверю, секунду."))
    second = model.score(Utterance("Девушка, у нас сбой, я не знаю когда починят."))
    assert len(features_read) == 2
    assert first != second
