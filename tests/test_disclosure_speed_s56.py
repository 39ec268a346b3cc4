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


# --- the names' readers run where the cheap look finds a name's word, not on every line with a number ---------------

from guard.disclosure import personal  # noqa: E402
from tests.test_disclosure_precheck import LINES  # noqa: E402


@pytest.fixture
def names_read(monkeypatch):
    """The lines the names' readers (personal.persons) are asked to read."""
    read = []
    real = personal.persons
    monkeypatch.setattr(personal, "persons", lambda utterance: read.append(utterance.text) or real(utterance))
    return read


def test_a_line_sent_by_its_number_alone_is_not_read_for_names(names_read):
    utterance = Utterance("Ваш лицевой счёт 4012 5567, тариф подключён с понедельника.")
    assert personal.might_hold_personal_data(utterance)  # the number sends it to the readers
    personal.quick_entities(utterance)
    assert names_read == []


def test_a_line_with_a_number_and_a_name_is_still_read_for_names(names_read):
    text = "Оформлено на Иванову Марию, номер 8 916 123 45 67."
    found = personal.quick_entities(Utterance(text))
    assert names_read == [text]
    assert any(entity.type == "PERSON" and "Иванову" in text[entity.start:entity.end] for entity in found)


def test_an_email_line_is_still_read_for_names(names_read):
    personal.quick_entities(Utterance("Пишите на petrov.ivan@mail.ru, номер 4012."))
    assert len(names_read) == 1  # a mailbox may spell its holder's name


@pytest.mark.parametrize("text", [line + suffix for line in LINES
                                  for suffix in ("", ", номер 8 916 123 45 67", ", паспорт 4505 678901")])
def test_a_name_the_readers_find_is_on_a_line_the_cheap_look_sends_to_them(text):
    # the gate never drops what its reader finds: every line persons reads a name in passes might_name_someone
    utterance = Utterance(text)
    if personal.persons(utterance):
        assert personal.might_name_someone(utterance)
