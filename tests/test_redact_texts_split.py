"""A card's texts analyzed in one engine call are split back text by text (guard/proxy/detection.py, redact_texts):
each entity goes to every text it overlaps, cut at the text's ends, in the engine's order — found by bisection, not by
trying every entity on every text (a card of 3,000 comments held the GIL for seconds: red team s20's "thousands of
new comments" test answered 504)."""
from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.entities import Entity
from guard.proxy.detection import BATCH_SEPARATOR, Redacted, _tagged, redact_texts


class _FixedEngine:
    """A tagging engine whose analysis is given: the entities it returns for the joined text."""

    operator = "tag"

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities

    def analyze(self, text: str) -> list[Entity]:
        return self.entities


def _every_text_tried(texts: list[str], entities: list[Entity]) -> list[Redacted]:
    """The definition: every entity tried on every text."""
    out, offset = [], 0
    for text in texts:
        local: list[dict[str, Any]] = []
        for entity in entities:
            start, end = max(entity.start - offset, 0), min(entity.end - offset, len(text))
            if end > start:
                local.append({**entity.as_dict(), "start": start, "end": end})
        out.append(Redacted(_tagged(text, local), local))
        offset += len(text) + len(BATCH_SEPARATOR)
    return out


@st.composite
def _texts_and_entities(draw):
    texts = draw(st.lists(st.text(alphabet="аб 1", max_size=12), min_size=2, max_size=8))
    total = sum(map(len, texts)) + len(BATCH_SEPARATOR) * (len(texts) - 1)
    spans = draw(st.lists(st.tuples(st.integers(0, total), st.integers(0, total)), max_size=12))
    kinds = ["PERSON", "PHONE_NUMBER", "RU_PASSPORT"]
    entities = [Entity(min(a, b), max(a, b), kinds[n % 3], 0.5 + n / 100) for n, (a, b) in enumerate(spans)]
    return texts, entities


@settings(max_examples=300, deadline=None)
@given(_texts_and_entities())
def test_each_entity_reaches_every_text_it_overlaps_in_the_engines_order(case):
    texts, entities = case
    assert redact_texts(_FixedEngine(entities), texts) == _every_text_tried(texts, entities)


def test_an_entity_across_a_separator_is_cut_and_masked_on_both_sides():
    texts = ["звонил Иванов", "Пётр звонил"]
    joined = BATCH_SEPARATOR.join(texts)
    person = Entity(joined.index("Иванов"), joined.index("Пётр") + len("Пётр"), "PERSON", 0.9)
    first, second = redact_texts(_FixedEngine([person]), texts)
    assert first.text == "звонил <PERSON>" and second.text == "<PERSON> звонил"
