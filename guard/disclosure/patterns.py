"""Word patterns a compliance officer can write: lemma sequences with a little syntax.

    сбой                    any form of the word ("сбоя", "сбоем", "сбои")
    =может =быть            exactly these forms
    расторгнуть|расторжение one of several words
    @PRTS                   a word with this grammeme (pymorphy2 tags: PRTS, ADJS, INFN, ablt, Surn ...)
    @NOUN+nomn              a word with all of these grammemes in one of its parses
    #                       a number: digits, or a spoken numeral ("сорок")
    $legal_form             any word of a shared list (SHARED_WORDS: legal forms, street words, months), exactly as
                            the recognizers read it — kept once in recognizers/, not copied into the rules;
                            $kin: any form of a shared lemma list (SHARED_LEMMAS);
                            $id_document: any phrase of a kind's list of names (SHARED_PHRASES) — the pattern is
                            read once for each phrase ("вид на жительство", "внж", …), its words in any form
    *                       up to three words of any kind in between (*6: up to six)
    ^                       (first) only at the start of the utterance or after punctuation

Patterns are indexed by the words they start with, so checking an utterance looks up each of its
words once instead of trying every pattern at every position.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from guard.disclosure.text import Token, Utterance, WordInfo
from guard.document import HYPHENATED_DIGITS
from guard.morph import lemma, normalize_word, parses
from guard.nlp import DOMAIN_WORDS, PERSON_GRAMMEMES
from guard.recognizers.address import STREET_WORDS
from guard.recognizers.id_document import DOCUMENT_NAMES
from guard.recognizers.email import MAIL_SERVICES
from guard.recognizers.lexicon import (CARRIERS, KIN_NOUNS, LEGAL_FORMS, LETTER_NAMES, MMS_WORDS, MONTH_ADJECTIVES,
                                      MONTH_NAMES, NUMBER_TOLD_NOUNS, REMARK_WORDS)
from guard.recognizers.passport_issuer import OFFICES

GAP = 3
CUT_LETTERS = 3  # a dotted cut this long or longer may stand for a pattern's word ("конт.", "супр.", "зарег.")
_ZERO = frozenset({"ноль", "нуль", "ноля", "нуля"})  # a noun to pymorphy2, a digit to a caller
_STARTING_KEPT = 100_000  # words whose patterns an index keeps (PatternIndex._starting_with), as text.word_info keeps


# Word lists the rules share with the recognizers (one home per kind, issue 11): `$name` in a pattern is any
# of these word forms. "ООО", "ИП" (recognizers/lexicon.py); "улица", "ул", "проспекте" (recognizers/address.py).
SHARED_WORDS: dict[str, frozenset[str]] = {
    "legal_form": frozenset(normalize_word(word) for word in LEGAL_FORMS),
    "street": frozenset(normalize_word(word) for word in STREET_WORDS),
    # "в марте", "марта", "май": a month's name as speech says it (recognizers/lexicon.py MONTH_NAMES)
    "month": frozenset(normalize_word(form) for genitive, nominative in MONTH_NAMES
                       for form in (genitive, nominative, genitive[:-1] + "е")),
    # "уфмс", "овд": the offices that issue passports (recognizers/passport_issuer.py OFFICES)
    "passport_office": frozenset(normalize_word(office) for office in OFFICES),
    # "mms", "ммску", "эмэмэс": the word MMS as written and said (recognizers/lexicon.py MMS_WORDS)
    "mms": frozenset(normalize_word(word) for word in MMS_WORDS),
    # "л", "эл", "эс": a letter alone or by its name (recognizers/lexicon.py LETTER_NAMES, the one list of letter names)
    "letter": frozenset(normalize_word(word) for name, letter in LETTER_NAMES.items()
                        for word in (name, letter) if " " not in word),
    # "мартовский", "майская": a month's adjective said of one person, the nominative singular (recognizers/lexicon.py
    # MONTH_ADJECTIVES) — not "майские праздники"
    "month_adjective": frozenset(form for adjective in MONTH_ADJECTIVES for form in (adjective, adjective[:-2] + "ая")),
}

# Phrase lists the rules share with the recognizers: a pattern naming one (`$id_document *6 #`) stands for one pattern
# per phrase, the phrase's words in its place. The identity documents' names (recognizers/id_document.py).
SHARED_PHRASES: dict[str, tuple[str, ...]] = {"id_document": DOCUMENT_NAMES}


def expand(text: str) -> list[str]:
    """The patterns a pattern's text stands for: itself, or one for each phrase of every shared phrase list it names."""
    texts = [text]
    for name, phrases in SHARED_PHRASES.items():
        piece = "$" + name
        if piece in text.split():
            texts = [" ".join(phrase if word == piece else word for word in each.split())
                     for each in texts for phrase in phrases]
    return texts


def compile_patterns(texts: Iterable[str]) -> tuple[Pattern, ...]:
    """Every pattern the texts stand for (`expand`), compiled."""
    return tuple(compile_pattern(each) for text in texts for each in expand(text))

# Lemma lists the rules share (`$kin` is any form of any of these words): "ваша жена", "вашей дочери".
# `$remark`: what a note must not call a customer or a colleague (п. 20; recognizers/lexicon.py REMARK_WORDS).
# `$carrier`: a mobile carrier, a number's network (recognizers/lexicon.py CARRIERS); `$mail_service`: a mailbox's
# service by its name, "мейл", "яндекс", "gmail" (the EMAIL_ADDRESS kind's, recognizers/email.py MAIL_SERVICES).
SHARED_LEMMAS: dict[str, frozenset[str]] = {"kin": KIN_NOUNS, "remark": REMARK_WORDS, "carrier": CARRIERS,
                                            "mail_service": MAIL_SERVICES, "number_told": NUMBER_TOLD_NOUNS}


class PatternSyntaxError(ValueError):
    """A pattern that cannot be compiled; the message says which piece and why."""


@dataclass(frozen=True)
class Slot:
    """One word position of a pattern: the token matches if any alternative does."""

    lemmas: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    grammemes: frozenset[str] = frozenset()
    number: bool = False
    tags: tuple[frozenset[str], ...] = ()  # @NOUN+nomn: all of these in one parse
    # a cue word that types a value standing near it (a rule's `near`: "прямой" номер): an adjective there is the
    # value's attribute, never the adverb of the same spelling (_lemmas_read)
    attribute: bool = False

    def matches(self, token: Token) -> bool:
        info = token.info
        return bool(
            (self.lemmas and not self.lemmas.isdisjoint(_lemmas_read(info) if self.attribute else info.lemmas))
            or (self.forms and info.form in self.forms)
            or (self.grammemes and not self.grammemes.isdisjoint(_grammemes_read(info)))
            or (self.number and (HYPHENATED_DIGITS.fullmatch(info.form) is not None or "NUMR" in info.grammemes
                                 or info.form in _ZERO))
            or (self.tags and any(tag <= parse for tag in self.tags for parse in info.parse_tags))
            or (info.cut_of and not (self.lemmas.isdisjoint(info.cut_of) and self.forms.isdisjoint(info.cut_of)))
        )


def _lemmas_read(info) -> frozenset[str]:
    """A word's lemmas as a cue word reads them (Slot.attribute): a word read first as an adverb is not also an
    adjective whose only reading of it is the short neuter form — "прямо" ("прямо сейчас") is no "прямой" ("прямой
    номер"); the adjective's own forms ("прямой", "прямому") still are. A wording pattern reads every lemma: "вы
    неадекватно себя ведёте" is the rudeness "неадекватный" names."""
    if "ADVB" not in info.top_grammemes:
        return info.lemmas
    return _adverbs_lemmas(info.form, info.lemmas)


@lru_cache(maxsize=10_000)
def _adverbs_lemmas(form: str, lemmas: frozenset[str]) -> frozenset[str]:
    found = parses(form)
    short_only = {normalize_word(p.normal_form) for p in found if "ADJS" in p.tag} - {
        normalize_word(p.normal_form) for p in found if "ADJS" not in p.tag}
    return lemmas - short_only


def _grammemes_read(info) -> frozenset[str]:
    """A word's grammemes as a pattern reads them: a call centre's own word ("сим", "симкарту": guard/nlp.py
    DOMAIN_WORDS, the one list of such words) is never a person's name, whatever name the dictionary guesses for it —
    ASR splits "сим карта" and "сим" reads as the name Сим."""
    if info.form in DOMAIN_WORDS:
        return info.grammemes - PERSON_GRAMMEMES
    return info.grammemes


# A gap is stored among the slots as the number of words it may skip.
Gap = int
MAX_GAP = 10


@dataclass(frozen=True)
class Pattern:
    text: str
    slots: tuple[Slot | Gap, ...]
    anchored: bool

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """The words (lemmas or forms) each word-only slot takes: a line holding none of one slot's words cannot
        match, whatever the order — checked against the line's words before any matching (PatternIndex.hits)."""
        return _needs(self.slots)

    def could_match(self, words: frozenset[str]) -> bool:
        # a loop, not all() over a generator: asked ~25 times a line by each index (issue 12, stop 58)
        for need in self.needs:
            if words.isdisjoint(need):
                return False
        return True

    @property
    def first(self) -> Slot:
        return next(slot for slot in self.slots if isinstance(slot, Slot))


@lru_cache(maxsize=None)
def _needs(slots: tuple[Slot | Gap, ...]) -> tuple[frozenset[str], ...]:
    return tuple(slot.lemmas | slot.forms for slot in slots
                 if isinstance(slot, Slot) and not (slot.grammemes or slot.number or slot.tags))


def compile_pattern(text: str) -> Pattern:
    pieces = text.split()
    anchored = bool(pieces) and pieces[0] == "^"
    if anchored:
        pieces = pieces[1:]
    slots: list[Slot | Gap] = []
    for piece in pieces:
        gap = re.fullmatch(r"\*(\d*)", piece)
        if gap:
            if not slots or not isinstance(slots[-1], Slot):
                raise PatternSyntaxError(f"{text!r}: '*' must stand between two words")
            size = int(gap.group(1) or GAP)
            if not 1 <= size <= MAX_GAP:
                raise PatternSyntaxError(f"{text!r}: a gap {piece!r} skips 1 to {MAX_GAP} words")
            slots.append(size)
            continue
        slots.append(_slot(piece, text))
    if not slots:
        raise PatternSyntaxError(f"{text!r}: a pattern needs at least one word")
    if not isinstance(slots[-1], Slot):
        raise PatternSyntaxError(f"{text!r}: '*' must stand between two words")
    return Pattern(text, tuple(slots), anchored)


def _slot(piece: str, text: str) -> Slot:
    lemmas: set[str] = set()
    forms: set[str] = set()
    grammemes: set[str] = set()
    tags: list[frozenset[str]] = []
    number = False
    for alternative in piece.split("|"):
        if not alternative:
            raise PatternSyntaxError(f"{text!r}: empty alternative in {piece!r}")
        if alternative == "#":
            number = True
        elif alternative.startswith("@") and "+" in alternative:
            parts = alternative[1:].split("+")
            if not all(parts):
                raise PatternSyntaxError(f"{text!r}: empty grammeme in {alternative!r}")
            tags.append(frozenset(parts))
        elif alternative.startswith("@"):
            grammemes.add(alternative[1:])
        elif alternative.startswith("="):
            forms.add(normalize_word(alternative[1:]))
        elif alternative[1:] in SHARED_LEMMAS and alternative.startswith("$"):
            lemmas.update(SHARED_LEMMAS[alternative[1:]])
        elif alternative.startswith("$"):
            if alternative[1:] not in SHARED_WORDS:
                known = sorted([*SHARED_WORDS, *SHARED_LEMMAS, *SHARED_PHRASES])
                raise PatternSyntaxError(f"{text!r}: no shared word list {alternative!r} "
                                         f"(known: {', '.join('$' + name for name in known)})")
            forms.update(SHARED_WORDS[alternative[1:]])
        elif alternative == "^" or alternative.startswith("*"):
            raise PatternSyntaxError(f"{text!r}: {alternative!r} cannot be an alternative")
        else:
            word = normalize_word(alternative)
            lemmas.update({word, lemma(word)})
    return Slot(frozenset(lemmas), frozenset(forms), frozenset(grammemes), number, tuple(tags))


def match_at(pattern: Pattern, tokens: list[Token], start: int) -> int:
    """Index of the last token of a match starting at `start`, or -1."""
    if pattern.anchored and not tokens[start].after_break:
        return -1
    return _match(pattern.slots, 0, tokens, start)


def _match(slots: tuple[Slot | Gap, ...], s: int, tokens: list[Token], t: int) -> int:
    slot = slots[s]
    if not isinstance(slot, Slot):
        for skip in range(slot + 1):
            if t + skip >= len(tokens):
                return -1
            end = _match(slots, s + 1, tokens, t + skip)
            if end >= 0:
                return end
        return -1
    if t >= len(tokens) or not slot.matches(tokens[t]):
        return -1
    if s + 1 == len(slots):
        return t
    return _match(slots, s + 1, tokens, t + 1)


@dataclass(frozen=True)
class Hit:
    """A pattern matched tokens first..last of an utterance."""

    key: object
    first: int
    last: int


def _compound_readings(tokens: list[Token]) -> list[Token]:
    """The line's tokens, a compound of nouns read as each of its nouns too ("юрлицо-владелец — ЗАО …" is the owner
    named, as "владелец — ЗАО …" is; text.compound_parts): an apposition names one thing by both nouns, whichever a rule
    lists. Read, like a dotted cut, by the rules' phrases only — as more words, never fewer; the same list when no word
    is a compound."""
    if not any(token.info.parts for token in tokens):
        return tokens
    return [replace(token, info=replace(token.info, lemmas=token.info.lemmas | token.info.parts))
            if token.info.parts else token for token in tokens]


class PatternIndex:
    """Many patterns, each with a key (the rule it belongs to), matched in one pass over the words."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[tuple[object, Pattern]]] = {}
        self._scan: list[tuple[object, Pattern]] = []  # patterns starting with a grammeme or a number
        self._vocabulary: set[str] = set()  # every word any slot takes: what a dotted cut may stand for
        self._sorted: list[str] | None = None
        self._starting: dict[WordInfo, tuple[tuple[object, Pattern, int], ...]] = {}  # see `_starting_with`

    def add(self, key: object, pattern: Pattern) -> None:
        self._vocabulary.update(word for slot in pattern.slots if isinstance(slot, Slot)
                                for word in slot.lemmas | slot.forms)
        self._sorted = None
        self._starting = {}
        first = pattern.first
        if first.grammemes or first.number or first.tags:
            self._scan.append((key, pattern))
            return
        for word in first.lemmas | first.forms:
            self._by_word.setdefault(word, []).append((key, pattern))

    def extend(self, key: object, patterns: Iterable[Pattern]) -> None:
        for pattern in patterns:
            self.add(key, pattern)

    def _cut_readings(self, utterance: Utterance) -> list[Token]:
        """The line's tokens (a compound of nouns read as its nouns too: _compound_readings), a dotted cut of a word
        read as every pattern word it may cut: a word the dictionary does not know, of CUT_LETTERS letters or more, a
        dot right after it ("конт.лицо: супр." — "контактный", "лицо", "супруг(а)"; red team bb10, 12). Chat shorthand
        of the rules' own words, read once for all rules: a cut reads as more words, never fewer (a rule's exceptions
        are read on the line as written)."""
        tokens = _compound_readings(utterance.tokens)
        text = utterance.text
        cuts = [k for k, token in enumerate(tokens)
                if text[token.end:token.end + 1] == "." and len(token.form) >= CUT_LETTERS and token.form.isalpha()
                and "UNKN" in token.info.grammemes]
        if not cuts:
            return tokens
        if self._sorted is None:
            self._sorted = sorted(self._vocabulary)
        out = list(tokens)
        for k in cuts:
            form = tokens[k].form
            at = bisect_left(self._sorted, form)
            stands_for = set()
            while at < len(self._sorted) and self._sorted[at].startswith(form):
                if len(self._sorted[at]) >= len(form) + 2:
                    stands_for.add(self._sorted[at])
                at += 1
            if stands_for:
                info = tokens[k].info
                out[k] = replace(tokens[k], info=replace(info, lemmas=info.lemmas | frozenset(stands_for),
                                                         cut_of=frozenset(stands_for)))
        return out

    def _starting_with(self, info: WordInfo) -> tuple[tuple[object, Pattern, int], ...]:
        """The (key, pattern, id of the pattern) triples `hits` tries at a token of this word, each pattern once, in the
        order it tries them: those indexed by the word's lemmas and form, then those opening with a grammeme or a
        number. A function of the word alone (issue 12, speed): worked out once a word and kept, not again at every
        token of every line; the pattern's id (what `hits` keys a line's could_match by) kept with it (stop 58)."""
        seen: set[int] = set()
        found = []
        for key, pattern in [entry for word in info.lemmas | {info.form} for entry in self._by_word.get(word, ())] \
                + self._scan:
            if id(pattern) not in seen:
                seen.add(id(pattern))
                found.append((key, pattern, id(pattern)))
        if len(self._starting) >= _STARTING_KEPT:
            self._starting = {}  # the words of a long-running process are unbounded: start over, never grow past it
        self._starting[info] = candidates = tuple(found)
        return candidates

    def hits(self, utterance: Utterance) -> Iterator[Hit]:
        tokens = self._cut_readings(utterance)
        words = utterance.lemma_set if tokens is utterance.tokens else frozenset(
            lemma for token in tokens for lemma in token.info.lemmas)  # every token's lemmas and its form
        possible: dict[int, bool] = {}  # a pattern some of whose words the line lacks is never tried
        starting = self._starting
        for index, token in enumerate(tokens):
            candidates = starting.get(token.info)
            if candidates is None:
                candidates = self._starting_with(token.info)
            for key, pattern, pattern_id in candidates:
                able = possible.get(pattern_id)
                if able is None:  # once a line: (setdefault would evaluate could_match at every token)
                    able = possible[pattern_id] = pattern.could_match(words)
                if not able:
                    continue
                last = match_at(pattern, tokens, index)
                if last >= 0:
                    yield Hit(key, index, last)


def find(patterns: Iterable[Pattern], utterance: Utterance) -> Iterator[tuple[int, int]]:
    """Every (first, last) token range where one of `patterns` matches; for small lists (exceptions)."""
    tokens = utterance.tokens
    for pattern in patterns:
        if not pattern.could_match(utterance.lemma_set):
            continue
        for index in range(len(tokens)):
            last = match_at(pattern, tokens, index)
            if last >= 0:
                yield index, last
