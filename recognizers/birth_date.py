"""DATE_OF_BIRTH: a date, or a year, said or written next to a birth word — not every date.

"дата рождения 12.03.1980", "д.р. 12.03.1980", "родилась двенадцатого марта тысяча
девятьсот восьмидесятого года" (spoken numbers arrive as digits from guard.normalize),
"1980 г.р.". Dates of payments and services stay visible.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from guard.analysis import Pattern, ReadOnceAWhole, RecognizerResult
from guard.document import DIGITS
from guard.nlp import PERSON_GRAMMEMES, any_grammemes
from guard.recognizers.cue_reach import pause_start
from guard.recognizers.base import (ContextPatternRecognizer, Kind, digits_of, number_value, said_in_words,
                                    word_start, words_before, words_in)
from guard.recognizers.lexicon import (ENGLISH_MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_ORDINAL_STEMS, MONTH_STEMS,
                                       NEIGHBOURS_MONTHS,
                                      ROMAN_MONTHS)

# A month by name or abbreviation (recognizers/lexicon.py), the full forms first: "марта", "сент."
_MONTHS = ("(?:" + "|".join([form for forms in MONTH_NAMES for form in forms] + list(MONTH_ABBREVIATIONS))
           + r")\.?")
NUMERIC = r"(?<!\d)(?<!\d\.)(?:0?[1-9]|[12]\d|3[01])[./\-](?:0?[1-9]|1[0-2])[./\-](?:19|20)?\d{2}(?![\d.]\d)"
ISO = r"(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
# "5 марта", "5-го марта", "5-е марта"; the year written "89-го" or said "ноль восемнадцатого" ("0 18", 2018)
# The year may follow its own word: "пятнадцатое мая а год восемьдесят второй" -> "15 мая а год 82", also as an
# afterthought ("двенадцатое марта, год восьмидесятый", "…, а год — восемьдесят первый": red team bb11 06); the day said with
# its zero: "ноль пятое марта" -> "0 5 марта".
# Said with the words that name the parts: "тридцатого числа сентября месяца девяносто пятого года".
_DAY_WORD, _MONTH_WORD = r"(?:\s+числа)?", r"(?:\s+месяца)?"  # "третьего числа пятого месяца": also by its number
WORDS = (r"(?<![\d.])(?:0\s)?(?:0?[1-9]|[12]\d|3[01])(?:-?(?:го|е|ое))?" + _DAY_WORD + r"\s+" + _MONTHS + _MONTH_WORD
         + r"(?:(?:(?:\s+|,\s*)(?:а\s+|и\s+)?год(?![а-яё])(?:\s*[—–-])?)?\s+(?:(?:19|20)\d{2}|\d{2}(?:-?(?:го|й))?|0\s\d{1,2})"
           r"(?:\s*(?:года|год|г\.?))?)?(?![\w])")
# The same with a four-digit year only, a pattern of its own beside WORDS: where WORDS read a date's day as the year of
# the date before it ("5 февраля 17 марта 1990": "5 февраля 17"), the next date is still read whole (stop 59; both
# readings kept, their spans merge: fail closed).
WORDS_FULL_YEAR = (r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])(?:-?(?:го|е|ое))?" + _DAY_WORD + r"\s+" + _MONTHS + _MONTH_WORD
                   + r"\s+(?:19|20)\d{2}(?:\s*(?:года|год|г\.?))?(?![\w])")
# A year of this century said as a one-word ordinal, "пятое февраля седьмого года" -> "5 февраля 7 года" (2007),
# "четвертого апреля седьмого" -> "4 апреля 7": a pattern of its own beside WORDS, so its spans only add to what WORDS
# finds (a match of WORDS never consumes a one-digit day: "5 февраля 7 марта 1985" still reads "7 марта 1985"). The
# digit is taken only on the same line as its month and never where a month follows it ("пятое февраля седьмого
# марта": a second date); BirthDateRecognizer.find_candidates keeps the digit only when a year's word follows it or it
# was said as a genitive ordinal, else cuts the match back to its day and month (_without_an_unsaid_year). Issue dates
# and contracts' ends read WORDS only.
ONE_WORD_YEAR = (r"(?<![\d.])(?:0\s)?(?:0?[1-9]|[12]\d|3[01])(?:-?(?:го|е|ое))?" + _DAY_WORD + r"\s+" + _MONTHS
                 + _MONTH_WORD + r"[ \t]+\d(?:[ \t]*(?:года|год|г\.?))?(?![\w])"
                 + r"(?![ \t]*(?:-?(?:го|е|ое))?(?:[ \t]+числа)?[ \t]+" + _MONTHS + r")")
# Year first: "1990.03.05", "1990/03/05" (ISO with dashes is above).
YEAR_FIRST = r"(?<![\d.])(?:19|20)\d{2}[./](?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01])(?![\d]|\.\d)"
# Typed with spaces: "12 03 1985" (two-digit day and month, a four-digit year).
SPACED = r"(?<![\d.])(?:0[1-9]|[12]\d|3[01])\s(?:0[1-9]|1[0-2])\s(?:19|20)\d{2}(?!\d)"
# Typed with nothing between: "родился 12031980", "Кузнецов ПС 12031980" (red team bb5 13): a day, a month and a year
# of the last century or this one, masked only where a date is a birth date (a birth word, a name before it, decades back)
COMPACT = r"(?<![\d.])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}(?![\d.]\d|\d)"
# A year alone: "1980 г.р.", "80 г.р.", spoken "восемьдесят седьмого года рождения" -> "87 года", "в 59 году".
YEAR = r"(?<!\d)(?:(?:19|20)\d{2}(?:\s*(?:году|года|год|г\.\s?р\.|г\.?))?|\d{2}\s*(?:году|года|год|г\.\s?р\.|г\.))(?![\dа-яё])"
# Spoken with ordinals and normalized: "девятое ноль третье пятьдесят четвертого" -> "9 0 3 54"; written with the
# ordinals' endings: "5-го 3-го 1990", "5-е 03-го 90-го" (the month by its ordinal)
_ORDINAL = r"(?:-(?:го|е|ое|й))?"
SPOKEN_DIGITS = (r"(?<![\d.])(?:0\s)?(?:[1-9]|[12]\d|3[01])" + _ORDINAL + _DAY_WORD + r"\s(?:0\s?)?(?:[1-9]|1[0-2])"
                 + _ORDINAL + _MONTH_WORD + r"\s(?:19\d{2}|20[0-2]\d|\d{2}|0\s\d)" + _ORDINAL
                 + r"(?:\s*(?:года|год|г\.?))?(?![\dа-яё])")

# A whole value written as a date ("1980-03-12", "12.03.1980", "1980/03/12", "12 03 1980", a timestamp): whatever a
# CRM calls it, it is no number whose last digits may be shown (the card policy's last4 and prefix).
_WHOLE_DATE = re.compile(r"(?:" + "|".join((NUMERIC, ISO, YEAR_FIRST, SPACED)) + r")(?:[T\s]\S*+)?")


def shaped_as_a_date(value: str) -> bool:
    """Is the whole value a date by its shape (not a phone number with separators)?"""
    return _WHOLE_DATE.fullmatch(value.strip()) is not None


# Words that make a date the date of something else: a contract, a payment, an issue, a move.
# The prepositions are whole words: "Сергеевна" or "Попова" before a date is a name, not "с" or "по".
_DATE_PREPOSITIONS = ("от", "с", "по", "до")
# A child named by its relation right before a whole date ("Кузьминых Варвара Антоновна<TAB>дочь<TAB>11.04.2017", "сын —
# 03.03.2021"): the child's birth date, however recent (issue 15, stop 49: a family's rows pasted from a spreadsheet);
# an adult's date is read as decades back already.
_CHILD_WORDS = frozenset({"сын", "сына", "сынок", "дочь", "дочери", "дочка", "дочки", "ребёнок", "ребенок", "ребёнка",
                          "ребенка", "внук", "внука", "внучка", "внучки"})
_DATE_OF_SOMETHING = ("договор", "заключ", "подключ", "оплат", "плат", "выдан", "выдач",
                      "переезд", "регистрац", "зарегистр", "открыт", "закрыт", "расторг", "смен", "заявлен", "дата",
                      "период", "начиная", "срок", "действ", "окончан", "истек", "истёк")


# A birth word, or its abbreviation, before a date; and the words after it that make a later date something else's:
# in "Д.р. 05.03.1980, договор от 12.01.2020" the cue names the first date only.
# "д.р.", "г.р.", "д/р", "ДР", "род." (abbreviations no word stem expresses)
# said letter by letter in speech: "дэ эр", "гэ эр"
_BIRTH_ABBREVIATION = r"(?:(?:д|г)[./]?\s?р(?:\.|(?![а-яё]))|род\.|(?:дэ|гэ)\s?эр(?![а-яё]))"
# The same in an English note: "DOB", "D.O.B.", "born", "date of birth", "birth date", "b-day", "birthday"; and in
# the expats' German and Turkish (issue 15, stop 46): "geb.", "geboren (am)", "Geburtsdatum", "doğum tarihi".
_ENGLISH_BIRTH_CUE = (r"(?<![a-z])(?:d\.?o\.?b\.?|born|date\s+of\s+birth|birth\s?date|birth\s?day|b-day"
                      r"|geb\.|geboren(?:\s+am)?|geburtsdatum|do[gğ]um\s+tarihi)(?![a-z])")
# A neighbour's birth word: Ukrainian "народження", "народився", "народилася"; Belarusian "нараджэння"; Kazakh
# "туған күні", Tatar "туган көне" (the date after "туған", born)
_NEIGHBOURS_BIRTH_STEMS = r"народж|народи[вл]|нарадж|туған|туган"
BIRTH_CUE = re.compile(r"(?<![а-яё])(?:рожд|родил|исполнил|стукнул|" + _NEIGHBOURS_BIRTH_STEMS + "|"
                       + _BIRTH_ABBREVIATION + ")|" + _ENGLISH_BIRTH_CUE, re.IGNORECASE)
# A birth word in either language, then the rest of its word and what a note puts between a word and its value
# ("дата рождения: ", "д.р. — ", "DOB="): a date right after it is the date of birth, whatever the date is.
_AFTER_A_BIRTH_CUE = (r"(?:" + r"(?<![а-яё])(?:рожд|родил|" + _NEIGHBOURS_BIRTH_STEMS + r")[^\W\d_]*\.?"
                      + r"(?:[ \t]+(?:күн[іи]|көне))?|" + _BIRTH_ABBREVIATION + "|"
                      + _ENGLISH_BIRTH_CUE + r"(?:[ \t]+(?:is|was))?(?:[ \t]+(?:on|in))?)[\s:=\-–—,(]{0,4}"
                      # an English date's article: "born on the 3rd of May 1985", "birthday: the 22nd of March" (red
                      # team bb10 14, 19)
                      + r"(?:(?<![a-z])the[ \t]+)?")
# ("по" is not one of them: "дата рождения по паспорту 05.03.1980")
_ANOTHER_DATES_WORD = re.compile(r"(?<![а-яё])(?:(?:" + "|".join(p for p in _DATE_PREPOSITIONS if p != "по")
                                 + r")(?![а-яё])|"
                                 + "|".join(stem for stem in _DATE_OF_SOMETHING if stem != "дата") + ")",
                                 re.IGNORECASE)

# Words that date a death or a document's issue ("умер 12.03.2019", "дата смерти", "выдан 12.05.2010"): a date after
# one of them, with no birth word between, is not a birth date even with a birth word after it ("дата смерти —
# 17.11.2020, д.р. 05.05.1950"). An issue date of a passport is the passport's (recognizers/passport.py).
_A_DIGIT = re.compile(r"\d")
# a birth word before the next date's digits, a few characters on and no comma or bracket between: "д.р. 05.05.1950",
# "а родилась она 12 января"; not "28.02.1936 г.р., +7 831 …" (a phone after the comma)
_OPENS_A_DATE = re.compile(r"[^\d,;()\n]{0,16}\d")
NOT_A_BIRTH = re.compile(r"(?<![а-яё])(?:умер|умир|смерт|скончал|погиб|похорон|выдан|выдач)", re.IGNORECASE)

# A year in the genitive ("41 года", "1985 года") and who it may be the birth year of: a pronoun, a relative, the owner
_YEAR_OF = re.compile(r"(?:19\d{2}|20[0-2]\d|\d{2})\s*года", re.IGNORECASE)
_SOMEONE = frozenset(("я", "он", "она", "мы", "мама", "мать", "папа", "отец", "дед", "дедушка", "бабушка", "муж", "жена",
                      "сын", "дочь", "дочка", "брат", "сестра", "владелец", "владелица", "сам", "сама"))
# "мне 82 года" is an age: "восемьдесят два года" and "восемьдесят второго года" are both "82 года" once normalized,
# and the one the age is given to is in the dative
_AGED = frozenset(("мне", "ему", "ей", "нам", "им", "исполнилось"))
# The one an age is given to, in the dative: the speaker's and a third person's above, and the one spoken to ("вам 46?",
# "тебе уже двадцать"): the checker reads an age or a birth year said to the caller so (red team bb23, f04)
AGE_GIVEN_TO = (_AGED - {"исполнилось"}) | frozenset(("вам", "тебе"))
GROWN_UP = 14  # the years from which someone is grown up: a passport's, a contract's owner's age
OLDEST = 100  # as old as this no one is taken to be: a larger number said to someone is no age
# The same as a hint for the registry: one of them, a word or two, then such a year
SOMEONES_YEAR = (r"(?<![а-яё])(?:" + "|".join(sorted(_SOMEONE)) + r")(?:\s+[а-яё]+){0,2}\s+(?:19\d{2}|\d{2})\s*года"
                 r"(?![а-яё])")
# A two-digit year from this on is of the 1900s: "89" is 1989; "21" may be this century's, a contract's year
_LAST_CENTURY_FROM = 30

# A year said as an ordinal in the genitive, as a birth year is ("сорок седьмого", "тысяча девятьсот сорокового года",
# "девяносто третьего"); a cardinal is a count or an age ("восемьдесят два года", "ей восемьдесят восемь"). Spoken
# numbers reach the kinds as digits: the words they were said as decide (base.said_in_words).
_SAID_AS_AN_ORDINAL = re.compile(r"(?:ого|его)(?:\s+год[а-яё]*)?\s*$", re.IGNORECASE)
# A year said alone, no "года" after it: four digits of 1900-2029, or two no day of a month has (32-99); the genitive
# ordinal said decides (a bare "47" is a count as often as a year).
# A year said twice over ("сорок девятого сорок девятого") is a run of that year only; any other run of groups is a
# longer number's.
_BARE_YEAR = re.compile(r"(?<![\d.,:/\-])(?:19\d{2}|20[0-2]\d|3[2-9]|[4-9]\d)(?![\d.,:/\-]?\d)(?!\s+числ)"
                        r"(?:\s+год(?:а|у)?(?![а-яё]))?")
# Not guard.document.DIGITS: groups with one blank between them read as one run ("12 03 1980")
_GROUP_RUN = re.compile(r"\d+(?: \d+)*")
# How far after a birth word a year said alone still answers it: a question and a few short turns of its answer and
# its read-back ("дату рождения" / "девятое мая сорок девятого" / "пятьдесят девятого правильно" / "нет сорок девятого")
_ANSWER_REACH = 240


def an_age(value: int) -> bool:
    """A number of years someone grown up may be aged (GROWN_UP up to OLDEST)."""
    return GROWN_UP <= value < OLDEST


def a_birth_year(digits: str, today: date | None = None) -> bool:
    """Four digits of a year someone living and grown up was born in."""
    return len(digits) == 4 and (today or date.today()).year - OLDEST <= int(digits) <= (today or date.today()).year - GROWN_UP


def said_as_a_years_ordinal(text: str, start: int, end: int) -> bool | None:
    """Was the number [start, end) said as an ordinal in the genitive ("сорок седьмого (года)")? None when it was
    written in digits: then nothing tells a year from a count."""
    said = said_in_words(text, start, end)
    return None if said is None else _SAID_AS_AN_ORDINAL.search(said) is not None


def someones_year(text: str, start: int) -> bool:
    """Whose a year right after a few words is, by the nearest word that says: a person ("я", "мама у меня", a name
    right before it — "лесных кристина юрьевна восемьдесят девятого года") is born in it; one an age is given to ("мне", "ей") is that
    old; a preposition right before ("с 85 года", "до 90") dates something else."""
    from guard.recognizers.person import may_name_a_person  # the PERSON kind's answer for a word (imported late: it
    # reads this module's neighbours)

    before = words_before(text, start, 24)[-3:]
    if not before or before[-1] in _DATE_PREPOSITIONS:
        return False
    # a name right before the year only: "малышева пять возле площади тысяча девятьсот пятого года" is a street's, a
    # square's year; "дата выдачи … март две тысячи двенадцатого года" a month's
    if may_name_a_person(before[-1]):
        return True
    for word in reversed(before):
        if word in _AGED:
            return False
        if word in _SOMEONE:
            return True
    return False


def _old_enough(value: str) -> bool:
    """A year someone now grown up was born in: "41" is 1941, "05" 2005; from 14 years back."""
    year = int(DIGITS.match(value).group())
    year += 0 if year >= 100 else 1900 if year >= _LAST_CENTURY_FROM else 2000
    return year <= date.today().year - GROWN_UP


def years_said_alone(text: str) -> list[tuple[int, int]]:
    """Birth years said with no "года" and no month ("на меня гладышева лидия фёдоровна сорок седьмого", "мама у меня
    тридцать седьмого", "дату рождения" … "сорок девятого"): a year said as a genitive ordinal after a person's word,
    or within a few turns after a birth word (the answer to the question, its read-back and its correction)."""
    found = []
    runs = {run.start(): run.group() for run in _GROUP_RUN.finditer(text)} if _BARE_YEAR.search(text) else {}
    starts = sorted(runs)
    for year in _BARE_YEAR.finditer(text):
        start, end = year.span()
        run = runs[starts[bisect_right(starts, start) - 1]]
        if set(run.split()) != {year.group().split()[0]} \
                or not said_as_a_years_ordinal(text, start, end) or not _old_enough(year.group()):
            continue
        before = words_before(text, start, 24)
        if before and before[-1] in _DATE_PREPOSITIONS:
            continue
        cue = None
        for cue in BIRTH_CUE.finditer(text, max(0, start - _ANSWER_REACH), start):
            pass
        if someones_year(text, start) or cue is not None and not NOT_A_BIRTH.search(text, cue.end(), start):
            found.append((start, end))
    return found


def _as_normalized(word: str) -> str:
    """A neighbour's word as the engine's reading has it (guard/normalize.py reads "і" as "и", "ў" as "у")."""
    return word.replace("і", "и").replace("ў", "у")


# the neighbours' months as written and as normalized: "квітня" and "квитня"
_NEIGHBOURS_MONTHS = tuple(tuple(dict.fromkeys(forms + tuple(map(_as_normalized, forms)))) for forms in NEIGHBOURS_MONTHS)


# A month word's first three letters -> its number ("мар" 3, "мая"/"май" 5).
_MONTH_NUMBERS = {form[:3]: number for number, forms in enumerate(MONTH_NAMES, 1) for form in forms}
# another language's month and an English one by the whole word ("березня", "наурыз", "march", "mar")
_OTHER_MONTH_NUMBERS = {form: number for months in (_NEIGHBOURS_MONTHS, ENGLISH_MONTHS)
                        for number, forms in enumerate(months, 1) for form in forms}


# A date in any of the shapes a note or a normalized speech gives it, the year left out or not (red team bb4 F15):
# "12.03", "12/03/80", "12 3" (spoken "двенадцатого третьего"), "12-го марта", "12 Mar 1980", "12th of March",
# "12-MAR-80", "12 III 1980", "March 12, 1980", "Mar. 12th", "1980-03-12". Its shape only: the value is not weighed.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_DIGITS = r"(?:0?[1-9]|1[0-2])"
_ENGLISH_MONTH = "(?:" + "|".join(sorted((name for names in ENGLISH_MONTHS for name in names), key=len, reverse=True)) + ")"
_ANY_MONTH_WORD = ("(?:" + "|".join(sorted({form for forms in MONTH_NAMES + _NEIGHBOURS_MONTHS for form in forms}
                                           | set(MONTH_ABBREVIATIONS), key=lambda w: (-len(w), w)))
                   + "|" + _ENGLISH_MONTH + r")(?![^\W\d_])\.?"
                   + "|(?-i:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + r")(?![A-Za-z])")
# A month named after "в", in the prepositional case ("19-го, в июле", "родилась 3-го в марте"): the day said first, its
# month after (red team bb19, f05).
_IN_A_MONTH = (r",?[ \t]+в[ \t]+(?:" + "|".join(sorted({genitive[:-1] + "е" for genitive, _ in MONTH_NAMES},
                                                          key=lambda month: (-len(month), month))) + r")(?![^\W\d_])")
_ANY_YEAR = (r"(?:[\s,./\-]{1,3}(?:(?:19|20)\d{2}|\d{2}(?:-?(?:го|й))?|0\s\d)(?:\s*(?:года|год|г\.?))?)?"
             r"(?![\d:])")
_ENGLISH_DAY_SUFFIX = r"(?:st|nd|rd|th)"
# A whole date in English words, day first or month first, the day perhaps an ordinal: "3rd of May 1985", "14 Feb
# 1988", "May 3rd, 1985", "May the 3rd 1985" — a birth date by the same judgement as "3 мая 1985" (a birth word near, a
# name before it, decades back; red team bb10 14, 19)
ENGLISH_WORDS = (r"(?<![\w.])(?:" + _DAY + _ENGLISH_DAY_SUFFIX + r"?(?:[ \t]+of)?[ \t]+" + _ENGLISH_MONTH
                 + r"(?![a-z])\.?,?|" + _ENGLISH_MONTH + r"(?![a-z])\.?[ \t]+(?:the[ \t]+)?" + _DAY + _ENGLISH_DAY_SUFFIX
                 + r"?,?)[ \t]+(?:19|20)\d{2}(?!\d)")
# A date dictated part by part, each said with the word that names it, in any order: "число 14, месяц шестой, год 79",
# "день 5, месяц март, год 1980" (red team bb9 25); the month by its number, its name or its ordinal (lexicon)
_MONTH_OF_A_PART = (r"(?:(?:0\s)?(?:0?[1-9]|1[0-2])(?:-?(?:й|го))?|(?:" + "|".join(MONTH_ORDINAL_STEMS) + r")[а-яё]{0,3}|"
                    + _ANY_MONTH_WORD + ")")
_NAMED_PART = (r"(?:(?:число|день)\s+(?:0\s)?" + _DAY + r"(?:-?(?:го|е|ое))?|месяц\s+" + _MONTH_OF_A_PART
               + r"|год\s+(?:(?:19|20)\d{2}|\d{2})(?:-?(?:й|го))?)(?![\dа-яё])")
_NAMED_PARTS = _NAMED_PART + r"(?:[\s,;]+(?:а\s+|и\s+)?" + _NAMED_PART + "){1,2}"
_ANY_ORDER = r"(?:\d{1,2}|\d{4})(?P<separator>[./\-])\d{1,2}(?P=separator)(?:\d{4}|\d{1,2})(?![\d.]\d)"
_CUED_DATE = ReadOnceAWhole(re.compile(
    _AFTER_A_BIRTH_CUE + r"(?:(?P<whose>[а-яё]+(?:[ \t]+[а-яё]+)?)[\s:=\-–—,]{1,4})??(?P<date>(?<!\d)(?:"
    + r"(?:19|20)\d{2}[./\-]" + _MONTH_DIGITS + r"[./\-]" + _DAY + r"(?!\d)"
    + "|" + _DAY + r"(?:-?(?:го|е|ое)|" + _ENGLISH_DAY_SUFFIX + r")?(?:\s+of)?[\s./\-]{0,3}(?:" + _ANY_MONTH_WORD
    + ")" + _ANY_YEAR
    + "|" + _DAY + r"-?(?:го|е|ое)" + _IN_A_MONTH + _ANY_YEAR
    + "|" + _DAY + r"(?:-?(?:го|е|ое))?(?:[./\-]|\s(?:0\s)?)" + _MONTH_DIGITS + r"(?:-?(?:го|е|ое))?" + _ANY_YEAR
    + r"(?!\s?\d)"  # not the start of a longer run of digits ("9 9 9 9 9 9" is no day and month)
    + "|" + _ENGLISH_MONTH + r"(?![a-z])\.?[\s\-./]{1,3}(?:the[ \t]+)?" + _DAY + _ENGLISH_DAY_SUFFIX + r"?(?![\da-z])" + _ANY_YEAR
    # three numbers in any order a form or a foreign app writes them: "79/06/14" (yy/mm/dd), "6/14/1979" (m/d/y):
    # read by `date_readings`, one of which must be a day of the calendar
    + "|" + _ANY_ORDER
    + "|" + _NAMED_PARTS
    + "))", re.IGNORECASE))


# A date told with its parts apart, in any order, each perhaps with the word that names it — a day ("12", "12-е", "12
# числа", "день 12"), a month ("март", "в марте", "месяц третий"), a year ("1980-й", "80 год", "год 80") — two or three
# of them, a comma or a dash between: "12, в марте, год 80", "март, 12-е, 1980-й", "в марте 80, 12 числа", "1980, день
# 12, месяц март" (red team bb21, f05). Read after a birth word only; `_parts_apart` keeps the parts that make one day
# and one month (a year at most once).
_DAY_PART = r"(?:(?:число|день)\s+)?(?:0\s)?" + _DAY + r"(?:-?(?:го|е|ое))?(?:\s+числа)?"
_MONTH_PART = (r"(?:месяц\s+" + _MONTH_OF_A_PART + r"|(?:в\s+)?(?:" + "|".join(sorted(
    {genitive[:-1] + "е" for genitive, _ in MONTH_NAMES}, key=lambda month: (-len(month), month))) + r"(?![^\W\d_])|" + _ANY_MONTH_WORD
               + r")(?:\s+месяца)?)")
_YEAR_PART = r"(?:(?:а\s+)?год\s+)?(?:(?:19|20)\d{2}|\d{2})(?:-?(?:й|го|ый|ого))?(?:\s*(?:года|год|г\.?))?"
_A_PART = r"(?:(?P<month>" + _MONTH_PART + r")|(?P<day>" + _DAY_PART + r")|(?P<year>" + _YEAR_PART + r"))(?![\dа-яё])"
_PART_GAP = r"(?<![ \t])(?:[ \t]*+[,;–—-][ \t]*+|[ \t]++)(?:(?:а|и)[ \t]++)?"  # from a run's first blank: linear
_A_PART_UNNAMED = re.sub(r"\(\?P<[a-z]+>", "(?:", _A_PART)
_CUED_PARTS = ReadOnceAWhole(re.compile(
    _AFTER_A_BIRTH_CUE + r"(?P<parts>" + _A_PART_UNNAMED + r"(?:" + _PART_GAP + _A_PART_UNNAMED
                         + "){1,2})", re.IGNORECASE))
_ONE_PART = re.compile(_A_PART, re.IGNORECASE)
_ONE_GAP = re.compile(_PART_GAP, re.IGNORECASE)


def _parts_apart(text: str) -> list[tuple[int, int]]:
    """The spans of dates told with their parts apart right after a birth word (`_CUED_PARTS`): the first parts that
    name one day and one month, each part once — "12, в марте, год 80"; "12, в марте, 5 лет" ends at its month (a
    second day is no part of it)."""
    found = []
    for told in _CUED_PARTS.finditer(text):
        start, end = told.span("parts")
        seen: dict[str, int] = {}
        at = start
        while at < end and (part := _ONE_PART.match(text, at, end)) is not None and part.lastgroup not in seen:
            seen[part.lastgroup] = part.end()
            gap = _ONE_GAP.match(text, part.end(), end)
            at = gap.end() if gap is not None else end
        if "day" in seen and "month" in seen:
            found.append((start, max(seen.values())))
    return found


# Whether a text names a birth at all: the cheap test before a text is normalized to look for such a date.
A_BIRTH_CUE = re.compile(_AFTER_A_BIRTH_CUE, re.IGNORECASE)


def date_forms(moment: date) -> set[str]:
    """The digits of a date as people write it, in every order a screen or a CRM does: 21.12.1999, 21.12.99, 1.4.2005,
    1999-12-21, 99/12/21 — and its month and year alone, which narrow a person as much (12.1999, 1999-12, 99-12, 12/99,
    red team bb9, 10): what the card-aware scrub masks and the speech checker blocks of the card's own date (one
    home)."""
    d, m, y = moment.day, moment.month, moment.year
    yy = f"{y % 100:02d}"
    forms = {f"{d:02d}{m:02d}{y}", f"{d}{m}{y}", f"{d:02d}{m:02d}{yy}", f"{y}{m:02d}{d:02d}", f"{yy}{m:02d}{d:02d}",
             f"{m:02d}{y}", f"{y}{m:02d}"}
    # a month and a two-digit year ("01.01" for January 2001) only when no day and month reads the same four digits:
    # "01.01" is also any year's first of January, and masking it for this card alone would tell the card's date
    # (an oracle; tests/security/test_redteam_bb4_f15_card_blind.py)
    forms.update(form for form in (f"{yy}{m:02d}", f"{m:02d}{yy}") if not reads_as_a_day_and_month(form))
    return {form for form in forms if len(form) >= 4}


def reads_as_a_day_and_month(four_digits: str) -> bool:
    """Whether four digits read as a day and a month in either order ("0101", "1203", "0312")."""
    first, second = int(four_digits[:2]), int(four_digits[2:])
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


_MONTH_FORMS = {form.replace("ё", "е"): number for number, (genitive, nominative) in enumerate(MONTH_NAMES, 1)
                for form in (genitive, nominative, genitive[:-1] + "е")}


@dataclass(frozen=True)
class DateParts:
    """The pieces a date is told by when it is not said whole (red team bb9, 06, 14): its day, its month (a month's
    word, or a number after "месяц"), its year (four digits, or two beside the word "год": "в десятом году", "год
    семьдесят девятый"), and the full years since it on a day (an age, "вам сорок семь лет"). Two parts narrow a
    date to a few people; so does the age. One home for every reader that compares a card's date with words said."""
    day: int
    month: int
    year: int

    @classmethod
    def of(cls, moment: date) -> "DateParts":
        return cls(moment.day, moment.month, moment.year)

    @staticmethod
    def month_named(word: str) -> int | None:
        """The month a word names in the forms speech uses ("сентябре", "сентября", "сентябрь", "мае", "май"), by its
        stem when the stem is long enough to be no other word's ("сентябрём"); None for any other word."""
        word = word.lower().replace("ё", "е")
        return _MONTH_FORMS.get(word) or next((number for number, stem in enumerate(MONTH_STEMS, 1)
                                               if len(stem) > 3 and word.startswith(stem)), None)

    def years_on(self, today: date) -> int:
        """The full years from the date to `today` (the owner's age on the day of the check)."""
        return today.year - self.year - ((today.month, today.day) < (self.month, self.day))

    def part(self, value: int, digits: str, *, after_month_word: bool = False,
             beside_year_word: bool = False) -> str | None:
        """Which part of the date a number said is, or None (a month's word is read by its stem, MONTH_STEMS):
        `after_month_word` — the word "месяц" stands before it; `beside_year_word` — "год" stands next to it."""
        if after_month_word:
            return "month" if value == self.month else None
        if digits == str(self.year) or beside_year_word and len(digits) <= 2 and value == self.year % 100:
            return "year"
        return "day" if value == self.day and len(digits) <= 2 else None


def dates_after_a_birth_cue(text: str) -> list[tuple[int, int]]:
    """Every date right after a birth word ("родился 12.03", "д/р 12 III 1980", "DOB March 12", "др 12 3"), or after
    it and whose birth it is ("ДР владельца 12.03", "дата рождения у вас 12.03": red team bb8, 16): a date of birth
    whatever its value, so masking it tells nothing of any card (red team bb4 F15, card-blind). Read by the
    recognizer (the redactor and the speech checker) and by the proxy's card-aware scrub. A day the calendar has not
    is the birth date mistyped when a year of birth and a month stand beside it ("д.р. «31.02.1988»", "ДР 1994-11-32":
    fail closed, the cue names it); three numbers that make no such date are none ("д.р. 45/67/89")."""
    spans = [found.span("date") for found in _CUED_DATE.finditer(text)
             if (_on_the_calendar(found["date"], any_order=True) or _a_mistyped_day(found["date"]))
             and (found["whose"] is None or _whose_birth(found["whose"]))]
    for start, end in _parts_apart(text):  # a date with its parts apart: where no date read above covers it
        if not any(s <= start and end <= e for s, e in spans):
            spans = [(s, e) for s, e in spans if not (start <= s and e <= end)] + [(start, end)]
    return sorted(spans)


def _a_mistyped_day(value: str) -> bool:
    """A day the calendar has not, with a month (1-12, by its number or its name) and a year of birth (1900 to five years
    ago, as could_be_born_on has it) — "31.06.1975", "1994-11-32", "30.02.1990", "31 апреля 1990": a birth date typed
    with its day wrong (a day of two digits: "45/02/1986" is none)."""
    parts = date_parts(value)
    if parts is None or _on_the_calendar(value, any_order=True):
        return False
    day, month, year = parts
    return year is not None and 1900 <= year <= date.today().year - 5 and 1 <= month <= 12 and 1 <= day <= 39


def _whose_birth(words: str) -> bool:
    """Do the words between a birth word and a date say only whose birth it is: a person's noun in the genitive
    ("владельца", "сына", "абонента"), "у" and a pronoun ("у вас", "у него"), a possessive ("ваша", "его")?"""
    from guard.morph import parses
    from guard.recognizers.lexicon import CALLER_LABELS
    from guard.recognizers.person import PERSON_NOUN_LEMMAS

    def whose(word: str) -> bool:
        return word == "у" or any("NPRO" in p.tag or "Apro" in p.tag
                                  or (p.tag.case == "gent" and p.normal_form in PERSON_NOUN_LEMMAS | CALLER_LABELS)
                                  for p in parses(word))
    return all(whose(word) for word in words.lower().split())


def month_number(word: str) -> int | None:
    """A month's word in any form -> its number ("марта" 3, "мая"/"май" 5); None for any other word."""
    lower = word.lower()
    return _OTHER_MONTH_NUMBERS.get(lower) or (_MONTH_NUMBERS.get(lower[:3]) if len(word) >= 3 else None)


def date_parts(value: str) -> tuple[int, int, int | None] | None:
    """THE reading of a date's (day, month, year) from a value in any shape a note, a screen or a normalized speech gives
    it — "12.03.1980", "1980-03-12T10:15", "12 марта 1980 года", "30 числа сентября", spoken "9 0 3 54"; the year None
    when it is not there; None when no day and month are (a year alone). Read by the birth-date kind's judgement
    (`could_be_born_on`) and by identification's comparison of a said date with the card's (guard/identification.py)."""
    value = re.sub(r"(?<!\d)0\s(?=\d)", "0", value)  # spoken "ноль третье" -> "0 3" is month 03
    numbers = [int(n) for n in DIGITS.findall(value)]
    # "30 числа сентября": the month's word, not "числа"
    month = next((number for word in re.findall(r"[^\W\d_]{3,}", value.lower()) if (number := month_number(word))), None)
    if month is not None and numbers:
        return numbers[0], month, (numbers[1] if len(numbers) > 1 else None)
    if len(numbers) >= 3:
        return (numbers[2], numbers[1], numbers[0]) if numbers[0] >= 1000 else (numbers[0], numbers[1], numbers[2])
    return None


_PART_SAID = re.compile(r"(?P<word>число|день|месяц|год)\s+(?:0\s)?(?P<value>\d+|[а-яё]+)", re.IGNORECASE)


def _read_by_part_words(value: str) -> tuple[int, int, int | None] | None:
    """A date said with the words naming its parts, in any order ("число 14, месяц шестой, год 79"), or None."""
    parts = {}
    for part in _PART_SAID.finditer(value):
        word, said = part["word"].lower(), part["value"].lower()
        if said.isdigit():
            parts[word] = int(said)
        elif word == "месяц":
            ordinal = next((i for i, stem in enumerate(MONTH_ORDINAL_STEMS, 1) if re.match(stem, said)), None)
            parts[word] = ordinal or month_number(said)
    day = parts.get("число", parts.get("день"))
    if day is None or parts.get("месяц") is None:
        return None
    return day, parts["месяц"], parts.get("год")


def date_readings(value: str) -> list[tuple[int, int, int | None]]:
    """Every reading of a date's (day, month, year): `date_parts`' first, then the other orders people write them in —
    year first with two digits ("79/06/14"), month first ("6/14/1979"), the year before the day beside a month's word."""
    by_words = _read_by_part_words(value)
    if by_words is not None:
        return [by_words]
    parts = date_parts(value)
    if parts is None:
        return []
    readings = [parts]
    numbers = [int(n) for n in DIGITS.findall(value)]
    day, month, year = parts
    if len(numbers) == 2 and year is not None:  # a month's word and the year said first: "год 1980, месяц март, день 5"
        readings.append((year, month, day))
    if len(numbers) == 3 and not re.search(r"[^\d\s./\-]", value):
        first, second, third = numbers
        readings += [reading for reading in ((third, second, first), (second, first, third)) if reading != parts]
    return readings


def _on_the_calendar(value: str, any_order: bool = False) -> bool:
    """Day, month and year (when all are there) make a real date; 29 February only in a leap year. `any_order`: in any
    of the orders people write them (`date_readings`)."""
    parts = date_parts(value)
    if parts is None:
        return True  # a year alone: nothing to check
    if any_order:
        return any(_a_day(*reading) for reading in date_readings(value))
    return _a_day(*parts)


def _a_day(day: int, month: int, year: int | None) -> bool:
    year = 2000 if year is None else year  # no year said: a leap one, so that 29 February is a day
    if year < 100:
        years = (1900 + year, 2000 + year)  # a two-digit year: valid in either century is enough
    else:
        years = (year,)
    for full_year in years:
        try:
            date(full_year, month, day)
            return True
        except ValueError:
            continue
    return False


def could_be_born_on(value: str) -> bool:
    """The one judgement of a value as a birth date: a day of the calendar ("30.02.1990" is not) that lies years in the
    past, a four-digit year from 1900 to five years ago ("встреча 18.11.2026" is not); a two-digit or no year is not
    checked. Eight digits typed together are a day, a month and a year ("12031980")."""
    if re.fullmatch(r"\d{8}", value):
        value = f"{value[:2]}.{value[2:4]}.{value[4:]}"
    if not _on_the_calendar(value):
        return False
    year = re.search(r"(?<!\d)\d{4}(?!\d)", value)
    return year is None or 1900 <= int(year.group()) <= date.today().year - 5


def _latin_name_before(text: str, start: int) -> bool:
    """"Ivanova Svetlana, 15.07.1993": a name in Latin letters right before the date."""
    return re.search(r"[A-Z][a-z]+,?\s*$", text[max(0, start - 24):start]) is not None


# A capital letter with its dot is a name's initial, never the preposition "с" or "по" that dates something else
_INITIAL = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.")


def _words_before_past_initials(text: str, start: int) -> list[str]:
    """The words just before a date, a name's initials left out: "Шестопалов П.С., 12.03.1980" and "Шестопалов П.С.,
    4505 678901, 12.03.1980" end with the surname, not with "с" (red team bb11 10)."""
    window_start = word_start(text, start - 24)
    return words_in(_INITIAL.sub(lambda initial: "  ", text[window_start:start]))


_MOST_DIGITS = 8  # a day, a month and a year: "12031980"
_DATING_REACH = 3  # words from a date's own word to its date ("договор № 5 от 12.01.2020")


# The paper a value is written in, after "в" or "по", dates nothing: "дата рождения в договоре: 30.03.1988", "по
# договору 12.03.1980" (issue 15, stop 57: pii_ba56) — "договор от …" does
_WRITTEN_IN = re.compile(r"(?<![а-яё])(?:в|во|по)[ \t]+$", re.IGNORECASE)


# A date alone in brackets right after a person's name ("по смерти абонента Мартыненко Олега Ивановича (11.04.1961)"):
# a record's way of writing that person's birth date, whatever word governs the name (issue 15, stop 57: packed_ae55) —
# when it lies decades back; a recent one may be the death's.
def _bracketed_after_a_name(text: str, start: int, end: int) -> bool:
    # the blanks are skipped in code: a pattern of optional blanks and a bracket is quadratic (tests/test_redos.py)
    window = max(0, start - 8)
    opening = text[window:start].rstrip(" \t")
    if not opening.endswith("(") or not text[end:end + 8].lstrip(" \t").startswith(")"):
        return False
    year = re.search(r"(?:19|20)\d{2}", text[start:end])
    if year is None or int(year.group()) > date.today().year - GROWN_UP:
        return False
    before = _words_before_past_initials(text, window + len(opening) - 1)  # the words before the bracket
    return bool(before) and bool(any_grammemes(before[-1]) & PERSON_GRAMMEMES)


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?[ \t,:—–-]*\Z")


def _a_childs_name_before(text: str, start: int, before: list[str]) -> bool:
    """A child's word, then a capitalised word — the child's name, whatever the dictionary knows of it — right before a
    whole date: "дочь МИЛАНА 23 03 2017", "сын Елисей 03.03.2021" (stop 59)."""
    return len(before) >= 2 and before[-2] in _CHILD_WORDS \
        and _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start) is not None


# An age said right before a date: "10 лет (05.09.2015)", "ему 47 лет, 12.03.1978" (a bracket, a comma, a colon or a
# dash between; the blanks and the mark are stripped in code, tests/test_redos.py)
_AGE_BEFORE = re.compile(r"(?<!\d)(\d{1,3})\s*(?:год|года|лет)\Z", re.IGNORECASE)


def _aged_as_it_says(text: str, start: int, value: str) -> bool:
    """Does an age said right before a whole date count the years since it (a year either way: the note's day is not
    known)? Then the date is the birth the age is counted from, however recent: a child's."""
    year = re.search(r"(?:19|20)\d{2}", value)
    if year is None:
        return False
    before = text[max(0, start - 16):start].rstrip(" \t")
    before = before[:-1].rstrip(" \t") if before.endswith(("(", ",", ":", "—", "–", "-")) else before
    age = _AGE_BEFORE.search(before)
    return age is not None and abs(date.today().year - int(year.group()) - int(age.group(1))) <= 1


def _dates_this_one(text: str, word_end: int, date_start: int) -> bool:
    """Does a date's word ending at `word_end` stand in the date's own clause: its line, a few words before it?"""
    between = text[word_end:date_start]
    return "\n" not in between and len(_CLAUSE_WORD.findall(between)) <= _DATING_REACH


# The one-digit year of a ONE_WORD_YEAR match ("5 февраля 7 года", "4 апреля 7")
_ONE_DIGIT_YEAR = re.compile(r"(?<=[^\W\d_])[ \t]+(\d)(?:[ \t]*+(?:года|год|г\.?))?\Z", re.IGNORECASE)


def _without_an_unsaid_year(text: str, start: int, end: int) -> int:
    """The end of a ONE_WORD_YEAR match [start, end): kept when a year's word follows its digit or the digit was said as
    a year's ordinal in the genitive ("пятое февраля седьмого года", "четвертого апреля седьмого": 2007); otherwise
    the date ends at its month — "5 февраля 7" said "пятого февраля семь", or written so, is no year. The day and month
    are what WORDS reads from the same start: Presidio drops that match as contained in this one, so this one is cut
    back to it, never dropped."""
    year = _ONE_DIGIT_YEAR.search(text, start, end)
    if year is None or year.end(1) < year.end() or said_as_a_years_ordinal(text, year.start(1), year.end(1)):
        return end
    return year.start()


class BirthDateRecognizer(ContextPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern("dob_numeric", NUMERIC, 0.3),
        Pattern("dob_iso", ISO, 0.3),
        Pattern("dob_words", WORDS, 0.3),
        Pattern("dob_words_full_year", WORDS_FULL_YEAR, 0.3),
        Pattern("dob_one_word_year", ONE_WORD_YEAR, 0.3),
        Pattern("dob_english_words", ENGLISH_WORDS, 0.3),
        Pattern("dob_year", YEAR, 0.2),
        Pattern("dob_spoken_digits", SPOKEN_DIGITS, 0.3),
        Pattern("dob_year_first", YEAR_FIRST, 0.3),
        Pattern("dob_spaced", SPACED, 0.3),
        Pattern("dob_compact", COMPACT, 0.3),
    ]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims its patterns' matches (base.could_find)
    # a birthday's age: "с 46-летием! 12 марта", "к 50-летию"
    CONTEXT = ("рожден", "родил", "рожд", "исполнил", "стукнул", "летием", "летию", "юбиле")
    # "год рождения 1977", "год рождения у меня девяносто третий" -> a year said right after the cue
    CUE_NUMBERS = ((r"год\w*\s+рождения(?:\s+(?:у\s+меня|мой|моя|его|её|ее))?", 2, 4),
                   # "родилась в восемьдесят девятом" -> "родилась в 89": the year a birth verb places the birth in
                   (r"родил(?:ся|ась|ись)(?:\s+(?:я|он|она|мы))?\s+в", 2, 4),
                   # "родился 12031980": a whole date typed after the birth verb (cue_value_ok: a day of the calendar)
                   (r"родил(?:ся|ась|ись)", 6, 8),
                   # "дата рождения три ноль один два один девять восемь восемь" -> "3 0 1 2 1 9 8 8": a date said digit by
                   # digit, day, month and year run together (cue_value_ok: a day of the calendar)
                   (r"(?:дат\w*|день|дня)\s+рождени\w*", 6, 8),
                   # "ДР01011980", "д.р. 01 01 1980": the abbreviation glued to, or right before, a date typed without
                   # dots — never past a word ("Номеров Г.Р., п. 5221 100560": initials, then a passport)
                   (_BIRTH_ABBREVIATION + r"(?=[\s:№#.,\-]{0,4}\d)", 6, 8))
    # "д.р.", "г.р.", "д/р", "род. 1965-09-08"
    CONTEXT_PATTERN = re.compile(r"(?<![а-яё])" + _BIRTH_ABBREVIATION, re.IGNORECASE)
    CONTEXT_WORDS = 4
    REQUIRES_CONTEXT = True
    WINDOW_BEFORE = 45
    WINDOW_AFTER = 18  # "1980 г.р.", "12.03.1980 года рождения"

    def cue_value_ok(self, value: str) -> bool:
        """A year after its cue is a year; six or eight digits in a row are a day, a month and a year of the calendar,
        eight also a year, a month and a day (an export's "BDAY=19700304")."""
        digits = digits_of(value)
        if len(digits) > _MOST_DIGITS:
            return False  # no date: a passport's «5009 771053» after «23.12.1984, » (issue 15, stop 56: pii_y34)
        return len(digits) not in (6, 8) or could_be_born_on(f"{digits[:2]}.{digits[2:4]}.{digits[4:]}") or (
            len(digits) == 8 and could_be_born_on(f"{digits[6:]}.{digits[4:6]}.{digits[:4]}"))

    def is_supported(self, text: str, start: int, end: int) -> bool:
        """A birth word nearby, or a full date right after a person's name ("Комаров, 09.03.1954")."""
        # The fillers of a pause right before the date are no words of the clause: the window opens before them
        # ("день рождения у меня это самое это самое … седьмого июня", recognizers/cue_reach.FILLER)
        window_start = max(0, pause_start(text, start) - self.WINDOW_BEFORE)
        cues = list(BIRTH_CUE.finditer(text, window_start, start))
        other = None
        for other in NOT_A_BIRTH.finditer(text, window_start, start):
            pass
        if other is not None and (not cues or other.start() > cues[-1].start()):
            # the nearest word before dates a death or an issue, unless a birth word right after is this date's own:
            # "смертью абонента Цой В. Ф. (17.02.1941 г.р.)" — not one that opens the next date ("дата смерти —
            # 17.11.2020, д.р. 05.05.1950")
            # ("Умерш. — Фадеева В. К., 28.02.1936 г.р., +7 831 …": a phone after a comma opens no date)
            after = BIRTH_CUE.search(text, end, end + self.WINDOW_AFTER)
            if (after is None or _OPENS_A_DATE.match(text, after.end())) and not _bracketed_after_a_name(text, start, end):
                return False
        another = next((word for word in _ANOTHER_DATES_WORD.finditer(text, cues[-1].end(), start)
                        if not _WRITTEN_IN.search(text, cues[-1].end(), word.start())), None) if cues else None
        if another is not None and (any(ch.isdigit() for ch in text[cues[-1].end():another.start()])
                                    or _dates_this_one(text, another.end(), start)):
            # the birth word named an earlier value: "г.р. 1975, абонент с 2010 года", or the word dates this one:
            # "дата рождения, договор от 12.01.2020"; only a cue after it counts. A word of the cue's own phrase, in
            # another line or well before the date, dates nothing: "дата рождения владельца договора⏎клиент: …",
            # "дата рождения и паспорт для заявления" before the answer (issue 15, stop 56: pii_az55)
            return BIRTH_CUE.search(text, end, end + self.WINDOW_AFTER) is not None
        if super().is_supported(text, start, end):
            return True
        value = text[start:end]
        if _YEAR_OF.fullmatch(value):
            # "дед уже сорок первого года", "я восемьдесят пятого года": a person's year in the genitive is the year
            # they were born ("в 2015 году", "с 85 года" date something else)
            # ("ей восемьдесят два года": said as a cardinal, an age)
            return said_as_a_years_ordinal(text, start, end) is not False and someones_year(text, start) \
                and _old_enough(value)
        numbers = DIGITS.findall(value)
        full_date = len(numbers) >= 3 or (len(numbers) == 2 and re.search(r"[а-яёa-z]", value, re.IGNORECASE) is not None) \
            or re.fullmatch(COMPACT, value) is not None
        if not full_date:
            return False
        if _aged_as_it_says(text, start, value):
            return True  # "ребёнку 10 лет (05.09.2015)": the age said before the date counts the years since it
        if cues:
            # a whole date after a birth word and a few more words ("я родился у меня вот такой 0 9 0 3 84"): a bare
            # year needs the word closer (CONTEXT_WORDS), a day, month and year are the birth date the word announced
            return True
        before = _words_before_past_initials(text, start)
        if before and before[-1] not in _DATE_PREPOSITIONS and (any_grammemes(before[-1]) & PERSON_GRAMMEMES
                                                                or _latin_name_before(text, start)
                                                                or before[-1] in _CHILD_WORDS
                                                                or _a_childs_name_before(text, start, before)):
            return True
        # A full date decades back, not said as the date of something ("договор от ...", "выдан ..."):
        # in a contact center that is someone's birthday. Service dates are recent. A two-digit year with a month's name
        # ("12 марта 89", said "двенадцатого марта восемьдесят девятого") is of the last century from 30 on, and so is one
        # written in digits ("14.07.86", "14/07/86" beside a name or in a record's fields; red team bb6, 03).
        year = re.search(r"(?:19|20)\d{2}", value[4:] if re.fullmatch(COMPACT, value) else value)  # "12031980": not 2031
        short_year = re.fullmatch(r"\d{1,2}(?:(?:-?(?:го|е|ое))?\s+[а-яё]+\.?\s+|[./\-]\d{1,2}[./\-])(\d{2})"
                                  r"(?:-?(?:го|й))?(?:\s*(?:года|год|г\.?))?", value, re.IGNORECASE)
        old_enough = (bool(year) and int(year.group()) <= date.today().year - 14) or \
            (short_year is not None and int(short_year.group(1)) >= _LAST_CENTURY_FROM)
        return old_enough \
            and not any(word in _DATE_PREPOSITIONS or word.startswith(_DATE_OF_SOMETHING) for word in before[-3:])

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        """The patterns' matches; a match of ONE_WORD_YEAR cut back to its day and month unless its digit was said as a
        year (`_without_an_unsaid_year`). Every other pattern's match is kept as found."""
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if getattr(result.analysis_explanation, "pattern_name", None) == "dob_one_word_year":
                result.end = _without_an_unsaid_year(text, result.start, result.end)
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        """A match that could be no one's birth date is dropped (False); None keeps the pattern's own score: context
        decides. A birth date typed with its day wrong ("31.06.1975") is left to the context too (_a_mistyped_day)."""
        return None if could_be_born_on(pattern_text) or _a_mistyped_day(pattern_text) else False

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # a bare year is a birth date only with the birth word right next to it
        results = [r for r in results if r.end - r.start > 4 or r.score >= self.CONTEXT_SCORE]
        if self.ENTITY in entities:
            results += [RecognizerResult(self.ENTITY, start, end, self.CONTEXT_SCORE)
                        for start, end in dates_after_a_birth_cue(text) + years_said_alone(text)]
        # the year that belongs to a birth date is part of it, said as a bare ordinal word beside it (red team bb29, f06);
        # the day and month said right after a birth year are the rest of its date
        for result in results:
            if result.entity_type == self.ENTITY and result.score >= self.CONTEXT_SCORE:
                result.start, result.end = with_its_year_word(text, result.start, result.end)
                result.end = with_its_day_and_month(text, result.start, result.end)
        return results


# A year said as a bare ordinal word, which the spoken numbers' reading leaves a word (a lone ordinal ends no number:
# "в восьмидесятом", "восьмидесятый", "в двухтысячном"): a decade's round year of the last century, or 2000.
# a whole word only (it is used with fullmatch; anchored so that a search over a long run of letters stays linear)
_ORDINAL_WORD = re.compile(r"(?<![а-яё])[а-яё]+(?:ый|ий|ой|ого|его|ому|ем|ом|ым|ая|ую|ое)(?![а-яё])", re.IGNORECASE)
_YEAR_WORD_REACH = 3  # words between a birth date and its year said apart ("год рождения восьмидесятый, а число …")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
_NOT_ONE_CLAUSE = re.compile(r"[\d.!?;]")  # another number or a sentence's end between the date and the word


def _a_years_word(word: str) -> bool:
    from guard.normalize import number_word_value  # the spoken numbers' one table of number words

    value = number_word_value(word) if _ORDINAL_WORD.fullmatch(word) else None
    return value is not None and (_LAST_CENTURY_FROM <= value <= 99 or value == 2000)


# A day and its month, as WORDS reads them without a year: "14 марта" in "1952 года 14 марта" (the blanks before it
# are skipped in code: a pattern opening with blanks is quadratic, tests/test_redos.py)
_DAY_AND_MONTH = re.compile(r"(?:0\s)?(?:0?[1-9]|[12]\d|3[01])(?:-?(?:го|е|ое))?" + _DAY_WORD + r"\s+"
                            + _MONTHS + _MONTH_WORD + r"(?![\w])", re.IGNORECASE)


def with_its_day_and_month(text: str, start: int, end: int) -> int:
    """The end of a birth year said alone [start, end) ("малахов виктор семенович тысяча девятьсот пятьдесят второго
    года", "юрий павлович сорок шестого") moved past the day and month said right after it ("… четырнадцатое марта",
    "… третье марта"): the year said first is the same date's, as the year said after a day and month is (WORDS)."""
    if date_parts(text[start:end]) is not None:
        return end  # a whole date already, or a day and a month
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    after = _DAY_AND_MONTH.match(text, at) if at > end else None
    return end if after is None else after.end()


def with_its_year_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A birth date [start, end) with no year widened to its year said as a bare ordinal word a few words before or
    after it in its clause — «родился я в восьмидесятом двенадцатого марта», «год рождения восьмидесятый а число
    двенадцатое марта», «родился двенадцатого марта в восьмидесятом» (red team bb29, f06): a year that belongs to a
    birth date is part of it. Only words between (no digit, no clause's end); the span as it was otherwise."""
    parts = date_parts(text[start:end])
    if parts is None or parts[2] is not None:
        return start, end
    before = list(_CLAUSE_WORD.finditer(text, max(0, start - 60), start))
    for distance, word in enumerate(reversed(before)):
        if distance > _YEAR_WORD_REACH or _NOT_ONE_CLAUSE.search(text, word.end(), start):
            break
        if _a_years_word(word.group()):
            return word.start(), end
    for distance, word in enumerate(_CLAUSE_WORD.finditer(text, end, min(len(text), end + 60))):
        if distance > _YEAR_WORD_REACH or _NOT_ONE_CLAUSE.search(text, end, word.start()):
            break
        if _a_years_word(word.group()):
            return start, word.end()
    return start, end


KIND = Kind("DATE_OF_BIRTH", (BirthDateRecognizer,), number_value, numeric=True,
            asked=r"дат\w*\s+рожд\w*|" + BIRTH_CUE.pattern,
            # a birth word or abbreviation (the cue's own, BIRTH_CUE: "д/р" too), or a full date (only these are taken
            # without one): numeric, spaced ("19 03 1978", spoken "19 0 3 78") or with a month word ("12-го марта");
            # someone's year ("дед уже 41 года")
            hint=r"^(?=.*\d)(?=.*(?:" + BIRTH_CUE.pattern + r"|\d[./\-]\d|\d\s\d|" + COMPACT + r"|\d(?:-?(?:го|е|ое))?\s+(?:"
                 + "|".join(MONTH_ABBREVIATIONS + MONTH_STEMS) + ")|" + SOMEONES_YEAR + "|" + ENGLISH_WORDS + "))")



# --- a date told relative to today ---------------------------------------------------------------------------------
# «11 лет назад», «год тому назад», «пару лет назад», «в прошлом веке», «в позапрошлом десятилетии», «в прошлом году»
# (red team bb30, f05: a contract's end told so was not read). Spoken numbers arrive as digits (guard.normalize), as
# they do for every date this module reads. A span «N units ago» covers the N-th unit back whole: its earliest day is
# N + 1 units before today (the stricter reading, as a year alone reads as its first day); «в прошлом веке» is the
# century before today's, from its first year.
# a unit's length: years for the long ones (read on the calendar), days for the rest
_UNIT_YEARS = (("век", 100), ("столет", 100), ("десятилет", 10), ("лет", 1), ("год", 1))
_UNIT_DAYS = (("месяц", 31), ("мес", 31), ("недел", 7), ("дн", 1), ("ден", 1), ("сут", 1))
_SOME = {"пару": 2, "пара": 2, "пары": 2, "полгода": None, "несколько": None, "много": None, "десяток": 10}
_AGO = re.compile(r"(?<![\w.])(?:(?P<count>\d{1,3}|пару|пара|пары|несколько|много|десяток)\s+(?:с\s+лишним\s+)?)?"
                  r"(?P<unit>век[а-яё]*|столети[а-яё]*|десятилети[а-яё]*|лет|год[а-яё]*|месяц[а-яё]*|мес\.?|"
                  r"недел[а-яё]*|дн[а-яё]*|день|сут[а-яё]*|полгода)\s+(?:тому\s+)?назад(?![а-яё])", re.IGNORECASE)
# «лет семь назад», «года три назад»: about so many years (the unit before its count)
_ABOUT_AGO = re.compile(r"(?<![\w.])(?:лет|года?)\s+(?P<count>\d{1,3})\s+(?:тому\s+)?назад(?![а-яё])", re.IGNORECASE)
_LAST = re.compile(r"(?<![\w.])(?:в|во|на)\s+(?P<which>прошл|позапрошл|предыдущ|минувш|этом|текущ|нынешн)[а-яё]*\s+"
                   r"(?P<unit>век[а-яё]*|столети[а-яё]*|десятилети[а-яё]*|году|месяце|неделе)(?![а-яё])",
                   re.IGNORECASE)


# What stands right before a relative date when its count is not wholly the one read: a digit, a decimal's point, a
# joining word («с половиной», «и», «с лишним»), a unit of an earlier part («5 лет и 2 месяца»)
_NOT_THE_WHOLE_COUNT = re.compile(r"(?:[\d.,]|(?<![\w])(?:и|с|со|а|да|плюс|половин[а-яё]*|лишним|четвертью|"
                                  r"лет|год[а-яё]*|месяц[а-яё]*|недел[а-яё]*|дн[а-яё]*|день))\s*\Z", re.IGNORECASE)


def dates_ago(text: str, today: date) -> list[tuple[int, int, date | None]]:
    """Each span of `text` telling a date relative to `today` (see above), with the earliest day it may mean — None
    for a span that tells no count («несколько лет назад», «много лет назад»: an end no one can place)."""
    found: list[tuple[int, int, date | None]] = []
    for match in _AGO.finditer(text):
        unit = match["unit"].lower()
        if _NOT_THE_WHOLE_COUNT.search(text, 0, match.start()):
            # «6 с половиной лет», «7.5 лет», «5 лет и 2 месяца назад»: the count is not the one read right before the
            # unit — unplaceable (review s55 finding 7: read as the last part it was placed later than written)
            found.append((match.start(), match.end(), None))
            continue
        count_word = (match["count"] or "1").lower()
        if unit == "полгода":
            days = 183 * (int(count_word) if count_word.isdigit() else 1)
            found.append((match.start(), match.end(), _days_before(today, days + 183)))
            continue
        count = int(count_word) if count_word.isdigit() else _SOME.get(count_word)
        if count is None:
            found.append((match.start(), match.end(), None))
            continue
        years = next((length for stem, length in _UNIT_YEARS if unit.startswith(stem)), None)
        if years is not None:
            found.append((match.start(), match.end(), _years_before(today, (count + 1) * years)))
        else:
            unit_days = next(days for stem, days in _UNIT_DAYS if unit.startswith(stem))
            found.append((match.start(), match.end(), _days_before(today, (count + 1) * unit_days)))
    for match in _ABOUT_AGO.finditer(text):
        if _NOT_THE_WHOLE_COUNT.search(text, 0, match.start()):
            found.append((match.start(), match.end(), None))
            continue
        found.append((match.start(), match.end(), _years_before(today, int(match["count"]) + 1)))
    for match in _LAST.finditer(text):
        back = {"позапрошл": 2, "этом": 0, "текущ": 0, "нынешн": 0}.get(match["which"].lower(), 1)
        unit = match["unit"].lower()
        if unit.startswith(("век", "столет")):
            first = ((today.year - 1) // 100 - back) * 100 + 1
            day = date(max(first, 1), 1, 1)
        elif unit.startswith("десятилет"):
            day = date(max(today.year // 10 * 10 - 10 * back, 1), 1, 1)
        elif unit.startswith("год"):
            day = date(today.year - back, 1, 1)
        else:
            day = _days_before(today, (back + 1) * (31 if unit.startswith("месяц") else 7))
        found.append((match.start(), match.end(), day))
    return found


def _years_before(today: date, years: int) -> date:
    """The day after the same day `years` back (29 February read as 28): the earliest day «years - 1 ago» may mean."""
    if years >= today.year:
        return date(1, 1, 1)
    return _days_before(date(today.year - years, today.month, min(today.day, 28) if today.month == 2 else today.day),
                        -1)


def _days_before(today: date, days: int) -> date:
    try:
        return date.fromordinal(max(today.toordinal() - days, 1))
    except (ValueError, OverflowError):
        return date(1, 1, 1)
