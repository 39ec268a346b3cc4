"""How far a kind's cue reaches in speech: past filler words, and on to a second value after the first.

Filler words: "номер договора ну сейчас подождите найду ага вот 77 01 23 45", "лицевой счет ну где-то тут вот 600…".
A caller looking for a document fills the pause; the cue patterns of each kind (its CUE_NUMBERS) reach past a few
words of any kind (lexicon.gap_words), and past any number of words of this closed list of fillers (up to ten):
words that never name a value, an order or a time, so what follows them is still the number the cue announced.

A later answer: "Оператор: Назовите номер договора.\nКлиент: Сейчас, минутку, найду... вот: 77 01 23 45". The first
number of a written answer is the value its question asked for, however many words open the answer, and the question
may be a turn or two back ("Клиент: Да.\nОператор: Слушаю.\nКлиент: 77 01 23 45") — unless a word of the answer
names another value or an order before it.

A number said later in the caller's sentence: "договор на меня оформлен номер сейчас найду вот 91 22 33 44", "лицевой
счет у меня в квитанции написан сейчас продиктую 0 0 7 7 3 4 5 6". A caller names the kind, then talks on — whose it
is, where the paper is — and reads the number out. The first number after the cue, up to sixteen words of any kind
later, is the cue's, when the cue names the kind itself (not a bare "номер" or "счёт"), the number is as long as the
kind's values (six digits at least: no count, time or tariff), is no sum said in words ("250000") nor glued to letters,
and nothing between names another value, an order or a call back ("… перезвоните мне 8916…" is a phone), closes the
sentence or opens a phrase of its own right before the number ("… через 3 дня", "… на 1500 рублей", "… в 2015 году").

The same value again: "снилс 123 456 789 74 … оператор контрольное число не сходится клиент ой там в конце не семьдесят
а шестьдесят значит 123 456 789 64". A caller who corrects a long number (nine digits or more) says it again whole; a
later number that is the kind's sure value with at most two digits changed (or one added or lost near its end), within
a few sentences, is that value too, whatever was said between. So is its rest said again after an interruption ("…
377 20 64 ой подожди очки найду\nклиент: 3 7 7 2 0 6 4"): its last six digits or more. So is any value of six digits or
more written again with its leading zero restored ("ЛС 3314-41 … без ведущего нуля, правильный — 03314-41").

A second value: "паспорт 4505 123456 и старый 4503 654321", "телефоны 8916… и 8903…". A caller names the kind once and gives two values of it, joined by a conjunction and a word or two saying which is
which ("и второй", "а старый", "или мамин", "ну и еще"). The second value has no cue of its own: it is read as the
kind of the value it follows (recognizers/base.ContextPatternRecognizer asks this module after its own cued values),
when it is of that value's size (within two digits: a count, a year or an amount said after it is not) and only
connecting words stand between them — never another kind's cue, an order's or a preposition's phrase.
"""
from __future__ import annotations

import re
from typing import Sequence

from guard.normalize import HESITATION
from guard.recognizers.lexicon import (BACK_CHANNEL_WORDS, CUE_TO_VALUE, NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS,
                                      PREPOSITION, PUT_OFF_WORDS, TURN_START)

# What joins two values of one kind: a conjunction, which one it is (an ordinal, old or new, whose), a filler, "номер"
_CONNECTING = (r"(?:и|а|или|либо|плюс|также|тоже|еще|ещё|ну|вот|э+|м+|это|есть|там|второй|вторая|второе|второго|"
               r"другой|другая|другого|старый|старая|старого|прежний|прежняя|новый|новая|нового|запасной|резервный|"
               r"основной|основная|дополнительный|дополнительная|рабочий|домашний|мой|моя|мое|моё|его|ее|её|их|жены|мужа|сына|дочери|мамин\w*|папин\w*|номер|№|"
               # a correction: "… 26 нет уже 0 9 30", "… ой точнее …"
               r"нет|уже|ой|точнее|вернее|правильно)")
# A join starts where a value ended (never inside a run of blanks), and its blanks are taken possessively: no
# backtracking over a long run of spaces, so the pattern stays linear (tests/test_redos.py).
# A remark in brackets after a value may stand before the join ("договоры: 0150078812 (закрыт в 2016), 0150391140,
# 0151002273": packed_e30) — what the value is, not where the list ends. An arrow joins the old value to the new one
# ("дог. ДГ-63-0047812 -> ДГ-63-0091550").
_REMARK = r"(?:[ \t]*+\([^()\n]{1,40}+\))?+"
_JOIN = re.compile(r"(?<![ \t])" + _REMARK + r"(?:(?:(?:[ \t]*+[,;])?+[ \t]++" + _CONNECTING + r"(?![а-яё])){1,4}"
                   r"[ \t]*+[,:№#.\-]{0,3}+[ \t]*+|[ \t]*+[,;][ \t]*+|[ \t]*+(?:->|=>|→|⇒)[ \t]*+)",
                   re.IGNORECASE)
_MOST_APART = 2  # digits the second value may differ from the first by

# What the one who writes a number down says between its parts in one turn: "так", "да, записала", "угу, дальше"
# (recognizers/lexicon.py BACK_CHANNEL_WORDS). Their turn between the caller's in a transcript ("916… Оператор: Да.
# Клиент: 123 45 67") is read by guard/dialogue.py, which masks each piece in its own turn. (Blanks taken possessively,
# and only after a digit or a word: linear on a long run of them, tests/test_redos.py.)
LISTENERS_WORDS = re.compile(r"(?<![ \t\n,.…—\-:])(?:[ \t\n,.…—\-:]++" + BACK_CHANNEL_WORDS + r"(?![а-яё])){1,4}"
                             r"[ \t\n,.…—\-:]++", re.IGNORECASE)


# The old value and the new one of one kind in a sentence: "старый дог. 463210094 расторгнут 17.03.2025; новый
# 471890055", "Старый дог. ИП К-63-001977, новый физ. 471955802" (packed_h33), "старый 77-… (закрыт), новый ДП-2025-…"
# (packed_f31). A value introduced as the old one is its kind's; the number "новый" introduces later in its sentence is
# the same kind's new one, whatever stands between (a date, a status), a short word written short too ("физ.", "дог.").
_OLD = re.compile(r"(?<![а-яё])(?:стар(?:ый|ая|ое|ого|ой)|прежн(?:ий|яя|ее|его|ей))(?![а-яё])[^\n!?]{0,16}+$",
                  re.IGNORECASE)
_NEW = re.compile(r"(?<![а-яё])(?:нов(?:ый|ая|ое|ого|ой)|нынешн(?:ий|яя|ее|его|ей))(?![а-яё])"
                  r"(?:[ \t]++[а-яё]{1,5}\.)?+[ \t,:№#\-]*+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\n|[!?]|\.[ \t]++(?=[А-ЯЁA-Z])")
_OLD_REACH = 30  # characters before the old value its word may stand
_NEW_REACH = 120  # characters after it in which the new one may follow


def new_after_old(text: str, start: int, end: int, digits: int, value: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the new value of a kind whose old value text[start:end] the sentence named ("старый …"), []
    when there is none."""
    if _OLD.search(text, max(0, start - _OLD_REACH), start) is None:
        return []
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _NEW_REACH))
    for new in _NEW.finditer(text, end, stop.start() if stop else min(len(text), end + _NEW_REACH)):
        found = value.match(text, new.end())
        if found is None or found.end() == found.start():
            continue
        count = sum(ch.isdigit() for ch in found.group())
        if abs(count - digits) <= _MOST_APART and count >= 4:
            return [found.span()]
    return []


def next_values(text: str, end: int, digits: int, value: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the value right after a value of `digits` digits ending at `end`, joined to it by connecting
    words only and matching the kind's `value` pattern with about as many digits; [] when there is none."""
    join = _JOIN.match(text, end)
    if join is None or join.end() == end:
        return []
    found = value.match(text, join.end())
    if found is None or found.end() == found.start():
        return []
    count = sum(ch.isdigit() for ch in found.group())
    if abs(count - digits) > _MOST_APART or count < 4:
        return []
    return [found.span()]


# Words that fill a pause while the caller looks for the number: the fillers of speech (guard/normalize.py: HESITATION)
# and the words of a caller looking for it — "wait a minute", "I'll find it", "here it is, my number", "oops"
FILLER = (r"(?:" + HESITATION + r"|секунд\w*|минут\w*|найду|ищу|смотрю|гляну|достану|там|тут|где-то|"
           r"у\s+меня|мой|моя|мое|моё|его|её|ее|я|же|ой|номер)")
# Before a number, also the words of a caller putting it off (lexicon.PUT_OFF_WORDS: "номер я вам позже скажу …",
# "номер сейчас найду где же он вот …", red team bb26 f04) — not before a word value: "пароль не помните, сброс …"
# names no password (a secret's reach counts FILLER's words only: filler_length)
NUMBER_FILLER = r"(?:" + FILLER + "|" + PUT_OFF_WORDS + ")"
_FILLERS = r"(?:[ \t,.]+" + NUMBER_FILLER + r"(?![а-яё\-])){1,10}"
_A_FILLER = re.compile(FILLER, re.IGNORECASE)
# The words read back for a run of fillers ending where a value starts (pause_start), at most _PAUSE_LOOKBACK characters.
_PAUSE_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
_PAUSE_LOOKBACK = 160


def pause_start(text: str, start: int) -> int:
    """Where the run of a pause's fillers that ends at `start` begins ("день рождения у меня это самое это самое |
    седьмого июня"), `start` when none ends there: a kind's window of words before its value opens before them."""
    words = [(word.start(), word.group().lower()) for word in _PAUSE_WORD.finditer(text, max(0, start - _PAUSE_LOOKBACK),
                                                                                     start)]
    if not words or text[words[-1][0] + len(words[-1][1]):start].strip(" \t,.") or not _A_FILLER.fullmatch(
            words[-1][1]) and not (len(words) > 1 and _A_FILLER.fullmatch(f"{words[-2][1]} {words[-1][1]}")):
        return start
    i = len(words)
    while i > 0:  # back over whole fillers, two-word ones ("это самое", "у меня") first
        if i > 1 and filler_length([words[i - 2][1], words[i - 1][1]], 0) == 2:
            i -= 2
        elif filler_length([words[i - 1][1]], 0):
            i -= 1
        else:
            break
    return words[i][0] if i < len(words) else start


def filler_length(words: Sequence[str], i: int) -> int:
    """How many of `words` a filler starting at words[i] takes: two ("как бы", "в общем"), one ("ну", "там"), none.
    Read where a cue's words are counted to its value: a secret's (secret.py), a kind's context (base.py)."""
    if i + 1 < len(words) and _A_FILLER.fullmatch(f"{words[i]} {words[i + 1]}"):
        return 2
    return 1 if _A_FILLER.fullmatch(words[i]) else 0
_reach_patterns: dict[type, list] = {}

# Words of the caller's sentence between a cue and the number it announces said later: any word but one naming another
# value, an order's number or a call back ("снилс не помню перезвоните мне 8916…" is a phone); no digit, no sentence
# end or line break (a comma is no end: chats have them). Shared by every kind: read a word at a time from the cue's end,
# the kind's own value tried after each (its cue and value regexes are compiled already; nothing per kind to compile).
_SENTENCE_WORD = re.compile(r"(?<![ \t,])[ \t,]++([а-яёa-z][а-яёa-z\-]{0,15})(?![а-яёa-z\-])", re.IGNORECASE)
_BEFORE_VALUE = re.compile(r"[ \t,:№#.\-]{1,4}")
NAMES_ANOTHER_THING = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES)
                                  + r"|(?:пере|по)?звон|набер|связ)", re.IGNORECASE)
# ... except where the number is kept, said in the locative after "в" ("снилс … он у меня в телефоне сфотографирован
# 123 …", "в паспорте"), and the right-hand side of a page ("в правом верхнем углу"): no value of their own announced
_RIGHT_HAND = frozenset(("правый", "правого", "правом", "правой", "правая", "правую", "правее"))


def _where_it_is_kept(previous: str, word: str) -> bool:
    return previous.lower() in ("в", "во") and word.lower().endswith("е") or word.lower() in _RIGHT_HAND \
        or _names_the_service(previous, word)


# "связь" as the service a salon, an operator or a contract gives ("договор с вашим салоном связи 0528…", "услуги
# связи"), not a call back: the noun after a word it qualifies, not after "для", "на", "по", "в" ("для связи 8916…")
# (issue 15, stop 54)
_CONTACT_PREPOSITIONS = frozenset(("для", "на", "по", "в", "во", "со", "с"))


def _names_the_service(previous: str, word: str) -> bool:
    return word.lower() in ("связи", "связь") and bool(previous) and previous.lower() not in _CONTACT_PREPOSITIONS
_MOST_WORDS_LATER = 16
_FEWEST_DIGITS_LATER = 6
# A phrase of its own opened right before the number: "… через 3 дня", "… в 2015 году", "… на 1500 рублей"
_PHRASE_BEFORE = re.compile(r"(?<![а-яё])" + PREPOSITION + r"[ \t,:]*$", re.IGNORECASE)
# A value glued to letters is part of an identifier: "Серийный номер ONT: 4857544312AB0987"
_ALNUM_AFTER = re.compile(r"[^\W_]")
# A sum said in words is one round group ("двести пятьдесят тысяч" -> "250000"); an identifier is read out in groups
_ROUND_SUM = re.compile(r"\d{1,12}000")
# ... and a sum opening a run with something added ("сорок девять тысяч и ещё восемнадцать" -> "49000 18", pii_aa36):
# tens of thousands and more said with "тысяч" are an amount — no group of a number read out in pieces has five digits
# ending in three zeros (a card's group "четыре тысячи двести семьдесят шесть" is four)
_SUM_OPENS = re.compile(r"\d{2,12}000(?=[ \t])")
# A number counting years is an age or a date, not an identifier: "договор у меня уже 2015 года"
_YEARS_AFTER = re.compile(r"[ \t,]{0,4}(?:год\w*|лет)(?![а-яё])", re.IGNORECASE)

# A written turn: its speaker's label at the start of a line, then what was said
WRITTEN_TURN = re.compile(TURN_START + r"[ \t]*(.*)$", re.IGNORECASE | re.MULTILINE)
_LINES_BACK = 3  # how many lines back the question may be
_NAMES_ANOTHER = re.compile(r"(?<![а-яё])(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r")",
                            re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _filler_cues(recognizer) -> list:
    """(pattern, fewest, most) of each cue of the recognizer's kind followed by fillers, then its value."""
    from guard.recognizers.base import LazyPattern
    from guard.recognizers.packed_run import NOT_A_QUANTITY

    kind = type(recognizer)
    if kind not in _reach_patterns:
        _reach_patterns[kind] = [
            (LazyPattern(r"(?<![а-яёa-z])(?:" + cue + r")" + _FILLERS + CUE_TO_VALUE + r"{0,4}(" + recognizer.CUE_VALUE
                         + r")(?![ \-]?\d)" + NOT_A_QUANTITY, re.IGNORECASE), fewest, most)
            for cue, fewest, most in recognizer.CUE_NUMBERS]
    return _reach_patterns[kind]


def _cues_naming_the_kind(recognizer, text: str):
    """The kind's cues in `text` that name the kind themselves: not a bare "номер" ("номер ONT: …") or "счёт" ("счёт
    на оплату № …")."""
    from guard.recognizers.base import has_stem, words_in

    kind_words = tuple(stem for stem in recognizer.CONTEXT if stem != "номер")
    return (cue for cue in recognizer._any_cue.finditer(text) if has_stem(words_in(cue.group()), kind_words))


def _said_later(recognizer, text: str, found: list) -> list:
    """Results for the first number of the cue's sentence, said a dozen words after it (see the module's docstring)."""
    from guard.recognizers.base import make_result

    out: list = []
    if all(most < _FEWEST_DIGITS_LATER for _, _, most in recognizer.CUE_NUMBERS):
        return out  # a kind of short values (a CVV, a year) is not reached so far
    for cue in _cues_naming_the_kind(recognizer, text):
        pos, previous = cue.end(), ""
        for _ in range(_MOST_WORDS_LATER):
            word = _SENTENCE_WORD.match(text, pos)
            if word is None or NAMES_ANOTHER_THING.match(word.group(1)) \
                    and not _where_it_is_kept(previous, word.group(1)):
                break
            previous = word.group(1)
            pos = word.end()
            gap = _BEFORE_VALUE.match(text, pos)
            value = recognizer._cue_value.match(text, gap.end()) if gap else None
            if value is None or not value.group():
                continue
            start, end = value.span()
            if _fits_later(recognizer, text, value.group(), start, end) \
                    and not any(r.start < end and start < r.end and r.score >= recognizer.CONTEXT_SCORE
                                for r in found + out):
                out.append(make_result(recognizer, recognizer.ENTITY, start, end, recognizer.CONTEXT_SCORE,
                                       "the first number of its cue's sentence, said a few words later"))
            break  # the first number after the cue is the only one it may announce
    return out


def reads_as_a_sum_year_or_phrase(text: str, value: str, start: int, end: int) -> bool:
    """Is the number `value` at text[start:end] no one's value by what it says: a round sum said in words ("двести
    пятьдесят тысяч", "сорок девять тысяч и ещё восемнадцать"), a count of years after it ("2015 года"), a phrase of its own opened right before it ("через",
    "на")? One test for a number said later in its cue's sentence and a spoken number right after a cue
    (recognizers/long_number.py)."""
    return bool(_ROUND_SUM.fullmatch(value.strip()) or _SUM_OPENS.match(value.strip()) or _YEARS_AFTER.match(text, end)
                or _PHRASE_BEFORE.search(text, max(0, start - 12), start))


def _fits_later(recognizer, text: str, value: str, start: int, end: int) -> bool:
    """Is the number said later in a cue's sentence a value of the cue's kind: its length, no unit, sum or year after it,
    no letters glued to it, no preposition right before it?"""
    from guard.recognizers.base import digits_of
    from guard.recognizers.packed_run import counts_something

    digits = len(digits_of(value))
    return any(max(fewest, _FEWEST_DIGITS_LATER) <= digits <= most for _, fewest, most in recognizer.CUE_NUMBERS) \
        and recognizer.cue_value_ok(value) and not _ALNUM_AFTER.match(text, end) \
        and not counts_something(text, end) and not reads_as_a_sum_year_or_phrase(text, value, start, end)


def _split_by_the_listener(recognizer, text: str, found: list) -> list:
    """A value dictated in two parts right after its cue, the listener's word between them ("номер договора 47 так
    записываю 0 0 12 34"): both parts, when the first is too short to be the kind's value and together they are one
    (the phone's own reading of the same, recognizers/phone.py, needs no cue: a phone's code opens it)."""
    from guard.recognizers.base import digits_of, make_result, words_in

    out: list = []
    for cue in _cues_naming_the_kind(recognizer, text):
        gap = _BEFORE_VALUE.match(text, cue.end())
        first = recognizer._cue_value.match(text, gap.end()) if gap else None
        if first is None or not first.group():
            continue
        listener = LISTENERS_WORDS.match(text, first.end())
        if listener is None or set(words_in(listener.group())) <= {"и", "а"}:
            continue  # "счета 600184392 и 600184393": two values, not one said in two parts
        second = recognizer._cue_value.match(text, listener.end())
        if second is None or not second.group():
            continue
        head, whole = len(digits_of(first.group())), len(digits_of(first.group() + second.group()))
        if any(head < fewest <= whole <= most for _, fewest, most in recognizer.CUE_NUMBERS) \
                and recognizer.cue_value_ok(first.group() + " " + second.group()) \
                and not any(r.start < second.end() and first.start() < r.end for r in found + out):
            out += [make_result(recognizer, recognizer.ENTITY, first.start(), first.end(), recognizer.CONTEXT_SCORE,
                                "a value's opening, dictated apart after its cue"),
                    make_result(recognizer, recognizer.ENTITY, second.start(), second.end(), recognizer.CONTEXT_SCORE,
                                "the rest of a value, after the listener's word")]
    return out


def reached_values(recognizer, text: str, found: list) -> list:
    """The results `recognizer` (a base.ContextPatternRecognizer) adds: the numbers its cue reaches past fillers, and
    the values that follow its sure ones."""
    from guard.recognizers.base import REST_SCORE, make_result
    from guard.recognizers.packed_run import counts_something

    if not recognizer.CUE_NUMBERS:
        return []
    out: list = []
    if recognizer._any_cue is not None and recognizer._any_cue.search(text):
        for pattern, fewest, most in _filler_cues(recognizer):
            for match in pattern.finditer_at(text, recognizer.cue_starts(text)):  # each opens with its kind's cue
                for start, end, score, why in recognizer._cued_spans(match, fewest, most):
                    if not any(r.start <= start and end <= r.end and r.score >= score for r in found + out):
                        out.append(make_result(recognizer, recognizer.ENTITY, start, end, score,
                                               "number its cue word announced, past filler words"))
        out += _said_later(recognizer, text, found + out)
        out += _split_by_the_listener(recognizer, text, found + out)
    out += _later_answers(recognizer, text, found + out)
    queue = [r for r in found + out if r.entity_type == recognizer.ENTITY and r.score >= recognizer.CONTEXT_SCORE]
    while queue:
        first = queue.pop()
        digits = sum(ch.isdigit() for ch in text[first.start:first.end])
        for start, end in next_values(text, first.end, digits, recognizer._cue_value) \
                + new_after_old(text, first.start, first.end, digits, recognizer._cue_value):
            if counts_something(text, end) or not recognizer.cue_value_ok(text[start:end]) \
                    or any(r.start < end and start < r.end and r.score > REST_SCORE for r in found + out):
                continue
            result = make_result(recognizer, recognizer.ENTITY, start, end, recognizer.CONTEXT_SCORE,
                                 "a second value after its kind's value, joined by connecting words only")
            out.append(result)
            queue.append(result)
    return out + _said_again(recognizer, text, found + out)


# Not guard.document.DIGITS: read from a position inside the text (finditer(text, pos)), a run the position cuts is
# no group of its own ("…1234" read from its "34")
_DIGIT_GROUP = re.compile(r"(?<!\d)\d+")
# a cue of another value or of an order's number right before a number: that number is its own
_OWN_CUE = re.compile(r"(?<![а-яё])(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r")[а-яё]*[ \t,:№#.\-]*"
                      r"(?:номер\w*[ \t,:№#.\-]*)?$", re.IGNORECASE)
_AGAIN_WITHIN = 600  # characters after a value in which it may be said again
_FEWEST_DIGITS_AGAIN = 9


def _names_its_own(text: str, start: int) -> bool:
    """Does a cue of another value or an order stand right before the number at `start`: a word its stem opens that is
    a noun or no word of the dictionary ("заказ", "тел.") — not an adjective that shares the stem ("правильный — 0331…"
    is no driving licence's "права": issue 15, stop 57)?"""
    cue = _OWN_CUE.search(text, max(0, start - 30), start)
    if cue is None:
        return False
    from guard.morph import parses  # the dictionaries load once, on the first word that needs them

    word = _A_WORD.match(text, cue.start()).group().lower()
    readings = parses(word)
    return not readings or any(reading.tag.POS == "NOUN" for reading in readings)


_A_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _said_again(recognizer, text: str, found: list) -> list:
    """Results for a sure value of the kind said again later with a digit or two corrected (see the module's docstring)."""
    from guard.recognizers.base import REST_SCORE, digits_of, make_result

    out: list = []
    for first in [r for r in found if r.entity_type == recognizer.ENTITY and r.score >= recognizer.CONTEXT_SCORE]:
        said = digits_of(text[first.start:first.end])
        if len(said) < _FEWEST_DIGITS_OF_THE_REST:
            continue
        for value in recognizer._cue_value.finditer(text, first.end, min(len(text), first.end + _AGAIN_WITHIN)):
            end = value.end()
            # the value may close a longer run: a correction's words dropped, "не 70 а 60 значит 123 …" reads "70 60 123 …"
            start = next((group.start() for group in _DIGIT_GROUP.finditer(text, value.start(), end)
                          if _said_the_same(said, digits_of(text[group.start():end]))), None)
            if start is None or not recognizer.cue_value_ok(text[start:end]) \
                    or _names_its_own(text, start) \
                    or any(r.start < end and start < r.end and r.score > REST_SCORE for r in found + out):
                continue  # not this value again, or another kind's or an order's number ("… а заказ номер …")
            out.append(make_result(recognizer, recognizer.ENTITY, start, end, recognizer.CONTEXT_SCORE,
                                   "its kind's value said again with a digit or two corrected"))
    return out


_FEWEST_DIGITS_OF_THE_REST = 6


def _said_the_same(said: str, again: str) -> bool:
    """Is `again` the value `said` once more: corrected (a long value, `_same_number_corrected`), or any value of six
    digits or more written with its leading zeros restored or dropped and nothing else changed ("ЛС 3314-41 … указан
    без ведущего нуля, правильный — 03314-41": issue 15, stop 57, pii_ba56)?"""
    if again != said and again.lstrip("0") == said.lstrip("0"):
        return True
    return len(said) >= _FEWEST_DIGITS_AGAIN and _same_number_corrected(said, again)


def _same_number_corrected(said: str, again: str) -> bool:
    """Is `again` `said` with at most two digits changed, or one added or lost near its end — or its rest said again
    from where the caller was interrupted (its last six digits or more: "… 377 20 64 ой подожди очки найду\nклиент:
    3 7 7 2 0 6 4", issue 15)?"""
    if _FEWEST_DIGITS_OF_THE_REST <= len(again) < len(said) and said.endswith(again):
        return True
    if len(again) == len(said):
        return sum(a != b for a, b in zip(said, again)) <= 2
    if abs(len(again) - len(said)) == 1:
        shorter = min(len(said), len(again))
        return said[:shorter - 2] == again[:shorter - 2]
    return False


def _later_answers(recognizer, text: str, found: list) -> list:
    """Results for the first number of each written answer whose question, up to _LINES_BACK lines back and since the
    last line holding a number, holds a cue of the recognizer's kind."""
    from guard.recognizers.base import digits_of, make_result
    from guard.recognizers.packed_run import counts_something

    if not recognizer._cue_words or "\n" not in text:
        return []
    out: list = []
    for turn in WRITTEN_TURN.finditer(text):
        digit = _DIGIT.search(text, turn.start(1), turn.end(1))
        if digit is None or _NAMES_ANOTHER.search(text, turn.start(1), digit.start()):
            continue
        value = next((v for v in recognizer._cue_value.finditer(text, turn.start(1), min(turn.end(1), digit.end() + 80))
                      if v.start() <= digit.start() < v.end()), None)
        if value is None or not recognizer.cue_value_ok(value.group()) or counts_something(text, value.end()):
            continue
        start, end = value.span()
        if any(r.start < end and start < r.end and r.score >= recognizer.CONTEXT_SCORE for r in found + out):
            continue
        lines = text[:turn.start()].split("\n")[-_LINES_BACK - 1:-1]
        question = []
        for line in reversed(lines):
            if _DIGIT.search(line):
                break
            question.insert(0, line)
        question = "\n".join(question)
        digits = len(digits_of(value.group()))
        if question and any(fewest <= digits <= most and cue.search(question)
                            for cue, fewest, most in recognizer._cue_words):
            out.append(make_result(recognizer, recognizer.ENTITY, start, end, recognizer.CONTEXT_SCORE,
                                   "first number of an answer to a question that names its kind"))
    return out
