"""An utterance prepared once for every rule: words with their lemmas and grammemes, digit groups.

Rules match on lemmas, not strings, so "сбоя", "аварией", "задержки" are the words of the
instruction in other cases, and ASR's lowercase text reads the same as typed chat. Spoken
numbers ("восемь девятьсот шестнадцать ...") are turned into digits by guard.normalize and
grouped, with offsets mapped back, so a phone number said aloud is the same digits as a typed one.
Every per-word lookup is cached: contact-center speech repeats a few thousand forms.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable
from functools import cached_property, lru_cache

from guard.document import HYPHENATED_TOKEN, Document
from guard.morph import normalize_word, parses
from guard.recognizers.address import ADDRESS_PART_WORDS, SETTLEMENT_ABBREVIATIONS
from guard.recognizers.lexicon import LATIN_LETTER_NAMES, LETTER_NAMES
from guard.normalize import (Normalization, NormalizedText, cyrillic_lookalikes, masked_numbers, normalize,
                             normalize_unicode, readings, rewritten)

# A break before a word: the start of a sentence or a clause ("Может быть, ...", "..., девушка").
_BREAK = re.compile(r"[.!?;:,…()\"«»—–]")
# Digits that belong to one number when only spaces, hyphens, dots or brackets stand between them.
_DIGIT_GROUP = re.compile(r"\+?\d(?:[\d\-\s().]{0,3}\d)*")
# Digit groups said with pauses a transcriber writes as commas ("903, 123, 45, 67", "4 5 0 5, 6 7 8 9 0 1"); a comma
# with no blank after it is a decimal or a written list ("1500,50"), not a pause.
_COMMA_CHAIN = re.compile(r"\d+(?:,?[ \t]+\d+)*")  # a maximal chain, found in one pass (tests/test_redos.py)
_COMMA_PAUSE = re.compile(r",[ \t]+")
_WHOLE_NUMBER_DIGITS = 10  # a phone without its 8, a passport, a contract, an INN


def _comma_pauses(text: str) -> list[tuple[int, int, str]]:
    """The commas inside each chain of digit groups that together have a whole number's digits, as blanks."""
    pieces = []
    for chain in _COMMA_CHAIN.finditer(text):
        if "," in chain.group() and sum(ch.isdigit() for ch in chain.group()) >= _WHOLE_NUMBER_DIGITS:
            pieces.extend((chain.start() + m.start(), chain.start() + m.start() + 1, "")
                          for m in _COMMA_PAUSE.finditer(chain.group()))
    return pieces


# Hesitation sounds a speech-to-text export keeps ("ээ", "эм", "ммм").
_HESITATION = re.compile(r"э+|э+м+|м+|хм+|а-а+|э-э+|ам+")


def _abbreviation(form: str) -> str:
    """An abbreviation ASR writes as its letters' names joined by hyphens ("эм-эм-эс", "эс-эм-эс", "пэ-дэ-эф") is
    the word its names say run together ("эмэмэс", "эсэмэс"): one spelling for the rules and the model (stop 40).
    Two names or more, every one a letter's (guard/recognizers/lexicon.py); "э-э" is a hesitation, not a word."""
    if "-" not in form:
        return form
    parts = form.split("-")
    if len(parts) < 2 or not all(part in LETTER_NAMES or part in LATIN_LETTER_NAMES for part in parts) \
            or _HESITATION.fullmatch(form):
        return form
    return "".join(parts)
# Discourse fillers after which speech starts over, as after a comma: "ну женщина ну послушайте".
_FILLERS = frozenset({"ну", "вот", "ага", "угу", "ой", "короче"})
# Words that carry no meaning where a speaker starts or restarts a clause ("так, ну вот, значит, номер..."): the
# trained model reads the line without them (Utterance.content_tokens), so an ASR export's fillers neither look like
# the blunt speech of a violation nor dilute a clause. Only at a clause start for the words that are also content
# ("так себе", "это значит", "типа тарифа").
_FILLER_ANYWHERE = _FILLERS | frozenset({"типа", "блин", "эх", "мм", "хм"})
_FILLER_PHRASES = (("в", "общем"), ("как", "бы"), ("так",), ("значит",), ("да",), ("это",))
# How sure the speaker is, not what is said: the hedged register of a careful or bureaucratic speaker ("не исключено,
# что номер оформлен на …", "по имеющейся у меня информации, договор …", "могу предположить, что компания …"). At
# a clause start the model reads the line without the frame (and its "что", and an "я" before it), so a hedged
# paraphrase reads as the plain statement it hedges. Not the hedges 002 forbids ("может быть", "наверное": rules of
# policies/disclosure.yaml, which read every token) nor the opinion markers п. 12's frame reads ("по-моему", "считаю").
_HEDGE_FRAMES = tuple(tuple(frame.split()) for frame in (
    "не исключено", "не исключаю", "не исключаем", "вполне вероятно", "вполне возможно", "весьма вероятно",
    "вероятно", "по-видимому", "по всей видимости", "по всей вероятности", "судя по всему", "надо полагать",
    "следует полагать", "есть основания полагать", "есть основания считать", "имеются основания полагать",
    "насколько мне известно", "насколько я знаю", "насколько я понимаю", "насколько я вижу", "насколько могу судить",
    "насколько я могу судить", "если я не ошибаюсь", "если не ошибаюсь", "по имеющейся у меня информации",
    "по имеющейся информации", "по имеющимся у меня данным", "по имеющимся данным", "по имеющимся у меня сведениям",
    "по имеющимся сведениям", "по моим данным", "по моим сведениям", "по моей информации", "могу предположить",
    "смею предположить", "осмелюсь предположить", "рискну предположить", "позволю себе предположить",
    "можно предположить", "полагаю", "предполагаю", "как мне представляется", "мне представляется",
    "с высокой долей вероятности", "с большой долей вероятности", "с определенной долей вероятности",
    "позволю себе заметить", "позволю себе отметить", "следует отметить",
    "стоит отметить"))  # forms as Token.form has them: lowercase, ё as е
_HEDGES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(frame for frame in _HEDGE_FRAMES if frame[0] == first) for first in {f[0] for f in _HEDGE_FRAMES}}
_KEEP_AFTER_TAK = frozenset({"и", "что", "же", "как", "себе", "не", "нельзя", "можно", "надо", "нужно", "много",
                             "мало", "долго", "часто", "сказать"})
# ASR writes an indefinite pronoun's particle as a word of its own ("какая то проблема", "кто то звонил"): after a
# question word it is read as the one word the writer meant ("какая-то", "кто-то"), so "какая то проблема" is not the
# question "какая проблема?" and a rule on either reads the ASR line as the typed one.
_INDEFINITE_PARTICLES = frozenset({"то", "нибудь", "либо"})
# the question words by lemma (public: guard/disclosure/streets.py reads a street word's «какой» as asking, stop 56)
QUESTION_STEMS = frozenset({"кто", "что", "какой", "где", "куда", "когда", "как", "почему", "зачем", "чей", "откуда",
                             "сколько", "отчего"})
# A parse below this probability is ignored for grammemes (lemmas keep every parse).
_MIN_TAG_SCORE = 0.05


@dataclass(frozen=True)
class WordInfo:
    """What the rules need to know about one lowercase word form."""

    form: str
    lemmas: frozenset[str]
    grammemes: frozenset[str]      # of every likely parse: POS, case, Name/Surn/Patr ...; UNKN: not in the dictionary
    top_grammemes: frozenset[str]  # of the most likely parse
    parse_tags: tuple[frozenset[str], ...] = ()  # the grammemes of each likely parse, for @NOUN+nomn
    cut_of: frozenset[str] = frozenset()  # a dotted cut ("конт."): the pattern words it may stand for (patterns.py)
    # a compound of nouns joined by a hyphen ("юрлицо-владелец", "организации-владельца"): the lemmas of its nouns
    # (compound_parts), what a rule's pattern reads it as beside the compound itself (patterns.py)
    parts: frozenset[str] = frozenset()


@lru_cache(maxsize=100_000)
def word_info(form: str) -> WordInfo:
    """Morphology of a folded word form (lowercase, ё as е); cached for the process."""
    try:
        found = parses(form)
    except ValueError:  # pymorphy2 asks unicodedata for a letter's name; some code points have none
        found = ()
    lemmas = frozenset(normalize_word(p.normal_form) for p in found) | {form}
    grammemes: set[str] = set()
    for parse in found:
        if parse.score >= _MIN_TAG_SCORE:
            grammemes.update(parse.tag.grammemes)
    if found and not any(parse.is_known for parse in found):
        grammemes.add("UNKN")  # a word the dictionary does not know: a company or brand name, a typo
    parse_tags = tuple(frozenset(parse.tag.grammemes) for parse in found if parse.score >= _MIN_TAG_SCORE)
    top = frozenset(found[0].tag.grammemes) if found else frozenset()
    return WordInfo(form, lemmas, frozenset(grammemes), top, parse_tags, parts=compound_parts(form))


# A compound's part shorter than this is a prefix or a particle's stem, not a noun of its own ("вип-", "ай-").
_MIN_PART_LETTERS = 3


def compound_parts(form: str) -> frozenset[str]:
    """The lemmas of the nouns of a hyphenated compound of nouns — Russian's apposition written as one word
    ("юрлицо-владелец", "владелец-организация", "организации-владельца", "девушка-консультант"), which names one thing
    by each of its nouns. Every part a noun the dictionary knows, of _MIN_PART_LETTERS letters or more; not a particle
    ("номер-то", "кто-то"), an adverb ("по-моему"), a letter's name ("эс-эм-эс") or a place's name ("санкт-петербург":
    its parts are no dictionary nouns). Empty for any other word."""
    if "-" not in form:
        return frozenset()
    pieces = form.split("-")
    lemmas: set[str] = set()
    for piece in pieces:
        if len(piece) < _MIN_PART_LETTERS or not piece.isalpha():
            return frozenset()
        try:
            found = parses(piece)
        except ValueError:
            return frozenset()
        nouns = [parse for parse in found if parse.is_known and parse.score >= _MIN_TAG_SCORE and "NOUN" in parse.tag
                 and not ({"Geox", "Name", "Surn", "Patr"} & set(parse.tag.grammemes))]
        if not nouns or not found or "NOUN" not in found[0].tag:
            return frozenset()
        lemmas.update(normalize_word(parse.normal_form) for parse in nouns)
    return frozenset(lemmas)


@lru_cache(maxsize=100_000)
def _token_form(word: str) -> str | None:
    """The form a word as written is read in (Token.form), or None for a hesitation sound ("ээ", "мм"). A word mixing
    scripts ("aвария", "ИBAHOB") is read as Cyrillic by the one table of twins (guard/normalize.py) before it is
    lowercased: an uppercase Latin twin ("B", "H") has no lowercase look-alike. Cached by the word as written (stop
    42): a contact centre's lines repeat a few thousand words, and each was folded again in every line."""
    form = _abbreviation(normalize_word(cyrillic_lookalikes(word)))
    return None if _HESITATION.fullmatch(form) else form


def _hedge_length(tokens: list[Token], i: int) -> int:
    """How many tokens from `i` are a hedge frame (_HEDGE_FRAMES), with an "я" before it and a "что" after it; 0: none,
    or nothing would be left after it."""
    start = i + 1 if tokens[i].form == "я" else i
    if start >= len(tokens):
        return 0
    for frame in _HEDGES_BY_FIRST_WORD.get(tokens[start].form, ()):
        end = start + len(frame)
        if tuple(token.form for token in tokens[start:end]) == frame:
            end += end < len(tokens) and tokens[end].form == "что"
            return end - i if end < len(tokens) else 0
    return 0


def _indefinite(before: WordInfo, particle: str) -> WordInfo | None:
    """The word a question word and an indefinite particle written apart make ("какая" + "то": "какая-то"), when the
    dictionary knows it; None otherwise."""
    if not before.lemmas & QUESTION_STEMS:
        return None
    joined = word_info(f"{before.form}-{particle}")
    return None if "UNKN" in joined.grammemes else joined


# Verbal prefixes speech to text writes apart from their verb ("пере писала", "пере оформим") that are no word of
# their own in speech (the dictionary's "пере" is a rare case of "перо")
_PREFIXES_SAID_APART = frozenset({"пере", "недо"})
_MIN_SAID_APART = 2  # letters of each piece: "в" + "се" are two words, never one


def _said_apart(before: WordInfo, form: str) -> WordInfo | None:
    """The word two pieces make when speech to text cut one word in two ("органи зации", "при ложении", "пере
    писала"): a piece the dictionary does not know (or a verbal prefix that is no word: _PREFIXES_SAID_APART), both
    pieces letters only, and the joined word one the dictionary knows that is no name. None otherwise (two words)."""
    if not (before.form.isalpha() and form.isalpha()) or min(len(before.form), len(form)) < _MIN_SAID_APART:
        return None
    if not ("UNKN" in before.grammemes or "UNKN" in word_info(form).grammemes or before.form in _PREFIXES_SAID_APART):
        return None
    joined = word_info(before.form + form)
    if "UNKN" in joined.grammemes or joined.grammemes & {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"}:
        return None
    return joined


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    info: WordInfo
    after_break: bool  # first word, or a punctuation mark stands between it and the previous word

    @property
    def form(self) -> str:
        return self.info.form

    @property
    def is_digit(self) -> bool:
        return self.info.form.isdigit()


# Words that open a new clause where ASR writes no comma: "...разберёмся а руководство ...", "...поэтому...".
_CLAUSE_OPENERS = frozenset({"а", "но", "поэтому", "потому", "однако", "хотя", "зато", "если", "когда", "чтобы",
                             "тогда", "ведь", "или", "и"})
CLAUSE_WORDS = 8  # a longer run of words without a break is cut into pieces of this size (ASR has no commas)
MIN_CLAUSE_WORDS = 3  # a shorter piece joins the clause before it


def clauses(tokens: list[Token]) -> list[list[Token]]:
    """The line cut into clauses: at punctuation (Token.after_break), before a conjunction or a clause-opening word
    when the clause so far has MIN_CLAUSE_WORDS words, and every CLAUSE_WORDS words; a short tail joins the clause
    before it. One clause: the whole line."""
    cut: list[list[Token]] = []
    for token in tokens:
        opens = token.after_break or token.form in _CLAUSE_OPENERS
        if not cut or (opens and len(cut[-1]) >= MIN_CLAUSE_WORDS) or len(cut[-1]) >= CLAUSE_WORDS:
            cut.append([token])
        else:
            cut[-1].append(token)
    if len(cut) > 1 and len(cut[-1]) < MIN_CLAUSE_WORDS:
        cut[-2].extend(cut.pop())
    return cut


# A sentence ends at ".", "!", "?", "…" or ";" — a dot only before a space or the end ("mail.ru" is one address).
# the written abbreviations of an address's parts (the address kind's one list), not whole words ("дом", "село")
_ADDRESS_ABBREVIATIONS = frozenset(word for word in ADDRESS_PART_WORDS if len(word) <= 4
                                   and word not in {"а", "я", "дом", "село", "край", "офис", "рф"}) | SETTLEMENT_ABBREVIATIONS
_SENTENCE_END = re.compile(r"[!?;…]|\.(?:\s|$)")
# Words that turn a sentence to something else ("..., а паспорт у владельца ...", "не скажу, но он заканчивается
# на ..."): what a read-back or a refusal says stops there; "а также" goes on with the same list.
CONTRAST_WORDS = frozenset({"а", "но", "однако", "зато", "хотя", "кстати"})
_CONTINUES = frozenset({"также", "еще", "ещё", "именно"})  # "а также телефон": the same list goes on
# After a comma or colon, the operator's own conclusion: "вы назвали кодовое слово, значит, скажу: …"
_CONCLUSION_WORDS = frozenset({"поэтому", "значит", "тогда", "теперь", "этого", "итак"})


def stretch_starts(utterance: "Utterance") -> list[int]:
    """Token indexes where a stretch of the line starts: the first word, the first word of each sentence, a
    contrast word ("а", "но", "однако" ...) and a conclusion after a comma ("…, значит", "…, поэтому") — the part a read-back cue or a refusal governs ("вы назвали почту
    ..., а паспорт у владельца ..." is two stretches; "как вы сказали, адрес ..." one: a comma does not end it)."""
    return utterance.derived("stretch_starts", lambda: _stretch_starts(utterance))


def _stretch_starts(utterance: "Utterance") -> list[int]:
    tokens = utterance.tokens
    starts: list[int] = []
    previous_end = 0
    for i, token in enumerate(tokens):
        # the gap with the word's first letter: a full stop ends a sentence only before a space ("anna.petrova@…" is
        # one e-mail address, not two sentences)
        gap = utterance.text[previous_end:token.start + 1]
        previous_end = token.end
        if i == 0 or (_SENTENCE_END.search(gap) and not (i and _abbreviation_stop(tokens[i - 1].form, gap))):
            starts.append(i)
        elif token.form in CONTRAST_WORDS and not (i + 1 < len(tokens) and tokens[i + 1].form in _CONTINUES) \
                and not _spells_letters(tokens, i):
            starts.append(i)
        elif token.after_break and token.form in _CONCLUSION_WORDS:
            starts.append(i)
        elif token.form == "так" and i + 1 < len(tokens) and tokens[i + 1].form == "что" \
                and not tokens[i + 1].after_break:
            # "…, договор постоплатный, так что конец номера: …": the conjunction of a conclusion, with or without the
            # comma speech to text leaves out ("так, что" — the degree — has its comma inside; issue 12)
            starts.append(i)
    return starts


# the letter names that are also everyday words after "а" ("а те, кто …", "а же", "а че"): never read as spelling
_LETTER_NAMES_AS_WORDS = frozenset({"же", "те", "че", "ка", "ай", "ку", "ти", "ну"})


# the nouns a series spelled in letters follows: a document and its series or number
_SERIES_NOUNS = frozenset({"паспорт", "серия", "номер", "документ", "загранпаспорт", "удостоверение", "права"})


def _spells_letters(tokens: list, i: int) -> bool:
    """The "а" at i is a letter spelled out, not the contrast: a document's noun right before it, another letter's
    name after it, and then a number or "номер" — a foreign passport's series read in letters ("паспорт а бэ пятьдесят
    пять …", "серия а дэ номер …"). After any other word "а" stays the contrast ("вы назвали имя, а …")."""
    if tokens[i].form != "а" or i == 0 or i + 1 >= len(tokens) or tokens[i + 1].after_break or tokens[i].after_break:
        return False
    if not tokens[i - 1].info.lemmas & _SERIES_NOUNS:
        return False
    letter = tokens[i + 1].form
    if len(letter) < 2 or letter in _LETTER_NAMES_AS_WORDS or (letter not in LETTER_NAMES
                                                                and letter not in LATIN_LETTER_NAMES):
        return False
    if i + 2 >= len(tokens):
        return False
    then = tokens[i + 2]
    return then.is_digit or "NUMR" in then.info.grammemes or then.form == "номер"


def _abbreviation_stop(previous: str, gap: str) -> bool:
    """The gap's only sentence end is the full stop of an address abbreviation ("г. Казань, ул. Декабристов, д. 85":
    recognizers/address.py ADDRESS_PART_WORDS, the short ones): one address, not four sentences."""
    return (previous in _ADDRESS_ABBREVIATIONS and gap.lstrip().startswith(".")
            and not re.search(r"[!?;…]", gap) and gap.count(".") == 1)


def stretch_of(utterance: "Utterance", index: int) -> tuple[int, int]:
    """(first, last) token indexes of the stretch (stretch_starts) that holds token `index`."""
    starts = stretch_starts(utterance)
    at = bisect_right(starts, index) - 1
    last = starts[at + 1] - 1 if at + 1 < len(starts) else len(utterance.tokens) - 1
    return starts[max(0, at)], last


# Between two pieces of one number told in parts: a blank, a comma, "и" ("два нуля и две единицы").
_PIECES_APART = re.compile(r"[ \t]*,?[ \t]*(?:и[ \t]+)?")


@dataclass(frozen=True)
class DigitGroup:
    """One number as digits, and where it stands in the original text."""

    digits: str
    start: int
    end: int


class Utterance:
    """The text of one utterance, analysed lazily: tokens always, numbers only when a rule asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._derived: dict[str, Any] = {}

    def derived(self, step: str, compute: Callable[[], Any]) -> Any:
        """A value computed from this utterance once and read by several steps (the sentence vector: the line
        model and the hit verifier both read it)."""
        if step not in self._derived:
            self._derived[step] = compute()
        return self._derived[step]

    def derived_so_far(self, step: str) -> Any:
        """What `derived` holds for `step` (None: not computed yet), computing nothing: for a reading that asks whether a
        step ran, not one that needs it to."""
        return self._derived.get(step)

    @cached_property
    def _plain(self) -> NormalizedText:
        """The text with Unicode made plain (normalize_unicode): read once a line by its tokens and its normalization
        (issue 12, stop 58: each read it again)."""
        return normalize_unicode(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """Words of the text with Unicode made plain ("Ива\u200bнова" is one word), spans in the original."""
        plain = self._plain
        text = plain.text
        tokens: list[Token] = []
        previous_end = 0
        for match in HYPHENATED_TOKEN.finditer(text):
            form = _token_form(match.group())  # folded, a word mixing scripts read as Cyrillic
            if form is None:
                continue  # ASR writes "я ээ не знаю": the sound is not a word of the phrase
            start, end = plain.to_original(match.start(), match.end()) if plain.changed else match.span()
            gap = self.text[previous_end:start]  # punctuation as written: a typographic dash is a break
            if form in _INDEFINITE_PARTICLES and tokens and not _BREAK.search(gap) and gap.isspace():
                joined = _indefinite(tokens[-1].info, form)
                if joined is not None:  # "какая то" said for "какая-то": one word, its span both words
                    tokens[-1] = Token(tokens[-1].start, end, joined, tokens[-1].after_break)
                    previous_end = end
                    continue
            if tokens and gap == " ":
                joined = _said_apart(tokens[-1].info, form)
                if joined is not None:  # "пере писала", "органи зации": one word speech to text cut in two
                    tokens[-1] = Token(tokens[-1].start, end, joined, tokens[-1].after_break)
                    previous_end = end
                    continue
            after_break = not tokens or bool(_BREAK.search(gap)) or tokens[-1].form in _FILLERS
            tokens.append(Token(start, end, word_info(form), after_break))
            previous_end = end
        return tokens

    @cached_property
    def content_tokens(self) -> list[Token]:
        """The tokens without discourse fillers (see _FILLER_ANYWHERE): what the trained model reads. A filler
        phrase is dropped at a clause start (the line's start, after punctuation or after another filler), where
        speech restarts; "так себе", "это значит", "как бы" inside a clause stay."""
        kept: list[Token] = []
        tokens = self.tokens
        i = 0
        restart = True
        while i < len(tokens):
            token = tokens[i]
            restart = restart or token.after_break
            if token.form in _FILLER_ANYWHERE:
                i, restart = i + 1, True
                continue
            if restart:
                phrase = next((p for p in _FILLER_PHRASES
                               if tuple(t.form for t in tokens[i:i + len(p)]) == p and i + len(p) < len(tokens)),
                              None)
                if phrase and not (phrase == ("так",) and tokens[i + 1].form in _KEEP_AFTER_TAK) and not (
                        phrase in (("это",), ("да",)) and not tokens[i + 1].after_break
                        and tokens[i + 1].form not in _FILLER_ANYWHERE):
                    i += len(phrase)
                    continue
                hedge = _hedge_length(tokens, i)
                if hedge:
                    i += hedge
                    continue
            kept.append(token)
            restart = False
            i += 1
        return kept

    @cached_property
    def normalized(self) -> Normalization:
        """The text as the recognizers read it — Unicode made plain (full-width digits, zero-width characters),
        spoken numbers as digits, self-corrections resolved — with offsets back into the original."""
        return normalize(self.text, self._plain)

    @cached_property
    def readings(self) -> tuple[Normalization, ...]:
        """Every reading the redactor reads the text in (guard/normalize.py `readings`), `normalized` first: numbers
        with separators read past ("8|916|123|45|67", "восемь девятьсот шестнадцать, сто двадцать три … и шестьдесят
        семь"), a correction's digits kept, base64 decoded."""
        found = readings(self.text, self.normalized)
        spoken = self._comma_pauses_read_past
        if spoken.changed:
            found = (*found, Normalization(self.text, (*self.normalized.steps, spoken)))
        return found

    @cached_property
    def _comma_pauses_read_past(self) -> NormalizedText:
        # In speech a comma between digit groups is the transcriber's pause, not a list (red team bb4, F14: «четыре
        # пять ноль пять, шесть семь восемь девять ноль один»): the digits said, whatever the grouping, are read as
        # one number too when they come to a whole number's length. Card-blind: a wrong guess reads the same.
        return rewritten(self.normalized.text, _comma_pauses(self.normalized.text))

    @cached_property
    def number_text(self) -> str:
        """The normalized text with comma pauses read past: where the digits said are read as numbers (the trained
        model's runs read it with the phone kind's own run rule, guard.disclosure.classifier.number_runs)."""
        return self._comma_pauses_read_past.text

    @cached_property
    def document(self) -> Document:
        """The document the kinds' recognizers read (guard/document.py) for the normalized text: cut into words and
        digit groups once per utterance, not once per recognizer (personal.py runs them inside `analyzing`)."""
        return Document(self.normalized.text, self.normalized)

    @cached_property
    def reading_documents(self) -> tuple[Document, ...]:
        """A document per reading (`readings`; the first is `document`), as the redactor builds one per reading
        (guard/engine.py): the recognizers that read a second reading share its words and digit groups too, instead
        of each cutting the text again (the slowest lines checked are those with a second reading)."""
        return (self.document, *(Document(normalized.text, normalized) for normalized in self.readings[1:]))

    @cached_property
    def digit_groups(self) -> list[DigitGroup]:
        """Numbers in the text (spoken ones too), digits only, with spans in the original text."""
        normalized = self.normalized
        groups: list[DigitGroup] = []
        for match in _DIGIT_GROUP.finditer(normalized.text):
            raw = match.group().rstrip("-(. ")
            digits = "".join(ch for ch in raw if ch.isdigit())
            if not digits:
                continue
            start, end = normalized.to_original(match.start(), match.start() + len(raw))
            groups.append(DigitGroup(digits, start, end))
        return groups

    @cached_property
    def masked_numbers(self) -> list[DigitGroup]:
        """Numbers written with digits masked ("7916*****11"): `digits` is normalize.masked_numbers' pattern, each
        hidden digit a MASK, spans in the original text."""
        normalized = self.normalized
        return [DigitGroup(pattern, *normalized.to_original(start, end))
                for start, end, pattern in masked_numbers(normalized.text)]

    @cached_property
    def digit_runs(self) -> list[DigitGroup]:
        """The digit groups, and each two or three in a row apart by a blank, a comma or "и" joined into one: a
        number's tail told in pieces ("кончается на два нуля и две единицы": "00" and "11" are "0011"; red team bb10,
        21). A run is read as one number where a card's value is compared (its head or tail), nowhere else."""
        groups = self.digit_groups
        runs = list(groups)
        for first in range(len(groups)):
            digits, end = groups[first].digits, groups[first].end
            for following in groups[first + 1:first + 3]:
                if not _PIECES_APART.fullmatch(self.text[end:following.start]):
                    break
                digits, end = digits + following.digits, following.end
                runs.append(DigitGroup(digits, groups[first].start, end))
        return runs

    def digits_in(self, start: int, end: int) -> str:
        """The digits of the numbers that overlap [start, end), spoken ones too."""
        return "".join(group.digits for group in self.digit_groups if group.start < end and start < group.end)

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        return frozenset(lemma for token in self.tokens for lemma in token.info.lemmas)

    @cached_property
    def _token_bounds(self) -> tuple[list[int], list[int]]:
        return [t.start for t in self.tokens], [t.end for t in self.tokens]

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """(first, last) indexes of the tokens overlapping [start, end), or None; a bisect, not a scan."""
        starts, ends = self._token_bounds
        first = bisect_right(ends, start)
        last = bisect_left(starts, end) - 1
        return (first, last) if first <= last else None

    def char_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the text of tokens first..last (inclusive)."""
        return self.tokens[first].start, self.tokens[last].end


# The utterances read most recently, by text (stop 42, speed): in a call one line is read by the check and then again by
# the call's memory (context.Said: what the caller said, the operator's kept lines, a base station named, the number
# told in pieces), by the joined readings (the caller's last line, the operator's kept lines, each check of the turn) and
# by `guard qa`'s call rules (greeting, farewell) — each built its own Utterance and cut the same text into words again.
# Everything an Utterance computes is a function of its text alone (its cached properties and `derived` steps), so a
# line's one Utterance serves every reader of that text. The check itself does not read from here (`remember` only):
# a line checked again is read afresh, as before.
_RECENT_LIMIT = 64
_recent: "OrderedDict[str, Utterance]" = OrderedDict()
_recent_lock = threading.Lock()


def remember(utterance: Utterance) -> Utterance:
    """Keep `utterance` as its text's shared reading (utterance_of); returns it."""
    with _recent_lock:
        _recent[utterance.text] = utterance
        _recent.move_to_end(utterance.text)
        while len(_recent) > _RECENT_LIMIT:
            _recent.popitem(last=False)
    return utterance


def utterance_of(text: str) -> Utterance:
    """The Utterance of `text`: the one read most recently when it is among the last _RECENT_LIMIT, else a new one."""
    with _recent_lock:
        found = _recent.get(text)
        if found is not None:
            _recent.move_to_end(text)
            return found
    return remember(Utterance(text))
