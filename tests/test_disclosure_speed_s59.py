"""Issue 12, stop 59: what the checker computes once instead of again, each against the full computation.

guard/normalize.py `_dictated_number_word`: a word's reading as a number word of a dictated language (Kazakh, Kyrgyz,
Uzbek, … `_DICTATED_NUMBER_WORDS`) is a function of the word alone, kept per word form for the whole batch instead of
folded again at every word of every line (`other_language_numbers`, which every line's `readings` run). The answers
must be the table's for the folded word, whatever the word's case, script or marks; and the numbers read must stay read.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from guard import normalize
from guard.normalize import _DICTATED_NUMBER_WORDS, _dictated_number_word, folded_other_letters, other_language_numbers

# Letters of the dictated languages and their look-alikes: Cyrillic, Kazakh/Kyrgyz/Tajik/Uzbek letters, Latin with
# Uzbek apostrophes and Turkish marks, a Latin "i" among Cyrillic letters, capitals
_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіӣӯҳҷўАБЕЁКОСТҮӨІabcdefghijklmnopqrstuvwxyzşçğıöüʻ'’`ABCIOS"


def _table_reading(word: str) -> tuple[int, str] | None:
    """The full computation the cache stands for: the word folded, then looked up."""
    return _DICTATED_NUMBER_WORDS.get(folded_other_letters(word))


@given(st.text(_LETTERS, min_size=1, max_size=12))
@settings(max_examples=400, deadline=None)
def test_a_words_reading_as_a_dictated_number_word_is_the_tables_for_the_folded_word(word):
    assert _dictated_number_word(word) == _table_reading(word)
    assert _dictated_number_word(word) == _table_reading(word)  # asked again: the kept answer, the same


def test_every_number_word_of_the_table_is_read_in_any_case():
    for key, reading in _DICTATED_NUMBER_WORDS.items():
        for word in (key, key.upper(), key.capitalize()):
            assert _dictated_number_word(word) == _table_reading(word)
        if folded_other_letters(key) == key:  # a key is a folded spelling ("ӯ" folds to "У": "ворхУ" is read off "ворхӯ")
            assert _dictated_number_word(key) == reading


@given(st.lists(st.sampled_from(sorted(_DICTATED_NUMBER_WORDS) + ["он", "сказал", "торт", "номер", "8", "916", "I",
                                                                  "have", "one", "on", "the"]), min_size=1, max_size=9),
       st.sampled_from([" ", ", ", " - ", "  "]))
@settings(max_examples=300, deadline=None)
def test_the_lines_reading_is_the_one_the_uncached_lookup_gives(words, gap):
    line = gap.join(words)
    cached = other_language_numbers(line)
    original = normalize._dictated_number_word
    normalize._dictated_number_word = _table_reading  # the computation without the cache
    try:
        uncached = other_language_numbers(line)
    finally:
        normalize._dictated_number_word = original
    assert (cached.text, cached.to_original(0, len(cached.text))) == (uncached.text,
                                                                       uncached.to_original(0, len(uncached.text)))


def test_numbers_dictated_in_other_languages_are_still_read_as_digits():
    # the cases the cache must let through (tests/test_redteam_bb12_text.py, bb16): Kyrgyz, Uzbek Latin with apostrophes
    assert other_language_numbers("сегиз тогуз жуз он алты").text == "8 916"
    assert other_language_numbers("Сегиз Тогуз Жуз Он Алты").text == "8 916"
    assert other_language_numbers("sakkiz to'qqiz yuz o'n olti").text == "8 916"
    assert other_language_numbers("он сказал торт вкусный").text == "он сказал торт вкусный"
