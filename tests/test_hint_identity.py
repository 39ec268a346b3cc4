"""A kind's hint is remembered per document by its identity, never by hashing it (issue 13, round s44-redspeed).

Python hashes a compiled pattern by its whole code: for the largest hints (ID_DOCUMENT's 6,000-character alternation,
SECRET's, LOGIN's) one hash cost 60-260 us, paid by every kind that asked `Document.holds` of every text. The answers
are the same; only the key changed."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.document import Document, _hint_strings
from guard.recognizers import KINDS


class _UnhashableHint:
    """A hint that refuses to be hashed: holds() must reach it by identity."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._compiled = re.compile(pattern, flags)
        self.pattern, self.flags = pattern, flags

    def __hash__(self) -> int:
        raise AssertionError("a hint was hashed")

    def __eq__(self, other: object) -> bool:
        raise AssertionError("a hint was compared")

    def search(self, text: str, *args):
        return self._compiled.search(text, *args)

    def match(self, text: str, *args):
        return self._compiled.match(text, *args)


def test_a_hint_is_looked_up_by_identity_not_by_hashing_its_code():
    hint = _UnhashableHint(r"(?<![а-яё])(?:паспорт\w*|серия)", re.IGNORECASE)
    doc = Document("Паспорт 4505 123456")
    assert doc.holds(hint) and doc.holds(hint)  # asked twice: the second answer is the remembered one
    assert not Document("перезвоните завтра").holds(hint)
    assert _hint_strings(hint)


def test_a_remembered_answer_belongs_to_that_very_hint():
    # an id may be reused once a hint is freed: the entry keeps its hint and is read only for the same object
    doc = Document("дом пять")
    digit = re.compile(r"\d")
    other = re.compile(r"дом")
    doc._hints[id(digit)] = (other, True)
    assert doc.holds(digit) is False


_HINTS = [re.compile(kind.hint, re.IGNORECASE | re.DOTALL) for kind in KINDS if not kind.needs_nlp and kind.hint]
_PIECES = ["паспорт", "ПАСПОРТ", "серия", "логин", "ник", "собака", "@", "УФМС", "загран", "смс код", "рождения",
           "бс", "12", "7", " ", ",", "\n", "ё", "İ", "ß"]


@settings(deadline=None)  # a property, not a timing
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_every_hint_asked_of_one_document_answers_as_its_search(pieces):
    doc = Document("".join(pieces))
    for _ in range(2):  # the first answer and the remembered one
        for hint in _HINTS:
            assert doc.holds(hint) == (hint.search(doc.text) is not None)
