"""PERSON: people's names in any of the six cases, written or spoken.

Four signals, because none is enough alone:
- natasha's NER (PER spans), on written text as is and on lowercase ASR text after
  recasing (see guard.nlp): context-aware, finds foreign and rare names;
- the morphological dictionary: a run of words pymorphy2 knows as first name,
  surname or patronymic ("иванову марию петровну", "мария петровна") is a name;
- surname + initials, either order ("Иванова М.П.", "М.П. Иванова");
- a single first name or surname after a cue ("меня зовут анна", "оформлен на
  петрова", "клиент иванов").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from typing import Iterable

from guard.analysis import EntityRecognizer, NlpArtifacts, ReadOnceAWhole, RecognizerResult
from guard.document import (DIGITS, NAME_WORD, Document, analyzing, document_for, fold, opens_a_sentence,
                            read_once_per_document)
from guard.nlp import DOMAIN_WORDS, PROPER_GRAMMEMES, STOPWORDS, NatashaNlpEngine, any_grammemes, is_known, needs_recasing
from guard.nlp import word_grammemes
from guard.morph import get_morph, known_word, lemma, lemmas, normalize_word, parses
from guard.normalize import Normalization, number_word_value
from guard.name_tagger import get_tagger, name_probabilities, name_probability
from guard.recognizers.address import ADDRESS_PART_WORDS, HOUSE_WORDS, STREET_ALONE, STREET_WORDS, names_a_street
from guard.recognizers.base import CUE_KINDS, LANGUAGE, is_cue, make_result, words_after, words_before
from guard.recognizers.lexicon import INITIALS_AFTER as _INITIALS_AFTER, INITIALS_BEFORE as _INITIALS_BEFORE
from guard.recognizers.lexicon import INITIALS_LOOSE as _INITIALS_LOOSE, LEGAL_FORMS, MONTH_STEMS, SOLE_PROPRIETOR_FORMS
from guard.recognizers.lexicon import DOTTED_INITIALS as _DOTTED_INITIALS, SPEAKER, SPEAKER_TAG, SPOKEN_LETTERS
from guard.recognizers.lexicon import (in_neighbours_letters, neighbours_first_name, russian_spelling,
                                       russian_spellings)
from guard.recognizers.lexicon import LETTER_NAME_RUN, LETTER_NAME_RUN_NAMES_ONLY, LETTER_NAMES as _LETTER_NAMES, letter_names_in, SPOKEN_LATIN_LETTERS
from guard.recognizers.lexicon import SAID_INITIAL_NAMES, LINE_SPEAKER, CONTACT_CENTER_LABELS, CALLER_LABELS, GREETING
from guard.recognizers.lexicon import ABBREVIATING_LETTERS, DOTTED_ABBREVIATIONS, INITIALS_AFTER_LOOSE
from guard.recognizers.lexicon import DOTLESS_INITIALS_AFTER, DOTLESS_INITIALS_BEFORE, LETTER_PAIR_ABBREVIATIONS, LETTER_ABBREVIATIONS
from guard.recognizers.lexicon import CAPITALS_WITH_INITIALS, PREPOSITION_CASES
from guard.recognizers.lexicon import DEVICE_NAME_WORDS, FIELD_KEY_WORDS, LATIN_KEY_NAMES, SHORT_KEY_NAMES
from guard.recognizers.lexicon import CALLERS_VERBS, PATRONYMIC_PARTICLES, VERBS_BEFORE_AN_INFINITIVE, without_latin_marks
from guard.recognizers.lexicon import SPELLED_LETTER_WORDS, VOWEL_LETTER_NAMES
from guard.recognizers.structured import key_words, read_structure
from guard.recognizers.login import SERVICE_WORDS
from guard.recognizers.vehicle_plate import MAKES as VEHICLE_MAKES
from guard.recognizers.lexicon import CLIENT_ABBREVIATION_BEFORE, HONORIFICS, NAMING_ABBREVIATIONS, latin_to_cyrillic
from guard.recognizers.lexicon import ANIMAL_NOUNS, BREED_NOUNS, VESSEL_NOUNS
from guard.recognizers.lexicon import EPONYM_MEDICAL_NOUNS, EPONYM_PLACE_NOUNS, EPONYM_TERM_NOUNS, GRADE_OR_AGE_ENDINGS
from guard.recognizers.lexicon import ROLE_ABBREVIATION_BEFORE, consonant_skeleton, latin_readings, spelled_alike
from guard.recognizers.lexicon import GENERATION_WORDS, PERFORMING_VERBS, ROLE_NOUNS
from guard.recognizers.lexicon import OFFER_OF_HELP

# Capitalised words before initials that are abbreviations, not surnames ("Кл. И.", "Ул. М.").
# Masked digits in a number ("8 903 XXX XX 91") are not a name either.
_MASK = re.compile(r"[XxХх*]+")
_CUT_WORDS = {"юр", "физ", "дир", "исп", "иностр", "идентиф"}  # "юр лицо", "дир.", "исп.": cut words, even undotted
_NOT_SURNAMES = {"кл", "ул", "тел", "д", "кв", "г", "пр", "пер", "т", "им", "стр", "корп", "см", "ст", "св", "тов",
                 *_CUT_WORDS}

# Cues after which a single name or surname is a person: "меня зовут Анна", "на имя Петрова".
_CUE_STEMS = ("зовут", "звать", "фамили", "отчеств", "владел", "оформлен", "записан", "господин", "госпож",
              "гражданин", "гражданк", "клиент", "абонент", "специалист", "оператор", "спросите", "позовите",
              "передайте", "пригласите", "супруг", "сестр", "уважаем", "дорог", "здравствуйте", "спасибо",
              "перезвон", "позвон", "передать", "соедините", "получател", "плательщик", "контактн", "пишет",
              "написал")
_CUE_WORDS = {"я", "муж", "жена", "сын", "дочь", "мама", "папа", "брат", "имя", "имени", "это", *NAMING_ABBREVIATIONS}
_WEAK_CUE_WORDS = {"на", "для", "с", "от", "у"}
# Frequent words with a first-name or surname reading that, alone, are almost never names.
_COMMON_WORDS = {"роман", "вера", "надежда", "любовь", "лев", "мир", "мира", "роза", "лилия", "марина", "слава",
                 "победа", "майя", "чай", "сила", "лика", "ника", "дина", "кира", "жанна",
                 "алла", "нина", "инна", "ада", "белка", "зима", "весна", "добрый", "хорошо", "новый", "быстро",
                 "связь", "сеть", "тариф", "дом", "город", "улица", "номер", "минута", "день", "утро", "вечер",
                 "ночь", "москва", "россия", "нет", "да", "все", "всё", "так", "вот", "ещё", "уже", "можно",
                 "дону", "дон", "амуре", "неве"}


_PERSON = frozenset({"Name", "Surn", "Patr"})
_PROPER = _PERSON | {"Geox", "Orgn"}  # a proper name's readings: a person's, a place's, an organisation's
# Popular first names the pymorphy2 dictionary lacks (it knows "София" only as the city).
_EXTRA_FIRST_NAMES = frozenset(stem + ending for stem in ("софи", "милан", "амели", "эмили", "мелани")
                               for ending in ("я", "и", "ю", "ей", "а", "ы", "е", "у", "ой"))


@lru_cache(maxsize=20_000)
def neighbours_spelling(word: str) -> str | None:
    """The Russian spelling of a word written in a neighbour's Cyrillic spelling (recognizers/lexicon.py: Ukrainian or
    Belarusian letters, "Воробйов" -> "воробьёв"; a neighbour's first name, "Ганну" -> "анна"), or None for a word in
    Russian spelling. A form of a neighbour's first name that is a Russian word of another kind ("оленем": a deer) is
    that word, and a form of the Russian name itself ("Петра") Russian. One reading of a neighbour's spelling for the
    name kind and the checker (red team bb18, f04)."""
    if in_neighbours_letters(word):
        return russian_spelling(word)
    first_name = neighbours_first_name(word)
    if first_name is None:
        return None
    known = [parse for parse in parses(word) if parse.is_known]
    if any(normalize_word(parse.normal_form) == first_name for parse in known):
        return None  # a Russian form of the Russian name itself ("Петра", "Павлу"): Russian spelling
    return first_name if all(_PERSON & parse.tag.grammemes for parse in known) else None


@lru_cache(maxsize=20_000)
def in_russian_letters(word: str) -> str:
    """A word in a neighbour's Cyrillic spelling ("Воробйов", "Петрівна", "Ганну") as the Russian name it spells — the
    first of its Russian spellings (lexicon.russian_spellings) the dictionary reads as a first name, surname or
    patronymic ("воробьёв", "петровна", "анна"); any other word, and one no spelling reads as a name ("Верабёў"), as
    it is (its own readings stay)."""
    if neighbours_spelling(word) is None:
        return word
    return next((spelling for spelling in russian_spellings(word) if word_grammemes(spelling) & _PERSON), word)


@lru_cache(maxsize=20_000)
def _without_generation(word: str) -> str:
    """A hyphenated name word read without the generation joined to it (lexicon.GENERATION_WORDS): «Воробьёв-младший»,
    «Петренко-младшая», «Дюма-отец» are the surname's (pymorphy reads «Воробьёв-старший» as a surname by its head but
    «Воробьёв-младший» as an adjective alone: red team bb29, f05). Any other word as it is («Римский-Корсаков»)."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail and lemmas(tail) & GENERATION_WORDS:
        return head
    return word


def _person_kinds(word: str, finnic: bool = True) -> frozenset[str]:
    """Which of Name/Surn/Patr the word can likely be (without `finnic`, not by a Finnic surname's shape)."""
    word = in_russian_letters(_without_generation(word))
    extra = frozenset({"Name"}) if word.lower() in _EXTRA_FIRST_NAMES else frozenset()
    if finnic and finnic_surname(word, rare=False):
        extra |= {"Surn"}
    return word_grammemes(word) & _PERSON | extra


def _rare_kinds(word: str, finnic: bool = True) -> frozenset[str]:
    """Which of Name/Surn/Patr the word can be at all ("комаров": mosquitoes, or a surname; "мякинен": a rare short
    adjective, or a Finnish surname — not without `finnic`)."""
    word = in_russian_letters(_without_generation(word))
    extra = frozenset({"Name"}) if word.lower() in _EXTRA_FIRST_NAMES else frozenset()
    if finnic and finnic_surname(word, rare=True):
        extra |= {"Surn"}
    return any_grammemes(word) & _PERSON | extra


# Finnish, Karelian and Vepsian surnames end in a vowel (or й) + "нен" (Лесонен, Туоминен, Хямяляйнен, Корхонен), a
# man's also declined (Туоминена, Туоминену). Russian words of that shape are short adjectives and participles
# ("ценен", "странен", "изменён"), which the dictionary knows; pymorphy guesses the surnames as short adjectives too.
_FINNIC_SURNAME = re.compile(r"[аеёиоуыэюяй]нен(?:а|у|ом|е)?$")


@lru_cache(maxsize=20_000)
def finnic_surname(word: str, rare: bool) -> bool:
    """THE reading of a word as a Finnic surname by its shape (`_FINNIC_SURNAME`, six letters at least): an undeclined
    one the dictionary does not know ("лесонен", "ахтиайнен") is likely a surname wherever it stands; with `rare` (a
    surname it can be, which a first name beside it makes one), also a declined one it does not know ("лайтинену": alone
    it is as often a hero's or a place's, "вяйнямейнена") and an undeclined one it reads only as a short adjective,
    never a verb's participle ("мякинен", as "мякинный"; not "изменен", "отменен")."""
    lower = word.lower()
    if len(lower) < 6 or not _FINNIC_SURNAME.search(lower):
        return False
    if not is_known(lower):
        return rare or lower.endswith("нен")
    return rare and lower.endswith("нен") and all(parse.tag.POS == "ADJS" for parse in parses(lower))


_NOT_NAME_POS = frozenset({"VERB", "INFN", "ADVB", "PRTF", "PRTS", "GRND", "CONJ", "PREP", "PRCL", "INTJ", "PRED", "COMP",
                           "NPRO"})


# letters of the neighbours' Cyrillic alphabets that Russian lacks (Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir)
_OTHER_CYRILLIC_LETTER = re.compile("[әғқңөұүһҳўӣӯҷӑӗҫҗҙҡҫ]", re.IGNORECASE)


def _not_a_name_word(word: str) -> bool:
    """A verb, adverb or the like with no likely name reading: "Перезвонить" in "Перезвонить Елизавете". A word with a
    letter of another Cyrillic alphabet ("Айгүл", "Дилноза Қодирова") is no Russian verb: the analyser's guess of its
    part of speech reads a Russian ending into a Kazakh or Uzbek name (red team bb15, 05)."""
    if _OTHER_CYRILLIC_LETTER.search(word):
        return False
    found = parses(word)
    return bool(found) and found[0].tag.POS in _NOT_NAME_POS and not _person_kinds(word)


def _top_tag(word: str) -> frozenset[str]:
    found = parses(word)
    return frozenset(found[0].tag.grammemes) if found else frozenset()


def _pronoun(word: str) -> bool:
    """A pronoun-like word with no likely name reading: "фамилия такая рыжий", "имя моё"."""
    found = parses(word)
    return bool(found) and bool({"Apro", "NPRO"} & found[0].tag.grammemes) and not _person_kinds(word)


_MOSTLY = 0.75  # share of a guessed word's readings that must be proper names


def _only_a_persons_word(word: str) -> bool:
    """Every reading the dictionary knows for the word is a proper name and one of them a surname ("Павловой",
    "Гусеву" — also the town Гусев —; a word the dictionary lacks, with a surname's ending, guessed mostly so:
    "Шевчуковой"): no common noun, adjective or verb reads so, and its capital letter is its own even where it opens a sentence ("Павловой отказано в переоформлении"; red team bb19, f04). Not a word
    that is only plural: "Достоевские чтения" reads as surnames too ("Гончаренко" is either)."""
    found = parses(word)
    if not found or not any("Surn" in parse.tag.grammemes for parse in found) \
            or all("plur" in parse.tag.grammemes for parse in found):
        return False
    if is_known(word):
        return all(_PROPER & parse.tag.grammemes for parse in found)
    # one surname in every case: an oblique form the analyser guesses worse than its nominative ("Полищуковой" reads a
    # town, a verb and a masculine noun before the surname; "Полищукова" mostly a surname) is judged by its nominative
    return any(_mostly_a_guessed_surname(form) for form in (word, *surname_nominatives(word)))


def _mostly_a_guessed_surname(word: str) -> bool:
    """A word the dictionary lacks, with a surname's ending, whose guessed readings weigh mostly proper names: a guess
    by analogy always adds an adjective's readings ("шевчуковый")."""
    found = parses(word)
    if is_known(word) or not any("Surn" in parse.tag.grammemes for parse in found):
        return False
    proper = sum(parse.score for parse in found if _PROPER & parse.tag.grammemes)
    return _SURNAME_ENDING.search(word.lower()) is not None and proper >= _MOSTLY * sum(parse.score for parse in found)


@lru_cache(maxsize=20_000)
def surname_nominatives(word: str) -> tuple[str, ...]:
    """The nominative singular, in the same gender, of each oblique singular surname reading of the word, in the word's
    own capitalisation: "Полищуковой" -> ("Полищукова",), "Данилюку" -> ("Данилюк",); () for a nominative or a word
    with no surname reading. The surname kind judges a declined surname as its nominative (red team bb19, f04)."""
    out: list[str] = []
    for parse in parses(word):
        tag = parse.tag
        if "Surn" not in tag.grammemes or "sing" not in tag.grammemes or tag.case in (None, "nomn"):
            continue
        # natasha's MorphForm takes UD names of the grammemes
        inflected = parse.inflect({"Nom", "Sing", *{"masc": ("Masc",), "femn": ("Fem",)}.get(tag.gender, ())})
        if inflected is None or inflected.word == word.lower():
            continue
        form = inflected.word.capitalize() if word[:1].isupper() else inflected.word
        if form not in out:
            out.append(form)
    return tuple(out)


def _top_kinds(word: str) -> frozenset[str]:
    """Name/Surn/Patr of the single most likely parse."""
    found = parses(word)
    return frozenset(found[0].tag.grammemes) & _PERSON if found else frozenset()


class PersonRecognizer(EntityRecognizer):
    """Russian names from natasha NER, the pymorphy2 dictionary, initials and cues."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="PersonRecognizer", context=["зовут", "имя", "фамилия", "клиент", "владелец"])
        self._own_nlp: NatashaNlpEngine | None = None

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        ner_spans = self._ner_spans(text, nlp_artifacts)
        document = getattr(nlp_artifacts, "document", None)
        view = _NameView.of(text, getattr(document, "normalization", None))
        if view is None:
            spans = person_spans(text, ner_spans)
        else:
            spans = [(*view.to_text(s, e), score, why)
                     for s, e, score, why in person_spans(view.text, [view.from_text(span) for span in ner_spans])]
        spans += _keyed_names(text) + _greeted_names(text)
        return [make_result(self, self.ENTITY, start, end, score, why) for start, end, score, why in spans]

    def _ner_spans(self, text: str, nlp_artifacts: NlpArtifacts | None):
        found = getattr(nlp_artifacts, "ner_spans", None)
        if found is not None:
            return found
        # In someone else's AnalyzerEngine (e.g. a spaCy one): run natasha ourselves.
        if self._own_nlp is None:
            self._own_nlp = NatashaNlpEngine()
        return self._own_nlp.ner(text)


_NUMBER_BESIDE = re.compile(r"(?<![ \t,.\-])[ \t,.\-]*\d")  # from the run's first character only: linear


@lru_cache(maxsize=4096)
def _number_word_may_name(word: str) -> bool:
    """Can this spoken number word, said alone, be a name's word? The dictionary reads it as a first name, surname or
    patronymic, or as a living being, which beside a first name may be a surname ("лариса сорока": the magpie)."""
    return is_known(word) and any(parse.tag.grammemes & _PERSON or (parse.tag.POS == "NOUN" and "anim" in parse.tag)
                                  for parse in parses(word))


@dataclass(frozen=True)
class _NameView:
    """The normalized text with each lone number that was said as one word that can be a name's word put back as
    that word: "лариса сорока" reads "лариса 40" to the number kinds, and names are looked for in "лариса сорока".
    A number beside another number or digits ("семь девять сорок", "сорок 5") stays digits: it is dictated."""

    text: str
    rows: tuple[tuple[int, int, int, int], ...]  # (start, end) in the normalized text, (start, end) in this view

    @classmethod
    def of(cls, text: str, normalization: Normalization | None) -> "_NameView | None":
        """The view of `text` (the normalized text), or None when no number word there may name a person."""
        if normalization is None or not normalization.changed:
            return None
        rows, pieces, cursor, shift = [], [], 0, 0
        for digits in DIGITS.finditer(text):
            start, end = digits.span()
            if _NUMBER_BESIDE.match(text, end) or _NUMBER_BESIDE.match(text[max(0, start - 12):start][::-1]):
                continue
            said_start, said_end = normalization.to_original(start, end)
            said = normalization.original[said_start:said_end]
            if not NAME_WORD.fullmatch(said) or not _number_word_may_name(said.lower()):
                continue
            pieces += [text[cursor:start], said]
            rows.append((start, end, start + shift, start + shift + len(said)))
            shift += len(said) - (end - start)
            cursor = end
        if not rows:
            return None
        return cls("".join(pieces) + text[cursor:], tuple(rows))

    def _map(self, pos: int, side: int, at_end: bool) -> int:
        """`pos` from one side (0: the normalized text, 2: this view) to the other; inside a row, its edge."""
        other, shift = 2 - side, 0
        for row in self.rows:
            start, end = row[side], row[side + 1]
            if pos < start or (at_end and pos == start):
                break
            if pos < end or (at_end and pos == end):
                return row[other + 1] if at_end else row[other]
            shift = row[other + 1] - end
        return pos + shift

    def from_text(self, span):
        """A NER span of the normalized text in this view's offsets."""
        return type(span)(self._map(span.start, 0, False), self._map(span.end, 0, True), span.type)

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """A span of this view back in the normalized text's offsets (a name word put back covers its digits)."""
        return self._map(start, 2, False), self._map(end, 2, True)


# A record's fields written without spaces between the parts of a name (red team bb6, 01/02/11): "Кузнецов;Иван;Петрович",
# "Ахмедов|Рустам", "Сметанина / Ольга", "Кузнецов_Иван", "Кузнецова,О.В.", "Морозова (Ольга)". A first name or a
# patronymic on one side of such a separator makes it a space, so the name's parts stand beside each other as in
# "Кузнецов Иван Петрович" and every rule that reads a first name or patronymic beside a word as its surname reads them;
# between other words it stays a separator ("Причина | Мороз" is a table's cells). A comma with no space after it is
# read as one before initials ("Власова,О.В."). Red team bb12 (11, 17): the same holds in Latin letters, both words
# capitalised and a first name spelled back on one side ("fio=Vorobiev_Petr", "Lisitsyna_Olga": a bot log's slot;
# "ivan_petrov" in lowercase is a handle and stays a login's), and an e-mail client's display name puts the surname first and a
# comma and a blank before the first name ("Лисицына, Ольга", "Lisitsyna, Olga"): a comma and blanks between a word
# with a surname's reading and a capitalised first name or patronymic are read as the blank between a name's words.
_FIELD_SEPARATOR = re.compile(r"(?<=[А-ЯЁа-яё])[ \t]*[;|/\\_][ \t]*(?=[А-ЯЁа-яё])|(?<=[А-ЯЁа-яё]),(?=[А-ЯЁа-яё])")
_LATIN_FIELD_SEPARATOR = re.compile(r"(?<=[A-Za-z])[;|/\\_](?=[A-Za-z])")  # glued: " / " between Latin words lists them
_SURNAME_FIRST_COMMA = re.compile(r"(?<=[А-ЯЁа-яёA-Za-z]),[ \t]+(?=[А-ЯЁA-Z][а-яёa-z])")
_NAME_IN_BRACKETS = re.compile(r"(?<=[А-ЯЁа-яё])[ \t]*(\()[ \t]*([А-ЯЁ][а-яё]*\.?(?:[ \t]*[А-ЯЁ][а-яё]*\.?)?)[ \t]*(\))")
_CYRILLIC_WORD_BEFORE = re.compile(r"[А-ЯЁа-яё]+$")
_CYRILLIC_WORD_AT = re.compile(r"[А-ЯЁа-яё]+")
_LETTERS_BEFORE = re.compile(r"(?:[А-ЯЁа-яё]+|[A-Za-z]+)$")
_LETTERS_AT = re.compile(r"[А-ЯЁа-яё]+|[A-Za-z]+")
_INITIALS_AT = re.compile(r"[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.")


def _first_name_or_patronymic(word: str) -> bool:
    return bool(_person_kinds(word) & {"Name", "Patr"})


def _name_word_kinds(word: str) -> frozenset[str]:
    """The person grammemes of a word in either script (a Latin word spelled back: _to_cyrillic, _soft_l)."""
    if word.isascii():
        return frozenset().union(*(_person_kinds(cyrillic) for cyrillic in {_to_cyrillic(word), _soft_l(word)}
                                   if is_known(cyrillic)))
    return _person_kinds(word)


def _fields_as_words(text: str) -> str:
    """`text` with the separators between a record's name fields read as spaces: the same length, so every offset
    found in it is an offset of `text`."""
    if not any(c in text for c in ";|/\\_,("):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if not chars[k].isspace():
                chars[k] = " "

    for separator in _FIELD_SEPARATOR.finditer(text):
        left = _CYRILLIC_WORD_BEFORE.search(text, max(0, separator.start() - 40), separator.start()).group()
        right = _CYRILLIC_WORD_AT.match(text, separator.end()).group()
        if separator.group() == ",":
            joined = _INITIALS_AT.match(text, separator.end()) is not None \
                or (right[0].isupper() and _first_name_or_patronymic(right))
        else:
            joined = _first_name_or_patronymic(left) or _first_name_or_patronymic(right)
        if joined:
            blank(*separator.span())
    for separator in _LATIN_FIELD_SEPARATOR.finditer(text):
        left = _LETTERS_BEFORE.search(text, max(0, separator.start() - 40), separator.start()).group()
        right = _LETTERS_AT.match(text, separator.end()).group()
        if left[:1].isupper() and right[:1].isupper() and (_latin_first_name(left) or _latin_first_name(right)):
            blank(*separator.span())  # capitalised as a name is written: "ivan_petrov" in lowercase is a handle
    for comma in _SURNAME_FIRST_COMMA.finditer(text):
        left_match = _LETTERS_BEFORE.search(text, max(0, comma.start() - 40), comma.start())
        right = _LETTERS_AT.match(text, comma.end()).group()
        left = left_match.group()
        if left.isascii() != right.isascii() or not left[:1].isupper():
            continue
        if "Surn" in _name_word_kinds(left) and _name_word_kinds(right) & {"Name", "Patr"}:
            blank(*comma.span())
    for bracketed in _NAME_IN_BRACKETS.finditer(text):
        if _INITIALS_AT.match(bracketed.group(2)) or any(_first_name_or_patronymic(word)
                                                         for word in _CYRILLIC_WORD_AT.findall(bracketed.group(2))):
            chars[bracketed.start(1)] = chars[bracketed.start(3)] = " "
    return "".join(chars)


def _closing_bracket(text: str, end: int, start: int) -> int:
    """A name's end taken past the bracket that closes one opened inside it ("Морозова (Ольга)")."""
    if end < len(text) and text[end] == ")" and text.count("(", start, end) > text.count(")", start, end):
        return end + 1
    return end


def person_spans(text: str, ner_spans: Iterable = ()) -> list[tuple[int, int, float, str]]:
    """THE definition of a person's name in a text: (start, end, score, why) for every name found.

    The redactor passes natasha's NER spans; the speech checker, within its budget, passes none and gets the
    same dictionary, initials, cue and Latin-name signals (guard/disclosure/personal.py asks here).
    """
    read = without_latin_marks(_fields_as_words(text))  # "Ondřej" read as "Ondrej": the same length
    if document_for(read) is not None:
        return _person_spans(text, read, ner_spans)
    # The text read is a new string (a translation, whatever it changed): no document was being analyzed for it, and
    # every helper below cut it into words again (words_before, word_start letter by letter) and asked its
    # once-a-document readings afresh. A document of it, read by all of them (issue 12, stop 50).
    with analyzing(Document(read)):
        return _person_spans(text, read, ner_spans)


def _person_spans(written: str, text: str, ner_spans: Iterable) -> list[tuple[int, int, float, str]]:
    """person_spans over `text`, the `written` text read (same length), within a document of `text`."""
    spans: list[tuple[int, int, float, str]] = []
    lowercase = needs_recasing(text)
    ner_spans = list(ner_spans)
    for ner in ner_spans:
        if ner.type != "PER":
            continue
        for piece_start, piece_end in _list_pieces(written, ner.start, ner.end):
            trimmed = _trim_ner_span(text, piece_start, piece_end)
            if trimmed and _plausible_name(text[trimmed[0]:trimmed[1]], lowercase) \
                    and not (lowercase and _unsupported_word(text, *trimmed)):
                spans.append((trimmed[0], trimmed[1], 0.85, "natasha NER"))
            elif not lowercase and _INITIALS_ALONE.fullmatch(text, piece_start, piece_end):
                spans.append((piece_start, piece_end, 0.85, "natasha NER"))  # "По версии обвинения, К. звонил"
    spans += [(s, e, score, _SURNAME_AND_INITIALS_WHY) for s, e, score in _initials(text)]
    spans += [(s, e, score, _DOTLESS_INITIALS_WHY) for s, e, score in _dotless_initials(text)]
    spans += [(s, e, 0.7, "a surname heading a note or a turn") for s, e in _head_surnames(text)]
    spans += [(s, e, score, "name words in the dictionary")
              for s, e, score in _dictionary_runs(text, lowercase=lowercase)]
    spans += [(s, e, 0.75, "a name addressed at the start of a sentence")
              for s, e in _vocatives(text, lowercase)]
    spans += [(s, e, 0.8, "a name written in Latin letters") for s, e in _latin_names(text)]
    spans += [(s, e, 0.75, "a name typed in lowercase Latin letters") for s, e in _lowercase_latin_names(text)]
    spans += [(s, e, 0.75, "a name in Latin letters after an English sign-off or introduction")
              for s, e in _latin_names_after_english_cues(text)]
    spans += [(s, e, 0.75, "a name in Latin letters after a Russian noun for a person")
              for s, e in _latin_names_after_person_nouns(text)]
    spans += [(s, e, 0.8, "a surname and initials in Latin letters") for s, e in _latin_surnames_with_initials(text)]
    spans += [(s, e, 0.7, _LATIN_SURNAME_BY_A_PHONE_WHY) for s, e in _latin_surnames_beside_a_phone(text)]
    if lowercase:
        spans += [(s, e, 0.6, "a first name on its most likely reading") for s, e in _lone_first_names(text)
                  if not any(a < e and s < b for a, b, _, _ in spans)]
        spans += [(s, e, score, "a surname and initials said as letters") for s, e, score in _spoken_initials(text)]
        spans += [(s, e, 0.7, "a first name said beside a greeting") for s, e in _first_names_before_a_greeting(text)]
        spans += [(s, e, score, "a Korean surname and given name") for s, e, score in _korean_given_names(text)]
        spans += [(s, e, 0.7, _UNKNOWN_SURNAME_WHY) for s, e in _unknown_surnames_by_grammar(text)]
    spans += [(s, e, 0.7, why) for s, e, why in word_surnames(text, lowercase)]  # an ordinary word as a surname
    spans += [(s, e, 0.75, "a surname's possessive adjective beside what is registered") for s, e in
              surname_adjectives_of_things(text)]
    spans += [(s, e, 0.75, "the word a naming word names past a speaker's fillers") for s, e in _named_past_fillers(text)]
    spans += [(s, e, 0.8, _NEIGHBOURS_NAMING_WHY) for s, e in _named_after_a_neighbours_naming_word(text)]
    spans += [(s, e, 0.75, _NICKNAME_WHY) for s, e in _nicknames(text)]
    spans += [(s, e, 0.75, "a letter standing for a surname after an honorific") for s, e in _honorific_letters(text)]
    spans += [(s, e, 0.7, "an unknown capitalised word as the subject of a verb") for s, e in _unknown_subjects(text, lowercase)]
    if not lowercase:
        spans += [(s, e, 0.7, "a capitalised diminutive of a first name") for s, e in _capitalised_diminutives(text)]
        spans += [(s, e, 0.6, "a capitalised first name on its most likely reading")
                  for s, e in _capitalised_first_names(text) if not any(a < e and s < b for a, b, _, _ in spans)]
        spans += [(s, e, 0.7, "a capitalised Korean surname") for s, e in _capitalised_short_surnames(text)]
        spans += [(s, e, 0.7, "a capitalised surname that grammar makes one person")
                  for s, e in _capitalised_surnames_by_grammar(text)]
        spans += [(s, e, 0.8, "a full name typed in lowercase amid written text") for s, e in _lowercase_full_names(text)]
        spans += [(s, e, 0.75, "a lowercase surname anchored by grammar amid written text")
                  for s, e in _lowercase_surnames_in_written_text(text)]
        spans += [(s, e, 0.6, "a surname as a field of a record of values") for s, e in _surnames_as_record_fields(text)]
    spans = _without_places_namesakes(text, spans)
    spans = _outside_places_and_organisations(text, spans, ner_spans)
    spans = _latin_with_evidence(text, spans)
    if lowercase:
        spans = [(s, _surname_after_first_name(text, s, e), score, why) for s, e, score, why in spans]
        spans = [(*_extend_by_tagger(text, s, e), score, why) for s, e, score, why in spans]
    spans = [(_first_name_before_surname(text, s, e, lowercase), e, score, why) for s, e, score, why in spans]
    spans = _without_a_role_ner_leaves_out(text, spans)  # after the widening: NER's name with its surname
    spans = _without_a_role_opening_the_sentence(text, spans, lowercase)
    spans = _without_places_namesakes(text, spans)  # "имени [Рашида] Нежметдинова"
    spans = [(s, e, score, why) for start, end, score, why in spans for s, e in _without_common_words(text, start, end)]
    if lowercase:  # speech: a thing's genitive before a first name and a car's make and model are no name's words
        spans = [(_after_a_things_genitive(text, s, e), e, score, why) for s, e, score, why in spans]
        spans = [span for span in spans if not _names_a_vehicle(text, span[0], span[1])]
    if not lowercase:
        spans = [span for span in spans if not _a_characters_name(text, span[0], span[1])]
    spans = [(_past_a_nickname_word(text, s, e), e, score, why) for s, e, score, why in spans]
    spans, roles = _without_roles_cast(written, spans)  # its commas and dashes: a cast line is read in them
    spans += [(s, e, 0.7, "another mention of a name found in this text")
              for s, e in _other_mentions(text, [(s, e) for s, e, _, _ in spans], lowercase,
                                          [(s, e) for s, e, _, why in spans if why == "natasha NER"])
              if not _names_a_place(text, s, e)  # "памятник Достоевскому на улице Достоевского"
              and not _a_months_day(text, s, text[s:e].lower())  # "Марту Генриховну" ... "8 Марта"
              and (lowercase or not _a_characters_name(text, s, e))
              and not _a_role_cast(written, s, e, _performers(spans))
              and not _names_a_role(written, s, e, roles)]
    spans += [(s, e, 0.75, _ANOTHER_NAME_WHY) for s, e in _another_name_of_the_same(text, [(s, e) for s, e, _, _ in spans])]
    if lowercase:  # no capital marks where a name begins and ends: the tagger's judge (name_pieces) for every span
        spans = [(s, e, score, why) for start, end, score, why in spans for s, e in name_pieces(text, start, end)]
        spans = [(*with_said_initials(text, s, e), score, why) for s, e, score, why in spans]
        spans = [span for span in spans if not said_abbreviation(text, span[0], span[1])]
    spans = [(*_with_the_names_own_words(text, s, e, lowercase), score, why) for s, e, score, why in spans]
    spans += [(s, e, 0.8, "a name spelled letter by letter") for s, e in _spelled_names(text, spans)]
    spans += [(s, e, 0.7, "a first name as a line's speaker label") for s, e in _named_line_speakers(text)]
    spans += [(s, e, 0.8, "a name in Latin letters right before its holder's foreign document")
              for s, e in _latin_holders_of_documents(text)]  # after the Latin filter: the document is the evidence
    spans += [(s, e, 0.75, "a name in Latin letters after a greeting, a title, a relative or a self-introduction")
              for s, e in _latin_names_after_foreign_cues(text)]  # after the Latin filter: the cue is the evidence
    spans += [(s, e, 0.75, "a name in Latin letters its note's own mailbox or handle spells")
              for s, e in _latin_names_in_own_handles(text)]  # after the Latin filter: the mailbox is the evidence
    spans += [(s, e, 0.75, _TWO_SCRIPTS_WHY) for s, e in _one_name_in_two_scripts(text, spans)]  # after the Latin filter
    spans += [(s, e, 0.65, _READ_BACK_WHY) for s, e in _latin_names_read_back(text, without_latin_marks(written))]  # after the Latin filter: the
    # Russian reading of the word and its Russian context are the evidence (red team bb23, f02); scored below a cued
    # kind's span over the same words (a network's name after «сеть» is a LOGIN: the cue changes the type, both mask)
    # A capital inside a word is the writer's wherever it stands, however few capitals the rest of the text has: a
    # long comment in lowercase read "СидоровЗдравствуйте" as ASR text and skipped this (red team bb22, f10)
    spans += [(s, e, 0.75, "a name glued to its field's label or its parts glued together")
              for s, e in _glued_names(text)]
    spans += [(s, e, 0.75, _DEVICE_OWNER_WHY) for s, e in _owners_in_device_names(text, lowercase)]  # after every
    # filter: a quote's title, a river's or a place's reading say nothing of a word that names a device's owner
    spans += [(s, e, 0.75, _QUOTED_AFTER_PERSON_NOUN_WHY) for s, e in _quoted_after_person_nouns(text, lowercase)]
    spans += [(s, e, 0.6, _UNREAD_SCRIPT_WHY) for s, e in _unread_script_runs(text)]  # after every filter: none judges it
    spans = [(s, _closing_bracket(written, _with_patronymic_marker(text, e), s), score, why) for s, e, score, why in spans]
    spans = [(s, _with_initials_after(text, e), score, why) for s, e, score, why in spans]
    if "\t" in written:  # a table's header row, every cell a column's label, names no one ("…⇥Должность⇥Дата рожд.⇥…")
        spans = [span for span in spans if not _in_a_header_row(written, span[0])]
    return _one_reading_per_extent(spans)


_DEVICE_OWNER_WHY = "a first name that names a device after its owner"
_DEVICE_WORD = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]*")  # a word (digits inside: "iPhone15" is one)
_DEVICE_JOIN = re.compile(r"[ \t]*-[ \t]*|[ \t]+")  # "Pasha-Xiaomi", "ПК-Гоша", "iPhone Тимура": linear
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)['’]s[ \t]+$")  # "Sveta’s MacBook Air": up to a word's start


def _a_device_word(word: str) -> bool:
    lower = word.lower()
    # the digits at its end dropped only where it ends in one ("iPhone15"): asked of every word of a text (stop 58)
    return lower in DEVICE_NAME_WORDS or lower[-1:].isdigit() and re.sub(r"\d+$", "", lower) in DEVICE_NAME_WORDS


def _an_owners_first_name(word: str, lowercase: bool) -> bool:
    """A word naming a device's owner: a first name (its likeliest reading, or a diminutive of one; capitalised in
    written text) in Cyrillic, or a capitalised Latin word that spells one back; no device's or model's word."""
    if _a_device_word(word) or len(word) < 3:
        return False  # "HUAWEI ID" (pii_al42): a two-letter word is an account's or a model's
    if word.isascii():
        return word[:1].isupper() and (_latin_first_name(word) or _latin_first_name_read(word))
    if not lowercase and not word[:1].isupper() or word.lower() in _COMMON_WORDS:
        return False
    return "Name" in _top_kinds(word) or _diminutive_of_a_name(word)


def _owners_in_device_names(text: str, lowercase: bool) -> list[tuple[int, int]]:
    """A device's name made of its owner's first name and its make, model or kind (lexicon.DEVICE_NAME_WORDS), in
    either order, a blank or a hyphen between — «Galaxy Ани», «iPhone Тимура», «Вероника iPad», «ПК-Гоша», "Pixel
    Лены", «Pasha-Xiaomi» — or the owner's English possessive before it («Sveta’s MacBook Air», any capitalised word:
    fail closed): a network's list of devices names a phone after its owner, and the name is that person's (issue
    15, stop 51: pii_au50 leaked 10 such names, read as a product's title in quotes or as the river Лена)."""
    out = []
    words = list(_DEVICE_WORD.finditer(text))
    for k, word in enumerate(words):
        if not _a_device_word(word.group()):
            continue
        if k + 1 < len(words) and _DEVICE_JOIN.fullmatch(text, word.end(), words[k + 1].start()) \
                and _an_owners_first_name(words[k + 1].group(), lowercase):
            out.append(words[k + 1].span())
        possessive = _POSSESSIVE_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if possessive is not None and not _a_device_word(possessive.group(1)) \
                and possessive.group(1).lower() not in _LATIN_NOT_NAME_WORDS:  # "Apple’s iPhone" names no one
            out.append(possessive.span(1))
        elif k > 0 and _DEVICE_JOIN.fullmatch(text, words[k - 1].end(), word.start()) \
                and _an_owners_first_name(words[k - 1].group(), lowercase):
            out.append(words[k - 1].span())
    return out


def _a_characters_name(text: str, start: int, end: int) -> bool:
    """A tale's or a holiday's character, written: one word that is also a thing's noun ("мороз") and no first name,
    after a person noun written with a capital in mid-sentence, which makes that noun part of the proper name and no
    role of a real person ("работает Дедом [Морозом]", "Дед [Мороз] принёс"; "дед Мороз" with a small letter is a
    grandfather whose surname is Мороз, and a sentence's or a quote's capital says nothing: "Дед Мороз звонил",
    "«Профессор Ван пьёт чай" stay)."""
    words = NAME_WORD.findall(text, start, end)
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start)
    if len(words) != 1 or before is None or not before.group(1)[:1].isupper() \
            or opens_a_sentence(text, before.start(1)) \
            or _role_lemma(before.group(1)) not in _PERSON_NOUN_LEMMAS or _rare_kinds(words[0]) & {"Name", "Patr"}:
        return False
    noun_cases = {p.tag.case for p in parses(before.group(1)) if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case in noun_cases for p in parses(words[0]))


# A word between a stage role and its verb or performer ("Хлестакова теперь играет", "поёт бас Эльдар Гасанов")
_CAST_GAP = 2
# A stage role's object cases: an animate accusative reads as the genitive ("Гамлета", "Красса" guessed so)
_ROLE_CASES = frozenset({"accs", "gent"})
_CAST_DASH = re.compile(r"(?<![ \t])[ \t]*[—–-][ \t]*")  # from a space run's start only: linear
_SENTENCE_END = re.compile(r"[.!?…;\n]")


def _noun_cases(word: str, pos: str = "NOUN") -> frozenset[str]:
    return frozenset(p.tag.case for p in parses(word) if p.tag.POS == pos and p.tag.case)


def _a_real_persons_full_name(words: list[re.Match]) -> bool:
    """A first name and a surname or a patronymic: a real person may be the role ("роль григория распутина сыграл
    ефим рогозин", "Императрицу Александру Фёдоровну играет …"), so such a name stays a person (fail closed); a
    character judged here goes by one word ("Гамлета") or a title and a name ("Майора Ковалёва")."""
    return len(words) >= 2 and "Name" in _person_kinds(words[0].group()) and not _INITIAL_WORD.fullmatch(words[1].group())


def _a_verb_follows(text: str, end: int) -> bool:
    """Is the next word a finite verb, so that the name before it is its subject ("В решающей партии [Камалетдинов]
    пожертвовал ферзя": a game's, no role's)?"""
    following = NAME_WORD.search(text, end, end + 40)
    return following is not None and not text[end:following.start()].strip() \
        and any(p.tag.POS == "VERB" for p in parses(following.group())[:1])


def _nominative_singular(word: str) -> bool:
    """Can the word be a subject naming one ("После партии [Ярослав] подошёл", "партию [Кац] выиграл": a game's, no
    role's)? "Татьяны" (a plural's nominative) and "Мефистофеля" cannot."""
    return any(p.tag.case == "nomn" and p.tag.number != "plur" for p in parses(word))


def _a_person_in_the_genitive(word: str) -> bool:
    """A role's animate common noun in the genitive, in apposition before a name: "в роли [тюремщика] Фроша"; no
    thing's ("о главной роли сезона Алёна": the season's role, and Алёна is addressed)."""
    return not _may_name(word) and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and "anim" in p.tag
                                       for p in parses(word))


def _a_performing_verb(word: str) -> bool:
    return any(p.tag.POS in ("VERB", "INFN", "PRTF", "GRND") and normalize_word(p.normal_form) in PERFORMING_VERBS
               for p in parses(word))


@lru_cache(maxsize=50_000)
def _a_cast_word(folded: str) -> bool:
    """Can this word (lowercased, ё folded) be what makes a name a stage role: a performing verb (PERFORMING_VERBS, on
    any reading) or a role noun (ROLE_NOUNS, its lemma)? The very tests _a_role_cast puts to the words around a name."""
    return _a_performing_verb(folded) or normalize_word(lemma(folded)) in ROLE_NOUNS


@read_once_per_document
def _may_cast_roles(text: str) -> bool:
    """Does the text hold a word that can make a name a stage role (_a_cast_word)? Every reading of _a_role_cast needs
    one (a role noun before the name, a performing verb after it or earlier in its sentence); in a contact center's
    texts almost none holds one, and then no name is judged a role (the stage-role pass was ~20% of the PERSON rules'
    CPU, spent on every span of every text). Whole words are read: a word the rule's 60-character window cuts at its
    start ("пел" of "кипел") is no performing verb."""
    return any(_a_cast_word(normalize_word(word)) for word in set(NAME_WORD.findall(text)))


def _a_role_cast(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """A stage role, no person: a name that a performing verb (PERFORMING_VERBS) governs in the accusative while
    another name is the performer, or that a role noun (ROLE_NOUNS) governs in the genitive. Syntax read from
    morphology and word order, in written and spoken text alike:
    - "[Гамлета] играет Кирилл Ладыженский", "[Бориса] поёт бас Эльдар Гасанов": the name in the accusative, the verb
      (past a word or two) and a name found right after it — its subject, the performer;
    - "[Офелию] — Дарья Мостовая": a cast line's ellipsis, the accusative name, a dash and a performer's name, in a
      sentence where a performing verb stands earlier;
    - "в роли тюремщика [Фроша]", "партию [Татьяны]", "в костюме [Одетты]": a role noun, past at most one animate
      common noun in the genitive, and a name no subject could be (_nominative_singular: "после партии Ярослав"; no
      finite verb right after it, _a_verb_follows: "в решающей партии Камалетдинов пожертвовал").
    The verb right before a name is no evidence alone: "играла [Шопена]" is the composer's music, "исполнила
    [Улькка Семёнова]" its subject.
    A name a verb governs with no performer named beside it, or in any other case, stays (fail closed); so does a
    first name and a surname (_a_real_persons_full_name: a real person played)."""
    if not _may_cast_roles(text):
        return False  # no role noun and no performing verb in the text: no reading below can hold
    words = list(NAME_WORD.finditer(text, start, end))
    if not words or len(words) > 3 or _a_real_persons_full_name(words):
        return False
    cases = [_noun_cases(w.group()) for w in words]
    before = [m for m in NAME_WORD.finditer(text, max(0, start - 60), start)]
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    before = [m for m in before if m.start() >= sentence_start]
    in_a_work = _IN_A_QUOTED_WORK.match(text, end) is not None  # "роль Ани в «Вишнёвом саде»"
    if in_a_work and before and _a_performing_verb(before[-1].group()) and not text[before[-1].end():start].strip():
        return True  # "впервые сыграл [Хлестакова] в «Ревизоре»": a work's character, the verb and the work beside it
    if all(c & {"gent"} for c in cases) and before and (_as_a_role(text, before, start) or in_a_work or (
            not any(_nominative_singular(w.group()) for w in words) and not _a_verb_follows(text, end))):
        nouns = before[-2:] if len(before) >= 2 and _a_person_in_the_genitive(before[-1].group()) else before[-1:]
        if normalize_word(lemma(nouns[0].group())) in ROLE_NOUNS:
            return True
    if len(words) == 1 and _performed_by(text, end, names) and cases[0] and "nomn" in cases[0] \
            and not cases[0] & {"gent", "datv", "ablt", "loct"}:
        return True  # "Катерина в исполнении Алины Кокориной": a nominative no other noun's genitive can be
    if not all(c & _ROLE_CASES for c in cases):
        return False
    after = _past_conjoined_roles(text, end, list(islice(NAME_WORD.finditer(text, end), _CAST_GAP + 2 * _CONJOINED + 2)))
    after = after[:_CAST_GAP + 2]  # the verb and its performer as close as they are to a role alone
    for i, word in enumerate(after[:_CAST_GAP]):
        if _SENTENCE_END.search(text, end, word.start()):
            break
        if _a_performing_verb(word.group()):  # its subject after it, a name in the nominative: the performer
            following = [w for w in after[i + 1:] if "nomn" in _noun_cases(w.group())]
            return any(s == w.start() for w in following for s, e in names if not (s < end and start < e))
        if _noun_cases(word.group()) or not any(p.tag.POS in ("ADVB", "PRCL") for p in parses(word.group())):
            break  # only an adverb or a particle stands between a role and its verb ("теперь", "снова", "впервые")
    not_a_subject = any("nomn" not in c for c in cases)  # "Любовь [Андреевну]": one word no subject's
    dash = _CAST_DASH.match(text, end)
    continued = text[:start].rstrip().endswith(",")  # "Ларису играет Алина Кокорина, [Паратова] — Денис Суровцев"
    if dash and (not_a_subject or continued) and any(_a_performing_verb(m.group()) for m in before):
        return any(s >= dash.end() and s - dash.end() <= 30 and not text[dash.end():s].count(",")
                   for s, e in names)
    return False


# A name followed by the work it is a character of, in quotes: "в «Ревизоре»", "из «Грозы»"
_IN_A_QUOTED_WORK = re.compile(r"(?<![ \t])[ \t]+(?:в|во|из)[ \t]+[«\"„]", re.IGNORECASE)  # from a space run's start


# A role's prepositions: "в роли X" (as X), "на роль X" (cast as X) — the name after the noun is its genitive
# complement, whatever verb follows ("в роли [Сони] стала Вероника Тетерина") or other case its form could be
_ROLE_PREPOSITIONS = frozenset({"в", "во", "на"})
# How many roles joined by a comma or "и" may stand before their verb ("[Ольгу], [Машу] и [Ирину] играют …")
_CONJOINED = 4


def _as_a_role(text: str, before: list[re.Match], start: int) -> bool:
    """Does "в роли" / "на роль" (_ROLE_PREPOSITIONS, a ROLE_NOUNS lemma «роль») stand right before the name, nothing
    but spaces between? Then the name is what the role is, whatever its form's other readings ("в роли [Хлестакова]
    всё так же свеж": no subject's nominative there). Only «роль»: a game's «партия» has its subject after it."""
    if len(before) < 2 or text[before[-1].end():start].strip() or text[before[-2].end():before[-1].start()].strip():
        return False
    return normalize_word(lemma(before[-1].group())) == "роль" \
        and before[-2].group().lower() in _ROLE_PREPOSITIONS


_IN_PERFORMANCE = re.compile(r"(?<![ \t])[ \t]+в[ \t]+исполнении[ \t]+", re.IGNORECASE)  # from a space run's start


def _performed_by(text: str, end: int, names: list[tuple[int, int]]) -> bool:
    """Is the name followed by "в исполнении" and a name found right after it, the performer ("Катерина в исполнении
    Алины Кокориной")? Read only where the text has a stage's word (_a_role_cast asks _may_cast_roles first)."""
    cue = _IN_PERFORMANCE.match(text, end)
    return cue is not None and any(s == cue.end() for s, _ in names)


def _a_conjoined_role_word(word: str) -> bool:
    """A name's word in a role's case (_ROLE_CASES) that may stand in a list of roles before their verb."""
    return bool(_person_kinds(word)) and bool(_noun_cases(word) & _ROLE_CASES)


def _past_conjoined_roles(text: str, end: int, after: list[re.Match]) -> list[re.Match]:
    """The words after a name past the other roles joined to it by a comma or "и" ("[Ольгу], Машу и Ирину играют",
    "ольгу машу и ирину играют"), at most _CONJOINED of them, each a name's word in a role's case; the words from the
    first one that is not. Nothing but a comma and spaces may stand between them: a full stop or a dash ends the list."""
    at, i, joined = end, 0, 0
    while i < len(after) and joined < _CONJOINED:
        gap = text[at:after[i].start()].strip()
        if gap not in ("", ","):
            break
        word = after[i].group()
        if word.lower() == "и" and i + 1 < len(after) and _a_conjoined_role_word(after[i + 1].group()) \
                and not text[after[i].end():after[i + 1].start()].strip():
            at, i, joined = after[i + 1].end(), i + 2, joined + 1
        elif _a_conjoined_role_word(word) and (gap == "," or not word[:1].isupper()):
            at, i, joined = after[i].end(), i + 1, joined + 1
        else:
            break
    return after[i:] if joined else after


# The stop-53 readings of a call sign or an ordinary word where a name stands: a span of theirs is no performer that
# makes the name before a performing verb a stage role («Клиентку Мельникову играет Бирюза»: the surname stays masked;
# review of stop 53, F2). Only natasha's and the other readers' spans are.
_CALL_SIGN_WHYS = frozenset({"the subject of a finite verb", "joined to a name as one of its kind",
                             "a group named after its leader", "named after a role and a dash"})


def _performers(spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int]]:
    """The spans that may be a performer for _a_role_cast: all but the call-sign readings' (_CALL_SIGN_WHYS)."""
    return [(s, e) for s, e, _, why in spans if why not in _CALL_SIGN_WHYS]


def _without_roles_cast(text: str, spans: list[tuple[int, int, float, str]]
                        ) -> tuple[list[tuple[int, int, float, str]], list[tuple[int, int]]]:
    """Every span but a stage role's (_a_role_cast), and the roles cut. A span over a comma is judged piece by piece
    ("Арсен Чахоян, [Марию] — Мария Беккер")."""
    names = _performers(spans)
    out, roles = [], []
    for span in sorted(spans, key=lambda span: span[0]):
        start, end = span[0], span[1]
        pieces = [cut for s, e in _comma_pieces(text, start, end) for cut in _a_roles_word_cut_off(text, s, e)]
        if len(pieces) == 1 and _a_role_cast(text, start, end, names):
            roles.append((start, end))
            continue  # "Степан Журавлёв, [Дездемону] — Вера Климова": a run over a comma
        kept = [(s, e) for s, e in pieces if not _a_role_cast(text, s, e, names)]
        if len(kept) == len(pieces):
            out.append(span)
        else:
            roles += [piece for piece in pieces if piece not in kept]
            out += [(s, e, *span[2:]) for s, e in kept]
    return _the_roles_other_mentions(text, out, roles)


def _a_roles_word_cut_off(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span's first word apart where it is a role's after "в роли" / "на роль" (_as_a_role) in the genitive and no
    other word of the span can be a genitive: "на роль [Чацкого] [Шилов] позвал …" — the role, then the subject."""
    words = list(NAME_WORD.finditer(text, start, end))
    if len(words) < 2 or _a_real_persons_full_name(words) \
            or not _as_a_role(text, list(NAME_WORD.finditer(text, max(0, start - 30), start)), start) \
            or "gent" not in _noun_cases(words[0].group()) \
            or any("gent" in _noun_cases(w.group()) for w in words[1:]):
        return [(start, end)]
    return [(words[0].start(), words[0].end()), (words[1].start(), end)]


def _the_roles_other_mentions(text: str, spans: list[tuple[int, int, float, str]], roles: list[tuple[int, int]]
                              ) -> tuple[list[tuple[int, int, float, str]], list[tuple[int, int]]]:
    """A role cast in this text (_a_role_cast) is the same role where its name stands again alone: "— А [Лопахин]?",
    "[Хлестаков] ведь врёт так легко" after "впервые сыграл Хлестакова … в роли Хлестакова". A span of one word that
    can be a nominative singular — the character spoken of as its sentence's subject — whose lemma is a role's is a
    role too (an oblique mention may be the real person the role is named after: "Моцарта — Даниил Рыбак" and "что он
    отравил [Моцарта]" in one review, names_m45) — unless the same name is a person's elsewhere in the text: a word of a span of
    two words or more kept as a person ("Ольгу играет Ольга Кузьмина": «Ольга» stays wherever it stands alone), or a
    performer's (fail closed: "роль Чацкого исполнил Иван Петров" keeps Петров, and a lone Петров beside it); nor a
    mention that does what a caller does or stands where a person is named ("… роль Ани. Звонила Аня из 5 квартиры",
    "клиентка Аня", "меня зовут Аня": _a_callers_act_by, _a_surnames_place) — a person who shares a role's name is a
    person (the review of stop 50 reverted a pet's other mentions for «звонил Арсений» beside «собака Арсений»)."""
    if not roles:
        return spans, roles
    role_lemmas = {form for s, e in roles for word in NAME_WORD.findall(text, s, e) for form in _name_lemmas(word)}
    persons = {form for s, e, *_ in spans
               if len(NAME_WORD.findall(text, s, e)) > 1 or _a_performers_place(text, s)
               for word in NAME_WORD.findall(text, s, e) for form in _name_lemmas(word)}
    out, more = [], []
    for span in spans:
        words = NAME_WORD.findall(text, span[0], span[1])
        forms = _name_lemmas(words[0]) if len(words) == 1 and _nominative_singular(words[0]) else frozenset()
        if forms and forms & role_lemmas and not forms & persons and not _a_callers_act_by(text, span[0], span[1]) \
                and not _a_surnames_place(text, span[0]):
            more.append((span[0], span[1]))
        else:
            out.append(span)
    return out, roles + more


def _a_performers_place(text: str, start: int) -> bool:
    """Does a name starting here stand where a performer does: right after a performing verb (PERFORMING_VERBS),
    «исполнять» or «исполнение» in any form ("играет Петров", "исполнил Петров", "в исполнении Петрова"), or after a
    cast line's dash ("Лопахин — Денис Суровцев")?"""
    before = text[max(0, start - 40):start].rstrip(" \t")
    if before.endswith(("—", "–", "-")):
        return True
    at = len(before)
    while at > 0 and before[at - 1].isalpha():
        at -= 1
    word = before[at:].lower()
    return bool(word) and (_a_performing_verb(word)
                           or normalize_word(lemma(word)) in ("исполнять", "исполнить", "исполнение"))


def _name_lemmas(word: str) -> frozenset[str]:
    """The normal forms of a word's readings as a noun (a name's), or every one where it has none."""
    nouns = frozenset(normalize_word(p.normal_form) for p in parses(word) if p.tag.POS == "NOUN")
    return nouns or lemmas(word.lower())


def stage_roles(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans among these that are stage roles (_a_role_cast), the others read as the performers: the one judge
    for every recognizer of PERSON (recognizers/person_tagger.py asks it of the name tagger's spans)."""
    kept, _ = _without_roles_cast(text, [(s, e, 0.0, "") for s, e in spans])
    return set(spans) - {(s, e) for s, e, _, _ in kept}


def _names_a_role(text: str, start: int, end: int, roles: list[tuple[int, int]]) -> bool:
    """Is every word of this span, in any case, a word of a stage role cast in the same text (_a_role_cast)? Then
    the role is no evidence for "another mention of a name" ("Нину — Нина Галкина, и её [Нина] умирает"), which adds
    no span there; what any other rule finds stays (a real Моцарт beside the role "Моцарта"), and so does a name with
    a word of its own ("Нина Галкина")."""
    if not roles:
        return False
    role_lemmas = {form for s, e in roles for word in NAME_WORD.findall(text, s, e) for form in lemmas(word.lower())}
    words = NAME_WORD.findall(text, start, end)
    return bool(words) and all(lemmas(word.lower()) & role_lemmas for word in words)


def _comma_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span's pieces between its commas, each trimmed of spaces (one piece where it has none)."""
    pieces, at = [], start
    for part in text[start:end].split(","):
        left = len(part) - len(part.lstrip())
        if part.strip():
            pieces.append((at + left, at + len(part.rstrip())))
        at += len(part) + 1
    return pieces


def _without_a_role_ner_leaves_out(text: str, spans: list[tuple[int, int, float, str]]
                                   ) -> list[tuple[int, int, float, str]]:
    """A span whose first word is a role noun (_role_before_a_name: "третьекурсник", "археолог", "подполковник",
    "курьер") starts at the next word where natasha's NER, reading the same words, starts its name there: the two
    readers disagree on that one word, and a word the dictionary knows only as an animate common noun is the person's
    role in apposition ("третьекурсник [вадим король]", "археолог [лоренцо де лука]"): NER's name has two words or more,
    a first name and its surname, and leaves the word before no surname's place. Where NER takes the word in ("Щука
    Прохор"), reads one word only ("волка [артёма]": an animal-word surname in the first name's case, which the
    dictionary cannot tell from a role) or no name there, the span stays as it was (fail closed); so does a span whose
    words after the role are a first name and a patronymic — the word before may be their surname ("волку артёму
    сергеевичу", "воробей анна кузьминична санинструктор …", _anchored_surname)."""
    full_names_by_ner = {start for start, end, _, why in spans
                         if why == "natasha NER" and len(NAME_WORD.findall(text, start, end)) >= 2}
    out = []
    for start, end, score, why in spans:
        words = list(NAME_WORD.finditer(text, start, end))
        if why != "natasha NER" and len(words) >= 2 and words[1].start() in full_names_by_ner \
                and _role_before_a_name(words[0].group()) and not _first_name_and_patronymic(words[1:3]):
            start = words[1].start()
        out.append((start, end, score, why))
    return out


# The name tagger's probability under which a role word at a name's edge is no surname of that name: the same evidence
# the caller's-act rule weighs a sentence-opening noun by ("Мельник" 0.78, "Щука" 0.73; "Фармацевт", "Акушерка" 0.01)
_ROLE_AT_THE_EDGE = 0.3


def _a_role_word(word: str) -> bool:
    """A noun for a person's role or kin, no name on any reading: "фармацевт", "главврач", "медбрату", "мама";
    every part of a hyphenated one ("врач-трансфузиолог", "братья-близнецы")."""
    parts = word.split("-")
    return all(_role_before_a_name(part) or _person_noun(part) for part in parts) if len(parts) > 1 \
        else _role_before_a_name(word) or _person_noun(word)


def _without_a_role_opening_the_sentence(text: str, spans: list[tuple[int, int, float, str]], lowercase: bool
                                     ) -> list[tuple[int, int, float, str]]:
    """Written text: a role or kin noun opening a sentence and a name is the person's role in apposition, its capital
    the sentence's, not the name's: "[Фармацевт] Лариса", "[Акушерка] Людочка", "[Медсёстры] Светочка". Mid-sentence a
    capitalised noun before a name is written so as the name's own. The word is cut only where the next word may name
    someone and the name tagger does not read the word as a name there (_ROLE_AT_THE_EDGE): a surname that is such a
    noun ("Мельник Иван", "Щука Прохор") stays (fail closed). Not in lowercase text, where no capital marks a sentence's
    start and the tagger reads a name's edge word as its own ("волка артёма", "ярослава игоревна пчела"); not an
    adjective ("Мирный О.П.", "Белый Станислав": surnames)."""
    out = []
    for start, end, score, why in spans:
        words = list(NAME_WORD.finditer(text, start, end))
        if len(words) >= 2 and _a_grade_or_age_word(words[0].group()) and _may_name(words[1].group()):
            start = words[1].start()  # "[Восьмиклассник] Никита", "[третьекурснику] тимофею": never a name, any case
        elif len(words) >= 2 and not lowercase and _a_role_opening_the_sentence(text, words[0]) \
                and _may_name(words[1].group()):
            start = words[1].start()  # lowercase: no capital marks the sentence's start, the tagger reads an edge word
        out.append((start, end, score, why))
    return out


def _a_grade_or_age_word(word: str) -> bool:
    """A noun or adjective for a person's school grade, year of study or age, made from a numeral's stem (three
    letters or more before GRADE_OR_AGE_ENDINGS): "восьмиклассник", "первокурсница", "четырнадцатилетний" — no
    surname is made so; not "летний" alone (summer's)."""
    for p in parses(word.lower()):
        lemma_ = normalize_word(p.normal_form)
        ending = next((e for e in GRADE_OR_AGE_ENDINGS if lemma_.endswith(e)), None)
        if p.tag.POS in ("NOUN", "ADJF") and ending and len(lemma_) >= len(ending) + 3:
            return True
    return False


def _may_name(word: str) -> bool:
    """A word that can be a name's: a first name, surname or patronymic on some reading, an initial, or unknown."""
    return bool(_rare_kinds(word)) or bool(_INITIAL_WORD.fullmatch(word)) or not is_known(word)


def _a_role_opening_the_sentence(text: str, word: re.Match) -> bool:
    value = word.group()
    if not value[:1].isupper() or not opens_a_sentence(text, word.start(), cut_words=True) or not _a_role_word(value):
        return False
    return name_probability(text, word.start(), 1.0) < _ROLE_AT_THE_EDGE


def _first_name_and_patronymic(words: list[re.Match]) -> bool:
    """The two words are a first name and a patronymic: a word before them may be their surname."""
    kinds = [_person_kinds(word.group()) for word in words]
    return len(kinds) == 2 and "Name" in kinds[0] and "Patr" in kinds[1]


# One name written in both scripts side by side, as a foreigner's document and the CRM's Cyrillic give it: "ЧЭНЬ ГОПИН
# (CHEN GUOPING)", "Сунь Лэй / SUN LEI", "HUANG MEILING (Хуан Мэйлин)", "Исломов Жахонгир Илхомович / ISLOMOV
# JAKHONGIR". Two runs of one to four capitalised words joined by a bracket, a slash or a dash (each pattern from a
# word's first letter only: linear).
_TWO_SCRIPTS_WHY = "one name written in Cyrillic and Latin letters side by side"
_CYRILLIC_NAME_RUN = r"[А-ЯЁ][А-ЯЁа-яё]*(?:-[А-ЯЁ][А-ЯЁа-яё]*)?(?:[ \t]+[А-ЯЁ][А-ЯЁа-яё]*(?:-[А-ЯЁ][А-ЯЁа-яё]*)?){0,3}"
_LATIN_NAME_RUN = r"[A-Z][A-Za-z'‘’ʻ]*(?:-[A-Z][A-Za-z'‘’ʻ]*)?(?:[ \t]+[A-Z][A-Za-z'‘’ʻ]*(?:-[A-Z][A-Za-z'‘’ʻ]*)?){0,3}"
# "=" too ("Yılmaz Emre = Йылмаз Эмре"), and a bare blank ("Nguyen Van Hung Нгуен Ван Хунг": only where the words are
# spelled alike, _spelled_alike_runs)
_SCRIPTS_JOINED = r"[ \t]*+(?:(?:\(|/|—|–|=)[ \t]*+)?"
_CYRILLIC_THEN_LATIN = re.compile(r"(?<![\w'‘’ʻ-])(" + _CYRILLIC_NAME_RUN + r")" + _SCRIPTS_JOINED + r"(" + _LATIN_NAME_RUN
                                  + r")(?![\w'‘’ʻ])")
_LATIN_THEN_CYRILLIC = re.compile(r"(?<![\w'‘’ʻ-])(" + _LATIN_NAME_RUN + r")" + _SCRIPTS_JOINED + r"(" + _CYRILLIC_NAME_RUN
                                  + r")(?![\w])")


def _same_name_in_two_scripts(cyrillic: str, latin: str) -> bool:
    """Do the Latin words, read back through the transliteration table, begin with the Cyrillic words' letters in the
    same order (the first two at least, two words each side or more; "ch", "zh", "kh", "sh" read as one letter)?"""
    cyrillic_words = [w.lower() for w in re.findall(r"[А-ЯЁа-яё]+", cyrillic)]
    latin_words = [_to_cyrillic(w) for w in re.findall(r"[A-Za-z]+", latin) if len(w) > 1 or w.isupper()]
    if len(cyrillic_words) < 2 or len(latin_words) < 2:
        return False
    pairs = list(zip(cyrillic_words, latin_words))
    return all(c[0] == l[0] or any(c[0] in group and l[0] in group for group in _LETTERS_SPELLED_ALIKE)
               for c, l in pairs[:2])


_GLOSSED_PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "до"})  # "рейс в Sao Paulo (Сан-Паулу)": a place, glossed


def _spelled_alike_runs(cyrillic: str, latin: str) -> bool:
    """The same name in both scripts by its sounds (lexicon.spelled_alike, issue 15): every Cyrillic word of two
    consonants or more spelled alike some Latin word of the run, one at least — or the runs alike joined ("Zhou Xin",
    "Чжоу Синь"); no Latin word a brand's, an organisation's or an English one ("Apple Pay (Эппл Пэй)")."""
    cyrillic_words = re.findall(r"[А-ЯЁа-яё]+", cyrillic)
    latin_words = re.findall(r"[A-Za-z]+", latin)
    if not cyrillic_words or not latin_words or any(w.lower() in _LATIN_NOT_NAME_WORDS for w in latin_words):
        return False
    if spelled_alike("".join(latin_words), "".join(cyrillic_words)):
        return True
    judged = [word for word in cyrillic_words if len(consonant_skeleton(word)) >= 2]
    return bool(judged) and all(any(spelled_alike(latin_word, word) for latin_word in latin_words) for word in judged)


# Letters one sound is spelled with in the two scripts' conventions: "Е"/"Э" for "E", "Ц"/"К" for "C", the Chinese
# "J" (read back "й"), "Q", "ZH", "X" as "ЦЗ"/"Дж", "Ц", "Чж", "С"/"Ш" (Palladius and the English spellings)
_LETTERS_SPELLED_ALIKE = ("еэё", "кцс", "цчджзй", "сшщх")


def _one_name_in_two_scripts(text: str, spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int]]:
    """Both runs of a name written in Cyrillic and Latin side by side (a foreign document's spelling beside the CRM's):
    the same words' letters in the same order and no Cyrillic word a plain common one ("Сбербанк Онлайн (Sberbank
    Online)" is a brand's), or one of the runs a name found already and the other two words or more. Fail closed: the other spelling of a masked name is the same person's data."""
    if not re.search(r"[A-Z]", text) or not _CYRILLIC.search(text):
        return []
    found = [(s, e) for s, e, _, _ in spans]

    def named(start: int, end: int) -> bool:
        return any(s <= start and end <= e or start <= s and e <= end for s, e in found)

    out = []
    for pattern, cyrillic_group in ((_CYRILLIC_THEN_LATIN, 1), (_LATIN_THEN_CYRILLIC, 2)):
        for match in pattern.finditer(text):
            latin_group = 3 - cyrillic_group
            cyrillic, latin = match.group(cyrillic_group), match.group(latin_group)
            words = re.findall(r"[А-ЯЁа-яё]+", cyrillic)
            joined = text[match.end(1):match.start(2)].strip()  # "(", "/", "=", a dash; empty: a blank
            # a passport's Latin spelling first, the CRM's Cyrillic after it (a Cyrillic place glossed in Latin, "в
            # Сан-Паулу (Sao Paulo)", is no person's), and no place's name where a place is named ("в Sao Paulo (…)")
            before = [word.lower() for word in words_before(text, match.start(latin_group), 20)[-1:]]
            alike = cyrillic_group == 2 and _spelled_alike_runs(cyrillic, latin) \
                and not _names_a_place(text, *match.span(latin_group)) and not set(before) & _GLOSSED_PLACE_PREPOSITIONS
            same = (bool(joined) and _same_name_in_two_scripts(cyrillic, latin) and (
                words[0].lower() in _SHORT_SURNAMES or not any(_plain_common_word(word.capitalize()) for word in words))
            ) or (alike and not all(_plain_common_word(word.capitalize()) for word in words))  # a brand's are common
            # a masked name's other spelling after a mark: two words, or one spelled alike ("ПЕТРАУСКЕНЕ / PETRAUSKIENE",
            # "ЭГЛЕ / EGLE" on a bilingual form; issue 15, stop 49)
            if same or (joined and named(*match.span(cyrillic_group))
                        and (len(latin.split()) >= 2 or _spelled_alike_runs(cyrillic, latin))):
                out.append(match.span(latin_group))
                if same:
                    out.append(match.span(cyrillic_group))
    return out


# A Russian name typed in Latin letters amid Russian text ("звонил Ivanov", "перезвонить Kuznetsovu", "Kuznecov вместо
# Кузнецов", "Звонил MELNIKOV P.S.", red team bb23, f02): read back into Cyrillic (lexicon.latin_readings, every scheme),
# it is a surname by the same morphology as a Cyrillic word — a Russian surname's ending (_SURNAME_ENDING, any case)
# on a reading the dictionary knows as a surname or its guesser reads as one — and the Cyrillic rules judge it in its
# sentence, as they judge "звонил Иванов". A brand or an organisation reads back as no Russian surname ("Samsung",
# "Porsche", "Goldman"; a word in capitals only on a reading the dictionary knows: «ELDIN» is an acronym) or stands in
# a run with a word that is no name part ("Sobakin Tech", "Burger King"), and stays visible; a first name ("Petr") or initials ("P.S.") are read back beside such a
# surname. A word in lowercase Latin letters ("Клиент sokolov P.S.", "звонил lebedeva": red team bb25 f07, a CRM note
# typed on a Latin keyboard) is read back too, on a reading the dictionary knows as a surname only (no guess: lowercase
# Latin runs are the handles' and logins' shape as well, and the Cyrillic rules judge it capitalised in its sentence).
_READ_BACK_WHY = "a Russian name in Latin letters that reads back as one in its Russian sentence"
_LATIN_NAME_WORD = re.compile(r"(?<![\w@.'’/\\-])(?:[A-Z][A-Za-z]*(?:['’][a-z]+)*(?:-[A-Z][A-Za-z]*(?:['’][a-z]+)*)?"
                              r"|[a-z]{4,}(?:-[a-z]{4,})?)"
                              r"(?![\w@'’-]|\.[A-Za-z0-9])")
_LATIN_INITIAL_LETTERS = re.compile(r"[A-Z]\.(?:[ \t]?[A-Z]\.?(?![A-Za-z]))?")
_RUN_GAP = re.compile(r"[ \t]+")
_CYRILLIC_READING = re.compile(r"[а-яё]+")


def _surname_reading(word: str) -> str | None:
    """The Cyrillic reading of a Latin word that is a Russian surname by its morphology (see above), lowercase."""
    if len(word) < 3 or not (word.isupper() or word[1:].islower() or "-" in word or "'" in word or "’" in word):
        return None
    readings = sorted(latin_readings(word))
    known = [r for r in readings if _CYRILLIC_READING.fullmatch(r) and _SURNAME_ENDING.search(r) and is_known(r)
             and "Surn" in _rare_kinds(r)]  # on any reading: "Komarov" is mosquitoes' genitive too
    if known:
        return known[0]
    usual = latin_to_cyrillic(word).replace("'", "ь").replace("’", "ь")  # a guess only on the usual reading: the
    # other schemes' readings of an English word ("Moscow" as "мосцов") are no Russian spelling of it; and not of a
    # word in capitals, an acronym's shape as much as a name's («ELDIN»)
    if not word.isupper() and not word.islower() and _CYRILLIC_READING.fullmatch(usual) and not is_known(usual) and _SURNAME_ENDING.search(usual) \
            and "Surn" in _person_kinds(usual):
        return usual
    return None


def _name_part_reading(word: str) -> str | None:
    """The Cyrillic reading of a Latin word the dictionary knows as a first name or patronymic ("Petr", "Sergeevich")."""
    return next((r for r in sorted(latin_readings(word)) if _CYRILLIC_READING.fullmatch(r) and is_known(r)
                 and _person_kinds(r) & {"Name", "Patr"}), None)


def _latin_names_read_back(text: str, written: str | None = None) -> list[tuple[int, int]]:
    """The runs of capitalised Latin words (with their initials) amid Russian text that hold a Russian surname once
    read back, where the Cyrillic rules find a name in the text with those words read back; `written` is the text
    before its fields' separators were read as spaces ("Burdiny_Home" is a login, no name)."""
    if not re.search(r"[A-Za-z]", text) or not _CYRILLIC.search(text):
        return []
    written = written if written is not None and len(written) == len(text) else text
    pieces: list[tuple[int, int, str]] = []  # (start, end, Cyrillic reading) of the words read back
    runs: list[tuple[int, int]] = []
    words = list(_LATIN_NAME_WORD.finditer(text))
    i = 0
    while i < len(words):
        run = [words[i]]
        while i + 1 < len(words) and _RUN_GAP.fullmatch(text, run[-1].end(), words[i + 1].start()):
            i += 1
            run.append(words[i])
        i += 1
        start, end = run[0].start(), run[-1].end()
        if "_" in written[max(0, start - 1):end + 1]:
            continue  # a login's part ("Burdiny_Home")
        around = text[max(0, start - 60):start] + text[end:end + 60]
        if len(_CYRILLIC.findall(around)) <= len(re.findall(r"[A-Za-z]", around)):
            continue  # English (or Latin) text: the Latin rules read it
        readings = [_read_parts(w.group(), _surname_reading) for w in run]
        if not any(readings):
            continue
        readings = [reading or _read_parts(w.group(), _name_part_reading) for w, reading in zip(run, readings)]
        if not all(readings) or any(w.group().lower() in _LATIN_NOT_NAME_WORDS for w in run):
            continue  # a word of the run is no name part: a brand's or an organisation's name ("Sobakin Tech")
        pieces += [(w.start(), w.end(), _cased_like(reading, w.group())) for w, reading in zip(run, readings)]
        initials = _LATIN_INITIAL_LETTERS.match(text, end + 1) if text[end:end + 1] == " " else None
        if initials:
            letters = "".join(latin_to_cyrillic(ch).upper()[:1] if ch.isalpha() else ch for ch in initials.group())
            pieces.append((initials.start(), initials.end(), letters))
            end = initials.end()
        runs.append((start, end))
    if not pieces:
        return []
    # the text with those words in Cyrillic, and where each piece of it stood in `text`
    read_back, spans_back = [], []
    last = position = 0
    for start, end, reading in sorted(pieces):
        read_back.append(text[last:start])
        position += start - last
        spans_back.append((position, position + len(reading), start, end))
        read_back.append(reading)
        position += len(reading)
        last = end
    read_back.append(text[last:])
    found = [(_back(s, spans_back, True), _back(e, spans_back, False)) for s, e, _, _ in person_spans("".join(read_back))]
    # each run's part of a name found there: the Cyrillic words beside it were judged on the text itself
    out = [(max(s, run_start), min(e, run_end)) for run_start, run_end in runs for s, e in found
           if s < run_end and run_start < e]
    # a run the rules without NER leave (natasha's NER reads the text only once, in Latin) is still a surname when the
    # dictionary knows its reading as one and a Russian word, no preposition, stands right before it (fail closed)
    for run_start, run_end in runs:
        if any(s < run_end and run_start < e for s, e in out):
            continue
        gap_start = len(text[:run_start].rstrip(" \t"))
        before = _CYRILLIC_WORD_BEFORE.search(text, max(0, gap_start - 40), gap_start) if gap_start < run_start else None
        first = _LATIN_NAME_WORD.match(text, run_start)
        reading = _surname_reading(first.group()) if first else None
        if before is not None and reading and is_known(reading) \
                and not any(p.tag.POS == "PREP" for p in parses(before.group().lower())[:1]):  # "в Rostov": a place
            out.append((run_start, run_end))
    return out


def _read_parts(word: str, reading_of) -> str | None:
    """A word's reading, a hyphenated word's parts read one by one ("Rimsky-Korsakov"): None when a part has none."""
    parts = [reading_of(part) for part in word.split("-")]
    return "-".join(parts) if all(parts) else None


def _cased_like(reading: str, word: str) -> str:
    """A reading capitalised as a name is written: a word in capitals too ("MELNIKOV", as a passport prints it, is
    only a name here: a word in capitals is read back on a reading the dictionary knows as a surname)."""
    return "-".join(part.capitalize() for part in reading.split("-"))


def _back(position: int, pieces: list[tuple[int, int, int, int]], start: bool) -> int:
    """A position in the read-back text as a position in the original: inside a piece read back, that piece's start
    (or end); elsewhere shifted by the pieces before it."""
    shift = 0
    for new_start, new_end, old_start, old_end in pieces:
        if new_start < position < new_end or (position == new_start and start) or (position == new_end and not start):
            return old_start if start else old_end
        if new_end <= position:
            shift = old_end - new_end
    return position + shift


# A name in Latin letters as a foreign passport prints it, right before its holder's document (issue 15, the tourist-SIM
# kiosks: "Levi Noa, ISR 34071285", "Diallo Mamadou (SEN A02281734)", "PARK SEOYEON M48812937", "Pham Van Duc C4200288 /
# Do Thi Mai …", "Kowalska Agnieszka (Ковальска), POL EK3359262"): the document is the evidence a Latin run needs amid
# Russian text (_latin_with_evidence), as a naming word would be. Two words at least, surname or given names first, the
# particles inside ("van der Merwe Pieter"); between the name and the document only a separator, a bracket and perhaps
# the name's Cyrillic spelling in brackets or after "=" or "/"; the document a state's code and a number
# (id_document.COUNTRY_CODED) or a number with a Latin letter a foreign document's (id_document.FOREIGN_SHAPE,
# LATIN_LETTERED_NUMBER). Each word from its first letter: linear.
_HOLDER_WORD = r"[A-Z][A-Za-z'’]*+(?:-[A-Z][A-Za-z'’]*+)?(?![\w'’])"
_HOLDER_PARTICLE_WORDS = ("da", "de", "di", "do", "dos", "das", "del", "van", "von", "der", "den", "bin", "ibn", "binti",
                          "al", "el", "la", "le")
_HOLDER_PARTICLES = (r"(?:(?:" + "|".join(sorted(_HOLDER_PARTICLE_WORDS, key=lambda w: (-len(w), w)))
                     + r")[ \t]+){0,2}")
_LATIN_HOLDER_RUN = re.compile(r"(?<![\w'’@.\-])" + _HOLDER_PARTICLES + _HOLDER_WORD + r"(?:[ \t]+" + _HOLDER_PARTICLES
                               + _HOLDER_WORD + r"){1,4}")
_HOLDER_GAP = re.compile(r"[ \t]*+[,:;\-–—/|]?[ \t]*+")  # a table's pipe too ("| Piotr Zielinski | PL ES 7712095 |")
_HOLDER_GLOSS = re.compile(r"\([^()\n\d]{1,40}\)|[=/][ \t]*+[А-ЯЁ][А-ЯЁа-яё\-]*+(?:[ \t]+[А-ЯЁ][А-ЯЁа-яё\-]*+){0,3}")
_HOLDER_OPENING = re.compile(r"[ \t]*+[,:;\-–—]?[ \t]*+\(?[ \t]*+")


@lru_cache(maxsize=1)
def _documents_after_a_holder() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """What a holder's name stands right before (issue 15, stops 45 and 46): a state-coded document, a foreign
    document's number, a birth date (after its cue, the kind's own: "DOB", "geb.", "д.р.", "born"; or a whole date
    alone), and a phone perhaps after a word or two ("Bakker Sander — +7 911 …", "Thomas Krause, номер +7 …")."""
    from guard.recognizers.birth_date import A_BIRTH_CUE, ENGLISH_WORDS, ISO, NUMERIC
    from guard.recognizers.id_document import (COUNTRY_CODED, DOCUMENT_WORDS, FOREIGN_NUMBER, FOREIGN_SHAPE,
                                               LATIN_LETTERED_NUMBER, PASSPORT_WORDS)
    from guard.recognizers.phone import INTERNATIONAL, PHONE_REGEX
    dates = r"(?:" + NUMERIC + "|" + ISO + "|" + ENGLISH_WORDS + ")"
    named = r"(?:" + PASSPORT_WORDS + "|" + DOCUMENT_WORDS + r")[\s.:,№#\-]{0,4}(?:" + FOREIGN_NUMBER + ")"
    return (re.compile(COUNTRY_CODED + "|" + named, re.IGNORECASE),
            re.compile(r"(?:" + FOREIGN_SHAPE + "|" + LATIN_LETTERED_NUMBER + ")"),
            re.compile(r"(?:(?:" + A_BIRTH_CUE.pattern + r"))?" + dates, re.IGNORECASE),
            re.compile(r"(?-i:[a-zа-яё]{2,12}+\.?[ \t]++){0,2}(?:" + INTERNATIONAL + "|" + PHONE_REGEX + ")"))


# A gloss of the holder's state in brackets between the name and the value: "Dušan Marković (Serbia), passport …".
_HOLDER_STATE_GLOSS = re.compile(r"\([A-Z][a-z]{2,20}+\)")
_LATIN_HOLDER_ONE_WORD = re.compile(r"(?<![\w'’@.\-])" + _HOLDER_WORD)


def _latin_holders_of_documents(text: str) -> list[tuple[int, int]]:
    """Latin names right before their holders' foreign documents (see above), birth dates or phones: a person holds
    a birth date and a phone as a document, no brand does. One word is enough before a birth date after its cue
    ("Lena (geb. 14.09.2011)"); two at least before the rest."""
    if not re.search(r"[A-Z][A-Za-z'’]*[ \t]*[ (,A-Z]", text):
        return []
    coded, numbered, born, phone = _documents_after_a_holder()
    out = []
    runs = [(run, 2) for run in _LATIN_HOLDER_RUN.finditer(text)]
    runs += [(run, 1) for run in _LATIN_HOLDER_ONE_WORD.finditer(text)]
    for run, fewest in runs:
        words = list(re.finditer(r"[^ \t]+", run.group()))
        while words and words[0].group().lower() in _LATIN_NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < fewest or any(word.group().lower() in _LATIN_NOT_NAME_WORDS for word in words):
            continue
        at = _HOLDER_GAP.match(text, run.end()).end()
        gloss = _HOLDER_GLOSS.match(text, at)
        if gloss and _CYRILLIC.search(gloss.group()) or _HOLDER_STATE_GLOSS.match(text, at):
            at = _HOLDER_GAP.match(text, (gloss or _HOLDER_STATE_GLOSS.match(text, at)).end()).end()
        at = _HOLDER_OPENING.match(text, at).end()
        date = born.match(text, at)
        if date and not _a_birth_cue_at(text, at) and re.match(r"[\-/.]?\w", text[date.end():date.end() + 2]):
            date = None  # a date alone must end there: "Numlex NP-2025-11-07-001184" is a request's number
        if fewest == 1:
            held = date is not None and _a_birth_cue_at(text, at)
        else:
            held = bool(coded.match(text, at) or numbered.match(text, at) or date or phone.match(text, at))
        if held:
            out.append((run.start() + words[0].start(), run.start() + words[-1].end()))
    return out


def _a_birth_cue_at(text: str, at: int) -> bool:
    """A birth date's cue opens the text at `at` ("geb.", "DOB", "д.р."), not a date alone."""
    from guard.recognizers.birth_date import A_BIRTH_CUE
    return A_BIRTH_CUE.match(text, at) is not None


def _without_places_namesakes(text: str, spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """Each span that names a street, a village or an organisation after someone (_names_a_place) is dropped — but
    only as far as the namesake reaches: a span that ran on past it into the next person's name keeps that name, from
    its first word that no longer names the place, where the genitive the place's head governs its namesake in ends
    ("колхоза имени калинина [хамис абдуллаева]": the dictionary's run took the collective farm's namesake and the
    milkmaid's name as one; "орденом Александра Невского", "Гран-при «Иван Ярыгин»", "улица Кави Наджми" stay whole
    namesakes; the name kept has two words or more, the first of which may name someone). Never more than the span was
    (fail closed: before, the whole span went)."""
    out = []
    for start, end, score, why in spans:
        if not _names_a_place(text, start, end):
            out.append((start, end, score, why))
            continue
        words = list(NAME_WORD.finditer(text, start, end))
        if not _names_a_place(text, start, end, next_word=False):
            # only the street's word after the span reads it as a place: a person's name (_a_person_before_a_street)
            # is kept whole; a genitive name keeps its words before the last, which then stand before no street word
            # (stop 59's review, H1: a surname taken into a lowercase name put the street word next to the span)
            if _a_person_before_a_street(text, start, end):
                out.append((start, end, score, why))
            elif len(words) >= 2 and not _names_a_place(text, start, words[-2].end()):
                out.append((start, words[-2].end(), score, why))
            continue
        rest = next((word.start() for word in words[1:-1]  # two words left at least: a name, not a namesake's tail
                     if len(word.group()) > 1  # an initial is its surname's ("имени Б. [А. Нелюбина]")
                     and _all_genitive(text, start, word.start()) and not _all_genitive(text, word.start(), word.end())
                     and _may_name(word.group()) and not _names_a_place(text, word.start(), end)),
                    None)
        if rest is not None:
            out.append((rest, end, score, why))
    return out


def _a_person_before_a_street(text: str, start: int, end: int) -> bool:
    """A span only the street's word after it reads as a place ("Ленина улица": _names_a_place's last reading) that is a
    person's name all the same: a street is named in the genitive, so a name in another case is a person's whatever
    follows ("передайте [ивану петровичу долгих] улицу у дома перекопали", "доверенность на [ольгу ивановну сидорову]
    улица …", "говорила с [арсением бельским] улица …"), and so is a first name with its patronymic or initials
    (_a_persons_whole_name: "на [петра денисовича хромова] улица ленина"). Fail closed: the span is kept, never dropped
    for the word after it (stop 59's review, H1)."""
    return _names_a_place(text, start, end) and not _names_a_place(text, start, end, next_word=False) \
        and (not _all_genitive(text, start, end) or _a_persons_whole_name(text, start, end))


def _one_reading_per_extent(spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """Each extent once, with its most confident reading (two readings may find the same name: "на Мирную Алёну" is
    both dictionary name words and an ordinary word before a first name); the order of first finding is kept."""
    best: dict[tuple[int, int], tuple[int, int, float, str]] = {}
    for span in spans:
        if span[:2] not in best or span[2] > best[span[:2]][2]:
            best[span[:2]] = span
    return [best[key] for key in dict.fromkeys(span[:2] for span in spans)]


# Initials alone where NER reads a person in written text: a court report's or a letter's stand-in for a surname ("К.",
# "учитель Н.К.", "у потерпевшей Ж."). No word in them, so no other judge has anything to read.
_INITIALS_ALONE = re.compile(r"[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?")


# Lowercase particles of a surname ("фон Брюммер", "ван Дейк", "ибн Сина"); in lowercase text only the ones that are
# no Russian word ("да", "де", "ла" are words or syllables of speech).
_SURNAME_PARTICLES = frozenset({"фон", "ван", "дер", "де", "ибн", "бен", "аль", "ди", "дю"})
_SPOKEN_SURNAME_PARTICLES = frozenset({"фон", "ибн"})
# An old-style patronymic: "Иван Андреев сын Вахромкин", "Анна Фёдорова дочь" (the father's name as a possessive).
_KIN_OF_A_PATRONYMIC = frozenset({"сын", "сына", "сыну", "сыном", "сыне", "дочь", "дочери", "дочерью"})


# Two initials, each a letter of either script and case with its dot, right after a name's last word (from its end only:
# linear) — how a surname's initials are typed in any keyboard's layout; not a lowercase dotted abbreviation
# (lexicon.DOTTED_ABBREVIATIONS: "т.е.", "г.р.", "p.s."): capitals after a name are its initials ("sokolov P.S.")
_INITIALS_AFTER_A_NAME = re.compile(r"(?<![ \t])[ \t]+([A-Za-zА-ЯЁа-яё]\.[ \t]?[A-Za-zА-ЯЁа-яё]\.)(?![\w])")


def _with_initials_after(text: str, end: int) -> int:
    """A found name's end, past two dotted initials right after its last word, whichever script and case they are
    typed in and whichever reader found the name: "клиент [kuznetsova a. v.]", "Кл. [smirnov А.В.] звонил" (red team
    bb25 f07: the Latin surname was masked, its initials left beside it). More hidden, never less."""
    initials = _INITIALS_AFTER_A_NAME.match(text, end)
    if initials is None or not text[end - 2:end].isalpha() \
            or re.sub(r"[ \t]", "", initials.group(1)) in DOTTED_ABBREVIATIONS:
        return end
    return initials.end(1)


def _with_the_names_own_words(text: str, start: int, end: int, lowercase: bool) -> tuple[int, int]:
    """A found name widened by the words that are part of it, wherever it was found: a surname's particle before it
    ("фон Брюммер"); a monarch's ordinal after a first name in its case ("при екатерине второй", "Николай Второй");
    the old patronymic's "сын"/"дочь" after a possessive of a first name, and the surname after that ("Иван Андреев
    сын Вахромкин"). More hidden, never less."""
    words = list(NAME_WORD.finditer(text, start, end))
    if not words:
        return start, end
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if before is not None and not text[before.end(1):start].strip(" \t") \
            and before.group(1) in (_SPOKEN_SURNAME_PARTICLES if lowercase else _SURNAME_PARTICLES) \
            and (lowercase or words[0].group()[:1].isupper()):
        start = before.start(1)
    last = words[-1].group()
    after = NAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is None:
        return start, end
    following = after.group()
    if "Name" in _rare_kinds(last) and _an_ordinal_agreeing(following.lower(), last.lower()):
        return start, after.end()
    if following.lower() in _KIN_OF_A_PATRONYMIC and len(words) >= 2 \
            and re.search(r"(?:[оеё]в|[иы]н)[аы]?$", last.lower()) and "Name" in _rare_kinds(words[-2].group()):
        end = after.end()
        surname = NAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if surname is not None and (surname.group()[:1].isupper() or lowercase) and _rare_kinds(surname.group()) & {"Surn"}:
            end = surname.end()
    return start, end


def _an_ordinal_agreeing(word: str, name: str) -> bool:
    """"второй" after "екатерине", "первом" after "николае": an ordinal numeral adjective in the first name's case
    and gender."""
    names = {(p.tag.case, p.tag.gender) for p in parses(name) if "Name" in p.tag}
    return any("Anum" in p.tag and p.tag.number == "sing" and (p.tag.case, p.tag.gender) in names
               or "Anum" in p.tag and p.tag.case == "accs" and "anim" in p.tag
               and any(case == "gent" and gender == p.tag.gender for case, gender in names)
               for p in parses(word))


# Words in a script nothing here reads — Armenian, Georgian, Greek, Hebrew, Arabic, Devanagari, Thai, Mongolian, Chinese,
# Japanese and Korean letters: in a Russian contact centre's text they are almost always a name or an address written
# in the customer's own script ("Абонент Նարեկ Հովհաննիսյան", "Клиент 王伟"), and no dictionary, tagger or NER here can
# tell which — so a run of them is a name: fail closed (red team bb13, 05). Up to six words a run, one space or hyphen
# between them.
_UNREAD_LETTERS = ("\u0370-\u03ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
                   "\u10a0-\u10ff\u1100-\u11ff\u1800-\u18af\u1c90-\u1cbf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\uac00-\ud7af")
_UNREAD_SCRIPT_RUN = re.compile(rf"(?<![{_UNREAD_LETTERS}])[{_UNREAD_LETTERS}]++(?:[ \t\-][{_UNREAD_LETTERS}]++){{0,5}}")
_UNREAD_SCRIPT_WHY = "words in a script no reader here knows (fail closed)"
# A word a naming verb or noun gives in quotes is a person's, whatever NER reads it as ("звали его «Паком»": ORG)
_NICKNAME_WHY = "a nickname after the words that name one"
_ANOTHER_NAME_WHY = "another name of the person named beside it"
# The words that give a person's other name, right after the name ("ромашкина она же ромашка", "артем ковалев и есть
# кедр") or right before it ("координатор бирюза в миру юлия берестова": the call sign, then the name in the world)
_SAME_ONE_AFTER = re.compile(r"(?<![ \t,])[ \t,]++(?:(?:он|она|они)[ \t]++же|и[ \t]++есть)[ \t,]++(?:[«\"„“][ \t]*+)?"
                             r"(?=[^\W\d_])", re.IGNORECASE)  # from a run of blanks' first one only: linear
_SAME_ONE_BEFORE = re.compile(r"(?<![^\W\d_-])([^\W\d_]++)[»\"”]?[ \t,]++в[ \t]++миру[ \t,]*+$", re.IGNORECASE)


def _another_name_of_the_same(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A word that the words "он же" / "она же" / "и есть" give as another name of the person named right before them,
    or that "в миру" gives the person named right after it: a call sign, a nickname (fail closed: whatever the word
    means elsewhere — "ромашка", "кедр", "бирюза"). One word, no function word, pronoun, verb, label or role."""
    out = []
    for start, end in found:
        after = _SAME_ONE_AFTER.match(text, end)
        word = NAME_WORD.match(text, after.end()) if after else None
        before = _SAME_ONE_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and not _a_word_alone_before(text, before.start(1), before.group(1)):
            before = None  # "дядя Ваня из Высокой Горы, в миру Иван …": a phrase's last word, no name alone
        for candidate, span in ((word.group(), word.span()) if word else (None, None),
                                (before.group(1), before.span(1)) if before else (None, None)):
            if candidate is not None and _may_be_another_name(candidate):
                out.append(span)
    return out


def _a_word_alone_before(text: str, start: int, word: str) -> bool:
    """The word before "в миру" stands alone as a name does: in the nominative singular (or a word the dictionary
    lacks), no preposition or adjective before it that would make it a phrase's last word ("из Высокой Горы")."""
    found = parses(word.lower())
    if found and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in found):
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    tag = _top_tag(previous.group(1).lower()) if previous else frozenset()
    return not ({"PREP", "ADJF", "PRTF", "NUMR"} & tag)


def _may_be_another_name(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in STOPWORDS and not _pronoun(word) and not _not_a_name_word(word) \
        and not _is_label(word) and not _person_noun(word) and _role_lemma(word) not in _PERSON_NOUN_LEMMAS \
        and number_word_value(word.lower()) is None


def _unread_script_runs(text: str) -> list[tuple[int, int]]:
    """Each run of words in a script nothing here reads (_UNREAD_LETTERS); a lone Greek letter is a symbol ("5 Ω", "μ")."""
    return [run.span() for run in _UNREAD_SCRIPT_RUN.finditer(text)
            if not (run.end() - run.start() == 1 and "\u0370" <= run.group() <= "\u03ff")]


# Turkic patronymic markers after the father's name: "Мамедов Эльчин Рашид оглы", "Алиева Айгюль Вагиф кызы".
_PATRONYMIC_MARKER = re.compile(r"(?<![ \t])[ \t]+(?:" + "|".join(
    re.escape(particle) for particle in sorted(PATRONYMIC_PARTICLES, key=lambda p: (-len(p), p))) + r")(?![^\W\d_])",
    re.IGNORECASE)


def _with_patronymic_marker(text: str, end: int) -> int:
    """A name's end taken past a Turkic patronymic marker right after it: the marker is part of the patronymic."""
    marker = _PATRONYMIC_MARKER.match(text, end)
    return marker.end() if marker else end


_LIST_BREAK = re.compile(r"[•|;\n]")  # list separators NER sometimes reads across ("Эль Сальвадор • Эфиопия")


def _list_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A NER span cut at the list separators inside it, each piece without its edge spaces and separators; each piece
    is then judged as a span of its own."""
    cuts = [start] + [b for m in _LIST_BREAK.finditer(text, start, end) for b in (m.start(), m.end())] + [end]
    pieces = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not (text[b - 1].isalnum() or text[b - 1] == "."):
            b -= 1
        if a < b:
            pieces.append((a, b))
    return pieces


# A speaker's label opening a transcript's turn ("Оператор:", "Клиент 2:"), at a line's start or, in a transcript
# written on one line, after the previous turn: the label words every kind reads (recognizers/lexicon.py), then a colon.
_TURN_LABEL = re.compile(r"(?<![^\W\d_])" + SPEAKER_TAG, re.IGNORECASE)


_LATIN_SPAN = re.compile(r"[A-Za-z][A-Za-z'\- .&]*")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_GLOSS_OPENING = re.compile(r"\(\s*$")
_LATIN_RUN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'- .&")


def _latin_run_start(text: str, start: int) -> int:
    """Where the Latin words of the same run begin before `start` (at most 60 characters back)."""
    at = start
    while at > max(0, start - 60) and text[at - 1] in _LATIN_RUN_CHARACTERS:
        at -= 1
    return at


def _latin_with_evidence(text: str, spans: list[tuple[int, int, float, str]]
                         ) -> list[tuple[int, int, float, str]]:
    """A span in Latin letters amid Russian text is a person's name only with evidence: in Russian news and reports
    Latin words are mostly organisations, brands, products, events and mottos ("Deutsche Welle", "Cell ID", "GENS UNA
    SUMUS"). A span no word of which is surely a first name ("Anna" is, "Welle" is not: _surely_a_first_name) needs a
    naming word or a noun for a person beside it ("держатель", "ФИО латиницей:", "фотограф"; "Joshua Brown, юрист").
    In parentheses it glosses what stands before them: a name if a Cyrillic name is there ("Билал Хассеин (Bilal
    Hussein)"); with none, the same evidence is asked whoever found it, natasha too ("в Аль Аин (Al Ain)" names
    nobody). Spans in English text (more Latin than Cyrillic letters just before) are not judged here."""
    latin = [i for i, (s, e, _, _) in enumerate(spans) if _LATIN_SPAN.fullmatch(text, s, e)]
    if not latin:
        return spans
    cyrillic_names = [(s, e) for s, e, _, _ in spans if _CYRILLIC.search(text, s, e)]
    dropped = set()
    for i in latin:
        start, end, _, why = spans[i]
        context = text[max(0, start - 60):start]
        if len(_CYRILLIC.findall(context)) <= len(re.findall(r"[A-Za-z]", context)):
            continue
        opening = _GLOSS_OPENING.search(text, max(0, start - 40), _latin_run_start(text, start))
        glossing = opening is not None
        if glossing:
            glossed = text.rfind(" ", 0, max(0, opening.start() - 1))  # the word right before the parenthesis
            if any(s <= opening.start() and e > glossed for s, e in cyrillic_names):
                continue
        words = NAME_WORD.findall(text, start, end)
        if (glossing or why not in ("natasha NER", _LATIN_SURNAME_BY_A_PHONE_WHY)) \
                and not _person_noun_beside(text, start, end) \
                and not any(_surely_a_first_name(_to_cyrillic(w.lower())) for w in words) \
                and not (not glossing and _latin_first_and_surname(words)) \
                and not _LATIN_SURNAME_WITH_INITIALS.search(text[start:end]):  # initials are evidence ("P. S. Kuznetsov")
            dropped.add(i)
    return [span for i, span in enumerate(spans) if i not in dropped]


# A lone Latin word that spells back a surname, right beside a phone number ("IVANOV 89161234567", "８９１６… Ivanova",
# full-width letters folded by guard/normalize.py first: red team bb27 f05). Latin words amid Russian text are mostly
# brands (_latin_with_evidence); a subscriber's number beside the word is the evidence a brand has not — a note's
# "who and how to reach them". Only a phone's digits (recognizers/phone.py: is_phone_digits), not any number: "Golf 7",
# "Lada 2107" stay as written.
_LATIN_SURNAME_BY_A_PHONE_WHY = "a surname in Latin letters beside a phone number"
_LATIN_WORD_BY_DIGITS = re.compile(r"(?<![\w@.\-])(?:[A-Z][a-z]+|[A-Z]{3,})(?![\w@])")
# from the word's end only (the lookbehind: a try at a blank run's first blank only, linear: tests/test_redos.py)
_PHONE_AFTER = re.compile(r"(?<![ \t])[ \t]*+[,:;\-–—]?[ \t]*+(\+?\d[\d \t()\-]{8,18}\d)(?!\d)")
_PHONE_BEFORE = re.compile(r"(?<![\d+])(\+?\d[\d \t()\-]{8,18}\d)[ \t]*+[,:;\-–—]?[ \t]*+\Z")  # on the 30 characters before


# a surname's ending as it is spelled in Latin letters; not "-in", "-sk": German and English words end so ("Berlin",
# "Führerschein", "Desk"), and a surname in "-in" the dictionary knows is read by its entry
_LATIN_SURNAME_ENDING = re.compile(r"(?:[oe]va?|yova?|sk(?:y|iy|ii|aya)|enko|dze|shvili|yan)$", re.IGNORECASE)


def _latin_surname(word: str) -> bool:
    """A Latin word that spells back a surname: the dictionary knows it as one, or it has a Russian surname's ending."""
    surname = _to_cyrillic(word).lower()
    return ("Surn" in _person_kinds(surname) and is_known(surname)) or _LATIN_SURNAME_ENDING.search(word) is not None


def _latin_surnames_beside_a_phone(text: str) -> list[tuple[int, int]]:
    """_LATIN_SURNAME_BY_A_PHONE_WHY: each such word with a phone's digits right after or before it."""
    from guard.recognizers.phone import is_phone_digits  # here: the registry reads this module

    out = []
    for word in _LATIN_WORD_BY_DIGITS.finditer(text):
        after = _PHONE_AFTER.match(text, word.end())
        before = _PHONE_BEFORE.search(text[max(0, word.start() - 30):word.start()])
        if any(found is not None and is_phone_digits(re.sub(r"\D", "", found.group(1))) for found in (after, before)) \
                and _latin_surname(word.group()):
            out.append(word.span())
    return out


def _latin_first_and_surname(words: list[str]) -> bool:
    """Two Latin words, a first name the dictionary knows spelled back (_latin_first_name) and a surname — spelled back,
    the dictionary reads it as one, it has a Russian surname's ending, or it is a Korean surname ("Ruslan Akhmetov",
    "Dmitry Volkov", "Viktoria Pak"): a person's name, no brand (a brand's other word is no surname: "Frida Kahlo")."""
    if len(words) != 2:
        return False
    for first, last in (words, words[::-1]):
        surname = _to_cyrillic(last).lower()
        if _latin_first_name(first) and (("Surn" in _person_kinds(surname) and is_known(surname))
                                         or _SURNAME_ENDING.search(surname) or surname in _SHORT_SURNAMES):
            return True
    return False


def only_a_first_name(word: str) -> bool:
    """Every reading a name can be is a first name: "Ольга", "илья", "Софья"; not "Петров" (a surname too), not
    "Ивановна", not "Роман" (a surname too). The operator's own name in a self-introduction is one (guard/dialogue.py)."""
    return _rare_kinds(word) == {"Name"}


def may_be_a_name_part(word: str) -> bool:
    """Any reading of the word is a first name, surname or patronymic."""
    return bool(_rare_kinds(word))


def _surely_a_first_name(word: str) -> bool:
    """A first name on the dictionary's most likely reading, and surely so ("анна", "кевин"; not "велле", "ал")."""
    found = parses(word)
    return len(word) > 3 and is_known(word) and bool(found) and "Name" in found[0].tag and found[0].score >= 0.8


def _person_noun_beside(text: str, start: int, end: int) -> bool:
    """One of the three words before, or the word right after a comma or dash, is a naming cue or a noun for a living
    being with no name reading of its own ("клиент", "держатель", "фотограф"; "Joshua Wolf, журналист"; not
    "медиакомпанией"): the span beside it names a person."""
    after = _APPOSED_AFTER.match(text, end)
    for word in [w.lower() for w in words_before(text, start, 40)[-3:]] + ([after.group(1).lower()] if after else []):
        if word in _TITLES or word == "фио" or _names_a_person_beside(word):
            return True
    return False


def _names_a_person_beside(word: str) -> bool:
    """A naming cue or a noun for a living being with no name reading of its own, lowercase: "клиент", "держатель",
    "фотограф", "швед", "защитником", and "финка", "литовка" (as likely a knife and a scythe as a woman: its noun
    readings animate at least as often as not, a noun on its most likely reading; not "модель", "бот", "и") — what a
    name in Latin letters beside it names is a person."""
    readings = [found for found in parses(word) if "Abbr" not in found.tag]  # "швед." is also "шведский" cut short
    nouns = [found for found in readings if found.tag.POS == "NOUN"]
    animate = sum(found.score for found in nouns if "anim" in found.tag)
    return word in _LATIN_NAMING_CUES or _role_lemma(word) in _PERSON_NOUN_LEMMAS \
        or (bool(readings) and readings[0].tag.POS == "NOUN" and animate >= sum(found.score for found in nouns) - animate
            and not _person_kinds(word))


_APPOSED_AFTER = re.compile(r"(?<![ \t])[ \t]*[,—–-][ \t]*([А-ЯЁа-яё]+)")  # from a span's end only: linear


def _registry_word(word: str) -> bool:
    """A month in any case ("до марта", "в августе") or a kind's cue word ("номер снилса", "полис омс"): words of
    dates and documents that the dictionary or NER may read as a first name or surname ("Марта", "Августа")."""
    lower = word.lower()
    # the stems the word begins with are its own beginnings found among the cue stems: a look-up per letter of the
    # word, not a startswith per stem of the registry (~150) for every word the PERSON rules ask about (stop 55)
    return bool(_MONTH_FORM.fullmatch(lower)) or any(is_cue(lower, lower[:n]) for n in range(len(lower) + 1)
                                                     if lower[:n] in CUE_KINDS)


# A free-word slot of a kind's `asked` pattern — an optional group of any one word or a few ("когда (?:\w+\s+)?выдан",
# "номер(?:\s+[а-яё]{1,12})?\s+участник", "код(?:[ \t]+[а-яё]+){0,2}?[ \t]+пришёл"): a surname stands there as well
# as any word ("когда ковтун выдан паспорт"), so it is taken out and only the phrase's fixed words are read.
_FREE_WORD_SLOT = re.compile(r"\(\?:(?:\\s\+|\[ \\t\]\+)?(?:\\w\+|\[а-яё\]\+|\[а-яё\]\{\d+,\d+\})"
                             r"(?:\\s\+|\[ \\t\]\+)?\)(?:\?|\{0,\d+\}\??)")


@lru_cache(maxsize=1)
def _other_kinds_cue_phrases() -> re.Pattern:
    """The phrases every other kind of the registry is asked for by (`Kind.asked`: «фан айди», «карта болельщика»,
    «номер телефона», «срок действия»), as one pattern of whole words: each kind's words stay in its own module. Their
    free-word slots are taken out (`_FREE_WORD_SLOT`): a word that only fills a slot is never dropped as the phrase's."""
    from guard.recognizers import KINDS  # the registry imports this module: read once, on first use

    phrases = "|".join(f"(?:{_FREE_WORD_SLOT.sub('', kind.asked)})" for kind in KINDS
                       if kind.asked and kind.entity != "PERSON")
    return re.compile(r"(?<![^\W\d_])(?:" + phrases + r")(?![^\W\d_])", re.IGNORECASE)


@read_once_per_document
def _kinds_cue_phrases_in(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each phrase of two words or more in `text` that another kind is asked for by, no word of it a
    name the dictionary knows or guesses."""
    out = []
    for match in _other_kinds_cue_phrases().finditer(text):
        words = NAME_WORD.findall(text, *match.span())
        if len(words) >= 2 and not any(_known_name_word(word) or _rare_kinds(word) for word in words):
            out.append(match.span())
    return tuple(out)


def _in_a_kinds_cue_phrase(text: str, start: int, end: int) -> bool:
    """Do the words of text[start:end] lie inside a phrase another kind is asked for by ("его фан айди триста …":
    «фан айди», the fan card's programme)? Then they name that kind's value, never a person (recased speech read
    "Фан Айди" as one; the dictionary's run and the tagger took "фан" alone)."""
    words = list(NAME_WORD.finditer(text, start, end))
    return bool(words) and any(s <= words[0].start() and words[-1].end() <= e for s, e in _kinds_cue_phrases_in(text))


def _without_common_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name span cut where a speaker's label opens a turn ("Ткаченко Роман\nОператор: ..." — NER and written
    initials run across the line break), and none that is only months and kinds' cue words ("до марта", "номер
    снилса"): those are never a name alone — beside another name word or initials they are its part ("Марта
    Ивановна", "Договоров Максим", "Паспортов И.И.")."""
    pieces, at = [], start
    for label in _TURN_LABEL.finditer(text, start, min(len(text), end + 16)):  # its colon may lie past the span
        if label.start() >= end:
            break
        pieces.append((at, label.start()))
        at = min(label.end(), end)
    pieces.append((at, end))
    out = []
    for s, e in pieces:
        words = list(NAME_WORD.finditer(text, s, e))
        if not words:
            continue  # the label alone ("Спикер 2:" that NER read as a name): no word of a name is left
        if all(_registry_word(word.group()) for word in words) and not _after_naming_word(text, s):
            continue
        if _in_a_kinds_cue_phrase(text, words[0].start(), words[-1].end()) and not _after_naming_word(text, s):
            continue  # "его фан айди триста …": the words that ask for another kind's value (recased speech read
            # "Фан Айди" as a person)
        # a span's own edges stay ("Л.Р." keeps its dots); a cut at a label ends at a word
        out.append((s if s == start else words[0].start(), e if e == end else words[-1].end()))
    return out


def _after_honorific(text: str, start: int) -> bool:
    """Right after "гражданин", "гражданка", "товарищ", "господин" in any case, nothing between (the lexicon's
    HONORIFICS, which the speech checker's surname slot reads too): what follows stands for a person."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and any(p.normal_form in HONORIFICS and p.tag.number == "sing"
                                      for p in parses(before.group(1).lower()))


def _honorific_letters(text: str) -> list[tuple[int, int]]:
    """A letter after an honorific is the anonymised person's initial, said by its name or written alone ("гражданку
    ша оштрафовали", "гражданка пэ пыталась", "гражданин к"): court and police news hide a surname so. Not a letter
    that is a function word ("гражданин и гражданка", "господа те кто"); a dotted initial is _initials' own."""
    out = []
    for match in NAME_WORD.finditer(text):
        lower = match.group().lower()
        if (lower in SPOKEN_LETTERS or len(lower) == 1) and lower not in _FUNCTION_LETTERS and lower not in STOPWORDS \
                and text[match.end():match.end() + 1] != "." and _after_honorific(text, match.start()):
            out.append(match.span())
    return out


# The word between a turn's greeting and the speaker's offer of help ("добрый день роман слушаю вас", "Здравствуйте,
# Вера, чем могу помочь?") is the speaker's name (or the caller's, greeted by it) whatever else it reads as: a name the
# dictionary calls a common word too ("роман", "вера", "надежда") is one there (issue 15, stop 54: pii_ax53's calls).
# The frame is lexicon.GREETING and OFFER_OF_HELP, as guard/dialogue.py reads an operator's own name.
_GREETED_WORD = re.compile(r"(?:^|(?<=\n)|(?<=:))[ \t\W]*" + GREETING + r"[\s,!.—–-]+(?P<name>[а-яё]+)[\s,!.—–-]+(?="
                           + OFFER_OF_HELP + r"(?![а-яё]))", re.IGNORECASE)


def _greeted_names(text: str) -> list[tuple[int, int, float, str]]:
    return [(*match.span("name"), 0.8, "a name between a greeting and an offer of help")
            for match in _GREETED_WORD.finditer(text) if may_be_a_name_part(match["name"])]


# A value written as a name: one to four words of letters, a hyphen or an apostrophe inside ("Lebedev", "Анна-Мария",
# "Vorob'ev Petr")
_NAME_SHAPED = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’\-][^\W\d_]+)*){0,3}\.?")


def _keyed_names(text: str) -> list[tuple[int, int, float, str]]:
    """A value under a key that names a name ("lastName: Lebedev", '"familiya": "Лебедева"', "FAM=ГОРОХ": the key read
    as its Russian cue, recognizers/structured.py) is the name whatever it reads as (fail closed), when it is written
    as one."""
    document = document_for(text)
    reading = document.derived("structured_reading", read_structure) if document is not None else read_structure(text)
    out = _lone_naming_fields(text)
    if reading is None or not _NAMING_KEY_WORDS & set(reading.keys.split()):
        return out
    for r_start, r_end, o_start in reading.values:
        before = words_before(reading.text, r_start, 20)[-1:]
        value = reading.text[r_start:r_end]
        if before and before[0].lower() in _NAMING_KEY_WORDS and _NAME_SHAPED.fullmatch(value) \
                and not all(w.lower() in STOPWORDS or _not_a_name_word(w) for w in NAME_WORD.findall(value)):
            # not "не указано", "нет"
            out.append((o_start, o_start + r_end - r_start, 0.85, "a value whose key names a name"))
    return out


# One field whose key names a name, in any key syntax a log, a bot or a scanned page writes it: "Surname: KUZNETSOV",
# "slots: {surname: 'воробьёв'}", 'slot.surname="…"', "SURNAME KUZNETSOV GIVEN NAMES IVAN", "ФАМИЛИЯ/SURNAME
# VOROBEV/ВОРОБЬЁВ" (red team bb16, 13 and 14) — the key read as structured.key_words reads any key, a lone field as
# well as a structure's. The hint finds the place cheaply; the key's words decide.
_NAMING_KEY_HINT = ReadOnceAWhole(re.compile(
    r"surname|(?:last|family|first|given|middle|full)[ \t_.\-]?name|patronymic|familiya"
                              r"|фамили[яи]|отчество|(?<![а-яё])фио(?![а-яё])|(?<![a-z])fio(?![a-z])", re.IGNORECASE))
_KEY_EDGE_CHARS = "._/-"
_KEY_REACH = 40  # characters a key reaches either side of its hint
# after the key: a colon or "=" and perhaps a quote; or, a key in capitals, a space before a value in capitals
# (from a space run's first character only: linear on a run of spaces)
_NAMING_FIELD_SEPARATOR = re.compile(r"(?<![ \t])(?:[ \t]*[:=][ \t]*(?P<quote>['\"«]?)|[ \t]+(?=[A-ZА-ЯЁ]))")
_CAPITALS_VALUE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+(?:/[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+)?(?![\w])")
_FIELD_VALUE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:/[^\W\d_]+(?:['’\-][^\W\d_]+)*)?"
                          r"(?:[ \t]+[^\W\d_]+(?:['’\-][^\W\d_]+)*){0,2}")


# A table's column labels: a header row is one whose every cell is one of them (_in_a_header_row). A kind's key is read
# from its one home, the lexicon's key names: the Russian cue the kind knows ("фамилия", "паспорт", "код
# подразделения", "лицевой счёт": LATIN_KEY_NAMES, SHORT_KEY_NAMES) and each Latin or short name of it (FIELD_KEY_WORDS,
# in _a_column_label); listed here, the columns of no kind a CRM export heads its tables with ("роль", "статус",
# "тариф") and a kind's label in a shape the key names do not spell ("ф.и.о", "тел", "№ договора"). Review stop 54
# (kinds, F3): "three tab-cut cells, no digit" made a key-value row ("ФИО⇥ВОЛК⇥СТАТУС⇥АКТИВЕН") a header, and the name
# after "ФИО⇥" was left.
_COLUMN_LABELS = frozenset(cue.replace("ё", "е") for cue in (*LATIN_KEY_NAMES, *SHORT_KEY_NAMES)) | frozenset((
    "ф.и.о", "роль", "кпп", "огрн", "тел", "моб", "мобильный", "email", "e-mail", "почта", "д.р", "дата",
    "№ договора", "номер договора", "лс", "л/с", "счет", "тариф", "статус", "город", "регион", "пол", "сумма", "карта",
    "баланс", "комментарий", "примечание", "должность", "отдел", "возраст", "гражданство", "код", "логин", "id",
    "абонент", "клиент", "оператор", "услуга", "iccid", "сим", "дата подключения", "таб. №", "табельный номер", "№",
    # a row's number and a crew list's English columns of no kind (stop 56)
    "№ п/п", "n", "name", "rank", "position", "nationality", "citizenship", "sex", "gender", "sid", "sirb"))
_LABELS_OF_WORDS = tuple(label.split() for label in sorted(_COLUMN_LABELS) if " " in label)


def _a_column_label(cell: str) -> bool:
    said = " ".join(cell.lower().replace("ё", "е").split()).rstrip(".:")
    return said in _COLUMN_LABELS or said in FIELD_KEY_WORDS or _a_cut_label(said)


_SHORTEST_CUT = 3  # "рожд.", "тел.", "моб.": a label's word cut to three letters at least


def _a_cut_label(said: str) -> bool:
    """Is a cell a label of two words or more with its words cut short ("Дата рожд.", "Место рожд.", "Контактн. тел")?
    Each word opens the label's word in its place (stop 56: a crew list's header was read as no header, and the cell
    after «ФИО» as a name)."""
    words = [word.rstrip(".") for word in said.split()]
    return len(words) >= 2 and all(len(word) >= _SHORTEST_CUT or word.isdigit() for word in words) and any(
        len(label) == len(words) and all(full.startswith(word) for word, full in zip(words, label))
        for label in _LABELS_OF_WORDS)


def _in_a_header_row(text: str, pos: int) -> bool:
    """Is the line at `pos` a table's header row: three cells or more cut by tabs, each a known column label?"""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.count("\t") >= 2 and all(_a_column_label(cell) for cell in line.split("\t"))


def _lone_naming_fields(text: str) -> list[tuple[int, int, float, str]]:
    out: list[tuple[int, int, float, str]] = []
    done = -1
    for hint in _NAMING_KEY_HINT.finditer(text):
        if hint.start() < done:
            continue  # inside a key read already ("ФАМИЛИЯ/SURNAME")
        start, end = hint.start(), hint.end()
        while start > max(0, hint.start() - _KEY_REACH) and (text[start - 1].isalnum() or text[start - 1] in _KEY_EDGE_CHARS):
            start -= 1
        while end < min(len(text), hint.end() + _KEY_REACH) and (text[end].isalnum() or text[end] in _KEY_EDGE_CHARS):
            end += 1
        key = text[start:end].rstrip(_KEY_EDGE_CHARS)
        end = start + len(key)
        done = end
        separator = _NAMING_FIELD_SEPARATOR.match(text, end)
        if separator is None or not _NAMING_KEY_WORDS & set(key_words(key)):
            continue
        capitals = separator.group("quote") is None and ":" not in separator.group() and "=" not in separator.group()
        if capitals and not key.isupper():
            continue  # "фамилия Иванова" is read by the naming words; a bare space after a key only on a caps form
        if capitals and "\t" in separator.group() and _in_a_header_row(text, start):
            continue  # "Роль⇥ФИО⇥СНИЛС⇥ИНН": the next cell is the next column's label; the column's cells are read
            # under it (structured._column_fields; issue 15, stop 54)
        value = (_CAPITALS_VALUE if capitals else _FIELD_VALUE).match(text, separator.end())
        if value is None:
            continue
        words = NAME_WORD.findall(value.group())
        if all(w.lower() in STOPWORDS or _not_a_name_word(w) or _role_lemma(w.lower()) in _PERSON_NOUN_LEMMAS
               or _is_label(w) for w in words):
            continue  # "ФИО КЛИЕНТА", "фамилия: не указана"
        out.append((value.start(), value.end(), 0.85, "a value whose key names a name"))
    return out


def _after_naming_word(text: str, start: int) -> bool:
    """Right after "зовут", "имя", "фамилия", "отчество": what follows is named as a name, whatever else it can
    be ("меня зовут марта" — a month's form, but said as a name: hidden, fail closed)."""
    before = words_before(text, start, 30)[-1:]
    return bool(before) and before[0].lower() in _NAMING_WORDS


# Words that may stand between a naming word and what it names — the name itself or its spelling: "фамилия у меня
# зима", "фамилия вот такая: …", "фамилия клиента зима", "фамилия по буквам: …", "фамилию пишем так: …"; "моя фамилия
# как птица орёл" ("как" compares: the name is the word after the thing it is compared to, and both are hidden). One
# list for both readings (_named_past_fillers, _spelled_names): a word that may precede a spelling may precede the
# name said whole, and the other way round.
_BETWEEN_NAMING_WORD_AND_NAME = {"у", "меня", "него", "неё", "нее", "его", "её", "ее", "вот", "это", "ну", "значит",
                                 "моя", "мое", "моё", "же", "просто", "как", "такая", "такое", "так",
                                 # a name the speaker had ("фамилия у меня была сметанина", "раньше фамилия была …")
                                 "был", "была", "было", "раньше",
                                 # whose name it is ("фамилия клиента зима")
                                 "владельца", "клиента", "абонента",
                                 # how it is said or written ("фамилия по буквам: …", "фамилию пишем так: …")
                                 "по", "буквам", "буквы", "пишется", "пишем", "пишу", "пишите", "записана", "записано"}
_NAMING_WORD_THEN_FILLERS = ReadOnceAWhole(re.compile(
    r"(?<![^\W\d_])(?:фамилия|фамилию|фамилией|имя|зовут)((?:[ \t,:—–-]+(?:"
                                       + "|".join(sorted(_BETWEEN_NAMING_WORD_AND_NAME, key=lambda w: (-len(w), w)))
                                       + r")(?![^\W\d_]))+)[ \t,:—–-]+", re.IGNORECASE))


# named by its naming word: natasha's place around it ("Менің атым Айгүл" read as a LOC) does not unname it
_NEIGHBOURS_NAMING_WHY = "a name after a naming word of a neighbour's language"


def _named_after_a_neighbours_naming_word(text: str) -> list[tuple[int, int]]:
    """"Менің атым Айгүл Сейітова", "Менинг исмим Дилноза", "Мене звати Оксана": the one or two name words right
    after a naming word of a neighbour's language (NEIGHBOURS_NAMING_WORDS), up to a comma — a first name no Russian
    dictionary holds is still named there (fail closed)."""
    out = []
    words = list(NAME_WORD.finditer(text))
    for k, cue in enumerate(words[:-1]):
        if cue.group().lower() not in NEIGHBOURS_NAMING_WORDS:
            continue
        named: list[re.Match[str]] = []
        after = k + 1
        while after < len(words) and after <= k + 2 and words[after].group().lower() in NEIGHBOURS_WHOSE_WORDS \
                and not text[words[after - 1].end():words[after].start()].strip(" \t:—–-"):
            after += 1  # whose name it is ("прізвище власника …"): the name comes after it
        cue = words[after - 1]
        for word in words[after:after + 2]:
            gap = text[(named[-1] if named else cue).end():word.start()]
            if gap.strip(" \t:—–-") or (named and gap.strip()) \
                    or word.group().lower() in STOPWORDS or _not_a_name_word(word.group()) or _pronoun(word.group()) \
                    or named and word.group()[:1].isupper() != named[0].group()[:1].isupper():
                break
            named.append(word)
        if named:
            out.append((named[0].start(), named[-1].end()))
    return out


def _named_past_fillers(text: str) -> list[tuple[int, int]]:
    """A naming word names the word after it whatever the word is (fail closed), also past the words a speaker puts
    between them ("фамилия у меня зима", "зовут меня вот Роза"); after "как" the two words that follow ("как птица
    орёл"). Not a function word, pronoun, verb or label ("фамилия у меня указана неверно")."""
    out = []
    for cue in _NAMING_WORD_THEN_FILLERS.finditer(text):
        fillers = cue.group(1).lower().split()
        words = list(NAME_WORD.finditer(text, cue.end(), min(len(text), cue.end() + 40)))
        if not words or text[cue.end():words[0].start()].strip():
            continue
        if len(words) > 1 and _role_lemma(words[0].group().lower()) in _PERSON_NOUN_LEMMAS \
                and not text[words[0].end():words[1].start()].strip():
            words = words[1:]  # a kin or role noun before the name is how they call him, not the name ("зовут дядей Туаном")
        words = words[:2 if fillers[-1] == "как" else 1]
        words = [w for w in words if w.group().lower() not in STOPWORDS and not _pronoun(w.group())
                 and not _not_a_name_word(w.group()) and not _is_label(w.group()) and not _is_domain_word(w.group())]
        if words:
            out.append((words[0].start(), words[-1].end()))
    return out


# A nickname is named by its own words: "по прозвищу «Шустрик»", "первое прозвище — «Цапля»", "прозвали Бык" (not
# "кличка": an animal's); and a name in quotes after a word that names ("в команде зовут «Профессор»", "назвал
# «Чидиком»"). Up to two words in quotes, or one unquoted word after a nickname's own word.
# A call sign ("позывной", "с позывным Сова") is a volunteer's or an officer's on-air nickname: a word of the same kind
# (issue 15, stop 53: names_u52 labels a call sign a person wherever it designates one).
_NICKNAME_WORDS = r"прозвищ[а-яё]*|прозва[а-яё]*|прозвал[а-яё]*|позывн(?:ой|ого|ому|ым|ом)(?![а-яё])"
_NICKNAME_WORD = re.compile(_NICKNAME_WORDS, re.IGNORECASE)
# "называется", "называлась" (reflexive) give a thing's title: "Книга называется «Рейд»" (names_c35; found measuring
# 71b0fe4 against 6c79602 — the one span the stop-35 rules added to its written half)
_NICKNAME_CUE = ReadOnceAWhole(re.compile(
    r"(?<![^\W\d_])(?:(" + _NICKNAME_WORDS + r")|зовут|зов[её]т|звал[аио]?|называ(?![а-яё]*с[яь](?![а-яё]))[а-яё]*|"
                           r"назвал[а-яё]*|дразн[а-яё]+|величал[а-яё]*|окрестил[а-яё]*|подписыва[а-яё]*с[яь]|"
                           r"подписал[а-яё]*с[яь])(?:[ \t,:—–-]+(?:его|её|ее|их|все|ещё|еще|просто|у\s+него|у\s+неё|у\s+нее)"
                           r"(?![^\W\d_]))?[ \t,:—–-]*(?:([«\"„“])|(?<=[ \t]))", re.IGNORECASE))
_OPENING_QUOTE = re.compile(r"(?<![ \t])[ \t]*+[«\"„“]")  # from a run's first blank only: linear
_ANOTHER_QUOTE = re.compile(r"(?<![ \t])[ \t]*+(?:,|или|либо|а[ \t]++то)?[ \t]*+[«\"„“]")  # the next of the names a cue gives
_QUOTED_WORDS = re.compile(r"(?<![^\W\d_-])([^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+[^\W\d_]+)?)[»\"”]")  # from a word's start: linear


def _nicknames(text: str) -> list[tuple[int, int]]:
    """"по прозвищу «Шустрик»", "зовут «Профессор»", "по прозвищу табуретка": a nickname used for a person (fail closed:
    whatever the word means elsewhere). In quotes the first word is capitalised in written text ("назвал «лучшим
    матчем»" names a thing); unquoted, only after a nickname's own word, one word, no function word or verb."""
    lowercase = needs_recasing(text)
    out = []
    for cue in _NICKNAME_CUE.finditer(text):
        if cue.group(2):
            quoted = _QUOTED_WORDS.match(text, cue.end())
            while quoted and (lowercase or quoted.group(1)[0].isupper()):
                out.append(quoted.span(1))
                more = _ANOTHER_QUOTE.match(text, quoted.end())  # "звали его «Паком» или «Женей-корейцем»"
                quoted = _QUOTED_WORDS.match(text, more.end()) if more else None
        elif cue.group(1) and cue.group(1).lower().startswith("прозва") and _called_as(text, cue.end()):
            out.append(_called_as(text, cue.end()))  # "прозвали хозяина серником"
        elif cue.group(1):
            word = NAME_WORD.match(text, cue.end())
            opening = _OPENING_QUOTE.match(text, word.end()) if word else None
            quoted = _QUOTED_WORDS.match(text, opening.end()) if opening else None
            if quoted and (lowercase or quoted.group(1)[0].isupper()):
                out.append(quoted.span(1))  # "прозвали хозяина «Серником»": the object is who, the quote the name
            elif word and word.group().lower() not in STOPWORDS and not _pronoun(word.group()) \
                    and not _not_a_name_word(word.group()) and not _is_label(word.group()):
                out.append(word.span())
        elif _CALLING_VERB.match(cue.group()):
            named = _called_as(text, cue.end())
            if named:
                out.append(named)
    return out


# Verbs that call a person by a name, whose instrumental names him ("звали сопатыми", "дразнят дятлом", "прозвали
# хозяина серником"); "называть" is left: it calls things too ("называют главной проблемой").
_CALLING_VERB = re.compile(r"зов|звал|дразн|величал|окрестил|прозва", re.IGNORECASE)


def _instrumental(word: str) -> bool:
    lower = word.lower()
    return lower not in STOPWORDS and not _pronoun(word) and not _not_a_name_word(word) and not _is_label(word) \
        and any(p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF") for p in parses(lower))


def _called_as(text: str, at: int) -> tuple[int, int] | None:
    """The one or two words in the instrumental a calling verb gives, past one object noun in the accusative
    ("прозвали хозяина серником", "весь двор звал бабой ягой"); None where the next word is no such noun."""
    words = list(NAME_WORD.finditer(text, at, at + 60))[:3]
    if words and text[at:words[0].start()].strip(" \t,"):
        return None
    if words and not _instrumental(words[0].group()) and len(words) > 1 \
            and not text[words[0].end():words[1].start()].strip() \
            and any(p.tag.case == "accs" and p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(words[0].group().lower())):
        words = words[1:]
    if not words or not _instrumental(words[0].group()):
        return None
    if len(words) > 1 and not text[words[0].end():words[1].start()].strip() and _instrumental(words[1].group()):
        return words[0].start(), words[1].end()
    return words[0].span()


# Letters by their names, as a caller spells a surname: recognizers/lexicon.py (LETTER_NAMES), the checker's list too.
LETTER_NAMES = _LETTER_NAMES
_NAMING_WORDS = {"фамилия", "фамилию", "фамилией", "имя", "отчество", "зовут"}
# The same naming words in the neighbours' languages, in the engine's reading ("і" read as "и", "ı" as "i"), as a
# customer introduces themself (red team bb15, 05: "Менің атым Айгүл Сейітова"): Kazakh and Kyrgyz "атым" (my name),
# Kazakh "есімім", "тегім" (my surname); Uzbek "исмим" / "ismim", "отим", "фамилиям" / "familiyam"; Tajik "номам";
# Azerbaijani and Turkish "adım", "soyadım"; Ukrainian "звати", "звуть", "прізвище"; Belarusian "завуць", "прозвішча".
# What follows is named as a name, whatever the dictionary makes of it (a name of another language is unknown to it).
# The surname's own words among them: what follows is a surname (the speech checker's surname cue reads them too).
NEIGHBOURS_SURNAME_WORDS = frozenset({"тегим", "тегім", "фамилиям", "familiyam", "soyadim", "soyadım", "призвище",
                                      "прізвище", "прозвишча", "прозвішча"})
NEIGHBOURS_NAMING_WORDS = NEIGHBOURS_SURNAME_WORDS | frozenset({"атым", "есимим", "есімім", "исмим", "ismim", "отим",
                                                                "otim", "номам", "adim", "adım", "звати", "звуть",
                                                                "завуць"})
# Whose name it is, said between a neighbour's naming word and the name ("Прізвище власника Воробйов", "Прозвішча
# ўладальніка …"): the owner's, client's or subscriber's in Ukrainian and Belarusian, in the engine's reading too ("і"
# read as "и", "ў" as "у"); the Russian ones are _BETWEEN_NAMING_WORD_AND_NAME's (red team bb18, f09).
NEIGHBOURS_WHOSE_WORDS = frozenset({"власника", "власниці", "власници", "клієнта", "клиєнта", "клієнтки", "абонента",
                                    "ўладальніка", "уладальника", "уладальніка", "уладальніцы", "уладальницы",
                                    "кліента", "клиента", "абанента"})
_NAMING_KEY_WORDS = frozenset({"фамилия", "имя", "отчество", "фио"})  # a key's words, as structured.key_words says them
# A question asking for a name ("ваша фамилия", "как к вам обращаться", "на кого оформлен"): its answer is a name
# (guard/dialogue.py), whatever else the word means ("воробей").
ASKED = r"фамили\w*|имя(?![а-яё])|имени(?![а-яё])|отчеств\w*|(?:вас|тебя|его|е[её]|их)\s+зовут|звать|фио(?![а-яё])|обращаться|(?:на\s+)?кого\s+(?:оформлен|записан)\w*|владел\w*"

_POLITE_WORDS = {"пожалуйста", "будьте", "добры", "любезны"}


def _spelled_names(text: str, spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int]]:
    """"фамилия соловей эс о эл о вэ е й", "фамилия ли по буквам эл и": letters said by their names that spell
    a word said just before them, when that word is a name already found or follows "фамилия"/"имя"/"зовут";
    "фамилия по буквам: пэ е тэ эр о вэ": three letters or more right after the naming word spell the name.
    Both the word and its spelling are the name (the spelling alone gives the surname away)."""
    out = []
    # a bare consonant may draw a conjunction into a run ("фамилия ли, а с эл и"): the runs of letter names alone are
    # read too, and both readings masked (review 53 F2)
    runs, seen = [], set()
    for regex, bare in ((LETTER_NAME_RUN, True), (LETTER_NAME_RUN_NAMES_ONLY, False)):
        for run in regex.finditer(text):
            if run.span() not in seen:
                seen.add(run.span())
                runs.append((run, bare))
    for run, bare in runs:
        letters = letter_names_in(run.group(), bare)
        spelled = "".join(letter for _, _, letter in letters).replace("ё", "е").replace("й", "и")
        before = list(NAME_WORD.finditer(text, max(0, run.start() - 80), run.start()))[-8:]
        for k in range(len(before) - 1, -1, -1):
            word = before[k]
            said = word.group().lower().replace("ё", "е").replace("й", "и")
            if len(said) < 2 or not spelled.startswith(said):
                continue  # the letters may run on into the next word ("эн гэ у е эн и имя")
            named = any(s <= word.start() and word.end() <= e for s, e, _, _ in spans)
            cued = k > 0 and before[k - 1].group().lower() in _NAMING_WORDS
            if named or cued:
                out.append((run.start(), run.start() + letters[len(said) - 1][1]))
                if not named:
                    out.append(word.span())
                break
        else:
            cue = [word.group().lower() for word in before]
            # the operator's request and the caller's answer after their label: "по буквам фамилию пожалуйста\n
            # клиент: пэ е тэ …"
            while cue and (cue[-1] in _BETWEEN_NAMING_WORD_AND_NAME or cue[-1] in _POLITE_WORDS or re.fullmatch(SPEAKER, cue[-1])):
                cue.pop()
            if len(letters) >= 3 and cue and cue[-1] in _NAMING_WORDS:
                out.append((run.start(), run.start() + letters[-1][1]))
    return out


# The nouns for a relative: a word right after one is the relative's name ("дочь МИЛАНА"), not an organisation's, however
# natasha reads its capitals — a role's noun may be followed by its institution ("студентка ТГПУ", "судья Дзержинского
# районного суда"), a relative's is not
_KIN_LEMMAS = frozenset({"сын", "дочь", "дочка", "сынок", "мать", "мама", "отец", "папа", "брат", "сестра", "муж", "жена",
                         "супруг", "супруга", "бабушка", "дедушка", "внук", "внучка", "внучок", "тётя", "тетя", "дядя",
                         "племянник", "племянница", "ребёнок", "ребенок", "зять", "невестка", "свекровь", "свёкор",
                         "свекор", "тёща", "теща"})


def _right_after_a_kin_noun(text: str, start: int) -> bool:
    """The word right before `start` is a noun for a relative (_KIN_LEMMAS: "дочь", "сын", "мама", "внучка"): the word
    after it is that relative's name ("дочь МИЛАНА"), whatever natasha reads in its capitals."""
    before = _WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and lemma(before.group(1).lower()) in _KIN_LEMMAS


def _outside_places_and_organisations(text: str, spans: list[tuple[int, int, float, str]], ner_spans: list
                                      ) -> list[tuple[int, int, float, str]]:
    """natasha reads a capitalised word in its context as a place or an organisation ("на Марс", "МТБЮ",
    "полёт «Индевор»"): a name found by another signal that lies inside such a span (and inside no PER span)
    loses those words from its edges — unless one of its words is a first name, surname or patronymic the
    dictionary knows (and no place): natasha misreads those at times ("паспорт на Мирную Алёну" as a place); nor a word
    right after a noun for a relative ("дочь МИЛАНА": natasha's organisation by its capitals, stop 59).
    A name found by NER stays as it is, and so does a word with two dotted initials after it: an official named after
    the office's abbreviation ("СПИ Рахимжанова А.Т.", "СО по Кировскому АО Ярошенко Т.В.") is read into natasha's
    organisation, and the initials are the evidence it is a person (an eponym puts them first: "им. А.С. Пушкина").
    Written text only: on recased speech natasha's places are guesses too."""
    places = [(s.start, s.end) for s in ner_spans if s.type in ("LOC", "ORG")]
    if not places or needs_recasing(text):
        return spans
    people = [(s.start, s.end) for s in ner_spans if s.type == "PER"]

    def placed(start: int, end: int) -> bool:
        # natasha calls most Latin names ORG ("Anna Kuznetsova"): Latin words are not judged by it
        return not text[start:end].isascii() and any(s <= start and end <= e for s, e in places) \
            and not any(s < end and start < e for s, e in people) \
            and not registered_on(text, start, end)  # "номер на Гусеве": a person there, not the town Гусев

    out = []
    for start, end, score, why in spans:
        if why != "natasha NER":
            words = [m.span() for m in NAME_WORD.finditer(text, start, end)]
            if why in (_DOTLESS_INITIALS_WHY, _NICKNAME_WHY, _NEIGHBOURS_NAMING_WHY, _ROLE_DASH_WHY, _LEADERS_GROUP_WHY,
                       _JOINED_WHY) \
                    or any(_known_name_word(text[s:e]) for s, e in words) \
                    or _a_first_name_and_its_surname(text, words) \
                    or (len(words) == 1 and _right_after_a_kin_noun(text, start)) \
                    or (why == _SURNAME_AND_INITIALS_WHY and _ENDING_IN_INITIALS.search(text, max(start, end - 6), end)):
                out.append((start, end, score, why))
                continue
            first, last = 0, len(words)
            while first < last and placed(*words[first]):
                first += 1
            while last > first and placed(*words[last - 1]):
                last -= 1
            if first == last:
                continue
            start = words[first][0] if first else start
            end = words[last - 1][1] if last < len(words) else end
        out.append((start, end, score, why))
    return out


def _a_first_name_and_its_surname(text: str, words: list[tuple[int, int]]) -> bool:
    """Two words side by side with only a blank between, a first name the dictionary knows (no abbreviation in
    capitals) and a word of a surname's shape (_SURNAME_ENDING) in one case and gender ("Розы Теммоевой", "Жамал
    Этезовой"): a person's full name, which natasha at times reads as a place ("В саду Розы Теммоевой" — her garden),
    whatever the dictionary says of the first name alone (a rose)."""
    for (a, b), (c, d) in zip(words, words[1:]):
        first, second = text[a:b], text[c:d]
        if text[b:c].strip() or first.isupper() or not is_known(first) or not _SURNAME_ENDING.search(second.lower()):
            continue
        named = {(str(p.tag.case), str(p.tag.gender)) for p in parses(first) if "Name" in p.tag}
        if named & _singular_surname_readings(second):
            return True
    return False


def _after_a_things_genitive(text: str, start: int, end: int) -> int:
    """Where a lowercase name starts past the words before it that name a thing in the genitive: a noun with no
    reading of a name, inanimate, in the genitive ("линия каршеринга милена слушаю", "линия для таксопарков юлия":
    issue 15, stop 48, the line's name before the operator's). A surname, known or guessed, is animate: it stays; so does
    a word with a surname's ending, whatever else it reads as ("участковый пестов андрей юрьевич": fail closed)."""
    words = list(NAME_WORD.finditer(text, start, end))
    first = 0
    while first < len(words) - 1 and _a_things_genitive(words[first].group().lower()):
        first += 1
    if first and _known_name_word(words[-1].group().lower()):
        return words[first].start()
    return start


def _a_things_genitive(word: str) -> bool:
    # the dictionary's own noun, not a guess: a first name it does not know ("нарспи", "гульсум", "милош") is guessed
    # an inanimate genitive as often as a company's word is, and stays in the name (fail closed); a word with an animate
    # reading may be a surname ("а волка артёма можно к телефону")
    return len(word) > 3 and is_known(word) and not may_be_a_name_part(word) and not _SURNAME_ENDING.search(word) \
        and not any("anim" in found.tag for found in parses(word)) and any("NOUN" in found.tag and "inan" in found.tag and "gent" in found.tag
                                                for found in parses(word))


def _names_a_vehicle(text: str, start: int, end: int) -> bool:
    """Is the lowercase span a car's make and model, or the model right after its make ("у меня киа оптима", "черная
    тойота камри", "шевроле круз ха …": issue 15, stop 48, a taxi drivers' line)? The makes are the plate's
    (recognizers/vehicle_plate.MAKES); a span with a first name, surname or patronymic the dictionary knows beside the
    make is a person's name ("лада петровна", "лада бондаренко", "глава фольксваген оливер брандт")."""
    words = [w.group().lower() for w in NAME_WORD.finditer(text, start, end)]
    makes = [word for word in words if _CAR_MAKE.fullmatch(word)]
    if any(_known_name_word(word) or "Patr" in word_grammemes(word) or _SURNAME_ENDING.search(word)
           for word in words if word not in makes):
        # a name the dictionary knows beside the make ("глава фольксваген оливер брандт", "лада бондаренко"), or a word
        # with a surname's ending the dictionary does not know ("за вами приедет киа хабибуллин", "лада кирсанова": the
        # merge's review — a driver's surname heard by speech-to-text is mostly unknown to it; fail closed)
        return False
    before = words_before(text, start, 20)[-1:]
    if before and _CAR_MAKE.fullmatch(before[0].lower()) and not _known_name_word(before[0].lower()):
        return True  # the model after its make
    # the make opens the span ("киа оптима"); one inside a name is a name's word ("актриса аделаида рено ферран")
    return bool(words) and words[0] in makes and (not _known_name_word(words[0]) or len(words) > 1)


_CAR_MAKE = re.compile(r"(?:" + VEHICLE_MAKES + r")", re.IGNORECASE)


@read_once_per_document  # asked of a tagger's span and of each neighbour it may take in
def could_be_name_word(text: str, start: int, end: int) -> bool:
    """Can the span text[start:end], found by a statistical tagger, hold a name at all? Not when each of its words
    is a function word, or a dictionary verb, adverb, particle or the like with no name reading ("а", "да",
    "короче" — fillers of speech the lowercase tagger sometimes takes for a name), a field label or a kin or
    role word ("номера", "брата"), a month or a kind's cue word ("марта", "снилса"); nor a place after "в"/"из"
    ("из грозного"). A letter with a dot is an initial."""
    if _place_after_preposition(text, start, end) or _names_a_vehicle(text, start, end) \
            or _in_a_kinds_cue_phrase(text, start, end):
        return False
    label = _TURN_LABEL.match(text, start)
    if label is not None and end <= label.end():
        return False  # a turn's speaker label ("спикер 2:"), read as a name by the tagger
    if _DOTTED_LETTER.search(text, start, min(len(text), end + 1)):
        return True  # an initial: "е. паспортова", "ли э.к."
    return any(word.lower() not in STOPWORDS and not (is_known(word) and _not_a_name_word(word))
               and not _registry_word(word)  # "до марта", "номер снилса"
               and not (_is_label(word) and is_known(word) and "plur" not in _top_tag(word))  # "номера", not
               and _role_lemma(word) not in _PERSON_NOUN_LEMMAS and not _person_noun(word)          # "я номеров",
               for word in NAME_WORD.findall(text, start, end))                              # "прапрабабушка"


_DOTTED_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")


def widen_lowercase_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found in lowercase text by one word of two takes in the other, as every PERSON span does here: the
    surname after a first name, the first name before a surname (the tagger's spans, recognizers/person_tagger.py)."""
    end = _surname_after_first_name(text, start, end)
    start, end = _extend_by_tagger(text, start, end)
    end = _without_trailing_abbreviation(text, start, end)
    if text[end:end + 1] == "." and end - start > 1 and text[end - 1].isalpha() and not text[end - 2].isalnum():
        end += 1  # an initial keeps its dot: "сорокин д."
    return _first_name_before_surname(text, start, end, True), end


_DOTTED_PAIR_END = re.compile(r"(?<![^\W\d_])([^\W\d_]\.\s?[^\W\d_])\.?$")
_DOTTED_LETTER_END = re.compile(r"(?<![^\W\d_])([^\W\d_])\.?$")


def _without_trailing_abbreviation(text: str, start: int, end: int) -> int:
    """A span the tagger ran on into "г.р." or "д." (it reads letters, not dots) ends before them: "номеров г.р."
    is "номеров" (recognizers/lexicon.py: DOTTED_ABBREVIATIONS, ABBREVIATING_LETTERS)."""
    tail = text[start:end + 1]
    words = NAME_WORD.findall(text, start, end)
    if len(words) > 1 and "Surn" in _person_kinds(words[0]):
        return end  # after a likely surname the letters are initials: "хайруллина г.р.", "хасанова д."
    pair = _DOTTED_PAIR_END.search(tail)
    if pair and re.sub(r"\s", "", pair.group(1)).lower() + "." in DOTTED_ABBREVIATIONS and pair.start() > 0:
        return start + len(text[start:start + pair.start()].rstrip())
    letter = _DOTTED_LETTER_END.search(tail)
    if letter and tail.endswith(".") and letter.group(1).lower() in ABBREVIATING_LETTERS and letter.start() > 0 \
            and not _DOTTED_PAIR_END.search(tail):
        return start + len(text[start:start + letter.start()].rstrip())
    return end


# A neighbour the tagger gives at least this P(part of a name), agreeing in case, joins a name found beside it.
_TAGGER_EXTEND = 0.3
_NEIGHBOUR_AFTER = re.compile(r"(?<![ \t])[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)")  # from a span's end: the next word
_NEIGHBOUR_BEFORE = re.compile(r"(?<![^\W\d_-])([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+$")  # up to a span's start


def _cases(word: str) -> frozenset[str] | None:
    """The cases a name word can stand in (nouns, adjectives, name parts); None when any case will do: a word the
    dictionary does not know, or one that does not decline ("ли", "шмидт" for a woman)."""
    if not is_known(word):
        return None
    found = [p for p in parses(word) if p.tag.case and (p.tag.POS in ("NOUN", "ADJF") or p.tag.grammemes & _PERSON)]
    if not found or any("Fixd" in p.tag for p in found):
        return None
    return frozenset(p.tag.case for p in found)


def _agree(word: str, other: str) -> bool:
    cases, others = _cases(word), _cases(other)
    return cases is None or others is None or bool(cases & others)


@read_once_per_document  # asked of a span by each rule that found it
def _extend_by_tagger(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found by one word of two takes in a neighbour the lowercase name tagger also reads as part of a name
    (P >= _TAGGER_EXTEND, below its own threshold) when it agrees in case with the word beside it and can be a name
    word at all: "эмманюэль [макрон]", "[том] мур", "сон ен хи". A word said twice in speech is one word, whatever
    the tagger gives it: "[король король евгений]", "[сон сон ен хи]" (_said_twice). Two words at most on each side;
    never back over a word that makes the span a place's namesake (_names_a_place), which would drop it whole."""
    if text[start:end].isascii():
        return start, end  # the tagger reads Cyrillic: a Latin name's neighbours are its Latin sentence ("Petrov zvonil")
    probabilities = name_probabilities(text)
    for _ in range(2):
        nxt = _NEIGHBOUR_AFTER.match(text, end)
        edge = NAME_WORD.findall(text, start, end)
        if nxt is None or not edge or not could_be_name_word(text, *nxt.span(1)) \
                or nxt.group(1).lower() in _COMMON_WORDS or not _agree(nxt.group(1), edge[-1]) \
                or (probabilities.get(nxt.start(1), 0.0) < _TAGGER_EXTEND
                    and not _said_twice(text, nxt.group(1), edge[-1], nxt.end(1), after=True, probabilities=probabilities,
                                        at_word=nxt.start(1))):
            break
        end = nxt.end(1)
    for _ in range(2):
        before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
        edge = NAME_WORD.findall(text, start, end)
        if before is None or not edge or not could_be_name_word(text, *before.span(1)) \
                or before.group(1).lower() in _COMMON_WORDS or not _agree(before.group(1), edge[0]) \
                or (len(edge[0]) > 2 and _role_before_a_name(before.group(1))) \
                or (probabilities.get(before.start(1), 0.0) < _TAGGER_EXTEND
                    and not _said_twice(text, before.group(1), edge[0], before.start(1), after=False,
                                        probabilities=probabilities, at_word=before.start(1))) \
                or _names_a_place(text, before.start(1), end):
            break  # "колхоза имени калинина [хамис абдуллаева]": the place's namesake taken in, the place's reading
            # (applied to every span after the widening) would drop the person's whole name with it
        start = before.start(1)
    return start, end


def _role_before_a_name(word: str) -> bool:
    """"гроссмейстер павел шубин", "с капитаном гущиным": a word the dictionary knows only as an animate common noun
    (no name, surname or patronymic reading) before a name is the person's role in apposition; a surname that is
    such a noun ("волка артёма") is judged by grammar beside a first name (_surname_by_grammar), not by the tagger."""
    found = parses(word)
    return len(word) > 3 and bool(found) and is_known(word) and not _rare_kinds(word) \
        and word.lower() not in _SURNAME_HOMOGRAPHS \
        and found[0].tag.POS == "NOUN" and "anim" in found[0].tag


def _said_twice(text: str, word: str, edge: str, at: int, after: bool, probabilities: dict[int, float],
                at_word: int) -> bool:
    """Is the neighbour `word` of a name a word said twice: the name's own edge word again ("сон [сон ен хи]"), or
    doubled itself further out ("король король [евгений]") — speech repeats a word it was not sure was heard. Only a
    word that can name someone: unknown to the dictionary, a name part on some reading, animate, or given a little
    support by the tagger ("слово слово иван" stays "иван")."""
    if is_known(word) and not _rare_kinds(word) and "anim" not in _top_tag(word) \
            and probabilities.get(at_word, 0.0) < _TAGGER_SUPPORT:
        return False
    if word.lower() == edge.lower():
        return True
    further = _NEIGHBOUR_AFTER.match(text, at) if after else _NEIGHBOUR_BEFORE.search(text, max(0, at - 40), at)
    return further is not None and further.group(1).lower() == word.lower()


def _known_name_word(word: str) -> bool:
    """A first name, surname or patronymic in the dictionary itself (not guessed), with no place reading."""
    kinds = word_grammemes(word)
    return is_known(word) and bool(kinds & _PERSON) and "Geox" not in kinds


def holds_surname(value: str) -> bool:
    """Does this name span hold a surname, not only a first name and patronymic? Initials, a word with a likely
    surname reading, or, beside a first name, a word that is no first name or patronymic (the anchored
    surname: "Номеров Глеб", "Ли Анна"). The speech checker's п. 15 reads this: "Иван Петрович" may be said."""
    if _DOTTED_INITIALS.search(value):
        return True
    words = [word for word in NAME_WORD.findall(value) if len(word) > 1 or word.isupper()]
    kinds = [_person_kinds(word) for word in words]
    if any("Surn" in kind for kind in kinds):
        return True
    return len(words) >= 2 and any("Name" in kind for kind in kinds) and any(not kind & {"Name", "Patr"}
                                                                             for kind in kinds)


# A Russian surname made from a common noun: the noun's stem and a possessive suffix (кузнец → Кузнецов, соловей →
# Соловьёв, орёл → Орлов, мельник → Мельников). The stem is the genitive's, so fleeting vowels fall as the surname's do.
_POSSESSIVE_SUFFIXES = ("ов", "ев", "ин", "ын")


@lru_cache(maxsize=20_000)
def surnames_made_from(word: str) -> frozenset[str]:
    """The surnames (masculine nominative, lowercase, ё folded) the dictionary knows that are made from this word
    read as a common noun: "кузнеца" → {"кузнецов"}; "жену", "водителя", "директора" → none. A word that gives the
    root, not the surname, tells the surname all the same (red team bb5, 10: "договор на кузнеца оформлен")."""
    made: set[str] = set()
    for parse in parses(word):
        if parse.tag.POS != "NOUN" or not _PROPER.isdisjoint(parse.tag.grammemes):
            continue
        genitive = parse.inflect({"Gen", "Sing"})  # natasha's MorphForm takes UD names of the grammemes
        if genitive is None:
            continue
        stem = genitive.word[:-1] if genitive.word[-1:] in "аяыи" else genitive.word
        for suffix in _POSSESSIVE_SUFFIXES:
            surname = normalize_word(stem + suffix)
            if any(reading.is_known and "Surn" in reading.tag and {"masc", "nomn"} <= reading.tag.grammemes
                   for reading in parses(surname)):
                made.add(surname)
    return frozenset(made)


def _initials(text: str) -> list[tuple[int, int, float]]:
    out = []
    # "в.зворыкина", "В.Л.Зворыкин", "а с пушкина" (lowercase, spoken initials): a surname after one or two
    # single letters is a name when the dictionary reads it as a surname (or does not know it, with a dot)
    for match in _INITIALS_LOOSE.finditer(text):
        surname = match.group("surname")
        dotted = "." in match.group("initials")
        kinds = _rare_kinds(surname) if dotted else _person_kinds(surname)
        initials = match.group("initials")
        two_letters = len(re.findall(r"[а-яёА-ЯЁ]", initials)) == 2
        # one initial only glued to the surname, and never a settlement's "д."/"г."/"с."/"п."
        glued = dotted and initials.endswith(".") and (initials[0].lower() not in "гдспхк" or (
            "Surn" in _person_kinds(surname) and "Geox" not in word_grammemes(surname)))  # "д. шарипов", not "г. орёл"
        both_dotted = initials.count(".") == 2  # "д. с. лихачёв": two initials, not the village "с."
        if not both_dotted and (
                _SETTLEMENT_BEFORE.search(text, max(0, match.start("surname") - 8), match.start("surname"))
                or _METRO_BEFORE.search(text[max(0, match.start("surname") - 12):match.start("surname")])):
            continue  # "в д. Кармаскалы", "у м. Тургеневская"
        if not dotted and _place_after_preposition(text, match.start("surname"), match.end("surname")):
            continue  # "я в кирове": a pronoun and a preposition before a town, not two initials
        if (glued or two_letters) and ("Surn" in kinds or (dotted and not is_known(surname) and len(surname) > 3)):
            out.append((match.start(), match.end(), 0.85 if dotted else 0.7))
    for match in _INITIALS_AFTER.finditer(text):
        word = match.group(1)
        if "Geox" in word_grammemes(word) and "Surn" not in _person_kinds(word) \
                and _CAPITALISED_NEXT.match(text, match.end()):
            continue  # "премьер-министр Японии Н. Кан": the initials belong to the word after them ("Мирный О.П." stays)
        if word.lower() not in _NOT_SURNAMES and not _initials_belong_to_the_next_word(text, word, match.end()):
            out.append((match.start(), match.end(), 0.9))
    for match in _INITIALS_BEFORE.finditer(text):
        if not _initials_belong_to_the_word_before(text, match):
            out.append((match.start(), match.end(), 0.9))
    out += _initials_after_any_case(text)
    out += _capitals_with_initials(text)
    return out


def _capitals_with_initials(text: str) -> list[tuple[int, int, float]]:
    """A surname in capitals and dotted initials: "ГУСЕЙНОВ Э.Р.", "ТАРАКАНОВ В.В.", "ЗАХАРОВА О. Н." — the word, read
    in its ordinary case, must be shaped as a surname and no known place (_surname_like): "ОСП В.А.", "ПАСПОРТ В." and
    "МОСКВА Л." are not names."""
    out = []
    for match in CAPITALS_WITH_INITIALS.finditer(text):
        word = "-".join(part.capitalize() for part in match.group(1).split("-"))
        if word.lower() in _NOT_SURNAMES or word.lower() in STOPWORDS or not all(
                _surname_like(part) for part in word.split("-")):
            continue
        out.append((match.start(), match.end(), 0.85))
    return out


# What a word the dictionary knows as a common word is when it cannot be a surname: "Магазин" (a noun in the
# nominative), "Готов" (a short adjective), "Звонил" (a verb); "Стрельцов" (стрельцов: of the musketeers) can.
_NOT_A_SURNAME_FORM = ({"NOUN", "nomn", "sing"}, {"ADJS"}, {"VERB"}, {"PRTS"}, {"ADVB"}, {"INFN"}, {"PRED"})


_NAME_GOES_ON = re.compile(r"(?<![ \t])[ \t]+[А-ЯЁ](?:\.|[а-яё])")  # from a surname's end (linear): a name word or an initial


def _surname_like(word: str) -> bool:
    """A word the dictionary reads as a surname and no known place, or one with a surname's ending (four letters at
    least: "Мск" is a town's abbreviation) and no reading that rules a surname out."""
    if "Surn" in _rare_kinds(word):
        return not (is_known(word) and "Geox" in word_grammemes(word))
    if len(word) < 4 or not _SURNAME_ENDING.search(word.lower()):
        return False
    return not is_known(word) or not any(any(form <= reading.tag.grammemes for form in _NOT_A_SURNAME_FORM)
                                         for reading in parses(word))


# natasha reads "Шестопалов ПС" as an organisation by its capitals; the initials are the evidence it is a person
_DOTLESS_INITIALS_WHY = "a surname and initials typed without dots"
_SURNAME_AND_INITIALS_WHY = "surname and initials"
_ENDING_IN_INITIALS = re.compile(r"(?<![\w.])" + _DOTTED_INITIALS.pattern + r"$")  # a span's last six characters


def _dotless_initials(text: str) -> list[tuple[int, int, float]]:
    """A surname and two capital initials typed without dots, in either order: "Кл. Шестопалов ПС", "отв. Петренко
    ОВ", "Шестопалов П С", "ПС Шестопалов" (red team bb11 08). The word must be shaped as a surname and be no known
    place ("Королёв МО", "Пушкин МО" are towns); two letters that abbreviate a word count after a dictionary's surname
    ("Кравец МО": Мария Олеговна), never before one ("ИП Кравец": a sole proprietor's form, the surname alone is the
    name); nor do two letters before a surname that has a first name or initials of its own after it."""
    out = []
    for pattern, surname_group, letters_group in ((DOTLESS_INITIALS_AFTER, 1, 2), (DOTLESS_INITIALS_BEFORE, 2, 1)):
        for match in pattern.finditer(text):
            word, letters = match.group(surname_group), match.group(letters_group)
            compact = letters.replace(" ", "").replace("\t", "")
            # "ЖД", "МО" may abbreviate a word; after a surname the same letters spaced apart ("Ж Д") are initials
            abbreviation = compact.lower() in LETTER_PAIR_ABBREVIATIONS and (surname_group == 2 or compact == letters)
            if not _surname_like(word) or word.lower() in _NOT_SURNAMES \
                    or (abbreviation and (surname_group == 2 or "Surn" not in _person_kinds(word))):
                continue
            if surname_group == 2 and _NAME_GOES_ON.match(text, match.end()):
                continue  # "УК Эльдар Рагимов", "АФ Гребенщиков Л.": a name with its own initials or first name after
            out.append((match.start(), match.end(), 0.8))
    return out


# A word heading a note, a line (past a speaker's label) or a quoted passage that stands alone there: before a dash, a
# comma, the line's end or a number — the subject line of a CRM note ("Лисицына — по поводу роуминга", "Каримов - вопрос
# по счёту", "Костарева 8912 5503319 — перезвон"), a turn that is only a surname (red team bb12, 07), a record pasted in
# quotes («Игнатьев, СНИЛС …»; issue 15, packed_ag57). Linear: one word per line start or opening quote.
_HEAD_WORD = re.compile(r"(?m)(?:^[^\S\n]*(?:[А-ЯЁа-яё]{2,15}[^\S\n]?:[^\S\n]*)?|«)"
                        r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{4,}(?:-[А-ЯЁ]{2,})?(?![а-яё]))"  # or typed in capitals
                        r"(?=[^\S\n]*(?:[—–-][^\S\n]|,|\.?[^\S\n]*$|\+?\d))")


def _head_surnames(text: str) -> list[tuple[int, int]]:
    """A surname standing alone at the head of a note or a line: shaped as a surname, no known place, no common word's
    reading that rules a surname out (_surname_like), and not more likely a common word than a name."""
    out = []
    for match in _HEAD_WORD.finditer(text):
        word = match.group(1)
        if word.isupper():  # «КОСТАРЕВА 8912 5503319»: the dictionary reads the word as it is written in a name
            word = "-".join(part.capitalize() for part in word.split("-"))
        if not _surname_like(word) or word.lower() in _NOT_SURNAMES:
            continue
        if is_known(word) and sum(reading.score for reading in parses(word)
                                  if not _PERSON & reading.tag.grammemes) > 0.5:
            continue  # "Машина, без номера", "Московский, …": more likely the common word
        out.append(match.span(1))
    return out


_WORD_AFTER = re.compile(r"(?<!\s)\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w])")  # from the initials' end only
_WORD_BEFORE_INITIALS = re.compile(r"(?<![\w.])([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+$")


def _plain_common_word(word: str) -> bool:
    """A word the dictionary knows with no first-name or surname reading at all and no surname's ending: "Судья",
    "краевед", "клуба", "Ранее", "Вопросы" — it owns no initials when a word that can be a name stands beside them."""
    return is_known(word) and not _rare_kinds(word) & {"Name", "Surn"} and not _SURNAME_ENDING.search(word.lower())


def _initials_belong_to_the_next_word(text: str, word: str, initials_end: int) -> bool:
    """Initials between a plain common word and a capitalised word after them are the second word's: "Судья Е. Г.
    Комарова", "краевед Д. С. Лихачёв", "клуба А. Н. Шустов" (the title is no surname). A surname-like word keeps
    its initials ("Мирный О.П. звонил", "Петров И. И. Сидоров П. П.": both own theirs), and so does a plain word when
    the word after is plain too ("Плательщик Лебедь Ю. Платеж от …": the surname is the one after a cue)."""
    after = _WORD_AFTER.match(text, initials_end)
    return _plain_common_word(word) and after is not None and not _plain_common_word(after.group(1))


def _initials_belong_to_the_word_before(text: str, match: re.Match) -> bool:
    """Initials between a word that can be a surname and a plain common word after them belong before: "секретарём
    Мирзоевым Т. А. Вопросы прессы" (the next sentence opens with "Вопросы")."""
    surname = NAME_WORD.findall(text, match.start(), match.end())[-1]
    before = _WORD_BEFORE_INITIALS.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.group(1)[0].isupper() and not _plain_common_word(before.group(1)) \
        and before.group(1).lower() not in _NOT_SURNAMES and _plain_common_word(surname)


_DIGIT_NEXT = re.compile(r"(?<!\s)\s*\d")  # from an initial's dot only: linear


def _initials_after_any_case(text: str) -> list[tuple[int, int, float]]:
    """"белый ю.а.", "ким в.", "гусь е. сообщил": a word and dotted initials after it, in lowercase text too. Two
    initials make a name of any word that can be one (not a function word, verb or cue: "г.р.", "т.е." are
    abbreviations, not initials); one initial only after a word that reads as a name part or is unknown, and only a
    letter that rarely abbreviates a word ("д." дом, "г." город, "т." телефон stay)."""
    out = []
    for match in INITIALS_AFTER_LOOSE.finditer(text):
        word, initials = match.group(1), match.group(2)
        if word.isascii():
            word = latin_to_cyrillic(word)  # a surname typed in Latin ("kuznetsova н.в."): read as it is said
        elif word[0].isupper() and initials[0].isupper():
            continue  # written with capitals: INITIALS_AFTER's
        letters = initials.replace(" ", "").lower()
        surname = "Surn" in _person_kinds(word)  # a likely surname: "хайруллина г.р." is Гульнара Рашидовна
        if len(letters) == 4:
            if (letters in DOTTED_ABBREVIATIONS and not surname) or text[match.end():match.end() + 1].isdigit():
                continue
        elif (letters[0] in ABBREVIATING_LETTERS and not surname) or _DIGIT_NEXT.match(text, match.end()) \
                or not (_rare_kinds(word) & {"Surn", "Name"} or not is_known(word)):
            continue
        lower = word.lower()
        if lower in STOPWORDS or lower in _NOT_SURNAMES or lower in _COMMON_WORDS or _registry_word(word) \
                or _is_label(word) or _not_a_name_word(word) or _role_lemma(word) in _PERSON_NOUN_LEMMAS \
                or (initials[0].isupper() and _initials_belong_to_the_next_word(text, word, match.end())):
            continue
        out.append((match.start(), match.end(), 0.8))
    return out


# Initials said as letters or typed without dots, in lowercase text: "шарипову т", "королю а в", "к мороз". A letter
# that is also a word (a preposition, a conjunction, "я") is an initial only where it cannot be that word.
_FUNCTION_LETTERS = frozenset("авикосуяжбэ")
# The cases a one-letter preposition governs: "к мороз" is no "к морозу", so its "к" is an initial.
_PREPOSITION_CASES = {letter: PREPOSITION_CASES[letter] for letter in "воску"}
# A lone letter, or a letter said by its name that is no word of its own (lexicon.SAID_INITIAL_NAMES: "эс", "вэ"):
# speech-to-text writes "А. С. Пушкин" as "а эс пушкин", "Лариса Б." as "лариса бэ".
_SAID_LETTER = r"([а-яё]|" + "|".join(sorted(SAID_INITIAL_NAMES, key=lambda n: (-len(n), n))) + r")"
_LETTER_AFTER = re.compile(r"(?<![ \t])[ \t]+" + _SAID_LETTER + r"(?![\w.-])")  # from a word's end: a letter said after it
_LETTER_BEFORE = re.compile(r"(?<![\w.-])" + _SAID_LETTER + r"[ \t]+$")  # up to a word's start
_ONLY_PUNCTUATION_AFTER = re.compile(r"[^\w\n]*(?:\n|$)")


def _letters_after(text: str, end: int) -> list[tuple[int, int]]:
    """The one or two lone letters said after a word; none where a third follows them: a person has two initials at
    most, and three letters said in a row spell an abbreviation ("механизаторы о о о агрофирма", "инспекторы дэ пэ эс")."""
    letters = []
    for _ in range(2):
        match = _LETTER_AFTER.match(text, end)
        if match is None:
            break
        letters.append(match.span(1))
        end = match.end()
    if len(letters) == 2 and _an_abbreviations_letter(text, end, [text[a:b] for a, b in letters]):
        return []
    return letters


def _an_abbreviations_letter(text: str, end: int, before: list[str]) -> bool:
    """Is the letter said right after `end` one more letter of a spelt abbreviation, not a word? A letter said by its
    name ("эс", "бэ") or one that is no word always is; a conjunction's or a pronoun's letter ("и", "а", "я") only
    before yet another letter; a preposition's ("о", "в", "с", "к", "у") where the next word cannot stand in the case
    it governs, or that repeats the two before it ("о о о водоканал": ООО).
    `before`: the letters said before it."""
    match = _LETTER_AFTER.match(text, end)
    if match is None:
        return False
    letter = match.group(1)
    if len(letter) > 1 or letter not in _FUNCTION_LETTERS or all(other == letter for other in before):
        return True
    if _LETTER_AFTER.match(text, match.end()):
        return True
    if letter not in _PREPOSITION_CASES:
        return False
    following = _NEXT_LOWER_WORD.match(text.lower(), match.end())
    if following is None:
        return True
    cases = {p.tag.case for p in parses(following.group(1)) if p.tag.case}
    return bool(cases) and not cases & _PREPOSITION_CASES[letter]


def _said_initials_after(text: str, word: str, letters: list[tuple[int, int]], found: bool) -> bool:
    """Are the lone letters after `word` its initials? Two letters are unless the first is also a word and `word`
    has no name reading ("домов а в городе"); one letter needs a name word before it (`found`: a span already
    holds it), a letter that abbreviates a word ("т", "д") a likely surname, a letter that is a word the end of the
    line; no digit may follow ("д 5" is a house)."""
    if not letters or _DIGIT_NEXT.match(text, letters[-1][1]):
        return False
    lower = word.lower()
    if lower in _SHORT_SURNAMES:
        name_word = dictionary_name = True
    elif len(lower) < 2 or lower in STOPWORDS or lower in _NOT_SURNAMES or lower in _COMMON_WORDS \
            or _MONTH_FORM.fullmatch(lower) or _not_a_name_word(word) or _role_lemma(word) in _PERSON_NOUN_LEMMAS \
            or _is_domain_word(lower) or (_is_label(word) and "plur" not in _top_tag(word)):
        return False
    else:
        dictionary_name = bool(_rare_kinds(word) & {"Surn", "Name"}) and is_known(word)
        name_word = found or dictionary_name or not is_known(word)
    chars = [text[a:b] for a, b in letters]
    # a letter said by its name ("эс", "бэ") is no word, no preposition and abbreviates nothing in speech: an initial
    # wherever a lone letter that is none of those would be; as a letter it is compared with the abbreviations
    spelt = [SPOKEN_LETTERS[c].lower() if len(c) > 1 else c for c in chars]
    if len(chars) == 2:
        if chars[0] in _FUNCTION_LETTERS and chars[1] in _FUNCTION_LETTERS and chars[0] != chars[1]:
            # "мбит с в районе", "в афины и в": two words a sentence can say, after no likely surname
            return lower in _SHORT_SURNAMES or ("Surn" in _person_kinds(word) and "Geox" not in word_grammemes(word))
        if f"{spelt[0]}.{spelt[1]}." in DOTTED_ABBREVIATIONS:
            return "Surn" in _person_kinds(word)  # "неверный л с" (лицевой счёт), not "хайруллина г р"
        return name_word or chars[0] not in _FUNCTION_LETTERS or chars[0] == chars[1]
    if not name_word:
        return False
    if chars[0] in _FUNCTION_LETTERS:  # "головин а" at the line's end; not "12 мбит с"
        return dictionary_name and bool(_ONLY_PUNCTUATION_AFTER.match(text, letters[0][1]))
    return chars[0] not in ABBREVIATING_LETTERS or "Surn" in _person_kinds(word) or found


def _said_initial_before(text: str, start: int, word: str) -> int:
    """The start of the initials said before a name word ("к мороз", "д шарипов", "эс вэ кривенко", "бэ а ерёмин"),
    else `start`. A letter said by its name is an initial; a lone letter is one when it is not a conjunction or "я",
    and a preposition only when the word cannot stand in the case it governs. A second letter before the first is
    the other initial when one of the two is said by its name (then a conjunction's letter too: "а эф соловьёву",
    "и эс лапа") or it is no word either ("а в" stays the words)."""
    match = _LETTER_BEFORE.search(text, max(0, start - 5), start)
    if match is None or _SETTLEMENT_BEFORE.search(text, max(0, match.start() - 8), match.end()):
        return start
    letter = match.group(1)
    if len(letter) > 1:
        initial = True
    elif letter in _PREPOSITION_CASES:
        cases = {p.tag.case for p in parses(word) if p.tag.case}
        initial = bool(cases) and not cases & _PREPOSITION_CASES[letter]
    else:
        initial = letter not in _FUNCTION_LETTERS
    prior = _LETTER_BEFORE.search(text, max(0, match.start() - 5), match.start())
    if prior is None or _SETTLEMENT_BEFORE.search(text, max(0, prior.start() - 8), prior.end()):
        return match.start(1) if initial else start
    other = prior.group(1)
    if len(letter) > 1 or len(other) > 1:
        return prior.start(1) if initial or len(other) > 1 else start
    if initial and other not in _FUNCTION_LETTERS:
        return prior.start(1)
    return match.start(1) if initial else start


def _spoken_initials(text: str) -> list[tuple[int, int, float]]:
    """"юлдашев б", "паспортов и и", "ли э к": a word and the one or two lone letters said after it as its initials
    (_said_initials_after), in lowercase text."""
    out = []
    for match in _WORD_THEN_LETTER.finditer(text):
        letters = _letters_after(text, match.end(1))
        if _said_initials_after(text, match.group(1), letters, found=False) \
                and not _names_a_place(text, match.start(1), letters[-1][1]):
            out.append((match.start(1), letters[-1][1], 0.7))
    return out


# A word of two letters or more and a lone letter after it: where _spoken_initials looks (one pass of the regex engine).
_WORD_THEN_LETTER = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,}(?:-[^\W\d_]+)*)(?=[ \t]+[а-яё](?![\w.-]))")


def with_said_initials(text: str, start: int, end: int) -> tuple[int, int]:
    """A lowercase name span takes in the initials said beside it without dots: "[юлдашев] б", "к [мороз]"."""
    words = NAME_WORD.findall(text, start, end)
    if not words:
        return start, end
    letters = _letters_after(text, end)
    if _said_initials_after(text, words[-1], letters, found=True):
        end = letters[-1][1]
    return _said_initial_before(text, start, words[0]), end


# Korean given names are two syllables said apart after the surname: "ким чен хо", "сон ен хи", "ли ён хо".
_KOREAN_SYLLABLES = frozenset("""чен чон чжон чжун джун хо хе хи хён хян хва ын ён ен ок сон мин су сук ир чер док ук
сан гиль бом чхоль мун ми ин чун ян гым ха хе ра ги нам ги ё ю джи ёль чан""".split())
_NEXT_SYLLABLE = re.compile(r"(?<![ \t])[ \t]+([а-яё]{1,5})(?![\w-])")  # from a word's end
_WORD_THEN_SHORT_WORD = re.compile(r"(?<![^\W\d_])([а-яё]{1,5})(?=[ \t]+[а-яё]{1,5}(?![\w-]))")  # a surname's place


def _korean_given_names(text: str) -> list[tuple[int, int, float]]:
    """A Korean surname (any of _EAST_ASIAN_SURNAMES) and the one or two syllables of the given name after it, in
    lowercase text;
    a syllable the dictionary knows as a Russian word ("сон", "мин") counts only in a pair."""
    out = []
    for match in _WORD_THEN_SHORT_WORD.finditer(text):
        if match.group(1).lower() not in _EAST_ASIAN_SURNAMES:
            continue
        end, syllables = match.end(1), []
        for _ in range(2):
            nxt = _NEXT_SYLLABLE.match(text, end)
            if nxt is None or nxt.group(1) not in _KOREAN_SYLLABLES:
                break
            syllables.append(nxt.group(1))
            end = nxt.end()
        if len(syllables) == 2 or (syllables and not is_known(syllables[0])):
            out.append((match.start(), end, 0.7))
    return out


_CAPITALISED_NEXT = re.compile(r"(?<!\s)\s*[А-ЯЁ][а-яё]")  # from the first space only: linear


_VALUE_AFTER = re.compile(r"(?<![ \t])[ \t]*(?:[|/;,][ \t]*)?\+?\d")  # from a word's end: the next field of a record is a number
# A record's fields: a value (digits) and a separator before the word, or a separator and a value after it
# ("89265554433 / Сметанина / 14.07.1986", "данные: 4512 334455, 14.07.1986, Сметанина"; red team bb6, 01/02).
_VALUE_FIELD_BEFORE = re.compile(r"\d[ \t]*[|/;,][ \t]*$")  # up to a word's start
_FIELD_END = re.compile(r"[ \t]*(?:[|/;,\n]|$)")  # from a word's end: the field ends with the word
_RECORD_WORD = re.compile(r"(?<![\w.-])[А-ЯЁ][а-яё]{3,}(?![\w-])")


def _surnames_as_record_fields(text: str) -> list[tuple[int, int]]:
    """A capitalised word that is a whole field of a record of values — a number or date beside it across a
    separator — is a surname when it can be one: a surname reading, or a surname's ending on a word the dictionary
    reads as nothing it is sure of ("Сметанина": a rare noun's case to pymorphy2; "Корзина" stays a basket)."""
    out = []
    for match in _RECORD_WORD.finditer(text):
        start, end = match.span()
        if not _FIELD_END.match(text, end):
            continue
        if not (_VALUE_FIELD_BEFORE.search(text, max(0, start - 8), start) or _VALUE_AFTER.match(text, end)):
            continue
        word = match.group()
        found = parses(word)
        if "Surn" in _rare_kinds(word) or (_SURNAME_ENDING.search(word.lower())
                                           and (not is_known(word) or found[0].score < 0.5)):
            out.append((start, end))
    return out


_KIN_PREFIX = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-(?=[^\W\d_])")
_WORD_AT = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _without_kin_prefix(text: str, match: re.Match) -> re.Match:
    """"мать-Лысенко", "сын-Петров": a kin or role noun glued to a name by a hyphen in a hurried note is no part of it;
    the word from the hyphen on ("Лысенко") stands for the whole."""
    prefix = _KIN_PREFIX.match(match.group())
    if prefix is None or not _person_noun(prefix.group(1)) or not match.group()[prefix.end()].isupper():
        return match
    return _WORD_AT.match(text, match.start() + prefix.end())


def _dictionary_runs(text: str, lowercase: bool) -> list[tuple[int, int, float]]:
    """Runs of adjacent words that can be names, kept when their evidence is strong enough.

    Strong: a patronymic, or a first name next to another name word ("мария петровна",
    "иванову марию"). Inside such a run a word counts on a rare reading too ("никита
    юрьевич комаров"). A lone word needs a cue before it ("меня зовут роман") or, in
    written text, to be a capitalised surname in mid-sentence.
    """
    out = []
    words = [_without_kin_prefix(text, match) for match in NAME_WORD.finditer(text)]
    index_of = {match.start(): k for k, match in enumerate(words)}
    i = 0
    slotted: set[int] = set()  # words read as a first name by their place before a patronymic (_first_name_slot)
    plain: set[int] = set()  # words read again without the Finnic reading: the run it made decided nothing
    while i < len(words):
        run = []
        j = i
        kept = len(out)
        while j < len(words):
            word = words[j].group()
            if run and text[words[j - 1].end():words[j].start()].strip():
                break  # punctuation between words ends the name
            if not lowercase and not word[0].isupper():
                break
            if word.lower() in STOPWORDS or _is_domain_word(word) or _MASK.fullmatch(word) or word.lower() in _CUT_WORDS \
                    or (not run and _letter_abbreviation(word)):  # "ТСЖ Иванов": an abbreviation opens no name; inside
                break  # a run it stays ("Иванов ТСЖ Петров", "Иванов ТСЖ": a word cut off alone may not be kept)
            if not run and word.lower() in _TITLES:
                break  # "Премьер-министр Михаил Фрадков": a title opens no name (a surname like it is anchored back)
            if word.isascii():
                # a Latin word counts only as the name it spells ("я Aziz", "Кл. Oleg"), never as unknown
                lower = word.lower()
                kinds = frozenset() if lower in _LATIN_NOT_NAMES or lower in _LATIN_ORG_WORDS \
                    else _person_kinds(_to_cyrillic(word)) & {"Name", "Surn", "Patr"}
                if not kinds or not word[0].isupper():
                    break
                run.append((words[j], kinds, kinds))
                j += 1
                continue
            likely, rare = _person_kinds(word, j not in plain), _rare_kinds(word, j not in plain)
            if not rare and _first_name_slot(text, words, j):
                rare = frozenset({"Name"})  # "Мороз Зима Сергеевна", "Весна Петровна Лис": the patronymic anchors it
                slotted.add(j)
            if not rare and not (not is_known(word) and len(word) > 2):
                break
            run.append((words[j], likely, rare))
            j += 1
        # a capitalised verb or adverb on the edge of a run is not part of the name ("Перезвонить Елизавете")
        while run and (_not_a_name_word(run[0][0].group()) or (len(run) > 1 and _person_noun(run[0][0].group()))):
            run.pop(0)  # nor a kin noun before it ("прапрабабушка мария голубь")
        while run and _not_a_name_word(run[-1][0].group()):
            run.pop()
        if lowercase and len(run) > 1:  # "олимпийская призёрка лариса", "по армрестлингу михаил": a word the
            # dictionary does not know, with no name reading, which the tagger reading its context calls no name
            probabilities = name_probabilities(text)
            for edge in (0, -1):
                while len(run) > 1 and _unknown_word_the_tagger_rejects(run[edge][0], run[edge][2], probabilities):
                    run.pop(edge)
        if not run and j == i:
            # "Клиент Ситников", "фамилия ситников": after a strong cue a surname the dictionary
            # reads otherwise (here a plant) is still a name — capitalised, or right after "фамилия"/"зовут"
            word = words[i].group()
            if _naming_cue(text, words[i].start(), lowercase) and not _not_a_name_word(word) \
                    and not _pronoun(word) and _role_lemma(word) not in _PERSON_NOUN_LEMMAS \
                    and word.lower() not in STOPWORDS and word.lower() not in DOMAIN_WORDS \
                    and word.lower() not in _COMMON_WORDS and len(word) > 2 \
                    and (not word.isascii() or _plausible_latin_name([word])):  # "владельцем Facebook"
                out.append((words[i].start(), words[i].end(), 0.75))
            elif _a_surname_the_preposition_governs(text, words[i]):
                out.append((words[i].start(), words[i].end(), 0.7))
        if not run:
            i = max(j, i + 1)
            continue
        start, end = run[0][0].start(), run[-1][0].end()
        likely_all = frozenset().union(*(likely for _, likely, _ in run))
        # a Finnic surname beside a word that can be a first name ("майя хейккинен", "света туоминен"): the surname's
        # shape is no Russian word's, so the pair needs no cue
        finnic_in_run = len(run) >= 2 and any(index_of[match.start()] not in plain
                                              and finnic_surname(match.group(), rare=True) for match, _, _ in run)
        finnic_pair = finnic_in_run and any("Name" in rare for _, _, rare in run)
        strong = "Patr" in likely_all or ("Name" in likely_all and len(run) >= 2) or finnic_pair
        if len(run) >= 2 and (strong or (not lowercase and likely_all)):
            if strong and not finnic_pair:  # (a Finnic pair has its surname: no neighbour is widened into it)
                # a first name with a patronymic right after it anchors the surname beside them
                # ("Роман Олегович": a first name the dictionary reads first as a noun still counts before a patronymic)
                anchored = any("Name" in run[k][2] and "Patr" in run[k + 1][1] for k in range(len(run) - 1))
                if len(run) >= 3 and any(index_of[match.start()] in slotted for match, _, _ in run):
                    anchored = False  # a full name already, its first name read by its place: no fourth word
                    # ("Новый абонент: Абдыкадырова Айпери Нурсултановна" keeps "Новый")
                # grammar alone names a surname only for a run that has none ("предприниматель оганесян ашот
                # варданович" keeps its own)
                bare = all(likely & {"Name", "Patr"} and "Surn" not in likely and is_known(match.group())
                           for match, likely, _ in run)
                start, end = _widen_to_surname(text, words, index_of[run[0][0].start()],
                                               index_of[run[-1][0].start()], start, end, lowercase, anchored,
                                               _name_agreement([match.group() for match, _, _ in run]) if bare else None)
            out.append((start, end, 0.9 if strong else 0.7))
        elif len(run) >= 2 and ("Surn" in likely_all or (any("Surn" in rare for _, _, rare in run)
                                                          and any("Name" in rare for _, _, rare in run))
                                or (finnic_in_run and all(rare for _, _, rare in run))):
            # two words, one a likely surname: a name only after a cue ("клиент иванов петр"); after a cue
            # also on rare readings ("Клиент Белых Роман": a plural adjective and a novel, to the dictionary;
            # "Абонент Мякинен Белых": a Finnic surname's shape and a plural adjective — review 52, finnic pair leak)
            if _cue_before(text, start) == "strong":
                out.append((start, end, 0.8))
        elif len(run) == 1:
            word = run[0][0].group()
            likely, rare = run[0][1], run[0][2]
            cue = _cue_before(text, start)
            unknown = not is_known(word)
            # a first name (after a cue, also one that is a common word: "Абонент Инна Мирная") takes in the
            # surname beside it before it is kept alone ("Кл. Номеров Ян" kept only "Ян")
            # (lowercase: only a likely first name — "я думаю, тема светодиодов" is no Тёма)
            first_name = "Name" in _top_kinds(word) and lowercase \
                or ("Name" in _top_kinds(word) or (cue == "strong" and "Name" in rare)) and word[0].isupper()
            pair = _first_name_with_surname(text, words, index_of[start], lowercase) if first_name else None
            if _modifies_next_noun(text, word, end) or _title_attribute(text, word, start):
                pass  # "оператора, Московский регион", "Папа Римский": an attribute, whatever cue stands before it
            elif pair:
                out.append((*pair, 0.8))
            elif lowercase and unknown and _ordinary_compound(word, text, start) \
                    and name_probabilities(text).get(start, 1.0) < get_tagger().threshold:
                pass  # "это межгород": ordinary words joined, which the tagger does not call a name either
            elif (cue == "strong" and (rare or unknown)) or (cue == "weak" and likely and word.lower() not in _COMMON_WORDS):
                out.append((start, end, 0.8))
            elif word.lower() in _COMMON_WORDS:
                pass
            elif finnic_surname(word, rare=False) and not _after_an_attribute(text, start):
                out.append((start, end, 0.7))  # "лесонен был строгий", "у братьев ахтиайнен": no Russian word's shape
            elif not lowercase and ("Surn" in _top_kinds(word) and (not opens_a_sentence(text, start, lines=False, cells=True, ellipsis=False)
                                                                    or _VALUE_AFTER.match(text, end)
                                                                    or ({"Surn", "plur"} <= _top_tag(word)
                                                                        and _FAMILY_PLURAL.search(word.lower())))
                                     or _only_a_persons_word(word)):
                # mid-sentence, or a record's first field ("Кравцова / 9615024400"), or a family's surname in the plural,
                # which no common word's first reading is ("Кузнецовы (муж и жена) звонили"; not the adjective's
                # "Достоевские чтения")
                out.append((start, end, 0.6))
            elif "Patr" in likely:
                out.append((start, end, 0.7))
            elif not lowercase and "Name" in rare and word[0].isupper() and not _opens_a_line(text, start) \
                    and _apposed_to_a_person_noun(text, start, word):
                # a first name in apposition to a kin or role noun, agreeing with it in case: "ребёнок Ева", "дочь
                # Злата", "Инструктор Гена" — the noun names the person the word is (issue 15, packed_ag57, pii_bb57);
                # on the noun's own line only ("…, невролог⏎Тема: сверка выплат" is a letter's next field)
                out.append((start, end, 0.75))
        if finnic_in_run and len(out) == kept:
            # a run the Finnic reading made and nothing kept is read again as its words were without it (never
            # weaker: "Абонент Мякинен Белых" without a cue reading is the old path's)
            fresh = {index_of[match.start()] for match, _, _ in run
                     if finnic_surname(match.group(), rare=True)} - plain
            if fresh:
                plain |= fresh
                continue
        i = j if j > i else i + 1
    return out


_FAMILY_PLURAL = re.compile(r"(?:[оеё]в|[иы]н)ы$")  # "Кузнецовы", "Ильины": a family by its surname


def _a_surname_the_preposition_governs(text: str, word: re.Match) -> bool:
    """A word of a surname's shape (_SURNAME_ENDING) right after a preposition, which the dictionary reads only in
    forms that have no case (a short adjective: "ситникова", "ситников" as of a guessed "ситниковый"): a preposition
    governs a case, so that reading cannot stand there and the word is the surname in the case it governs ("Договор
    оформлен на Ситникова", "звонил от ситникова"; issue 15). A word with any reading in a case stays the
    dictionary's."""
    lower = word.group().lower()
    if len(lower) < 5 or not _SURNAME_ENDING.search(lower):
        return False
    before = words_before(text, word.start(), 12)[-1:]
    found = parses(lower)
    return bool(before) and before[0] in PREPOSITION_CASES and bool(found) \
        and all(p.tag.case is None and p.tag.POS == "ADJS" for p in found)


def _after_an_attribute(text: str, start: int) -> bool:
    """The word before is an adjective's likeliest reading, no pronoun's ("бывший шталлупенен": a town's old name; "за
    старого вяйнямейнена"): what an attribute describes alone is as often a place or a hero as a person."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    found = parses(before.group(1).lower()) if before else []
    return bool(found) and found[0].tag.POS == "ADJF" and "Apro" not in found[0].tag


def _first_name_slot(text: str, words: list, j: int) -> bool:
    """A capitalised word right before a patronymic stands where a full name's first name does, whatever noun the
    dictionary reads it as ("Мороз Зима Сергеевна", "Весна Петровна Лис": red team bb16, 07) — the patronymic
    anchors its neighbours, as it anchors a surname (`_anchored_surname`); not a function word, verb or label."""
    word = words[j].group()
    if j + 1 >= len(words) or not word[:1].isupper() or len(word) < 3 or word.isascii() \
            or text[words[j].end():words[j + 1].start()].strip() or not words[j + 1].group()[:1].isupper():
        return False
    following = words[j + 1].group()
    return "Patr" in _person_kinds(following) and "Patr" in _top_kinds(following) and not _not_a_name_word(word) \
        and word.lower() not in STOPWORDS and not _is_label(word) and _role_lemma(word) not in _PERSON_NOUN_LEMMAS \
        and word.lower() not in _TITLES and not _person_noun(word)


def _unknown_word_the_tagger_rejects(match: re.Match, rare: frozenset[str], probabilities: dict[int, float]) -> bool:
    """Lowercase: a run's edge word unknown to the dictionary ("призёрка", "армрестлингу") joins a name only when it
    reads as one somewhere (a surname's ending included) or the tagger gives it a fair chance (_TAGGER_EXTEND)."""
    word = match.group()
    return len(word) > 3 and not rare and not is_known(word) and not _SURNAME_ENDING.search(word.lower()) \
        and probabilities.get(match.start(), 1.0) < _TAGGER_EXTEND


def _title_attribute(text: str, word: str, start: int) -> bool:
    """"Папа Римский", "Патриарх Московский": a word right after a title (_TITLES) that reads as an adjective agreeing
    with it in case is the title's attribute, not a surname found alone."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None or before.group(1).lower() not in _TITLES:
        return False
    title_cases = _cases(before.group(1)) or frozenset()
    return any(p.tag.POS == "ADJF" and p.tag.case in title_cases for p in parses(word))


_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+([а-яё]+(?:-[а-яё]+)?)")  # from the first space only: linear
_SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н|ск|цк)(?:а|ой|ому|ым|ом|у|ую|ы|ых)?$|(?:ский|цкий|ская|цкая|енко|ук|юк|дзе"
                             r"|швили|янц?|ович|евич)$")


def _surname_after_first_name(text: str, start: int, end: int) -> int:
    """In lowercase text a name found by its first name takes in the surname right after it: "сергей капков"
    (NER saw "сергей"; "капков" is also a plural noun), "эмманюэль макрон" — when that word is unknown to the
    dictionary, has a surname reading, or a surname's ending, and is no function word, verb or greeting; or is a short
    East Asian surname of the lexicon ("эдуарду паку"), not a pronoun or particle ("анатолий нам", "валерий ли")."""
    last = NAME_WORD.findall(text, start, end)
    nxt = _NEXT_WORD.match(text, end)
    if not last or nxt is None:
        return end
    word = nxt.group(1)
    lower = word.lower()
    if "Name" in _rare_kinds(last[-1]) and _noun_surname_of_a_verbs_subject(text, start, last[-1], word, nxt.end(1)):
        return nxt.end(1)  # "звонит роман зима по поводу счёта": the name is the verb's subject, the noun its surname
    if not _person_kinds(last[-1]) & {"Name", "Patr"}:
        return end  # a first name, or its patronymic: "петр денисович [хромов]"
    if (_short_foreign_surname(lower) or _short_foreign_surname(lemma(lower))) and not _not_a_name_word(lower) \
            and not _pronoun(lower):
        return nxt.end(1)  # "эдуарду паку", "тимур хан", "ольга го": the lexicon's short surname, in any case
    if len(word) < 3 or lower in STOPWORDS or _is_domain_word(lower) or lower in _COMMON_WORDS \
            or lemma(word) in _GREETING_LEMMAS or _is_label(word) or _person_kinds(word) & {"Name", "Patr"}:
        return end
    if finnic_surname(word, rare=True):
        return nxt.end(1)  # "анна мякинен", "майя хейккинен": the dictionary guesses a short adjective
    found = parses(word)
    if found and (found[0].tag.POS in _ANCHOR_BLOCK_POS or found[0].tag.POS in _NOT_NAME_POS
                  or word_grammemes(word) & {"Geox", "Orgn"}):
        return end
    if _a_plural_adjectives_surname(last[-1], lower, found) and not _modifies_next_noun(text, lower, nxt.end(1)):
        return nxt.end(1)  # "ксюша гладких", "серафима долгих и …": a surname in -их/-ых after one person's first name
    if not is_known(word) or "Surn" in any_grammemes(word) or _SURNAME_ENDING.search(lower):
        return nxt.end(1)
    if _an_adjective_surnames_case(text, lower, last[-1], nxt.end(1)):
        return nxt.end(1)  # "с арсением [бельским]": a surname in -ский in its oblique case, in the name's own case
    return end


# -ский / -цкий surnames' oblique cases that _SURNAME_ENDING leaves out ("-ого" and "-им" after -ов are none: "нового")
_ADJECTIVE_SURNAME_CASE_ENDING = re.compile(r"(?:ск|цк)(?:ого|им)$")


def _an_adjective_surnames_case(text: str, word: str, name_word: str, word_end: int) -> bool:
    """A word after a name in a -ский / -цкий surname's oblique case ("-ского", "-ским") that agrees in case with the
    name word and describes no noun after it: the surname ("с арсением [бельским]"), not "с иваном городским
    транспортом"."""
    return _ADJECTIVE_SURNAME_CASE_ENDING.search(word) is not None and _agree(word, name_word) \
        and not _modifies_next_noun(text, word, word_end)


def _a_plural_adjectives_surname(first_name: str, word: str, found: list) -> bool:
    """After a first name in the singular, a word in -их/-ых the dictionary reads only as a plural adjective ("гладких",
    "долгих", "седых") or the plural noun one makes ("анастасию малых"): nothing in the singular it could describe
    stands before it, so it is a surname that does not decline (Черных, Долгих) — unless it describes the plural noun
    after it (the caller's _modifies_next_noun)."""
    return word.endswith(("их", "ых")) and bool(found) \
        and all(p.tag.POS in ("ADJF", "NOUN") and p.tag.number == "plur" for p in found) \
        and all(p.tag.number == "sing" for p in parses(first_name.lower()) if "Name" in p.tag)


_CAPITALISED_THEN_WORD = re.compile(r"(?<![\w«\"'-])([А-ЯЁ][а-яё]{2,})[ \t]+([а-яё]+)")


def _unknown_subjects(text: str, lowercase: bool) -> list[tuple[int, int]]:
    """"Бонер объявил", "Паулс считает", "Нисипяну занимает": a capitalised word the dictionary does not know,
    right before a verb in the third person singular, is the surname of whoever does it (a foreign one)."""
    if lowercase:
        return []
    out = []
    for match in _CAPITALISED_THEN_WORD.finditer(text):
        word, verb = match.group(1), match.group(2)
        if is_known(word) or _is_domain_word(word) or word.lower() in _COMMON_WORDS:
            continue
        if _a_subjects_verb(verb):
            out.append(match.span(1))
    return out



_UNKNOWN_SURNAME_WHY = "a surname the dictionary does not know, made one person by grammar"


def _unknown_surnames_by_grammar(text: str) -> list[tuple[int, int]]:
    """Lowercase text: a word the dictionary does not know, of a surname's shape ("-ов", "-ев", "-ин" and a singular
    ending: "норбоев", "цыренова", "жанчиповым"), is a surname where grammar makes it one person — a finite verb right
    after it agrees with it as its subject ("дамба норбоев вышел"), an intransitive one right before it does
    ("на ковер вызывается батоцыренов"), the preposition before it governs its case ("у цыренова"), or two letters
    are said after it as its initials ("жанчипов бэ цэ"). The written rule (_capitalised_surnames_by_grammar) reads a
    capital; speech has none, so only words the dictionary lacks: a known word of that shape is as often a plural's
    genitive ("часов", "столов"), and the tagger reads the Buryat, Tuvan and Yakut surnames pymorphy2 guesses as one
    ("ринчинов") next to never."""
    out = []
    for match in NAME_WORD.finditer(text):
        word = match.group()
        if not _SURNAME_FORM.match(word) or is_known(word) or _is_domain_word(word) or word in _COMMON_WORDS:
            continue
        readings = _singular_surname_readings(word)
        if not readings:
            continue
        before = _NEIGHBOUR_BEFORE.search(text, max(0, match.start() - 30), match.start())
        after = _NEXT_WORD.match(text, match.end())
        governed = _PERSON_PREPOSITION_CASES.get(before.group(1)) if before else None
        letters = _letters_after(text, match.end())
        if (after and _agreeing_verb(after.group(1), readings, dictionary=False)) \
                or (before and _an_intransitive_verb_before(before.group(1), readings)) \
                or (governed and any(case == governed for case, _ in readings)) \
                or (len(letters) == 2 and all(text[a:b] in SAID_INITIAL_NAMES for a, b in letters)):
            out.append(match.span())
    return out


def _an_intransitive_verb_before(word: str, readings: set[tuple[str, str]]) -> bool:
    """A finite intransitive verb of one doer whose subject, said after it, the surname in the nominative can be
    ("вызывается батоцыренов", "выступил норбоев"): no object stands after an intransitive verb."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB" and "intr" in found[0].tag \
        and _agreeing_verb(word, {reading for reading in readings if reading[0] == "nomn"})

def _a_subjects_verb(verb: str) -> bool:
    """A verb whose subject is one person: the third person singular or the past singular, not neuter ("объявил",
    "считает", "платила"; not "сгорело")."""
    found = parses(verb)
    return bool(found) and found[0].tag.POS == "VERB" and "sing" in found[0].tag and "neut" not in found[0].tag \
        and ("past" in found[0].tag or "3per" in found[0].tag)


# A name in Latin letters spelled in the note's own mailbox or handle (issue 15: "Weber Thomas …, ответ на t.weber@gmx.de",
# "Nakamura Yuto … yuto.nakamura@gmail.com", "Hoang Minh Chau … Telegram @chau_hoang_msk"): a run of two to four
# capitalised Latin words (_LATIN_HOLDER_RUN), none a brand's, organisation's or English word, one of which is a word of
# a mailbox's local part or a handle (the domain is not read: "support@apple.com" names no "Apple Pay"), or, four
# letters or more, inside one ("pkowalczyk", "k.alsuwaidi"): the person's own address spells their name.
def _handle_words(text: str) -> list[str]:
    from guard.recognizers.email import CUT_SHORT, WRITTEN
    from guard.recognizers.login import HANDLE_REGEX
    locals_ = [found.group().split("@")[0] for pattern in (WRITTEN, CUT_SHORT) for found in re.finditer(pattern, text)]
    locals_ += [found.group()[1:] for found in re.finditer(HANDLE_REGEX, text)]
    return [piece for local in locals_ for piece in re.findall(r"[a-z]{3,}", local.lower())]


def _latin_names_in_own_handles(text: str) -> list[tuple[int, int]]:
    if "@" not in text or not re.search(r"[A-Z][A-Za-z'’]*[ \t]+[A-Z]", text):
        return []
    pieces = _handle_words(text)
    if not pieces:
        return []
    out = []
    for run in _LATIN_HOLDER_RUN.finditer(text):
        words = [word.lower() for word in re.findall(r"[A-Za-z]+", run.group())]
        if any(word in _LATIN_NOT_NAME_WORDS for word in words):
            continue
        if any(word == piece or (len(word) >= 4 and word in piece) for word in words if len(word) >= 3 for piece in pieces):
            out.append(run.span())
    return out


# A man's surname's endings after its "-ов"/"-ин" stem, with the cases and genders each says, singular only.
_SURNAME_ENDING_CASES = {"": (("nomn", "masc"),), "а": (("gent", "masc"), ("accs", "masc"), ("nomn", "femn")),
                         "у": (("datv", "masc"), ("accs", "femn")), "ым": (("ablt", "masc"),), "ом": (("loct", "masc"),),
                         "ой": (("gent", "femn"), ("datv", "femn"), ("ablt", "femn"), ("loct", "femn"))}
_AND_BETWEEN = re.compile(r"(?<![ \t])[ \t]+и[ \t]+")  # from a word's end: "Мешков и Тараканов"
_SURNAME_FORM = re.compile(r"^(.+(?:[оеё]в|[иы]н))(а|у|ым|ом|ой)?$")
# The case a preposition governs a person in: "у Кулакова", "с Кулаковым", "к Мешкову", "о Тараканове".
_PERSON_PREPOSITION_CASES = {"у": "gent", "от": "gent", "для": "gent", "без": "gent", "около": "gent", "возле": "gent",
                             "кроме": "gent", "с": "ablt", "со": "ablt", "к": "datv", "ко": "datv", "о": "loct",
                             "об": "loct", "при": "loct", "про": "accs"}


def _singular_surname_readings(word: str, by_shape: bool = True) -> set[tuple[str, str]]:
    """(case, gender) of every reading of `word` as one person's surname: the dictionary's own (Surn), or a common
    noun's genitive plural read as a man's surname ("Кулаков", "Мешкову", "Таракановым": "of kulaks", "of sacks")."""
    out = set()
    for found in parses(word):
        if "Surn" in found.tag and "sing" in found.tag and found.tag.case:  # "ms-f" is a grammeme, not a gender value
            genders = ("masc", "femn") if "ms-f" in found.tag else (str(found.tag.gender),)
            out |= {(str(found.tag.case), gender) for gender in genders}
    form = _SURNAME_FORM.match(word.lower()) if by_shape else None
    if form and any(p.tag.POS == "NOUN" and {"plur", "gent"} <= p.tag.grammemes for p in parses(form.group(1))):
        out |= set(_SURNAME_ENDING_CASES[form.group(2) or ""])
    return out


def _agreeing_verb(word: str, readings: set[tuple[str, str]], plural: bool = False, dictionary: bool = True) -> bool:
    """A finite verb whose subject the surname (nominative) can be: "звонил", "просила", "приходили" (a pair)."""
    found = parses(word)
    if not found or found[0].tag.POS != "VERB":
        return False
    tag = found[0].tag
    if "tran" in tag and not dictionary:
        return False  # "Клиентов обслуживает": a plural noun's genitive is also its animate object
    if plural:
        return "plur" in tag
    if "sing" not in tag or "neut" in tag or ("past" not in tag and "3per" not in tag):
        return False
    return tag.gender is None or ("nomn", tag.gender) in readings


def _capitalised_surnames_by_grammar(text: str) -> list[tuple[int, int]]:
    """"у Кулакова долг", "договорились с Кулаковым", "Сверчков звонил", "Мешков и Тараканов приходили": a
    capitalised word with a singular surname's reading (the dictionary's, or a common noun's genitive plural read
    as "-ов"/"-ин" + a surname's ending) is a surname when grammar makes it one person — the preposition before it
    governs that reading's case, or a finite verb beside it agrees with it as its subject (two such words joined
    by "и", a plural verb). A place's reading in the governed case leaves it to the place judges ("для Ростова")."""
    out = []
    # every capitalised word (_CAPITALISED_WORD), one opening a quote or glued to initials too: «Ульберг любил …»,
    # "хозяин А.Н.Павлюченко подозревает" (a narrower copy of the regex, shadowed from the start, is gone: stop 50)
    words = list(_CAPITALISED_WORD.finditer(text))
    for k, match in enumerate(words):
        word = match.group()
        lower = word.lower()
        if lower in STOPWORDS or lower in DOMAIN_WORDS or lower in _COMMON_WORDS or _is_domain_word(word):
            continue
        readings = _singular_surname_readings(word)
        if not readings or _title_attribute(text, word, match.start()):
            continue  # "Папа Римский призвал": a title's attribute, whatever its surname reading
        previous = _PREVIOUS_WORD.search(text, 0, match.start())
        governed = _PERSON_PREPOSITION_CASES.get(previous.group(1)) if previous else None
        if _modifies_next_noun(text, word, match.end(), governed):
            continue  # "у Московского региона": an attribute of the noun after it, in the governed case
        if governed:
            places = {p.tag.case for p in parses(word) if {"Geox", "Orgn"} & p.tag.grammemes}
            if any(case == governed for case, _ in readings) and governed not in places:
                out.append(match.span())
            continue
        nxt = _NEXT_WORD.match(text, match.end())
        known = bool(_singular_surname_readings(word, by_shape=False))  # the dictionary's own surname reading
        if nxt and _agreeing_verb(nxt.group(1), readings, dictionary=known):
            out.append(match.span())
            continue
        pair = _AND_BETWEEN.match(text, match.end())
        other = words[k + 1] if k + 1 < len(words) else None
        if pair and other and other.start() == pair.end() and any(case == "nomn" for case, _ in readings) \
                and any(case == "nomn" for case, _ in _singular_surname_readings(other.group())):
            after = _NEXT_WORD.match(text, other.end())
            if after and _agreeing_verb(after.group(1), readings, plural=True,
                                        dictionary=known and bool(_singular_surname_readings(other.group(), False))):
                out += [match.span(), other.span()]
    return out


# Surnames that are ordinary nouns (red team bb12, 08: "Зима", "Заяц", "Медведь", "Молодец"): the dictionary reads them
# only as the noun, so no list of surnames finds them; grammar does. A noun is a surname where the noun cannot stand:
#  - a finite verb in the past agrees with its subject in gender; a capitalised noun beside an intransitive one (no
#    object to be), nominative, of the other gender ("Звонила Заяц", "Заяц звонила", "Звонил Зима") is no subject as
#    the noun — it is the indeclinable surname of whoever the verb speaks of;
#  - written text puts a capital on a name and not on a noun: a capitalised noun right before a capitalised first name,
#    not where a sentence begins nor after a preposition of place, not a place's prefix ("в Сан Луисе") — "договор на
#    Медведь Ивана", "кл. Молодец Иван" — is the name's surname;
#  - in lowercase speech, a finite verb, then a first name that agrees with it as its subject, then a nominative noun
#    that no verb takes as its own subject ("звонит роман зима по поводу счёта"): the noun is the surname; a noun that
#    a verb follows starts a clause of its own ("звонила анна заявка принята").
# Nouns for a person, kin or role, titles, greetings, field labels and the domain's words are never read so.
_CAPITALISED_NOUN = re.compile(r"(?<![\w«\"'.-])[А-ЯЁ][а-яё]{2,}(?![\w-])")
_CAPITALISED_AFTER = re.compile(r"(?<![ \t])[ \t]+([А-ЯЁ][а-яё]+)(?![\w-])")  # from a word's end: the next word
_VERB_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+$")  # up to a word's start: the word right before
_VERB_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]+([^\W\d_]+)")  # from a word's end


def _noun_surname_readings(word: str) -> list:
    """The readings of `word` as a singular common noun of a man or a woman in the nominative (no neuter, no place or
    organisation, no name part); none for a noun for a person or a role, a title, a greeting, a label or the domain's."""
    lower = word.lower()
    if len(word) < 3 or lower in STOPWORDS or lower in DOMAIN_WORDS or _is_domain_word(word) or _is_label(word) \
            or lower in _TITLES or lemma(lower) in _GREETING_LEMMAS or _person_noun(word) \
            or _role_lemma(lower) in _PERSON_NOUN_LEMMAS or lower.startswith(_ROLE_STEMS) or lower.startswith(_NAMING_STEMS) \
            or word_grammemes(word) & {"Geox", "Orgn", "Abbr"} or not is_known(word):
        return []
    found = parses(word)
    if not found or found[0].tag.POS != "NOUN":
        return []
    return [p.tag for p in found if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
            and p.tag.gender in ("masc", "femn") and not p.tag.grammemes & {"Name", "Patr", "Surn", "Geox", "Orgn"}
            and p.score >= 0.05]


def reads_as_a_noun_surname(word: str) -> bool:
    """Is `word` a man's or a woman's common noun in the nominative that surnames are made of ("Мельник", "Кузнец",
    "Соловей", "Волк", "Коваль"), no role, title or domain word (`_noun_surname_readings`)? Where the speaker chose
    every letter — a word spelled letter by letter, or written in Latin — such a noun is told as the surname it may be
    (red team bb22, f02)."""
    return bool(_noun_surname_readings(word))


def _past_verb_gender(word: str) -> str | None:
    """The gender of a finite singular intransitive past verb, else None: a transitive one may have the noun as its
    object on either side ("Репортаж подготовила телекомпания")."""
    found = parses(word)
    if not found or found[0].tag.POS != "VERB":
        return None
    tag = found[0].tag
    if "past" not in tag or "sing" not in tag or tag.gender not in ("masc", "femn") or "tran" in tag:
        return None
    return tag.gender


def _slot_noun(word: str) -> bool:
    """A singular noun in the nominative, any gender ("лето", "шило" are surnames too), that names no person, role,
    title, place, organisation, thing named like a person or the domain's word (_noun_surname_readings' judges)."""
    lower = word.lower()
    if len(word) < 3 or lower in STOPWORDS or lower in DOMAIN_WORDS or _is_domain_word(word) or _is_label(word) \
            or lower in _TITLES or lemma(lower) in _GREETING_LEMMAS or _person_noun(word) \
            or _role_lemma(lower) in _PERSON_NOUN_LEMMAS or lemma(lower) in _THING_NOUNS or lower.startswith(_ROLE_STEMS) \
            or lower.startswith(_NAMING_STEMS) or word_grammemes(word) & {"Abbr"} or not is_known(word) \
            or _person_kinds(word) & {"Name", "Patr"} or lower in STREET_WORDS or lower in ADDRESS_PART_WORDS:
        return False  # an address's word ("улица карташева") names a place
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and not found[0].tag.grammemes & {"Geox", "Orgn"} and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and p.score >= 0.05
        and not p.tag.grammemes & {"Name", "Patr", "Orgn"} for p in found)


# The words after which a speaker names someone: "меня зовут …", "это …", "я …", "фамилия …", "владелец …"
_NAMING_SLOT_WORDS = frozenset({"зовут", "звать", "это", "я"})
_NAMING_SLOT_STEMS = ("фамили", "владел", "клиент", "абонент", "оформлен", "записан")
_CLAUSE_HEADS = frozenset({"VERB", "PRTS", "PRTF", "INFN", "PRED", "GRND"})


_NAMED_ONES_PRONOUNS = frozenset({"меня", "его", "её", "ее", "их", "нас"})  # "зовут меня …": the verb first


def _in_a_naming_slot(text: str, start: int) -> bool:
    before = words_before(text, start, 30)[-2:]
    if len(before) == 2 and before[1] in _NAMED_ONES_PRONOUNS and before[0] in ("зовут", "звать"):
        return True  # "зовут меня кот андрей": the pronoun between the naming word and the name
    return bool(before) and (before[-1] in _NAMING_SLOT_WORDS or before[-1].startswith(_NAMING_SLOT_STEMS))


def _heads_its_own_clause(text: str, end: int) -> bool:
    """The word after a noun is its own verb: "гроза была", "заявка принята", "интернет не работает" — a verb of the
    third person or the past, a short participle, a predicative, or "не"; the speaker's own "звоню", "хочу" are not."""
    after = _VERB_WORD_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1).lower() == "не":
        return True
    found = parses(after.group(1))
    if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent" and not _person_kinds(after.group(1)):
        return True  # a noun phrase its genitive completes: "дарья служба поддержки", "анна отдел продаж"
    if not found or found[0].tag.POS not in _CLAUSE_HEADS:
        return False
    return not (found[0].tag.POS == "VERB" and found[0].tag.person in ("1per", "2per"))


def _nouns_in_a_naming_slot(text: str) -> list[tuple[int, int]]:
    """Speech: where the speaker names someone ("меня зовут", "это", "владелец"), a first name with a noun beside it —
    "меня зовут роман мост", "это анна гроза звоню …", "владелец лето юлия": the slot holds a name, and a noun in the
    nominative beside the first name is its surname (red team bb13, 11) — unless the noun opens a clause of its own,
    its verb after it ("это анна заявка принята", "меня зовут ольга интернет не работает")."""
    out = []
    words = list(NAME_WORD.finditer(text))
    for k, word in enumerate(words[:-1]):
        nxt = words[k + 1]
        first, second = word.group(), nxt.group()
        if text[word.end():nxt.start()].strip() or len(first) < 3 or first.lower() in STOPWORDS \
                or not _in_a_naming_slot(text, word.start()):  # the slot's words before it last: read per word
            continue
        # in the slot a first name's rarer reading is the one meant ("роман", "любовь": a novel, love elsewhere)
        if _nominative_first_name(first) and _slot_noun(second) and not _heads_its_own_clause(text, nxt.end()):
            out.append((word.start(), nxt.end()))  # the first name, then its surname
        elif _slot_noun(first) and "Name" in _top_kinds(second) and _nominative_first_name(second) \
                and second.lower() not in _COMMON_WORDS:
            out.append((word.start(), nxt.end()))  # the surname first, as a form orders them
    return out


# The name tagger's probability a noun opening a sentence needs to be read as a caller's surname (measured on the bb13
# nouns: "Волк", "Коваль" 0.54, "Мельник" 0.96; "Мошенник" 0.01, "Злоумышленник" 0.0, "Сосед" 0.005)
_CALLER_NOUN_AT_START = 0.3


def _nominative_first_name(word: str) -> bool:
    """A first name on some reading, in the nominative: the slot names the speaker or the owner ("это решение оливеру"
    is a dative, no one named)."""
    return any("Name" in p.tag and p.tag.case == "nomn" for p in parses(word))


def _callers_verb(text: str, end: int) -> bool:
    """The finite verb right after `end` (past "не") or right before it is a caller's act (lexicon.CALLERS_VERBS), or
    asks, wants or can do one ("просил перезвонить", "не может дозвониться")."""
    after = _VERB_WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() == "не":
        after = _VERB_WORD_AFTER.match(text, after.end(1))
    if after is None:
        return False
    found = parses(after.group(1))
    if not found or found[0].tag.POS != "VERB" or "sing" not in found[0].tag or found[0].tag.person in ("1per", "2per"):
        return False
    verb = found[0].normal_form
    if verb in VERBS_BEFORE_AN_INFINITIVE:
        infinitive = _VERB_WORD_AFTER.match(text, after.end(1))
        return infinitive is not None and any(p.tag.POS == "INFN" and p.normal_form in CALLERS_VERBS
                                              for p in parses(infinitive.group(1)))
    return verb in CALLERS_VERBS


def _does_a_callers_act(text: str, start: int, end: int) -> bool:
    """Written notes: a capitalised noun that does what a caller does — "Волк просил перезвонить", "Жалоба: Коваль не
    может дозвониться", "Перезвонил Сокол" — is a surname: a wolf or a smith does not ring a contact centre (red team
    bb13, 13). A person's noun or a role ("Мама звонила", "Мастер перезвонит") and an organisation's ("Банк просил …")
    are no surname; a title is one here only as the subject of such a verb ("Король просил перезвонить")."""
    word = text[start:end]
    lower = word.lower()
    if not (_slot_noun(word) or lower in _TITLES and lower not in _PERSON_NOUN_LEMMAS and "nomn" in _top_tag(word)):
        return False
    if opens_a_sentence(text, start, cut_words=True, gap_opens=True, reach=12) and lower not in _TITLES \
            and name_probability(text, start, 1.0) < _CALLER_NOUN_AT_START:
        return False  # a capital the sentence gives says nothing: the tagger tells "Мельник" from "Мошенник звонил"
    if _callers_verb(text, end):
        return True
    before = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
    verb = parses(before.group(1)) if before is not None else []
    return bool(verb) and verb[0].tag.POS == "VERB" and verb[0].normal_form in CALLERS_VERBS and "sing" in verb[0].tag \
        and verb[0].tag.person not in ("1per", "2per")  # of either gender: "Звонила Король" is a woman


def _noun_surname_of_a_verbs_subject(text: str, name_start: int, name: str, word: str, word_end: int) -> bool:
    """Lowercase: "звонит роман зима по поводу": a finite singular verb right before the first name `name`, agreeing
    with it as its subject (the first name nominative, the verb's gender its own), and `word` after the name a
    nominative singular noun (_noun_surname_readings) that no verb or participle follows."""
    before = _VERB_WORD_BEFORE.search(text, max(0, name_start - 30), name_start)
    if before is None or not _noun_surname_readings(word):
        return False
    found = parses(before.group(1))
    if not found or found[0].tag.POS != "VERB" or "sing" not in found[0].tag or "tran" in found[0].tag \
            or ("past" not in found[0].tag and "3per" not in found[0].tag):
        return False
    names = [p.tag for p in parses(name) if "Name" in p.tag and p.tag.case == "nomn"]
    if not any(found[0].tag.gender in (None, tag.gender) for tag in names):
        return False
    after = _VERB_WORD_AFTER.match(text, word_end)
    if after is not None:
        following = parses(after.group(1))
        if following and following[0].tag.POS in ("VERB", "PRTS", "PRTF", "INFN", "PRED"):
            return False
    return True


# --- One home: a capitalised word that is also a common noun or adjective is a person's surname here -----------------
# (issue 15, stop 40; red team bb14 04, 05). "Камень", "Лиса", "Весна", "Сокол" are words first: no list of surnames
# holds them and the dictionary reads them as the noun. Whether such a word is someone's surname is read here once, by
# the evidence of where it stands, and every user asks here: the redactor (`person_spans` through `word_surnames`), the
# speech checker's bare word (`guard/disclosure/bare_value.word_names` through `word_surname_here(..., bare=True)`) and
# the answers told by likeness (`told_by_likeness`: guard/dialogue.py, guard/disclosure/frames.py). The evidence:
#  - a first name (and patronymic) beside it: after it in the same case ("Камень Игорь оформил", "Камню Игорю"), even
#    where a sentence begins — unless the noun could be the object a transitive verb after the name still lacks
#    ("Роутер Иван забрал") —, or before it in the same case ("Игорю Камню", "с Игорем Соколом");
#  - a verb's gender that the noun cannot agree with ("Звонила Заяц") and a caller's act done by it ("Волк просил
#    перезвонить", "заявку оставил Орёл": lexicon.CALLERS_VERBS);
#  - where the capital is the writer's, not the sentence's (mid-sentence, not in quotes), a person's slot:
#    · apposition to a person's cue or role noun in the same case, past one genitive ("Клиентка Весна", "владелец
#      договора Ковёр", "клиенту Ежу"), or a naming word ("это Сокол", "зовут Щука", "фамилия Ёрш", "на имя Сом");
#    · the animate slot of a verb of people's dealings, read by the case the slot governs (morphology, any gender):
#      the dative of a verb of telling or sending ("перезвонить Голубю", "отправили смс Камню"), "с" + instrumental
#      of a verb of talking or agreeing ("с Соколом договорились"), "на" + accusative of a verb of registering
#      ("оформлена на Свинью"), "на" + locative where a debt or a registration is ("на Пауке висит долг"), "у" +
#      genitive with a debt ("у Щуки долг"), "от" + genitive after a call's or a letter's noun ("заявка от Сокола");
#  - in speech (lowercase), a noun beside a first name in a naming slot (`_nouns_in_a_naming_slot`);
#  - for the speech checker only (`bare=True`), the word alone in a clause of the operator's line.
# A word is a candidate (`_ordinary_readings`) when the dictionary knows it as a common noun or a full adjective that is
# no person's or role's noun, title, greeting, label, thing named like a person, address word or the domain's word.
# A place's or an organisation's reading leaves it to the place judges except in a verb's animate slot, where doubt
# hides the word (fail closed); "на Камне" with no debt or registration near stays a place.

_CLAUSE_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_ANOTHER_CAPITALISED_WORD = re.compile(r"(?<![ \t])[ \t]+[«\"„“]?[А-ЯЁ][а-яё]")  # from a word's end: linear
_CLAUSE_END = re.compile(r"[.,;:!?()\n«»\"—–]")
_ORDINARY_POS = frozenset({"NOUN", "ADJF"})
_NOT_ORDINARY = frozenset({"Name", "Patr", "Surn", "Geox", "Orgn", "Abbr", "Init"})
# The verbs and nouns of people's dealings by the case their person takes (lemmas, ё read as е: guard.morph.lemma).
_TELLING_LEMMAS = frozenset({"звонить", "позвонить", "перезвонить", "перезванивать", "написать", "писать",
                             "отправить", "отправлять", "выслать", "высылать", "прислать", "присылать", "передать",
                             "передавать", "сообщить", "сообщать", "ответить", "отвечать", "напомнить", "напоминать",
                             "объяснить", "объяснять", "сказать", "говорить", "продиктовать", "направить", "направлять"})
_TALKING_LEMMAS = frozenset({"договориться", "договариваться", "поговорить", "говорить", "разговаривать", "связаться",
                             "связываться", "созвониться", "созваниваться", "общаться", "пообщаться", "переписываться",
                             "побеседовать", "беседовать", "соединить", "соединять", "договор", "разговор", "связь"})
_REGISTERING_LEMMAS = frozenset({"оформить", "оформлять", "переоформить", "переоформлять", "записать", "записывать",
                                 "зарегистрировать", "регистрировать", "выписать", "перезаключить", "заключить"})
_DEBT_LEMMAS = frozenset({"долг", "задолженность", "просрочка", "висеть", "числиться", "значиться", "оформить",
                          "зарегистрировать", "записать", "переоформить"})
_MESSAGE_LEMMAS = frozenset({"звонок", "вызов", "заявка", "жалоба", "обращение", "письмо", "сообщение", "смс",
                             "претензия", "заявление", "поручение", "доверенность", "запрос"})
# The person slots a preposition opens: (its case, the lemmas near it that make the slot a person's, where they stand)
_PERSON_SLOTS = {"с": ("ablt", _TALKING_LEMMAS, "around"), "со": ("ablt", _TALKING_LEMMAS, "around"),
                 "на": ("accs", _REGISTERING_LEMMAS, "around"), "у": ("gent", _DEBT_LEMMAS, "after"),
                 "от": ("gent", _MESSAGE_LEMMAS, "before")}
_NAMING_SLOT_CUES = frozenset({"это", "зовут", "звать"})
# Words of likeness a surname is told by ("ну как весна", "как птица сокол", "вроде рыбы", "похожа на …": red team
# bb14, 09 and 14): the word after them is the value.
LIKENESS_WORDS = frozenset({"как", "вроде", "типа", "наподобие", "словно", "похожий", "похоже", "напоминать",
                            "созвучный", "созвучно", "означать", "связанный", "связать"})


def told_by_likeness(word: str) -> bool:
    """A word of comparison a surname is told by: "как", "вроде", "похожа" (any form of LIKENESS_WORDS)."""
    lower = word.lower()
    return lower in LIKENESS_WORDS or bool(lemmas(lower) & LIKENESS_WORDS) and "PREP" not in _top_tag(lower)


def _ordinary_readings(word: str, governed: bool = False) -> list:
    """The tags of `word`'s readings as a common noun or a full adjective (no name part, place or organisation), or []
    when the word is no candidate: a person's, kin's or role's noun, a title, a greeting, a label, a thing named like a
    person, an address's or the domain's word, a word the dictionary does not know."""
    lower = word.lower()
    if len(word) < 3 or lower in STOPWORDS or lower in DOMAIN_WORDS or _is_domain_word(word) or _is_label(word) \
            or lower in _TITLES or lemma(lower) in _GREETING_LEMMAS or _person_noun(word) \
            or _role_lemma(lower) in _PERSON_NOUN_LEMMAS or lemma(lower) in _THING_NOUNS or lower.startswith(_ROLE_STEMS) \
            or lower.startswith(_NAMING_STEMS) or not is_known(word) or _person_kinds(word) & {"Name", "Patr"} \
            or lower in STREET_WORDS or lower in ADDRESS_PART_WORDS:
        return []
    found = parses(word)
    if not found or found[0].tag.POS not in _ORDINARY_POS and not governed:
        return []  # after a preposition a noun's reading is the one meant ("с Ершом": not the adverb "ершом")
    return [p.tag for p in found if p.tag.POS in _ORDINARY_POS and p.score >= 0.05
            and not p.tag.grammemes & _NOT_ORDINARY and "plur" not in p.tag and "Apro" not in p.tag]


def _clause_words_before(text: str, start: int, count: int) -> list[str]:
    """Up to `count` words right before `start` in its clause (no punctuation between), nearest last."""
    window = text[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    return [m.group() for m in _CLAUSE_WORD.finditer(window, cut)][-count:]


def _clause_words_after(text: str, end: int, count: int) -> list[str]:
    """Up to `count` words right after `end` in its clause, nearest first."""
    window = text[end:end + 60]
    stop = _CLAUSE_END.search(window)
    return [m.group() for m in _CLAUSE_WORD.finditer(window, 0, stop.start() if stop else len(window))][:count]


def _with_lemma(words: list[str], wanted: frozenset[str]) -> bool:
    return any(lemmas(word.lower()) & wanted for word in words)


def _cases_of(tags) -> set[str]:
    return {str(tag.case) for tag in tags if tag.case}


def _object_still_wanted(text: str, end: int) -> bool:
    """After a sentence-opening noun and the name after it: a transitive verb with no object after it — the noun may be
    that object ("Роутер Иван забрал", "Счёт Иван оплатил вчера"), so the order says nothing of a surname."""
    after = _clause_words_after(text, end, 2)
    if not after:
        return False
    verb = parses(after[0])
    if not verb or verb[0].tag.POS != "VERB" or "tran" not in verb[0].tag:
        return False
    if len(after) < 2:
        return True
    following = parses(after[1])
    return not (following and (following[0].tag.POS == "INFN" or following[0].tag.POS in ("NOUN", "NPRO", "ADJF")
                               and any(p.tag.case in ("accs", "gent") for p in following if p.score >= 0.1)))


def _first_name_after(text: str, start: int, end: int, readings: list, at_start: bool) -> tuple[int, int] | None:
    """The capitalised first name (and patronymic) right after the word, read as its first name: in the word's case, or
    mid-sentence any ("договор на Медведь Ивана": such a surname often stays undeclined); where a sentence begins, only
    both nominative and no transitive verb after the name that still wants an object (see _object_still_wanted)."""
    first = _CAPITALISED_AFTER.match(text, end)
    if first is None or "Name" not in _top_kinds(first.group(1)):
        return None  # "Марина", "Вера": a common word too, but a capitalised first name's reading is the likeliest
    word = text[start:end]
    if word.lower() in _PLACE_PREFIXES | _NAME_PARTICLES:
        return None
    previous = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
    if previous is not None and previous.group(1).lower() in _PLACE_PREPOSITIONS:
        return None
    name_end = first.end(1)
    patronymic = _CAPITALISED_AFTER.match(text, name_end)
    if patronymic is not None and "Patr" in _top_kinds(patronymic.group(1)):
        name_end = patronymic.end(1)
    if _ANOTHER_CAPITALISED_WORD.match(text, name_end) is not None:
        return None  # "Архитектор Лев Гурвич", "Солистка Анна Гринёва-Кох", "Рэпер Тимур «Туман» Сафин": the surname
        # (or the nickname) after the first name is the person's, not the noun
    name_cases = {str(p.tag.case) for p in parses(first.group(1)) if "Name" in p.tag}
    if at_start:  # "Поддержка (Арсений):" — a bracketed name or a label's colon: a role and its person
        if "nomn" not in _cases_of(readings) or "nomn" not in _top_tag(first.group(1)) \
                or text[end:first.start(1)] != " " or text[name_end:].lstrip(" \t")[:1] == ":" \
                or _object_still_wanted(text, name_end):
            return None
    elif not (_noun_surname_readings(word) or _cases_of(readings) & name_cases):
        return None
    return start, name_end


def _first_name_before(text: str, start: int, readings: list) -> bool:
    """A capitalised first name right before the word, in one of its cases: "Игорю Камню", "с Игорем Соколом"."""
    before = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in _COMMON_WORDS:
        return False
    name = before.group(1)
    if "Name" not in _top_kinds(name):
        return False
    return bool({str(p.tag.case) for p in parses(name) if "Name" in p.tag and p.score >= 0.05} & _cases_of(readings))


def _apposed_to_a_cue(text: str, start: int, end: int, readings: list) -> bool:
    """Right after a person's cue or role noun in the same case, past one genitive between ("Клиентка Весна", "владелец
    договора Ковёр", "соседу Волку"), or after a naming word ("это Сокол", "зовут Щука", "фамилия Ёрш", "на имя Сом")."""
    before = _clause_words_before(text, start, 3)
    if not before:
        return False
    cases = {str(p.tag.case) for p in parses(text[start:end]) if p.score >= 0.1 and p.tag in readings}  # "Житель
    # Бора": a wind's nominative at 0.07
    for k, cue in enumerate(reversed(before[-2:])):
        lower = cue.lower()
        if cue[:1].isupper() and not opens_a_sentence(text, text.rfind(cue, 0, start), cut_words=True, gap_opens=True, reach=12):
            return False  # a capitalised cue mid-sentence is a name's own word ("Деда Мороза")
        if k == 1 and not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(before[-1])):
            break  # a genitive completes the cue ("владелец договора"); another word ends it
        if k == 0 and (lower in _NAMING_SLOT_CUES or lower.startswith(("фамили", "имя", "имени"))):
            return lower.startswith(("фамили", "имя", "имени")) or "nomn" in cases
        if _person_noun(cue) or _role_lemma(lower) in _PERSON_NOUN_LEMMAS or lower.startswith(_ROLE_STEMS) \
                or lower.startswith(("клиент", "абонент", "владел", "господин", "госпож", "гражданин", "гражданк")):
            return bool({str(p.tag.case) for p in parses(cue) if p.tag.POS == "NOUN" and p.score >= 0.05
                         and p.tag.number == "sing"} & cases)  # one person: "сотрудников Международного" is no one
    return False


def _in_a_verbs_person_slot(text: str, start: int, end: int, readings: list) -> bool:
    """The animate slot of a verb of people's dealings, by the case it governs (the table above)."""
    cases = _cases_of(readings)
    before = _clause_words_before(text, start, 4)
    after = _clause_words_after(text, end, 3)
    preposition = before[-1].lower() if before else None
    if preposition in _PERSON_SLOTS:
        case, wanted, where = _PERSON_SLOTS[preposition]
        near = {"around": before[:-1] + after, "after": after[:2], "before": before[:-1][-2:]}[where]
        if case in cases and _with_lemma(near, wanted):
            return True
        return preposition == "на" and "loct" in cases and (_with_lemma(before[:-1] + after, _DEBT_LEMMAS)
                                                            or registered_on(text, start, end))
    if preposition is not None and "PREP" in _top_tag(preposition):
        return False
    return "datv" in cases and _with_lemma(before[-3:] + after[:1], _TELLING_LEMMAS)


def _adjective_of_the_next_noun(text: str, word: str, end: int) -> bool:
    """An adjective reading agreeing with the word right after it, capitalised or not ("Международного Красного
    Креста", "Белого дома"): a name's attribute, not a surname."""
    after = _clause_words_after(text, end, 1)
    if not after or text[end:end + 1] not in (" ", "\t"):
        return False
    nouns = [p.tag for p in parses(after[0]) if p.tag.POS in ("NOUN", "ADJF") and p.score >= 0.05]
    return any(p.tag.POS == "ADJF" and any(p.tag.case == n.case and p.tag.number == n.number
                                           and (p.tag.number == "plur" or p.tag.gender == n.gender) for n in nouns)
               for p in parses(word))


def _a_place_or_organisation(word: str) -> bool:
    return any({"Geox", "Orgn"} & p.tag.grammemes for p in parses(word) if p.score >= 0.1)


def word_surname_here(text: str, start: int, end: int, *, bare: bool = False) -> tuple[int, int, str] | None:
    """THE reading of a capitalised ordinary word as a surname: (start, end, why) of the name it is a surname of — the
    word, with its first name and patronymic when they follow —, or None. `bare`: the word is alone in a clause of an
    operator's line (the speech checker's bare value), which is evidence enough in speech where the capital is
    mid-line."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or (start > 0 and text[start - 1] in _OPENING_QUOTES):
        return None
    at_start = opens_a_sentence(text, start, cut_words=True, gap_opens=True, reach=12)
    if bare:
        if at_start or not _ordinary_readings(word) or any({"Name", "Patr", "Geox", "Orgn", "Abbr", "Init"} & p.tag.grammemes
                                                           for p in parses(word) if p.is_known):
            return None
        return start, end, "a capitalised word alone in a clause of speech"
    if _does_a_callers_act(text, start, end):  # a title too ("Звонила Король")
        return start, end, "the subject of a caller's act"
    nominative = _noun_surname_readings(word)  # a man's or a woman's noun in the nominative
    previous = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
    # after a preposition or a group's noun a noun's reading is the one meant ("группы Рыси": not "рысить"'s imperative)
    governed = previous is not None and "PREP" in _top_tag(previous.group(1)) or _a_leaders_group(text, start)
    readings = _ordinary_readings(word, governed) or nominative
    if not readings:
        return None
    named = _first_name_after(text, start, end, readings, at_start)
    if named is not None:
        return named[0], named[1], "a first name after it"
    if nominative:
        genders = {tag.gender for tag in nominative}
        before = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _VERB_WORD_AFTER.match(text, end)
        verbs = [_past_verb_gender(m.group(1)) for m in (before, after) if m is not None]
        if any(gender is not None and gender not in genders for gender in verbs):
            return start, end, "a verb's gender it cannot agree with"
    if at_start or not _ordinary_readings(word, governed):
        return None  # the rest needs a capital the writer gave, not the sentence
    if _modifies_next_noun(text, word, end) or _adjective_of_the_next_noun(text, word, end) \
            or _title_attribute(text, word, start):
        return None  # "главы Городецкого округа", "Международного Красного Креста", "Папа Римский"
    if _first_name_before(text, start, readings):
        return start, end, "a first name before it"
    if _in_a_verbs_person_slot(text, start, end, readings):
        return start, end, "the animate slot of a verb of people's dealings"
    place = _a_place_or_organisation(word)
    if not place and _a_role_then_a_dash(text, start):
        return start, end, _ROLE_DASH_WHY
    if _apposed_to_a_cue(text, start, end, readings) and not (place and not any("anim" in tag for tag in readings)):
        return start, end, "apposed to a person's cue or role"
    if place or _CALL_NAME_BEFORE.search(text, max(0, start - 20), start) or _inside_a_quote(text, start):
        return None  # the slots below name a doer or a leader, and a place or a body is one too ("Буй", "Берендей");
        # a call name "по кличке" gives is judged by whose it is (_an_animals_call_name: "Пёс по кличке Рыжик вернулся")
    if _a_finite_verbs_subject(text, start, end, readings):
        return start, end, "the subject of a finite verb"
    if _a_leaders_group(text, start):
        return start, end, _LEADERS_GROUP_WHY
    return None


# A group a searcher leads is named after its leader: "группа Совы нашла", "отправили группу Шмеля", "группы Гром и
# Ласточка", "под руководством Лиса" (issue 15, stop 53: a call sign or a surname that is an ordinary word, names_u52).
_LEADERS_GROUP_LEMMAS = frozenset({"группа", "звено", "бригада", "экипаж", "руководство"})


def _a_leaders_group(text: str, start: int) -> bool:
    """The word right before, in its clause, is a group's or a leadership's noun (_LEADERS_GROUP_LEMMAS), in any case."""
    before = _clause_words_before(text, start, 1)
    return bool(before) and bool(lemmas(before[0].lower()) & _LEADERS_GROUP_LEMMAS)


# A role's or a leader's slot names a person whatever natasha guesses of the word in it ("Координатор поиска — Бирюза":
# a LOC to natasha; _outside_places_and_organisations keeps these as it keeps a nickname).
_ROLE_DASH_WHY = "named after a role and a dash"
_JOINED_WHY = "joined to a name as one of its kind"
_LEADERS_GROUP_WHY = "a group named after its leader"
_DASH_BEFORE = re.compile(r"(?<=[^\W\d_])[ \t]+[—–-][ \t]+$")  # up to a word's start: "Координатор поиска — " (the
# redactor's text reads every dash as "-")
_BETWEEN_SUBJECT_AND_VERB = frozenset({"ADVB", "PRCL"})  # "Берёза ещё весной предупреждала", "Бирюза и нашла"


def _a_role_then_a_dash(text: str, start: int) -> bool:
    """"Координатор поиска — Бирюза", "Старшая на точке сбора — Сорока": a person's or a role's noun in the nominative
    among the four words before a dash in mid-sentence names the one after it."""
    dash = _DASH_BEFORE.search(text, max(0, start - 6), start)
    if dash is None:
        return False
    before = _clause_words_before(text, dash.start(), 4)
    return any((_person_noun(word) or _role_lemma(word.lower()) in _PERSON_NOUN_LEMMAS or word.lower().startswith(_ROLE_STEMS))
               and any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(word)) for word in before)


def _a_finite_verbs_subject(text: str, start: int, end: int, readings: list) -> bool:
    """Written, mid-sentence: a capitalised ordinary noun in the nominative singular, masculine or feminine, right
    before a finite verb of one doer in its clause ("Кедр сообщил", "Сова нашла", "Клюква услышал": a call sign's or a
    surname's verb takes its bearer's gender, not the word's), or right after one where no accusative reading could
    make it the verb's object ("вывел Лис", "её нашла Сова"; not "нашёл Гром") — a common noun gets no capital there,
    a name does (issue 15, stop 53). A neuter noun is no one's ("Солнце взошло")."""
    nominative = [tag for tag in readings if tag.POS == "NOUN" and tag.case == "nomn" and tag.number == "sing"
                  and tag.gender in ("masc", "femn")]
    if not nominative or not _the_writers_capital(text, start) or text[start:end].lower() in _COMMON_WORDS \
            or _a_name_goes_on(text, end) or _an_adjective_made_noun(text[start:end]) \
            or text[:start].rstrip(" \t").endswith(",") \
            or _clause_words_before(text, start, 1) and lemma(_clause_words_before(text, start, 1)[0].lower()) in _DEMONSTRATIVES:
        return False  # "Мы уверены, Снегурочка передаст": a clause after a comma names anyone; "этот Граф гуляет": the
        # one spoken of before, a dog as often
    after = _clause_words_after(text, end, 3) if text[end:end + 1] == " " else []
    for word in after:  # past an adverb or a particle or two ("Соловей теперь не жалуется")
        if _a_subjects_verb(word):
            return True
        if not any(p.tag.POS in _BETWEEN_SUBJECT_AND_VERB for p in parses(word)[:1]) and word.lower() not in ("и", "не"):
            break
    before = _clause_words_before(text, start, 1)
    if not before or text[start - 1:start] != " " or not _a_subjects_verb(before[0]):
        return False
    return not any(p.tag.case == "accs" and p.tag.number == "sing" for p in parses(text[start:end]) if p.score >= 0.05)


# Hyphen parts that make a word no double surname: an indefinite or emphatic particle ("кто-то", "как-нибудь").
_NOT_SURNAME_PARTS = frozenset({"то", "либо", "нибудь", "ка", "таки", "де", "с"})


def surname_by_shape(word: str, *, capitalised: bool) -> bool:
    """THE reading of one word said where a name is said — alone in a confirming or dictating frame of an operator's
    line ("Гусевин, верно", "записала: Кузьмичёвский", "так, Зайцев-Орловский": red team bb16, 11) — as a surname, by
    its shape and whatever the dictionary thinks (a rare surname is read as a common one is: the reading never asks
    what the value is). A surname when it is no first name or patronymic, no place or organisation the dictionary
    knows, no function word and no word of the domain, and
      - the dictionary reads it as a surname, or it has a surname's ending and no reading that rules one out
        (`_surname_like`: "Гусевин", "Кузьмичёвский");
      - the dictionary does not know it (four letters at least): a frame's slot names something, and an unknown
        word there is a name;
      - it is hyphenated and a part is one of these ("Зайцев-Орловский"), no part a particle ("кто-то");
      - `capitalised` (written text: the capital is the writer's): a man's or a woman's common noun in the
        nominative that is no role or domain word ("Мельник", "Сорока": surnames that are words).
    Lowercase speech (ASR) gives no capital: the frame and the shape alone decide, so a plain noun stays a noun."""
    if "-" in word:
        parts = [part for part in word.split("-") if part]
        if len(parts) < 2 or any(part.lower() in _NOT_SURNAME_PARTS or len(part) < 2 for part in parts) \
                or is_known(word):
            return False
        return any(surname_by_shape(part, capitalised=capitalised) for part in parts) \
            and not any(_person_kinds(part) & {"Name", "Patr"} and "Surn" not in _person_kinds(part) for part in parts)
    lower = word.lower()
    if len(word) < 3 or not re.fullmatch(r"[а-яё]+", lower) or lower in STOPWORDS or lower in DOMAIN_WORDS \
            or _is_domain_word(word) or _is_label(word) or lower in _TITLES or lemma(lower) in _GREETING_LEMMAS:
        return False
    known = is_known(word)
    kinds = _person_kinds(word)
    if known and kinds & {"Name", "Patr"} and "Surn" not in kinds:
        return False  # the caller is addressed by a first name and patronymic (the DE field's reading)
    if known and word_grammemes(word) & {"Geox", "Orgn", "Abbr"}:
        return False  # (an unknown word's kinds are the dictionary's guess by analogy: "Гусеван" as "Ереван", "Иван")
    if _surname_like(word):
        return True
    if not known:
        return len(word) >= 4
    return capitalised and bool(_noun_surname_readings(word))


def word_surnames(text: str, lowercase: bool) -> list[tuple[int, int, str]]:
    """Every name in `text` whose surname is an ordinary word (`word_surname_here`); in lowercase speech, the noun beside
    a first name in a naming slot."""
    if lowercase:
        return [(s, e, "a noun beside a first name in a naming slot") for s, e in _nouns_in_a_naming_slot(text)]
    out = []
    for match in _CAPITALISED_NOUN.finditer(text):
        found = word_surname_here(text, *match.span())
        if found is not None:
            out.append(found)
    return out + [(s, e, _JOINED_WHY) for s, e in _joined_to_names(text, out)]


# Words joined by "и" or a comma are of one kind: "Кот и Марина Сорокина нашли", "старшие Лис, Кедр, Олег Соловей",
# "группы Рыси и Бекаса" — a capitalised ordinary word in mid-sentence joined, in one of its cases, to a first name, a
# surname or a word read as a surname here, is a person's name too; so are two or more such words joined together as
# the subject of a plural verb beside them ("вынесли Кот и Гром", "Наши Ёж и Пурга отработали") — common nouns get no
# capital there (issue 15, stop 53). Not "с": a handler goes "с Тайгой", her dog.
# the joint between two words, from the first one's end (never from inside a run of blanks: tests/test_redos.py)
_JOINED = re.compile(r"(?<![ \t])[ \t]*+(?:,[ \t]*+(?:и[ \t]+)?|(?<=[ \t])и[ \t]+)")


def _joined_to_names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    words = list(_CAPITALISED_WORD_ANY.finditer(text))
    named = {start for start, _, _ in found}
    named_ends = {end for _, end, _ in found}
    out: list[tuple[int, int]] = []

    def a_name(k: int) -> bool:
        word = words[k]
        return word.start() in named or word.end() in named_ends or is_known(word.group()) \
            and bool(_person_kinds(word.group()) & {"Name", "Surn", "Patr"}) and not _ordinary_readings(word.group())

    def joined(k: int, m: int) -> bool:
        left, right = words[min(k, m)], words[max(k, m)]
        return _JOINED.fullmatch(text, left.end(), right.start()) is not None

    def candidate(k: int) -> bool:
        word = words[k]
        return any(tag.POS == "NOUN" for tag in _ordinary_readings(word.group())) \
            and word.group().lower() not in _COMMON_WORDS and not _inside_a_quote(text, word.start()) \
            and _the_writers_capital(text, word.start()) and not _DASH_AFTER.match(text, word.end()) \
            and not _a_name_goes_on(text, word.end()) and not _a_preposition_before(text, word.start()) \
            and not _an_adjective_made_noun(word.group()) \
            and not _a_place_or_organisation(word.group()) and text[word.start() - 1:word.start()] not in _OPENING_QUOTES

    k = 0
    while k < len(words):  # a run of candidates joined together, a plural verb beside it: its subjects
        m = k
        while m + 1 < len(words) and candidate(m) and candidate(m + 1) and joined(m, m + 1):
            m += 1
        if m > k and any(p.tag.case == "nomn" for p in parses(words[m].group())):
            after = _clause_words_after(text, words[m].end(), 1)
            before = _clause_words_before(text, words[k].start(), 1)
            if any(verb and _a_plural_verb(verb[0]) for verb in (after, before)):
                out.extend(words[j].span() for j in range(k, m + 1))
        k = m + 1

    changed = True
    while changed:
        changed = False
        for k, word in enumerate(words):
            if word.start() in named or (word.start(), word.end()) in out or not candidate(k):
                continue
            readings = _ordinary_readings(word.group())
            cases = _cases_of(readings)
            for m in (k - 1, k + 1):
                if 0 <= m < len(words) and joined(k, m) and (a_name(m) or (words[m].start(), words[m].end()) in out) \
                        and cases & {str(p.tag.case) for p in parses(words[m].group()) if p.tag.case}:
                    out.append(word.span())
                    changed = True
                    break
    return out


def _the_writers_capital(text: str, start: int) -> bool:
    """The capital at `start` is the writer's, not the sentence's: right after a lowercase word, a comma, or a dash
    after a word, on the same line — not after a full stop, a colon, a quote, a bracket or a number ("руки. Экспертиза
    показала", "Оператор: Пароль сбросила", "23:05 — Тайга взяла след"), nor after another capitalised word (a
    proper name of several words: "Ельцин Центр откроет", "Нью-Йорк Таймс опубликовала")."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and text[i] in "—–-" and i < start - 1:
        i -= 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        return i >= 0 and text[i].isalpha()
    if i < 0 or i == start - 1 or not (text[i].isalpha() and text[i].islower() or text[i] == ","):
        return False
    if text[i] == ",":
        return True
    word = _CLAUSE_WORD_BEFORE.search(text, max(0, i - 40), i + 1)
    return word is not None and not word.group()[:1].isupper()


_CLAUSE_WORD_BEFORE = re.compile(r"[А-ЯЁа-яёA-Za-z-]+$")


def _inside_a_quote(text: str, start: int) -> bool:
    """The word stands inside «…» (a title's words: «Машу и Медведя» is a cartoon): an opening guillemet before it in
    its line, not closed before it."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line.rfind("«") > line.rfind("»")


_DEMONSTRATIVES = frozenset({"этот", "тот", "такой"})


def _an_adjective_made_noun(word: str) -> bool:
    """A noun declined as an adjective ("Городничий", "Дежурный", "Вожатый"): a role's or a status's word, not a call
    sign's."""
    return any(p.tag.POS == "NOUN" and p.normal_form.endswith(("ий", "ый", "ой")) for p in parses(word)[:1])


# from a word's end (never from inside a run of blanks: tests/test_redos.py): a capitalised word, ".ру"
_NAME_GOES_ON_AFTER = re.compile(r"(?<![ \t])(?:[ \t]+[«\"]?[А-ЯЁA-Z]|\.[^\W\d_])")


def _a_name_goes_on(text: str, end: int) -> bool:
    """Another capitalised word right after the word, or a domain's dot ("Героя Российской Федерации", "Красном Пути",
    "Лента.ру"): the word is part of a longer proper name, an organisation's or a place's."""
    return _NAME_GOES_ON_AFTER.match(text, end) is not None


def _a_preposition_before(text: str, start: int) -> bool:
    """A preposition governs the word ("вступить в Союз, Гордон сказал"): its case is the preposition's, and a comma
    after it ends a clause more often than it lists."""
    before = _clause_words_before(text, start, 1)
    return bool(before) and "PREP" in _top_tag(before[0])


# from a word's end, never from inside a run of blanks (quadratic searched from each: tests/test_redos.py):
# "Полоний — Гоша Фролов", a cast's role
_DASH_AFTER = re.compile(r"(?<![ \t])[ \t]*[—–-][ \t]")


def _a_plural_verb(word: str) -> bool:
    """A finite verb in the plural, the third person or the past: "нашли", "отработали", "опрашивают"."""
    return any(p.tag.POS == "VERB" and "plur" in p.tag and ("past" in p.tag or "3per" in p.tag) and p.score >= 0.3
               for p in parses(word))  # "нашли": an imperative too, by half


_CAPITALISED_WORD_ANY = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?![\w-])")


_PREVIOUS_WORD = re.compile(r"(?<![А-ЯЁа-яё])([А-ЯЁа-яё]+)[ \t]+$")  # from a word's start only: linear


def _first_name_before_surname(text: str, start: int, end: int, lowercase: bool) -> int:
    """A name found by its surname takes in the first name right before it: "александр озерец", "роман коноплев",
    "Саеб Эрекат" (NER saw the surname only) — a word that can be a first name, no function word, title or
    label; a first name that is also a common word ("роман") only before a word that looks like a surname."""
    words = NAME_WORD.findall(text, start, end)
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if not words or before is None:
        return start
    word, lower = before.group(1), before.group(1).lower()
    if (not lowercase and not word[0].isupper()) or len(word) < 3 or lower in STOPWORDS or lower in _TITLES \
            or lower in _LATIN_NOT_NAME_WORDS or _is_label(word) or _is_domain_word(word) or lemma(word) in _GREETING_LEMMAS or _person_noun(word) \
            or _letter_abbreviation(word):  # "ТСЖ Иванов": an abbreviation, no first name
        return start
    surname_like = "Surn" in _rare_kinds(words[0]) or _SURNAME_ENDING.search(words[0].lower()) or not is_known(words[0])
    # Not over a place's head ("жителей улицы кутателадзе" is the street's name), nor into a span the place filter
    # drops: fail closed, "улицы Кедровая [Зайцев]" keeps its surname masked.
    if "Name" not in _rare_kinds(word):
        return before.start(1) if _an_unread_first_name(text, before, words[0], surname_like, lowercase) \
            and not _names_a_place(text, start, end) and not _names_a_place(text, before.start(1), end) else start
    if _person_kinds(words[0]) & {"Name", "Patr"}:
        return start
    if lower in _COMMON_WORDS and not surname_like:
        return start
    return before.start(1)


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")  # a whole word in Cyrillic letters (fullmatch)
# Where a capitalised word cannot say it is a name: a text's, a line's or a sentence's start, a quote or a dash opening
# it (up to the word's start: the blanks before it skipped in code, tests/test_redos.py).
_OPENS_A_SENTENCE = frozenset(".!?…\n«\"“„—–-:;(")


def _a_patronymics_first_name(word: str, cases: Iterable[tuple[str, str]] | None) -> bool:
    """Can `word`, right before a name word in one of `cases` ((case, number); None: any), be the first name the
    dictionary does not read as one? A noun in one of those cases, singular, or a singular short participle, on its
    likeliest reading ("Дарима", "Дамба" before "Батоцыреновна", "Цыренович"): a first name and a patronymic are one
    naming; an adjective or a verb there is the sentence's ("уважаемая", "позвонила"), a noun in another case or
    number its phrase's ("директор предприятия лазаревич")."""
    found = parses(word)
    if not found or found[0].tag.POS not in ("NOUN", "PRTS") or _person_noun(word) \
            or word_grammemes(word) & {"Geox", "Orgn", "Abbr"}:
        return False
    if found[0].tag.POS == "PRTS":
        return "sing" in found[0].tag
    return any(p.tag.POS == "NOUN" and "sing" in p.tag and (cases is None or (p.tag.case, "sing") in cases)
               for p in found)


def _an_unread_first_name(text: str, before: re.Match, first: str, surname_like: bool, lowercase: bool) -> bool:
    """The word right before a found name is its first name though the dictionary has no first name's reading of it —
    Buryat, Tuvan, Mongolian and Yakut given names ("Эрдэни Бадмаевым", "бэлигто ангаров", "солбоном будаевым",
    "у микрофона Дарима Лхасаранова", "Дарима Батоцыреновна Аюшеева"): the name found begins with a surname or a
    patronymic, the word agrees with it in case, has no place's or organisation's reading, and is a word the
    dictionary does not know at all, a noun or a short participle before a patronymic (a first name and patronymic
    are one naming), in speech a thing's noun before a surname the dictionary does not know ("дамба норбоев": no
    apposition names a person by a thing; not the object of a preposition, "за рубеж жанчипов"), or, in writing, one
    capitalised inside a sentence (a proper name, not a word that opens it: "Вчера Иванов …"). Only widens a name already found: nothing is read as a name that was not."""
    word = before.group(1)
    if not (surname_like or "Patr" in _person_kinds(first)) or "Name" in _person_kinds(first) \
            or not _CYRILLIC_WORD.fullmatch(word) or not _CYRILLIC_WORD.fullmatch(first):
        return False  # one script: "мастер из Либерца Jiří Novotný" (a town before a Latin name)
    if word_grammemes(word) & {"Geox", "Orgn", "Abbr", "Surn", "Patr"} or _registry_word(word) or not _agree(word, first):
        return False
    if not is_known(word):
        return lowercase or word[0].isupper()
    if (not lowercase and not word[0].isupper()) or word.isupper():
        return False
    if "Patr" in _person_kinds(first) and _a_patronymics_first_name(word, _case_numbers(first)):
        return True  # a patronymic's own first name, wherever it stands ("Дарима Батоцыреновна", "дарима батоцыреновна")
    if lowercase:  # a thing's noun is no apposition to a person's surname: in its case it is the first name
        previous = _NEIGHBOUR_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        cases = {(case, "sing") for case, _ in _singular_surname_readings(first)}
        return not is_known(first) and _SURNAME_FORM.match(first.lower()) is not None and bool(cases) \
            and _a_patronymics_first_name(word, cases) \
            and "inan" in parses(word)[0].tag \
            and (previous is None or previous.group(1).lower() not in PREPOSITION_CASES)  # not "за рубеж жанчипов"
    at = before.start(1)
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at > 0 and text[at - 1] not in _OPENS_A_SENTENCE


def _could_be_surname(text: str, word: str, lowercase: bool, anchored: bool = False,
                      agreement: Agreement | None = None, after: bool = False) -> bool:
    """A neighbour of a first name + patronymic that may be a surname the dictionary reads otherwise:
    adjective-like ("Берегового", "Донскую") or foreign ("Пак", "Ким").

    `anchored`: the run has both a first name and a patronymic, so the neighbour is the surname whatever its
    dictionary meaning ("Номеров Глеб Романович", "Белый Игорь Сергеевич", "Ли Анна Сергеевна") — unless it
    is a word that labels the name in the name's own case ("Клиент Иван Петрович", "Директор ...")."""
    lower = word.lower()
    if word.isascii():
        return False  # a Latin word beside a Cyrillic name is a brand or a handle ("Facebook Марк Цукерберг")
    if _letter_abbreviation(word):
        return False  # "ЖСК Петрова Анна Ивановна": an abbreviation read by its letters
    if anchored and _anchored_surname(word, lowercase, agreement, after):
        return True
    if len(word) < 2 or lower in STOPWORDS or lower in DOMAIN_WORDS or lower in _CUE_WORDS \
            or lower.startswith(_CUE_STEMS) or lower in _COMMON_WORDS or lower.startswith(_LABEL_STEMS) \
            or lemma(word) in _GREETING_LEMMAS or (lower in _TITLES and lower not in _SURNAME_HOMOGRAPHS):
        return False  # "... дмитрий алексеевич хорошего вам дня"
    if not lowercase and not word[0].isupper():
        return False
    if _not_a_name_word(word) or _is_label(word):
        return False
    if lower in _SURNAME_HOMOGRAPHS:
        return True
    found = parses(word)
    if not found or found[0].tag.POS is None:
        return True  # unknown to the dictionary: foreign surnames ("Пак", "Кей")
    top = found[0].tag
    # adjective-like surnames ("Берегового", "Донскую"), not pronouns ("ваш"); a noun only if written capitalised
    if word_grammemes(word) & {"Geox", "Orgn", "Abbr"}:
        return False
    return (top.POS == "ADJF" and "Apro" not in top) or (top.POS == "NOUN" and not lowercase)


def _surname_by_grammar(text: str, name, other) -> bool:
    """Lowercase: is the word `other`, beside the first name `name` (regex matches), its surname by grammar? An
    animate noun in the first name's own case ("волка артёма", "мирону лисе", "борис медведь"), or an inanimate
    one ("зиму ларису", "марк гриб") when the tagger, reading the words around, also gives it some chance of
    being a name (the tagger's "карта", "счёт", "номер" beside a name: below 0.1)."""
    word, after = other.group(), other.start() > name.start()
    agreement = _name_agreement([name.group()])
    if agreement is None or word.isascii() or (after and _heads_noun_phrase(text, other.end())):
        return False
    if _agrees_as_surname(word, agreement, after, animate=True) and _anchored_surname(word, True, agreement, after):
        return True
    if word.lower() in _COMMON_WORDS:  # "тимофей зима": a word kept from standing alone, beside a first name
        return _a_noun_surname_the_tagger_reads(text, other, agreement)
    return _agrees_as_surname(word, agreement) and _anchored_surname(word, True, agreement) \
        and name_probabilities(text).get(other.start(), 0.0) >= _TAGGER_SUPPORT


def _a_noun_surname_the_tagger_reads(text: str, other, agreement: Agreement) -> bool:
    """Lowercase: a common noun with no name reading right after a first name (and patronymic), in one of the name's
    cases, is its surname when the tagger, reading the words around, gives it some chance of being a name
    (_TAGGER_SUPPORT) — a nominative one too ("тамара степановна зима она помнит", "надежда павловна скрипка"), which
    grammar alone reads as the sentence going on ("анна сергеевна заявка принята": the tagger gives "заявка" none; the
    caller asks that no finite verb follows it there: "ляйсан маратовна штраф выставил партнёр") — and it is no
    function, domain, label, role or greeting word."""
    word = other.group()
    lower = word.lower()
    if len(word) < 3 or lower in STOPWORDS or _is_domain_word(lower) or lower in DOMAIN_WORDS or _is_label(word) \
            or lower in _TITLES or lemma(word) in _GREETING_LEMMAS or _role_lemma(word) in _PERSON_NOUN_LEMMAS \
            or _rare_kinds(word) & {"Name", "Patr"} or _person_noun(word) or word_grammemes(word) & {"Geox", "Orgn", "Abbr"}:
        return False
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and _agrees_as_surname(word, agreement) \
        and name_probabilities(text).get(other.start(), 0.0) >= _TAGGER_SUPPORT


# THE list of East Asian surnames (Korean, Chinese) that the dictionary does not read as surnames, each with where the
# word alone is the surname (one definition; every rule below reads one of its views):
#   "capitalised": a word only in lowercase ("ли" a particle, "ким" a pronoun's form, "пак" nothing) — capitalised in
#                  written text the surname wherever it stands ("Клиентка Ли сказала", "Семья Ким переехала");
#   "beside a name": a surname beside a first name, initials or said letters, in any case ("хан", "ван", "лю");
#   "with a given name": a surname only before the syllables of a Korean given name ("сон ен хи"): a Russian word
#                  too ("сон", "нам", "со"), or a rarer surname the other rules were not measured with.
_EAST_ASIAN_SURNAMES: dict[str, str] = {
    **dict.fromkeys(("ли", "ким", "цой", "пак", "тен", "тё", "лим", "пэ", "чхве"), "capitalised"),
    **dict.fromkeys(("хан", "шин", "хон", "кан", "юн", "чон", "ян", "чен", "чжан", "лю", "ван", "го", "сунь", "чжао",
                     "хуан"), "beside a name"),
    **dict.fromkeys(("сон", "мун", "хван", "квон", "чо", "ан", "со", "нам", "тян", "огай", "югай", "хегай", "пегай",
                     "тягай", "шегай"), "with a given name"),
}
# The short surnames every rule knows: beside a name part they are the surname whatever else the dictionary reads.
_SHORT_SURNAMES = frozenset(word for word, where in _EAST_ASIAN_SURNAMES.items() if where != "with a given name")
_CAPITALISED_SHORT_SURNAMES = frozenset(word for word, where in _EAST_ASIAN_SURNAMES.items() if where == "capitalised")
_SHORT_SURNAME_WORD = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(w.capitalize() for w in _CAPITALISED_SHORT_SURNAMES))
                                 + r")(?![\w-])")


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[а-яё]{3,}(?![^\W\d_])")


def _lowercase_full_names(text: str) -> list[tuple[int, int]]:
    """"позвонила ольга петрова" in a written note: a name of two or more words typed in lowercase amid written text,
    read as lowercase text is (_dictionary_runs) and kept only when strong — a first name with a surname or
    patronymic on their likely readings (score 0.9), every word in lowercase. Only texts with a lowercase word whose
    likely reading is a first name are read a second time."""
    if not any("Name" in _top_kinds(m.group()) and m.group() not in _COMMON_WORDS for m in _LOWER_WORD.finditer(text)):
        return []
    return [(s, e) for s, e, score in _dictionary_runs(text, lowercase=True)
            if score >= 0.9 and text[s:e].islower() and len(NAME_WORD.findall(text, s, e)) >= 2]


# Nouns for a person's role that a surname follows in a CRM note ("представитель сидоренко", "курьер петров").
_ROLE_STEMS = ("представител", "сотрудник", "менеджер", "директор", "бухгалтер", "курьер", "инженер", "мастер", "врач",
               "учител", "получател", "отправител", "заявител", "оператор", "специалист", "монтажник")
# Kin and role nouns (_PERSON_NOUN_LEMMAS) without the words an e-mail address is said with.
_NOT_PERSON_NOUNS = frozenset({"собака", "точка", "дефис", "тире"})
_NAMING_VERBS = frozenset({"зовут", "звать", "имя"})


def _lowercase_surnames_in_written_text(text: str) -> list[tuple[int, int]]:
    """"звонила морозова", "клиент кузнецов", "представитель сидоренко", "морозова просила перезвонить": a third
    person's surname typed in lowercase amid written text (red-team finding 08; the capitalised forms are found by
    NER). A lowercase word the dictionary reads as a surname (a Surn reading, on its likely reading or with a
    surname's ending) is one when grammar anchors it: right after a noun for a person or role it agrees with in case
    ("соседка петрова", "у клиента иванова"), or the subject of a verb beside it — in the nominative, agreeing with
    the verb in number and gender, before any verb ("морозова просила") or after an intransitive one ("звонила
    морозова"; not "видел зайцев"). A lowercase first name right after "зовут" is a name too ("зовут андрей"). The
    lowercase first names and patronymics right after such a surname join it ("кузнецов иван петрович")."""
    out = []
    for match in _LOWER_WORD.finditer(text):
        word = match.group()
        if not any_grammemes(word) & {"Name", "Surn"}:
            continue  # most words: no reading as a name at all
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        previous = before.group(1).lower() if before else ""
        if "Name" in _top_kinds(word) and word not in _COMMON_WORDS and previous in _NAMING_VERBS:
            out.append((start, end))
            continue
        if "Surn" not in any_grammemes(word) or word in STOPWORDS or word in _COMMON_WORDS or _is_domain_word(word) \
                or not ("Surn" in _top_kinds(word) or _SURNAME_ENDING.search(word)) or _modifies_next_noun(text, word, end):
            continue  # "лидера мьянманской оппозиции": an adjective's reading before its noun
        surnames = [p.tag for p in parses(word) if "Surn" in p.tag and p.tag.case]
        if not surnames:
            continue
        # a verb alone anchors only a word whose likely reading is a surname ("роза ветров указывает": a plural noun)
        if before is not None and _role_noun_agreeing(before.group(1), surnames) \
                or CLIENT_ABBREVIATION_BEFORE.search(text, max(0, start - 8), start) \
                or "Surn" in _top_kinds(word) and _subject_of_a_verb_beside(text, start, end, previous, surnames):
            while (nxt := _NEXT_WORD.match(text, end)) and _top_kinds(nxt.group(1)) & {"Name", "Patr"} \
                    and nxt.group(1) not in _COMMON_WORDS:
                end = nxt.end(1)
            out.append((start, end))
    return out


def _role_noun_agreeing(noun: str, surnames: list) -> bool:
    """"клиент кузнецов", "соседке петровой": a noun for a person, kin or role in a case the surname can be in."""
    lower = noun.lower()
    if lower.startswith(("фамили", "зовут")) or lower in NAMING_ABBREVIATIONS:
        return True
    if not (lower.startswith(_NAMING_STEMS) or lower.startswith(_ROLE_STEMS)
            or _role_lemma(lower) in _PERSON_NOUN_LEMMAS - _NOT_PERSON_NOUNS):
        return False
    nouns = [p.tag for p in parses(lower) if p.tag.POS == "NOUN" and p.tag.case]
    return any(n.case == s.case and n.number == s.number for n in nouns for s in surnames)


def _subject_of_a_verb_beside(text: str, start: int, end: int, previous: str, surnames: list) -> bool:
    """The surname in the nominative agrees with a finite verb right after it, or right before it when that verb
    takes no object ("звонила морозова", not "видел зайцев", whose "зайцев" is the verb's object)."""
    subjects = [s for s in surnames if s.case == "nomn" and s.number == "sing"]
    if not subjects or previous in _PLACE_PREPOSITIONS or previous in ("на", "у", "с", "к", "от", "до", "по", "о", "об"):
        return False
    nxt = _NEXT_WORD.match(text, end)
    verbs = [(nxt.group(1), False)] if nxt else []
    if previous:
        verbs.append((previous, True))
    for verb, before in verbs:
        found = parses(verb)
        if not found or found[0].tag.POS != "VERB" or "sing" not in found[0].tag or (before and "tran" in found[0].tag):
            continue
        gender = found[0].tag.gender
        if gender is None or any(s.gender == gender or "ms-f" in s or "Fixd" in s for s in subjects):
            return True
    return False


def _capitalised_short_surnames(text: str) -> list[tuple[int, int]]:
    """"Клиентка Ли сказала", "Семья Ким переехала": a Korean surname the dictionary reads as a particle or a pronoun
    (_CAPITALISED_SHORT_SURNAMES), capitalised and not in a run of capitals, in written text."""
    out = []
    for match in _SHORT_SURNAME_WORD.finditer(text):
        end = match.end()
        for _ in range(2):  # "Пак Мин Су", "Ли Чан Су": the given name's capitalised syllables after the surname
            nxt = _NEXT_CAPITALISED_SYLLABLE.match(text, end)
            if nxt is None or (nxt.group(1).lower() not in _KOREAN_SYLLABLES and is_known(nxt.group(1))):
                break
            end = nxt.end()
        out.append((match.start(), end))
    return out


_NEXT_CAPITALISED_SYLLABLE = re.compile(r"(?<![ \t])[ \t]+([А-ЯЁ][а-яё]{0,3})(?![\w-])")  # from a word's end


_ANCHOR_BLOCK_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "NPRO", "VERB", "INFN", "GRND", "PRED", "ADVB", "COMP"})


def _anchored_surname(word: str, lowercase: bool, agreement: Agreement | None = None, after: bool = False) -> bool:
    """Next to a first name + patronymic: any word that is not a function word, verb, field label or cue.

    Lowercase text has no capital to tell a surname that is an ordinary noun ("кот", "зиму", "берёзе") from the
    word after a name ("дата", "оплата"): there such a noun must agree with the name's own case (`agreement`,
    see _agrees_as_surname; `after`: it follows the name, where a nominative inanimate noun is mostly a
    sentence going on — "анна сергеевна заявка принята")."""
    lower = word.lower()
    if lower in _SHORT_SURNAMES:
        return lowercase or word[0].isupper()
    if len(word) < 3 or (not lowercase and not word[0].isupper()) or lower in STOPWORDS or lower in DOMAIN_WORDS \
            or (lowercase and lower in _COMMON_WORDS) or lemma(word) in _GREETING_LEMMAS:
        return False  # written, a capital beside a first name and patronymic makes "Мир" a surname ("Вера Сергеевна Мир")
    if lowercase and _role_lemma(word) in _PERSON_NOUN_LEMMAS:
        return False  # "сына ивана петровича": kin or a role, though "-ына" ends like a surname
    found = parses(word)
    if not found:
        return True
    top = found[0].tag
    if top.POS == "ADJF" and "Apro" not in top and "Geox" in word_grammemes(word) and "Geox" not in top:
        return True  # "Мирный Глеб Олегович": the adjective reading, not the town it also names
    if top.POS in _ANCHOR_BLOCK_POS or "Apro" in top or word_grammemes(word) & {"Geox", "Orgn", "Abbr"} - {"Surn"}:
        return "Surn" in any_grammemes(word) and not (word_grammemes(word) & {"Geox"})
    if lowercase and is_known(word) and "Surn" not in any_grammemes(word) and not _SURNAME_ENDING.search(lower) \
            and not (top.POS == "ADJF" and "sing" in top):
        # lowercase: "дата", "оплата", "отца", "задолженность" after a name are words, not surnames;
        # "анна григорьевна соловей", "зиму ларису петровну", "берёзе алле сергеевне" agree with the name
        return agreement is not None and not _is_label(word) and _role_lemma(word) not in _PERSON_NOUN_LEMMAS \
            and lower not in _TITLES and _agrees_as_surname(word, agreement, after)
    label = lower in _CUE_WORDS or lower.startswith(_CUE_STEMS) or lower.startswith(_LABEL_STEMS) \
        or lower.startswith(("имя", "имен", "отчеств", "фамил", "лиц", "владел"))
    # a label agrees with the name it labels ("клиент", "директору", "уважаемый"); "Номеров" (a plural noun) does not
    return not label or (top.POS == "NOUN" and "plur" in top)


# Words that greet or address around a name: "уважаемый иван петрович добрый день".
_GREETING_LEMMAS = {"добрый", "уважаемый", "дорогой", "милый", "хороший", "здравствовать", "привет", "спасибо",
                    "пожалуйста", "извинить", "прощать", "всего", "день", "вечер", "утро"}


# The lowercase name tagger's P(name) that, with agreement, makes an inanimate noun beside a first name its surname.
_TAGGER_SUPPORT = 0.15
# A noun the dictionary knows only as an animate common noun before a lowercase first name is its surname
# ("волка артёма") only when the tagger, reading the words around, gives it this chance of being a name at least; a role
# in apposition ("бригадир азиз", "генподрядчик валерий", "мясника гарика") it gives next to none (below 0.05).
_ROLE_AS_SURNAME = 0.1

# Nouns for a person's role or kin: beside a name they agree with it and are no surname ("сына ивана петровича",
# "сосед пётр", "девушка анна").
_PERSON_NOUN_LEMMAS = {"сын", "дочь", "мать", "мама", "отец", "папа", "брат", "сестра", "муж", "жена", "супруг",
                       "супруга", "бабушка", "дедушка", "внук", "внучка", "тётя", "тетя", "дядя", "племянник",
                       "племянница", "друг", "подруга", "сосед", "соседка", "коллега", "начальник", "начальница",
                       "ребёнок", "ребенок", "человек", "мужчина", "женщина", "девушка", "парень", "мальчик",
                       "девочка", "товарищ", "зять", "невестка", "тёща", "теща", "свекровь", "свёкор", "свекор",
                       "наследник", "наследница", "владелец", "владелица", "хозяин", "хозяйка", "пользователь",
                       "житель", "жительница", "гость", "пациент", "пенсионер", "пенсионерка", "студент",
                       "студентка", "школьник", "школьница", "инвалид", "ветеран", "покойный", "умерший", "дочка",
                       "сынок", "дед", "бабка", "внучок", "купец", "купчиха", "академик", "профессор", "доцент", "председатель",
                       "предприниматель", "руководитель", "заместитель", "заведующий", "секретарь", "помощник",
                       "ассистент", "работник", "рабочий", "фотограф", "журналист", "корреспондент", "писатель",
                       "поэт", "художник", "актёр", "актер", "актриса", "певец", "певица", "режиссёр", "режиссер",
                       "тренер", "футболист", "хоккеист", "спортсмен", "игрок", "чемпион", "лидер", "глава",
                       "автор", "эксперт", "аналитик", "юрист", "адвокат", "нотариус", "следователь", "прокурор",
                       "судья", "полицейский", "водитель", "продавец", "кассир", "консультант", "администратор",
                       "диспетчер", "агент", "старший", "младший", "ведущий", "главный", "дежурный", "коллега",
                       # a search-and-rescue squad's roles (issue 15, stop 53: «координатор Зима», «кинолог Волк»)
                       "координатор", "кинолог", "волонтёр", "волонтер", "доброволец", "спасатель", "поисковик",
                       "пилот", "напарник", "напарница", "инструктор",
                       "собака", "точка", "дефис", "тире"}  # the last: "анна собака яндекс точка ру", an e-mail said


@dataclass(frozen=True)
class Agreement:
    """The grammatical cases a name's first name (and patronymic) can be in together, and its genders."""

    cases: frozenset[str]
    genders: frozenset[str]


def _name_agreement(words: list[str]) -> Agreement | None:
    """Cases and genders the first names and patronymics among `words` share ("ларису петровну": accusative,
    feminine); None when none of them is a first name or patronymic or they share no case."""
    cases: frozenset[str] | None = None
    genders: set[str] = set()
    for word in words:
        readings = [p.tag for p in parses(word) if p.tag.grammemes & {"Name", "Patr"}]
        if not readings:
            continue
        own = frozenset(tag.case for tag in readings if tag.case)
        cases = own if cases is None else cases & own
        genders |= {tag.gender for tag in readings if tag.gender}
    return Agreement(cases, frozenset(genders)) if cases else None


def _agrees_as_surname(word: str, agreement: Agreement, after: bool = False, animate: bool = False) -> bool:
    """Can this dictionary word stand beside the name as its surname, by grammar alone? A singular noun in one of
    the name's cases ("зиму ларису", "дуба николая", "волка артёма"); a masculine noun in the nominative beside a
    woman's name (such a surname does not decline: "анне григорьевне соловей"); an adjective also in its gender
    ("белую анну"). After the name, an inanimate noun that can be nominative is the sentence going on ("анна
    сергеевна заявка принята", "у фёдора ильича задолженность"), not a surname: there only an animate one or a
    form with no nominative reading counts ("ларису петровну зиму"); before a genitive name, an inanimate
    genitive noun governs it ("юбилея бориса николаевича"), an animate one may be its surname ("дуба николая
    ивановича"). `animate`: only an animate noun (beside a
    first name alone, with no patronymic to anchor it: "волка артёма", not "смерть егора")."""
    woman = agreement.genders == {"femn"}
    found = parses(word)
    nominative = any(parse.tag.case == "nomn" for parse in found)
    for parse in found:
        tag = parse.tag
        if tag.POS not in ("NOUN", "ADJF") or tag.number != "sing" or "Apro" in tag or parse.score < 0.05 \
                or tag.gender == "neut":
            continue  # a neuter noun is no surname of a man or a woman ("время дмитрий алексеевич")
        governs = not after and tag.case == "gent"  # "дня рождения бориса николаевича": the noun governs the name
        if (after and nominative or animate or governs) and (tag.animacy != "anim" or tag.POS != "NOUN"):
            continue
        if tag.grammemes & {"Name", "Patr"}:
            continue  # another first name: the dictionary's own runs judge those
        if tag.POS == "ADJF" and tag.gender not in agreement.genders:
            continue
        if tag.case in agreement.cases or (woman and tag.POS == "NOUN" and tag.gender == "masc" and tag.case == "nomn"):
            return True
    return False


def _heads_noun_phrase(text: str, end: int) -> bool:
    """The next word is a noun in the genitive that the word before it governs: "дата рождения", "оплата счёта"."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or _person_kinds(nxt.group(1)):
        return False
    found = parses(nxt.group(1))
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


# Particles inside foreign names; they join a name only next to it.
_NAME_PARTICLES = {"де", "ди", "да", "дель", "ван", "фон", "дер", "ибн", "бен", "аль", "эль", "ле", "ла", "мак"}
# ...of which speech says these as Russian words: "да мороз дмитрий олегович" is "yes, ..."
_SPEECH_PARTICLES = {"да", "ла", "ле"}
# Surnames that are also everyday nouns; the dictionary gives them no surname reading, so next to a
# first name and patronymic ("пак наталья валерьевна", "мельник олег михайлович") they are taken by name.
_SURNAME_HOMOGRAPHS = {"пак", "пака", "паку", "паком", "цой", "тен", "хан", "шин", "нам", "мельник", "кузнец",
                       "соловей", "голубь", "заяц", "волк", "лис", "гусь", "ворона", "сокол", "орел", "орёл",
                       "бык", "баран", "козел", "король", "князь", "лях", "чиж", "ёж", "еж", "рыбак", "гончар",
                       "коваль", "шевчук", "бондарь", "швец", "ткач", "бойко", "гайдай", "кравец"}

# Nouns that label the name next to them in a list ("почта Наташа Кей ...", "получатель Иванова ...").
_LABEL_STEMS = ("почт", "имейл", "емейл", "мейл", "телефон", "тел", "номер", "адрес", "паспорт", "карт", "договор",
                "контакт", "получател", "отправител", "заявител", "менеджер", "директор", "бухгалтер", "курьер",
                "подпис", "доверенн", "представител", "сотрудник", "инженер", "мастер", "врач", "учител")


def _widen_to_surname(text: str, words: list, first: int, last: int, start: int, end: int,
                      lowercase: bool, anchored: bool = False, agreement: Agreement | None = None
                      ) -> tuple[int, int]:
    """Take in one adjacent word on each side of a strong name run if it could be the surname,
    with the name particles before it ("де Лука", "ван дер Берг", "Мамед оглы")."""
    if first > 0:
        left = words[first - 1]
        if not text[left.end():start].strip() \
                and _could_be_surname(text, left.group(), lowercase, anchored, agreement) \
                and (lowercase or anchored or not opens_a_sentence(text, left.start(), lines=False, cells=True, ellipsis=False)):
            start = left.start()
            first -= 1
        while first > 0 and words[first - 1].group().lower() in _NAME_PARTICLES \
                and not (lowercase and words[first - 1].group().lower() in _SPEECH_PARTICLES) \
                and not text[words[first - 1].end():words[first].start()].strip():
            first -= 1
            start = words[first].start()
    if last + 1 < len(words):
        right = words[last + 1]
        if not text[end:right.start()].strip() \
                and (_could_be_surname(text, right.group(), lowercase, anchored, agreement, after=True)
                     or (lowercase and anchored and agreement is not None and not _a_verb_follows(text, right.end())
                         and _a_noun_surname_the_tagger_reads(text, right, agreement))) \
                and not (lowercase and _heads_noun_phrase(text, right.end())):
            end = right.end()
    return start, end


_NEXT_LOWER_WORD = re.compile(r"(?<![ \t])[ \t]+([а-яё]+)")  # from the first space only: linear


def _modifies_next_noun(text: str, word: str, end: int, case: str | None = None) -> bool:
    """"Московский регион", "Белый интернет": an adjective reading that agrees with the lowercase noun right
    after it is that noun's attribute, not a surname standing alone (in `case` only, when one is given: a
    preposition's)."""
    nxt = _NEXT_LOWER_WORD.match(text, end)
    if nxt is None or len(nxt.group(1)) < 2:
        return False  # "кл Кит т. 7918…": a letter ("т." телефон) is no noun to agree with
    nouns = [p.tag for p in parses(nxt.group(1)) if p.tag.POS == "NOUN"]
    for adjective in (p.tag for p in parses(word) if p.tag.POS == "ADJF"):
        for noun in nouns:
            if adjective.case == noun.case and adjective.number == noun.number and (case is None or noun.case == case) \
                    and (adjective.number == "plur" or adjective.gender == noun.gender):
                return True
    return False


def _attribute_of_a_named_thing(text: str, word: str, end: int) -> bool:
    """"Героя Советского Союза", "гражданин Российской Федерации": an adjective agreeing with the capitalised noun right
    after it, a noun with no person's reading, is that proper name's first word, no surname in apposition."""
    nxt = _CAPITALISED_AFTER.match(text, end)
    if nxt is None or _rare_kinds(nxt.group(1)):
        return False
    nouns = [p.tag for p in parses(nxt.group(1)) if p.tag.POS == "NOUN"]
    return any(adjective.case == noun.case and adjective.number == noun.number
               and (adjective.number == "plur" or adjective.gender == noun.gender)
               for adjective in (p.tag for p in parses(word) if p.tag.POS == "ADJF") for noun in nouns)


def _first_name_with_surname(text: str, words: list, k: int, lowercase: bool) -> tuple[int, int] | None:
    """Written text: a capitalised first name beside a capitalised word that is no function word, verb,
    label, title or place is a surname + first name pair whatever the dictionary says of the other word
    ("Кл. Белых Тимур", "паспорт на Мирную Алёну", "Плательщик Номеров Глеб", "Ли Роман"). Lowercase text
    has no capitals to go by: there the pair needs a strong cue before it ("оформлен на мельник андрей"), or
    grammar: an animate noun in the first name's own case, no role or kin word ("волка артёма", "мирону
    лисе", "борис медведь"; not "сына ивана", nor "анна заявка")."""
    name = words[k]
    neighbours = (words[k - 1] if k > 0 else None, words[k + 1] if k + 1 < len(words) else None)
    if neighbours[0] is not None and _role_before_a_name(neighbours[0].group()):
        neighbours = neighbours[::-1]  # "синоптик пётр зима": a role noun before the name is a surname only failing one after
    for other in neighbours:
        if other is None:
            continue
        lo, hi = sorted((name, other), key=lambda m: m.start())
        word = other.group()
        if text[lo.end():hi.start()].strip() or word.isascii() or word.lower() in _TITLES \
                or word.lower() in _NOT_SURNAMES or _person_noun(word):
            continue
        if lowercase and other.start() < name.start() and _role_before_a_name(word) \
                and name_probabilities(text).get(other.start(), 0.0) < _ROLE_AS_SURNAME:
            continue  # "бригадир азиз", "постановщик иван": a role in apposition, which the tagger calls no name
        if lowercase and _surname_by_grammar(text, name, other):
            return lo.start(), hi.end()
        if lowercase and _cue_before(text, lo.start()) != "strong":
            continue
        if word.lower() in _PLACE_PREFIXES or not (_anchored_surname(word, lowercase)
                                                   or word.lower() in _SURNAME_HOMOGRAPHS):
            continue
        found = parses(word)
        # a first name alone anchors less than one with a patronymic: a singular noun beside it is a word
        # ("Смерть Егора", "Шкода Октавия"), unless it has a surname's ending or reading ("Номеров", "Мельник"), or a
        # strong cue names the pair a person ("Клиент Роза Хутор": the cue names the surname whatever the word is)
        if found and found[0].tag.POS == "NOUN" and "plur" not in found[0].tag \
                and (lowercase or _cue_before(text, lo.start()) != "strong") \
                and not ("Surn" in _rare_kinds(word) or _SURNAME_ENDING.search(word.lower())
                         or word.lower() in _SURNAME_HOMOGRAPHS or word.lower() in _SHORT_SURNAMES):
            continue
        return lo.start(), hi.end()
    return None


# The first word of a place named after a saint or with an article: "Сан Луис", "Санта Крус", "Лос Анджелес".
_PLACE_PREFIXES = {"сан", "санта", "санто", "сент", "сен", "санкт", "лос", "лас", "эль", "ла", "ле", "де"}


_NAMING_NOUNS = frozenset({"фамилия", "фамилию", "фамилией", "имя", "отчество"})


def _governed_by_the_naming_noun(word: str) -> bool:
    """A word after "имя"/"фамилия" that the dictionary knows, with no name reading and no nominative one ("героя",
    "местного", "первой", "нужна"), is what the noun governs — whose name, or what is said of it — not a name in
    apposition to it, which stands in the nominative ("имя буян", "фамилия соловей") or is unknown ("имя эстадио").
    A word with a surname's ending is the person whose name is asked ("а имя отчество мамонтовой", "фамилия пестова")."""
    return is_known(word) and not _rare_kinds(word) and not any(p.tag.case == "nomn" for p in parses(word)) \
        and not _SURNAME_ENDING.search(word.lower())


# The cues after which a lowercase word is a name whatever the dictionary reads it as ("зовут ситников")
_SPOKEN_NAMING_CUES = frozenset({"зовут", "фамилия", "фамилией", "фамилию", "имя", "отчество"})


def _naming_cue(text: str, start: int, lowercase: bool) -> bool:
    """Right after "фамилия"/"зовут" (or, written, any strong cue before a capitalised word)."""
    if not lowercase and not text[start:start + 1].isupper():
        return False  # written: every reading below that says yes needs the word's capital (most words are none)
    if lowercase and not _holds_a_spoken_naming_cue(text):
        return False  # lowercase: the word before must be one of the cues below, and the text holds none of them
    before = words_before(text, start, 30)[-1:]
    if not before:
        return False
    if lowercase and not _spoken_naming_cue(before[0]):
        return False  # lowercase: only these cues say yes below, every other reading says no (asked of most words)
    word = NAME_WORD.match(text, start)
    if word is not None and (word.group().isupper() or word.group().lower() in _ORG_FORMS):
        return False  # "клиент ООО «...»", "клиент МТС"
    if word is not None and not lowercase and text[start].isupper() and _apposed_to_a_person_noun(text, start, word.group()):
        return True  # "прораб Мирный": a town's name too, but in apposition to a person
    if word is not None and (_is_domain_word(word.group()) or not lowercase and _is_place_word_of(word.group())
                             and before[0] not in _NAMING_WORDS):
        return False  # "зовут сим-карту", "гражданка Италии" (but "имя буян", "имя Чен" are names, though places too)
    if word is not None and _is_label(word.group()) and "plur" not in _top_tag(word.group()):
        return False  # "фамилию имя и отчество владельца" ("Кл. Номеров", a plural, is a surname)
    if word is not None and before[0] in _NAMING_NOUNS and _governed_by_the_naming_noun(word.group()):
        return False  # "школа носит имя героя", "получит имя местного поэта", "фамилия нужна": whose name, not it
    if lowercase:
        return True  # right after a spoken naming cue (_spoken_naming_cue, tested first), nothing above said no
    if before[0] in NAMING_ABBREVIATIONS or before[0].startswith(("фамили", "имя")):
        return text[start].isupper()  # "ФИО: Гетманский", "Фамилия: Белый": a field's label, no speaker's
    if _after_speaker_label(text, start) and word is not None and not _rare_kinds(word.group()) \
            and is_known(word.group()):
        return False  # "Клиент: Мои паспортные данные", "Клиент: Счета приходят": a speaker, then what they say
    return text[start].isupper() and (
        before[0].startswith(_NAMING_STEMS) or before[0] in NAMING_ABBREVIATIONS
        or CLIENT_ABBREVIATION_BEFORE.search(text, max(0, start - 8), start)
        # "сотр. Белый": a role written short; the name after it in the nominative ("сотр. Отдела продаж" is no one)
        or (ROLE_ABBREVIATION_BEFORE.search(text, max(0, start - 10), start) and word is not None
            and "nomn" in (_cases(word.group()) or {"nomn"}))
        or (word is not None and _apposed_to_a_person_noun(text, start, word.group())))


def _opens_a_line(text: str, start: int) -> bool:
    """Only blanks or a hyphen between the line's start and `start` (a line break before it: the text's first line is
    no line opened). Found with rfind, no copy of the text's prefix per word (stop 58's review, L2)."""
    line_start = text.rfind("\n", 0, start)
    return line_start >= 0 and not text[line_start + 1:start].strip(" \t-")


_WORD_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*-?[ \t]*$")  # "прораб Мирный", "мать-Лысенко"


def _apposed_to_a_person_noun(text: str, start: int, word: str) -> bool:
    """A capitalised word right after a common noun for a living being that it agrees with in case is that being's
    name in apposition: "прораб Мирный", "сосед Волк", "мать-Лысенко" — not a title's attribute ("Папа Римский"), nor
    a word in another case, which the noun governs ("сотрудник Мегафона", "депутаты горсовета")."""
    before = _WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    noun = before.group(1).lower()
    found = parses(noun)
    if len(noun) < 3 or noun in _TITLES or lemma(noun) in _TITLES or _title_attribute(text, word, start) \
            or _modifies_next_noun(text, word, start + len(word)) or _attribute_of_a_named_thing(text, word, start + len(word)) \
            or _rare_kinds(noun) or not found \
            or found[0].tag.POS != "NOUN" or "anim" not in found[0].tag or not is_known(word):
        return False
    forms, noun_forms = _case_numbers(word), _case_numbers(noun)
    shared = forms & noun_forms if forms and noun_forms else frozenset()
    if shared and all(number == "plur" for _, number in shared) and not _PROPER & any_grammemes(word) \
            and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses(word)):
        return False  # a thing in the plural agrees by case alone: "жителей Ключей" is where they live, not a family
    return bool(shared)


_SPEAKER_LABEL = re.compile(r"(?:^|\n)\s*[\w .-]{1,30}:\s*$")


def _after_speaker_label(text: str, start: int) -> bool:
    """The word opens a transcript line after "Клиент:", "Оператор:", "Абонент 2:"."""
    return _SPEAKER_LABEL.search(text, max(0, start - 40), start) is not None


# Cues after which a capitalised word the dictionary reads otherwise is still a name ("Клиент Ситников").
# "урождённая Соловей", "урожд. Белая": a maiden name follows, whatever the dictionary says of the word.
_MAIDEN_NAME_STEM = "урожд"
# the spoken naming cues said as a word's opening (a lowercase name follows: «урождённая соловей», «урожд. белая»)
_SPOKEN_NAMING_STEMS = (_MAIDEN_NAME_STEM,)


def _spoken_naming_cue(word: str, anywhere: bool = False) -> bool:
    """Is the folded `word` a spoken naming cue — one of _SPOKEN_NAMING_CUES, or a word opening with the maiden
    name's stem («урождённая»)? `anywhere`: does the folded text `word` hold one anywhere? The one test of both
    (_naming_cue asks the word before a name, _holds_a_spoken_naming_cue the whole text first): a cue of either is a
    piece of any word that is one, so where a text holds none, none of its words is one."""
    if anywhere:
        return any(cue in word for cue in _SPOKEN_NAMING_CUES) or any(stem in word for stem in _SPOKEN_NAMING_STEMS)
    return word in _SPOKEN_NAMING_CUES or word.startswith(_SPOKEN_NAMING_STEMS)


def _holds_a_spoken_naming_cue(text: str) -> bool:
    """Does the folded `text` hold a spoken naming cue anywhere (_spoken_naming_cue) — once a document (issue 12, stop
    58: _naming_cue read the word before every word of a lowercase text to compare it with these)? A word before a
    name, folded, is a piece of the folded text: where the text holds none of them, none is that word."""
    doc = document_for(text)
    if doc is not None:
        return doc.derived("spoken naming cue", _spoken_naming_cue_in)
    return _spoken_naming_cue_in(text)


def _spoken_naming_cue_in(text: str) -> bool:
    return _spoken_naming_cue(fold(text), anywhere=True)


_NAMING_STEMS = ("клиент", "абонент", "фамили", "зовут", "имя", "имени", "владел", "оформлен", "господин", "госпож",
                 "гражданин", "гражданк", _MAIDEN_NAME_STEM)


# Fields glued without spaces, as a form's export or a pasted scan gives them: a naming label glued to the name
# ("фиоБурлаченко Ирина", "абонентЛысенко Виктор", "ФИОБурцев Мстислав Андреевич", "вл.Кот Марина") — the label's
# words are the naming cues' own (_NAMING_STEMS, lexicon.NAMING_ABBREVIATIONS, "вл." the owner's) — and a name's parts
# glued to each other ("ГоршковаЕлена", "ПакЮ.С."). Each pattern from a word's first letter only: linear.
_GLUED_LABEL = ReadOnceAWhole(re.compile(
    r"(?<![А-ЯЁа-яё])(?i:" + "|".join(sorted(_NAMING_STEMS + ("вл",), key=len, reverse=True))
                          + r"|" + "|".join(sorted(NAMING_ABBREVIATIONS)) + r")[а-яё]*+\.?(?=[А-ЯЁ][а-яё])"))
_GLUED_NAME_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+(?![А-ЯЁ])){0,2}")
_GLUED_PARTS = re.compile(r"(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё]+)([А-ЯЁ][а-яё]{2,}(?![А-ЯЁа-яё])|[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.)")


# A quote right after a noun for a person — a naming cue's noun (_NAMING_STEMS: "клиент", "абонент", "гражданин",
# "владелец") — with one to three words in it, the first capitalised (any in
# lowercase text), a dotted initial allowed: "клиент «Сидоров» просил", "клиента «Сидорова Игоря»", "Клиент «Сидоров
# И.П.»". The quote opens right after the noun's end only: linear.
_QUOTED_AFTER_A_NOUN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*+[«\"„“]"
                                  r"[ \t]*+([^\W\d_][^\W\d_-]*+(?:-[^\W\d_]++)?(?:[ \t]++[^\W\d_]++\.?){0,2}"
                                  r"(?:[ \t]*+[А-ЯЁA-Z]\.[ \t]?(?:[А-ЯЁA-Z]\.)?)?)[ \t]*+[»\"“”]")
_QUOTED_AFTER_PERSON_NOUN_WHY = "a name in quotes after a noun for a person"


def _quoted_after_person_nouns(text: str, lowercase: bool) -> list[tuple[int, int]]:
    """The words in quotes a noun for a person governs are that person's name, whatever else they read as (a title,
    a brand, a word): the noun says who ("клиент «Сидоров» просил перезвонить", "абонентка «Воробьёва»"; red team
    bb22, f09). Fail closed: an organization a note calls a client in quotes ("клиент «Ромашка»") is masked too; an
    organization's form before the quote ("клиент ООО «Ромашка»") puts another noun between, a title's own noun
    ("фильм «Брат»") is no person noun, and a quote in another case is what the noun governs ("владелец «Мерседеса»")."""
    if "«" not in text and '"' not in text and "„" not in text and "“" not in text:
        return []
    out = []
    for found in _QUOTED_AFTER_A_NOUN.finditer(text):
        noun, name = found.group(1).lower(), found.group(2)
        if not noun.startswith(_QUOTE_NAMING_STEMS) or not (lowercase or name[:1].isupper()):
            continue
        # in apposition, the name stands in the noun's case ("клиента «Сидорова»"); another case is what the noun
        # governs ("владелец «Мерседеса»": a car's owner), not who the person is. An unknown word agrees with any case.
        if _agree(noun, NAME_WORD.match(name).group() if NAME_WORD.match(name) else name):
            out.append(found.span(2))
    return out


# The naming cues' nouns for a person (_NAMING_STEMS) that govern a name in apposition; not the field's own words
# ("фамилия «…»", "имя «…»": _QUOTED_NAME_NOUNS read them), nor "зовут", "оформлен", "урождённая" (no nouns).
_QUOTE_NAMING_STEMS = tuple(stem for stem in _NAMING_STEMS
                            if stem not in ("фамили", "зовут", "имя", "имени", "оформлен", _MAIDEN_NAME_STEM))


def _glued_names(text: str) -> list[tuple[int, int]]:
    """A name right after a naming label glued to it (the label in any case, the name capitalised: a cue names what
    follows it, fail closed, as `_keyed_names` does; a plain common word alone is none, "вл.Камень Руслан" is one);
    and a surname glued to a first name the dictionary knows or to two initials."""
    out = []
    for label in _GLUED_LABEL.finditer(text):
        name = _GLUED_NAME_RUN.match(text, label.end())
        if name is not None and (len(name.group().split()) > 1 or not _plain_common_word(name.group().split("-")[0])):
            out.append(name.span())  # a common word alone is no name ("клиентСервис"), with a name after it is one
    for glued in _GLUED_PARTS.finditer(text):
        surname, rest = glued.group(1), glued.group(2)
        if not (_surname_like(surname) or surname.lower() in _SHORT_SURNAMES):
            continue
        if "." in rest or _first_name_or_patronymic(rest):
            out.append(glued.span())
        elif _surname_like(surname):
            out.append(glued.span(1))  # "СидоровЗдравствуйте", "СидоровПросил": two entries joined, the first a surname
    return out



def _is_label(word: str) -> bool:
    """Words that name a field rather than fill it: "имя", "отчество", "владельца", "лицо", "почта"."""
    lower = word.lower()
    return lower in _CUE_WORDS or lower.startswith(_CUE_STEMS) or lower.startswith(_LABEL_STEMS) \
        or lower.startswith(("имя", "имен", "отчеств", "фамил", "лиц", "владел"))


def _is_place_word_of(word: str) -> bool:
    return "Geox" in any_grammemes(word)


_DOMAIN_STEMS = ("автоплат", "антиопредел", "безлимит", "тариф", "роуминг", "симк", "интернет", "гигабайт",
                 "мегабайт", "подкл", "откл", "смс", "ммс", "детализац", "переадрес")


def _is_domain_word(word: str) -> bool:
    """A call-center word, in any form, also inside a hyphenated one ("сим-карту", "автоплатежу")."""
    lower = word.lower()
    return any(part in DOMAIN_WORDS for part in lower.split("-")) or lower.startswith(_DOMAIN_STEMS)


# after a role written short, a code is no one's name: a short capitalised abbreviation or a word joined to digits
# ("Сотр. ВРН-045", "отв. ОПС")
# ("Сотр. ВРН-045", "отв. ОПС"); a word entered at its start only (linear under a search: tests/test_redos.py)
_CODE_AFTER_A_ROLE = re.compile(r"[А-ЯЁA-Z]{1,4}(?![А-Яа-яЁёA-Za-z])|(?<![^\W\d_])[^\W\d_]++-\d")


def _cue_before(text: str, start: int) -> str | None:
    """"strong" after "зовут", "клиент", "оформлен"...; "weak" after "на", "с", "для"; else None. In speech the caller's
    label ("клиент: слава богу", "оператор: спасибо / клиент: понял ташаккур") says who speaks, not whom a word names:
    only the words of the caller's own turn are read (`_turn_opening`), and its first words answer a naming question
    asked in the turn before. The contact center's turn opens with the operator's own name ("оператор: техподдержка
    роман здравствуйте"): there the label still counts (fail closed)."""
    opening = _turn_opening(text, start, callers_only=True)
    if opening and not text[opening:start].strip() and _NAMING_QUESTION.search(_previous_turn(text, opening)):
        return "strong"  # the answer to "как к вам обращаться", "назовите фамилию владельца и дату рождения"
    before = words_before(text, start, min(30, start - opening))[-2:]
    if any(w in _CUE_WORDS or w.startswith(_CUE_STEMS) for w in before):
        return "strong"
    if ROLE_ABBREVIATION_BEFORE.search(text, max(opening, start - 10), start) \
            and not _CODE_AFTER_A_ROLE.match(text, start):
        return "strong"  # a role written short: "сотр. Хомяков", "отв.Кудашев", "гл. бух. Синицына"
    if before and before[-1] in _WEAK_CUE_WORDS:
        return "weak"
    return None


# a speaker's role opening a line ("клиент:", "[10:15] оператор:"), not any word before a colon ("фамилия: …" is a cue)
_LINE_SPEAKER_LABEL = re.compile(r"(?<![ \t])[ \t]*+(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*+)?" + SPEAKER_TAG, re.IGNORECASE)


_NAMING_QUESTION = re.compile(r"(?<![а-яё])(?:" + ASKED + r"|зовут)", re.IGNORECASE)  # also "как зовут дедушку"


def _previous_turn(text: str, opening: int) -> str:
    """The line before the one whose turn opens at `opening` (its label included): the other speaker's last words."""
    line = text.rfind("\n", 0, opening)
    return text[text.rfind("\n", 0, max(0, line)) + 1:max(0, line)] if line > 0 else ""


def _turn_opening(text: str, start: int, callers_only: bool = False) -> int:
    """Where the turn holding `start` begins in a lowercase transcript: right after its line's speaker label
    ("клиент: …", "[10:15] оператор: …"); 0 when the text is written, or the line has no label. The label is the
    transcript's layout (guard.nlp.needs_recasing reads it the same way): a cue word in it ("клиент") or at the end of
    the other speaker's turn ("спасибо", "здравствуйте") is no cue for the first words of this one."""
    line = text.rfind("\n", 0, start) + 1
    label = _LINE_SPEAKER_LABEL.match(text, line, start)
    if label is None or label.end() > start or not needs_recasing(text):
        return 0
    if callers_only and NAME_WORD.search(label.group()).group().lower().replace("ё", "е") not in CALLER_LABELS:
        return 0
    return label.end()


# Titles NER takes into a name or for one: "Папа Франциск", "Премьер-министр Индии".
_TITLES = {"папа", "папы", "папе", "папу", "патриарх", "премьер", "премьер-министр", "премьер-министра", "министр",
           "министра", "президент", "президента", "вице-президент", "канцлер", "канцлера", "король", "короля",
           "королева", "королевы", "принц", "принца", "принцесса", "принцессы", "губернатор", "губернатора", "мэр",
           "мэра", "сенатор", "сенатора", "депутат", "депутата", "генсек", "шейх", "эмир", "султан", "лорд", "сэр",
           "мистер", "миссис", "мисс", "пан", "пани", "фрау", "герр", "мсье", "месье", "синьор", "госсекретарь",
           "госсекретаря", "кардинал", "аятолла", "архиепископ", "епископ", "митрополит", "игумен", "протоиерей", "священник",
           "архимандрит", "иеромонах", "монах", "отец", "владыка", "генерал", "генерала", "маршал", "адмирал", "святой", "святого"}


_SURNAME_PLURAL_ENDING = re.compile(r"(?:ов|ев|ёв)", re.IGNORECASE)


def _role_lemma(word: str) -> str:
    """The word's lemma as a kin or role noun's (_PERSON_NOUN_LEMMAS), or "" where that reading does not hold: a word in
    -ов/-ев/-ёв that is such a noun only as its genitive plural ("Пилотов", "Добровольцев", "Продавцов") has a
    surname's shape, and beside a name or as a subject it is one (review of stop 53, F1: fail closed; an animate noun's
    accusative plural is the same form)."""
    found = lemma(word)
    if found not in _PERSON_NOUN_LEMMAS or not _SURNAME_PLURAL_ENDING.search(word[-2:]):
        return found
    as_role = [p for p in parses(word) if normalize_word(p.normal_form) in _PERSON_NOUN_LEMMAS]
    if as_role and all(p.tag.case in ("gent", "accs") and p.tag.number == "plur" for p in as_role):
        return ""
    return found


def _person_noun(word: str) -> bool:
    """A noun for a person's kin or role (_PERSON_NOUN_LEMMAS), great- prefixes read through ("прапрабабушка",
    "прадед"), that is no name on its most likely reading ("Купцы"; not "Глава", a surname too: _rare_kinds)."""
    lower = word.lower()
    while lower.startswith("пра") and len(lower) > 5:
        lower = lower[3:]
    return _role_lemma(lower) in _PERSON_NOUN_LEMMAS and not _rare_kinds(lower)


def _trim_ner_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop abbreviations and titles NER glues to a name: "Кл. Беляева" -> "Беляева", "Папа Франциск" ->
    "Франциск"; a span starting inside a compound with a number ("29-летний") is no name at all."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return None
    words = [m for m in NAME_WORD.finditer(text, start, end)]
    while words and (words[0].group().lower() in _NOT_SURNAMES or words[0].group().lower() in _TITLES
                     or words[0].group().lower() in _LATIN_ORG_WORDS or _person_noun(words[0].group())
                     or _NICKNAME_WORD.fullmatch(words[0].group())  # "Позывной Марка": the cue, not the name
                     or (len(words) > 1 and _letter_abbreviation(words[0].group()))  # "ТСЖ Иванов"
                     or (len(words) > 1 and _pronoun(words[0].group())  # "Нашу Раневскую играет …": no name's word
                         and not _rare_kinds(words[0].group()))  # "Том Харди": «том» is «тот» and a first name
                     or ((words[0].group().lower() in STOPWORDS or _not_a_name_word(words[0].group()))
                         and not _a_name_word_by_its_place(text, words))
                     or (len(words) > 1 and _INITIAL_WORD.fullmatch(words[1].group())
                         and not _INITIAL_WORD.fullmatch(words[0].group())
                         and _plain_common_word(words[0].group()))):  # "Архивист Ю. В. Проскурина"
        words.pop(0)
    if not words:
        return None
    while len(words) > 1 and _letter_abbreviation(words[-1].group()):
        words.pop()  # "Краснояровской ЦРБ": an institution's abbreviation NER glued to the end
        end = words[-1].end()
    if len(words) > 1 and _INITIAL_WORD.fullmatch(words[-2].group()) and not _INITIAL_WORD.fullmatch(words[-1].group()) \
            and _plain_common_word(words[-1].group()) \
            and text[words[-2].end():words[-2].end() + 1] == ".":
        end = words[-2].end() + 1  # "Иванов И. И. Вчера он звонил": the next sentence's first word is no name
    return words[0].start(), end


_INITIAL_WORD = re.compile(r"[А-ЯЁ]")


def _letter_abbreviation(word: str) -> bool:
    """An abbreviation read by its letters that no name's word is (lexicon.LETTER_ABBREVIATIONS, a closed list: "ТСЖ",
    "ЖСК", "СНТ", "ЦРБ", "гск"). Not any word without a vowel: a name cut short by speech recognition or spelled
    ("имя грнч", "Звонил Мкртчян Грнч") stays a name's word (review 58, M1); two consonants stay, as a name's initials
    typed without dots ("Иванов ВС")."""
    return word.lower() in LETTER_ABBREVIATIONS


_APOSTROPHE_NEXT = re.compile(r"['’][А-ЯЁA-Z]")  # "О'Коннор", "д'Артаньян": a particle glued to the surname


def _a_name_word_by_its_place(text: str, words: list[re.Match]) -> bool:
    """The first word of a name NER read is the name's own, though the dictionary reads it as a function word or, by
    guessing, as a verb: a word the dictionary does not know at all (its guessed reading from the ending is no
    evidence: "Нарспи", "Кайли", "Мехди" are read as imperatives), a particle glued by an apostrophe to the surname
    ("О'Коннор"), or — in written text — a capitalised conjunction, particle, preposition, interjection or rare
    imperative in mid-sentence with a capitalised word of the name after it: an East Asian or Dutch name's syllable
    ("министр Ван Цзинь", "студентка Ли Сяоюй", "певица Ха Ын Би"), a foreign first name ("певица Кайли Брукс"), where
    only a name gives such a word a capital. At a sentence's start the capital says nothing ("Но Иван"); any other
    capitalised verb in mid-sentence is a note's habit ("клиент Просит Иванова")."""
    word = words[0].group()
    if _APOSTROPHE_NEXT.match(text, words[0].end()):
        return True
    if word.lower() not in STOPWORDS and not is_known(word):
        return True
    found = parses(word)
    return len(words) > 1 and word[0].isupper() and not word.isupper() and words[1].group()[0].isupper() \
        and (word.lower() in STOPWORDS or bool(found) and (found[0].tag.POS in _FUNCTION_POS or "impr" in found[0].tag)) \
        and not text[words[0].end():words[1].start()].strip() and not opens_a_sentence(text, words[0].start())


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})  # not a verb or adverb: "клиент Просит Иванова"




# A diminutive or nickname the dictionary lacks: a first name's stem, a suffix of endearment, a case ending.
_DIMINUTIVE = re.compile(
    r"(?<![а-яё])(?P<stem>[а-яё]{2,12}?)(?:(?:еньк|оньк|ечк|очк|ушк|юшк|юш|уш|ул|юл|ус|юс|к|ёх|юх|ух|ун|юн)(?:а|и|ы|е|у|ой|ою|ей|ею)"
    r"|(?<=[а-яё]{3})(?:ик|ок|ёк|он|ан|ян)(?:а|у|е|ом|ем|ы|и|)?)(?![а-яё])")  # "димон", not "абон" (абонент)


@lru_cache(maxsize=4096)
def _diminutive_of_a_name(word: str) -> bool:
    """"кирюша", "ромки", "светку", "наташенька", "димона": a word the dictionary does not know, made of a first name's
    stem (кир-а, ром-а, свет-а, наташ-а, дим-а, the name itself in the dictionary) and a suffix of endearment."""
    lower = word.lower()
    match = _DIMINUTIVE.fullmatch(lower) if len(lower) > 3 else None
    if match is None or _is_domain_word(lower) or (is_known(lower) and not _only_an_oblique_plural(lower)):
        return False
    stem = match.group("stem")
    if _is_domain_word(stem + "к"):
        return False  # "симочку", "симулька": the SIM card's stem, not Сима
    return any(is_known(name) and "Name" in word_grammemes(name) and "Geox" not in word_grammemes(name)
               for name in {stem + "а", stem + "я", stem, stem.replace("ё", "е") + "а"})


def _only_an_oblique_plural(word: str) -> bool:
    """Every reading a plural in an oblique case: the dictionary knows "толик" only as "толика"'s genitive plural, so
    the word said as a subject or addressed is a diminutive still ("Толик" for Анатолий)."""
    return all(p.tag.number == "plur" and p.tag.case not in (None, "nomn") for p in parses(word))


def _capitalised_diminutives(text: str) -> list[tuple[int, int]]:
    """"звонил сам Толик", "передайте Славику": in written text a capitalised diminutive of a first name
    (_diminutive_of_a_name) in mid-sentence, where a capital marks a name."""
    return [match.span() for match in _CAPITALISED_WORD.finditer(text)
            if _diminutive_of_a_name(match.group()) and not opens_a_sentence(text, match.start(), lines=False, cells=True, ellipsis=False)]


# A capitalised word anywhere, in a quote or after glued initials too: the surname read by grammar, a diminutive and a
# lone first name are each read from it.
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{3,}(?![\w-])")


def _capitalised_first_names(text: str) -> list[tuple[int, int]]:
    """"Анкеты принимает Анжела по вторникам", "Твоя Шура", "Кланяюсь сестрице Арише": in written text a capitalised
    word whose most likely reading is a first name is a name alone, where natasha's NER read nothing — the same test
    as _lone_first_names in lowercase text (the frequent common words "Вера", "Роман", "Лев" are left), with the
    capital as the mark a name's reading needs. Places, streets and titles are cut after, as for every source."""
    out = []
    for match in _CAPITALISED_WORD.finditer(text):
        word = match.group()
        if word.lower() not in _COMMON_WORDS and "Name" in _top_kinds(word) and is_known(word) \
                and "Geox" not in word_grammemes(word) and not _registry_word(word) \
                and not _place_after_preposition(text, *match.span()) and not _in_a_quiet_quote(text, *match.span()):
            out.append(match.span())
    return out


def _in_a_quiet_quote(text: str, start: int, end: int) -> bool:
    """Inside one pair of «…» with no mark of speech or a record in it: a title, a brand, a team, a dish («Алиса»,
    «Спартак», «Наполеон», «Дядя Ваня») far more often than a person, when nothing but the word's reading says name
    (a naming cue's quote is read by _nicknames). «Федя!» and a quoted letter ("…Твоя Шура") have speech's marks, and
    so has a quote the author's words follow («Клаус был нам как отец», — говорит она)."""
    opening = text.rfind("«", max(0, start - 80), start)
    if opening < 0 or "»" in text[opening:start]:
        return False
    closing = text.find("»", end, end + 80)
    return closing >= 0 and "«" not in text[end:closing] and not _SPEECH_IN_QUOTE.search(text, opening + 1, closing) \
        and not _SPEECH_AFTER_QUOTE.match(text, closing + 1)


def _lone_first_names(text: str) -> list[tuple[int, int]]:
    """"анна карта заблокирована": in lowercase text a word the dictionary knows whose most likely reading is a first
    name is a name even with no cue or second name word beside it — unless it is also a frequent common word
    ("роман", "вера", "лев": _COMMON_WORDS) or a month or cue word (fail closed: the operator sees less)."""
    out = []
    for match in NAME_WORD.finditer(text):
        word = match.group()
        # the word's own readings first (one form's, cached), the words before it only for a word that may be a name:
        # asked of every word of a transcript, the preposition's window was most of this rule's time (stop 54)
        if len(word) > 2 and word.lower() not in _COMMON_WORDS \
                and (("Name" in _top_kinds(word) and is_known(word) and "Geox" not in word_grammemes(word)
                      and not _registry_word(word))
                     or (_diminutive_of_a_name(word)  # "в тусоне" is a place
                         and words_before(text, match.start(), 8)[-1:] not in (["в"], ["во"], ["из"], ["на"]))) \
                and not _place_after_preposition(text, *match.span()):
            out.append(match.span())
    return out


def _abbreviation(text: str, start: int, end: int) -> bool:
    """"конт.", "идентиф.", "перезв.", "абон.": a word cut short before a dot — unknown to the dictionary, but the
    start of words it knows ("контакт", "идентификация") — is an abbreviation, not a name (a surname the dictionary
    lacks is the start of none: "шайхутдинов.")."""
    word = normalize_word(text[start:end])
    if text[end:end + 1] != "." or len(word) < 2 or not word.isalpha() or is_known(word):
        return False
    return any(True for _ in islice(get_morph().dictionary.words.iterkeys(word), 1))


def _unsupported_word(text: str, start: int, end: int) -> bool:
    """A single word NER calls a person in recased lowercase text that is an abbreviation ("конт."), or that neither
    the dictionary reads as a name part nor the lowercase name tagger supports ("плиз", "ии", "вк"): recasing
    capitalised it only because the dictionary does not know it."""
    words = list(NAME_WORD.finditer(text, start, end))
    if len(words) != 1:
        return False
    word = words[0]
    if _abbreviation(text, word.start(), word.end()) or word.group().lower() in _NOT_SURNAMES:
        return True
    if _ordinary_compound(word.group(), text, word.start()) \
            and name_probabilities(text).get(word.start(), 1.0) < get_tagger().threshold:
        return True  # "межгород", "двухфакторку": ordinary words joined, and the tagger does not call it a name either
    return (len(word.group()) <= 2 or not _known_name_word(word.group())) \
        and name_probabilities(text).get(word.start(), 1.0) < _TAGGER_SUPPORT


def _plausible_name(span_text: str, lowercase: bool) -> bool:
    """NER sometimes calls a capitalised verb or a product a person ("Подключите", "Безлимит"), in written text a
    word made of ordinary words ("Викиновостям"), and, in recased speech, a common word ("вся надежда только на вас")."""
    words = [w for w in NAME_WORD.findall(span_text) if len(w) > 1 and not _MASK.fullmatch(w)]
    if not words:
        return False
    if all(word.isascii() for word in words):
        return _plausible_latin_name(words)
    if len(words) == 1 and not lowercase and _ordinary_compound(words[0]):
        return False  # "Викиновостям", "Рыбохраны", "Стела-Обелиск" (speech: recall first, the tagger's word too)
    if lowercase and len(words) == 1:
        word = words[0]
        if word.lower() in _COMMON_WORDS or (is_known(word) and not _person_kinds(word)):
            return False
        if "Name" not in _top_kinds(word) and "Surn" not in _top_kinds(word) and _MONTH_FORM.fullmatch(word.lower()):
            return False  # "13 марта": a month, recased for NER because "Марта" is also a name
    for word in words:
        lower = word.lower()
        if _is_domain_word(lower) or lower in STOPWORDS:
            continue
        if _rare_kinds(word) or not is_known(word):
            return True
    return False


def _ordinary_compound(word: str, text: str | None = None, start: int | None = None) -> bool:
    """A word made of ordinary words, which recasing capitalised only because the dictionary lacks it whole:
    "стела-обелиск", "женщина-космонавт" (every part known, none a name), "викиновостям", "нацфронта"
    (pymorphy2 reads a prefix before a dictionary word of five letters or more that is no name). A compound noun read
    by its head ("фан-линия", `_compound_noun`) only where the word's place in `text` is given and no naming word or
    strong person cue stands before it (fail closed: "меня зовут ярош-калина", "звонил ярош-калина")."""
    lower = word.lower()
    if "-" in lower:
        parts = lower.split("-")
        if all(is_known(part) and not _rare_kinds(part) for part in parts):
            return True
        return text is not None and start is not None and not _after_naming_word(text, start) \
            and _cue_before(text, start) != "strong" and _compound_noun(parts)
    if is_known(lower) or finnic_surname(lower, rare=False):
        return False  # "лесонен" is no prefix before "сонен": a Finnic surname's shape
    found = parses(lower)
    if not found:
        return False
    stack = found[0].methods_stack
    base = stack[0][1] if stack and len(stack) > 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer" \
        and "Prefix" in type(stack[-1][0]).__name__ else None
    return base is not None and len(base) >= 5 and not _rare_kinds(base)


# The loanword stems that open a compound noun the dictionary lacks ("фан-линия", "промо-акции", "бэк-офис"): a closed
# list — a part before the head that the dictionary does not know is otherwise a surname's ("ярош-калина").
_COMPOUND_LOANWORD_PREFIXES = frozenset({"фан", "промо", "бэк"})


def _compound_noun(parts: list[str]) -> bool:
    """A hyphenated word whose last part, the head a Russian compound noun declines ("фан-линия", "фан-карты",
    "промо-акции"), is an inanimate dictionary noun with no name reading, and every part before it is a dictionary
    word with no name's reading or surname's shape, or one of the loanword stems of `_COMPOUND_LOANWORD_PREFIXES`
    ("фан", "промо", "бэк"): the word is a thing's. A double surname with a noun's half keeps a surname before it
    ("новиков-прибой", "лебедев-кумач", "ярош-калина": a part the dictionary does not know), a double first name a
    first name ("жан-клод")."""
    head = parses(parts[-1])
    if len(parts) < 2 or not head or not is_known(parts[-1]) or _rare_kinds(parts[-1]) \
            or head[0].tag.POS != "NOUN" or "anim" in head[0].tag or len(head[0].normal_form) < 4:
        return False  # a noun of three letters is as often a name's particle or honorific: "Кэн-саном", "-оглы"
    return all(part in _COMPOUND_LOANWORD_PREFIXES
               or (is_known(part) and not _rare_kinds(part) and not _person_kinds(part)
                   and not _SURNAME_ENDING.search(part) and not finnic_surname(part, rare=True)) for part in parts[:-1])


_MONTH_FORM = re.compile("(?:" + "|".join(MONTH_STEMS) + ")(?:ь|я|е|ю|ем|ом|а|у|й)?")  # recognizers/lexicon.py


def _other_mentions(text: str, found: list[tuple[int, int]], lowercase: bool,
                    ner_names: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Once "Хвана Чжан Епа" is a person, a later "Хван" alone is too: the same name word, in any case."""
    if not found:
        return []
    names, written_names = set(), set()
    forms = set()  # lowercase: the very words of names of two words or more ("соловей анна ... соловей как птица")
    short_surnames = set()  # lowercase: an East Asian surname of a longer name, said again in any case ("эдуарду паку … пак")
    for start, end in found:
        inside = NAME_WORD.findall(text, start, end)
        # NER's own evidence: a word natasha read as a person's in context is one, whatever place the dictionary also
        # knows by it or guesses for a word it lacks ("Клотильда Маршан", "Руби Чен", "Инна Горобец")
        by_ner = any(s <= start and end <= e for s, e in ner_names)
        for word in inside:
            # places and abbreviations inside a name span ("Банк Китая", "ФАО") are not worth repeating
            if len(word) > 2 and word.lower() not in _COMMON_WORDS and word.lower() not in STOPWORDS \
                    and word.lower() not in _LATIN_ORG_WORDS and word.lower() not in _LATIN_NOT_NAMES \
                    and not word.isupper() and not _guessed_place_or_abbreviation(word, by_ner):
                names.add(lemma(word))
                if not lowercase:  # every normal form: "Семёна Ворону" (ворон's dative, ворона's accusative) … "Ворона"
                    written_names |= lemmas(word)
                if (len(inside) >= 2 and word in (inside[0], inside[-1]) or lowercase and not is_known(word)) \
                        and _repeatable_surname(word):
                    forms.add(word.lower())  # also a lone name the dictionary lacks: "клиент: драган" answering
            if len(inside) >= 2 and (_short_foreign_surname(word) or _short_foreign_surname(lemma(word))):
                short_surnames.add(lemma(word))
    covered = sorted(found)
    starts = [s for s, _ in covered]
    reach = list(accumulate((e for _, e in covered), max))  # furthest end among spans starting up to here
    out = []
    for match in NAME_WORD.finditer(text):
        word = match.group()
        # lowercase has no capitals to tell "гелия" (a gas) or "фао" from the name once guessed: there a
        # mention needs a likely name reading of its own, or to repeat a word of a longer name as it was said
        # a short East Asian surname said again needs no name reading of its own ("пак", "вана", "лю")
        short_surname_again = lowercase and lemma(word) in short_surnames and not _not_a_name_word(word) \
            and not _pronoun(word)
        if short_surname_again or (
                len(word) > 2 and (word[0].isupper() if not lowercase
                                   else bool(_person_kinds(word)) or word.lower() in forms
                                   or _declined_unknown_surname(word.lower(), forms))
                and (lemma(word) in names or (not lowercase and bool(lemmas(word) & written_names))
                     or (lowercase and _declined_unknown_surname(word.lower(), forms)))
                and not _modifies_next_noun(text, word, match.end())
                and not (lowercase and _common_word_first(word) and words_before(text, match.start(), 8)[-1:] == ["как"])
                and not (not lowercase and opens_a_sentence(text, match.start(), lines=False, cells=True, ellipsis=False) and _common_word_first(word)
                         and _common_subject(word))):
            # «Белый интернет» after "Белый Станислав"; "Любовь к хоккею у Любови Сергеевны": a sentence's capital
            # makes no name of a word that is first a common one; in speech a common word after "как" is a simile
            # ("дмитрий соловей заливается как соловей", "играет как лев")
            k = bisect_right(starts, match.start()) - 1
            if k < 0 or match.start() >= reach[k]:
                out.append((match.start(), match.end()))
    return out


def _guessed_place_or_abbreviation(word: str, by_ner: bool) -> bool:
    """A word of a found name not worth repeating: a place, organisation or abbreviation to the dictionary ("Банк
    Китая", "ФАО"). For a word the dictionary lacks its guesses are no evidence: among them a foreign first name always
    has an abbreviation or a place ("турсунбаев мурод … верно мурод", "клиент: драган / оператор: драган какой …")."""
    return is_known(word) and bool(word_grammemes(word) & ({"Orgn", "Abbr"} if by_ner else {"Geox", "Orgn", "Abbr"}))


# The case endings a surname the dictionary lacks takes in speech, on a consonant stem ("кескинен", "кескинена",
# "кескиненом") — the first declension of masculine nouns, which foreign surnames follow.
_UNKNOWN_SURNAME_ENDINGS = ("ом", "ым", "ем", "а", "у", "е")


_LINE_SPEAKER = re.compile(r"^[ \t]*+" + LINE_SPEAKER, re.MULTILINE)
_ROLE_LABEL = re.compile(SPEAKER, re.IGNORECASE)


def _named_line_speakers(text: str) -> list[tuple[int, int]]:
    """A chat's or a transcript's speaker label that is a first name ("[12:01] Вера: Привет …"): where two lines at
    least open with a speaker's label (lexicon.LINE_SPEAKER: the layout of a conversation, not a form's one field), a
    label of one word with a first name's reading that speaks again (opens another line) or that the text names
    elsewhere names the person who wrote the line — whatever common word it also is ("Вера", "Надежда", "Роза"): a
    label is no sentence's subject (red team bb15, 20). The roles ("Клиент", "Оператор", "Бот", "Поддержка") are no
    names, nor a header's field that opens one line ("Тема:" is Тёма's name only by the dictionary)."""
    if ":" not in text and "]" not in text and ">" not in text:
        return []
    labels = [(label.start(1), label.end(1)) for label in _LINE_SPEAKER.finditer(text)]
    if len(labels) < 2:
        return []
    out = []
    words = [text[start:end] for start, end in labels]
    for start, end in labels:
        word = text[start:end]
        if " " in word or not word[:1].isupper() or _ROLE_LABEL.fullmatch(word) or _role_lemma(word) in _PERSON_NOUN_LEMMAS \
                or word.lower() in CONTACT_CENTER_LABELS | CALLER_LABELS:
            continue
        if word.lower() in CUE_KINDS:
            continue  # a kind's own cue word is a form's field ("ИНН: 720609331762" twice in a form; "Инн" is Инна's
            # genitive plural only by the dictionary; issue 15, stop 59: pii_bc58); "Инна:" is no cue (base.is_cue)
        # a speaker: the label opens another line too (speaks again), or the text names the person by it elsewhere
        # ("… это Вера Соловей"); a header's field ("Тема:", "От:") opens one line and is no one
        again = words.count(word) >= 2 or any(found.group() == word and not any(s == found.start() for s, _ in labels)
                                              for found in NAME_WORD.finditer(text))
        if again and any("Name" in parse.tag for parse in parses(word.lower())):
            out.append((start, end))
    return out


def _declined_unknown_surname(word: str, forms: set[str]) -> bool:
    """Lowercase text: a word the dictionary lacks that is a surname of a name found here in another case — the
    same consonant stem, a case ending on either ("юхо кескинен … у кескинена", "с лехтоненом … лехтонен
    отразил"). The dictionary's guesses for such a word are not its lemma; the stems are compared instead."""
    if len(word) < 5 or is_known(word):
        return False
    stem = _consonant_stem(word)
    return any(not is_known(form) and _consonant_stem(form) == stem for form in forms)


def _consonant_stem(word: str) -> str:
    for ending in _UNKNOWN_SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4 and word[-len(ending) - 1] not in "аеёиоуыэюяйь":
            return word[:-len(ending)]
    return word


def _common_subject(word: str) -> bool:
    """A common-word reading in the nominative: the word could be a sentence's subject as the common word ("Любовь к
    хоккею", "Август выдался"), which "Сыромятников пообещал" (a noun's genitive plural otherwise) cannot."""
    return any(p.tag.case == "nomn" and not p.tag.grammemes & _PERSON for p in parses(word))


def _common_word_first(word: str) -> bool:
    """The dictionary knows the word and reads it first as no name at all ("Любовь", "Август", "Мороз")."""
    return is_known(word) and not _top_kinds(word)


def _short_foreign_surname(word: str) -> bool:
    """A Korean or Chinese surname of one syllable ("пак", "ван", "лю", "хегай"): the lexicon of short surnames."""
    return word.lower() in _EAST_ASIAN_SURNAMES


def _repeatable_surname(word: str) -> bool:
    """A word at the edge of a name of two words or more that, said again alone in lowercase text, is that
    surname again: Cyrillic, four letters or more, no label, role, call-center or function word, no ordinal. The
    part of speech the dictionary guesses for a word it lacks is no evidence ("одинаева шахло … всего доброго шахло":
    a past verb of "шахнуть" to the guesser)."""
    if len(word) <= 3 or word.isascii() or _is_domain_word(word) or _is_label(word) \
            or _role_lemma(word) in _PERSON_NOUN_LEMMAS:
        return False
    found = parses(word)
    return not found or not is_known(word) or (found[0].tag.POS not in _NOT_NAME_POS and not {"Anum", "Apro"} & found[0].tag.grammemes)


_PLACE_PREPOSITIONS = {"в", "во", "из", "изо", "под", "подо"}


def _place_after_preposition(text: str, start: int, end: int) -> bool:
    """"живу в ростове", "я из питера", "звоню из грозного": one word the dictionary reads first as a place,
    right after "в"/"из"/"под"."""
    before = words_before(text, start, 8)
    inside = NAME_WORD.findall(text, start, end)
    if before and before[-1] == "на" and len(inside) == 1 and _PROSPECT_ADJECTIVE.search(inside[0].lower()):
        return True  # "в офисе на невском", "живу на ленинском": a prospect named by its adjective
    if before and before[-1] in ("в", "во", "на") and len(inside) == 1 and _only_locative(inside[0]) \
            and not (before[-1] == "на" and (_in_a_verbs_person_slot(text, start, end, _ordinary_readings(inside[0]))
                                            or registered_on(text, start, end))):
        return True  # "в кирове", "в анталии", "на маяковской": a person is not where one is, a town or a station is;
        # a debt is on a person ("на Пауке висит долг": the home of word surnames above)
    if len(before) >= 2 and before[-1] == "на" and len(inside) == 1 and _a_venue(before[-2]) \
            and names_a_street(inside[0], STREET_ALONE) and not registered_on(text, start, end) \
            and not _with_lemma(_clause_words_after(text, end, 3), REGISTERED_THINGS | _DEBT_LEMMAS):
        return True  # "в кафе на Пушкина", "жители дома на Суханова": where a building stands, its street's keyword left out
    return bool(before) and before[-1] in _PLACE_PREPOSITIONS and len(inside) == 1 \
        and "Geox" in word_grammemes(inside[0])


def _a_venue(word: str) -> bool:
    """A building, a shop or a public place, that stands on a street (lemmas of the named places, the things named like
    people, and a house's own words): "кафе", "магазине", "музея", "дома", "офис"."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and not _rare_kinds(word) \
        and bool(lemmas(word) & (_NAMED_PLACE_LEMMAS | _THING_NOUNS | HOUSE_WORDS))


# What is registered on someone or owed by them, said "на" + the locative ("номер на Кузнецове", "договор на
# Поповой", "все номера на Соколове", "долг на Мельнике"): lemmas, with _DEBT_LEMMAS' verbs of registering and owing.
REGISTERED_THINGS = frozenset({"номер", "договор", "контракт", "сим-карта", "симка", "сим", "симкарта", "карта",
                               "телефон", "счёт", "счет", "лицевой", "тариф", "аккаунт", "кабинет", "услуга"})
# the registered things one can hold in a hand and leave somewhere ("телефон на морозе", "симка на солнце")
_HELD_THINGS = frozenset({"телефон", "сим-карта", "симка", "сим", "симкарта", "карта"})
_REGISTERED_ON_WORDS = 10  # words before "на" read for what is registered (past commas: "номер на мужчине, на …")
_REGISTERED_ON_CHARS = 100


def registered_on(text: str, start: int, end: int) -> bool:
    """text[start:end], one word after "на", is whom something is registered on or owed by: the word reads as a
    person's in the locative (an animate noun's or a surname's: "Кузнецове", "Поповой", "мельнике") and a number, a
    contract, a SIM, an account, a debt or a verb of registering stands before it in the last few words (past
    commas, and past the question a reply answers: "на кого оформлен номер? — на Кузнецове") or right after it in
    its clause ("на Кузнецове висит долг"). The one reading of that slot, for the redactor and the speech checker
    (red team bb18, f02/f09): there a locative is a person, not a place ("на Тверской" is not animate)."""
    words = NAME_WORD.findall(text, start, end)
    if len(words) != 1 or not any(p.tag.case == "loct" and "anim" in p.tag and p.tag.number != "plur"
                                  and p.score >= 0.05 for p in parses(words[0])):
        return False
    before = words_before(text, start, _REGISTERED_ON_CHARS)[-(_REGISTERED_ON_WORDS + 1):]
    if not before or before[-1] != "на":
        return False
    around = before[:-1] + _clause_words_after(text, end, 3)
    if _likely_a_thing(words[0]):
        # "телефон на морозе промёрз": a word read first as a thing in lower case is where a thing one can hold is,
        # unless a verb of registering, a debt or "на ком" says whom it is on ("на морозе висит долг"); a number, a
        # contract or an account is never "on frost": there it is the surname ("договор на морозе")
        return _with_lemma(around, _DEBT_LEMMAS | (REGISTERED_THINGS - _HELD_THINGS) | {"кто"})
    return _with_lemma(around, REGISTERED_THINGS | _DEBT_LEMMAS)


def _likely_a_thing(word: str) -> bool:
    """A word in lower case whose likelier readings are an inanimate noun's ("морозе": frost before the surname Мороз,
    "ветре", "дороге"); a capitalised word, or one as likely a person's, is not."""
    if not word.islower():
        return False
    readings = parses(word)
    # a thing the dictionary knows as a common noun; a guessed reading ("ситникове" as a place) is no thing
    thing = sum(p.score for p in readings if p.tag.POS == "NOUN" and "inan" in p.tag and p.is_known
                and _PROPER.isdisjoint(p.tag.grammemes))
    person = sum(p.score for p in readings if p.tag.POS == "NOUN" and "anim" in p.tag)
    return thing > person


# A possessive adjective made from a surname: "кузнецовский", "смирновская" (-ов-/-ев-/-ин-/-ын- + "ский").
_SURNAME_ADJECTIVE = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё]{3,}(?:ов|ев|ёв|ин|ын))(?:ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими))(?![^\W\d_])")


def surname_adjectives_of_things(text: str) -> list[tuple[int, int]]:
    """(start, end) of a possessive adjective made from a surname beside what is registered to someone: "это
    кузнецовский номер", "договор смирновский" (red team bb18, f02). The adjective's stem reads as a surname in the
    dictionary ("кузнецов") and as no place ("ивановский" of Иваново, "московский"); the thing is one of
    REGISTERED_THINGS, the word before or after it. A surname's form in the one home of the surname kind, for the
    redactor (person_spans) and the speech checker (guard/disclosure/personal.owner_named_words)."""
    out = []
    for match in _SURNAME_ADJECTIVE.finditer(text):
        stem = match.group(1).lower()
        # a surname the dictionary holds ("кузнецов"), not a guess at one ("сочин" of "сочинский": Сочи's)
        if not known_word(stem) or not any("Surn" in p.tag and p.tag.case == "nomn" for p in parses(stem)):
            continue
        if any(found and "Geox" in found[0].tag for found in map(parses, (stem, stem + "о", stem + "а", stem + "ы"))):
            continue  # the adjective of a town first ("ивановский" of Иваново); a village's rarer reading is no town
        near = _clause_words_before(text, match.start(), 1) + _clause_words_after(text, match.end(), 1)
        if _with_lemma(near, REGISTERED_THINGS):
            out.append(match.span())
    return out


def _only_locative(word: str) -> bool:
    """The word can be in the locative but neither in the nominative nor the accusative ("кирове", "маяковской";
    not "иванову", "анну": "оформлен на иванову")."""
    cases = {p.tag.case for p in parses(word) if p.tag.number != "plur"}
    return "loct" in cases and not cases & {"nomn", "accs"}


_PROSPECT_ADJECTIVE = re.compile(r"[сц]ком$")
_PLACE_BEFORE = {"им", "имени", "метро", "станции", "станция", "станцию", "ст"}
# "д. Кармаскалы", "с. Высокая Гора": a settlement abbreviation (with its dot, unlike the preposition "с")
_SETTLEMENT_BEFORE = re.compile(r"(?:^|[^\w])(?:д|с|п|г|пос|дер|пгт|ст)\.\s*$", re.IGNORECASE)
# Organization forms before a name in quotes or not: "ООО «Волгатранс»" names a company, not a person; after
# "ИП" stands a person's name, so a sole proprietor's forms are not among them (recognizers/lexicon.py).
_ORG_FORMS = LEGAL_FORMS - SOLE_PROPRIETOR_FORMS


_NEXT_PLACE_WORD = re.compile(r"(?<![\s,])[\s,]*([^\W\d_]+(?:-[^\W\d_]+)?)(?![^\W\d_])")
# A thing's nouns that govern the name of the one it is named after (an eponym's frame: places and institutions, terms
# of science and medicine) are recognizers/lexicon.py's EPONYM_*_NOUNS, the one list of them (lemmas).
_NAMED_PLACE_LEMMAS = set(EPONYM_PLACE_NOUNS)
_EPONYM_LEMMAS = set(EPONYM_TERM_NOUNS | EPONYM_MEDICAL_NOUNS)
_MEDICAL_TERM_LEMMAS = set(EPONYM_MEDICAL_NOUNS)
# A disease's name by its Greek or Latin suffix, an inanimate noun's lemma: "саркома", "лимфома" (-ома), "миопатия",
# "миодистрофия", "гиперплазия", "анемия", "невралгия", "тиреоидит", "энцефалит" (-ит of eight letters or
# more: not "кредит", "депозит", "транзит", "дефицит" of seven).
_MEDICAL_TERM_ENDINGS = ("ома", "патия", "трофия", "плегия", "плазия", "емия", "алгия")  # not "-оз": "мороз", "обоз"
_INFLAMMATION_ENDING, _INFLAMMATION_SHORTEST = "ит", 8
# Heads a method, a test or a diet governs its author's name with "по" + the dative after: "анализ мочи по Нечипоренко",
# "проба по Нечипоренко", "окраска по Цилю — Нильсену", "гимнастика по Стрельниковой", "занятия по Бобату", "стол № 5 по
# Певзнеру" (lemmas; every eponym's head too: "метод по Бобату"). A person after "по" is another head's: "справка по
# Иванову", "звонок по Петрову".
_BY_AN_AUTHOR_LEMMAS = {"анализ", "проба", "окраска", "диета", "стол", "массаж", "методика", "лечение", "терапия",
                        "занятие", "упражнение", "реабилитация", "классификация", "исследование"} | _EPONYM_LEMMAS


def _eponyms_head(word: str, places: bool = True) -> bool:
    """A term's, a place's or an institution's head that takes the name of the one it is named after in the genitive
    (_NAMED_PLACE_LEMMAS, _EPONYM_LEMMAS), or a disease by its suffix (_medical_term); with places=False a
    term's only (a term may take two or three names: "синдром Вольфа — Паркинсона — Уайта"; a park does not)."""
    lower = word.lower()
    heads = (_NAMED_PLACE_LEMMAS if places else set()) | _EPONYM_LEMMAS
    if _noun_lemmas(lower) & heads or (places and "-" in lower
                                 and any(lemmas(part) & _NAMED_PLACE_LEMMAS for part in lower.split("-"))):
        return True  # a compound's place part too: "дом-музей", "музей-квартира" (not a term's: "онлайн-приём врача")
    return word.islower() and _medical_term(lower)


@lru_cache(maxsize=50_000)
def _noun_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas, and an adjective's singular nominative in its own gender where it may stand for a noun
    ("постоянной" -> "постоянная", "кривую" -> "кривая"): the form the lexicon lists such a noun by."""
    out = set(lemmas(word))
    for p in parses(word):
        lemma_ = normalize_word(p.normal_form)
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender in _ADJECTIVE_ENDINGS \
                and lemma_[-2:] in ("ый", "ой", "ий"):
            hard = lemma_[-2:] != "ий" or lemma_[-3:-2] in "гкхжшчщ"
            out.add(lemma_[:-2] + _ADJECTIVE_ENDINGS[p.tag.gender][0 if hard else 1])
    return frozenset(out)


_ADJECTIVE_ENDINGS = {"femn": ("ая", "яя"), "neut": ("ое", "ее")}  # a full adjective's nominative singular, hard / soft


def _medical_term(word: str) -> bool:
    """An inanimate noun whose lemma ends in a disease's Greek or Latin suffix (_MEDICAL_TERM_ENDINGS, or "-ит" of
    _INFLAMMATION_SHORTEST letters or more), on its likely reading: "саркома", "тиреоидит" (the dictionary need not
    know it: its guess is by the same ending). Read in lowercase only (_eponyms_head): a capitalised "Бахрома" before
    "Назарова" is a first name."""
    found = parses(word)[:1]
    return any(p.tag.POS == "NOUN" and "inan" in p.tag
               and (p.normal_form.endswith(_MEDICAL_TERM_ENDINGS) or p.normal_form.endswith(_INFLAMMATION_ENDING)
                    and len(p.normal_form) >= _INFLAMMATION_SHORTEST) for p in found)
_NAME_JOINING_DASHES = frozenset("—–-")
_WORD_OR_MARK = re.compile(r"[^\W\d_]+|[^\w\s]")  # the words and marks before a span, one by one
_CO_NAMED = 2  # names a term may take before the one judged ("навье [стокса]", "эйнштейна подольского [розена]")
# Heads before a family's name in the plural that make it a building or a royal house, not people: "дом Бриннеров",
# "Дома Романовых". A dynasty, a line, a merchant family ("династия Ковалёвых", "род Хайруллиных", "купцы
# Шапошниковых") is people whose surname it is — their data, hidden (stop 39, fail closed: names_e37, names_z32 and
# names_f38 mark them names; only names_check8's "Династия Романовых", "Род Шереметевых", "Купцы Морозовы" do not).
# A man's surname in the nominative: "Кулаков", "Шевчуков", "Тараканов" (also "of kulaks", "of cockroaches").
_SINGULAR_SURNAME_SHAPE = re.compile(r"(?:[оеё]в|[иы]н)$")
_FAMILY_LINE_LEMMAS = {"дом"}


# Geographic nouns a place's own name stands beside in apposition: "в городе Грозном", "столица Острова Уайт", "на
# реке Мсте" (lemmas). One word after them, agreeing or not declining, is the place; a person is not named so.
_GEOGRAPHIC_LEMMAS = {"город", "остров", "река", "озеро", "полуостров", "залив", "пролив", "штат", "провинция",
                      "графство", "округ", "кантон", "эмират", "княжество", "королевство", "архипелаг", "вулкан",
                      "хребет", "пустыня"}


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+$")  # from a word's start only: linear


def _in_apposition_to_a_place(text: str, start: int, end: int) -> bool:
    """One word right after a geographic noun (_GEOGRAPHIC_LEMMAS), nothing but a space between, in the same case and
    number or not declining at all ("в городе Грозном", "на острове Уайт"): the place's name. A word in another case is
    no apposition ("мэр города Лужков"), nor is one after a title's place ("мэр города Адамс": the mayor)."""
    words = NAME_WORD.findall(text, start, end)
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if len(words) != 1 or before is None or lemma(before.group(1).lower()) not in _GEOGRAPHIC_LEMMAS:
        return False
    title = words_before(text, before.start(1), 24)[-1:]
    if title and (title[0].lower() in _TITLES or _role_lemma(title[0].lower()) in _PERSON_NOUN_LEMMAS):
        return False
    forms = _case_numbers(words[0])
    return forms is None or bool(forms & (_case_numbers(before.group(1)) or forms))


def _case_numbers(word: str) -> frozenset[tuple[str, str]] | None:
    """(case, number) of every noun or adjective reading; None for a word that is unknown or does not decline."""
    if _cases(word) is None:
        return None
    return frozenset((p.tag.case, p.tag.number) for p in parses(word)
                     if p.tag.case and (p.tag.POS in ("NOUN", "ADJF") or p.tag.grammemes & _PERSON))


_COMPOUNDS_FIRST_PART = re.compile(r"(?<![^\W\d_-])[^\W\d_]++-$")  # from a word's start to a compound's second part


_NOT_READ = object()


def _named_after(text: str, start: int, end: int) -> bool:
    """A span right after a place noun whose every word can be a genitive singular names the place: "в посёлке
    ильича" ("директор большого театра анатолий иксанов": a plural genitive reading names no place). Not
    with a first name and patronymic: a place is not named so, a person beside it is ("в парке ивана петровича")."""
    before = words_before(text, start, 16)
    words = [word.lower() for word in NAME_WORD.findall(text, start, end)]
    written = _WORD_BEFORE.search(text, max(0, start - 40), start)
    head = written.group(1) if written is not None else before[-1] if before else ""  # as written: its case counts
    part = _COMPOUNDS_FIRST_PART.search(text, max(0, written.start(1) - 30), written.start(1)) if written else None
    if part is not None and not _eponyms_head(head) and _eponyms_head(part.group() + head):
        head = part.group() + head  # "музей-усадьбу Николая Рериха": the compound's place part heads it
    if written is None and before and re.search(r"[.!?\n]", text[max(0, start - 40):start].lower().rsplit(before[-1], 1)[-1]):
        return False  # a stop between: "модемы в торговых точках.\nЮлия Шапошникова, менеджер" — the next sentence's
    co_named = _NOT_READ  # the term's names before the span: read once, by whichever test below asks first
    if before and words and not _eponyms_head(head):
        co_named = _term_named_after(text, start)
        if co_named is None:
            return False
        words = co_named + words
    elif not before or not words:
        return False
    if len(words) > 1 and any("Patr" in _person_kinds(word) for word in words):
        return False
    # right after a term (nothing but a space between) a name the dictionary does not know is read in the genitive
    # too: "синдром Туретта", "шкала Апгар"; not past a stop ("налоговые правила. Каллен считает": factRuEval dev)
    term = written is not None and _eponyms_head(head, places=False)
    if not term:
        if co_named is _NOT_READ:
            co_named = _term_named_after(text, start)
        term = co_named is not None
    return all(_genitive_singular(word) or (term and not is_known(word)) for word in words)


def _first_names_in_the_plural(text: str, start: int, end: int) -> bool:
    """Every word of the span a first name the dictionary knows and reads only as a dative plural: "помогаем другим
    Настям, Ваням, Машам" — children called so, no one person. A surname in the plural is a family ("к Ивановым"), and
    names_f38 marks "крестили Иванами" a name: they stay."""
    words = NAME_WORD.findall(text, start, end)
    if not words:
        return False
    for word in words:
        named = [p for p in parses(word.lower()) if "Name" in p.tag]
        if not named or not is_known(word) or "Surn" in _rare_kinds(word) \
                or any(p.tag.number != "plur" or p.tag.case != "datv" for p in named):
            return False  # a guess ("Гульназ"), a surname that is a plural genitive ("Хасанов"), "крестили Иванами"
    return True


def _genitive_singular(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses(word))


def _adjective_in_the_genitive(word: str) -> bool:
    return any(p.tag.POS == "ADJF" and p.tag.case == "gent" and p.tag.number == "sing" for p in parses(word))


def _term_named_after(text: str, start: int) -> list[str] | None:
    """The names a term (_EPONYM_LEMMAS, a disease by its suffix) takes before the span's, when one stands right before
    it: "синдром Вольфа — [Паркинсона]", "уравнения [навье]
    стокса" -> ["навье"] for "стокса"; None when no term heads the words before (up to _CO_NAMED name words, each a
    possible name in the genitive, no mark between)."""
    before = _WORD_OR_MARK.findall(text, max(0, start - 60), start)
    co_named: list[str] = []
    while before and len(co_named) < _CO_NAMED:
        written = before.pop()
        word = written.lower()
        if word in _NAME_JOINING_DASHES:
            continue  # "Навье — Стокса": the dash joins two authors of one term
        if not NAME_WORD.fullmatch(word):
            return None  # a comma or a stop: "метод, предложенный Рунге" is read as it stands
        if _eponyms_head(written, places=False):
            return co_named or None
        if not (may_be_a_name_part(word) or not is_known(word) or _adjective_in_the_genitive(word)) \
                or not _genitive_singular(word):
            return None  # "подольского": an adjective-like surname
        co_named.insert(0, word)
    if before and NAME_WORD.fullmatch(before[-1]) and _eponyms_head(before[-1], places=False):
        return co_named
    return None


def _by_a_method(text: str, start: int, end: int) -> bool:
    """A name after "по" that a method's, a test's or a diet's head governs (_BY_AN_AUTHOR_LEMMAS, one
    genitive word or a number between): "анализ мочи по [Нечипоренко]", "стол № 5 по [Певзнеру]", "окраску по Цилю —
    [Нильсену]" (up to _CO_NAMED names joined by dashes before it) — the method's author, not a person spoken of. Not
    after another head: "справка по Иванову", "перезвонить по Петровой"."""
    if not NAME_WORD.search(text, start, end):
        return False
    before = _WORD_OR_MARK.findall(text, max(0, start - 80), start)
    co_named = 0
    while before and before[-1].lower() != "по":
        word = before.pop()
        if word in _NAME_JOINING_DASHES:
            continue
        co_named += 1
        if co_named > _CO_NAMED or not NAME_WORD.fullmatch(word) or not _NAME_JOINING_DASHES & set(text[start - 4:start]):
            return False  # co-authors are joined by a dash ("по Цилю — Нильсену"), whatever case the dictionary reads
    if not before:
        return False
    before.pop()  # "по"
    heads = [word for word in before[-3:] if word != "№"][-2:]  # "стол № 5": the number is no word here
    if heads and lemmas(heads[-1].lower()) & _BY_AN_AUTHOR_LEMMAS or (heads and _eponyms_head(heads[-1], places=False)):
        return True
    return len(heads) == 2 and _genitive_noun(heads[-1]) and (bool(lemmas(heads[0].lower()) & _BY_AN_AUTHOR_LEMMAS)
                                                              or _eponyms_head(heads[0], places=False))


def _genitive_noun(word: str) -> bool:
    """A common noun on its likely reading, in the genitive: "мочи" of "анализ мочи"."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(word.lower())) and not _rare_kinds(word)


# "у м. тургеневская", "на м маяковская": the letter "м" after a preposition is "метро", and a station named after
# someone is a place (the letter before a span, or the second of the two letters an initials rule took in).
_METRO_BEFORE = re.compile(r"(?:^|[^\w])(?:у|на|от|до|возле|около|при|с)\s+м\.?\s*$", re.IGNORECASE)
_METRO_LETTER = re.compile(r"[мМ]\.?[ \t]+")


def _names_a_family_line(text: str, start: int, end: int) -> bool:
    """One word in the plural only, right after a house's head (_FAMILY_LINE_LEMMAS): "дом Бриннеров" is a building,
    "Дом Романовых" a royal house, no one person."""
    words = NAME_WORD.findall(text, start, end)
    before = words_before(text, start, 16)
    if len(words) != 1 or not before or not lemmas(before[-1].lower()) & _FAMILY_LINE_LEMMAS:  # "род": not "родиться"
        return False
    if before[-1].lower() in _NAMING_WORDS and _SINGULAR_SURNAME_SHAPE.search(words[0].lower()):
        return False  # "фамилия Кулаков", "моя фамилия тараканов": a naming word's -ов/-ин word is the surname it
        # names, whatever noun's genitive plural it also is ("фамилия Романовых", "-ых", stays a family line)
    found = [p for p in parses(words[0]) if p.tag.number]
    return bool(found) and all(p.tag.number == "plur" for p in found)


# Nouns before a work's or a brand's title in quotes: "картина «иван грозный и сын его иван»", "роман «анна
# каренина»", "торговая марка «белый медведь»" (lemmas; _THING_NOUNS are such heads too).
_WORK_NOUNS = {"картина", "роман", "фильм", "книга", "спектакль", "опера", "балет", "песня", "поэма", "повесть",
               "рассказ", "пьеса", "сериал", "альбом", "марка", "журнал", "газета", "программа", "передача",
               "фестиваль", "конкурс", "проект", "выставка", "мультфильм", "роль", "постановка", "симфония"}


_HEAD_BEFORE_QUOTE = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]*$")  # the word right before «
# Inside a quote, what marks speech or a record, not a title: "«Саня, Саня!»", "«Ivanova Svetlana, 15.07.1993»",
# "«Петров И.И.»" (an initial's dot), "«…зовут Анна: …»".
_SPEECH_IN_QUOTE = re.compile(r"[,.!?:;…—\d]")
# Inside a quote, a value a record holds: six digits or more, single blanks or hyphens between them ("268-845-327 28")
_A_VALUE_IN_QUOTE = re.compile(r"\d(?:[ -]?\d){5}")
# A colon right before the quote opens direct speech, never a title (Russian punctuation: «Он сказал: „…“»)
_SPEECH_BEFORE_QUOTE = re.compile(r":[ \t]*$")
# A comma and a dash right after the closing quote give the author's words after direct speech («…», — сказал он);
# a title is not followed by them. The redactor reads a normalized text, where "—" is "-".
_SPEECH_AFTER_QUOTE = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+[—–-][ \t]")  # from the quote's end only: linear


# Nouns whose quoted word is a person's name, not a title: "имя «Мамелфа»", "отчество «Борисович»", "фамилию «Зуев»".
_QUOTED_NAME_NOUNS = frozenset(form for stem in ("имя", "имени", "именем", "отчество", "отчества", "отчеством", "фамилия",
                                                 "фамилии", "фамилию", "фамилией", "прозвище", "прозвища", "прозвищем")
                               for form in (stem,))


_SIGNING_LEMMAS = frozenset({"подписать", "подписанный", "подписывать", "подписываться", "подписаться"})


def _in_a_titled_quote(text: str, start: int, end: int) -> bool:
    """A span inside one pair of quotes «…» that is a title — of a ship, a play, a prize, a café, a picture, a brand —
    whatever people it names: right after a noun for a thing it is in apposition to ("теплохода «Фёдор Достоевский»",
    "Гран-при «Иван Ярыгин»", "кофейню «Чехов и кофе»"; _WORK_NOUNS, _THING_NOUNS, or any inanimate common noun), or
    a quote of two words or more with no mark of speech or a record in it (_SPEECH_IN_QUOTE) and no naming cue before
    ("ставит «Евгения Онегина»", "смотрели «Машу и Медведя»"). Past a work or thing noun the title is the name
    only where the name opens it: a name another word of the title governs is the person the title speaks of, and
    factRuEval marks it one («альтернативный памятник Ельцину», статье «2009-й — год Чарльза Дарвина»). One name alone
    in quotes after a verb or a preposition stays a person ("откликается на «Мишу»", "написано «Карина»"): fail
    closed."""
    opening = text.rfind("«", max(0, start - 80), start)
    if opening < 0 or "»" in text[opening:start] or "»" not in text[end:end + 80] \
            or "«" in text[end:text.index("»", end)]:
        return False
    closing = text.index("»", end)
    if _SPEECH_BEFORE_QUOTE.search(text, max(0, opening - 4), opening):
        return False  # "вы сказали: «я Кузнецов»", "цитирую вас: «Кузнецов Пётр Сергеевич»": direct speech (red team bb5, 19)
    if _SPEECH_AFTER_QUOTE.match(text, closing + 1):
        return False  # "«Клаус был нам как отец», — говорит выпускница": direct speech, the author's words after it
    if any(cue.end() == opening + 1 for cue in _NICKNAME_CUE.finditer(text, max(0, opening - 40), opening + 1)):
        return False  # "округа звала «Генералом»", "подписывается «Лазарь Борисович Кацнельсон»": a name a verb gives
    named = words_before(text, opening, 20)[-1:]
    if named and named[0] in _QUOTED_NAME_NOUNS:
        return False  # "имя «Мамелфа»", "отчество «Борисович»": the quote is the name the noun speaks of
    if named and lemmas(named[0]) & _SIGNING_LEMMAS:
        return False  # "рукопись подписана «Мухаммад ибн Муса из Кудутля»": a signature, the signer's name (what NER
        # reads in it a person stays one; no new span is made here)
    head = _HEAD_BEFORE_QUOTE.search(text, max(0, opening - 30), opening)
    if head is not None and lemmas(head.group(1).lower()) & (_WORK_NOUNS | _THING_NOUNS | VESSEL_NOUNS):  # not "марк"
        return True  # any word of the title: "на теплоходе «Михаил [Кутузов]»", "на судне «Академик [Мстислав] Келдыш»"
        # (another mention finds a word of it) is the vessel's as the whole quote is
    if _A_VALUE_IN_QUOTE.search(text, opening + 1, closing):
        return False  # a record pasted in quotes, its person and a value of six digits or more: "попал текст «Игнатьев,
        # СНИЛС 268-845-327 28»" (issue 15, packed_ag57) — no title holds a person's number
    first_word = NAME_WORD.search(text, opening + 1, closing)
    if first_word is not None and first_word.start() < start and not text[first_word.end():start].strip() \
            and not text[end:closing].strip() and _title_in_apposition(first_word.group(), text[start:end]) \
            and not any(cue.end() == opening + 1 for cue in _NICKNAME_CUE.finditer(text, max(0, opening - 40), opening + 1)):
        return True  # «Капитан Хлебников», «Доктор Шапиро», «Мама Роза»: a title and a name, all the quote — a ship's, a clinic's
    if first_word is None or first_word.start() < start:
        return False  # a name governed inside a title points at the person («памятник Ельцину», «год Чарльза Дарвина»)
    quoted = text[opening + 1:closing]
    if head is not None:
        word = head.group(1).lower()
        if word not in _TITLES and not _person_noun(word) and not _rare_kinds(word) \
                and not _NICKNAME_WORD.fullmatch(word) \
                and any(p.tag.POS == "NOUN" and "inan" in p.tag and not p.tag.grammemes & {"Geox", "Abbr", "Orgn"}
                        for p in parses(word)):
            # any lifeless noun but a work's, a thing's or a vessel's (above) before a person's full name is a record
            # labelled by its person, no title: "Заявка «Анна Петрова» закрыта", "анкета «Иванов Пётр»" (fail closed)
            return lemma(word) in _NAMED_AFTER_SOMEONE or word in _NAMED_AFTER_SOMEONE or not _a_persons_full_name(quoted)
    return len(NAME_WORD.findall(quoted)) >= 2 and not _SPEECH_IN_QUOTE.search(quoted) \
        and _cue_before(text, opening) != "strong"


# Places, awards and events named after someone keep a quoted full name as their title: "Гран-при «Иван Ярыгин»",
# "мемориал «Виктор Цой»" (lexicon.EPONYM_PLACE_NOUNS and the events no lexicon list holds)
_NAMED_AFTER_SOMEONE = _NAMED_PLACE_LEMMAS | {"гран-при", "турнир", "чемпионат", "фестиваль", "конкурс",
                                                        "олимпиада", "марафон"}


def _a_persons_full_name(quoted: str) -> bool:
    """The quote is two or three words that read as a person's full name: a first name beside a surname or a
    patronymic ("Анна Петрова", "Иванов Пётр", "Сидорова Мария Ивановна") and nothing else."""
    words = NAME_WORD.findall(quoted)
    if not 2 <= len(words) <= 3 or quoted.strip() != " ".join(words):
        return False
    kinds = [_rare_kinds(word) | _top_kinds(word) for word in words]
    return any("Name" in k for k in kinds) and any(k & {"Surn", "Patr"} for k in kinds)


def _title_in_apposition(word: str, name: str) -> bool:
    """A capitalised title, role or kin noun in the case of the name after it ("Капитан Хлебников", "Капитане Шумове",
    "Мама Роза"; an undeclined name agrees with any): in apposition to the name, not governing it («памятник Ельцину»)."""
    lower = word.lower()
    if not word[:1].isupper() or not (lower in _TITLES or _role_before_a_name(word) or _person_noun(lower)):
        return False
    theirs = _cases(NAME_WORD.findall(name)[0]) if NAME_WORD.findall(name) else None
    return theirs is None or bool(theirs & (_cases(lower) or frozenset()))


# One to three dotted initials right before a span ("Б. А. " of "имени Б. А. Нелюбина"): from the initials' start only.
_DOTTED_INITIALS_BEFORE = re.compile(r"(?<![^\W\d_])(?:[А-ЯЁ]\.[ \t]*){1,3}\Z")
_DOTTED_INITIALS_OPENING = re.compile(r"(?:[А-ЯЁ]\.[ \t]*){1,3}(?=[А-ЯЁ][а-яё])")  # a span's opening initials, up to its surname
# One to three letters said by name right before a span ("пэ вэ" of "имени пэ вэ алабина"): from the span's start only.
_SAID_INITIALS_BEFORE = re.compile(r"(?<![^\W\d_])((?:[а-яё]{1,2}[ \t]+){1,3})\Z")


def _past_said_letters(text: str, start: int, end: int | None) -> int:
    """Where the span's first word that is no letter said by name begins ("вэ алабина" -> "алабина")."""
    for word in NAME_WORD.finditer(text, start, end if end is not None else start):
        if word.group().lower() not in SPOKEN_LETTERS:
            return word.start()
    return start


def _place_head_before(text: str, start: int) -> bool:
    """The word right before `start` names a place, an institution or an eponym's head ("имени", "улица", "музей")."""
    before = words_before(text, start, 24)
    return bool(before) and (_place_head(before[-1]) or before[-1] in STREET_WORDS
                             or bool(lemmas(before[-1]) & (_NAMED_PLACE_LEMMAS | _EPONYM_LEMMAS)))


# An office's abbreviation in capitals right before a name ("ОСП по Октябрьскому АО;Мухаметшин Р.Р.", "СО по Кировскому
# АО Ярошенко Т.В."): from the abbreviation's first letter only, to the name's start.
_CAPITALS_BEFORE = re.compile(r"(?<![\w])[А-ЯЁ]{2,}[ \t;:,]*$")


def _a_nominative_first_name_and_patronymic(text: str, start: int, end: int | None) -> bool:
    """The span opens with a first name and a patronymic that can only be nominative ("начальник станции Олег
    Дмитриевич Бурлаков предложил"): a place or a body is named after someone in the genitive ("станции имени Олега
    Дмитриевича", "улица Ивана Петровича"), so the name after its head is the sentence's own person (issue 15, stop 53:
    natasha's span, dropped by the place's head before)."""
    if end is None:
        return False
    words = list(NAME_WORD.finditer(text, start, end))[:2]
    return _first_name_and_patronymic(words) and not any(
        p.tag.case != "nomn" for p in parses(words[1].group()) if "Patr" in p.tag)


def _past_a_nickname_word(text: str, start: int, end: int) -> int:
    """A span's start past a nickname's own word that opens it ("[Позывной Марка], «Кречет»": the dictionary read
    "Позывной" as an adjective's surname): the cue names, it is no name."""
    first = NAME_WORD.match(text, start)
    if first is None or first.end() >= end or not _NICKNAME_WORD.fullmatch(first.group()):
        return start
    following = NAME_WORD.search(text, first.end(), end)
    return following.start() if following is not None else start


def _an_official_after_an_office(text: str, start: int, end: int | None) -> bool:
    """A surname with two dotted initials right after an office's abbreviation in capitals is the official's name, not
    the office's: a company or a district is not named "Surname И.О." (an eponym puts the initials first)."""
    return end is not None and _ENDING_IN_INITIALS.search(text, max(start, end - 6), end) is not None \
        and _CAPITALS_BEFORE.search(text, max(0, start - 12), start) is not None


@read_once_per_document  # asked of a span before and after its widening, of a name's words again
def _names_a_place(text: str, start: int, end: int | None = None, letters_read: bool = False,
                   next_word: bool = True) -> bool:
    """"улица Ленина", "Невском проспекте", "имени Гагарина", "д. Кармаскалы", "ООО «Волгатранс»":
    a street, village or company named after someone is not that person's data. `next_word=False`: without the last
    reading, a street's word right after the span ("Ленина улица")."""
    # the said letters before the name's word, the span's own first words among them ("имени а [эс пушкина]")
    name_word = _past_said_letters(text, start, end)
    initials = None if letters_read else _SAID_INITIALS_BEFORE.search(text, max(0, name_word - 24), name_word)
    if initials and all(word in SPOKEN_LETTERS for word in initials.group(1).split()) \
            and any(len(word) == 2 for word in initials.group(1).split()) \
            and _place_head_before(text, initials.start(1)) and _all_genitive(text, name_word, end) \
            and _names_a_place(text, initials.start(1), end, letters_read=True):
        return True  # "музее имени пэ вэ алабина": initials said as letters between the head and the name
    opening = _DOTTED_INITIALS_OPENING.match(text, start, end) if end is not None else None
    if opening and opening.end() < end and _named_after_imeni(text, opening.end(), end, start):
        return True  # the span took the initials in: "премии имени академика [А. И. Мальцева]"
    dotted = _DOTTED_INITIALS_BEFORE.search(text, max(0, start - 12), start)
    if dotted and end is not None and _place_head_before(text, dotted.start()) \
            and words_before(text, dotted.start(), 24)[-1:] != [] and _all_genitive(text, start, end) \
            and _names_a_place(text, dotted.start(), end):
        return True  # "премию имени Б. А. Нелюбина", "ВГМУ им. Н. Н. Бурденко": the initials between head and name
    if dotted and end is not None and dotted.end() >= start - 1 \
            and _named_for_a_ranked_one(text, start, end, words_before(text, dotted.start(), 60), dotted.start()):
        return True  # "школе имени Героя Советского Союза П. Д. Кравца"
    before = words_before(text, start, 40)
    on_behalf = len(before) >= 2 and before[-1] in ("имени", "им") and before[-2] in ("от", "по")
    if before and _place_head(before[-1]) and not on_behalf and not _an_official_after_an_office(text, start, end) \
            and not _a_nominative_first_name_and_patronymic(text, start, end) \
            and not re.search(r"\d", text[max(0, start - 40):start].lower().rsplit(before[-1], 1)[-1]):
        # (a number between heads nothing: "43-ИМ-0071822<TAB>09.10.2025<TAB>Бакулев Сергей" — an order's code, stop 59)
        return True  # "действует от имени Саркисян Нарине", "по имени Иван": a person's, not a place's
    if end is not None and len(before) >= 2 and before[-2] in ("имени", "им") and before[-3:-2] not in (["от"], ["по"])\
            and may_be_a_name_part(before[-1]) and _all_genitive(text, start, end) \
            and not re.search(r"[^\w\s]", text[max(0, start - 40):start].rsplit(before[-2], 1)[-1]):
        return True  # "имени Нурмухаммета Гилязова": a first name between (not "имени Добролюбова Екатерина Ли")
    if end is not None and _named_for_a_ranked_one(text, start, end, before):
        return True  # "школы имени Героя Советского Союза Матросова": the rank's words between the place's head and the name
    if len(before) >= 2 and (before[-2] in STREET_WORDS or _compound_eponyms_head_before(text, start)) \
            and (_a_genitive_rank(before[-1]) or _a_genitive_first_name(before[-1])) \
            and not re.search(r"[^\w\s]", text[max(0, start - 40):start].lower().rsplit(before[-1], 1)[-1]) \
            and _all_genitive(text, start, end):
        return True  # "проезд академика Сахарова", "улице Мустая [Карима]", "Дом-музей Германа [Брахерта]": the rank or
        # first name is the place's too (an eponym's compound head only: "театра Ивана [Петрова]" is left as it was)
    if end is not None and before and before[-1] == "и" and _all_genitive(text, start, end, only=True):
        # "площади Минина и Пожарского", "улица Маркса и Энгельса": the head governs both names it joins
        earlier = list(NAME_WORD.finditer(text, max(0, start - 40), start))
        if len(earlier) >= 2 and earlier[-1].group().lower() == "и" \
                and _all_genitive(text, *earlier[-2].span()) and _names_a_place(text, *earlier[-2].span()):
            return True
    inside = list(NAME_WORD.finditer(text, start, end)) if end is not None else []
    if len(inside) > 1 and _named_after(text, inside[1].start(), end):
        return True  # the head taken into the span: "в финале [Мемориала Ивана Глинки]", "до [Кубка Билли Джин Кинг]"
    if end is not None and (_place_after_preposition(text, start, end) or _named_after(text, start, end)
                            or _by_a_method(text, start, end) or _first_names_in_the_plural(text, start, end)
                            or _in_apposition_to_a_place(text, start, end) or _names_a_family_line(text, start, end)
                            or _in_a_titled_quote(text, start, end) or _an_animals_or_vessels_name(text, start, end)
                            or _dedicated_to_a_saint(text, start, end)):
        return True
    if len(inside) > 1 and _an_animals_or_vessels_name(text, inside[1].start(), end) \
            and _head_of_a_kind(inside[0].group(), ANIMAL_NOUNS | VESSEL_NOUNS):
        return True  # the noun taken into the span: "[кот тимофей]", "[ледокол ленин]"
    metro = _METRO_LETTER.match(text, start)  # a span that took in the "м" itself: "у [м маяковская]"
    if _SETTLEMENT_BEFORE.search(text[max(0, start - 8):start]) and not _a_persons_whole_name(text, start, end) \
            or _METRO_BEFORE.search(text[max(0, start - 12):metro.end() if metro else start]):
        return True
    if end is not None and next_word:
        # the whole next word: a window cut through "(1986-07-19) продиктовал" read "пр" (проспект)
        after = _NEXT_PLACE_WORD.match(text, end)
        # past a comma only an abbreviated street word ("Ленина, ул."): "Лидия Фёдоровна Ушакова, улица Труфанова"
        # is a name, then the address's field; so is a first name in the nominative with its surname ("кл. Молодец
        # Иван, ул. не указана": a street is named in the genitive, "Ивана Франко, ул.")
        # nor is a first name and surname in the nominative before a street's word with nothing between: speech runs
        # sentences together ("отвечает историк лариса гордеева улица появилась"): a street is named in the genitive
        if after and after.group(1).lower() in STREET_WORDS and not _nominative_full_name(text, start, end) \
                and ("," not in text[end:after.start(1)] or text[after.end(1):after.end(1) + 1] == "."):
            return True
    return False


def _a_persons_whole_name(text: str, start: int, end: int | None) -> bool:
    """Whether a span after a settlement's letter ("г.", "д.", "с.") is a person's whole name all the same: a surname
    with its initials, or a word the dictionary reads as a patronymic after the first — "1985 г. Новиков Я. Ю.",
    "г. Новиков Ярослав Юрьевич" (a birth year's "г." is the year's; a town has no initials and no patronymic). The
    place reading may only drop a name that has neither (stop 58: the realistic proxy bench's comment "… 1985 г.
    Новиков Я. Ю." showed the surname)."""
    if end is None:
        return False
    words = list(NAME_WORD.finditer(text, start, end))
    if words and _INITIALS_AFTER_A_NAME.match(text, words[0].end()):
        return True  # two initials after the surname (_INITIALS_AFTER_A_NAME)
    return any("Patr" in _top_kinds(word.group()) for word in words[1:])


_COMPOUND_BEFORE_TWO_WORDS = re.compile(r"(?<![^\W\d_-])[^\W\d_]++-[^\W\d_]++[ \t]++[^\W\d_]++[ \t]++$")  # from a word's start


def _named_after_imeni(text: str, start: int, end: int, words_end: int) -> bool:
    """The surname at `start` follows "имени" (not "от имени", "по имени"), a rank between or not, with initials
    between them and the surname (`words_end`: where the initials begin): "имени А. И. Мальцева", "имени академика
    В. А. Коптюга". Only after "имени": a capital initial before a surname reads as any abbreviation elsewhere ("Г.
    Шульцем" is no town's "г.")."""
    before = words_before(text, words_end, 60)
    if len(before) >= 1 and before[-1] in ("имени", "им") and before[-2:-1] not in (["от"], ["по"]):
        return _all_genitive(text, start, end)
    return _named_for_a_ranked_one(text, start, end, before, words_end)


def _compound_eponyms_head_before(text: str, start: int) -> bool:
    """The word before the word before `start` is a compound whose place part heads an eponym ("Дом-музей Германа
    [Брахерта]", "музей-квартира Ивана [Крылова]")."""
    compound = _COMPOUND_BEFORE_TWO_WORDS.search(text, max(0, start - 60), start)
    return compound is not None and _eponyms_head(compound.group().split()[0])


def _nominative_full_name(text: str, start: int, end: int) -> bool:
    """Two words or more, one a first name whose likely reading is the nominative ("Молодец Иван")."""
    words = NAME_WORD.findall(text, start, end)
    return len(words) >= 2 and any("Name" in _top_kinds(word) and parses(word)[0].tag.case == "nomn" for word in words)


def _place_head(word: str) -> bool:
    """A word after which a name is a street's, a station's or a company's: "улица", "имени", "метро", "ООО"."""
    return word in STREET_WORDS or word in _PLACE_BEFORE or word in _ORG_FORMS


_RANK_WORDS = 4  # words a rank may take between "имени" and the name ("Героя Советского Союза", "генерал-майора")


def _named_for_a_ranked_one(text: str, start: int, end: int, before: list[str], words_end: int | None = None) -> bool:
    """After "имени" (not "от имени", "по имени"), a rank or title in the genitive (_a_genitive_rank) with the words of
    its own name — in the genitive, none a person's ("Советского Союза", "Социалистического Труда") — and then the
    name: "школа имени Героя Советского Союза Матросова", "улица имени академика Павлова". `before`: the words before
    `words_end` (the name's start, or its initials' where they stand between: "… Союза П. Д. Кравца")."""
    words_end = start if words_end is None else words_end
    for k in range(len(before) - 2, max(-1, len(before) - 2 - _RANK_WORDS), -1):
        if before[k] not in ("имени", "им"):
            continue
        between = before[k + 1:]
        if (k > 0 and before[k - 1] in ("от", "по")) or not _a_genitive_rank(between[0]) \
                or re.search(r"[^\w\s-]", text[max(0, words_end - 60):words_end].lower().rsplit(between[0], 1)[-1]):
            return False
        return all(_a_genitive_rank(word) or (not _rare_kinds(word) and any(p.tag.case == "gent" for p in parses(word)))
                   for word in between[1:]) and _all_genitive(text, start, end)
    return False


# A saint's titles (lemmas): "церковь апостола Петра", "Крест святого Адальберта", "больницы Святителя Иоасафа".
_SAINTS_TITLES = frozenset({"святой", "апостол", "преподобный", "святитель", "великомученик", "великомученица",
                            "мученик", "мученица", "праведный", "благоверный", "равноапостольный", "архангел",
                            "блаженный", "угодник"})
# What is dedicated to a saint besides the places and eponyms' heads (lemmas): "Крест святого Адальберта", "башней
# святого Олафа", "больницы Святителя Иоасафа", "кирха Святого Михаила", "икона святителя Луки".
_DEDICATED_LEMMAS = frozenset({"больница", "крест", "кирха", "башня", "икона", "придел", "ворота", "орден", "братство",
                               "приход", "подворье", "скит", "пустынь", "источник", "колодец"})


def _dedicated_to_a_saint(text: str, start: int, end: int) -> bool:
    """A saint's name after a saint's title in the genitive that a building's, a place's or a thing's noun governs is
    what the thing is dedicated to, not a person's data: "церковь апостола [Петра]", "Крест святого [Адальберта]",
    "башней святого [Олафа]", "больницы Святителя [Луки Крымского]". Where no such noun governs the title the saint
    is spoken of, as any person ("слова преподобного Серафима Саровского", "в честь апостолов Петра и Павла",
    "преподобный Антоний основал")."""
    before = words_before(text, start, 40)
    if len(before) < 2 or not (lemmas(before[-1]) & _SAINTS_TITLES) \
            or not any(p.tag.case == "gent" for p in parses(before[-1]) if p.normal_form in _SAINTS_TITLES) \
            or re.search(r"[^\w\s-]", text[max(0, start - 40):start].lower().rsplit(before[-2], 1)[-1]):
        return False
    head = before[-2]
    if not (_eponyms_head(head) or lemmas(head) & (_DEDICATED_LEMMAS | _THING_NOUNS | HOUSE_WORDS)):
        return False
    return all(_genitive_singular(word) or _adjective_in_the_genitive(word) or not is_known(word)
               for word in (w.lower() for w in NAME_WORD.findall(text, start, end)))


def _a_genitive_rank(word: str) -> bool:
    """A title or rank in the genitive between a place's head and the name ("академика", "маршала", "генерала"): a
    noun the dictionary knows only as an animate common noun (_role_before_a_name), read here in the genitive."""
    return _role_before_a_name(word) and any(p.tag.case == "gent" and p.tag.POS == "NOUN" for p in parses(word))


def _a_genitive_first_name(word: str) -> bool:
    """A first name in the genitive between a place's head and a surname ("улица Мустая Карима", "проспекту Салавата
    Юлаева"): the surname said there alone, as another mention of the name, is the street's name too."""
    lower = word.lower()
    return any(p.tag.case == "gent" and "Name" in p.tag for p in parses(lower)) \
        or (may_be_a_name_part(lower) and "Name" in _rare_kinds(lower))  # "Мустая": the dictionary's guess is no genitive


def _all_genitive(text: str, start: int, end: int | None, only: bool = False) -> bool:
    """Every word of the span can be a genitive singular (the case a place's head governs its name in); `only`: and
    none can be a nominative — "на улице Ленина и Петров звонил", "… и Сидорова звонила" stay names — unless the
    dictionary knows it as a word that does not decline, which reads every case alike ("улиц Чапаева и Фрунзе"; a
    guess is no such evidence: "из Сеула и Вэнем Цзюнем")."""
    words = [word.lower() for word in NAME_WORD.findall(text, start, end if end is not None else start)]
    return bool(words) and all(any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses(word))
                               and not (only and any(p.tag.case == "nomn" and ("Fixd" not in p.tag or not is_known(word))
                                                     for p in parses(word)))
                               for word in words)


_LATIN_RUN = re.compile(r"(?<![\w@.])(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){1,2}(?![\w@])")


def _icao_reading(word: str) -> str:
    """A Latin name as ICAO Doc 9303 spells Russian passports and bank cards: "ю" as "iu", "я" as "ia", "й" as "i" —
    "IURII" (Юрий), "MARIIA" (Мария), "DMITRII" (Дмитрий); a final "ии" read as a first name's "-ий"; and "ия" as the
    older passports wrote it, "iya" ("KSENIYA": the usual table reads "iy" as "ий" first)."""
    cyrillic = latin_to_cyrillic(word.lower().replace("iya", "ия").replace("iu", "ю").replace("ia", "я"))
    return cyrillic[:-2] + "ий" if len(cyrillic) > 3 and cyrillic.endswith("ии") else cyrillic


def _to_cyrillic(word: str) -> str:
    """A Latin name back to Cyrillic for the dictionary (recognizers/lexicon.py), "-ый" read as "-ий"; the ICAO spelling
    of a card or a passport when only it reads as a name ("SMETANIN IURII", stop 59)."""
    cyrillic = latin_to_cyrillic(word)
    if not _top_kinds(cyrillic) & {"Name", "Surn", "Patr"}:
        icao = _icao_reading(word)
        if icao != cyrillic and _top_kinds(icao) & {"Name", "Surn", "Patr"}:
            return icao
    if len(cyrillic) > 3 and cyrillic.endswith("ы") and cyrillic[-2] in "бвгджзклмнпрстфхцчшщ" \
            and "Name" in _top_kinds(cyrillic[:-1] + "ий"):
        return cyrillic[:-1] + "ий"  # "Dmitry", "Valery": an English "-y" after a consonant is "-ий" in a first name
    return cyrillic[:-1] + "й" if cyrillic.endswith("ы") and len(cyrillic) > 3 else cyrillic


_L_BEFORE_CONSONANT = re.compile(r"л(?=[бвгджзклмнпрстфхцчшщ])")


def _soft_l(word: str) -> str:
    """A Latin word spelled back with "ль" for an "l" before a consonant ("Olga" -> "ольга") and "дж" for an English
    initial "j" ("John" -> "джон"): the other readings of _to_cyrillic's "л" and "й" ("Volkov" keeps "волков")."""
    cyrillic = _L_BEFORE_CONSONANT.sub("ль", _to_cyrillic(word).lower())
    if word[:1] in "jJ" and word[1:2].lower() in "aeiou":
        cyrillic = "дж" + _to_cyrillic(word[1:]).lower()
    return cyrillic


def _latin_first_name(word: str) -> bool:
    """A Latin word that spells back a first name the dictionary knows, on either reading (_to_cyrillic, _soft_l)."""
    return any("Name" in _person_kinds(cyrillic) and is_known(cyrillic)
               for cyrillic in {_to_cyrillic(word), _soft_l(word)})


def _latin_names(text: str) -> list[tuple[int, int]]:
    """"Anna Kuznetsova", "IRINA SOLOVYEVA", "Nino Beridze": two or three capitalised Latin words one of
    which, spelled back in Cyrillic, is a first name or patronymic the dictionary knows."""
    out = []
    for match in _LATIN_RUN.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        while words and words[0].group().lower() in _LATIN_NOT_NAMES:
            words.pop(0)
        while words and words[-1].group().lower() in _LATIN_NOT_NAMES:
            words.pop()
        if len(words) < 2 or any(w.group().lower() in _LATIN_NOT_NAMES or w.group().lower() in _LATIN_ORG_WORDS
                                 for w in words):
            continue
        if _reads_as_latin_name([w.group() for w in words]):
            out.append((match.start() + words[0].start(), match.start() + words[-1].end()))
    return out


_LATIN_LOWER_WORD = re.compile(r"(?<![\w@.\-])[a-z]{2,}(?![\w@]|\.[a-z])")
_ENGLISH_WORDS = {"is", "my", "me", "am", "hi", "to", "in", "on", "at", "by", "it", "an", "as", "or", "so", "no", "we",
                  "he", "she", "his", "her", "you", "your", "name", "from", "with", "this", "that", "here", "there",
                  "hello", "dear", "thanks", "thank", "please", "lost", "call", "sim", "card", "phone", "number",
                  # the words of error and log lines ("body is not valid json"): no name stands beside them
                  "not", "valid", "invalid", "body", "error", "request", "response", "json", "field", "value", "missing",
                  "required", "must", "be", "should", "found", "unknown", "allowed", "method", "type", "string", "null",
                  "true", "false", "id", "key", "token", "user", "server", "client", "bad", "ok", "all", "and", "the",
                  "for", "new", "old", "get", "set", "post", "put", "delete", "path", "query", "header", "content",
                  "length", "too", "long", "large", "empty", "expected", "got", "of", "limit", "timeout", "failed"}
# Naming words before a lone Latin name: Russian ones, and Russian typed in Latin; not English "name" (a JSON key in
# every log line, "name": "action").
_LATIN_NAMING_CUES = {"зовут", "имя", "фамилия", "кл", "клиент", "абонент", "владелец", "держатель", "familiya",
                      "imya", "zovut", "я", "это"}


_LATIN_SURNAME_CUES = {"фамилия", "familiya", "familia"}  # not "surname": a JSON key ("owner_surname", "hide")


def _lowercase_latin_names(text: str) -> list[tuple[int, int]]:
    """"ivan petrov", "меня зовут aziz": a name typed in lowercase Latin letters — two adjacent Latin words one of
    which, spelled back in Cyrillic, is a first name the dictionary knows and the other a name part on some reading;
    or a known first name right after a naming cue. Mail addresses and domains are not read
    (a letter, dot or @ glued to the word)."""
    words = list(_LATIN_LOWER_WORD.finditer(text))
    if not words:
        return []
    not_names = _LATIN_NOT_NAMES | _LATIN_ORG_WORDS | _LATIN_NAMING_CUES | _ENGLISH_WORDS
    kinds = [_rare_kinds(_to_cyrillic(w.group())) if w.group() not in not_names else frozenset() for w in words]
    first = [_latin_first_name(w.group()) and w.group() not in not_names for w in words]
    out = []
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if text[a.end():b.start()].strip() or _in_english_prose(text, a.start(), b.end()):
            continue
        # a known first name beside a word that reads as a name part, or beside any word that is no English,
        # organisation or cue word ("sergey kot", "tsoy artem", "oleg mirnyi")
        if (first[i] and (kinds[i + 1] or (b.group() not in not_names and len(a.group()) > 2))) \
                or (first[i + 1] and (kinds[i] or (a.group() not in not_names and len(b.group()) > 2))):
            out.append((a.start(), b.end()))
    for i, word in enumerate(words):
        cue = words_before(text, word.start(), 30)[-1:]
        if first[i] and cue and cue[0].lower() in _LATIN_NAMING_CUES:
            out.append(word.span())
        elif cue and cue[0].lower() in _LATIN_SURNAME_CUES and word.group() not in not_names:
            out.append(word.span())  # "familiya nomerov": after the word for a surname any Latin word is one
    return out


_ENGLISH_FUNCTION_WORDS = frozenset({"the", "a", "an", "has", "have", "had", "is", "are", "was", "were", "with", "of",
                                     "in", "on", "at", "to", "for", "and", "its", "their", "this", "that", "will"})
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")


def _in_english_prose(text: str, start: int, end: int) -> bool:
    """Two or more English function words among the Latin words within 40 characters of a span, and no Cyrillic
    there: the span is a run of English prose ("The inn has 12 rooms"), where a name would be capitalised."""
    window = text[max(0, start - 40):end + 40]
    if _CYRILLIC.search(window):
        return False
    return sum(w.lower() in _ENGLISH_FUNCTION_WORDS for w in _LATIN_WORD.findall(window)) >= 2


# The Russian cues before a name typed in Latin letters ("Kl. Orlova E.V.", "Abonent Smirnov"): cues, no names.
_LATIN_TYPED_CUES = ("kl", "klient", "abonent", "vladelets", "vladelec")
# Where English text names its writer or a contact: a sign-off, a self-introduction, a contact line.
_ENGLISH_NAMING_CUE = ReadOnceAWhole(re.compile(
    r"(?<![\w\"'.\-])(?:(?:best|kind|warm)\s+regards|regards|sincerely|cheers|thanks|thank\s+you|my\s+name\s+is"
    r"|this\s+is|contact(?:\s+person)?|contact\s+name|(?:full\s+)?name(?=[ \t]*:)|"
    # an English form's people: "Name: Sergey Ten", "Manager: A. Kuznetsova", "Employee: …"
    r"(?P<role>(?:customer|client|caller|subscriber|manager|employee|"
    r"(?:account\s+)?holder|owner|mr|mrs|ms|miss|" + "|".join(_LATIN_TYPED_CUES) + r")\.?))(?:[ \t]*[,:—])?[ \t\n]+",
    re.IGNORECASE))  # not "contact-info"; "Kl. Orlova", "Abonent Smirnov": the Russian cues typed in Latin letters
# After a role ("Customer John Smith", bb M13; the English of "клиент", "абонент", "владелец") the name is
# capitalised, and two words or a first name the dictionary knows: "customer service", "Customer Support" name nobody.
_LATIN_WORD_AT = re.compile(r"(?<![^\W\d_])((?:[OD]['’](?=[A-Z]))?(?:[A-Za-zÀ-ÿ][a-zà-ÿ'’]+|[A-Z][A-Za-z]+)(?:-[A-Z]?[a-z]+)?)"
                            r"(?:[ \t]+|(?=[^\w]|$))")  # from a position: linear; "Jan-Willem"; "O'Connor", "D'Souza"
# The lowercase particles inside a name written in Latin letters: "Rodrigo Carvalho da Silva", "Jan van der Berg".
_LATIN_NAME_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den",
                                   "ter", "ten", "la", "le", "du", "al", "el", "bin", "ibn"})
_LATIN_PARTICLES_AT = re.compile(r"(?:(?:" + "|".join(sorted(_LATIN_NAME_PARTICLES, key=lambda w: (-len(w), w)))
                                 + r")[ \t]+){1,2}(?=[A-Z])")  # from a position: linear


def _latin_name_words(text: str, at: int, capitalised: bool) -> list[tuple[int, int]]:
    """Up to three Latin words from `at` that may be a name (each capitalised, if asked), none an English or
    organisation word; punctuation or the line's end after a word closes the name."""
    words: list[tuple[int, int]] = []
    while len(words) < 3:
        particles = _LATIN_PARTICLES_AT.match(text, at) if words and capitalised else None
        at = particles.end() if particles else at  # "da Silva", "van der Berg": inside the name, counted with its word
        match = _LATIN_WORD_AT.match(text, at)
        if match is None or (capitalised and not text[match.start(1)].isupper()) \
                or match.group(1).lower() in _LATIN_NOT_NAME_WORDS and not (capitalised and _a_name_syllable(match.group(1))):
            break
        words.append(match.span(1))
        at = match.end()
        if text[match.end(1):match.end(1) + 1] not in (" ", "\t"):
            break
    return words


_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+[ \t]+$")  # a capitalised Latin word right before a position


def _a_name_syllable(word: str) -> bool:
    """A capitalised word of two or three letters: a syllable of a Vietnamese, Chinese or Korean name ("Nguyen Van An",
    "Le Van Do", "Tran Thi My") even when it is also an English or French word ("an", "do", "my", "le") — an English
    word inside a run of capitalised words is not capitalised (red team bb13, 05); not an organisation's word ("Inc",
    "The", "Ltd")."""
    return 2 <= len(word) <= 3 and word.istitle() and word.lower() not in _LATIN_ORG_WORDS - _LATIN_NAME_PARTICLES


def _latin_first_name_read(word: str) -> bool:
    """A Latin word spelled back in Cyrillic that the dictionary knows as a first name ("John", "Olga")."""
    cyrillic = _to_cyrillic(word.lower())
    return "Name" in _person_kinds(cyrillic) and is_known(cyrillic)


def _latin_names_after_english_cues(text: str) -> list[tuple[int, int]]:
    """"Best regards, John Smith", "thanks, ben", "my name is anzhela vaccaro", "contact: jonas müller": one to three
    Latin words after an English sign-off or introduction, none an English or organisation word. After "this is" and
    "thanks" the first word must read as a first name ("this is great", "thanks again" name nobody)."""
    out = []
    for cue in _ENGLISH_NAMING_CUE.finditer(text):
        # a form's field or a role names a capitalised name, its first name perhaps an initial ("Manager: A.
        # Kuznetsova"), its short words a name's syllables ("Name: Sergey Ten")
        field = cue.group("role") is not None or cue.group().lower().startswith(("name", "full"))
        initial = _LATIN_INITIAL_AT.match(text, cue.end()) if field else None
        words = _latin_name_words(text, initial.end() if initial else cue.end(),
                                  capitalised=field and text[cue.end():cue.end() + 1].isupper())
        if not words:
            continue
        if initial:
            words = [(cue.end(), cue.end() + 1)] + words
        cue_words = cue.group().lower().split()
        reads_as_first_name = _latin_first_name_read(text[slice(*words[0])])
        if cue_words[0] in ("this", "thanks", "thank") and not reads_as_first_name:
            continue
        if cue.group("role"):
            capitalised = 0
            while capitalised < len(words) and text[words[capitalised][0]].isupper():
                capitalised += 1
            words = words[:capitalised]  # "Customer John Smith called": the name ends at "called"
            if not words:
                continue  # "Client Petrov called": a role names the capitalised word after it, whatever it reads as
        out.append((words[0][0], words[-1][1]))
    return out


# Where a chat or a letter in English, German or Turkish names a person (issue 15, stop 46: the expats' desk) — read on
# the text without its Latin marks, as person_spans reads ("Grüßen" as "Grusen", "oğlum" as "oglum"):
# - a greeting that addresses someone, the name closed by punctuation ("Hello, Kwame!", "Good afternoon, Fiona!",
#   "Guten Tag, Frau Lindemann!", "Hi, Sofía García López here");
# - a title ("Herr Weber", "Frau Gruber", "Prof. Giorgos Papadopoulos"; capitalised only: "MS Teams" is none);
# - a relative ("my son Mateo", "wife of Park Ji-hoon", "meiner Tochter Hanna", "mein Mann, Jörg", "oğlum Kerem");
# - a self-introduction ("I'm Fiona MacLeod", "ich bin …", "hier nochmal Klaus-Dieter Dietrich", Turkish "ben Emre
#   Öztürk", "benim adım …") and a German or Turkish sign-off ("Gruß, Anja Wolff", "Mit freundlichen Grüßen Heike
#   Vogel", "Saygılarımla …"): there a capitalised German noun or an English word may follow too ("ich bin Kunde"), so
#   the name is two words or its first reads as a first name.
_FOREIGN_GREETING = (r"(?:hello|hi(?:[ \t]+there)?|hey|dear|good[ \t]+(?:morning|afternoon|evening|day)|thank[ \t]+you"
                     r"|thanks|guten[ \t]+(?:tag|morgen|abend)|gru(?:ss|s)[ \t]+gott|hallo|liebe[rs]?|sehr[ \t]+geehrte[rs]?"
                     r"|merhaba|selam|iyi[ \t]+gunler)")
_FOREIGN_TITLE = r"(?-i:Herr|Frau|Mr|Mrs|Ms|Miss|Dr|Prof|Sayin|Bay|Bayan)\.?"
_FOREIGN_RELATIVE = (r"(?:my|our|his|her)[ \t]+(?:son|daughter|wife|husband|friend|colleague|brother|sister|mother|father"
                     r"|mom|mum|dad|boss|partner|child|kid)|(?:wife|husband|son|daughter|mother|father)[ \t]+of"
                     r"|(?:mein|meine|meiner|meinem|meinen|unsere?[rmn]?)[ \t]+(?:sohn|tochter|mann|frau|freund(?:in)?"
                     r"|bruder|schwester|kolleg(?:e|in|en)|chef(?:in)?|vater|mutter|kind)"
                     # Turkish lowercase only ("Karim" is a name), and not "eşim": without its mark it is "esim", eSIM
                     r"|(?-i:oglum|kizim|kocam|karim|annem|babam|arkadasim|kardesim)")
_FOREIGN_SELF = (r"i['’]m|i[ \t]+am|ich[ \t]+bin|ich[ \t]+hei(?:ss|s)e|mein[ \t]+name[ \t]+ist|hier[ \t]+(?:ist|spricht|nochmal)"
                 r"|benim[ \t]+adim|(?-i:ben)(?:[ \t]+yine)?"
                 r"|(?:(?:viele|liebe|beste|herzliche)[ \t]+)?gru(?:ss|s)e?n?|mit[ \t]+freundlichen[ \t]+gru(?:ss|s)en"
                 r"|danke[ \t]+und[ \t]+gru(?:ss|s)|saygilarimla|tesekkurler"
                 # a name told or copied off a document in English, and the Latin name a passport holds in a Russian
                 # note (issue 15, stop 47: "my name is Bwalya Mwansa", "name in passport ZHANG HAO", "в паспорте
                 # ZHANG YUE")
                 r"|my[ \t]+name(?:['’]s|[ \t]+is)|(?-i:name)(?:[ \t]+(?:in|on)[ \t]+(?:the[ \t]+|my[ \t]+)?"
                 r"(?:passport|card|document))?|(?:в|по)[ \t]+(?:загран)?паспорт[еу]")
_FOREIGN_NAMING_CUE = re.compile(
    r"(?<![\w'’.\-])(?:(?P<greeting>" + _FOREIGN_GREETING + r")[ \t]*,[ \t]*(?:" + _FOREIGN_TITLE + r"[ \t]+)?"
    r"|(?P<title>" + _FOREIGN_TITLE + r")[ \t]+|(?P<relative>" + _FOREIGN_RELATIVE + r")[ \t]*,?[ \t]+(?:"
    + _FOREIGN_TITLE + r"[ \t]+)?"
    r"|(?P<self>" + _FOREIGN_SELF + r")[ \t]*[,:]?[ \t\n]+)(?=[A-Z])", re.IGNORECASE)
_NAME_CLOSED = re.compile(r"(?<![ \t])(?:['’][a-z]{1,3})?[ \t]*(?:[!,.?;:)]|$|\n|(?:here|hier|burada|from|von|aus)(?![\w]))")
_COMPANY_AFTER = re.compile(r"(?<![ \t])[ \t]+(?:gmbh|ag|kg|se|s\.?p\.?a|srl|oy|ab|as|a/s|bv|nv|ltd|llc|inc|plc|insaat|a\.?s)(?![\w])",
                            re.IGNORECASE)


def _latin_names_after_foreign_cues(text: str) -> list[tuple[int, int]]:
    """Names in Latin letters after a greeting, a title, a relative, a self-introduction or a sign-off of an English,
    German or Turkish chat (the cues above); none an English, organisation or sign-off word, no company's form after
    them ("Robert Bosch GmbH")."""
    if not re.search(r"[A-Z]", text):
        return []
    out = []
    for cue in _FOREIGN_NAMING_CUE.finditer(text):
        words = _latin_name_words(text, cue.end(), capitalised=True)
        if not words or _COMPANY_AFTER.match(text, words[-1][1]) \
                or any(_COMPANY_AFTER.fullmatch(" " + text[start:end]) for start, end in words):
            continue
        first_name = _latin_first_name_read(re.sub(r"['’].*", "", text[slice(*words[0])]))
        if cue.group("greeting") and not (_NAME_CLOSED.match(text, words[-1][1]) or first_name):
            continue
        if cue.group("self") and len(words) < 2 and not first_name:
            continue
        out.append((words[0][0], words[-1][1]))
    return out


_LATIN_INITIAL_AT = re.compile(r"[A-Z]\.[ \t]?(?=[A-Z][a-z])")  # from a position: "A. Kuznetsova"
# A capitalised Latin word beside two Latin initials: "Kuznetsov P.S.", "Orlova E. V.", "I.I. Smirnov".
_LATIN_INITIALS = r"[A-Z]\.[ \t]?[A-Z]\.?(?![A-Za-z])"
_LATIN_SURNAME_WITH_INITIALS = re.compile(r"(?<![\w.@])(?:([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[ \t]+" + _LATIN_INITIALS
                                          + r"|" + _LATIN_INITIALS + r"[ \t]?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w@]))")


def _latin_surnames_with_initials(text: str) -> list[tuple[int, int]]:
    """"Kuznetsov P.S. zvonil", "Kl. Orlova E.V.": a capitalised Latin word with two initials is a surname and its
    initials, as in Cyrillic (_initials) — any word but an English, organisation or sign-off one (red team rt5, 02)."""
    out = []
    for match in _LATIN_SURNAME_WITH_INITIALS.finditer(text):
        word = match.group(1) or match.group(2)
        if word.lower() not in _LATIN_NOT_NAME_WORDS:
            end = match.end() + (text[match.end():match.end() + 1] == ".")
            out.append((match.start(), end))
    return out


# A Russian word, then capitalised Latin letters after a space (and maybe a colon or comma): where a person noun may
# stand before a name written in Latin letters ("клиент John Smith", "абонент: Li Wei").
_CYRILLIC_WORD_BEFORE_LATIN = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]+)\.?[ \t]*[,:—]?[ \t]+(?=[A-Z])")


def _latin_names_after_person_nouns(text: str) -> list[tuple[int, int]]:
    """"клиент John Smith", "абонент Li Wei", "владелец: Kim": one to three capitalised Latin words right after a
    naming word or a noun for a person (the Russian twin of "Customer John Smith"); two of them, or one that reads as a
    first name, and none an English or organisation word (red team bb4)."""
    if not re.search(r"[A-Z]", text):
        return []
    out = []
    for cue in _CYRILLIC_WORD_BEFORE_LATIN.finditer(text):
        word = cue.group(1).lower()
        if not _names_a_person_beside(word) and not _person_noun(word):
            continue
        words = _latin_name_words(text, cue.end(), capitalised=True)
        if words and (len(words) >= 2 or _latin_first_name_read(text[slice(*words[0])])):
            out.append((words[0][0], words[-1][1]))
    return out


# English words that follow a sign-off or "this is" and are no names.
_ENGLISH_FOLLOWERS = {"a", "all", "again", "and", "for", "not", "our", "the", "very", "so", "much", "lot", "advance",
                      "regarding", "about", "urgent", "important", "team", "department", "office", "service", "customer",
                      "client", "sir", "madam", "mr", "mrs", "ms", "dr", "sent", "via", "best", "kind", "regards"}


def _reads_as_latin_name(words: list[str]) -> bool:
    """Spelled back in Cyrillic, one word is a first name or patronymic the dictionary knows ("Anna", "Bilal");
    or, with none known, every word at least reads as a name part to pymorphy's guesser ("Joshua Wolf") — not
    a product or a title whose other words are no names at all ("Angry Birds", "Chrome Web", "Skoda Octavia")."""
    readings = [_person_kinds(_to_cyrillic(word)) for word in words]
    if any(kinds & {"Name", "Patr"} and is_known(_to_cyrillic(word)) for word, kinds in zip(words, readings)):
        return True
    if any(_latin_first_name(word) for word in words):
        return True  # "Olga", "John": a soft "ль", an English "j"
    return any(kinds & {"Name", "Patr"} for kinds in readings) and all(readings)


def _plausible_latin_name(words: list[str]) -> bool:
    """A person written in Latin letters is two or three capitalised words ("Joshua Wolf", "Sami al-Haj"),
    none of them an organisation word; a lone Latin word NER calls a person is mostly a brand ("Facebook",
    "Ryanair", "spacex", "brexit"), kept only when it reads back as a Russian name or surname ("Ivanov")."""
    lowered = [word.lower() for word in words]
    if any(word in _LATIN_NOT_NAMES or word in _LATIN_ORG_WORDS for word in lowered):
        return False
    if len(words) == 1:
        return bool(_person_kinds(_to_cyrillic(words[0])) & {"Name", "Surn"}) and words[0][0].isupper()
    return all(word[0].isupper() for word in words) and not any(word.isupper() and len(word) > 1 for word in words)


# Words of organisation, product and event names in Latin letters ("World Fashion Channel", "Business NZ").
_LATIN_ORG_WORDS = {"world", "fashion", "channel", "business", "bank", "news", "group", "inc", "ltd", "llc", "corp",
                    "company", "agency", "agence", "france", "press", "presse", "times", "post", "journal", "daily",
                    "airlines", "airways", "air", "international", "university", "college", "club", "fc", "united",
                    "city", "national", "global", "media", "tv", "radio", "studio", "studios", "games", "records",
                    "motors", "systems", "software", "technologies", "online", "mobile", "telecom", "energy",
                    "capital", "partners", "holding", "foundation", "institute", "association", "party", "talk",
                    "east", "west", "north", "south", "asia", "europe", "america", "american", "russia", "russian",
                    "the", "of", "and", "for", "de", "la", "le", "du", "des", "facebook", "twitter", "google",
                    "youtube", "instagram", "mysql", "linux", "windows", "microsoft", "android", "ryanair",
                    "spacex", "brexit", "nasa", "fifa", "uefa",
                    # a hotel's or a company's desks, whose mailboxes spell them ("guest.relations@…": stop 45)
                    "guest", "relations", "reception", "booking", "sales", "desk", "concierge", "frontdesk",
                    # a hotel's or a place's words before its phone ("Sharm Grand Plaza, тел. …": stop 46)
                    "hotel", "hostel", "resort", "plaza", "palace", "suites", "grand", "tower", "towers", "center",
                    "centre", "mall", "airport", "station"}


# Latin words that transliterate into a Russian first name but are not one.
_LATIN_NOT_NAMES = {"best", "regards", "dear", "team", "support", "manager", "account", "key", "google", "apple",
                    "samsung", "galaxy", "iphone", "pay", "store", "play", "wifi", "sim", "esim", "mts", "beeline",
                    *_LATIN_TYPED_CUES}
# The capitalised words a German or Turkish chat opens a sentence or a turn with, its greetings and its documents' and
# fields' nouns (issue 15, stop 46: "Client: Die SIM bitte …", "Der Reisepass von Julia: …", "Client: Merhaba, …"),
# and the English greetings: no name's words, read without their marks as person_spans reads.
_FOREIGN_CHAT_WORDS = {"die", "das", "dem", "ihr", "ihre", "ihren", "ihrem", "wir", "ich", "sie", "bitte", "danke", "und",
                       "oder", "mit", "auf", "nach", "vielen", "guten", "gute", "sehr", "hallo", "neue", "neuer", "alte",
                       "ist", "hat", "wird", "kann", "gut", "ja", "nein", "leider", "morgen", "abend", "tag", "gruss",
                       "grus", "reisepass", "pass", "passport", "adresse", "anschrift", "handy", "nummer", "vertrag",
                       "rechnung", "wohnung", "merhaba", "selam", "evet", "hayir", "tamam", "tesekkurler", "numaram",
                       "good", "morning", "afternoon", "evening", "yes", "sure", "okay", "sorry", "hier"}
# What a Latin name after a naming cue never holds (_latin_name_words): English, organisation and sign-off words.
_LATIN_NOT_NAME_WORDS = _LATIN_NOT_NAMES | _LATIN_ORG_WORDS | _ENGLISH_WORDS | _ENGLISH_FOLLOWERS | _FOREIGN_CHAT_WORDS


# "Мария, спасибо!", and a chat speaker label "Тимур: ну короче ..."
_VOCATIVE = re.compile(r"(?:^|(?<=[.!?:\n]\s)|(?<=[.!?\n«\"„“]))\s*([А-ЯЁ][а-яё]+)(?=\s*[,!:])")  # «Саня, Саня!»


def _vocatives(text: str, lowercase: bool) -> list[tuple[int, int]]:
    """"Мария, спасибо, всё получилось!", "Айгуль, добрый вечер!": a first name opening a sentence,
    set off by a comma — how people address each other in chat."""
    if lowercase:
        return []
    out = []
    for match in _VOCATIVE.finditer(text):
        word = match.group(1)
        if "Name" in _top_kinds(word) and word.lower() not in _COMMON_WORDS:
            out.append(match.span(1))
    return out


# A word right before a greeting: "умный домофон [роман] здравствуйте", "[вера] добрый день".
_BEFORE_A_GREETING = re.compile(r"(?<![\w-])([а-яё]{3,})(?=[ \t]+" + GREETING + r"(?![\w-]))")
# the other side: "добрый день роман слушаю вас" (the operator's opening line), "здравствуйте вера" (an address)
_AFTER_A_GREETING = re.compile(r"(?<![\w-])" + GREETING + r"[ \t]+([а-яё]{3,})(?![\w-])")


def _first_names_before_a_greeting(text: str) -> list[tuple[int, int]]:
    """Lowercase speech: a first name right before or right after a greeting names whoever greets or is greeted — the
    operator's opening line ("умный домофон роман здравствуйте": the company, the name, the greeting; "добрый день роман
    слушаю вас") or an address ("вера добрый день", "здравствуйте вера") — also a first name that is a common word,
    which alone stays a word (_COMMON_WORDS: роман, вера, лев, лилия): nothing but a name stands there. Not a word that
    is only rarely a first name ("тинькофф", "тема")."""
    out = []
    for match in (*_BEFORE_A_GREETING.finditer(text), *_AFTER_A_GREETING.finditer(text)):
        word = match.group(1)
        if word in STOPWORDS or "Name" not in _rare_kinds(word):
            continue
        if word in _COMMON_WORDS or "Name" in _top_kinds(word):
            out.append(match.span(1))
    return out


@lru_cache(maxsize=100_000)
def may_name_a_person(word: str) -> bool:
    """The kind's cheap answer for one word, before any text is read for names (the speech checker's pre-check,
    guard/disclosure/personal.py): can this word be part of a person's name? Yes for a first name, surname or
    patronymic on its most likely reading, a surname on any reading pymorphy2 gives at least 5% ("страховой"),
    and a first name the dictionary lacks ("софия"). Not every word the dictionary does not know (unlike
    guard.nlp.could_be_person_word: each brand and typo would send its line to the full reading), nor a surname
    reading nobody means ("по"). Cached per word form: speech repeats a few thousand forms. A surname with its
    generation joined («Воробьёв-младший») is read by its head (`_without_generation`)."""
    word = in_russian_letters(_without_generation(word))
    return bool(_top_kinds(word)) or word.lower() in _EXTRA_FIRST_NAMES \
        or any(parse.score >= 0.05 and "Surn" in parse.tag for parse in parses(word))


_POSSESSIVES = frozenset(("мой", "твой", "ваш", "наш", "свой"))  # the possessive pronouns ("этот", "который" are Apro too)


@lru_cache(maxsize=10_000)
def says_whose(word: str) -> bool:
    """Does `word` say whose a thing is, a person's: a possessive ("мой", "ваш", "свой"), a third person's pronoun
    ("его", "её", "их") or a being's noun in the genitive ("ученика", "мамы", "отправителя") — "номер ученика", "мой
    номер" is someone's number, not an order's ("номер заказа") or a document's ("номер договора")?"""
    return any(parse.normal_form in _POSSESSIVES or ("NPRO" in parse.tag and "3per" in parse.tag and parse.tag.case == "gent")
               # a reading the dictionary gives some weight: "и", "к", "из" are abbreviations' and names' too, at 0
               or ("NOUN" in parse.tag and "anim" in parse.tag and parse.tag.case == "gent" and parse.score >= 0.05)
               for parse in parses(word.lower()))


# --- one judge for a tagger's span: where it may end, and whether it names anyone here ----------------------------

# Punctuation no name runs across: the lowercase tagger reads words and drops it ("бекзод: «брат", "светлана (op1187)").
_NAME_BREAK = re.compile(r"[,;:()«»\"“”„\[\]{}!?\n•|]|—")
# A hyphenated abbreviation: "абон-т", "свид-во", "док-ты", "р-н".
_HYPHEN_ABBREVIATION = re.compile(r"[а-яё]{1,6}-[а-яё]{1,2}")


# The words that name a login, an account, a messenger or a network (the LOGIN kind's, recognizers/login.py): what the
# caller is asked for or speaks of, never who ("ник" is a nickname before it is Nick).
_SERVICE_WORD = re.compile(SERVICE_WORDS, re.IGNORECASE)


def _edge_not_name(text: str, start: int, end: int) -> bool:
    """A word at a name span's edge that is no part of a name: a function word, a role or a label ("абонент",
    "коллегой"), a cut word ("свид.", "абон-т"), a word with digits ("op1187"), a number word ("четыре") or an English
    sign-off or log word ("regards", "email"). Initials stay, written or said
    ("белый а в", "кузнецова о эн"), and so does any word the dictionary knows as a first name, surname or patronymic."""
    word = text[start:end]
    lower = word.lower()
    if len(lower) == 1 or lower in SPOKEN_LETTERS or lower in _SHORT_SURNAMES or _known_name_word(word):
        return False
    if _a_name_syllable(word) and _LATIN_WORD_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Tran Thi My": a syllable of the name begun before it, not the English "my"
    if any(ch.isdigit() for ch in lower) or lower in STOPWORDS or _is_domain_word(lower) or lower in _LATIN_EDGE_WORDS \
            or _only_a_number(lower) or lemma(lower) in _THING_NOUNS or _an_age(lower):
        return True  # a number said as a word is no part of a name either: "четыре джи" is 4G
    if _abbreviation(text, start, end) or (_HYPHEN_ABBREVIATION.fullmatch(lower) and not is_known(lower)):
        return True
    if len(lower) <= 3:
        return False  # a syllable of an East Asian or Armenian name reads as an interjection: "ли ён хо", "тер петросян"
    label = _is_label(word) and "plur" not in _top_tag(word)  # "номеров", a plural, is a surname ("номеров глеб")
    return is_known(word) and (_role_lemma(word) in _PERSON_NOUN_LEMMAS or lemma(lower) in _NAMED_PLACE_LEMMAS or label
                               or _not_a_name_word(word)) and not _rare_kinds(word)


def _an_age(word: str) -> bool:
    """An age said as one adjective, a numeral's stem + "-летний" ("тридцатичетырёхлетний", "восьмидесятишестилетнему"):
    the dictionary lacks most such compounds, but reads each first as an adjective of that lemma — no name's word."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "ADJF" and found[0].normal_form.endswith("летний")


def _only_a_number(word: str) -> bool:
    """Every reading a numeral: "четыре", "пять" ("четыре джи" is 4G); not "сорока", a magpie and a surname too."""
    found = parses(word)
    return bool(found) and all(p.tag.POS == "NUMR" for p in found)


# English words no Latin name takes in ("regards tom", "email dima" once punctuation is gone): sign-offs, greetings,
# the words of logs and the mailbox's own words.
_LATIN_EDGE_WORDS = _LATIN_NOT_NAMES | _ENGLISH_WORDS | _ENGLISH_FOLLOWERS | {"cheers", "sincerely", "email", "mail",
                                                                               "gmail", "e-mail"}


def _title_before(text: str, words: list[tuple[int, int]]) -> bool:
    """"президент путин", "премьер-министр нэнси пелоси": a title before a name is not its part — unless a first name
    and patronymic follow it, which makes it the surname ("король дарья сергеевна"), or it is said as a name, right
    after "фамилия" or "зовут" ("фамилия король евгений")."""
    if len(words) < 2 or _after_naming_word(text, words[0][0]):
        return False
    rest = [_person_kinds(text[s:e]) for s, e in words[1:3]]
    if text[slice(*words[0])].lower() not in _TITLES:
        # "гроссмейстер павел шубин": a noun for a role before a first name and surname, which leave it no place
        return len(rest) == 2 and "Name" in rest[0] and "Surn" in rest[1] and _role_before_a_name(text[slice(*words[0])])
    return not (len(rest) == 2 and "Name" in rest[0] and "Patr" in rest[1])


def _spelling_aid(text: str, start: int) -> bool:
    """"тэ как татьяна", "зэ как заур": a name said after a letter and "как" spells that letter of an address. A
    one-letter word before "как" ("а", "и", "о": conjunctions too — "а как анна?") spells only inside a spelled run:
    the name begins with that letter and another "letter как word" is said within six words ("ка как константин а
    как анна эм как михаил и как иван")."""
    before = words_before(text, start, 16)
    if len(before) < 2 or before[-1] != "как":
        return False
    if (before[-2] in SPOKEN_LETTERS and len(before[-2]) > 1) or before[-2] in SPOKEN_LATIN_LETTERS:
        return True
    name = NAME_WORD.match(text, start)
    if before[-2] not in SPOKEN_LETTERS or name is None or name.group()[:1].lower() != before[-2]:
        return False
    around = words_before(text, start, 48)[-8:-2] + words_after(text, name.end(), 40)[:6]
    return any(word == "как" and 0 < i < len(around) - 1 and around[i - 1] in SPOKEN_LETTERS
               for i, word in enumerate(around))


_OPENING_QUOTES, _CLOSING_QUOTES = "«\"“„'", "»\"”'"


def _quoted_title(text: str, start: int, end: int) -> bool:
    """One word alone in quotes names a thing — a voice assistant, a tariff, a housing complex, a shop ("подключить
    «алису»", "жк «виктория»"): a person is not put in quotes in a note."""
    return start > 0 and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES \
        and len(NAME_WORD.findall(text, start, end)) == 1


# Things named like people, the name in apposition after them: "колонка алиса", "салон светлана", "агентство финанс"
# (lemmas). Before a first name in the same case they make it the thing's name.
_THING_NOUNS = {"колонка", "станция", "ассистент", "робот", "бот", "приложение", "модем", "роутер", "машина",
                "автомобиль", "жк", "салон", "магазин", "кафе", "ресторан", "отель", "гостиница", "тариф", "агентство",
                "компания", "фирма", "банк", "бренд", "тц", "кинотеатр", "клиника", "аптека", "сеть", "опция", "пакет"}


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """One word right after a thing noun it agrees with in case (_THING_NOUNS): the thing's name, not a person's. A
    word the dictionary lacks agrees with any case ("агентство финанс"); a known one that does not decline does not
    ("в салон анне": "анне" also reads as an undeclined Anne). Only after: in speech a name is often followed by the
    next clause's noun ("меня зовут карина компания связь плюс", "контакт галина роутер сдан")."""
    words = NAME_WORD.findall(text, start, end)
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if len(words) != 1 or before is None or lemma(before.group(1).lower()) not in _THING_NOUNS:
        return False
    cases = _cases(words[0])
    if cases is None:
        return not is_known(words[0])
    return bool(cases & (_cases(before.group(1)) or frozenset()))


# Verbs that give a name ("кошку зовут Степанида", "как звали его собаку — Фипс", "оленя в стаде зовут Борис
# Николаевич"): whose name it is, their accusative object says.
_GIVING_A_NAME = frozenset({"звать", "кликать", "назвать", "называть", "прозвать", "прозывать", "окрестить"})
_DASH_BEFORE_A_NAME = re.compile(r"(?<![ \t])[ \t]*[—–-][ \t]*$")  # from a word's end to the name's start: linear
_NAMED_PRONOUNS = frozenset({"его", "её", "ее", "их", "меня", "тебя", "нас", "вас"})  # the one a naming verb names
_NAMED_ONES_REACH = 4  # words between an animal's noun and the name a naming verb gives it, the verb among them


def _head_of_a_kind(word: str, kinds: frozenset[str]) -> bool:
    """A common noun whose likely reading is one of `kinds` (lemmas), written in lowercase: a capitalised "Кот",
    "Баран" before a name is a surname's place ("Кот Анисья", "Баран Эдуард"); a word whose likely reading is another
    noun is no such head ("суда" of "суд": "пресс-секретарь суда Алина Фаттахова")."""
    if word != word.lower():
        return False  # a capitalised breed may be a surname (Шпиц, Доберман, Такса: review names1 of stop 56)
    if word in kinds:
        return True  # a breed's name that does not decline and the dictionary misreads: "кане-корсо", "акита-ину"
    found = parses(word)
    if bool(found) and found[0].tag.POS == "NOUN" and found[0].normal_form in kinds:
        return True
    first = word.split("-")[0]  # a compound's head: "собака-поводырь", "собаки-поводыря"
    found = parses(first) if first != word else []
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].normal_form in kinds


def _a_verb_in_the_clause_after(text: str, end: int) -> bool:
    """A finite verb or a short participle among the next words of the clause: a name before it may be its subject."""
    return any(found and found[0].tag.POS in ("VERB", "PRTS")
               for found in (parses(word.lower()) for word in _clause_words_after(text, end, 6)))


def _head_parse(word: str):
    """The reading of a head noun _head_of_a_kind accepted: the word's own, or its compound's head's ("собаки-поводыря")."""
    found = parses(word)
    if found and found[0].tag.POS == "NOUN" or "-" not in word:
        return found[0]
    return parses(word.split("-")[0])[0]


def _a_callers_act_by(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` do what a caller does — a caller's verb right after them or right before them
    ("гусь андрей звонил вчера", "перезвонил кот андрей": lexicon.CALLERS_VERBS, `_callers_verb`): a goose or a cat
    rings no contact centre, so a noun before a first name there is the person's surname (red team bb25 f07)."""
    if _callers_verb(text, end):
        return True
    before = _VERB_WORD_BEFORE.search(text, max(0, start - 30), start)
    verb = parses(before.group(1)) if before is not None else []
    return bool(verb) and verb[0].tag.POS == "VERB" and verb[0].normal_form in CALLERS_VERBS and "sing" in verb[0].tag \
        and verb[0].tag.person not in ("1per", "2per")


def _a_surnames_place(text: str, at: int) -> bool:
    """The word at `at` may be a surname: a first name or a person noun stands right before it ("елена бык",
    "светлана кот лыкова", "получатель медведь ирина"), or a word after which a speaker names someone ("меня зовут
    гусь андрей", "это кот андрей", "абонент волк мария": red team bb25 f07) — the slot holds a person's name, and a
    noun surname opens it as a form orders a name (fail closed: "это кот тимофей" is masked too)."""
    previous = _NEIGHBOUR_BEFORE.search(text, max(0, at - 40), at)
    return previous is not None and ("Name" in _top_kinds(previous.group(1)) or _person_noun(previous.group(1))
                                     or _in_a_naming_slot(text, at))


def _an_animals_or_vessels_name(text: str, start: int, end: int) -> bool:
    """A name that an animal's or a vessel's noun gives its own (ANIMAL_NOUNS, VESSEL_NOUNS), not a person's data:
    - in apposition right after the noun, one word of no surname's shape in its case and number: "рыжий кот
      [Тимофей]", "про бегемота [Ганса]", "атомоход [Арктика]", "теплоходы [Савватий]" (a word the dictionary lacks or
      that does not decline agrees with any case); an animal's name is of the noun's gender where it is a first name;
    - after a naming verb whose object the animal's noun is, a few words apart: "кошку зовут [Степанида]", "как звали
      его собаку — [Фипс]".
    Fail closed (a person's data stays): more than one word or a surname's shape after the noun ("капитан теплохода
    Иванов Сергей", "ледокол Ленин" too), a first name with a surname after an animal's noun ("разбудила всех собака
    николай голубев вынес": speech with no full stop), a name that may be in the genitive after a noun in another case
    ("шхуна [Седова]": Седов's schooner), a capitalised or a surname's place noun ("Кот Анисья", "елена бык хосе")."""
    words = NAME_WORD.findall(text, start, end)
    if not words or len(words) > 3 or any("Patr" in _rare_kinds(word) for word in words[1:]):
        return False  # a patronymic names a person ("траулера кравец олег петрович": its captain)
    if len(words) <= 2 and _an_animals_call_name(text, start):
        return True
    if len(words) == 1 and _a_breeds_word_alone(text, start, end, words[0]):
        return True  # a breed's word alone: "ваш [Алабай] по кличке Хан"
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    following = NAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    breed_after = (len(words) == 2 and _head_of_a_kind(words[1], BREED_NOUNS)) \
        or (len(words) == 1 and following is not None and _head_of_a_kind(following.group(), BREED_NOUNS))
    words = words[:1] if breed_after else words  # the breed in the span after the name: "собака [ирма лабрадор]"
    opening = before is not None and _an_animals_noun_opening_a_sentence(text, before.start(1), before.group(1), words)
    if before is not None and (opening or _head_of_a_kind(before.group(1), ANIMAL_NOUNS | VESSEL_NOUNS)) \
            and not _a_surnames_place(text, before.start(1)) and not _a_callers_act_by(text, before.start(1), end):
        head = _head_parse(before.group(1).lower())
        animal = head.normal_form in ANIMAL_NOUNS or before.group(1).lower() in ANIMAL_NOUNS
        cases = _cases(words[0])
        head_cases = {p.tag.case for p in parses(before.group(1).lower()) if p.normal_form == head.normal_form}
        # a pet's name in writing, capitalised after its lowercase noun, is often left undeclined and of either sex
        # ("выгуливаю собаку Ральф", "у моей собаки Джек"); so is one after a breed, which never is a surname ("бигль
        # джесси", "собака [зевс] дог"). Not with a verb after it in its clause, whose subject the name may be ("у
        # собаки Иван нашёл клеща", "живого барана Рафаэль тут же подарил"), nor a name that may be in the genitive
        # (an owner's: "собака Ивана", "собака Берта" — Берт's); left undeclined, it is the nominative's form, so a name
        # only in another case is a person's ("отдала собаку Ивану", "оставила кошку Марине": the review of the merge)
        # a capitalised name after its lowercase noun, both only nominatives, is the subject with its noun, in
        # apposition: the verb after is theirs ("Кот [Маркиз] остался дома", "соседский пёс [Шарик] убегал"); a
        # genitive noun leaves the name the verb's subject ("у собаки Иван нашёл клеща"), and speech has no capital
        # (its singular readings: "Маркиз" is a plural genitive of «маркиза» too)
        singular = {p.tag.case for p in parses(words[0]) if p.tag.number != "plur"}
        named_subject = words[0][:1].isupper() and before.group(1)[:1].islower() and head_cases == {"nomn"} \
            and bool(singular) and singular <= {"nomn", "accs"}
        either = animal and not opening and (named_subject or not _a_verb_in_the_clause_after(text, end)
                                             and (cases is None or "nomn" in cases and "gent" not in cases)) \
            and (words[0] != words[0].lower() or breed_after or _head_of_a_kind(before.group(1), BREED_NOUNS))
        agrees = cases is None or either or (bool(cases & head_cases) and ("gent" not in cases or "gent" in head_cases)
                                             and _agrees_in_number(head, words[0]))
        if agrees and len(words) == 1 and not _SURNAME_ENDING.search(words[0].lower()) \
                and (not animal or either or _an_animals_gender(head, words[0], head_cases)):
            # one word, no surname's shape: a surname after the noun is a person's — a new clause's subject ("увёл
            # барана жумабеков"), a ship's crew ("капитан теплохода Иванов Сергей"); a ship named after a person
            # ("ледокол Ленин") stays masked: fail closed
            return True
    if len(words) > 2 or (len(words) == 2 and not _first_name_and_patronymic_words(words)):
        return False
    dash = _DASH_BEFORE_A_NAME.search(text, max(0, start - 4), start)  # "звали его собаку — Фипс"
    clause = _clause_words_before(text, dash.start() if dash else start, _NAMED_ONES_REACH + 1)
    verb = next((i for i, word in enumerate(clause) if lemmas(word) & _GIVING_A_NAME), None)
    if verb is None:
        return False
    for at in range(max(0, verb - _NAMED_ONES_REACH), len(clause)):
        word = clause[at]
        if at != verb and _head_of_a_kind(word, ANIMAL_NOUNS) \
                and any(p.tag.case == "accs" and p.tag.number == "sing" for p in parses(word)[:2]) \
                and not _a_surnames_place(text, text.rfind(word, 0, start)) \
                and not set(clause[at + 1:]) & _NAMED_PRONOUNS:
            return True  # "кошку зовут Степанида"; not "в клубе моржей его зовут просто Сом": "его" is who
    return False


def _a_breeds_word_alone(text: str, start: int, end: int, word: str) -> bool:
    """A breed's word (lexicon.BREED_NOUNS) standing alone, of no person's kind in the packed sets — and fail closed, for
    Шпиц, Доберман and Такса are surnames (review names1 of stop 56): never after a person's noun or in another
    surname's place ("Абонент [Шпиц] просит перезвонить"), never before a first name ("Доберман Алексей"), never a
    caller's act."""
    if not _head_of_a_kind(word.lower() if word[1:] == word[1:].lower() else word, BREED_NOUNS) \
            or _rare_kinds(word) & _PERSON or _a_surnames_place(text, start) or _a_callers_act_by(text, start, end):
        return False
    following = NAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return following is None or "Name" not in _person_kinds(following.group())


def _an_animals_noun_opening_a_sentence(text: str, at: int, word: str, names: list[str]) -> bool:
    """An animal's noun capitalised only because it opens a sentence, before a name that cannot be a first name it
    is the surname of: "Пёс [Бублик] полгода прожил", "Кота [Рыжика] нашли", "Кот [Генерал] Ильи Маркова" — the name
    one word the dictionary knows with no reading as a first name, patronymic or surname. A first name after it stays
    a person's whatever the noun ("Кот Анисья", "Кошка Зоя": Кот and Кошка are surnames in the packed sets), and so
    does a word the dictionary does not know (a first name it lacks)."""
    if len(names) != 1 or not word[:1].isupper() or not word[1:].islower() or not opens_a_sentence(text, at) \
            or not _head_of_a_kind(word.lower(), ANIMAL_NOUNS):
        return False
    name = names[0]
    return known_word(name.lower()) and not _rare_kinds(name) & {"Name", "Patr", "Surn"} \
        and not _SURNAME_ENDING.search(name.lower())


# "по кличке", "с кличкой" right before a name, an opening quote between or not: from the preposition's start to the
# name's (linear: one fixed run of words). Not "по имени": "хозяйка собаки по имени Анна" is the owner's name
_CALL_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?:по[ \t]+кличке|с[ \t]+кличкой)[ \t]*[«\"„]?[ \t]*$", re.IGNORECASE)
_CALL_NAME_REACH = 3  # words between an animal's noun and "по кличке": its adjectives ("жеребец по кличке", "кот, рыжий,
# по кличке", "бык-рекордсмен по кличке", "лучший петух по кличке")


def _an_animals_call_name(text: str, start: int) -> bool:
    """The name "по кличке" (or "с кличкой") gives an animal's noun a few words before it, in its sentence:
    "жеребец по кличке [Батыр]", "петух по кличке [Султан]", "кот, рыжий, по кличке [Эрвин]", "с собакой по кличке
    [Граф]". The cue alone says nothing: after a person's name or noun the name is the person's nickname, a person
    ("задержали Олега Вершинина по кличке [Чапа]"): only an animal's noun (ANIMAL_NOUNS, lowercase, no surname's place)
    makes it an animal's. Not "по имени", which follows a person as often ("хозяйка собаки по имени Анна")."""
    cue = _CALL_NAME_BEFORE.search(text, max(0, start - 20), start)
    if cue is None:
        return False
    window = text[max(0, cue.start() - 60):cue.start()]
    clause = window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0):]  # commas stay: "кот, рыжий,"
    offset = cue.start() - len(clause)
    words = list(NAME_WORD.finditer(clause))[-_CALL_NAME_REACH:]
    for word in reversed(words):
        if _head_of_a_kind(word.group(), ANIMAL_NOUNS) and not _a_surnames_place(text, offset + word.start()):
            return True
        if "Name" in _top_kinds(word.group()) or _rare_kinds(word.group()) & {"Surn", "Patr"} \
                or _person_noun(word.group()) or _role_before_a_name(word.group()):
            return False  # the nearest such word is a person's: "Коля Зуев по кличке Зуй", "вор по кличке …"
        if not _an_animals_adjective(word.group()):
            return False  # any other noun or a verb between: "собаку сторожил вор по кличке …" (the merge's review:
            # "вор" is no person noun of the dictionary's, and the animal beyond it is not who the cue names)
    return False


_ATTRIBUTE_POS = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "NUMR"})


def _an_animals_adjective(word: str) -> bool:
    """The word can stand between an animal's noun and "по кличке" as its attribute ("рыжий", "лучший", "годовалый"):
    its likeliest reading an adjective, a participle or a numeral; a word the dictionary lacks is not one."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].tag.POS in _ATTRIBUTE_POS


def _agrees_in_number(head, word: str) -> bool:
    """The word has a reading in the noun's number ("теплохода" singular: not "Иванов" read as Иван's plural
    genitive); a word the dictionary lacks agrees."""
    readings = [p for p in parses(word) if p.tag.number]
    return not readings or head.tag.number is None or any(p.tag.number == head.tag.number for p in readings)


def _first_name_and_patronymic_words(words: list[str]) -> bool:
    """A first name and a patronymic, as a pet is sometimes called for its character ("зовут Борис Николаевич")."""
    return "Name" in _rare_kinds(words[0]) and "Patr" in _rare_kinds(words[1])


def _an_animals_gender(head, word: str, cases: set[str]) -> bool:
    """A first name of the animal noun's gender, or a word that is no first name in the noun's cases ("кот Тимофей",
    "кошка Мурка", "пёс Трезор": not the plural genitive of "Трезора"; not "кот Анисья": a grave's surname and first
    name)."""
    genders = {p.tag.gender for p in parses(word) if "Name" in p.tag and p.tag.gender and p.tag.case in cases}
    return not genders or head.tag.gender in genders


@read_once_per_document  # asked of a span by the tagger's rules and the filters alike
def names_nobody(text: str, start: int, end: int) -> bool:
    """A span some signal read as a name that names nobody here: a street or place named after someone ("на улице
    гагарина"), a name spelling a letter ("тэ как татьяна"), one word in quotes («алиса») or after a thing noun
    ("колонка алиса"), or one short word that is a legal form, an English letter said aloud or two letters that are
    neither a short surname nor an initial ("ип", "пи", "жк", "ы")."""
    if _names_a_place(text, start, end) and not _a_person_before_a_street(text, start, end) \
            or _spelling_aid(text, start) or _quoted_title(text, start, end) \
            or _names_a_thing(text, start, end) or _detached_unknown_words_of_a_turn(text, start, end):
        return True
    words = NAME_WORD.findall(text, start, end)
    if said_abbreviation(text, start, end):
        return True
    if len(words) != 1 or _after_naming_word(text, start):
        return False
    lower = words[0].lower()
    if words[0] == lower and _SERVICE_WORD.fullmatch(lower):
        return True  # a login's or network's own word alone: "поменять ник сына"; not "зовут ник", "ник фостер"
    if lower in SPOKEN_LATIN_LETTERS or lower in LEGAL_FORMS or lower in _TITLES or _title_attribute(text, words[0], start):
        return True
    if _counted_things(text, start, lower) or _a_months_day(text, start, lower):
        return True
    if words[0] == lower and (_modified_common_noun(text, start, lower) or _attribute_of_next_noun(text, lower, end)):
        return True
    if words[0] == lower and _half_of_a_hyphenated_word(text, start, end):
        return True
    return len(lower) <= 2 and lower not in _SHORT_SURNAMES and text[end:end + 1] != "." and "Name" not in _rare_kinds(lower) \
        and not (lower in SPOKEN_LETTERS and _after_honorific(text, start))


_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])[ \t]+$")  # up to a word's start: a day of the month in digits


def _a_months_day(text: str, start: int, lower: str) -> bool:
    """A month's name right after the day's number, in digits or an ordinal, is a date, never the first name it may
    also be: "С праздником 8 Марта", "с восьмого марта", "к 1 Мая"."""
    if not _MONTH_FORM.fullmatch(lower):
        return False
    if _DAY_BEFORE.search(text, max(0, start - 4), start):
        return True
    before = words_before(text, start, 20)[-1:]
    return bool(before) and any("Anum" in p.tag.grammemes for p in parses(before[0]))


def said_abbreviation(text: str, start: int, end: int) -> bool:
    """The whole span is an abbreviation read letter by letter (_consonant_letters_said), however it was found or
    widened ("эс эс эс эр": the tagger's "эр" widened over the letters said before it) — not letters beside a number,
    which are a code's or a serial number's ("эн кью эл восемь икс"): the span may be the only thing masking them."""
    return (_consonant_letters_said(NAME_WORD.findall(text, start, end)) or _a_schools_letters_said(text, start, end)) \
        and not _beside_a_number(text, start, end)


_SHORT_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]+([а-яё]{1,3})(?![\w-])")  # from a word's end: a short word right after it
_NEXT_WORD_AT = re.compile(r"(?<![ \t])[ \t]+([а-яё]+)")  # from a word's end: the word after it
_SCHOOLS_LAST_LETTER = "у"  # университет, училище: "тэ гэ у", "эн гэ тэ у", "тэ гэ пэ у"


def _one_letter_of(word: str, pos: str) -> bool:
    """A one-letter word whose likely reading is this part of speech ("в" a preposition, "а" a conjunction)."""
    found = parses(word)
    return len(word) == 1 and bool(found) and found[0].tag.POS == pos


def _a_schools_letters_said(text: str, start: int, end: int) -> bool:
    """Three or four letters said by name, the last of them "у", with no name's word beside them, are a university's or
    a school's abbreviation read aloud ("в тэ гэ у учатся", "студенты эн гэ [у]", "тэ гэ пэ у объявляет") — the span
    may stop short of the "у" or take in a preposition before the letters or a conjunction after them — not a person's
    initials, which stand beside a surname or are two or three letters of a name ("эн ка", "зэ ю эм", "вэ о ша": none
    ends in "у" in the sets). Not where the "у" governs the word after it, a preposition ("вэ вэ у нас", "а эн у
    петрова"), nor a longer run: a surname spelled ("ша о и гэ у")."""
    found = list(NAME_WORD.finditer(text, start, end))
    if len(found) > 1 and _one_letter_of(found[0].group(), "PREP"):
        found.pop(0)  # "[в] тэ пэ у": the preposition a tagger took in
    while len(found) > 1 and _one_letter_of(found[-1].group(), "CONJ") \
            and found[-2].group().lower() == _SCHOOLS_LAST_LETTER:
        found.pop()  # "тэ гэ пэ у [а] её однокурсница": the conjunction after the abbreviation
    run = [(word.group().lower(), word.end()) for word in found]
    if not run or not all(word in SPELLED_LETTER_WORDS for word, _ in run):
        return False
    following = _SHORT_WORD_AFTER.match(text, end)
    while following and run[-1][0] != _SCHOOLS_LAST_LETTER and len(run) <= 4 \
            and following.group(1) in SPELLED_LETTER_WORDS:
        run.append((following.group(1), following.end(1)))
        following = _SHORT_WORD_AFTER.match(text, following.end(1))
    if not 3 <= len(run) <= 4 or run[-1][0] != _SCHOOLS_LAST_LETTER or _SCHOOLS_LAST_LETTER in [w for w, _ in run[:-1]]:
        return False
    before = words_before(text, found[0].start(), 24)[-1:]
    if before and before[0].lower() in SPELLED_LETTER_WORDS:
        return False  # a longer run of letters: a word spelled
    governed = _NEXT_WORD_AT.match(text, run[-1][1])
    if governed and len(governed.group(1)) > 1 and (
            any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "NPRO", "ADJF") for p in parses(governed.group(1)))
            or _rare_kinds(governed.group(1))):
        return False  # "у нас", "у петрова", "у группы": the preposition and its word
    return True


_NUMBER_BEFORE = re.compile(r"(?:\d|(?<![^\W\d_])[а-яё]+)[ \t]*\Z")  # the token right before, from its start only
_NUMBER_AFTER = re.compile(r"(?<![ \t])[ \t]*+(\d|[а-яё]+)")  # from the span's end only: linear


def _beside_a_number(text: str, start: int, end: int) -> bool:
    """A digit or a number word right before or after the span, nothing but spaces between."""
    after = _NUMBER_AFTER.match(text, end)
    if after and (after.group(1).isdigit() or number_word_value(after.group(1).lower()) is not None):
        return True
    before = _NUMBER_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return False
    token = before.group().strip()
    return token.isdigit() or number_word_value(token.lower()) is not None


def _consonant_letters_said(words: list[str]) -> bool:
    """Three letters or more said by name, none a vowel's ("эс эс эс эр", "цэ эс ка вэ вэ", "эн эйч эл"): an
    abbreviation read aloud. No name is spelled without a vowel, and initials are two letters before or after a name's
    word; a run with a vowel's letter ("пэ е тэ эр о вэ") may be a surname spelled and stays."""
    lowered = [word.lower() for word in words]
    return len(lowered) >= 3 and all(word in SPELLED_LETTER_WORDS and word not in VOWEL_LETTER_NAMES
                                     for word in lowered)


_TURN_END = re.compile(r"(?<![ \t.,!?…])[ \t.,!?…]*+(?:\n|\Z)")  # from a word's end only: linear
_VERB_POS = frozenset({"VERB", "INFN", "PRTS"})
# what may stand before a turn's closing thanks: a verb, a particle, an interjection, an adverb ("понял мадлоба", "не надо
# рахмет", "перезагрузил работает тешеккюр эдерим"); after a noun, a preposition or "и" a word is a name
_THANKS_NEIGHBOUR_POS = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRCL", "INTJ", "ADVB", "PRED", "ADJS"})


def _detached_unknown_words_of_a_turn(text: str, start: int, end: int) -> bool:
    """Speech with speaker labels: words the Russian dictionary does not know that open or close a turn, stand in no
    verb's slot and come once in the whole call are the speaker's greeting or thanks in their own language ("клиент:
    саламатсызбы мне нужна …", "клиент: понял мадлоба", "клиент: шноракалутюн"), not a name: a name said there is
    someone addressed, whose name comes again (the operator's name in the greeting, the caller's when given), or the
    answer to a naming question (guard/dialogue.py reads that one as the kind asked for). A word the dictionary knows
    as a name stays ("хоп рахмат": Рахмат is one), and so does a word after a naming cue in its turn ("я фарход")
    or before a verb whose subject it is ("фарход должен позвонить")."""
    opening = _turn_opening(text, start)
    if not opening:
        return False
    words = list(NAME_WORD.finditer(text, start, end))
    at_start = not text[opening:start].strip()
    at_end = _TURN_END.match(text, end) is not None
    if not words or not (at_start or at_end) or any(is_known(w.group()) or len(w.group()) < 4
                                                    or _SURNAME_ENDING.search(w.group().lower()) for w in words):
        return False  # a surname's ending is no greeting's: "была лемешко стала ясинская", "ипэшник аветисян"
    if _cue_before(text, start) == "strong" or _after_naming_word(text, start) \
            or (at_start and _NAMING_QUESTION.search(_previous_turn(text, opening))):
        return False
    if at_end and not at_start:
        before = words_before(text, start, min(30, start - opening))[-1:]
        if before and is_known(before[0]) and (parses(before[0])[0].tag.POS or "NOUN") not in _THANKS_NEIGHBOUR_POS:
            return False  # a noun's, a preposition's or a list's name ("клуб бато", "для бато", "и бато")
    following = _NEXT_WORD.match(text, end)
    if following is not None and not at_end and (following.group(1) == "не" or any(
            p.tag.POS in _VERB_POS for p in parses(following.group(1))[:1])):
        return False  # the subject of the verb after it
    for word in words:
        said = normalize_word(word.group())
        if sum(1 for other in NAME_WORD.finditer(text) if normalize_word(other.group())[:5] == said[:5]) > 1:
            return False  # said again in the call (in any case): someone's name
    return True


def _common_word_at_least_as_likely(word: str) -> bool:
    """The dictionary knows the word and reads it first as no name ("Любовь", "Август"), or as a first name no more
    likely than a common noun ("батыр": a hero and a first name, even odds); a surname's reading first leaves the
    word a surname ("мороз") unless grammar says otherwise."""
    if _common_word_first(word):
        return True
    found = parses(word)
    if not found or "Name" not in found[0].tag:
        return False
    # a place's or a brand's reading is no common noun ("айдар": a first name and a river)
    common = sum(p.score for p in found if p.tag.POS == "NOUN" and not p.tag.grammemes & PROPER_GRAMMEMES)
    return common >= sum(p.score for p in found if p.tag.grammemes & _PERSON)


def _attribute_of_next_noun(text: str, word: str, end: int) -> bool:
    """One lowercase word that is an adjective agreeing with the common noun right after it ("учил казанских
    мальчишек", "объезд через бородинскую улицу", "о черных риелторах"): that noun's attribute, though the word is a
    surname too ("Казанский"). Not a possessive adjective ("кузнецова заявка" may be Kuznetsova's), not before a
    noun that may name a person itself ("белая анна")."""
    nxt = _NEXT_LOWER_WORD.match(text, end)
    if nxt is None or len(nxt.group(1)) < 3 or any_grammemes(nxt.group(1)) & _PERSON:
        return False
    adjectives = [p.tag for p in parses(word) if p.tag.POS == "ADJF" and "Poss" not in p.tag]
    return bool(adjectives) and _modifies_next_noun(text, word, end)


def _modified_common_noun(text: str, start: int, word: str) -> bool:
    """One lowercase word the dictionary reads as a common noun at least as likely as a name
    (_common_word_at_least_as_likely), right after an adjective agreeing with that noun ("морской волк", "ночная
    сова", "настоящему морозу", "на лососевой путине", "местный батыр"): the common noun an attribute describes,
    though the word is a first name or surname too. A pronoun's adjective ("сам пан", "наш мороз") decides nothing, nor
    does one that is also a noun for a person ("знакомого мороза", names_a33: an acquaintance named Мороз)."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is None or not _common_word_at_least_as_likely(word):
        return False
    attribute = parses(before.group(1).lower())
    if not attribute or attribute[0].tag.POS != "ADJF" or "Apro" in attribute[0].tag or "Subx" in attribute[0].tag:
        return False  # "знакомого мороза": an adjective that is also a noun for a person stands beside the name
    tag = attribute[0].tag
    return any(p.tag.POS == "NOUN" and not p.tag.grammemes & _PERSON and p.tag.case == tag.case
               and p.tag.number == tag.number and (tag.number == "plur" or tag.gender in (None, p.tag.gender))
               for p in parses(word))


# A count said or written before a word (spoken numbers reach the recognizers as digits), alone: not a year's four
# digits, not a time's or a score's ("29:56 хитли").
_COUNT_BEFORE = re.compile(r"(?<!\S)(\d{1,3}|[^\W\d_]+)[ \t]+$")


def _counted_things(text: str, start: int, word: str) -> bool:
    """One word right after a cardinal numeral that reads as a common noun's plural: things or animals counted ("двух
    зайцев", "одиннадцать рыбаков"), though the singular is a surname too. People of one surname are counted in the
    surname's own plural ("двух ивановых"), a first name in any number ("двух петров", "один курт"): those stay."""
    before = _COUNT_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not (before.group(1).isdigit() or any(p.tag.POS == "NUMR" for p in parses(before.group(1).lower()))):
        return False
    found = parses(word)
    plural = [p for p in found if p.tag.number == "plur"]
    return any(p.tag.POS == "NOUN" for p in plural) and not any(p.tag.grammemes & _PERSON for p in plural) \
        and not any(p.tag.grammemes & {"Name", "Patr"} for p in found)  # "один курт чинил часы": one Kurt


def _ordinary_lowercase_word(text: str, start: int, end: int) -> bool:
    """Lowercase text: a word no parse reads as a name part, which the tagger reading its context does not call a
    name either ("методист", "восьмилетний", "следующий"). Not a short word (initials, syllables of East Asian
    names), not one the dictionary lacks, not one with a surname's ending ("сергей капков": a noun's genitive plural
    to the dictionary), not one said right after "фамилия"/"зовут"."""
    word = text[start:end]
    return len(word) > 3 and is_known(word) and not _rare_kinds(word) and not _SURNAME_ENDING.search(word.lower()) \
        and not _after_naming_word(text, start) and name_probabilities(text).get(start, 1.0) < get_tagger().threshold


def _ordinary_word_beside_a_name(text: str, word: tuple[int, int], name_word: tuple[int, int]) -> bool:
    """An attribute or the next phrase's word at a lowercase name's edge ("восьмилетний федя колосов", "виктора палыча
    следующий этап", "вероники поступление в пекин") is no part of the name: an ordinary word
    (_ordinary_lowercase_word) with no noun reading agreeing in case and number with the name word beside it. A noun
    that agrees stays, as the surname it may be ("виктор кабан", "петька кот", "волка артёма", "лариса петровна
    сорока"): the dictionary cannot tell "дворника шухрата" from "волка артёма". After the name, a surname's place
    stays a name's whatever it reads as: after a patronymic ("нина степановна гладких", "марии кирилловне шпак"), a
    plural adjective's form ("долгих") or a verb's ("сальвадора дали")."""
    if not _ordinary_lowercase_word(text, *word):
        return False
    if word[0] < name_word[0]:  # before a first name and patronymic it is the surname ("берегового романа петровича")
        rest = NAME_WORD.findall(text, name_word[0])[:2]
        if len(rest) == 2 and "Name" in _rare_kinds(rest[0]) and "Patr" in _person_kinds(rest[1]):
            return False
        if "Patr" in _person_kinds(rest[0]) and _a_patronymics_first_name(text[slice(*word)], _case_numbers(rest[0])):
            return False  # before a patronymic it is the first name ("дарима батоцыреновна аюшеева")
    else:
        lower = text[slice(*word)].lower()
        if "Patr" in _rare_kinds(text[slice(*name_word)]) or lower.endswith(("их", "ых")) \
                or parses(lower)[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") \
                or _an_adjective_surnames_case(text, lower, text[slice(*name_word)], word[1]):
            return False
    theirs = _case_numbers(text[slice(*name_word)])
    if theirs is None:  # a name the dictionary lacks ("фаридун"): no case to agree with, but an adjective after it that
        # agrees with the noun after itself is that noun's attribute ("спасибо фаридун доверительный платёж …")
        return word[0] > name_word[0] and _modifies_next_noun(text, text[slice(*word)].lower(), word[1])
    return not any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in theirs for p in parses(text[slice(*word)]))


def _governing_preposition(text: str, word: tuple[int, int], name_word: tuple[int, int]) -> bool:
    """In speech a one-letter preposition before a name word in the case it governs is the preposition, no initial
    ("кафе у михалыча", "к ивану", "с петровым"): an initial is said as its letter's name there ("бэ", "вэ")."""
    case = _PERSON_PREPOSITION_CASES.get(text[slice(*word)].lower())
    return len(text[slice(*word)]) == 1 and case is not None and text[word[1]:word[1] + 1] != "." \
        and name_word[1] - name_word[0] > 1 \
        and any(p.tag.case == case for p in parses(text[slice(*name_word)].lower()))


def _hyphenated_common_word(first: str, second: str) -> bool:
    """Two words speech-to-text wrote apart that the dictionary knows joined by a hyphen as a word no reading makes
    a person's ("плей офф", "хет трику", "курбан байрам", "гран при"): one common word, not a first name and a surname
    ("жан пьер", "шолом алейхем" stay)."""
    joined = f"{first}-{second}".lower()
    return is_known(joined) and not any_grammemes(joined) & _PERSON


def _half_of_a_hyphenated_word(text: str, start: int, end: int) -> bool:
    """One lowercase word that, with the word right before or after it, is a common word written apart ("по хет
    трику", "матч плей офф")."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.match(text, end)
    return (before is not None and _hyphenated_common_word(before.group(1), text[start:end])) \
        or (after is not None and _hyphenated_common_word(text[start:end], after.group(1)))


def _before_its_patronymic(text: str, words: list[tuple[int, int]]) -> bool:
    """The first of `words` is a first name the dictionary reads otherwise, right before its patronymic ("дарима
    батоцыреновна аюшеева"): kept at the name's edge (_a_patronymics_first_name)."""
    if len(words) < 2 or "Patr" not in _person_kinds(text[slice(*words[1])]):
        return False
    word = text[slice(*words[0])]
    return len(word) > 3 and word.lower() not in STOPWORDS and word.lower() not in _TITLES \
        and _a_patronymics_first_name(word, _case_numbers(text[slice(*words[1])]))


def name_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span a word-by-word tagger found, as names: cut where punctuation no name crosses stands, each piece without
    the words at its edges that are no part of a name (_edge_not_name), pieces naming nobody (names_nobody) dropped."""
    cuts = [start] + [m.start() for m in _NAME_BREAK.finditer(text, start, end)] + [end]
    lowercase = needs_recasing(text)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        words = [m.span() for m in NAME_WORD.finditer(text, a, b)]
        while words and not _before_its_patronymic(text, words) \
                and (_edge_not_name(text, *words[0]) or _title_before(text, words)
                     or (lowercase and len(words) > 1 and _ordinary_word_beside_a_name(text, words[0], words[1]))
                     or (lowercase and len(words) > 1 and _governing_preposition(text, words[0], words[1]))):
            words.pop(0)
        while words and (_edge_not_name(text, *words[-1])
                         or (lowercase and len(words) > 1 and _ordinary_word_beside_a_name(text, words[-1], words[-2]))):
            words.pop()
        if not words or (len(words) == 2 and _hyphenated_common_word(text[slice(*words[0])], text[slice(*words[1])])):
            continue
        s, e = words[0][0], words[-1][1]
        if text[e:e + 1] == "." and e < b:
            e += 1  # an initial keeps its dot
        if not names_nobody(text, s, e):
            pieces.append((s, e))
    return pieces

# Read by the speech checker's owner frames (guard/disclosure/personal.py `owner_named_words`): a role or kin noun
# there says who the owner is ("владелец — мужчина", "оформлен на маму"), not which one.
PERSON_NOUN_LEMMAS = frozenset(_PERSON_NOUN_LEMMAS)


# A piece that is a word of grammar ("на", "не", "и", "по", "ну"): glued to the next line's first word it makes words
# («на» + «умов», «по» + «пов») no one said as a name.
_GRAMMAR_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})
_FEWEST_PIECE_LETTERS = 2
_FEWEST_CUT_NAME_LETTERS = 5


@lru_cache(maxsize=20_000)
def _a_grammar_word(piece: str) -> bool:
    found = parses(piece.lower())
    return bool(found) and found[0].tag.POS in _GRAMMAR_POS


def surname_said_in_pieces(pieces: tuple[str, ...]) -> bool:
    """Do the pieces (letters only, said apart: «ива» / «нов», «кузне» / «цов», «ив» / «ан» / «ов») make one surname,
    in any case («иванову», «смирновой»)? The word they make is one the dictionary knows with a surname's reading it
    gives some weight (may_name_a_person's test) — a word the guesser makes up from two words («таксидоров») is none —
    of at least five letters; every piece has two letters or more and none is a word of grammar (a preposition, a
    conjunction, a particle, a pronoun, an interjection): those glue to many words. Without a card this is all a line
    can know of a surname said in syllables (Инструкция запретов, п. 1)."""
    if len(pieces) < 2 or any(len(piece) < _FEWEST_PIECE_LETTERS or not piece.isalpha() for piece in pieces):
        return False
    word = "".join(pieces).lower()
    if len(word) < _FEWEST_CUT_NAME_LETTERS or not is_known(word) or any(_a_grammar_word(piece) for piece in pieces):
        return False
    return any(parse.score >= 0.05 and "Surn" in parse.tag for parse in parses(word))
