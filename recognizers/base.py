"""What every guard recognizer shares: Russian context words read from the text itself.

Presidio's own context enhancer needs lemmas from an NLP engine and only ever
raises scores. Call-center text also needs the opposite: "заявка № 9161234567"
is a request number, not a phone. So each recognizer declares words that
support it (`CONTEXT`, also given to Presidio so it works in any
AnalyzerEngine) and word stems that cancel it (`NEGATIVE_CONTEXT`), both looked
up in a short window before the match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, ClassVar

from guard.analysis import (AnalysisExplanation, EntityRecognizer, NlpArtifacts, Pattern, PatternRecognizer,
                                   RecognizerResult, every_match, fold_case, required_literals)

from guard.document import DIGITS, WORD as _WORDS, Document, analyzing, document_for, fold, holds_any
from guard.recognizers.lexicon import (CUE_TO_VALUE, LABEL_QUALIFIER, NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS, SPEAKER_TAG,
                                      TURN_START, gap_words)
# where a number begins and ends, and what ends it: the packed run's decision, read by every kind
from guard.recognizers.packed_run import (DATE_AHEAD, DATE_REST, NOT_A_QUANTITY, RUN_END, RUN_START,  # noqa: F401
                                          SUM_AFTER, counts_something)
from guard.recognizers.cue_reach import WRITTEN_TURN, filler_length, pause_start, reached_values
from guard.recognizers.structured import read_structure

LANGUAGE = "ru"


def words_in(text: str) -> list[str]:
    """The folded words of `text`: the document's word unit (guard/document.py), cut from a bare string."""
    return [fold(w) for w in _WORDS.findall(text)]


def word_start(text: str, pos: int) -> int:
    """`pos` moved back to the start of the word it falls inside: a window never cuts a word in half
    ("Здравствуйте" cut at 40 characters is "вуйте", not a cue; "Инна" cut is "инн", a cue)."""
    pos = min(max(pos, 0), len(text))
    low = max(0, pos - 64)  # no word is longer; a run of letters costs at most this
    doc = document_for(text)
    if doc is not None:  # the document's words are these runs of letters: one bisection, not a step per letter
        word = doc.word_around(pos)
        return pos if word is None else max(word.start, low)
    while pos > low and _WORDS.match(text, pos - 1) and _WORDS.match(text, pos):
        pos -= 1
    return pos


def said_in_words(text: str, start: int, end: int) -> str | None:
    """The words [start, end) of the analyzed text were said as, when the document's normalization wrote them as digits
    ("сорок седьмого" for "47"); None when they were written so (or the text is no document's)."""
    doc = document_for(text)
    normalization = getattr(doc, "normalization", None) if doc is not None else None
    if normalization is None or not getattr(normalization, "changed", False):
        return None
    first, last = normalization.to_original(start, end)
    said = normalization.original[first:last]
    return said if any(ch.isalpha() for ch in said) else None


def word_end(text: str, pos: int) -> int:
    """`pos` moved forward to the end of the word it falls inside."""
    pos = min(max(pos, 0), len(text))
    high = min(len(text), pos + 64)
    doc = document_for(text)
    if doc is not None:
        word = doc.word_around(pos)
        return pos if word is None else min(word.end, high)
    while pos < high and pos > 0 and _WORDS.match(text, pos - 1) and _WORDS.match(text, pos):
        pos += 1
    return pos


def nearest_words(words: list[str], count: int) -> list[str]:
    """The last words of `words` up to `count` of them that are no filler of a pause (cue_reach.filler_length: "ну",
    "там", "как бы"; "день рождения у меня ну э пятого мая", red team bb8 06), the fillers among them kept: never fewer
    words than the last `count`."""
    i, counted = len(words), 0
    while i > 0 and counted < count:
        if i > 1 and filler_length(words[i - 2:i], 0) == 2:
            i -= 2
        elif filler_length(words[i - 1:i], 0):
            i -= 1
        else:
            i -= 1
            counted += 1
    return words[i:]


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """The lowercase words in the `chars` characters before `start`, nearest last, a word the window reaches
    into read whole (from the document being analyzed when `text` is its string: no re-cutting per match)."""
    doc = document_for(text)
    if doc is not None:  # word_start's edge read from the same document: one look-up (PERSON asks ~45 times a text)
        pos = min(max(start - chars, 0), len(text))
        word = doc.word_around(pos)
        return doc.words_in(pos if word is None else max(word.start, pos - 64), start)
    window_start = word_start(text, start - chars)
    return words_in(text[window_start:start])


def words_after(text: str, end: int, chars: int = 25) -> list[str]:
    window_end = word_end(text, end + chars)
    doc = document_for(text)
    if doc is not None:
        return doc.words_in(end, window_end)
    return words_in(text[end:window_end])


@lru_cache(maxsize=100_000)
def is_cue(word: str, stem: str) -> bool:
    """Is `word` (lowercase) the cue word `stem` stands for? A whole word ("инн", "тел") or a longer word
    that can be read as something other than a name: the first name "Инна" is not the cue "ИНН"."""
    if word == stem:
        return True
    if not word.startswith(stem):
        return False
    from guard.morph import NAME_GRAMMEMES, parses  # the dictionaries load once, on the first word that needs them

    readings = parses(word)
    if not readings:
        return True
    return any(NAME_GRAMMEMES.isdisjoint(p.tag.grammemes) for p in readings)  # some reading is not a name


def has_stem(words: list[str], stems: tuple[str, ...]) -> bool:
    # a cue word starts with its stem: one C-level startswith over all stems leaves is_cue only the words that can be
    prefixes = stems if type(stems) is tuple else tuple(stems)
    return any(is_cue(word, stem) for word in words if word.startswith(prefixes)
               for stem in prefixes if word.startswith(stem))


def last_cue(words: list[str], stems: tuple[str, ...]) -> tuple[int, str] | None:
    """(position, stem) of the cue nearest the end of `words`, or None."""
    prefixes = stems if type(stems) is tuple else tuple(stems)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not word.startswith(prefixes):
            continue  # no stem begins it, so none is its cue (is_cue)
        for stem in prefixes:
            if is_cue(word, stem):
                return i, stem
    return None


def another_cue_is_nearer(own: tuple[int, str] | None, other_at: int) -> bool:
    """The nearest cue decides whose number follows: another kind's or nobody's cue at word `other_at` wins unless this
    kind's own cue (`own`, from last_cue) comes after it — and a bare "номер" right after the other cue is that cue's
    number: "накладная номер …" is the waybill's, "по заказу мой номер 8 916 …" a phone."""
    return own is None or own[0] < other_at or (own[1] == "номер" and own[0] == other_at + 1)


# Fail closed: a cue of another kind re-types a number (a contract number, not a phone), it never
# drops it — except the cues of numbers that are nobody's personal data (a request, an order). Each kind
# declares its own cue stems (`Kind.cues`); the registry (recognizers/__init__.py) adds them here.
CUE_KINDS: dict[str, str | None] = dict.fromkeys(NOBODYS_NUMBER_CUES)


_LABEL = re.compile(r"([^\n:;.,!?\d]{1,40}):[ \t]*$")
_GENERIC_NUMBER_WORDS = ("номер", "код", "n", "no")
# where a label opens: a line's start, or after a sentence's, a field's or a remark's mark
_OPENS_A_LABEL = frozenset("\n.;,!?:—–-(«\"|\t>")


def labelled_nobodys(text: str, start: int) -> bool:
    """Is the value at `start` written after a label ("Артикул: …") whose head names nobody's number? A Russian
    label's head is its first word, the words after it qualify it: "Номер заказа:" is an order's number, "Телефон
    получателя посылки:" a person's phone."""
    label = _LABEL.search(text, max(0, start - 42), start)
    if label is None:
        return False
    words = [w for w in words_in(label.group(1)) if w not in ("по", "для", "в", "на")][:2]
    if words and words[0] in _GENERIC_NUMBER_WORDS:
        words = words[1:]  # "номер заказа": the word after a bare "номер" names whose it is
    return bool(words) and names_nobodys_number(words[0])


# What a request or an order is for: "заявка на переоформление 8916…", "обращение о блокировке 8916…" — the number
# after it is the subject's (the phone re-registered), not the request's id ("заявка 9161234567", "номер заказа в
# интернет магазине 891…" name theirs).
_REQUESTED_FOR = frozenset({"на", "о", "об"})


# Where a number is written down or taken from: "его номер в заявке 8 927 …" (pii_af39), "IP из заявки 188.170.82.15",
# "телефон из заказа" — the request is the place the number is read from, not whose number it is.
_WRITTEN_IN = frozenset({"в", "во", "из"})


def names_what_it_is_for(words: list[str], at: int) -> bool:
    """Is nobody's cue at `words[at]` followed by what the request or order is for ("заявка на переоформление"), or
    after "в" or "из", the place the number is written in or taken from ("номер в заявке", "IP из заявки")? Then it
    names no number: the value after is still its own kind's (fail closed)."""
    return at + 1 < len(words) and words[at + 1] in _REQUESTED_FOR or at > 0 and words[at - 1] in _WRITTEN_IN


# What a noun's dictionary form may add to a nobody's cue's stem: an ending ("заявк" -> "заявка", "транзакц" ->
# "транзакция"), never a suffix of its own — "трекер" (a GPS tracker, whose SIM, phone and IMEI are the customer's) is
# another noun than "трек" (a parcel's tracking number), as "заказчик" is than "заказ" (s44-packed: packed_r43, o40).
_NOUN_ENDING_LETTERS = frozenset("аяеёиыоуюйь")


def _the_cues_own_noun(lemma: str, stems: list[str]) -> bool:
    return any(lemma.startswith(stem) and set(lemma[len(stem):]) <= _NOUN_ENDING_LETTERS for stem in stems)


def names_nobodys_number(word: str) -> bool:
    """Is `word` an order's, a request's or a transaction's name ("заказа", "операции") — its stem with an ending at
    most, so "заказчика" (the customer, whose INN it is) is not, and a noun: "заказал замену SIM +7918…" (a verb) names
    no order, the phone after it is the caller's (packed_e30)? A noun whose dictionary form is the stem with a suffix
    of its own is another word: "IMEI трекера 3562…", "номер трекера 9010155432" are the tracker's, not a parcel's."""
    stems = [stem for stem in NOBODYS_NUMBER_CUES if is_cue(word, stem) and len(word) - len(stem) <= 3]
    if not stems:
        return False
    from guard.morph import parses  # the dictionaries load once, on the first word that needs them

    readings = parses(word)
    return not readings or any(reading.tag.POS == "NOUN" and _the_cues_own_noun(reading.normal_form, stems)
                               for reading in readings)


@dataclass(frozen=True)
class Kind:
    """One kind of personal data, as the registry (recognizers/__init__.py) lists it.

    `canonical` turns a value as written or said into the form every comparison uses — pseudonyms,
    card matching, identification, the checker's memory of what the caller said: digits for numbers
    (spoken ones too), lemmas for names."""

    entity: str
    recognizers: tuple[type[EntityRecognizer], ...]
    canonical: Callable[[str], str]
    numeric: bool = False
    # Reads natasha's NER and morphology (names, addresses): the engine runs it; the others read the text alone,
    # fast enough for the speech checker's 5 ms budget.
    needs_nlp: bool = False
    # What a text must hold for this kind to be in it at all: the speech checker skips the recognizers
    # otherwise (a number needs a digit — spoken ones are digits by then).
    hint: str = r"\d"
    # Stems that name this kind in front of a number ("договор", "полис"): another kind's match right
    # after one is re-typed to this kind (see CUE_KINDS), never dropped.
    cues: tuple[str, ...] = ()
    # A credential or a card's code (a password, a PIN, a CVV, an expiry): no part of it may be shown, so an operator
    # that keeps the last characters of a value masks it whole (guard/operators.py, red team bb7, 19).
    secret: bool = False
    # The words of a question asking for this kind ("ваша фамилия", "кем выдан", "срок действия"), a regex read from a
    # word's start; empty: its cue stems. The answer to such a question is read as this kind (guard/dialogue.py).
    asked: str = ""
    # How many digits a value of this kind has when whole (a passport's 10, a SNILS's 11): after one of its cues, digit
    # groups said with "и" between that make exactly this many are one value (guard/normalize.py, red team bb7, 13).
    digits: tuple[int, ...] = ()
    # Whether a question's words of asking (`asked`, found at start-end of the question) name something else after all
    # ("код региона", "код ошибки": whose code it is, not a code of the customer's): the kind's own reading, asked by
    # guard/dialogue.py before it reads the answer as this kind. None: the words always ask for this kind.
    names_something_else: Callable[[str, int, int], bool] | None = None

    def asking_words(self) -> str:
        """The regex of a question asking for this kind: `asked`, else the cue stems, else nothing ("")."""
        if self.asked:
            return self.asked
        return "|".join(re.escape(stem) + r"\w*" for stem in sorted(self.cues, key=lambda w: (-len(w), w)))


def make_result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float,
                why: str) -> RecognizerResult:
    """A RecognizerResult as Presidio's own recognizers build it (its context enhancer needs the metadata)."""
    return RecognizerResult(
        entity, start, end, score,
        analysis_explanation=AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                                 textual_explanation=why),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                              # our recognizers weigh their own context words (see ContextPatternRecognizer)
                              RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True},
    )


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def number_value(value: str) -> str:
    """The digits of a number as written ("8 (916) 123-45-67") or said ("восемь девятьсот шестнадцать ..."), read as
    every recognizer reads it: pauses dropped, corrections resolved ("… шестнадцать ой нет двадцать шесть …")."""
    digits = digits_of(value)
    if digits and not any(ch.isalpha() for ch in value):
        return digits
    from guard.normalize import normalize

    return digits_of(normalize(value).text)


_LETTERS = re.compile(r"[^\W\d_]+")
_NAME_ORDER = ("Surn", "Patr", "Name")


def _name_lemma(word: str) -> str:
    """The dictionary form of one word of a name, the same for every case and either gender's ending:
    "Петровой" and "Петрова" -> "петров", "Анне" -> "анна", "Викторовне" -> "викторович"; a name in a neighbour's
    Cyrillic spelling as Russian letters write it ("Воробйова" -> "воробьев", "Ганну" -> "анна")."""
    from guard.morph import parses
    from guard.recognizers.person import in_russian_letters, neighbours_spelling  # here: person imports this module

    # "Воробйов", "Петрівна", "Ганну": the name in Russian letters (red team bb18, f04), the one its dictionary reads as a
    # name, else its plain Russian spelling ("Корольовою" as "королёвой", whatever the dictionary makes of it)
    russian = in_russian_letters(word)
    word = russian if russian != word else neighbours_spelling(word) or word
    readings = parses(word)
    for grammeme in _NAME_ORDER:
        forms = [p for p in readings if grammeme in p.tag.grammemes]
        if forms:
            declined = [p for p in forms if "Fixd" not in p.tag.grammemes] or forms  # "Анне" is "Анна" declined
            return min(p.normal_form for p in declined).replace("ё", "е")
    return (readings[0].normal_form if readings else word.lower()).replace("ё", "е")


def name_value(value: str) -> str:
    """Lemmas of the words of a name or an address, lowercase, ё as е: one person in any case."""
    return " ".join(_name_lemma(word) for word in _LETTERS.findall(value))


_CLAUSE_END = re.compile(r"[,.;:!?\n]|\d")


def clause_before(text: str, start: int, chars: int = 40) -> str:
    """The text since the last punctuation mark or number before `start`: "заявка 123 от 10.12, номер " -> " номер ".

    Unpunctuated ASR speech has no commas, but a number ends what the words before it were about:
    in "снилс 123 456 789 45 паспорт номер 789279" the SNILS cue does not reach the passport. The window
    starts at a word boundary."""
    window = text[word_start(text, start - chars):start]
    ends = list(_CLAUSE_END.finditer(window))
    # a dot inside an abbreviation or a number ("№.", "12.11") is not a clause end; a dot+space is
    for end in reversed(ends):
        if end.group() != "." or end.end() == len(window) or window[end.end():end.end() + 1] == " ":
            if end.end() < len(window):
                return window[end.end():]
    return window


# A written dialogue's speaker label opening a line ("Клиент: ", "Оператор: "), perhaps with a word or two of the
# answer before the value ("Клиент: Да, 10/2031").
_TURN_OPENING = re.compile(r"(?<![ \t])[ \t]*" + SPEAKER_TAG + r"(?:[ \t,.!…\-]*[а-яёa-z]{1,12}){0,3}[ \t,.!…:\-]*", re.IGNORECASE)
_QUESTION_CHARS = 160
# A number opening a written answer: "Клиент: Ладно, 655… ой."
_ANSWER_NUMBER = re.compile(TURN_START + r"[^\n\d]{0,40}?"
                            r"(\d(?:[ \-]?\d)*)(?![ \-]?\d)", re.IGNORECASE | re.MULTILINE)


def _question_span(text: str, start: int) -> tuple[int, int] | None:
    """[start, end) of the previous speaker's line (its last _QUESTION_CHARS) when a value at `start` opens the
    answer to it; None when the value does not open a turn."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or start - line_start > 60 or not _TURN_OPENING.fullmatch(text, line_start, start):
        return None
    question_end = line_start - 1
    return max(text.rfind("\n", 0, question_end) + 1, question_end - _QUESTION_CHARS), question_end


def question_before(text: str, start: int) -> list[str]:
    """The words of the previous speaker's line when a value opens the answer to it: in "Оператор: Срок действия?
    Клиент: 10/2031" the question names what the answer is. Empty when the value does not open a turn."""
    span = _question_span(text, start)
    return words_in(text[word_start(text, span[0]):span[1]]) if span else []


# a date or a card's expiry after the number's blank is no group of it ("карта 2202 … 9687 05.11":
# packed_run.DATE_AHEAD, the rule RUN_END reads; issue 15, stop 54)
_NUMBER_VALUE = r"\d(?:(?:[ \-](?!" + DATE_AHEAD + r"))?\d)*"
# A decimal fraction after a number makes it a sum ("Долг по лицевому счёту за октябрь: 12 740,18")
_NO_FRACTION = r"(?![.,]\d)"
# The digits after a cued number that did not fit its kind: still masked, but any other kind's result (a phone
# at 0.7) outranks them when it finds what they are; above the engine's threshold of 0.5.
REST_SCORE = 0.6
# How many digits a number said right after its cue may lack and still be masked.
SHORT_BY = 3


# Between a number and its cue said after it: "это", "мой", "вот такой" — up to three words, none naming another
# value, an order or a preposition (lexicon.gap_words).
_BACK_GAP = gap_words(0, 3)
# A number with a cue of its own just before it ("лицевой счёт 1234 5678 это номер телефона": the account's), and a
# cue followed by its own number ("1500 рублей а номер телефона 8916…").
_OWN_CUE_BEFORE = re.compile(r"(?<![а-яё])(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r")",
                             re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"(?:[\s,:№#.\-]{1,6}[а-яё]{1,20}){0,3}[\s:№#.,\-]{0,6}\d", re.IGNORECASE)


# What every cue pattern of a kind opens with: no letter right before its cue (base._cue_regex, the kind's _any_cue).
_CUE_LOOKBEHIND = r"(?<![а-яёa-z])"
# A regex read piece by piece: an escape, a character class (a "]" first in it is its own), a comment, a run of plain
# characters, or one "(", ")" or "|" — which opens, closes or splits a group only as a piece of its own.
_REGEX_PIECE = re.compile(r"\\[\s\S]|\[\^?\]?(?:\\[\s\S]|[^\]\\])*+\]|\(\?#[^)]*+\)|[^\\\[()|]++|[\s\S]")
# What a cue cannot hold and mean the same inside an alternation of every cue: a reference to a group (renumbered
# there) or a group's name (repeated there), a condition on a group, verbose mode (whose comments hide parentheses).
_UNMOVABLE = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?<(?![=!])|\(\?\(|\(\?[aiLmsux-]*x")


@lru_cache(maxsize=1024)
def opens_with_a_cue(source: str, cues: tuple[str, ...]) -> bool:
    """Does every match of the regex `source` open with one of `cues` right behind _CUE_LOOKBEHIND — the lookbehind,
    then the cue's group, alone or opening groups around it ("(?:(?:cue)…)"), none of them optional or quantified, and
    no "|" beside the cue in them or at the top? That is what base._cue_regex builds, and what numbers_after_cue's gate
    (a text `_any_cue`, the alternation of the cues, finds nothing in holds no match) rests on. Read by the regex's
    syntax (_REGEX_PIECE), not trusted: anything else answers no."""
    if not source.startswith(_CUE_LOOKBEHIND):
        return False
    at = len(_CUE_LOOKBEHIND)
    for cue in cues:
        if _UNMOVABLE.search(cue):
            continue
        depth = 1
        while source.startswith("(?:" * depth, at):
            if source.startswith("(?:" * depth + cue + ")", at) and _cue_group_leads(source, at, depth, cue):
                return True
            depth += 1
    return False


def _cue_group_leads(source: str, at: int, depth: int, cue: str) -> bool:
    chain = [at + 3 * level for level in range(depth)]  # where each group around the cue opens, the cue's own last
    cue_closes = chain[-1] + 3 + len(cue)
    opened: list[int] = []
    closed = 0
    at = 0
    while (piece := _REGEX_PIECE.match(source, at)) is not None:  # each read on from the last: none inside a class
        token, where, at = piece.group(), at, piece.end()
        if token == "(":
            opened.append(where)
        elif token == ")":
            if not opened:
                return False
            opener = opened.pop()
            if opener in chain:
                if opener == chain[-1] and where != cue_closes:
                    return False  # the cue is no group of its own: "(?:" + cue + ")" closes elsewhere
                if source[where + 1:where + 2] in ("?", "*", "+", "{"):
                    return False  # the cue made optional or repeated
                closed += 1
        elif token == "|" and (not opened or opened[-1] in chain[:-1]):
            return False  # another way to match beside the cue's group (in the cue's own group a "|" is the cue's)
    return not opened and closed == depth


def _near_cues(pattern: re.Pattern, text: str, cue_starts: list[int]) -> list[re.Match]:
    """The matches of a number-then-cue `pattern` ending at one of the cues: searched only in the stretch before
    each cue (a number of 20 groups and three words at most), not over the whole text."""
    matches: dict[tuple[int, int], re.Match] = {}
    for cue_start in cue_starts:
        for match in pattern.finditer(text, max(0, cue_start - 160), min(len(text), cue_start + 80)):
            matches.setdefault(match.span(1), match)
    return [matches[span] for span in sorted(matches)]


class LazyPattern:
    """A regular expression not searched in a text holding none of the strings every match of it holds
    (guard.analysis.required_literals: a cue's words), and compiled only when a text holds one. The cue patterns of
    twenty kinds took ~0.4 s to compile at every start-up, and a text names few kinds: a kind whose cue no text
    names never pays more than reading its strings from the pattern's parse, and a text that names none of a kind's
    cues is not searched for them."""

    __slots__ = ("pattern", "flags", "_compiled", "_literals")
    _UNREAD = frozenset({""})  # the literals not read yet (a set every string holds: never used as a filter)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled, self._literals = pattern, flags, None, self._UNREAD

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def _could_match(self, string: str) -> bool:
        literals = self._literals
        if literals is self._UNREAD:  # read from the parse alone: compiling waits for a text that holds one of them
            literals = self._literals = required_literals(self.pattern, self.flags)
        if not literals:
            return True
        return holds_any(casefolded(string), literals)

    def _matches_in(self, string: str) -> list[re.Match] | None:
        """Every match in the whole of `string`, found once per analyzed document (a kind's gate, its cued numbers, its
        reach past fillers and its cues naming the kind all ask for the same cue's matches); None for any other string."""
        doc = document_for(string)
        if doc is None:
            return None
        return doc.derived(("matches", self),
                           lambda text: every_match(self.compiled, text) if self._could_match(text) else [])

    def search(self, string: str, *args) -> re.Match | None:
        if not args:
            found = self._matches_in(string)
            if found is not None:
                return found[0] if found else None  # the leftmost match is finditer's first
        return self.compiled.search(string, *args) if self._could_match(string) else None

    def match(self, string: str, *args) -> re.Match | None:
        return self.compiled.match(string, *args) if self._could_match(string) else None

    def finditer_at(self, string: str, starts: list[int]):
        """finditer(string) for a pattern no match of which can start anywhere but at `starts` (ascending): the pattern
        tried at those positions only, a match's own span skipped, as finditer would. A cue's pattern opens with the
        cue: its matches start where the cue does, and a text names a cue a few times in its hundreds of positions."""
        if not self._could_match(string):
            return iter(())
        found, compiled, end = [], self.compiled, 0
        for start in starts:
            if start < end:
                continue
            match = compiled.match(string, start)
            if match is not None:
                if match.end() == start:  # an empty match: finditer's own stepping over it is not reproduced here
                    return compiled.finditer(string)
                found.append(match)
                end = match.end()
        return iter(found)

    def finditer(self, string: str, *args):
        if not args:
            found = self._matches_in(string)
            if found is not None:
                return iter(found)
        return self.compiled.finditer(string, *args) if self._could_match(string) else iter(())


def casefolded(text: str) -> str:
    """`text` as a pattern's required strings are compared with (guard.analysis.fold_case), once per analyzed document."""
    doc = document_for(text)
    return doc.derived("fold_case", fold_case) if doc is not None else fold_case(text)


class ContextPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches are raised or dropped by the words just before them.

    Subclasses set PATTERNS, ENTITY, CONTEXT (word stems that support the match,
    raising its score to CONTEXT_SCORE) and NEGATIVE_CONTEXT (stems in the same clause
    that cancel it), and may override `validate_result` for checksums.

    CUE_NUMBERS are (cue regex, fewest digits, most digits): a number said right after
    its cue ("ИНН ...", "СНИЛС ...") is taken whatever its checksum or grouping — people
    misspeak, ASR mishears and spoken groups compose ambiguously ("шесть тысяч сто
    девяносто четыре тысячи ..."), and a wrong INN read out is still an INN read out.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_SCORE: ClassVar[float] = 0.9
    WINDOW_BEFORE: ClassVar[int] = 40
    WINDOW_AFTER: ClassVar[int] = 0
    # How many words before the match may hold a supporting word.
    CONTEXT_WORDS: ClassVar[int] = 6
    # Abbreviations like "д.р." or "г.р." that word stems cannot express, searched in the raw window.
    CONTEXT_PATTERN: ClassVar[re.Pattern | str | None] = None  # a string is compiled, ignoring case
    # Without a supporting word the match is dropped (for shapes too common to trust alone).
    REQUIRES_CONTEXT: ClassVar[bool] = False
    CUE_NUMBERS: ClassVar[tuple[tuple[str, int, int], ...]] = ()
    CUE_VALUE: ClassVar[str] = _NUMBER_VALUE
    # Cues too common to trust alone, taken only while the kind is being dictated: one of DICTATION_WORDS, or the
    # DICTATION_PATTERN's shape, in the DICTATION_WINDOW characters before the cue. A bare "код" before three digits
    # is a card's CVV while the card is being read out ("... срок 04/29 код 177"); anywhere else, an SMS code. The whole
    # number must fit the kind: a longer run is never cut into a dictated value and a rest.
    DICTATED_CUES: ClassVar[tuple[tuple[str, int, int], ...]] = ()
    DICTATION_WORDS: ClassVar[tuple[str, ...]] = ()
    DICTATION_PATTERN: ClassVar[str | None] = None
    DICTATION_WINDOW: ClassVar[int] = 120
    # A number of a cue's length opening the answer to a question that holds the cue is taken too ("Оператор: CVV не
    # называйте, пожалуйста.\nКлиент: Ладно, 655… ой."): every kind by default ("Оператор: какой срок действия?\nКлиент:
    # да 5 30"), a kind known by its cue alone needs it most.
    ANSWERS_ITS_CUE: ClassVar[bool] = True
    # ... and a number a few digits short (SHORT_BY) when the question's words name the kind itself: a kind whose words
    # a question names only when it asks for its value says so (the phone: "номер ученика"); a card's word is named in
    # questions about something else ("заблокируйте карту … а звонили с какого номера": pii_s29, a free line's number)
    SHORT_ANSWERS: ClassVar[bool] = False
    # What a text must hold for this recognizer to find anything: its kind's hint, set by the registry
    # (recognizers/__init__.py); a text without it is skipped before any pattern runs.
    HINT: ClassVar[re.Pattern | None] = None
    # A subclass whose find_candidates only filters, re-scores or trims its PATTERNS' matches declares it (one line in
    # its module): a text none of its patterns can match is then skipped like any other (see `could_find`). Any
    # other override of find_candidates is always run.
    CANDIDATES_ARE_PATTERN_MATCHES: ClassVar[bool] = False

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            # a kind known only by its cue (a CVV after "CVV") has no pattern of its own
            patterns=list(self.PATTERNS) or [Pattern("cue_only", r"(?!)", 0.0)],
            context=list(self.CONTEXT),
            supported_language=supported_language,
            name=type(self).__name__,
        )
        # every number kind yields to a request's, an order's or a parcel's number, whatever else it yields to (an
        # e-mail sent with a receipt, "квитанцию на petrov@mail.ru", is still the caller's)
        self._negative_context = tuple(dict.fromkeys(self.NEGATIVE_CONTEXT + NOBODYS_NUMBER_CUES)) \
            if self.CUE_NUMBERS or self.NEGATIVE_CONTEXT else ()
        # the cue right before its number, then a few words before it (lexicon.gap_words): a number reached past words
        # is no count of money or time ("договор расторгнут остаток 1100 рублей"); then the cue heading a label, where
        # the value is kept said before the colon ("Лицевой счёт в УК «…»: 4800…", lexicon.LABEL_QUALIFIER): no sum
        self._cues = [(self._cue_regex(cue), fewest, most) for cue, fewest, most in self.CUE_NUMBERS] + \
            [(self._cue_regex("(?:" + cue + ")" + gap_words(1, 5), NOT_A_QUANTITY), fewest, most)
             for cue, fewest, most in self.CUE_NUMBERS]
        labels = [(self._cue_regex("(?:" + cue + ")" + LABEL_QUALIFIER, NOT_A_QUANTITY + _NO_FRACTION), fewest, most)
                  for cue, fewest, most in self.CUE_NUMBERS]
        self._cues += labels
        # a label is read only when its words name the kind itself: "Серийный номер ONT: 4857…" is no phone's label
        self._label_cues = frozenset(id(pattern) for pattern, _, _ in labels)
        self._dictated_cues = [(self._cue_regex(cue), fewest, most) for cue, fewest, most in self.DICTATED_CUES]
        self._any_cue = LazyPattern(_CUE_LOOKBEHIND + r"(?:" + "|".join(cue for cue, _, _ in self.CUE_NUMBERS) + r")",
                                    re.IGNORECASE) if self.CUE_NUMBERS else None
        # numbers_after_cue answers none in a text `_any_cue` finds nothing in, which holds only while every cue
        # pattern opens with one of its cues: checked here, and a kind whose patterns do not fails at its construction
        self._cues = tuple(self._cues)
        if self._any_cue is not None:
            cues = tuple(cue for cue, _, _ in self.CUE_NUMBERS)
            for pattern, _, _ in self._cues:
                if pattern.flags != self._any_cue.flags or not opens_with_a_cue(pattern.pattern, cues):
                    raise ValueError(f"{type(self).__name__}: a cue pattern opens with none of CUE_NUMBERS' cues, "
                                     "which numbers_after_cue's gate takes it to (recognizers/base.opens_with_a_cue)")
        # the cue patterns and the alternation checked: a subclass binding others after this is searched ungated
        self._cue_gate = (self._cues, self._any_cue)
        # every position where one of them starts, overlapping ones too ("номер телефона": "номер" and "телефон")
        self._cue_at = LazyPattern(r"(?<![а-яёa-z])(?=" + "|".join(cue for cue, _, _ in self.CUE_NUMBERS) + r")",
                                   re.IGNORECASE) if self.CUE_NUMBERS else None
        # the cue said after its number: "записывайте 8 916 … это мой номер телефона"
        self._cues_after = [(LazyPattern(r"(?<![\d+])(?<!\d[ \-])(" + self.CUE_VALUE + r")(?![ \-]?\d)" + NOT_A_QUANTITY
                                         + _BACK_GAP
                                         + r"[ \t,]+(?:" + cue + r")[а-яё]{0,3}(?![а-яёa-z])", re.IGNORECASE), fewest, most)
                            for cue, fewest, most in self.CUE_NUMBERS]
        self._cue_words = [(LazyPattern(r"(?<![а-яёa-z])(?:" + cue + r")", re.IGNORECASE), fewest, most)
                           for cue, fewest, most in self.CUE_NUMBERS] if self.ANSWERS_ITS_CUE else []
        self._cue_value = LazyPattern(r"(?:" + self.CUE_VALUE + r")(?![ \-]?\d)", re.IGNORECASE)
        self._dictation_pattern = LazyPattern(self.DICTATION_PATTERN, re.IGNORECASE) if self.DICTATION_PATTERN else None
        if isinstance(self.CONTEXT_PATTERN, str):
            self.CONTEXT_PATTERN = re.compile(self.CONTEXT_PATTERN, re.IGNORECASE)

    def _cue_regex(self, cue: str, after: str = "") -> "LazyPattern":
        return LazyPattern(r"(?<![а-яёa-z])(?:" + cue + r")" + CUE_TO_VALUE + r"{0,4}(" + self.CUE_VALUE + r")(?:(?![ \-]?\d)|"
                           + SUM_AFTER + ")" + after, re.IGNORECASE)

    def is_dictated(self, text: str, pos: int) -> bool:
        """Is this kind being dictated before `pos`: its words or shape in the window, or in the question answered?"""
        window_start = max(0, pos - self.DICTATION_WINDOW)
        return has_stem(words_before(text, pos, self.DICTATION_WINDOW), self.DICTATION_WORDS) or bool(
            self._dictation_pattern and self._dictation_pattern.search(text, window_start, pos)
        ) or has_stem(question_before(text, pos), self.DICTATION_WORDS)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        doc = document_for(text)
        if doc is None:
            doc = getattr(nlp_artifacts, "document", None)
            if doc is None or doc.text is not text:
                doc = Document(text)  # someone else's NLP engine: this recognizer's own, short-lived
            with analyzing(doc):
                return self._analyze(doc, entities, nlp_artifacts, regex_flags)
        return self._analyze(doc, entities, nlp_artifacts, regex_flags)

    def carries_its_own_mark(self, value: str) -> bool:
        """Does the value's shape alone prove its kind, as no request's, order's or parcel's number has it (a kind with
        such a shape says so: device_id's checksummed ICCID)? Then a nobody's-number word before it does not drop it."""
        return False

    def _analyze(self, doc: Document, entities: list[str], nlp_artifacts: NlpArtifacts | None,
                 regex_flags: int | None) -> list[RecognizerResult]:
        text = doc.text
        if self.HINT is not None and not doc.holds(self.HINT):
            # the kind's hint may be in a structured text's keys alone, as they are read ("BDAY=19700304" is "дата
            # рождения 19700304")
            reading = doc.derived("structured_reading", read_structure)
            if reading is None or not self.HINT.search(reading.text):
                return []
            return self._keyed_values(doc, [], entities, regex_flags)
        if not self.could_find(doc, regex_flags):
            return []
        results = self.find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self._negative_context and labelled_nobodys(text, result.start):
                continue  # "Артикул: 916-123-45-67", "Номер заказа: 9031234567"
            if self._negative_context:
                clause = words_in(clause_before(text, result.start, self.WINDOW_BEFORE))[-3:]
                other = last_cue(clause, self._negative_context)
                own = last_cue(clause, self.CONTEXT)
                if other is not None and another_cue_is_nearer(own, other[0]):
                    retyped = CUE_KINDS.get(other[1], self.ENTITY)
                    if retyped is None and (names_what_it_is_for(clause, other[0])
                                            or not names_nobodys_number(clause[other[0]])):
                        retyped = self.ENTITY  # "заявка на переоформление 8916…": the subject's number, this kind's;
                        # "заказал замену SIM +7918…": a verb names no order
                    if retyped is None and (text.startswith("+", result.start)
                                            or self.carries_its_own_mark(text[result.start:result.end])):
                        retyped = self.ENTITY  # "+" and a country code are a phone's own mark, no order's or
                        # parcel's number carries them: "трекер с SIM +7 962 …" ("трек" is the word's stem) is a phone;
                        # so is a kind's own shape (carries_its_own_mark): "SIM трекера 8970105…" is the SIM's ICCID
                    if retyped is None:
                        continue  # a request or order number: nobody's personal data
                    if retyped != self.ENTITY:
                        result.entity_type = retyped
                        result.score = max(result.score, self.CONTEXT_SCORE)  # the other kind's cue is its context
                        result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                        kept.append(result)
                        continue
            if self.is_supported(text, result.start, result.end):
                result.score = max(result.score, self.CONTEXT_SCORE)
            elif self.REQUIRES_CONTEXT:
                continue
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(result)
        found = kept + self._cued_numbers(text, kept)
        found += reached_values(self, text, found)  # past fillers; "паспорт 4505 123456 и старый 4503 654321"
        return found + self._keyed_values(doc, found, entities, regex_flags)

    def could_find(self, doc: Document, regex_flags: int | None = None) -> bool:
        """Could this recognizer find anything in `doc`? Every result of `_analyze` starts from one of: a match of its
        patterns (or of its own find_candidates), one of its cue words (numbers after, before or past fillers, an
        answer to a question naming it), a dictated cue, a written answer on a later line, or a key of a structured
        text. When the document holds none of them the recognizer is not run (these are the searches its analysis
        makes first; the rest of it is spared: about half its cost on a text where it finds nothing, for most of the
        19 kinds on most texts). Fail closed: whatever this cannot rule out (an overridden find_candidates, a
        dialogue's turns, a JSON body) is run."""
        text = doc.text
        overridden = type(self).find_candidates is not ContextPatternRecognizer.find_candidates
        if overridden and not self.CANDIDATES_ARE_PATTERN_MATCHES:
            return True
        if self.could_match(text, regex_flags):
            return True
        if self._any_cue is not None and self._any_cue.search(text):
            return True  # its cue is named: cued numbers, fillers, answers to its question
        if any(pattern.search(text) for pattern, _, _ in self._dictated_cues):
            return True
        if self._cue_words and "\n" in text and doc.derived("answer_turns", WRITTEN_TURN.search) is not None:
            return True  # a written answer to a question on an earlier line (cue_reach._later_answers reads these turns)
        return doc.derived("structured_reading", read_structure) is not None

    def _keyed_values(self, doc: Document, found: list[RecognizerResult], entities: list[str],
                      regex_flags: int | None) -> list[RecognizerResult]:
        """In JSON or "key: value" lines a value's cue is its key: the same analysis over the text read with each key
        named before its value (recognizers/structured.py), mapped back onto the values it covers."""
        reading = doc.derived("structured_reading", read_structure)
        if reading is None or not (has_stem(words_in(reading.keys), self.CONTEXT)
                                   or (self._any_cue is not None and self._any_cue.search(reading.keys))
                                   or (not self.CONTEXT and self._any_cue is None and self.HINT is not None
                                       and self.HINT.search(reading.keys))):
            return []  # no key names this kind (a kind of no cue words, SECRET, is named by its hint: "code word")
        spoken = doc.derived("structured_document", lambda _: Document(reading.text))
        spoken.derived("structured_reading", lambda _: None)  # a reading is read once, not again
        with analyzing(spoken):
            results = self._analyze(spoken, entities, None, regex_flags)
        out = []
        for result in results:
            for start, end in reading.original_spans(result.start, result.end):
                if not any(r.start <= start and end <= r.end and r.score >= result.score for r in found + out):
                    out.append(make_result(self, result.entity_type, start, end, result.score,
                                           "value whose key names its kind"))
        return out

    def find_candidates(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None,
                        regex_flags: int | None) -> list[RecognizerResult]:
        """Matches before context is weighed: the PATTERNS with their validation, unless a subclass knows better."""
        return PatternRecognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)

    def is_supported(self, text: str, start: int, end: int) -> bool:
        """Is there a supporting word near [start, end), or in the question the value answers on the next
        speaker's line? Subclasses may add their own evidence."""
        # the window opens before a pause's fillers right before the value: they are no words of the clause
        before = nearest_words(words_before(text, start, self.WINDOW_BEFORE + start - pause_start(text, start)),
                               self.CONTEXT_WORDS)
        after = words_after(text, end, self.WINDOW_AFTER) if self.WINDOW_AFTER else []
        return has_stem(before + after, self.CONTEXT) or bool(
            self.CONTEXT_PATTERN
            and self.CONTEXT_PATTERN.search(text[max(0, start - self.WINDOW_BEFORE):end + self.WINDOW_AFTER])
        ) or has_stem(question_before(text, start), self.CONTEXT)

    def cue_starts(self, text: str) -> list[int]:
        """Every position in `text` where one of this kind's cues (CUE_NUMBERS) starts, once per analyzed document: the
        patterns that open with a cue (a number right after it, past fillers) can match only there."""
        if self._any_cue is None:
            return []
        doc = document_for(text)
        return doc.derived(("cue_starts", self), self._cue_starts) if doc is not None else self._cue_starts(text)

    def _cue_starts(self, text: str) -> list[int]:
        # the cues' own matches, and a cue starting inside one of them: nowhere else (finditer would have found it)
        starts, cue_at = [], self._cue_at.compiled
        for cue in self._any_cue.finditer(text):
            starts.append(cue.start())
            starts += [at for at in range(cue.start() + 1, cue.end()) if cue_at.match(text, at)]
        return starts

    def cue_value_ok(self, value: str) -> bool:
        """Whether a number said after a cue can be this entity at all (its length is checked already)."""
        return True

    def numbers_after_cue(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every number said right after one of this kind's cues, however short ("паспорт 4505": the
        series alone; "код подразделения 770"), a count of money or time excepted: a piece of the value is still the
        value told. The speech checker reads it (guard/disclosure/value_pieces.py); the redactor keeps its lengths."""
        gate, cues = self._any_cue, self._cue_gate
        if gate is not None and cues[0] is self._cues and cues[1] is gate and gate.search(text) is None:
            # every cue pattern opens with one of the cues `_any_cue` is the alternation of, behind the same lookbehind
            # (checked in __init__, opens_with_a_cue): a text that names none is not searched cue by cue (as
            # _cued_numbers skips them; issue 12, stop 58)
            return []
        found = []
        for pattern, _, _ in self._cues:
            for match in pattern.finditer(text):
                if id(pattern) in self._label_cues and not self._label_names_its_kind(match):
                    continue
                start, end = match.span(1)
                if end > start and not counts_something(text, end):
                    found.append((start, end))
        return found

    def _cued_numbers(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        # most texts name few kinds: one search for any of this kind's cues spares its cue regexes (before, a few words
        # before, after the number, in the question) on a text that holds none
        cue_starts = [m.start() for m in self._any_cue.finditer(text)] if self._any_cue is not None else []
        named = bool(cue_starts)
        cues = [(pattern, fewest, most, False) for pattern, fewest, most in (self._cues if named else ())] + \
            [(pattern, fewest, most, True) for pattern, fewest, most in self._dictated_cues]
        opening = self.cue_starts(text) if named else []
        for pattern, fewest, most, needs_dictation in cues:
            # a cued number's pattern opens with its cue; a dictated cue is none of CUE_NUMBERS
            for match in (pattern.finditer(text) if needs_dictation else pattern.finditer_at(text, opening)):
                if id(pattern) in self._label_cues and not self._label_names_its_kind(match):
                    continue
                if needs_dictation and (len(digits_of(match.group(1))) > most or not self.is_dictated(text, match.start())):
                    continue  # weaker evidence: the whole number must fit the kind, not a piece of a longer run
                if any(names_nobodys_number(word) for word in words_before(text, match.start(1), 25)[-1:]) or (
                        match.group().lower().startswith("номер")
                        and any(names_nobodys_number(word) for word in words_before(text, match.start(), 25)[-1:])):
                    continue  # the cue reached past an order's or a request's word: "картой, номер заказа 123…",
                    # or its "номер" is the order's: "заказ номер 123…", "накладная номер …"
                for start, end, score, why in self._cued_spans(match, fewest, most):
                    # only a result at least as sure keeps it out: a weak pattern match over the same digits
                    # falls below the threshold later and would take the cued number with it; and only one that
                    # covers it all — "паспорт 0 82 номер 556 612" found from "номер" on would leave the series
                    if any(r.start <= start and end <= r.end and r.score >= score for r in found) or \
                            any(r.start < end and start < r.end for r in out):
                        continue
                    out.append(make_result(self, self.ENTITY, start, end, score, why))
        for pattern, fewest, most in (self._cues_after if named else ()):
            for match in _near_cues(pattern, text, cue_starts):
                start, end = match.span(1)
                if not fewest <= len(digits_of(match.group(1))) <= most or not self.cue_value_ok(match.group(1)) \
                        or _OWN_CUE_BEFORE.search(text[word_start(text, start - 30):start]) \
                        or _NUMBER_AFTER.match(text, match.end()) \
                        or any(r.start < end and start < r.end and r.score >= self.CONTEXT_SCORE for r in found) \
                        or any(r.start < end and start < r.end for r in out):
                    continue  # the number has a cue of its own before it, or the cue announces the next number
                out.append(make_result(self, self.ENTITY, start, end, self.CONTEXT_SCORE, "number its cue word follows"))
        for start, end, score in (self._answers_to_cue(text) if named else ()):
            if not any(r.start < end and start < r.end for r in found + out):
                out.append(make_result(self, self.ENTITY, start, end, score,
                                       "number answering a question that names it"))
        return out

    def _answers_to_cue(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of each number opening an answer whose question, on the line before, holds a cue of this
        kind; a few digits short (SHORT_BY, as after a cue said right before it) when the kind takes them (SHORT_ANSWERS)
        and the question's words name it ("номер телефона", "номер ученика"), at a score any other kind's result
        outranks."""
        spans = []
        for match in (_ANSWER_NUMBER.finditer(text) if self._cue_words else ()):
            # the value holds the answer's first digit, and may begin with a word ("Клиент: марта 31") or go on past
            # a word ("0 1 слэш 31"): the kind's own value shape decides
            first_digit = match.start(1)
            value = next((v for v in self._cue_value.finditer(text, match.start(), first_digit + 1 + 80)
                          if v.start() <= first_digit < v.end()), None)
            if value is None or not self.cue_value_ok(value.group()):
                continue  # not a value of this kind ("1500 рублей")
            start, end = value.span()
            span = _question_span(text, start)
            if span is None or not question_before(text, start):
                continue  # not an answer's opening
            question = text[span[0]:span[1]]
            digits = len(digits_of(value.group()))
            if any(fewest <= digits <= most and cue.search(question) for cue, fewest, most in self._cue_words):
                spans.append((start, end, self.CONTEXT_SCORE))
            elif self.SHORT_ANSWERS and any(max(fewest - SHORT_BY, 6) <= digits < fewest and cue.search(question)
                     for cue, fewest, most in self._cue_words) \
                    and self.words_name_its_kind(words_in(question)) and not counts_something(text, end):
                spans.append((start, end, REST_SCORE))
        return spans

    def _label_names_its_kind(self, match: re.Match) -> bool:
        """Does a label's head name this kind — any cue but a bare generic number word ("Серийный номер ONT: 4857…" is
        no phone's label), or its words a stem of the kind ("номер лицевого счёта в УК: …")?"""
        before = match.string[max(0, match.start() - 40):match.start()].rstrip(" \t")
        if before and before[-1] not in _OPENS_A_LABEL:
            return False  # the cue is a word inside another label: "ИНН с патента переписал с ошибкой: …" is the INN's
        words = words_in(match.group())
        return bool(words) and words[0] not in _GENERIC_NUMBER_WORDS or self._names_its_kind(match)

    def _names_its_kind(self, match: re.Match) -> bool:
        """Does the cue before the value name this kind ("снилс", "телефон"), not only say "номер" ("номер наряда",
        "по счёту номер") or stand for a card being read out?"""
        return self.words_name_its_kind(words_in(match.string[match.start():match.start(1)]))

    def words_name_its_kind(self, words: list[str]) -> bool:
        """Do a cue's words, or a question's, name this kind — a stem of it other than the bare "номер"?"""
        return bool(words) and has_stem(words, tuple(stem for stem in self.CONTEXT if stem != "номер"))

    def _cued_spans(self, match: re.Match, fewest: int, most: int) -> list[tuple[int, int, float, str]]:
        """(start, end, score, why) of the number after a cue. Fail closed: a run longer than the kind allows
        ("СНИЛС 11793150356 8 957 893 22 26": another number said right after) is cut after the whole digit
        groups that fit — the checksum-valid cut if one is, else the longest — and the rest stays masked
        at a score any other kind's result outranks; a run of several groups with no such cut is masked whole."""
        value, (start, end) = match.group(1), match.span(1)
        digits = len(digits_of(value))
        if digits < fewest:
            # a few digits short: a group said so that it merged with the next ("тридцать, восемь" heard as 38) or
            # a correction read the wrong way; still the value its cue announced, masked at a score any other
            # kind's result outranks (fail closed)
            if digits >= max(fewest - SHORT_BY, 6) and self._names_its_kind(match) and self.cue_value_ok(value) \
                    and not counts_something(match.string, end):
                return [(start, end, REST_SCORE, "a number a few digits short of its kind said right after its cue")]
            return []
        if digits <= most:
            if not self.cue_value_ok(value):
                return []
            return [(start, end, self.CONTEXT_SCORE, "number said right after its cue word")]
        cuts, count = [], 0
        for group in DIGITS.finditer(value):
            count += len(group.group())
            if count > most:
                break
            if count >= fewest and self.cue_value_ok(value[:group.end()]):
                cuts.append(group.end())
        if not cuts:
            # One group too long is one number of a longer kind, left to its own recognizers (twenty digits after
            # "счёт" are a bank account's: a bank's correspondent account stays in the text); several groups with
            # no cut that fits are masked whole. The kind may still refuse the value (a phone never starts with 0).
            if re.fullmatch(r"\D*\d+\D*", value) or not self.cue_value_ok(value):
                return []
            return [(start, end, self.CONTEXT_SCORE, "a run too long for its kind said right after its cue word")]
        cut = next((c for c in reversed(cuts) if self.validate_result(value[:c])), cuts[-1])
        rest = re.compile(r"\d").search(value, cut).start()
        if DATE_REST.fullmatch(value, rest):
            # "IP 213.87.131.40 19.09 в 23:14": the rest is the day it happened, not a piece of a number
            return [(start, start + cut, self.CONTEXT_SCORE, "number said right after its cue word")]
        return [(start, start + cut, self.CONTEXT_SCORE, "number said right after its cue word"),
                (start + rest, end, REST_SCORE, "the rest of a run too long for the kind its cue word names")]
