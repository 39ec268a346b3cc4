"""The engine's shared scans answer exactly what each recognizer's own scan did (issue 13: speed without a changed span).

A cue pattern's matches are found once per document and read by the kind's gate, its cued numbers and its reach; a
pattern's first possible position is worked out once per document for the gate and the search; a cue stem is tried
only on words that start with it. Each is checked here against the scan it replaces."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.analysis import DEFAULT_REGEX_FLAGS, PatternRecognizer
from guard.document import Document, analyzing
from guard.recognizers import all_recognizers
from guard.recognizers.base import LazyPattern, has_stem, is_cue, last_cue

_WORDS = st.lists(st.sampled_from(["инн", "инна", "иннн", "тел", "телефон", "телега", "паспорт", "паспортные",
                                   "номер", "номера", "снилс", "серия", "дом", "a", ""]), max_size=8)
_STEMS = st.lists(st.sampled_from(["инн", "тел", "паспорт", "номер", "снилс", "сери", "д"]), max_size=5)


@settings(deadline=None)  # a property, not a timing: the shared machine is slow at times
@given(_WORDS, _STEMS)
def test_a_cue_stem_is_found_as_if_every_word_were_tried_with_every_stem(words, stems):
    naive_has = any(is_cue(word, stem) for word in words for stem in stems)
    naive_last = next(((i, stem) for i in range(len(words) - 1, -1, -1) for stem in stems if is_cue(words[i], stem)),
                      None)
    assert has_stem(words, tuple(stems)) == naive_has == has_stem(words, stems)
    assert last_cue(words, tuple(stems)) == naive_last == last_cue(words, stems)


_CUE = LazyPattern(r"(?<![а-яёa-z])(?:тел(?:ефон)?|инн|номер телефона)", re.IGNORECASE)
_TEXT = st.text(alphabet="теловфнимр ИНТ.,1290\n", max_size=60)


@settings(deadline=None)
@given(_TEXT, _TEXT)
def test_a_cue_patterns_matches_read_from_the_document_are_its_own_search(text, other):
    own = [m.span() for m in _CUE.compiled.finditer(text)]
    first = _CUE.compiled.search(text)
    for _ in range(2):  # the second time from the document's memo
        with analyzing(Document(text)) as doc:
            assert [m.span() for m in _CUE.finditer(doc.text)] == own
            found = _CUE.search(doc.text)
            assert (found and found.span()) == (first and first.span())
            # a window or another string is searched as given, not answered from the document's matches
            assert [m.span() for m in _CUE.finditer(doc.text, 3)] == [m.span() for m in _CUE.compiled.finditer(text, 3)]
            assert [m.span() for m in _CUE.finditer(other)] == [m.span() for m in _CUE.compiled.finditer(other)]


_SAMPLES = [
    "Кл. Иванов П.С. тел 89161234567, паспорт 4512 774306, ИНН 500100732259",
    "снилс 112-233-445 95 и номер договора 47 так записываю 0 0 12 34",
    "восемь девятьсот шестнадцать это мой номер телефона",
    "Оператор: какой срок действия?\nКлиент: да 5 30",
    '{"phone": "89161234567", "email": "ivanov@mail.ru"}',
    "карта 4276 3800 1234 5678 срок 04/29 код 177",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_SAMPLES), st.sampled_from(_SAMPLES))
def test_a_patterns_first_position_is_the_same_from_the_document_as_from_the_text(first, second):
    patterns = [p for r in all_recognizers() if isinstance(r, PatternRecognizer) for p in r.patterns]
    flags = DEFAULT_REGEX_FLAGS
    for text in (first, first + " " + second):
        alone = [PatternRecognizer._search_from(p, text, flags) for p in patterns]
        with analyzing(Document(text)) as doc:
            assert [PatternRecognizer._search_from(p, doc.text, flags) for p in patterns] == alone
            assert [PatternRecognizer._search_from(p, doc.text, flags) for p in patterns] == alone  # memo


_OPENING = LazyPattern(r"(?<![а-яёa-z])(?:тел(?:ефон)?|номер(?: телефона)?)[\s:.]{0,3}(\d(?:[ \-]?\d)*)", re.IGNORECASE)
_OPENS_AT = re.compile(r"(?<![а-яёa-z])(?=тел|номер)", re.IGNORECASE)


@settings(deadline=None)
@given(st.text(alphabet="телфонмрТН 12-:.\n", max_size=60))
def test_a_pattern_opening_with_a_cue_tried_where_a_cue_starts_finds_what_its_search_finds(text):
    starts = [m.start() for m in _OPENS_AT.finditer(text)]
    assert [m.span() for m in _OPENING.finditer_at(text, starts)] == \
        [m.span() for m in _OPENING.compiled.finditer(text)]


def test_every_kinds_cue_starts_hold_every_start_of_its_cued_patterns():
    texts = _SAMPLES + [s.lower() for s in _SAMPLES] + ["номер телефона 89161234567 и телефон 8 916 123 45 67"]
    from guard.recognizers.base import ContextPatternRecognizer
    from guard.recognizers.cue_reach import _filler_cues

    kinds = [r for r in all_recognizers() if isinstance(r, ContextPatternRecognizer) and r.CUE_NUMBERS]
    assert kinds
    for text in texts:
        for kind in kinds:
            assert kind.cue_starts(text) == [m.start() for m in kind._cue_at.compiled.finditer(text)]
            starts = set(kind.cue_starts(text))
            for pattern, _, _ in [*kind._cues, *_filler_cues(kind)]:
                assert {m.start() for m in pattern.compiled.finditer(text)} <= starts, (type(kind).__name__, text)
