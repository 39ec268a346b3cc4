"""Stop 57 (issue 13): a later reading of a text (digits said around an aside joined, separators read past, a digit
taken back, ...) is analysed only where it differs from the first reading, with a window's overlap of context either
side and never across a paragraph break (guard/engine.py `changed_part`): the first reading has read the rest, word for
word the same. Nothing may be found less: the spans with each later reading read whole and read in part are compared
on the texts of benchmarks/data that have one (benchmarks/reading_parts.py runs every set)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import guard.engine as engine
from guard import Redactor
from guard.engine import PartOfReading, changed_part
from guard.normalize import readings

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _spans(redactor: Redactor, text: str) -> list[tuple]:
    return [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]


def _whole_and_part(redactor: Redactor, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    with monkeypatch.context() as patched:
        patched.setattr(engine, "changed_part", lambda first, other, context=0: None)
        whole = _spans(redactor, text)
    return whole, _spans(redactor, text)


_TEXT = st.text(alphabet="аб 1\n.", max_size=60)


@given(_TEXT, _TEXT, st.integers(min_value=0, max_value=30))
def test_outside_the_changed_part_a_later_reading_is_the_first_word_for_word(first, other, context):
    part = changed_part(first, other, context)
    if part is None:
        return
    start, end = part
    assert 0 <= start <= end <= len(other) and (start, end) != (0, len(other))
    head, tail = other[:start], other[end:]
    assert first.startswith(head) and first.endswith(tail) and len(head) + len(tail) <= len(first)


def test_the_same_text_is_read_whole_and_a_part_covering_everything_is_no_part():
    assert changed_part("паспорт 4512 774306", "паспорт 4512 774306") is None
    assert changed_part("паспорт 45 12 774306", "паспорт 4512 774306") is None  # 400 characters of context: all of it


def test_the_part_keeps_its_context_and_stops_at_a_paragraph_break():
    call = "Кл. звонил по тарифу, просил перезвонить вечером."
    first = f"{call}\n\nПаспорт серия 45 12 номер 774306, выдан ОВД.\n\n{call}"
    other = first.replace("45 12 номер 774306", "4512774306")
    start, end = changed_part(first, other)
    assert other[start:end] == "Паспорт серия 4512774306, выдан ОВД."
    start, end = changed_part(first, other, context=3)  # widened to whole words
    assert other[start:end] == "серия 4512774306,"


def test_a_part_maps_back_through_the_whole_reading():
    text = "Клиент.\n\nномер карты 4276|3800|1234|5678, сорок пять"
    first, later = readings(text)[:2]
    assert first.text != later.text
    part = PartOfReading(later, 9)
    assert part.original == text and part.changed
    assert part.to_original(0, 5) == later.to_original(9, 14)


def test_a_card_number_only_the_separators_reading_finds_is_still_masked_in_a_cards_second_comment(redactor,
                                                                                                   monkeypatch):
    """What only a later reading finds (the card's digit groups read past "|") is found in its part."""
    text = "Кл. звонил по тарифу.\n\nномер карты 4276|3800|1234|5678\n\nвопрос решён"
    value = (text.index("4276"), text.index("5678") + 4)
    with monkeypatch.context() as patched:  # the first reading alone does not mask it: the test can fail
        patched.setattr(engine, "readings", lambda piece: readings(piece)[:1])
        assert not any(e.start <= value[0] and value[1] <= e.end for e in redactor.analyze(text))
    assert changed_part(readings(text)[0].text, readings(text)[1].text) is not None
    assert any(e.start <= value[0] and value[1] <= e.end and e.type == "CREDIT_CARD" for e in redactor.analyze(text))
    assert "4276" not in redactor.redact(text).text


def _later_reading_texts(names: tuple[str, ...], limit: int) -> list[str]:
    texts = []
    for name in names:
        for path in sorted((DATA / name).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str) and len(readings(text)) > 1:
                    texts.append(text)
    return texts[:limit]


def test_the_realistic_benchs_cards_lose_no_span_when_later_readings_are_read_in_part(redactor, monkeypatch):
    from benchmarks.bench_proxy_realistic import make_customer
    from guard.proxy.detection import BATCH_SEPARATOR

    rng = random.Random(13)
    cards = [BATCH_SEPARATOR.join(c["text"] for c in make_customer(rng, i).card["comments"]) for i in range(120)]
    cards = [card for card in cards if len(readings(card)) > 1]
    assert len(cards) >= 20
    for card in cards:
        whole, part = _whole_and_part(redactor, card, monkeypatch)
        assert part == whole


def test_the_labeled_sets_texts_with_a_later_reading_lose_no_span_read_in_part(redactor, monkeypatch):
    """A sample of the sets' texts with a later reading (benchmarks/reading_parts.py compares every set's)."""
    texts = _later_reading_texts(("packed_u45", "packed_q42", "names_v53", "pii_ba56", "packed_af56"), 60)
    assert len(texts) >= 30
    for text in texts:
        whole, part = _whole_and_part(redactor, text, monkeypatch)
        assert set(whole) <= set(part), text[:80]
