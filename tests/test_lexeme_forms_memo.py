"""The hidden words' inflected forms are read from pymorphy2 once a word, not once a card and call state (stop 36).

The card-aware scrub (guard/proxy/scrub.py) reads every form of each hidden word's lexeme — its stems and the forms a
marked-off word is matched against. pymorphy2 builds a lexeme anew on each call; guard/morph.py now remembers the
forms as it remembers the parses (`lexeme_forms`). These tests show the forms are exactly what pymorphy2 builds, that
the scrub's stems and forms are the same as when it built the lexemes itself, and that a card seen again (its next
fetch, its other identification level) builds no lexeme.
"""
from __future__ import annotations

import os

from hypothesis import given, settings, strategies as st

from guard import morph
from guard.morph import get_morph_vocab, lexeme_forms, normalize_word, parses
from guard.proxy.scrub import CardSecrets

_CYRILLIC = st.text(st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЧШЭЮЯ"), min_size=1,
                    max_size=14)
_SURNAMES = ["Иванов", "Черника", "Галиуллин", "Кузьминична", "Ромашкина", "Петрова", "Ёлкин", "Тверская"]
_HIDDEN = st.lists(st.one_of(st.sampled_from(_SURNAMES), _CYRILLIC), min_size=1, max_size=5)


def _built_afresh(word: str) -> tuple[frozenset[str], ...]:
    """What the scrub read before stop 36: every parse's lexeme built by pymorphy2 on the spot."""
    return tuple(frozenset(normalize_word(form.word) for form in parse.lexeme) for parse in parses(word))


def _stems_afresh(secrets: CardSecrets) -> frozenset[str]:
    """CardSecrets._stems as it was written before stop 36 (the first parse's lexeme built on the spot)."""
    from guard.proxy import scrub

    stems = set()
    for word in secrets.words:
        if not word.isalpha() or word.isascii():
            continue
        found = parses(word)
        forms = {normalize_word(form.word) for form in found[0].lexeme} if found else {word}
        stem = os.path.commonprefix(sorted(forms | {word}))
        if len(stem) < scrub._STEM:
            continue
        for reading in {stem, stem[:-1] + scrub._ALTERNATION.get(stem[-1], stem[-1])}:
            stems.update((reading, reading.translate(scrub._ONE_VOWEL)))
            if len(loose := scrub._loose(reading)) >= scrub._STEM:
                stems.add(loose)
    return frozenset(stems)


@settings(max_examples=150, deadline=None)
@given(_CYRILLIC)
def test_remembered_forms_are_the_forms_pymorphy2_builds(word):
    assert lexeme_forms(word) == _built_afresh(word)
    assert lexeme_forms(word) == lexeme_forms(word.upper())  # one entry per folded word, as the parses


@settings(max_examples=60, deadline=None)
@given(_HIDDEN)
def test_the_scrubs_stems_and_forms_are_those_of_lexemes_built_afresh(hidden):
    secrets = CardSecrets.from_values(hidden)
    assert secrets._stems() == _stems_afresh(secrets)
    assert secrets._forms() == frozenset(
        normalize_word(form.word) for word in secrets.words for parse in parses(word) for form in parse.lexeme
    ) | secrets.words


def test_a_card_read_again_builds_no_lexeme(monkeypatch):
    hidden = ["Галиуллин Ринат Маратович", "Кузьминична", "ул. Черничная"]
    first = CardSecrets.from_values(hidden)
    first._stems(), first._forms()
    built = []
    real = morph._lexeme_words
    monkeypatch.setattr(morph, "_lexeme_words", lambda parse: built.append(parse) or real(parse))
    again = CardSecrets.from_values(hidden)  # the card's next fetch, or its other identification level
    assert again._stems() == first._stems() and again._forms() == first._forms()
    assert built == []


def test_a_new_words_lexeme_is_read_without_a_parse_object_per_form(monkeypatch):
    """A new customer's hidden words are read at their card's first fetch: their lexemes' words come from pymorphy2's
    plain tuples, not through the analyzer's `get_lexeme`, which wraps every form in natasha's MorphForm (its UD
    features worked out per form: most of a lexeme's cost). The words are the same (the property above)."""
    vocab = get_morph_vocab()
    wrapped = []
    real = vocab.get_lexeme
    monkeypatch.setattr(vocab, "get_lexeme", lambda form: wrapped.append(form) or real(form))
    morph._lexeme_forms.cache_clear()
    forms = lexeme_forms("Галиуллина")
    assert wrapped == []
    monkeypatch.setattr(vocab, "get_lexeme", real)
    assert forms == _built_afresh("Галиуллина") and any("галиуллиной" in each for each in forms)


def test_a_hidden_stem_still_masks_its_derivation():
    secrets = CardSecrets.from_values(["Черника"])
    assert secrets.scrub_text("звонила мамачерника вчера")[1] == 1
    assert "черничный" not in CardSecrets.from_values(["Черника"]).scrub_text("черничный пирог")[0]


# --- the stems searched as one alternation ---------------------------------------------------------------------

_STEM_TEXT = st.text(st.sampled_from("абвеиклмнорстчыйё.*+?()[]|\\^$ -'abcilnorv"), max_size=10)


def _holds_a_stem_one_by_one(word: str, stems: frozenset[str]) -> bool:
    """CardSecrets._holds_a_stem as it was written before stop 36: each stem tested against each reading."""
    from guard.proxy import scrub

    if (latin := word.translate(scrub._ASCII_APOSTROPHE)).isascii():
        readings = {loose for reading in scrub._cyrillic_readings(latin)
                    for loose in (reading.translate(scrub._ONE_VOWEL),
                                  scrub._loose(reading.translate(scrub._APOSTROPHE_SIGN)))}
    else:
        readings = {word, word.translate(scrub._ONE_VOWEL)}
    return any(stem in reading for reading in readings for stem in stems)


@settings(max_examples=300, deadline=None)
@given(st.frozensets(_STEM_TEXT.filter(bool), min_size=1, max_size=8), _STEM_TEXT)
def test_a_word_holds_a_stem_searched_at_once_as_it_does_stem_by_stem(stems, word):
    secrets = CardSecrets.from_values([])
    object.__setattr__(secrets, "_word_stems", stems)  # the stems of some hidden words, regex characters among them
    assert CardSecrets._holds_a_stem(word, secrets._stem_search()) == _holds_a_stem_one_by_one(word, stems)


@settings(max_examples=40, deadline=None)
@given(_HIDDEN, st.lists(st.one_of(st.sampled_from(["мамачерника", "черничный", "галиуллинского", "rinatgaliullin",
                                                   "g a l i u l l i n", "ГАЛИУЛ.", "Иванова"]), _CYRILLIC),
                         max_size=6))
def test_stem_spans_are_those_of_the_stem_by_stem_scan(hidden, words):
    text = " ".join(words)
    secrets = CardSecrets.from_values(hidden)
    one_by_one = CardSecrets.from_values(hidden)
    stems = one_by_one._stems()
    object.__setattr__(one_by_one, "_stem_finder",
                       lambda reading: any(stem in reading for stem in stems) or None)
    assert secrets._stem_spans(text) == one_by_one._stem_spans(text)


def test_what_one_customers_words_left_in_memory_does_not_cross_to_the_next():
    # The memo answers by the word alone: the forms of Ivanov's surname, read first, neither hide in Petrova's card
    # nor change what hers hides (the hypothesis tests above run many cards in one process, each compared with
    # lexemes built afresh).
    ivanov = CardSecrets.from_values(["Иванов Пётр Сергеевич"])
    assert ivanov.scrub_text("звонил Иванову, Петровой не звонил")[0].count("*") > 0
    petrova = CardSecrets.from_values(["Петрова Анна Ивановна"])
    shown, scrubbed = petrova.scrub_text("звонил Иванову, Петровой не звонил")
    assert "Иванову" in shown and "Петровой" not in shown and scrubbed == 1
