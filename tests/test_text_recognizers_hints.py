"""The speech checker's registry look (recognizers.text_recognizers) searches each distinct kind hint once a text; the
recognizers it returns are those whose kind's own hint the text holds, in the registry's order, as when every
recognizer searched its hint itself (stop 41, s41-discspeed: a computation change, no verdict changes)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.personal import addresses, might_hold_personal_data
from guard.disclosure.said_back import address_spans_of
from guard.disclosure.text import Utterance
from guard.document import Document, analyzing
from guard.recognizers import KINDS, text_recognizers
from guard.recognizers.address import address_spans


def _each_recognizer_searching_its_own_hint(text: str) -> list[str]:
    return [cls.__name__ for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers
            if re.compile(kind.hint, re.IGNORECASE | re.DOTALL).search(text)]


_WORDS = st.sampled_from(["логин", "ivan_77", "пароль", "паспорт", "4510", "123456", "собака", "mail", "точка", "ру",
                          "ГУ МВД", "базовая станция", "IMEI", "a1:b2:c3:d4", "родился", "12.05.1990", "тг", "@ivan",
                          "договор", "снилс", "карта", "ник", "код из смс", "здравствуйте", "Тверская", "дом", "5"])


@given(st.lists(_WORDS, max_size=8), st.text(max_size=20))
@settings(max_examples=300, derandomize=True, deadline=None)
def test_each_kind_hint_searched_once_returns_the_recognizers_each_hint_would(words, noise):
    text = " ".join(words) + " " + noise
    assert [type(r).__name__ for r in text_recognizers(text)] == _each_recognizer_searching_its_own_hint(text)


@given(st.lists(_WORDS, max_size=8), st.text(max_size=20))
@settings(max_examples=300, derandomize=True, deadline=None)
def test_inside_an_analyzed_document_the_look_is_the_documents_answer_and_the_same_recognizers(words, noise):
    # the checker runs the registry inside `analyzing` (personal.registry_entities): each hint is then the document's
    # Document.holds answer — the one each recognizer's analysis reads again — and must be what a search finds
    text = " ".join(words) + " " + noise
    doc = Document(text)
    with analyzing(doc):
        found = [type(r).__name__ for r in text_recognizers(text)]
    assert found == _each_recognizer_searching_its_own_hint(text)
    # every kind's hint is now answered by the document, and each recognizer's own HINT is that very pattern
    hints = {id(hint) for hint, _ in doc._hints.values()}
    assert all(cls.HINT is None or id(cls.HINT) in hints
               for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers if hasattr(cls, "HINT"))


def test_without_a_text_every_text_recognizer_is_returned_in_the_registry_order():
    names = [cls.__name__ for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers]
    assert [type(r).__name__ for r in text_recognizers()] == names
    assert len(names) > len({kind.hint for kind in KINDS if not kind.needs_nlp})  # hints are shared: the point


@given(st.lists(_WORDS, max_size=8))
@settings(max_examples=100, derandomize=True, deadline=None)
def test_an_utterances_addresses_read_once_are_address_spans_of_its_normalized_text(words):
    utterance = Utterance(" ".join(words))
    assert address_spans_of(utterance) == address_spans(utterance.normalized.text)
    assert address_spans_of(utterance) is address_spans_of(utterance)  # read once a line


def test_the_cheap_look_and_the_readings_share_the_lines_addresses():
    utterance = Utterance("доставим на Тверская 5 12, как в договоре")
    assert might_hold_personal_data(utterance)
    found = addresses(utterance)
    assert [utterance.text[e.start:e.end] for e in found] == ["Тверская 5 12"]
    assert address_spans_of(utterance)  # the look's reading, kept for the readings
