"""Issue 12 (speed, stop 46): work read once a line, and the syntax parse only where its reading could hold — each
shortcut gives what the full computation gives."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import about, frames, sense
from guard.disclosure.text import Utterance

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _set_lines(name: str, every: int = 6) -> list[str]:
    rows = [json.loads(line) for line in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [row["text"] for row in rows[::every]]


# lines of two authors, written and ASR, with п. 7 / п. 24 words among them (training sets: benchmarks/data)
LINES = _set_lines("disc_w43") + _set_lines("disclosure_tE") + [
    "Сбой времени на счётчике лечится перезагрузкой.",
    "У нас сбой на вышке возле вашего дома, уже чиним.",
    "Проблема в вашей камере, а не в нашей сети.",
    "Под вашей учёткой мы не заходим, не переживайте.",
    "Захожу под вашей учёткой, продиктуйте пароль.",
    "вы назвали почту ivanov@mail.ru верно",
    "Записала: Виктор, телефон для связи 8 916 123 45 67, правильно?",
]

WORDS = st.sampled_from(["сбой", "задержка", "на", "в", "вашем", "роутере", "телефоне", "не", "никогда", "мы",
                         "заходим", "под", "учёткой", "у", "нас", "вышке", "счётчике", "проблема", "камере", ".",
                         ",", "вы", "назвали", "верно", "?", "8", "916", "123"])
TEXTS = st.lists(WORDS, min_size=1, max_size=14).map(" ".join)


@pytest.mark.parametrize("text", LINES[:40])
def test_read_back_cues_read_once_a_line_are_what_the_reading_gives(text):
    utterance = Utterance(text)
    for callers_words_only in (False, True):
        first = sense.read_back_cues(utterance, callers_words_only)
        assert first == sense._read_back_cues(Utterance(text), callers_words_only)
        first.append(-1)  # a reader's own list: changing it changes no later answer
        assert sense.read_back_cues(utterance, callers_words_only) == sense._read_back_cues(Utterance(text),
                                                                                             callers_words_only)


@pytest.mark.parametrize("text", LINES[:40])
def test_unverified_frames_read_once_a_line_are_what_the_frames_give(text):
    utterance = Utterance(text)
    first = frames.unverified_frame_spans(utterance)
    assert first == frames._unverified_frame_spans(Utterance(text))
    first.append(("x", 0, 0))
    assert frames.unverified_frame_spans(utterance) == frames._unverified_frame_spans(Utterance(text))


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_the_words_lemmas_hold_every_lemma_of_the_parse(text):
    """may_hold's words are a superset of the parse's nodes: a lemma no word has is on no node."""
    read = about._lemmas_read(text)
    assert read is not None
    for node in about._parse(text):
        assert node.lemmas <= read


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_a_line_not_parsed_reads_as_the_parse_reads_it(text):
    """Without an equipment word no п. 7 word is the customer's own; without a negation no act is denied: the shortcut's
    answer is the parse's."""
    _same_with_and_without_the_shortcut(text)


@pytest.mark.parametrize("text", LINES)
def test_a_set_line_not_parsed_reads_as_the_parse_reads_it(text):
    _same_with_and_without_the_shortcut(text)


def _same_with_and_without_the_shortcut(text: str) -> None:
    utterance = Utterance(text)
    spans = [(token.start, token.end) for token in utterance.tokens]
    fast = [(about.about_customers_own(utterance, *span), about.act_negated(utterance, *span)) for span in spans]
    original = about.may_hold
    about.may_hold = lambda utterance, lemmas: True  # every line parsed, as before stop 46
    try:
        parsed = Utterance(text)
        slow = [(about.about_customers_own(parsed, *span), about.act_negated(parsed, *span)) for span in spans]
    finally:
        about.may_hold = original
    assert fast == slow


def test_a_line_without_equipment_or_negation_words_is_not_parsed():
    utterance = Utterance("У нас сбой на вышке, задержка зачисления платежей, чиним.")
    start, end = utterance.tokens[2].start, utterance.tokens[2].end
    assert about.about_customers_own(utterance, start, end) is False
    assert about.act_negated(utterance, start, end) is False
    assert "syntax" not in utterance._derived


def test_a_line_with_an_equipment_word_is_still_parsed():
    utterance = Utterance("Сбой времени на счётчике лечится перезагрузкой.")
    assert about.about_customers_own(utterance, utterance.tokens[0].start, utterance.tokens[0].end) is True
    assert "syntax" in utterance._derived
