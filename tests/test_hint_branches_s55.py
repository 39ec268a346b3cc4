"""A kind's hint that names no string all its matches share is asked branch by branch (issue 13, stop 55).

The ID document kind's hint is an alternation of its cue words (464 beginnings) and six shapes (a codice fiscale, an
employment record's number, a two-letter country code before a number ...): as a whole its parse names no string
every match holds, so `Document.holds` searched all of it — every branch at every position — in every text, ~0.15 ms
a text, the largest single gate of the context-pattern kinds. Cut at its top-level "|", each branch is asked with its
own strings; whether any branch matches is whether the hint does."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.analysis import match_prefixes
from guard.document import Document, _hint_branches, top_level_branches
from guard.recognizers import KINDS, id_document

_HINTS = [re.compile(kind.hint, re.IGNORECASE | re.DOTALL) for kind in KINDS if not kind.needs_nlp and kind.hint]
_ID_HINT = re.compile(id_document.HINT, re.IGNORECASE | re.DOTALL)


def test_a_pattern_is_cut_only_at_a_bar_outside_groups_classes_and_escapes():
    assert top_level_branches(r"a|(b|c)|[|]|\||[]|]|x") == ["a", "(b|c)", "[|]", r"\|", "[]|]", "x"]
    assert top_level_branches(r"(?<![а-я])(?:код|пин)") == [r"(?<![а-я])(?:код|пин)"]


def test_the_id_document_hint_is_asked_by_its_branches_and_its_words_where_they_begin():
    branches = _hint_branches(_ID_HINT)
    assert branches is not None and len(branches) > 2
    assert "|".join(b.pattern for b in branches) == _ID_HINT.pattern
    # the cue words' branch begins with one of its words: tried only where one stands (more than 512 raw beginnings)
    assert match_prefixes(branches[0].pattern, branches[0].flags)


def test_a_hint_with_a_group_reference_or_a_global_flag_is_not_cut():
    for pattern in (r"(a)x|\1", r"(?P<n>a)|(?P=n)", r"(?i)a|b"):
        hint = re.compile(pattern)
        assert _hint_branches(hint) is None, pattern


_ID_TEXTS = [
    "Codice fiscale RSSMRA85T10A562S, спасибо", "трудовая ТК-III № 1234567 у меня", "номер 123456789012 это он",
    "паспорт RU 1234567 и всё", "RU-AB1234567", "прописка 12345678/123456/П1234567", "DE: L01X00T47",
    "шиносномаи ман", "у меня ID 55", "мед. книжка", "обычный текст без документа", "FR 7", "ru 1234567",
]
_PIECES = ["RSSMRA85T10A562S", "ТК", "№", " ", "1234567", "123456789012", "12345678901234", "RU", "DE", "AB", ":",
           "-", "паспорт", "ID", "id", "doc", "документ", "мед.", "\n", "а", "z", "7", "/", "П", "Ё", "ı"]


def test_the_id_document_hint_is_held_exactly_when_its_search_matches():
    for text in _ID_TEXTS:
        assert Document(text).holds(_ID_HINT) == (_ID_HINT.search(text) is not None), text


@settings(deadline=None, max_examples=300)  # a property, not a timing
@given(st.lists(st.sampled_from(_PIECES), max_size=10), st.sampled_from(_HINTS))
def test_every_kinds_hint_is_held_exactly_when_its_search_matches(pieces, hint):
    text = "".join(pieces)
    assert Document(text).holds(hint) == (hint.search(text) is not None)
