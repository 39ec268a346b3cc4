"""The card-aware scrub's two lookups made cheaper in stop 38 (guard/proxy/scrub.py) answer as before.

- `_stem_search`: "is any hidden stem a substring of this reading" — once a regular expression alternating the stems
  (compiled for every new card, ~1 ms), now the stems filed by their first _STEM letters. Checked against the
  alternation it replaced.
- `_near_spans`: a word opening with a Russian letter is no longer read (`_readings_of`) piece by piece to learn its
  first letter; the shortcut rests on every reading of such a word starting with that letter, lowercase, "ё" folded.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.morph import normalize_word
from guard.proxy.scrub import _RUSSIAN_HEADS, _STEM, CardSecrets, _readings_of

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# a small alphabet, so that stems do turn up inside readings
_LETTERS = st.sampled_from("абвгеёикнорстчшыйAaBcO0123-'")
_STEMS = st.lists(st.text(alphabet="абвгеикнорстчшыйо", min_size=1, max_size=9), max_size=12)  # short ones too


def _alternation(stems: set[str]):
    """What _stem_search was before stop 38."""
    ordered = sorted(stems, key=lambda stem: (-len(stem), stem))
    return re.compile("|".join(map(re.escape, ordered))).search if ordered else (lambda reading: None)


def _secrets_with_stems(stems: set[str]) -> CardSecrets:
    secrets = CardSecrets.from_values(["Иванов"])
    object.__setattr__(secrets, "_word_stems", frozenset(stems))
    object.__setattr__(secrets, "_stem_finder", None)
    return secrets


@settings(max_examples=400, deadline=None)
@given(_STEMS, st.lists(st.text(alphabet="абвгеикнорстчшыйоё", max_size=16), max_size=8))
def test_the_stem_lookup_finds_a_stem_exactly_where_the_alternation_did(stems, readings):
    stems = set(stems)
    find = _secrets_with_stems(stems)._stem_search()
    before = _alternation(stems)
    # a stem itself, a stem inside a longer word, and the given readings
    probes = readings + [f"за{stem}ами" for stem in stems] + [stem[:-1] for stem in stems]
    for reading in probes:
        assert find(reading) == (before(reading) is not None), (stems, reading)


def test_every_stem_is_filed_under_its_head():
    """The stems _stems makes are _STEM letters or more: the lookup reads that many at each position."""
    secrets = CardSecrets.from_values(["Черника", "Галиуллин", "Тверская ул., д. 5", "petr.ivanov@mail.ru"])
    stems = secrets._stems()
    assert stems and min(map(len, stems)) >= _STEM
    find = secrets._stem_search()
    assert all(find(f"мама{stem}") for stem in stems)
    assert find("черничный") and find("мамачерника") and not find("ромашка")


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(RUSSIAN + RUSSIAN.upper()), st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=6),
                                                            max_size=3))
def test_a_word_opening_with_a_russian_letter_reads_with_that_letter_first(head, pieces):
    assert head in _RUSSIAN_HEADS
    joined = head + "".join(pieces)
    assert {reading[:1] for reading in _readings_of(joined)} == {normalize_word(head)}


def test_the_near_reading_still_finds_a_slip_and_leaves_other_words():
    secrets = CardSecrets.from_values(["Воронцов", "Ромашка"])
    text = "звонил Воранцов, кодовое слово Рамашку, РОМАШ КА; Петров не при чём, R0mashka"
    masked = [text[start:end] for start, end in secrets._near_spans(text)]
    assert "Воранцов" in masked and "Рамашку" in masked and "РОМАШ КА" in masked and "R0mashka" in masked
    assert "Петров" not in masked and "звонил" not in masked


def _re_cache_patterns() -> list[str]:
    """The patterns Python's re keeps compiled for this process (its module-level caches, CPython)."""
    keys = [*getattr(re, "_cache", {}), *getattr(re, "_cache2", {})]
    return [str(key[1]) for key in keys if isinstance(key, tuple) and len(key) > 1]


def test_a_cards_stems_stay_out_of_the_processes_regex_cache():
    """The stems were an alternation compiled by `re.compile`, which keeps the last 512 patterns process-wide, keyed
    by their text: a hidden surname's stem outlived the response there. The lookup compiles nothing."""
    secrets = CardSecrets.from_values(["Галиуллин"])
    shown, count = secrets.scrub_text("звонила галиуллинская родня, просили rinatgaliullin")
    assert count == 2 and "галиулл" not in shown.lower()
    assert not [pattern for pattern in _re_cache_patterns() if "галиулл" in pattern.lower()]
