"""Two exact cuts in the PERSON rules (issue 13, stop 55), each answering as before.

- `_registry_word` (a month or a kind's cue word: "до марта", "номер снилса") finds the cue stems a word begins with
  among the word's own beginnings — a look-up per letter — instead of a `startswith` per stem of the registry for
  every word it is asked about; (hypothesis) the same answer as the walk over every stem.
- `_named_after` (the place filter: "в посёлке ильича") reads a term's names before the span (`_term_named_after`)
  once per call; it read them twice whenever no place noun headed the span.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers import person
from guard.recognizers.base import CUE_KINDS, is_cue


def _registry_word_by_every_stem(word: str) -> bool:  # the walk before stop 55
    lower = word.lower()
    return bool(person._MONTH_FORM.fullmatch(lower)) or any(is_cue(lower, stem) for stem in CUE_KINDS
                                                            if lower.startswith(stem))


class _NoWalk(dict):
    def __iter__(self):
        raise AssertionError("the registry's stems were walked")


def test_a_registry_word_is_found_without_walking_every_cue_stem(monkeypatch):
    monkeypatch.setattr(person, "CUE_KINDS", _NoWalk(CUE_KINDS))
    assert person._registry_word("снилса") and person._registry_word("марта") and not person._registry_word("Петров")


_STEMS = sorted(stem for stem in CUE_KINDS if stem)[:200]
_ENDINGS = ["", "а", "у", "ом", "ы", "ов", "ная", "ский", "ина", "е"]


@settings(deadline=None, max_examples=400)  # a property, not a timing
@given(st.one_of(st.tuples(st.sampled_from(_STEMS), st.sampled_from(_ENDINGS)).map("".join),
                 st.sampled_from(["Инна", "Марта", "Августа", "Полина", "Снилс", "ИНН", "Тел", "Омск", "май", "мая",
                                  "Иванов", "договора", "паспортные", ""]),
                 st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяИНСaz", max_size=9)))
def test_a_registry_word_is_the_same_answer_as_the_walk_over_every_stem(word):
    assert person._registry_word(word) == _registry_word_by_every_stem(word)


@pytest.mark.parametrize("text, start", [
    ("в посёлке Ильича живёт", 10), ("синдром Вольфа — Паркинсона", 17), ("уравнения навье стокса решены", 16),
    ("директор большого театра Анатолий Иксанов", 25), ("у меня Петров Иван", 7), ("шкала Апгар", 6),
])
def test_the_place_filter_reads_a_terms_names_once(monkeypatch, text, start):
    calls = []
    original = person._term_named_after

    def counted(text, start):
        calls.append(start)
        return original(text, start)

    end = person.NAME_WORD.search(text, start).end()
    expected = person._named_after(text, start, end)
    monkeypatch.setattr(person, "_term_named_after", counted)
    assert person._named_after(text, start, end) == expected
    assert len(calls) <= 1
