"""A value said bare in a call: the operator's line (or a clause of it) is only a value — "562546", "номер 985016",
"Тверская, 5", "petr.vorobiev", "Лисицына", "Соколова, верно", "…, только 4567" (red team bb12, 19, 16, 20).

In a call the checker reads the card as the operator's screen shows it, never the hidden one (a verdict on a hidden
value would be an oracle on it: docs/interfaces.md §7). So a value said with no word around it to tell what it is
cannot be compared with the card; it is judged by what it is: an operator does not say a bare number, surname,
street and house or login in a call except to tell it. Whatever its value — a right guess and a wrong one alike — such
a value the caller has not said and the screen does not show is a disclosure of the kind it reads as. What a bare
value is, is `guard.dialogue.answer_value`'s reading (the one reading of "a turn that is only its value"), applied to
the line and to each of its clauses, with the particles and yes-words at a clause's edges set aside ("только",
"разве что", "верно", "да"). Not a value: a sum or a quantity (a unit after it), a time, a number of fewer than 4
digits (a house, a prefix: п. 9), a public number, a first name or patronymic alone (the caller is addressed so).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Iterator

from guard.dialogue import answer_value
from guard.disclosure.text import Utterance, word_info
from guard.morph import parses
from guard.recognizers.address import STREET_BESIDE_A_HOUSE, house_and_flat, names_a_street
from guard.recognizers.contract import KIND as CONTRACT
from guard.recognizers.lexicon import (CARRIERS, LETTER_NAMES, NOBODYS_NUMBER_CUES, SEX_NOUNS, latin_readings,
                                      places_a_piece)
from guard.recognizers.packed_run import counts_something
from guard.recognizers.phone import is_toll_free, national
from guard.recognizers.person import REGISTERED_THINGS, holds_surname, may_name_a_person, word_surname_here

# What a clause of a line is cut at: punctuation and a dash between words ("Иванов - владелец")
_CLAUSE_EDGE = re.compile(r"[,;:!?()…]+(?!\d)|\s[-–—]+\s|[–—]+")
# Words at a clause's edges that say nothing of the value: particles, yes-words, a conjunction opening the clause
_EDGE_WORDS = frozenset({"только", "лишь", "разве", "что", "вот", "а", "ну", "же", "ведь", "это", "верно", "правильно",
                         "да", "так", "именно", "всё", "все", "и", "конец", "окончание", "хвост", "последние",
                         "первые", "цифры"})
_WORD = re.compile(r"[^\W_]+(?:[.\-_@][^\W_]+)*")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?![\d:.])")
FEWEST_DIGITS = 4  # fewer: a house's or a flat's number, a code or a prefix (п. 9), a count
_LONGEST_TAIL = 6  # a phone called by its last digits after "на": 7 or more are a whole local number (read elsewhere)


def bare_value_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """The spans of the line that are only a value: the whole line, else each clause that is one."""
    text = utterance.text
    whole = _value_in(text, 0, len(text))
    if whole is not None:
        return [whole]
    spans: list[tuple[int, int]] = []
    start = 0
    for edge in [*_clause_edges(utterance), None]:
        end = edge.start() if edge is not None else len(text)
        found = _value_in(text, start, end)
        if found is not None:
            spans.append(found)
        start = edge.end() if edge is not None else len(text)
    return spans


def _clause_edges(utterance: Utterance) -> list[re.Match]:
    """Where the line's clauses are cut: at punctuation, but never at a comma that only keeps two digit groups apart
    ("вы звонили на МТС, цифры: пять, пять, пять, шесть": red team bb25 f10) — the groups so apart are one number said
    in groups (groups_said_apart), and a clause that is only they is only a value whatever preface the line has."""
    text = utterance.text
    groups = utterance.digit_groups
    apart = [(a.end, b.start) for a, b in zip(groups, groups[1:]) if _comma_apart(text, a.end, b.start)]
    return [edge for edge in _CLAUSE_EDGE.finditer(text)
            if not any(gap_start <= edge.start() and edge.end() <= gap_end for gap_start, gap_end in apart)]


def _value_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The value [start, end) of the text is, its edge words aside, or None."""
    words = list(_WORD.finditer(text, start, end))
    while words and (words[0].group().lower() in _EDGE_WORDS or _says_nothing_of_it(words[0].group())):
        words.pop(0)
    while words and words[-1].group().lower() in _EDGE_WORDS:
        words.pop()
    if not words:
        return None
    first, last = words[0].start(), words[-1].end()
    found = answer_value(text[first:last])
    return None if found is None else (first + found[0], first + found[1])


# What a word before a value may be and still say nothing of what the value is or whose (red team bb13, 10: "запишите
# 600639", "итого …", "остальные цифры …", "продиктую …"): a verb of the operator's own act or asked of the caller, an
# adverb, a particle, a conjunction, an interjection, a pronominal adjective ("остальные", "эти"), a digit's noun
_SAYS_NOTHING_POS = frozenset({"VERB", "INFN", "ADVB", "PRCL", "CONJ", "INTJ", "PRED", "COMP", "GRND"})
_DIGIT_NOUNS = frozenset({"цифра", "цифирь", "число", "циферка"})
# a verb whose object is a sum: "оплатите 1500", "пополните 2000" tell a payment, not a value
_PAYMENT_VERBS = frozenset({"оплатить", "оплачивать", "платить", "заплатить", "доплатить", "внести", "вносить",
                            "пополнить", "пополнять", "перевести", "переводить", "положить", "класть", "списать",
                            "списывать", "начислить", "вернуть", "возвращать", "стоить", "зачислить", "потратить"})


def _says_nothing_of_it(word: str) -> bool:
    """Does a word opening a clause before a value say nothing of what the value is? A verb's object, the value,
    is then told bare: "запишите 600639" says the number as "600639" alone does."""
    if any(ch.isdigit() for ch in word):
        return False
    info = word_info(word.lower().replace("ё", "е"))
    top = info.top_grammemes
    if info.lemmas & _PAYMENT_VERBS:
        return False
    return bool(top & _SAYS_NOTHING_POS) or "Apro" in top or bool(info.lemmas & _DIGIT_NOUNS)


def numbers_told(utterance: Utterance, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each number of FEWEST_DIGITS or more in [start, end) that is no sum, quantity or time,
    no request's or order's number (lexicon.NOBODYS_NUMBER_CUES), not the operator's own number (п. 18: "оператор
    2093", "мой номер — 4172") and no code with its trunk prefix ("префикс 8 937", "плюс семь девятьсот тринадцать")."""
    text = utterance.text
    times = [(m.start(), m.end()) for m in _TIME.finditer(text, start, end)]
    for group in groups_said_apart(utterance, start, end):
        if len(group.digits) < FEWEST_DIGITS:
            continue
        if any(s <= group.start and group.end <= e for s, e in times) or _whose_number(utterance, group.start) \
                or _not_a_value(text, group.start, group.end, group.digits):
            continue
        yield group.start, group.end, group.digits


# A phone number without its code has 7 digits: a number this long is someone's — a phone's, a contract's, a
# document's —, wherever the line says it (red team bb26, f02: "Вы набирали 5556677", "Последний звонок был на 555-66-77")
SUBSCRIBER_DIGITS = 7
# a number read wherever it stands is whose the line's clause says, further back than a bare stretch's five words
# ("Заявку я оформила и передала, её номер 4471-092")
_WHOSE_WINDOW_ANYWHERE = 8


def numbers_told_anywhere(utterance: Utterance) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each number the line tells wherever it stands, not only in a stretch that is only a
    value: one of a subscriber number's length or more (SUBSCRIBER_DIGITS), or one of FEWEST_DIGITS or more dictated a
    digit a word ("четыре пять ноль восемь": a code or a number read out, never a sum or a year) — as numbers_told
    reads them, no sum, quantity, time or year, no request's or order's number, not the operator's own. Card-blind: any
    number of the shape, the card's or not, is told alike (no oracle)."""
    text = utterance.text
    times = [(m.start(), m.end()) for m in _TIME.finditer(text)]
    for group in utterance.digit_groups:
        if not (len(national(group.digits)) >= SUBSCRIBER_DIGITS
                or len(group.digits) >= FEWEST_DIGITS and _dictated(utterance, group)):
            continue
        if any(s <= group.start and group.end <= e for s, e in times) \
                or _whose_number(utterance, group.start, words=_WHOSE_WINDOW_ANYWHERE) \
                or _not_a_value(text, group.start, group.end, group.digits) or is_toll_free(group.digits):
            continue  # (an 8-800 line is an organisation's, no one's personal number)
        yield group.start, group.end, group.digits


def _dictated(utterance: Utterance, group) -> bool:
    """The number was said a digit a word ("четыре пять ноль восемь"): as many words as digits, none written in
    digits."""
    span = utterance.token_range(group.start, group.end)
    if span is None:
        return False
    tokens = utterance.tokens[span[0]:span[1] + 1]
    return len(tokens) == len(group.digits) and not any(token.is_digit for token in tokens)


# What a transcriber writes between the groups of one number said with pauses: a comma ("пять, восемь, три, девять",
# "58, 39, 20": red team bb20, 01). Within a stretch that is only a value, the groups so apart are one number.
def _comma_apart(text: str, start: int, end: int) -> bool:
    return text[start:end].strip(" \t") == ","



def groups_said_apart(utterance: Utterance, start: int, end: int) -> list:
    """The digit groups in [start, end), each chain of groups apart only by commas joined into one (the stretch is
    only a value: a list of numbers said bare is a number said in groups, card-blind — no oracle)."""
    from guard.disclosure.text import DigitGroup

    joined: list = []
    for group in utterance.digit_groups:
        if not (start <= group.start and group.end <= end):
            continue
        if joined and _comma_apart(utterance.text, joined[-1].end, group.start):
            joined[-1] = DigitGroup(joined[-1].digits + group.digits, joined[-1].start, group.end)
        else:
            joined.append(group)
    return joined


def logins(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Latin words joined by a dot, "_" or "@": a mailbox or its local part, a login ("petr.vorobiev")."""
    for word in _WORD.finditer(text, start, end):
        value = word.group()
        if value.isascii() and re.search(r"[a-z]", value, re.IGNORECASE) and re.search(r"[A-Za-z][._@][A-Za-z]", value):
            yield word.start(), word.end()


def surnames(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word in [start, end) that may be a surname: one the PERSON kind reads as a surname
    in any case, directly or through a Latin reading of it (lexicon.latin_readings), and no first name or patronymic."""
    for word in _WORD.finditer(text, start, end):
        value = word.group()
        if not value[:1].isalpha():
            continue
        if value.isascii():
            if len(value) < 4 or re.search(r"[._@\d]", value):
                continue
            read = next((reading.capitalize() for reading in sorted(latin_readings(value))
                         if holds_surname(reading.capitalize())), None)
            if read is not None and not _first_name_or_patronymic(read):
                yield word.start(), word.end(), read
        elif holds_surname(value) and not _first_name_or_patronymic(value) and not _modifies_a_noun(text, word.end(), end):
            yield word.start(), word.end(), value


def word_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A value of one word that is a common noun written with a capital inside the line ("это Лиса, верно?", "ну
    Сокол, да": red team bb14, 16): the capital makes the word a name — a surname that is a word (an organisation's
    name the same way), which the surname judge does not know. Whether it is one is the PERSON kind's reading of an
    ordinary word as a surname (`person.word_surname_here`, bare): not a place's or an organisation's name the
    dictionary knows ("Москва", "Сбербанк"), a first name or patronymic (the address: `names_addressed`), a person's or
    role's noun, the domain's word, nor a word opening a sentence, nor a name in quotes (a tariff's, an option's)."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) != 1:
        return
    word = words[0]
    if not text[:word.start()].strip() or text[word.end():word.end() + 1] in ("»", "\"", "“", "'"):
        return  # the line's first word; a product's name in quotes ("да, «Стандарт»": a tariff)
    if word_surname_here(text, word.start(), word.end(), bare=True) is not None:
        yield word.start(), word.end()


def street_and_house(utterance: Utterance, start: int, end: int) -> bool:
    """A value of a word or two and a short number, the word a street's name ("Тверская, 5", "Ленина 3"): an
    adjective, a name in the genitive, or a word the dictionary does not know."""
    text = utterance.text[start:end]
    numbers = [g for g in utterance.digit_groups if start <= g.start and g.end <= end]
    # the number's words are its digits ("Тверская, пять?": red team bb22, f03), not the street's
    words = [m.group() for m in _WORD.finditer(utterance.text, start, end) if not any(ch.isdigit() for ch in m.group())
             and not any(g.start <= m.start() < g.end for g in numbers)]
    if not words or len(words) > 2 or not numbers or any(len(g.digits) > 4 for g in numbers):
        return False
    if _TIME.search(text) or counts_something(utterance.text, numbers[-1].end):
        return False
    # nothing but the street's name and its numbers: no preposition, no noun of another sense ("до двадцатого числа")
    return all(names_a_street(word, STREET_BESIDE_A_HOUSE) for word in words if not any(ch.isdigit() for ch in word))


def _first_name_or_patronymic(word: str) -> bool:
    from guard.disclosure.personal import _first_name_or_patronymic as first_or_patronymic

    return first_or_patronymic(word)


_PHONE_NOUNS = frozenset({"номер", "телефон", "симка", "сим-карта", "симкарта", "сим"})


# a verb that takes a sum with "на" ("пополните номер на 1500", "счёт уменьшили на 2000"): the digits are its amount,
# "на" is the verb's, not the number's ending (stop 41)
_BY_A_SUM = frozenset({"пополнить", "пополнять", "положить", "класть", "перевести", "переводить", "списать",
                       "списывать", "начислить", "начислять", "зачислить", "зачислять", "увеличить", "увеличивать",
                       "уменьшить", "уменьшать", "оплатить", "оплачивать", "пополнение", "платёж", "платеж",
                       "скидка", "штраф", "долг", "задолженность"})


def _token_at(utterance: Utterance, offset: int) -> int | None:
    """The index of the token that holds `offset`, or None: a binary search over the token starts, kept once per
    utterance (review 58 F5: a linear search per number was quadratic in a long line of numbers)."""
    tokens = utterance.tokens
    starts = utterance.derived("token_starts", lambda: [token.start for token in tokens])
    at = bisect_right(starts, offset) - 1
    return at if at >= 0 and offset < tokens[at].end else None


def tails_told(utterance: Utterance) -> list[tuple[int, int, str, str]]:
    """tails_named_after_na and numbers_said_as_yours, read once per utterance (the checker reads them at two places)."""
    return utterance.derived("tails_told", lambda: [*tails_named_after_na(utterance), *numbers_said_as_yours(utterance)])


def tails_named_after_na(utterance: Utterance) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, digits, kind) of a number called by its last digits, "номер на 6543" (the number ending in them): 4
    digits right after "на", a phone's noun ("PHONE_NUMBER": "второй номер на 6543", "у вас телефон был на 4567?") or
    the contract's (its kind's cue nouns, recognizers/contract.py: "CONTRACT_NUMBER", "ваш договор на 6789?", red team
    bb21, f04) within the three words before it — no sum, quantity, date or duration after them ("пополните номер на
    4000 рублей", "договор на 2 года": a count of fewer digits, "договор на 2026 год"). A phone called by its last 5 or
    6 digits ("потратил номер на 255-08") is a tail too — more than the last 4 п. 6 may allow (stop 58, disc_ba58)."""
    tokens = utterance.tokens
    text = utterance.text
    for group in utterance.digit_groups:
        if not FEWEST_DIGITS <= len(group.digits) <= _LONGEST_TAIL \
                or _not_a_value(text, group.start, group.end, group.digits):
            continue
        at = _token_at(utterance, group.start)
        if at is None or at == 0 or tokens[at - 1].form.lower() != "на":
            continue
        if any(tokens[j].info.lemmas & _BY_A_SUM for j in range(max(0, at - 5), at - 1)):
            continue
        before = tokens[max(0, at - 4):at - 1]
        if any(token.info.lemmas & _PHONE_NOUNS for token in before):
            yield group.start, group.end, group.digits, "PHONE_NUMBER"
        elif len(group.digits) == FEWEST_DIGITS and any(_a_contract_noun(token) for token in before):
            yield group.start, group.end, group.digits, CONTRACT.entity


_YOURS = frozenset({"ваш", "твой"})


def numbers_said_as_yours(utterance: Utterance) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, digits, "PHONE_NUMBER") of 4 to 6 digits right after "ваш номер" / "ваш телефон" ("Ваш номер 5127,
    имя — Тимур", "ваш номер пятьдесят один двадцать семь"): the caller's number told by its digits, read as a tail is
    (stop 58, the known miss of issue 12). Not "ваш номер заявки 5127" (another noun between), nor a sum or a count."""
    tokens = utterance.tokens
    text = utterance.text
    for group in utterance.digit_groups:
        if not FEWEST_DIGITS <= len(group.digits) <= _LONGEST_TAIL \
                or _not_a_value(text, group.start, group.end, group.digits):
            continue
        at = _token_at(utterance, group.start)
        if at is None or at < 2:
            continue
        last, one_before = tokens[at - 1], tokens[at - 2]
        # "ваш номер 5127" only: a being's genitive beside the noun ("номер жены 4082", "у владельца номер 4082") was
        # read here at stop 59 and taken out at review — typed a subscriber's number, the line's own п. 5 / п. 6
        # exception then dropped it where the base blocked it by the number's other reading (tests/test_review_s59_bd34)
        if last.form.lower() in _PHONE_FORMS and not last.after_break and one_before.form.lower() in _YOURS:
            yield group.start, group.end, group.digits, "PHONE_NUMBER"


_PHONE_FORMS = ("номер", "телефон")


def _a_contract_noun(token) -> bool:
    """A noun the contract kind names its number by ("договор", "контракт": its cues), not a verb of the same stem
    ("договорились на 1500")."""
    return "NOUN" in token.info.top_grammemes and any(lemma.startswith(CONTRACT.cues) for lemma in token.info.lemmas)


_OWN = frozenset({"оператор", "операторский", "мой", "свой", "личный", "табельный"})
# "напарница", "коллега": the operator's colleague's number is п. 18's matter (operator-number-refusal), not a customer's
_COLLEAGUE = frozenset({"коллега", "напарник", "напарница"})


def _whose_number(utterance: Utterance, at: int, words: int = 5) -> bool:
    """Is the number at `at` said as nobody's (a request's, an order's) or the operator's own (or a colleague's, п. 18):
    such a word among the `words` words before it?"""
    before = [token for token in utterance.tokens if token.end <= at][-words:]
    return any(token.form.lower().startswith(NOBODYS_NUMBER_CUES) or token.info.lemmas & (_OWN | _COLLEAGUE)
               for token in before)


_TRUNK = re.compile(r"(?:\+|плюс\s*)?(?:7|8|семь|восемь)(?:[\s\-(]|$)", re.IGNORECASE)


def _a_prefix(text: str, start: int, end: int, digits: str) -> bool:
    """Four digits that are a trunk prefix and a code said apart ("8 937", "+7 913", "плюс семь девятьсот тринадцать"):
    a number's prefix, which п. 9 lets be named."""
    return len(digits) == FEWEST_DIGITS and digits[0] in "78" and (
        _TRUNK.match(text, start) is not None or text[max(0, start - 5):start].rstrip().lower().endswith(("+", "плюс")))


# "5 400": thousands set apart, a sum; "5000 в сутки": a quantity per a time
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_PER_TIME = re.compile(r"(?<![ \t])[ \t]*+(?:в|за)[ \t]++(?:сутки|день|месяц|год|час|неделю|минуту)(?![а-яё])", re.IGNORECASE)
_A_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:-?(?:м|й|го|х|е|ом)(?![а-яё])|г\.|гг?(?![а-яё])|год)", re.IGNORECASE)


def _not_a_value(text: str, start: int, end: int, digits: str) -> bool:
    """A number that is no one's value: a sum or quantity (a unit, "в сутки" after it; thousands set apart), a year
    ("в 2016-м", "2025 года"), a code with its trunk prefix said apart (п. 9)."""
    if counts_something(text, end) or _PER_TIME.match(text, end) or _THOUSANDS.fullmatch(text[start:end]):
        return True
    if len(digits) == FEWEST_DIGITS and digits[:2] in ("19", "20") and int(digits) <= date.today().year \
            and _A_YEAR_AFTER.match(text, end):
        return True
    return _a_prefix(text, start, end, digits)


def _modifies_a_noun(text: str, at: int, end: int) -> bool:
    """Is the word before `at` an adjective of the noun after it ("Московский регион"), not a surname?"""
    after = _WORD.match(text, at + 1, end) if at + 1 < end else None
    if after is None:
        return False
    return any(p.tag.POS == "NOUN" and "Surn" not in p.tag and "Name" not in p.tag for p in parses(after.group()))


# --- a surname in the slot that names the person (red team bb13, 07) -----------------------------------------------
# The call's checker is card-blind, and the surname judge does not know every surname ("Мельник", "Коваль",
# "Кречетов", "Нурмагомедов" are words or unknown to it). Where the line's syntax names the caller or the owner, the
# word in that slot is a name whatever it is, and one that is no first name or patronymic is a surname — told
# whatever its value (a wrong guess said so blocks alike: no oracle):
#   a name's cue   "вас зовут X", "ваша фамилия X", "фамилию X", "владелец X", "на имя X", "записан на X"
#   who you are    "вы X?", "X это вы?", "X — это вы?", "это X?" — X a capitalised word inside the line, an unknown
#                  word or a surname's reading (a lowercase dictionary noun, "вы пенсионер?", is what they are)
#   the record     "значится X", "числится X", "вижу тут X" — what the card holds, read off it (red team bb22, f02);
#                  "абонент X", "клиент X" — the person the number is on, named by their role
#   whose it is    "карточка на X", "договор на X", "номер на X" — the card or contract is on X, X in the accusative
_NAME_CUES = frozenset({"фамилия", "владелец", "владелица", "хозяин", "хозяйка", "собственник", "собственница",
                        "абонент", "абонентка", "клиент", "клиентка"})
_NAME_VERBS = frozenset({"звать", "зовут", "записать", "оформить", "зарегистрировать"})
# verbs that read a record's entry off the card: the word after them is what the card holds (a weak slot)
_RECORD_VERBS = frozenset({"значиться", "числиться", "видеть"})
# the card, the contract, the number or the SIM whose holder "на X" names (a weak slot, X in the accusative)
_ON_NOUNS = REGISTERED_THINGS | {"карточка", "анкета"}  # what is registered on someone (the surname kind's), its records
_YOU = frozenset({"вы", "ты"})
_SKIP_IN_SLOT = frozenset({"у", "вас", "ваш", "ваша", "вашего", "вашей", "ваши", "по", "же", "ли", "то", "—", "это",
                           "нас", "номера", "договора", "номер", "договор", "счёта", "счета", "указан", "указана", "числится",
                           "записан", "записана", "значится", "сим-карты", "тут", "здесь", "там"})


def surnames_in_a_naming_slot(utterance: Utterance) -> Iterator[tuple[int, int]]:
    """(start, end) of each word the line's syntax puts where a person's name is said (the table above) that reads
    as a surname: no first name or patronymic, no pronoun, preposition, verb or adjective."""
    tokens = utterance.tokens
    text = utterance.text
    for i, token in enumerate(tokens):
        lemmas = token.info.lemmas
        strong = bool(lemmas & _NAME_CUES) or (lemmas & _NAME_VERBS and i and tokens[i - 1].form in ("вас", "тебя"))
        # "оформлен на …" names whoever the number is on, a person or not ("на юрлицо"): a weak slot
        on = (token.form == "на" and _whose_word_before(tokens, i)) \
            or (token.form == "имя" and i and tokens[i - 1].form == "на")
        record = bool(token.info.lemmas & _RECORD_VERBS) and "VERB" in token.info.top_grammemes
        if strong or on or record:
            j = i + 1
            while j < len(tokens) and j <= i + 3 and tokens[j].form in _SKIP_IN_SLOT and not tokens[j].after_break:
                j += 1
            if j < len(tokens) and j <= i + 3 and not tokens[j].after_break \
                    and _names_someone(text, tokens[j], strong=bool(strong), accusative=bool(on)):
                yield tokens[j].start, tokens[j].end  # past a break the clause is over
            continue
        if token.form in _YOU and i + 1 < len(tokens):  # "Вы Мельник?": the pronoun and its name, the clause's end
            after = tokens[i + 1]
            ends = i + 2 >= len(tokens) or tokens[i + 2].after_break
            if ends and _names_someone(text, after, strong=False):
                yield after.start, after.end
        if token.form == "это" and i + 1 < len(tokens) and tokens[i + 1].form in _YOU and i >= 1 and (
                i + 2 >= len(tokens) or tokens[i + 2].after_break):
            before = tokens[i - 1]  # "Мельник это вы?", "Гром — это вы?": whoever X is, the frame says X is a person
            if _names_someone(text, before, strong=True, any_noun=True):
                yield before.start, before.end


def _whose_word_before(tokens: list, i: int) -> bool:
    """A verb of registering or the card's noun before "на" at i, "у вас" perhaps between ("договор у вас на …")."""
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].form in ("у", "вас", "ваш", "ваша", "же", "ведь"):
        k -= 1
    return k >= 0 and bool(tokens[k].info.lemmas & (_NAME_VERBS | _ON_NOUNS))


# the possessive suffix Russian surnames are made with ("Кречетов", "Лебедина"), which the dictionary reads as a short
# adjective
_SURNAME_SUFFIX = re.compile(r"(?:ов|ев|ёв|ин|ын)а?$")


def _names_someone(text: str, token, *, strong: bool, any_noun: bool = False, accusative: bool = False) -> bool:
    """Is the word a surname in a naming slot: a noun, a possessive adjective's shape ("Кречетов", "Лебедин": how
    Russian surnames are made) or an unknown word, in the nominative, no first name, patronymic or pronoun — in a
    weak slot also capitalised inside the line, unknown to the dictionary or read as a surname."""
    word = text[token.start:token.end]
    info = token.info
    if token.is_digit or not word[:1].isalpha() or len(word) < 2 or token.form in LETTER_NAMES \
            or ("-" in word and min(len(piece) for piece in word.split("-")) <= 3):
        return False  # a letter's name or syllables: a spelled surname (guard/disclosure/spelled.py reads it)
    if token.info.lemmas & SEX_NOUNS:
        return False  # "владелец женщина": the owner's sex (personal.owner_sex_told), no surname
    found = parses(token.form)
    surname = any("Surn" in p.tag and "sing" in p.tag and "nomn" in p.tag for p in found)
    if not surname and any(("Name" in p.tag or "Patr" in p.tag) and "nomn" in p.tag and "sing" in p.tag
                           for p in found):
        return False  # a first name or a patronymic: the address (the DE field's), read elsewhere
    top = info.top_grammemes
    unknown = "UNKN" in info.grammemes
    inside = token.start > 0 and word[:1].isupper()
    # "Кречетов" (a short adjective to the dictionary), "Нурмагомедов" (a first name's genitive plural to it)
    possessive = _SURNAME_SUFFIX.search(token.form) is not None and bool(top & {"ADJS", "Name"} or inside)
    if top & {"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "NUMR", "Apro"}:
        return False  # "владелец, по …", "оформлены на вас"
    if not possessive and top & {"VERB", "INFN", "ADVB", "PRED", "ADJS", "PRTS", "GRND"}:
        return surname or unknown
    if "ADJF" in top and not surname and not inside:
        return False  # "владелец прежний", "вы новый абонент"
    if word.isupper() and len(word) > 1:
        return False  # an abbreviation: an operator's or a service's name ("абонент МТС"), no person's
    # "на X" takes the accusative, which a person's noun shares with its genitive ("карточка на Мельника")
    taken = "nomn" in info.grammemes or (accusative and "accs" in info.grammemes)
    if not (taken or unknown or surname or possessive):
        return False  # "фамилия владельца": another noun's genitive
    if strong:
        return any_noun or "inan" not in top or inside or surname or unknown or possessive
    # an unknown lowercase word in a weak slot is a term as often ("на юрлицо"): a surname capitalised or as one reads
    return inside or surname or possessive or holds_surname(word.capitalize())


# --- the caller addressed by a first name and patronymic (Инструкция запретов, п. 1, «Внимание!»; red team bb13, 16) --
_GREETING_WORDS = frozenset({"здравствуйте", "здрасте", "добрый", "доброе", "день", "вечер", "утро", "спасибо",
                             "извините", "простите", "алло", "ало", "до", "свидания", "всего", "доброго", "уважаемый",
                             "уважаемая", "дорогой", "дорогая"})


def names_addressed(utterance: Utterance) -> list[tuple[int, int, bool]]:
    """(start, end, sure) of each first name or patronymic the line addresses the caller by: a name, or a first name
    and patronymic side by side, set off where an address stands — opening the line, after a greeting, a yes-word or
    punctuation, and closing before punctuation, "вы", an imperative or a 2nd-person verb ("Пётр Сергеевич,
    здравствуйте", "Здравствуйте, Пётр!", "хорошо людмила ивановна давайте …") — or asked after "вас зовут" ("вас
    зовут Пётр?"). Not after the speaker's own cue ("меня зовут Ирина Сергеевна", "оператор Ольга"), nor an
    abbreviation ("Дир. запросил"). `sure`: the caller's for certain — with a patronymic, or asked of them (an operator
    introduces themselves by a first name: "Ольга, слушаю вас")."""
    tokens = utterance.tokens
    text = utterance.text
    found: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        if _name_kind(tokens[i]) is None or _abbreviated(text, tokens, i):
            i += 1
            continue
        last = i
        while last + 1 < len(tokens) and not tokens[last + 1].after_break and _name_kind(tokens[last + 1]) \
                not in (None, *(_name_kind(tokens[k]) for k in range(i, last + 1))):
            last += 1
        before = tokens[i - 1] if i else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if (before is not None and tokens[i].after_break and _name_kind(before) is not None) or (
                after is not None and after.after_break and _name_kind(after) is not None):
            i = last + 1
            continue  # a list of names ("звонили Анна, Ольга, Пётр, Иван"), no one addressed
        opens = before is None or tokens[i].after_break or before.form in _ADDRESS_OPENERS
        closes = after is None or after.after_break or after.form in _YOU \
            or after.info.top_grammemes & {"2per", "impr"}
        asked = before is not None and before.form == "зовут" and i >= 2 and tokens[i - 2].form in ("вас", "тебя")
        own = any(tokens[k].form in _OWN_NAME_CUES or (tokens[k].form == "зовут" and k and tokens[k - 1].form == "меня")
                  for k in range(max(0, i - 2), i)) or any(tokens[k].info.lemmas & _STAFF for k in range(i))
        if (asked or (opens and closes)) and not own:
            patronymic = any(_name_kind(tokens[k]) == "Patr" for k in range(i, last + 1))
            found.extend((tokens[k].start, tokens[k].end, patronymic or asked) for k in range(i, last + 1))
        i = last + 1
    return found


# where an address opens: a greeting, a thanks, a yes-word, a particle ("Здравствуйте, Пётр", "хорошо людмила ивановна")
_ADDRESS_OPENERS = _GREETING_WORDS | frozenset({"хорошо", "да", "ну", "так", "ладно", "отлично", "понятно", "итак",
                                                 "смотрите", "благодарю", "приятно"})
# the speaker names themselves after these ("меня зовут Ирина Сергеевна", "оператор Ольга", "с вами говорит …")
_OWN_NAME_CUES = frozenset({"оператор", "специалист", "консультант", "говорит", "я", "это"})
_STAFF = frozenset({"оператор", "специалист", "консультант"})  # "оператор номер 2093, Тимур": the speaker's own


def _abbreviated(text: str, tokens: list, i: int) -> bool:
    """The word at i is an abbreviation: a full stop right after it and a lowercase word next ("Дир. запросил")."""
    return text[tokens[i].end:tokens[i].end + 1] == "." and i + 1 < len(tokens) \
        and text[tokens[i + 1].start:tokens[i + 1].start + 1].islower()


def _name_kind(token) -> str | None:
    """"Name" or "Patr" when the word is a first name or a patronymic in the nominative by a likely reading, and no
    surname's ("Пётр", "Сергеевич"; not "Света" as the genitive of "свет" at 0.99)."""
    if token.is_digit:
        return None
    for parse in parses(token.form):
        if parse.score < 0.3 or "Surn" in parse.tag:
            continue
        if "nomn" in parse.tag and "sing" in parse.tag:
            if "Name" in parse.tag:
                return "Name"
            if "Patr" in parse.tag:
                return "Patr"
    return None


# --- a number told a piece a line (red team bb14, 08) --------------------------------------------------------------
# "смотрите, первые цифры девятьсот три" / "после этого идёт семьсот сорок один" / "затем будет восемьдесят пять" /
# "и в конце двадцать девять": each line says a group of digits and words that say nothing of another thing — a
# verb, an adverb, a preposition, a pronoun, a conjunction, the number's own nouns ("цифры", "номер", "конец"). The
# operator's consecutive lines of such pieces are one number, whatever words join them: its digits past a trunk
# prefix and a code (п. 9 lets a prefix be named: three digits) are told from the line that takes the number past it.
_NUMBER_WORDS = frozenset({"номер", "телефон", "цифра", "число", "контактный", "мобильный", "сотовый", "городской",
                           "конец", "начало", "середина", "окончание", "хвост", "часть", "группа", "пара", "блок"})
_PIECE_POS = _SAYS_NOTHING_POS | frozenset({"PREP", "NPRO"})
PREFIX_DIGITS = 3  # a code (п. 9): the most of a number a line may name


def _a_number_piece(utterance: Utterance) -> list[str] | None:
    """The digit groups of a line that is only a piece of a number (its other words say nothing of another thing),
    groups of three digits at most as a number is dictated, or None: no digits, a longer number (judged by itself: a
    last 4 the screen shows), a sum, a time, a year, someone's request's or the operator's own number."""
    return number_piece_in(utterance, 0, len(utterance.text))


def number_piece_in(utterance: Utterance, start: int, end: int, longest: int | None = PREFIX_DIGITS,
                    value_words: frozenset[str] = frozenset()) -> list[str] | None:
    """The digit groups in [start, end) of the line when that stretch is only a piece of a number — its other words
    say nothing of another thing, or are the number's own nouns (and `value_words`: a value's, "серия") — each group of
    `longest` digits at most (None: any), or None."""
    text = utterance.text
    groups = [group for group in utterance.digit_groups if start <= group.start and group.end <= end]
    if not groups:
        return None
    for group in groups:
        if longest is not None and len(group.digits) > longest:
            return None  # a number's last 4 or a whole number is judged by itself ("номер на 4410": the screen's)
        if _not_a_value(text, group.start, group.end, group.digits) or _whose_number(utterance, group.start) \
                or any(m.start() <= group.start < m.end() for m in _TIME.finditer(text)):
            return None
    for token in utterance.tokens:
        if not (start <= token.start < end) or any(g.start <= token.start < g.end for g in groups):
            continue
        word = token.form.lower().replace("ё", "е")
        info = token.info
        if word in _EDGE_WORDS or info.lemmas & (_NUMBER_WORDS | value_words) or info.top_grammemes & _PIECE_POS \
                or "Apro" in info.top_grammemes or len(word) == 1 or places_a_piece(word):  # "вторая пара"
            continue
        return None
    return [group.digits for group in groups]


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of the line, cut at punctuation and a dash between words."""
    spans, start = [], 0
    for edge in [*_CLAUSE_EDGE.finditer(text), None]:
        stop = edge.start() if edge is not None else len(text)
        if stop > start:
            spans.append((start, stop))
        if edge is not None:
            start = edge.end()
    return spans


def number_pieces(utterance: Utterance, asked: str | None = None) -> list[str] | None:
    """The digits the operator's line adds to a number told in pieces over the call, or None when it tells no piece:
    a line that is only a number's piece (`_a_number_piece`), or — while the caller's question for a value whose every
    piece is data stands (`asked`: a passport's, value_pieces.PIECE_KINDS) — the numbers of a line that answers it,
    however they are wrapped in words (value_pieces.pieces_of_the_asked_value: red team bb15, 16)."""
    pieces = _a_number_piece(utterance)
    if pieces is not None or asked is None:
        return pieces
    from guard.disclosure.value_pieces import pieces_of_the_asked_value

    found = pieces_of_the_asked_value(utterance, asked)
    return [utterance.digits_in(start, end) for start, end, _ in found] or None


# --- digits dictated a few at a time over the call (red team bb22, f05) --------------------------------------------
# "четыре" / "секунду" / "пять" / "так" / "ноль": a line that is only a digit or two, and another such line in the same
# run, dictate a value — a passport's series, a contract's, a phone's digits alike (one reading for every kind's
# digits). A code п. 9 lets be named is named whole ("девятьсот три", "код 903"): a line alone cannot tell three digits
# from it, the call can. As a word spelled a letter a line is read (spelled.letters_spelled_over_lines): card-blind,
# whatever the digits are, from the second line that dictates. A trunk 7 or 8 said alone first is the number's prefix.
DICTATED_DIGITS = 2  # the most digits a line dictating a value a few at a time says
DICTATED_LINES = 2  # lines of them in one run that are a value dictated


_DICTATING_POS = frozenset({"CONJ", "PRCL", "INTJ"})


def dictates_digits(utterance: Utterance, run: list[str]) -> bool:
    """Is the line only a digit or two of a number dictated (DICTATED_DIGITS at most; besides them only a piece's
    place, "потом", "дальше", a particle, a conjunction, a filler — no preposition or verb governing them: "с девяти",
    "до двадцати одного" are hours), not the trunk 7 or 8 opening a number (`run`: the call's pieces before it,
    Said.number_run)?"""
    pieces = _a_number_piece(utterance)
    if pieces is None or any(len(piece) > DICTATED_DIGITS for piece in pieces):
        return False
    for token in utterance.tokens:
        if any(group.start <= token.start < group.end for group in utterance.digit_groups):
            continue
        word = token.form.lower()
        if not (word in _EDGE_WORDS or places_a_piece(word) or token.info.top_grammemes & _DICTATING_POS):
            return False
    return bool(run) or pieces not in (["7"], ["8"])


def number_told_over_lines(utterance: Utterance, run: list[str], asked: str | None = None,
                           dictated_lines: int = 0) -> list[tuple[int, int, str, bool]]:
    """(start, end, digits, dictated) of this line's digit groups when they and the pieces the operator told before in
    the call (`run`: Said.number_run, the digit groups of the lines that were a number's pieces, whatever chatter stood
    between them) make one number past its prefix — more than PREFIX_DIGITS digits past a trunk 7 or 8 — or a value
    dictated a few digits a line (`dictated`; `dictated_lines`: Said.dictated_lines, the run's lines before this one
    that dictated, this line one more: DICTATED_LINES in all) — the digits of the whole run, for the caller's and the
    screen's to be compared."""
    here = number_pieces(utterance, asked)
    if here is None or not run:
        return []
    digits = "".join(run + here)
    past = digits[1:] if digits[:1] in "78" and len(run[0]) == 1 else digits
    dictated = dictates_digits(utterance, run) and dictated_lines + 1 >= DICTATED_LINES
    if len(past) <= PREFIX_DIGITS and not dictated:
        return []
    return [(group.start, group.end, digits, dictated) for group in utterance.digit_groups
            if any(group.digits == piece for piece in here)]


# --- an organisation's name where the caller's organisation is named (Инструкция запретов, п. 1; red team bb14, 17) --
# "вы из Северного ветра, да?", "компания Гранит, верно?", "организация «Ромашка»": an organisation owner's name is
# п. 1's «название организации», told whatever its value (the view is card-blind). Where: after an organisation's noun
# or a legal form, or after "вы из/от"; the name a capitalised word or a quoted one — not a place the dictionary knows
# ("вы из Москвы"), a first name or patronymic, nor a carrier's name (the company's own and its rivals: п. 12's).
_ORG_NOUNS = frozenset({"компания", "организация", "фирма", "предприятие", "учреждение", "общество", "ооо", "оао",
                        "зао", "пао", "ао", "ип", "нко", "юрлицо", "контора"})
_QUOTES = "«\"„“'"


def organisations_named(utterance: Utterance) -> Iterator[tuple[int, int]]:
    """(start, end) of each organisation's name the line puts where the caller's organisation is named."""
    tokens = utterance.tokens
    text = utterance.text
    for i, token in enumerate(tokens[:-1]):
        slot = token.form in _ORG_NOUNS or bool(token.info.lemmas & _ORG_NOUNS) or (
            token.form in ("из", "от") and i and tokens[i - 1].form in _YOU)
        if not slot:
            continue
        name = tokens[i + 1]
        between = text[token.end:name.start]
        quoted = any(q in between for q in _QUOTES)
        if name.after_break and not quoted:
            continue
        word = text[name.start:name.end]
        if name.is_digit or not (quoted or (word[:1].isupper() and not word.isupper())) \
                or word.lower() in CARRIERS or _first_name_or_patronymic(word):
            continue
        found = [p for p in parses(word) if p.is_known]
        if any({"Geox", "Name", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found[:1]):
            continue
        if not found or found[0].tag.POS in ("NOUN", "ADJF") or quoted:
            yield name.start, name.end


# --- the year of birth (red team bb14, 07) -------------------------------------------------------------------------
# "год рождения у владельца семьдесят девятый", "владелец родился в семьдесят девятом", "по карточке владелец с
# 1979-го года": a year in a clause about being born, or a person "с … года" closing the clause (born in it, as
# "он с семьдесят девятого года" says) — a part of the birth date (other-personal-data), whatever its value. A year:
# four digits 1900 to this year, or two said as an ordinal ("семьдесят девятый", "79-й") or before "год".
_BIRTH = frozenset({"родиться", "рождение", "рождаться", "рожденный", "рождённый"})
_PERSONS = frozenset({"владелец", "владелица", "хозяин", "хозяйка", "собственник", "собственница", "абонент",
                      "абонентка", "клиент", "клиентка", "он", "она", "вы"})
_DECADES = frozenset({"двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый", "семидесятый",
                      "восьмидесятый", "девяностый", "двухтысячный"})
_ORDINAL_AFTER = re.compile(r"(?<![ \t])(?:-?(?:й|го|м|ом|ый|ой|ого)(?![а-яё])|[ \t]++(?:год|года|году|г\.))",
                            re.IGNORECASE)


def _a_year(utterance: Utterance, group) -> bool:
    text = utterance.text
    digits = group.digits
    if len(digits) == 4:
        return 1900 <= int(digits) <= date.today().year
    if len(digits) != 2:
        return False
    if _ORDINAL_AFTER.match(text, group.end):
        return True
    last = next((t for t in utterance.tokens if t.start < group.end <= t.end), None)
    return last is not None and "Anum" in last.info.top_grammemes


def birth_years(utterance: Utterance) -> Iterator[tuple[int, int]]:
    """(start, end) of each year the line tells as someone's year of birth (the table above)."""
    from guard.disclosure.text import clauses

    text = utterance.text
    for clause in clauses(utterance.tokens):
        start, end = clause[0].start, clause[-1].end
        groups = [g for g in utterance.digit_groups if start <= g.start and g.end <= end and _a_year(utterance, g)
                  and not counts_something(text, g.end)]
        if any(token.info.lemmas & _BIRTH for token in clause):
            yield from ((g.start, g.end) for g in groups)
            # a decade's ordinal, which reads as no digits: "год рождения восьмидесятый"
            yield from ((t.start, t.end) for t in clause if t.info.lemmas & _DECADES
                        and not any(g.start <= t.start < g.end for g in groups))
            continue
        for g in groups:  # "владелец с 1979-го года" closing the clause
            at = next((k for k, t in enumerate(clause) if t.start <= g.start < t.end), None)
            if at is None or at < 2 or clause[at - 1].form != "с" or not clause[at - 2].info.lemmas & _PERSONS:
                continue
            if all(t.form in ("года", "год", "г", "го", "й", "м") for t in clause if t.start >= g.end):
                yield g.start, g.end
