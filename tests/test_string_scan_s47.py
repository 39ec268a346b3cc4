"""A long list of strings is found in one scan of the text, with the answers of a search per string (issue 13, stop 47).

guard/document.py `_StringScan`: the kinds' hints, patterns and cue patterns are skipped in a text that holds none of the
strings every match holds (`holds_any`), and tried only where one of their first strings stands (`positions_of`). A list
of SHORTEST_LIST strings or more is one regular expression, a trie of the strings; the answers must be those of `in` and
`find` for each string, whatever the strings hold (regex syntax, Cyrillic, one string the start of another)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from guard.document import _StringScan, holds_any, positions_of
from guard.engine import RecognizerRegistry
from guard.recognizers import KINDS, _hints, all_recognizers
from guard.analysis import fold_case

# Few characters, so that strings overlap, begin one another and stand in the text often; regex syntax among them.
_ALPHABET = "абвё.*+?()[]|\\^$ ab\n"
_strings = st.frozensets(st.text(_ALPHABET, min_size=1, max_size=5), min_size=_StringScan.SHORTEST_LIST, max_size=40)


def _positions_by_find(text: str, strings: frozenset[str]) -> list[int]:
    return sorted({at for s in strings for at in range(len(text)) if text.startswith(s, at)})


@given(_strings, st.text(_ALPHABET, max_size=60))
@settings(max_examples=300, deadline=None)
def test_a_long_lists_scan_answers_as_a_search_per_string(strings, text):
    assert _StringScan.of(strings) is not None
    assert holds_any(text, strings) == any(s in text for s in strings)
    assert positions_of(text, strings) == _positions_by_find(text, strings)


@given(st.frozensets(st.text(_ALPHABET, min_size=1, max_size=5), min_size=1,
                     max_size=_StringScan.SHORTEST_LIST - 1), st.text(_ALPHABET, max_size=60))
@settings(max_examples=100, deadline=None)
def test_a_short_list_is_searched_string_by_string_with_the_same_answers(strings, text):
    assert _StringScan.of(strings) is None
    assert holds_any(text, strings) == any(s in text for s in strings)
    assert positions_of(text, strings) == _positions_by_find(text, strings)


def test_a_string_another_begins_with_is_enough_for_both():
    strings = frozenset({"паспорт", "паспортные", "пас"} | {f"слово{i}" for i in range(20)})
    assert positions_of("пасс и паспортные данные", strings) == [0, 7]
    assert holds_any("запас", strings) and not holds_any("спорт", strings)


def test_a_list_holding_the_empty_string_is_not_scanned():
    strings = frozenset({""} | {f"слово{i}" for i in range(20)})
    assert _StringScan.of(strings) is None
    assert holds_any("x", strings)


def test_the_scan_is_one_per_list_and_its_own_lists():
    strings = frozenset(f"слово{i}" for i in range(20))
    assert _StringScan.of(strings) is _StringScan.of(strings)
    other = frozenset(f"другое{i}" for i in range(20))
    assert _StringScan.of(other).strings is other


@given(st.text("паспорт серия номер кодовое слово пароль логин ник СМС код выдан УФМС @ 0123456789 .-\n", max_size=120))
@settings(max_examples=200, deadline=None)
def test_every_kinds_hint_strings_answer_as_before(text):
    from guard.document import _hint_prefixes, _hint_strings

    folded = fold_case(text)
    for hint in _hints():
        for strings in (_hint_strings(hint), _hint_prefixes(hint)):
            if strings:
                assert holds_any(folded, strings) == any(s in folded for s in strings)
                assert positions_of(folded, strings) == _positions_by_find(folded, strings)


def test_the_registry_chooses_again_when_its_list_changes():
    recognizers = all_recognizers()
    registry = RecognizerRegistry(recognizers[:3])
    entities = tuple(kind.entity for kind in KINDS)
    first = registry.get_recognizers(entities)
    assert first == recognizers[:3]
    registry.add_recognizer(recognizers[3])
    assert registry.get_recognizers(entities) == recognizers[:4]
    registry.recognizers = recognizers[1:2]  # replaced, as benchmarks/train_name_tagger.py does
    assert registry.get_recognizers(entities) == recognizers[1:2]
    registry.recognizers[0] = recognizers[5]  # edited in place
    chosen, by_id = registry.selection(entities)
    assert chosen == [recognizers[5]] and by_id == {recognizers[5].id: recognizers[5]}


def test_the_registry_chooses_by_entity():
    recognizers = all_recognizers()
    registry = RecognizerRegistry(recognizers)
    phones = registry.get_recognizers(["PHONE_NUMBER"])
    assert phones and all("PHONE_NUMBER" in r.supported_entities for r in phones)
    assert registry.get_recognizers(None) == recognizers
    phones.clear()  # the caller's own list: the registry's choice is not emptied
    assert registry.get_recognizers(["PHONE_NUMBER"])


def test_a_hint_that_heeds_case_has_no_prefixes_to_try():
    from guard.document import _hint_prefixes

    assert _hint_prefixes(re.compile("паспорт|серия")) is None
    assert _hint_prefixes(re.compile("паспорт|серия", re.IGNORECASE)) == frozenset({"паспорт", "серия"})
