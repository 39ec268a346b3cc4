"""PERSONAL_NUMBER: a long number said aloud or written in groups with no cue word — masked whole (issue 15).

"In speech a checksum cannot be the gate: a cue, a length and the context must be enough, and a number is masked
whole." A caller reads a card, a bank account, a licence or a contract number in pairs, triples, hundreds or digit by
digit, with "ноль" and fillers between (digits by now: guard/normalize.py `readings`), and often with no cue word said
or with one the ASR lost; a misheard digit breaks the checksum every kind's own recognizer weighs. Nobody says ten
digits in one breath that are not an identifier: an amount, a date, a time or a quantity is said with its unit or its
month and is no run of ten digits. So a run of digit groups (phone.digit_runs: spaces, dashes, brackets between) of ten
digits or more, when spoken, and of sixteen or more when written (a card, an OMS policy, a bank account in groups), is
masked whole, typed by its length as the kind most likely — a card's 13-19 digits, a bank account's 20 — or as a
personal number, at a score every kind's own reading outranks (its type wins where it finds one; the span stays whole,
guard/engine.merge_overlaps).

Fail closed near a cue (stop 32): a number said aloud right after a kind's cue, or opening the answer to a question
naming one ("карта вот сорок восемь семнадцать сорок восемьдесят", "номер карты называть не нужно" / "двадцать девять
пятьдесят четыре …"), six digits or more, is masked whole as that kind, whatever its length — the piece of a value
said before an interruption is still the value's; a sum said in words, a year and a phrase of its own ("на …", "от
…") are not. A phone the phone kind reads in a longer spoken run no longer keeps the run from being masked whole when
more than a short piece is left beside it ("расчетный 48 0 2 810 938 0 0 0 112 745").
"""
from __future__ import annotations

import functools
import re

from guard.analysis import RecognizerResult
from guard.recognizers.base import (CUE_KINDS, REST_SCORE, ContextPatternRecognizer, Kind, clause_before,
                                    last_cue, make_result, number_value, question_before, said_in_words, words_in)
from guard.recognizers.cue_reach import reads_as_a_sum_year_or_phrase
from guard.recognizers.lexicon import OTHER_VALUE_WORDS
from guard.recognizers.packed_run import counts_something
from guard.recognizers.phone import DEVICE_NUMBER, PhoneRecognizer, digit_runs, is_toll_free, national

# A word naming what the number is: another value's (lexicon.OTHER_VALUE_WORDS: "огрн", "счёт фирмы", "код") — that
# kind reads it, with its holder and its checksum
_NAMED = re.compile(r"(?<![а-яёa-z])(?:" + OTHER_VALUE_WORDS + r")", re.IGNORECASE)

SPOKEN_FEWEST = 10  # digits in a spoken run that is an identifier whatever it says
# digits in a spoken run after a kind's cue that is that kind's value or a piece of it (fail closed: the piece of a
# card said before an interruption is masked); fewer are a tail ("последние четыре цифры"), a count or a time
CUED_FEWEST = 6
# "счёт" alone is a bill's word as much as an account's ("по счету номер … за ноябрь"): it names the personal account
# only beside "лицевой" (recognizers/cue_reach.py reads a cue naming the kind the same way)
_A_BILLS_WORD = ("счет", "счёт")
_ACCOUNT_WORD = "лицев"
WRITTEN_FEWEST = 16  # in a written one, in groups: a card, an OMS policy, a bank account
_CARD_DIGITS = range(13, 20)
_ACCOUNT_DIGITS = 20


def likely_kind(digits: int) -> str:
    """The kind a number of this many digits most likely is, with no cue to say."""
    if digits in _CARD_DIGITS:
        return "CREDIT_CARD"
    if digits == _ACCOUNT_DIGITS:
        return "BANK_ACCOUNT"
    return "PERSONAL_NUMBER"


def _spoken(text: str, start: int, end: int) -> bool:
    """Was [start, end) said in words (the document's normalization replaced it)?"""
    return said_in_words(text, start, end) is not None


# Digits of a spoken run the phones read in it may leave: a date's or a count's piece beside a phone ("… 9 03 54 8 919
# 855 90 97"). More left over, and the run is no phone said beside something else but one long number the phone kind
# reads a piece of ("расчетный 48 0 2 810 938 0 0 0 112 745": a bank account, its first ten digits a phone's shape).
_LEFT_BESIDE_PHONES = 5
_A_SLIP = 2


def _phones_read_it(run, spoken: bool = False) -> bool:
    """Does the phone kind read the run: phones said in one breath ("8916… 8903…"), perhaps beside a short piece?"""
    phones = PhoneRecognizer._phones_in_run(run)
    if not phones:
        return False
    read = sum(len(group.group()) for first, last in phones for group in run[first:last + 1])
    left = sum(len(group.group()) for group in run) - read
    after = sum(len(group.group()) for group in run[phones[-1][1] + 1:])
    # one or two digits left at the end of a spoken breath are the number's own, misheard or said with a slip ("ноль
    # девять один шесть … шесть семь": the phone kind reads ten of eleven digits, red team bb28): the run is masked whole
    # (fail closed); a written list's item number after a phone ("… 71 09\n2) …") is no slip, nor digits before the
    # phone ("девятого марта девяностого восемь девятьсот …": a date's year said before it, its own kind's)
    return left <= _LEFT_BESIDE_PHONES and not (spoken and 0 < after == left <= _A_SLIP)


class LongNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "PERSONAL_NUMBER"
    # a request's, an order's or a parcel's number is nobody's (lexicon.NOBODYS_NUMBER_CUES, added by the base class)
    NEGATIVE_CONTEXT = ("заявк",)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        out = []
        for run in digit_runs(text):
            start, end = run[0].start(), run[-1].end()
            digits = sum(len(group.group()) for group in run)
            if digits < CUED_FEWEST or counts_something(text, end):
                continue  # "… 1 500 000 рублей": an amount
            if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "+/.:,") or \
                    end < len(text) and (text[end].isalpha() or text[end] in "/.:" and text[end + 1:end + 2].isdigit()):
                continue  # glued to letters, a date's or an address's piece: no run of its own
            spoken = _spoken(text, start, end)
            whole = "".join(group.group() for group in run)
            if is_toll_free(national(whole)) or _phones_read_it(run, spoken):
                continue  # an 8-800 line; phones said in one breath, each masked by the phone kind
            clause = clause_before(text, start)
            words = words_in(clause)
            cue = last_cue(words, tuple(CUE_KINDS))
            if cue is None:  # the answer to a question naming a kind ("номер карты?" / "двадцать девять пятьдесят …")
                words = question_before(text, start)
                asked = last_cue(words, tuple(CUE_KINDS))
                cue = asked if asked is not None and CUE_KINDS[asked[1]] is not None else None
            if DEVICE_NUMBER.search(clause_before(text, start, 30)):
                continue  # a device's number ("имей …", "серийный номер …"): the device kind reads it
            if cue is not None:
                kind = CUE_KINDS[cue[1]]
                if kind is not None and spoken and _said_as_a_value(text, run, start, end) \
                        and not (cue[1] in _A_BILLS_WORD and not any(word.startswith(_ACCOUNT_WORD) for word in words)):
                    out.append(make_result(self, kind, start, end, REST_SCORE,
                                           "a number said aloud after its kind's cue: masked whole, whatever its length"))
                continue  # a kind reads it with its holder and checksum (its type and score win); an order's is nobody's
            if digits < SPOKEN_FEWEST or _NAMED.search(clause):
                continue  # another value's word names it ("огрн", "бик", "код"): that kind reads it
            if digits < WRITTEN_FEWEST and not spoken or len(run) < 2 and not spoken:
                continue  # a written number is the kinds' (an ICCID, an IMEI, a hash in one group)
            out.append(make_result(self, likely_kind(digits), start, end, REST_SCORE,
                                   "a long number said or written in groups with no cue: masked whole"))
        return out


def _said_as_a_value(text: str, run: list[re.Match], start: int, end: int) -> bool:
    """Is a number said after a kind's cue that kind's value, or a piece of it (a card read in pairs up to an
    interruption, "карта вот сорок восемь семнадцать сорок восемьдесят")? Not a sum said in words ("на сто пятьдесят
    тысяч"), a year or an age ("договор двадцать первого года"), nor a phrase of its own ("через", "от", "на" before it):
    the same test as a number said later in its cue's sentence (cue_reach.reads_as_a_sum_year_or_phrase)."""
    return not reads_as_a_sum_year_or_phrase(text, text[start:end], start, end)


KIND = Kind("PERSONAL_NUMBER", (LongNumberRecognizer,), number_value, numeric=True)


# A record's number (issue 15, stop 40): a written number of nine to twelve digits standing as a whole field of a
# record that names a person — in brackets right after the name ("Фролов А.А. (0205528146) 1 200"), or a cell of a row
# cut by pipes, tabs, semicolons or slashes that holds a name ("41 | Сёмин Арсений Игоревич | 0207519930 | 2 184,00",
# "Баранов В.В./14.11.1980/89204551870/0266318452") — is that person's identifier (a contract, a personal account), cue
# or none: a record lists a person's values, and the kind a cue would name is unknown, so it is masked whole as a
# personal number (fail closed). A number with a word of its own in its field ("№", "транз.", "заявка") is no such field.
# Stop 51 (packed_z50's HR lists): a shorter identifier as a whole cell of a named row cut by tabs, pipes or semicolons —
# a personnel number of six to eight digits ("Пьянкова Д.С.⇥003518⇥по собств.⇥06.09.2024"), a register's region and
# number ("Мокрушина Е.А.⇥59-0551834⇥до 03.2025", a medical book) — is the person's as well; a slash is no cut for them (a
# letter's reference "исх. 52008/25/118473" is one number in pieces).
_RECORD_NUMBER = re.compile(r"(?<![\w.,\-+])(?:\d{9,12}|(\d{6,8}|\d{2,3}-\d{6,8}))(?![\w\-]|[.,/]\d)")
_FIELD_CUTS = "|/\t;"
_BEFORE_A_FIELD = re.compile(r" *+$")  # spaces only: a tab is a cut
_FEWEST_CUTS = 2  # a row's separator at least twice in its line: a record of three fields or more


def record_numbers(text: str, found: list) -> list[RecognizerResult]:
    """PERSONAL_NUMBER results for the uncued numbers of records that name a person; `found`: the results so far."""
    if not any(result.entity_type == "PERSON" for result in found):
        return []
    names = [(result.start, result.end) for result in found if result.entity_type == "PERSON"]
    taken = [(result.start, result.end) for result in found]
    out = []
    for number in _RECORD_NUMBER.finditer(text):
        start, end = number.span()
        if any(s < end and start < e for s, e in taken):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        cut = _BEFORE_A_FIELD.search(text, line_start, start).start()
        before = text[cut - 1] if cut > line_start else ""
        after = text[end:line_end].lstrip(" ")[:1]
        if before == "(":
            named = after == ")" and any(e <= cut - 1 and not text[e:cut - 1].strip() for s, e in names)
        elif before in tuple(_FIELD_CUTS) + ("",) and (after in tuple(_FIELD_CUTS) + ("", ",")):
            separators = [ch for ch in (before, after) if ch and ch in _FIELD_CUTS
                          and not (number.group(1) and ch == "/")]
            named = bool(separators) and text.count(separators[0], line_start, line_end) >= _FEWEST_CUTS \
                and any(line_start <= s and e <= line_end for s, e in names)
        else:
            named = False
        if named:
            out.append(make_result(_record_recognizer(), "PERSONAL_NUMBER", start, end, REST_SCORE,
                                   "a record's uncued number beside its person's name"))
            taken.append((start, end))
    return out + _documents_of_the_named(text, names, taken) + _glued_to_the_name(text, names, taken)


# Fields glued with no space to a person's name — an Excel row pasted without its tabs ("Бисенова
# Айгерим8937160445822.07.19991219550317": a phone, a birth date, a passport; packed_r43), "ГоршковаЕлена1979г.р." —
# are that person's values; no kind reads where one ends and the next begins, so the digits are masked whole (fail
# closed), dates' dots and hyphens inside them too.
_GLUED_FIELDS = re.compile(r"\d(?:[.\-]?\d)*+")
_GLUED_FEWEST = 4


def _glued_to_the_name(text: str, names: list[tuple[int, int]], taken: list[tuple[int, int]]
                       ) -> list[RecognizerResult]:
    out = []
    for _, name_end in names:
        fields = _GLUED_FIELDS.match(text, name_end)
        if fields is None or sum(ch.isdigit() for ch in fields.group()) < _GLUED_FEWEST \
                or not text[name_end - 1:name_end].isalpha():
            continue
        out.append(make_result(_record_recognizer(), "PERSONAL_NUMBER", fields.start(), fields.end(), REST_SCORE,
                               "digits glued to a person's name: that person's fields, masked whole"))
    return out


# A foreign passport's own shape (id_document.FOREIGN_SHAPE: "FA 6102873", "N11739402") as the field right after a
# person's name — "Хамидов Азамат, FA4410096, 1999-10-02", "Азиз: FA 6102873", "Турдиев Нодирбек / FA 4478012",
# "Исмаилов Рустам (FA 2271990)" (packed_k36: seasonal workers listed by name and passport) — is that person's
# document: the name is its holder, as a document's word or a country would be its cue. A shape after anything else
# (a request's "SR-4471902", a notary's form "52 АА 6102288") stays for the kind's own cues.
_SERIES_TAKEN = 3  # a series' two letters and a blank
# a bracket closing the name's other spelling before the field too ("KIM MINJUN (Ким Минджун) M61730458", "El Amrani
# Youssef (Эль Амрани Юсеф), UY8336728": issue 15)
_NAME_TO_FIELD = re.compile(r"[ \t]*+(?:\)[ \t]*+)?(?:[,:;/|(\-–—][ \t]*+)?")


def _documents_of_the_named(text: str, names: list[tuple[int, int]], taken: list[tuple[int, int]]
                            ) -> list[RecognizerResult]:
    from guard.recognizers.id_document import FOREIGN_SHAPE_RE, recognizer_of_documents
    out = []
    for name_start, name_end in names:
        gap = _NAME_TO_FIELD.match(text, name_end)
        # the name's span may have run over the series' letters ("Хамидов Азамат — AA 0012345"): read from them too
        starts = [gap.end()] + [at for at in range(max(name_start, name_end - _SERIES_TAKEN), name_end)
                                if "A" <= text[at] <= "Z" and not text[at - 1].isalnum()]
        shape = next((found for found in map(lambda at: FOREIGN_SHAPE_RE.match(text, at), starts) if found), None)
        shapes = [shape] if shape is not None else []
        shapes += _shapes_in_the_row(text, name_start, name_end)
        for shape in shapes:
            # a value already masked whole is left as found; one masked in part (a passport's digits without their
            # Latin series, "AA 4472916" under a column "Passport") is masked whole
            if any(s <= shape.start() and shape.end() <= e and (s, e) not in names for s, e in taken) \
                    or any(result.start == shape.start() for result in out):
                continue
            out.append(make_result(recognizer_of_documents(), "ID_DOCUMENT", shape.start(), shape.end(), REST_SCORE,
                                   "a foreign document's shape as a field of its holder's record"))
    return out


def _shapes_in_the_row(text: str, name_start: int, name_end: int) -> list[re.Match]:
    """A foreign document's shape that is a whole field of the name's row — a tab, "|" or ";" cut at least twice in
    the line ("Нуриддинова Шахло⇥41906892610488⇥19.06.1989⇥AC 5520394⇥+998 …": issue 15, stop 50) — is the named
    person's, wherever in the row it stands."""
    from guard.recognizers.id_document import FOREIGN_SHAPE_RE
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    cut = next((ch for ch in _FIELD_CUTS if ch != "/" and line.count(ch) >= _FEWEST_CUTS), None)
    if cut is None:
        return []
    shapes, at = [], line_start
    for field in line.split(cut):
        stripped = field.strip(" ")
        shape = FOREIGN_SHAPE_RE.fullmatch(text, at + field.index(stripped), at + field.index(stripped) + len(stripped)) \
            if stripped else None
        if shape is not None:
            shapes.append(shape)
        at += len(field) + 1
    return shapes


@functools.cache
def _record_recognizer() -> LongNumberRecognizer:
    """The kind's own recognizer, whose name its results carry: the one result maker (`base.make_result`) builds them,
    so a record's number reaches Presidio's plugin (`guard/presidio/plugin.py` keeps a recognizer's results by its name)
    and the decision process as every other PERSONAL_NUMBER does (stop 42: it built RecognizerResult by hand, named
    "RecordNumber", a recognizer no registry holds)."""
    return LongNumberRecognizer()


# The same number written twice in one note is one value (stop 59, packed_ah58): a passport's digits a note quotes as
# a ticket's before it names them («тикет 3318 075544 закрыли?» — это не тикет, а паспорт … 3318 075544) are the
# passport wherever they stand. A look-alike's own cue keeps a number visible only when the note names it nothing else.
# Each digit between separators (a blank or a hyphen); the whole run only: no digit or "+" beside it.
_FEWEST_AGAIN = 6
# ... and at most this many: the look-up per place is bounded, so the search stays linear in the text (review M1); a
# longer run is read by its kind where it stands, as before stop 59.
_MOST_AGAIN = 40


# A chain of digits, one blank or hyphen at most between two of them: every place a number can be written again.
_DIGIT_CHAIN = re.compile(r"\d(?:[ \-]?\d)*")


def values_written_again(text: str, found: list) -> list[RecognizerResult]:
    """The other places of a personal number found in `text` (a kind that reads numbers, six digits or more), each
    masked as the kind found it; `found`: the results so far.

    Linear in the text (review M1: a regex per result, run over the whole text, was cubic in a number written many
    times): the found values are keyed by their digits, the text's digit chains are read once, and each place a value
    may start (a chain's first digit with no "+" before it, or a digit after a blank or a hyphen) is looked up once per
    length a found value has; what is taken already is a mark per character."""
    from guard.recognizers import NUMERIC_TYPES  # the registry, which imports this module

    wanted: dict[str, RecognizerResult] = {}
    for result in found:
        if result.entity_type in NUMERIC_TYPES:
            digits = re.sub(r"\D", "", text[result.start:result.end])
            if _FEWEST_AGAIN <= len(digits) <= _MOST_AGAIN:
                wanted.setdefault(digits, result)  # the first result that reads these digits types them
    if not wanted:
        return []
    lengths = sorted({len(digits) for digits in wanted})
    taken = bytearray(len(text) + 1)
    for result in found:
        taken[result.start:result.end] = b"\x01" * (result.end - result.start)
    out = []
    for chain in _DIGIT_CHAIN.finditer(text):
        places = [chain.start() + offset for offset, char in enumerate(chain.group()) if char.isdigit()]
        digits = "".join(text[place] for place in places)
        count = len(places)
        if count < lengths[0]:
            continue
        for first in range(count):
            place = places[first]
            if not (place - 1 >= 0 and text[place - 1] in " -" if first else place == 0 or text[place - 1] != "+"):
                continue  # no value starts right after a digit or a "+"
            for length in lengths:
                last = first + length - 1
                if last >= count:
                    break
                if last + 1 < count and places[last + 1] == places[last] + 1:
                    continue  # a digit right after: the value would end inside a longer number
                result = wanted.get(digits[first:last + 1])
                if result is None:
                    continue
                start, end = place, places[last] + 1
                if any(taken[start:end]):
                    continue
                out.append(make_result(_record_recognizer(), result.entity_type, start, end, result.score,
                                       "the same number as a value found in this text"))
                taken[start:end] = b"\x01" * (end - start)
    return out
