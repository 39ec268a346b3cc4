"""A kind's hint tried only where one of its cue words begins (issue 13, stop 41): the same answer as its search.

`guard.analysis.match_prefixes` reads from a pattern's parse the strings one of which every match begins with;
`Document.holds` then finds them in the case-folded text and matches the hint there instead of searching it at every
position. Each is checked against what it replaces: the prefixes against every match of generated patterns, the
hint's answer against `hint.search` over texts built from the kinds' own cue words, their neighbours and the
characters that fold oddly."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.analysis import fold_case, match_prefixes
from guard.document import Document
from guard.recognizers import KINDS

_HINTS = [re.compile(kind.hint, re.IGNORECASE | re.DOTALL) for kind in KINDS if not kind.needs_nlp and kind.hint]
_WITH_PREFIXES = [hint for hint in _HINTS if match_prefixes(hint.pattern, hint.flags)]


def test_the_prefixes_of_cue_words_after_a_lookbehind_are_the_words():
    assert match_prefixes(r"(?<!\w)(?:логин\w*|ник|nick(?:name)?)", re.IGNORECASE) == {"логин", "ник", "nick"}


def test_a_shorter_prefix_stands_for_the_longer_ones_it_opens():
    assert match_prefixes(r"ник|никнейм|ника", re.IGNORECASE) == {"ник"}


def test_an_optional_opening_adds_what_follows_it():
    assert match_prefixes(r"(?:номер\s+)?паспорт", re.IGNORECASE) == {"номер", "паспорт"}


def test_a_literal_class_opens_one_prefix_per_letter():
    assert match_prefixes(r"[иі]дэнт", re.IGNORECASE) == {"идэнт", "ідэнт"}


def test_no_prefixes_where_a_match_can_begin_anywhere():
    for pattern in (r"\d", r"[а-я]+код", r"(?:код)?\w", r"(?:паспорт)?", r"^(?=.*\d)(?=.*рожд)", r".код", r"код|\s"):
        assert match_prefixes(pattern, re.IGNORECASE) is None, pattern


def test_the_speedup_reaches_the_costly_hints():
    # the login, secret and document hints (a hundred cue words each) are the ones that cost ~0.5 ms a CRM card
    assert len(_WITH_PREFIXES) >= 3


_WORDS = ["логин", "ник", "техник", "смс", "sms", "код", "паспорт", "УФМС", "ровд", "шиносномаи", "ідэнтыфікацыйны",
          "собака", "почта", "пароль", "кодовое слово", "водительское", "ID", "ник-нейм", "Login"]
_PIECES = _WORDS + [w.upper() for w in _WORDS] + [w.capitalize() for w in _WORDS] + [
    "а", "z", "1", " ", "-", "\n", "ё", "Ё", "İ", "ß", "ı", "ﬃ", "K", "ſ", "ᲂ"]


@settings(deadline=None, max_examples=300)  # a property, not a timing
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(_WITH_PREFIXES))
def test_a_hint_tried_at_its_prefixes_is_held_exactly_when_its_search_matches(pieces, hint):
    text = "".join(pieces)
    assert Document(text).holds(hint) == (hint.search(text) is not None)


_ATOMS = ["ab", "аб", "Код", "x", "[иі]", r"\w", r"\s", "(?:no)?", r"(?<!\w)", r"\b", "(?:cd|ef)", "(?:gh)+", "ё"]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4), min_size=1, max_size=3),
       st.text(alphabet="abcdefghnoxАБКОДаботиікёЁ \t", max_size=30))
def test_every_match_begins_with_one_of_the_prefixes(branches, text):
    pattern = "|".join("".join(branch) for branch in branches)
    prefixes = match_prefixes(pattern, re.IGNORECASE)
    if prefixes is None:
        return
    folded = fold_case(text)
    assert len(folded) == len(text)
    compiled = re.compile(pattern, re.IGNORECASE)
    for at in range(len(text) + 1):
        if compiled.match(text, at):
            assert any(folded.startswith(prefix, at) for prefix in prefixes), (pattern, text, at)


@settings(deadline=None, max_examples=300)
@given(st.lists(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4), min_size=1, max_size=3),
       st.text(alphabet="abcdefghnoxАБКОДаботиікёЁİßſK \t", max_size=30), st.booleans())
def test_every_match_from_the_prefixes_is_finditer(branches, text, ignore_case):
    from guard.analysis import every_match

    pattern = re.compile("|".join("".join(branch) for branch in branches), re.IGNORECASE if ignore_case else 0)
    assert [(m.span(), m.group()) for m in every_match(pattern, text)] == \
        [(m.span(), m.group()) for m in pattern.finditer(text)]


def test_every_match_of_a_kinds_cue_pattern_is_finditer_in_a_document():
    from guard.analysis import every_match
    from guard.document import analyzing

    text = "Клиент просит сменить логин, Ник: Vasya_88; код из смс 1234, ПАСПОРТ 4505 123456 выдан ОВД, техник звонил"
    patterns = [re.compile(hint.pattern, hint.flags) for hint in _WITH_PREFIXES]
    doc = Document(text)
    with analyzing(doc):
        for pattern in patterns:
            assert [m.span() for m in every_match(pattern, text)] == [m.span() for m in pattern.finditer(text)]
