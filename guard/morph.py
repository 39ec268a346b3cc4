"""One shared Russian morphological analyzer (pymorphy2 via natasha's MorphVocab).

Loading the dictionaries costs ~0.3 s and ~15 MB, so every module asks here
instead of building its own; lookups are cached because call-center speech
repeats the same few thousand word forms.
"""
from __future__ import annotations

from functools import lru_cache

from natasha import MorphVocab
from natasha.morph.vocab import MorphForm
from pymorphy2 import MorphAnalyzer


class _MorphVocab(MorphVocab):
    """natasha's MorphVocab on pymorphy2's Russian dictionary named by its path: without a path pymorphy2 looks the
    dictionary up among installed packages' entry points, which imports pkg_resources (~0.3 s of every start-up)."""

    def __init__(self) -> None:
        import pymorphy2_dicts_ru

        MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)


@lru_cache(maxsize=1)
def get_morph_vocab() -> MorphVocab:
    return _MorphVocab()


def get_morph():
    """The pymorphy2 MorphAnalyzer (natasha's MorphVocab is one)."""
    return get_morph_vocab()


def normalize_word(word: str) -> str:
    """Lowercase and fold ё to е: the forms people type and ASR emits vary on both."""
    return word.lower().replace("ё", "е")


def parses(word: str) -> tuple:
    """All pymorphy2 parses of a word, lowercased and ё-folded; none for characters pymorphy2 cannot name.

    One analysis per folded form: "Иванов", "иванов" and "ИВАНОВ" are one pymorphy2 call (a name is met
    capitalised in the NER gate and lowercase in a recognizer; a first analysis costs ~0.2 ms)."""
    return _parses(normalize_word(word))


@lru_cache(maxsize=200_000)
def _parses(folded: str) -> tuple:
    # pymorphy2 looks up the Unicode name of unknown characters and raises on unassigned ones ("𗀀"): such a word is
    # simply not a Russian word
    try:
        return tuple(get_morph().parse(folded))
    except (KeyError, ValueError):
        return ()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The most likely normal form, ё folded to е."""
    found = parses(word)
    return normalize_word(found[0].normal_form) if found else normalize_word(word)


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form the word can have (for tolerant comparisons across grammatical cases)."""
    return frozenset(normalize_word(p.normal_form) for p in parses(word)) | {normalize_word(word)}


@lru_cache(maxsize=200_000)
def known_word(word: str) -> bool:
    """Whether the dictionary holds `word` as written (any case, ё folded), not only guesses a parse for it."""
    return bool(get_morph().word_is_known(normalize_word(word)))


# pymorphy2's grammemes of a word's case, gender and number, for reading agreement (guard/disclosure/sense.py, frames.py)
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
GENDERS = frozenset({"masc", "femn", "neut"})
NUMBERS = frozenset({"sing", "plur"})
# The grammemes of a person's name: a first name, a surname, a patronymic
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})

# Parts of speech that never name a thing: verb forms, adverbs, pronouns, function words, numerals said as words.
_NO_NAME_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PREP", "CONJ", "PRCL", "NUMR", "NPRO", "PRED",
                          "COMP", "INTJ"})


@lru_cache(maxsize=50_000)
def names_nothing(word: str) -> bool:
    """Is every reading of `word` a verb form, an adverb, a pronoun (or its adjective) or a function word ("сброшен",
    "вам", "этого", "не")? Such a
    word after a cue is talk about the value, not the value (recognizers/secret.py, login.py); an unknown word is
    not (fail closed: it may be the value)."""
    found = parses(word)
    # a pronoun's adjective ("этого", "такое", "свой") names nothing either
    return bool(found) and all(str(p.tag.POS) in _NO_NAME_POS or "Apro" in p.tag for p in found)


def lexeme_forms(word: str) -> tuple[frozenset[str], ...]:
    """Every form of each parse's lexeme (lowercase, ё folded), one set per parse of `parses(word)`, in their order.

    pymorphy2 builds a lexeme anew on each call (dozens of parses: ~0.1-0.3 ms a word), and the card-aware scrub
    (guard/proxy/scrub.py) asks for the same hidden words' forms on each fetch of their card and at each
    identification level. A pure function of the folded word, remembered as its parses are."""
    return _lexeme_forms(normalize_word(word))


@lru_cache(maxsize=20_000)
def _lexeme_forms(folded: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(normalize_word(word) for word in _lexeme_words(parse)) for parse in _parses(folded))


def _lexeme_words(parse) -> list[str]:
    """The words of `parse.lexeme`, read without building a parse object per form. `parse.lexeme` is pymorphy2's
    `MorphAnalyzer.get_lexeme`: the last analyzer unit of the parse's method stack gives the lexeme's forms as plain
    tuples (word, tag, normal form, ...), and the analyzer wraps each in its result type — natasha's MorphForm, which
    works out the form's UD part of speech and features on construction (~60% of a lexeme's cost; a new customer's
    hidden words are read so at their card's first fetch). The words are the tuples' first field either way
    (tests/test_lexeme_forms_memo.py compares them with `parse.lexeme`)."""
    return [form[0] for form in parse.methods_stack[-1][0].get_lexeme(parse)]
