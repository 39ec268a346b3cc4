"""Values read by their shape in a call, whatever they are: a word in a confirming or dictating frame's slot, a
number's end told in pieces, a number's digits past its code (red team bb16, 11, 12, 17, 20).

In a call the checker reads the card only as the operator's screen shows it: a verdict that compared the line with a
hidden value would tell an operator typing guesses which guess is right (stop 41's reverted reading, docs/redteam-open.md,
round bb16). So a value the screen hides is read here by the line's shape alone, and every value of the same shape —
the card's, or any other — gets the same verdict:

- **a frame's slot** (`frame_slot`): the line is a confirming or dictating frame — yes-words, particles, the operator's
  verbs of writing down or checking ("верно", "да", "так", "записала", "проверяю") — around one value: a word
  ("Мельник, верно", "записала: Гусевин", "так, Зайцев-Орловский") or a year ("1974 год, верно"). The word is read as
  the PERSON kind reads a word in a name's place (`person.surname_by_shape`: a surname's ending, unknown to the
  dictionary, hyphenated, or — written, with its capital — a man's or woman's noun) or as a street's name (a feminine
  adjective, a name in the genitive: "Тверская, да", "Ленина, верно"); a year there is a date's piece;
- **a number's end** (`number_ends`): digits told with a word of a number's end ("в конце", "последние",
  "заканчивается", "хвост") — one group of 4 or more ("тут у меня 3308 в конце"), or pieces joined by "и", a comma,
  "потом" ("последние: 07 и 97") that make 4 digits or more: a number's last 4 (п. 6);
- **a number past its code** (`digits_past_the_code`): in a line about a phone number or a call (its noun, a verb of
  calling) a number told as a code of 3 digits, a 7 or 8 before it or not, and more digits after it ("его номер на 903
  555", "на 8 903 555", "девятьсот три пятьсот пятьдесят пять"): п. 9 lets a prefix be named, not its other digits;
  in a line about a call, a number the call was made to or from told by 4 digits or more without its code ("вы звонили
  на номер 556677", "66 77") is its digits past the prefix too.

Not values: a sum, a quantity or a time (a unit or "в конце месяца" after it), nobody's number (a request's, an
order's) or the operator's own, a first name or patronymic (the DE field's reading), a place or organisation the
dictionary knows. What the caller said or the operator's screen shows may still be said (the checker decides that).
"""
from __future__ import annotations

import re
from datetime import date

from guard.disclosure.bare_value import _A_YEAR_AFTER, _not_a_value, _whose_number
from guard.disclosure.text import Token, Utterance
from guard.recognizers.address import STREET_AFTER_A_TOWN, STREET_IN_A_FRAME, STREET_WORDS, names_a_street
from guard.morph import parses
from guard.recognizers.packed_run import counts_something
from guard.recognizers.birth_date import AGE_GIVEN_TO, a_birth_year, an_age
from guard.recognizers.id_document import PASSPORT_WORDS
from guard.recognizers.person import surname_by_shape

# --- a frame's slot ---------------------------------------------------------------------------------------------------
# The words of a confirming frame: yes-words, particles, fillers, "у меня тут"
_CONFIRMING = frozenset({"да", "верно", "правильно", "так", "точно", "именно", "ага", "угу", "ну", "вот", "это", "значит", "ведь",
                         "итак", "всё", "все", "хорошо", "отлично", "понятно", "ясно", "принято", "совпадает", "сходится",
                         "окей", "ок", "конечно", "тут", "здесь", "у", "меня", "нас", "вас", "а", "и", "же", "ли",
                         "правда", "получается", "выходит", "то", "есть", "вроде", "кажется", "теперь", "сейчас",
                         "ещё", "еще", "пожалуйста", "спасибо", "записано", "записана", "записан", "верна", "верен",
                         "правильная", "правильный", "правильное"})
# The operator's verbs of writing a value down or checking it (lemmas): "записала", "пишу", "вношу", "проверяю"
_DICTATING = frozenset({"записать", "записывать", "написать", "писать", "отметить", "отмечать", "пометить", "помечать",
                        "внести", "вносить", "ввести", "вводить", "вбить", "вбивать", "зафиксировать", "фиксировать",
                        "повторить", "повторять", "проверить", "проверять", "сверить", "сверять", "подтвердить",
                        "подтверждать", "указать", "указывать", "уточнить", "уточнять", "набрать", "набирать",
                        "исправить", "исправлять", "поправить", "поправлять", "заменить", "менять", "вписать",
                        "вписывать", "занести", "заносить"})
_YEAR_WORDS = frozenset({"год", "года", "году", "г", "гг", "го", "й", "м"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _frames(token: Token) -> bool:
    return token.form in _CONFIRMING or bool(token.info.lemmas & _DICTATING) and "VERB" in token.info.top_grammemes \
        or bool(token.info.lemmas & _DICTATING) and bool(token.info.top_grammemes & {"INFN", "PRTS", "GRND"})


def frame_slot(utterance: Utterance) -> tuple[int, int, str] | None:
    """(start, end, kind) of the one value a confirming or dictating frame says — kind "surname", "street" or "year" —
    or None when the line is no such frame or its slot holds no such value."""
    tokens = utterance.tokens
    rest = [token for token in tokens if not _frames(token)]
    held = _a_year_held(utterance, rest)
    if held is not None:
        return held
    if not rest or len(rest) > 2:
        return None
    text = utterance.text
    years = [g for g in utterance.digit_groups if len(g.digits) == 4 and 1900 <= int(g.digits) <= date.today().year]
    if years and len(years) == 1 and len(utterance.digit_groups) == 1:
        year = years[0]
        others = [token for token in rest if not (token.start < year.end and year.start < token.end)]
        if all(token.form in _YEAR_WORDS for token in others) and not counts_something(text, year.end):
            return year.start, year.end, "year"
        return None
    if utterance.digit_groups:
        return None
    # a street's word and its name, in either order ("Улица Тверская, верно?", "ул. Тверская"): the word says a street
    # is named, so the name is read as one is after a town (red team bb22, f03)
    labels = [token for token in rest if token.form.lower().rstrip(".") in STREET_WORDS]
    if len(rest) == 2 and len(labels) == 1:
        name = next(token for token in rest if token is not labels[0])
        value = text[name.start:name.end]
        quality = any(p.tag.grammemes & {"Qual", "Apro", "Anum"} for p in parses(value)[:1])  # "улица плохая"
        if _WORD.fullmatch(value) and not quality and names_a_street(value, STREET_AFTER_A_TOWN):
            return min(name.start, labels[0].start), max(name.end, labels[0].end), "street"
        return None
    if len(rest) != 1:
        return None
    word = rest[0]
    value = text[word.start:word.end]
    if not _WORD.fullmatch(value):
        return None
    written = any(ch.isupper() for ch in text)
    # the capital is the writer's where the word does not open the line or a sentence ("так, Мельник"); at the line's
    # start the frame's slot is evidence enough in writing, not in lowercase speech (where nothing is capitalised)
    capitalised = written and value[:1].isupper() and not value.isupper()
    if names_a_street(value, STREET_IN_A_FRAME):
        return word.start, word.end, "street"
    if surname_by_shape(value, capitalised=capitalised):
        return word.start, word.end, "surname"
    return None


def _a_year_held(utterance: Utterance, rest: list[Token]) -> tuple[int, int, str] | None:
    """A confirming frame around one number and the one it belongs to (red team bb23, f04): the caller in the dative
    an age is given to (birth_date.AGE_GIVEN_TO) with an age or a birth year ("Вам 46?", "Вам же 1980?", "тебе
    двадцать?") — the birth date's piece, kind "year"; a passport's word with a year ("Паспорт 2005 года?") — the
    passport's issue date's, kind "issue-year"; a passport's word and, in a later sentence, an age given to a pronoun
    ("Паспорт менять не пора? Ему уже двадцать один год.") — its years since issue, the issue year. Whatever the
    number (card-blind); a unit or a counted noun after it makes it a quantity ("вам 20 минут")."""
    groups = utterance.digit_groups
    if len(groups) != 1:
        return None
    group = groups[0]
    holders = [t for t in rest if t.form in AGE_GIVEN_TO]
    documents = [t for t in rest if _PASSPORT_WORD.fullmatch(t.form)]
    others = [t for t in rest if t not in holders and t not in documents
              and not (t.start < group.end and group.start < t.end) and t.form not in _YEAR_WORDS
              and not (holders and t.info.top_grammemes & {"PRCL", "ADVB"})]  # "вам уже 46?", "вам сейчас 46?"
    value = int(group.digits) if group.digits.isdigit() and len(group.digits) <= 4 else -1
    if not others and len(holders) + len(documents) == 1 and not counts_something(utterance.text, group.end):
        if holders and (an_age(value) and len(group.digits) <= 3 or a_birth_year(group.digits)):
            return group.start, group.end, "year"
        if documents and a_birth_year(group.digits) or documents and len(group.digits) == 4 \
                and 1990 <= value <= date.today().year:
            return group.start, group.end, "issue-year"
        return None
    # the passport named in the line, its age told in a sentence of its own to a third person's pronoun
    if any(_PASSPORT_WORD.fullmatch(t.form) for t in utterance.tokens) and len(group.digits) <= 2 and 0 < value <= 30:
        opens = max(utterance.text.rfind(mark, 0, group.start) for mark in ".?!")
        sentence = [t for t in utterance.tokens if t.start > opens]
        if any(t.form in ("ему", "ей") and t.end <= group.start for t in sentence) \
                and any(t.form in _AGE_WORDS and t.start >= group.end for t in sentence):
            return group.start, group.end, "issue-year"
    return None


_PASSPORT_WORD = re.compile(PASSPORT_WORDS)
_AGE_WORDS = frozenset({"год", "года", "лет"})


# --- a value's edge said without its verb ----------------------------------------------------------------------------
# "Ваш контактный на 903?", "Договор у вас с 0123?", "Почта на петра?" (red team bb23, f05): a value's noun, the
# caller's "у вас" / "ваш" at most between, then "на" / "с" and a piece of the value — the "начинается на / с …" of a
# value's beginning with its verb left out, as speech drops it (or said: "контактный номер начинается на 903" is the
# contact phone's code, п. 4's contact data — п. 9 lets a call's number's prefix be named, not the contact's). The value's nouns are its kind's (the contract's cue
# words, recognizers/contract.py; the mailbox's, guard/disclosure/mailbox_part.py; the contact's, п. 4's own word);
# the piece: digits (3 or more; after "с" not a year, which dates the contract: "договор у вас с 2015"), or for a
# mailbox a word its owner's name or a mail service may be ("на петра", "на мейл"). Card-blind: whatever the piece.
_WHOSE_BETWEEN = frozenset({"у", "вас", "ваш", "ваша", "ваше", "же", "ведь", "то", "а"})
_EDGE_PREPOSITIONS = frozenset({"на", "с", "со"})
# the value's own noun and the edge's verb said after all ("контактный номер у вас начинается на 903"): the same reading
_BETWEEN_LEMMAS = frozenset({"номер", "телефон", "адрес", "начинаться"})
_CONTACT_NOUNS = frozenset({"контактный", "контакт"})  # Инструкция запретов, п. 4: «контактный телефон»


def edges_said_bare(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, what) of each value's piece said as its edge without the verb (see above): what is "contract",
    "contact" or "mailbox"."""
    from guard.disclosure.mailbox_part import MAILBOX_NOUNS
    from guard.recognizers.contract import ContractNumberRecognizer
    from guard.recognizers.email import _SPOKEN_SERVICES

    tokens, groups = utterance.tokens, utterance.digit_groups
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.form not in _EDGE_PREPOSITIONS:
            continue
        before = i - 1
        while before >= 0 and before >= i - 4 and (tokens[before].form in _WHOSE_BETWEEN
                                                    or tokens[before].info.lemmas & _BETWEEN_LEMMAS):
            before -= 1
        if before < 0:
            continue
        noun = tokens[before].info.lemmas
        what = "contract" if noun & set(ContractNumberRecognizer.CONTEXT) else "contact" if noun & _CONTACT_NOUNS \
            else "mailbox" if noun & MAILBOX_NOUNS else None
        if what is None:
            continue
        piece = tokens[i + 1]
        group = next((g for g in groups if g.start <= piece.start < g.end or piece.start <= g.start < piece.end), None)
        if group is not None:
            if len(group.digits) < 3 or _not_a_value(utterance.text, group.start, group.end, group.digits) \
                    or _A_YEAR_AFTER.match(utterance.text, group.end) \
                    or token.form != "на" and a_birth_year(group.digits, None) or _a_year_since(token.form, group.digits):
                # (a sum, a quantity or a year after it — "договор на 2026 год": no value's edge; the merge, stop 48)
                continue
            found.append((group.start, group.end, what))
        elif what == "mailbox" and len(piece.form) >= 3 and (
                piece.form in _SPOKEN_SERVICES or piece.info.grammemes & {"Name", "Surn", "Patr"} or not piece.form.isalpha()
                or piece.form.isascii()):
            found.append((piece.start, piece.end, what))
    return found


def _a_year_since(preposition: str, digits: str) -> bool:
    """"с 2015": a year the value is dated from, not its first digits."""
    return preposition in ("с", "со") and len(digits) == 4 and 1950 <= int(digits) <= date.today().year


# --- a number's end -----------------------------------------------------------------------------------------------------
NUMBER_END_NOUNS = frozenset({"конец", "окончание", "хвост", "хвостик", "концовка"})
END_VERBS = frozenset({"заканчиваться", "оканчиваться", "кончаться", "закончиться", "окончиться"})  # frames.py too
_LAST = frozenset({"последний", "крайний"})
# what a number's end may be said with between its pieces: "07 и 97", "93, потом 51", "сорок, дальше семь"
_JOINERS = frozenset({"и", "потом", "затем", "дальше", "далее", "после", "этого", "а", "ещё", "еще", "цифры", "цифра",
                      "на", "номера", "номер", "это", "вот", "там", "у", "меня", "нас", "тут", "него", "неё", "нее"})
# a noun after "в конце" that makes it a time or a place, not a number's end ("в конце месяца", "в конце коридора")
_NUMBER_WORDS = frozenset({"номер", "телефон", "цифра", "симка", "сим-карта", "мобильный", "контакт", "контактный"})


def _end_cue(tokens: list[Token], i: int) -> bool:
    """Does token i say a number's end: "последние" (not of another noun: "последний платёж"), "в конце" / "на конце"
    / "конец" (not of a time's or a place's noun: "в конце месяца"), "заканчивается"?"""
    token = tokens[i]
    lemmas = token.info.lemmas
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if lemmas & END_VERBS:
        return True
    if lemmas & _LAST:
        return after is None or after.is_digit or after.info.lemmas & {"цифра", "две", "четыре", "три"} != set() \
            or after.after_break
    if lemmas & NUMBER_END_NOUNS:
        return after is None or after.is_digit or after.after_break or bool(after.info.lemmas & _NUMBER_WORDS) \
            or not ({"NOUN", "gent"} <= after.info.top_grammemes)
    return False


def number_ends(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each number's end the line tells: digits beside a word of a number's end — a group of
    4 or more right before or after it, or pieces after it joined by "и", a comma, "потом" that make 4 or more."""
    tokens, text = utterance.tokens, utterance.text
    groups = [g for g in utterance.digit_groups if not counts_something(text, g.end) and not _A_TIME.match(text, g.start)]
    if not groups:
        return []
    found = []
    for i, token in enumerate(tokens):
        if not _end_cue(tokens, i):
            continue
        # the pieces after the cue, within its clause, only joiners between them
        run, last_end = [], token.end
        for group in groups:
            if group.end <= token.end:
                continue
            between = [t for t in tokens if last_end <= t.start and t.end <= group.start]
            gap = text[last_end:group.start]
            if any(t.form not in _JOINERS for t in between) or re.search(r"[.!?;]", gap) or len(between) > 3:
                break
            run.append(group)
            last_end = group.end
        digits = "".join(g.digits for g in run)
        if len(digits) >= 4 and not _year_after(text, run[-1].end) and not _whose_number(utterance, run[0].start):
            found.append((run[0].start, run[-1].end, digits))
            continue
        # a group right before the cue ("3308 в конце", "4567 на конце")
        before = [g for g in groups if g.end <= token.start]
        if before:
            group = before[-1]
            between = [t for t in tokens if group.end <= t.start and t.end <= token.start]
            if len(group.digits) >= 4 and len(between) <= 2 and not _whose_number(utterance, group.start) and all(t.form in _JOINERS | {"в"} for t in between) \
                    and not re.search(r"[.!?;]", text[group.end:token.start]):
                found.append((group.start, group.end, group.digits))
    return found


_A_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?![\d:.])")
_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:-?(?:го|й|м)|г\.|года?|году)(?![а-яё])", re.IGNORECASE)


def _year_after(text: str, end: int) -> bool:
    return _YEAR_AFTER.match(text, end) is not None


# --- a number past its code ---------------------------------------------------------------------------------------------
_PHONE_WORDS = frozenset({"номер", "телефон", "мобильный", "абонент", "симка", "сим-карта", "сотовый"})
_CALLING = frozenset({"звонить", "позвонить", "звонок", "вызов", "набрать", "набирать", "дозвониться", "дозваниваться",
                      "входящий", "исходящий", "детализация", "созвониться", "перезванивать", "перезвонить"})
_CODE_APART = re.compile(r"(?<!\d)(?:(?:\+\s*+)?[78][\s\-(]++)?\(?(\d{3})\)?[\s\-]++\d")


def digits_past_the_code(utterance: Utterance) -> list[tuple[int, int, str, bool]]:
    """(start, end, digits, of a call) of each number the line tells as a code and digits past it, in a line about a
    phone number or a call — its digits from the code on (a trunk 7 or 8 said apart dropped); `of a call`: the line
    speaks of calling (п. 9's numbers of the call details)."""
    tokens, text = utterance.tokens, utterance.text
    calling = any(t.info.lemmas & _CALLING for t in tokens)
    found = []
    for group in utterance.digit_groups:
        before = [t for t in tokens if t.end <= group.start][-10:]
        if not any(t.info.lemmas & (_PHONE_WORDS | _CALLING) for t in before):
            continue
        digits = group.digits
        national = digits[1:] if digits[:1] in "78" and len(digits) >= 5 and _trunk_apart(utterance, group) else digits
        # a number a call was made to or from ("вы звонили на номер 556677", "исходящий на номер 66 77"): any of its
        # digits past a prefix are the call details' (п. 9: "отдельные цифры номера"), whatever the number — its
        # code need not come first (red team bb19, f02)
        of_a_call = calling and any(t.info.lemmas & _PHONE_WORDS for t in before)
        # the free line's "8 800 …" is the company's own — told with most of its number or its trunk; four to six
        # digits opening with 800 are as much a called number's last digits as any others ("вы звонили на номер 8000"),
        # and so are up to nine in a call's line ("вы звонили на номер 80000000": no free line is told short of its ten)
        free_line = national[:3] == "800" and (len(national) >= (10 if of_a_call else 7) or digits[:4] in ("8800", "7800"))
        if not 4 <= len(national) <= 10 or free_line or (national[:1] not in "3489" and not of_a_call):
            continue  # a city's or a mobile code first
        if counts_something(text, group.end) or _A_TIME.match(text, group.start) or _year_after(text, group.end) \
                or _whose_number(utterance, group.start):
            continue
        if not of_a_call and not _code_said_apart(utterance, group) and not (national[:1] == "9" and len(national) >= 5):
            continue  # "номер 4567": a number's last 4, read elsewhere; a code said apart or a mobile's 9 first
        found.append((group.start, group.end, national, calling))
    return found


_TRUNK_APART = re.compile(r"(?<!\d)(?:\+\s*+)?[78][\s\-(]++\d{3}")


def _trunk_apart(utterance: Utterance, group) -> bool:
    """Is the group's first digit a trunk prefix said apart ("8 903 555", "+7 (903) 555", "восемь девятьсот три …")?"""
    return _said_so(utterance, group, _TRUNK_APART)


def _code_said_apart(utterance: Utterance, group) -> bool:
    """Is the group said as a code of 3 digits set apart and more digits ("903 555", "8 (903) 555", "девятьсот три
    пятьсот …" read as "903 555")?"""
    return _said_so(utterance, group, _CODE_APART)


def _said_so(utterance: Utterance, group, pattern: re.Pattern) -> bool:
    """Does a match of `pattern` on a reading of the line (digits as written, spoken numbers as digits) start where
    the group starts?"""
    for reading in utterance.readings:
        for match in pattern.finditer(reading.text):
            start, end = reading.to_original(match.start(), match.end())
            if abs(start - group.start) <= 2:  # at the group's start ("+7" may stand before its first digit)
                return True
    return False


__all__ = ["digits_past_the_code", "edges_said_bare", "frame_slot", "number_ends"]


# --- an age told of the caller or the owner, in whatever shape Russian says one (red team bb30, f07) ----------------
# One reading of an age expression: a number of years, a decade by its ordinal («пятый десяток»), a round age by its
# colloquial word («полтинник», «сороковник», «полвека»), a number with «с хвостиком / с лишним / с небольшим / с
# гаком», a number after «за / под / около / почти / больше / меньше / ближе к». Said to whom an age is given (the
# birth date kind's AGE_GIVEN_TO: «вам», «владельцу») in the same sentence, it tells the birth date's year — a guess
# proposed the operator has from the card (card-blind: whatever the age). A number counting a thing («вам за сорок
# минут перезвонят») is no age.
_ROUND_AGES = frozenset({"полтинник", "полтос", "полтишок", "сороковник", "полвека", "полтинничек"})
_DECADE = frozenset({"десяток", "десятка"})
_ABOUT_A_NUMBER = frozenset({"за", "под", "около", "почти", "больше", "меньше", "к", "около", "порядка", "примерно"})
_A_BIT_MORE = frozenset({"хвостик", "лишний", "небольшой", "гак", "копейка"})
_AGE_REACH = 5  # words from whom the age is given to the age


def _a_number_at(utterance: Utterance, k: int) -> bool:
    token = utterance.tokens[k]
    return bool(token.info.top_grammemes & {"NUMR"}) or any(
        g.start <= token.start < g.end for g in utterance.digit_groups)


def _ends_the_age(utterance: Utterance, k: int) -> bool:
    """Nothing after the age's last word at k but its years' word, a particle, a verb or the clause's end («Вам пятый
    десяток?», «…, верно?», «Вам сорок с хвостиком лет»): «вам полтинник на счёт зачислят», «пятьдесят с лишним
    рублей» count money."""
    tokens = utterance.tokens
    if k + 1 >= len(tokens) or any(mark in utterance.text[tokens[k].end:tokens[k + 1].start] for mark in ",.?!;—-:"):
        return True
    after = tokens[k + 1]
    return after.form in ("лет", "года", "год") or bool(after.info.top_grammemes & {"PRCL", "CONJ", "VERB"})


def age_told(utterance: Utterance) -> tuple[int, int] | None:
    """The span of an age told to whom an age is given (see above), or None."""
    tokens = utterance.tokens
    text = utterance.text
    for h, holder in enumerate(tokens):
        if holder.form not in AGE_GIVEN_TO:
            continue
        for k in range(h + 1, min(len(tokens), h + 1 + _AGE_REACH)):
            if any(mark in text[tokens[k - 1].end:tokens[k].start] for mark in ".?!;"):
                break  # the sentence ends
            token = tokens[k]
            lemmas = token.info.lemmas
            if lemmas & _ROUND_AGES and _ends_the_age(utterance, k):
                return holder.start, token.end
            if lemmas & _DECADE and k > h + 1 and "Anum" in tokens[k - 1].info.top_grammemes and _ends_the_age(utterance, k):
                return holder.start, token.end
            if not _a_number_at(utterance, k) or counts_something(text, token.end) \
                    or k + 1 < len(tokens) and _a_number_at(utterance, k + 1):
                continue  # a thing counted, or a number going on («за девяносто девять рублей»: read at its last word)
            if k >= 2 and "NOUN" in tokens[k - 2].info.top_grammemes and tokens[k - 1].form in _ABOUT_A_NUMBER:
                continue  # «минут за десять»: the noun before counts
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            nxt2 = tokens[k + 2] if k + 2 < len(tokens) else None
            if nxt is not None and nxt.form in ("с", "со") and nxt2 is not None and nxt2.info.lemmas & _A_BIT_MORE \
                    and _ends_the_age(utterance, k + 2):
                return holder.start, nxt2.end
            if tokens[k - 1].form in _ABOUT_A_NUMBER and not (
                    nxt is not None and nxt.info.top_grammemes & {"NOUN"} and nxt.form not in ("лет", "года", "год")):
                return holder.start, token.end
    return None
