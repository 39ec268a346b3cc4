"""Does what the caller said match the card? Pure functions; the proxy owns sessions and attempt counts.

Tolerated: letter case, ё/е, word order, grammatical case ("Иванову Марию Петровну"), extra spaces and
punctuation, quotes and legal forms around an organization's name, 8 / +7 / spaces in phone numbers.
Not tolerated: a different name (Иванов ≠ Ивановский, Мария ≠ Марина, Сергеевич ≠ Сергеевна), a missing
surname or first name, initials instead of a name, a patronymic that does not match, a word left over — and for
primary identification by full name, a missing patronymic when the card has one.

Names are compared by the normal forms pymorphy2 gives for the role the word plays (Surn, Name, Patr),
with grammatical gender: the card holds the nominative, the caller may use any case of the same name.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import permutations
from typing import Any, Callable

from guard.document import ALNUM_WORD, NAME_WORD
from guard.morph import NAME_GRAMMEMES, lemma, lemmas, normalize_word, parses
from guard.normalize import normalize_numbers
from guard.policy.operators import digits_of
from guard.policy import owner as facts  # the owner's one reading: its facts' names (FIRST_NAME here is a role)
from guard.policy.owner import FULL_NAME, GENDER, IN_DOUBT, NAME_PARTS, ORGANIZATION, PASSPORT, owner_reading, passport_part
from guard.policy.paths import MISSING, PathSyntaxError, parse_path, resolve
from guard.recognizers.address import ADDRESS_PART_WORDS
from guard.recognizers.birth_date import date_parts
from guard.recognizers.lexicon import LEGAL_FORM_PHRASES, LEGAL_FORM_SHORT, LEGAL_FORMS, NO_NAME_WORDS
from guard.recognizers.phone import msisdn

SURNAME, FIRST_NAME, PATRONYMIC = "Surn", "Name", "Patr"

_GENDERS = ("masc", "femn")


# --- names ------------------------------------------------------------------------------------

@lru_cache(maxsize=50_000)
def _name_forms(word: str, role: str, nominative: bool) -> frozenset[tuple[str, str, str | None]]:
    """(normal form, gender, case) of each reading of `word` as a name of `role`; only nominative readings for the
    card's own spelling. A word the dictionary does not know as such a name keeps its own form, in either gender and
    any case (None)."""
    word = normalize_word(word)
    if "-" in word:
        halves = [_name_keys(half, role, nominative) for half in word.split("-")]
        joined = set(halves[0])
        for keys in halves[1:]:
            joined = {(f"{left}-{right}", gender) for left, gender in joined for right, g in keys if g == gender}
        return frozenset((name, gender, None) for name, gender in joined | {(word, gender) for gender in _GENDERS})
    found: set[tuple[str, str, str | None]] = set()
    for parse in parses(word):
        tag = parse.tag
        if role not in tag or "sing" not in tag or (nominative and "nomn" not in tag):
            continue
        found.update((normalize_word(parse.normal_form), gender, tag.case) for gender in _genders(tag))
    if found:
        return frozenset(found)
    # Not in the dictionary as this kind of name (rare surnames, foreign names): its own form,
    # and for what the caller said also the normal forms of its singular noun readings ("Шпака" -> "шпак").
    forms: set[tuple[str, str, str | None]] = {(word, gender, None) for gender in _GENDERS}
    if not nominative:
        for parse in parses(word):
            if "NOUN" in parse.tag and "sing" in parse.tag:
                forms.update((normalize_word(parse.normal_form), gender, parse.tag.case)
                             for gender in _genders(parse.tag))
    return frozenset(forms)


@lru_cache(maxsize=50_000)
def _name_keys(word: str, role: str, nominative: bool) -> frozenset[tuple[str, str]]:
    """(normal form, gender) pairs `word` can have as a name of `role` (`_name_forms` without the case)."""
    return frozenset((name, gender) for name, gender, _ in _name_forms(word, role, nominative))


def _genders(tag: Any) -> tuple[str, ...]:
    if "masc" in tag:
        return ("masc",)
    if "femn" in tag:
        return ("femn",)
    return _GENDERS


def same_name(said_word: str, card_word: str, role: str) -> bool:
    """One word the caller said against one word of a name on the card, as a name of `role`."""
    said, card = normalize_word(said_word), normalize_word(card_word)
    if said == card:
        return True
    if len(said) < 2:
        return False  # an initial is not a name
    return bool(_name_keys(said, role, nominative=False) & _name_keys(card, role, nominative=True))


def _readings(said_word: str, card_word: str, role: str) -> frozenset[tuple[str, str | None]]:
    """(gender, case) of each reading in which the word the caller said is the card's name of `role`; case None:
    any. The card's own spelling reads as the card's nominative in its gender(s)."""
    said, card = normalize_word(said_word), normalize_word(card_word)
    if len(said) < 2 and said != card:
        return frozenset()  # an initial is not a name
    wanted = _name_keys(card, role, nominative=True)
    found = {(gender, case) for name, gender, case in _name_forms(said, role, nominative=False)
             if (name, gender) in wanted}
    if said == card:
        found |= {(gender, "nomn") for _, gender in wanted} or {(gender, None) for gender in _GENDERS}
    return frozenset(found)


def _agree(readings: list[frozenset[tuple[str, str | None]]], gender: str | None) -> bool:
    """Whether one gender (the owner's, when the card says it) and one grammatical case read every word: "Иванову
    Петру Сергеевичу" is one man's name in the dative, "Иванова Пётр Сергеевич" no name at all — "Иванова" is a
    woman's surname beside a man's first name, or a genitive beside nominatives."""
    for wanted in (gender,) if gender else _GENDERS:
        cases: set[str] | None = None  # None: any case so far
        for word in readings:
            said_cases = {case for g, case in word if g == wanted}
            if not said_cases:
                break
            if None not in said_cases:
                cases = said_cases if cases is None else cases & said_cases
                if not cases:
                    break
        else:
            return True
    return False


_OWNER_GENDERS = {"male": "masc", "female": "femn"}


def name_words(text: str | None) -> list[str]:
    return NAME_WORD.findall(text or "")


def names_no_one(text: str | None) -> bool:
    """A name's field that says there is no name: empty, marks only, or words of absence and labels only
    ("Неизвестно", "Не указано", "Нет данных", "Null", "Test", "Аноним", "Фамилия"; recognizers/lexicon.py
    NO_NAME_WORDS). Anyone can say such a value, so it identifies nobody (red team bb18, f10)."""
    return all(_no_name_word(normalize_word(word)) for word in name_words(text))


def _no_name_word(word: str) -> bool:
    """A word of absence or a label as written, or in a form of its one number ("Неизвестен", "данных" of "нет
    данных") — not a plural of a singular noun, which is a surname's shape ("Тестов", "Клиентов"), nor a word that
    reads as a name."""
    if word in NO_NAME_WORDS:
        return True
    found = parses(word)
    if any(NAME_GRAMMEMES & p.tag.grammemes for p in found):
        return False
    return any(normalize_word(p.normal_form) in NO_NAME_WORDS and ("plur" not in p.tag or "Pltm" in p.tag)
               for p in found)


def match_person(said: str, last_name: str | None, first_name: str | None, middle_name: str | None,
                 gender: str | None = None, *, every_part: bool = False) -> bool:
    """Surname and first name at least; the patronymic, if said, must match — and must be said when `every_part` and
    the card has one; no word left over; every word in one grammatical gender and case — the owner's gender ("male" /
    "female") when the card gives it."""
    words = name_words(said)
    card_parts = [
        (role, part) for role, part in ((SURNAME, last_name), (FIRST_NAME, first_name), (PATRONYMIC, middle_name))
        if not names_no_one(part)
    ]
    if names_no_one(last_name) or names_no_one(first_name) or len(words) not in (2, 3) or len(words) > len(card_parts):
        return False
    if every_part and len(words) < len(card_parts):
        return False
    wanted_gender = _OWNER_GENDERS.get(gender) if isinstance(gender, str) else None
    for chosen in permutations(card_parts, len(words)):
        roles = {role for role, _ in chosen}
        if SURNAME not in roles or FIRST_NAME not in roles:
            continue
        readings = [_name_part_readings(word, part, role) for word, (role, part) in zip(words, chosen)]
        if all(readings) and _agree(readings, wanted_gender):
            return True
    return False


def _name_part_readings(word: str, part: str, role: str) -> frozenset[tuple[str, str | None]]:
    part_words = name_words(part)
    return _readings(word, part_words[0], role) if len(part_words) == 1 else frozenset()


def match_full_name(said: str, card: dict) -> bool:
    """The caller's words against the owner's surname, first name and patronymic (primary identification): the whole
    ФИО the card holds — with the patronymic when it has one (Инструкция запретов, п. 6: «по основной идентификации
    (ФИО …)»; red team bb2, M1: a surname and first name alone are guessed from a greeting or a social network).
    The card's owner is its one reading (guard/policy/owner.py: every spelling of a part's key, a full name's words;
    red team bb27, f06): a name or gender it states two ways matches nothing, one it cannot read is OwnerUnreadable."""
    owner = owner_reading(card).readable(*NAME_PARTS, FULL_NAME, GENDER)
    name, gender = owner.name(), owner.one(GENDER)
    if name is IN_DOUBT or gender is IN_DOUBT:
        return False  # the card states its owner's name or gender two ways: whose it is, it does not say (bb27, f06)
    return match_person(said, *name, gender, every_part=True)


# --- organizations ------------------------------------------------------------------------------

def _organization_reading(text: str | None) -> tuple[list[str], frozenset[str]]:
    """The words of an organization's name without quotes, punctuation and legal form, and the legal forms it was
    written with, each in its short form ("общество с ограниченной ответственностью" is "ооо")."""
    folded = " " + " ".join(ALNUM_WORD.findall(normalize_word(text or ""))) + " "
    forms = set()
    for phrase in LEGAL_FORM_PHRASES:  # legal forms around the name (ООО «Ромашка» is Ромашка): recognizers/lexicon.py
        if f" {phrase} " in folded:
            forms.add(LEGAL_FORM_SHORT[phrase])
            folded = folded.replace(f" {phrase} ", " ")
    words = folded.split()
    return [word for word in words if word not in LEGAL_FORMS], frozenset(forms | {w for w in words if w in LEGAL_FORMS})


def organization_words(text: str | None) -> list[str]:
    """The words of an organization's name without quotes, punctuation and legal form."""
    return _organization_reading(text)[0]


def _same_word(said: str, card: str) -> bool:
    if said == card:
        return True
    if said.isdigit() or card.isdigit():
        return False
    return bool(lemmas(said) & lemmas(card))


def match_organization(said: str, card: dict) -> bool:
    """The caller's words against owner.organization; quotes, «», word order and a legal form left unsaid tolerated.
    A legal form said must be one the card writes: "ЗАО Ромашка" is another company than ООО «Ромашка» (red team
    bb18, f08). The name is the owner's one reading ("orgName", "company" … too: guard/policy/owner.py)."""
    organization = owner_reading(card).readable(ORGANIZATION).one(ORGANIZATION)
    if organization is IN_DOUBT:
        return False  # two names of the organization: which one it is, the card does not say (bb27)
    wanted, wanted_forms = _organization_reading(organization)
    given, given_forms = _organization_reading(said)
    if not wanted or len(given) != len(wanted):
        return False
    if given_forms and not given_forms <= wanted_forms:
        return False
    return _pairs_up(given, wanted, _same_word)


def _pairs_up(given: list[str], wanted: list[str], same: Callable[[str, str], bool]) -> bool:
    """Every given word matches a distinct wanted word (a small bipartite matching)."""
    matched: dict[int, int] = {}

    def place(index: int, seen: set[int]) -> bool:
        for target, word in enumerate(wanted):
            if target in seen or not same(given[index], word):
                continue
            seen.add(target)
            if target not in matched or place(matched[target], seen):
                matched[target] = index
                return True
        return False

    return all(place(index, set()) for index in range(len(given)))


# --- single values, for /confirm ----------------------------------------------------------------

def said_digits(said: str) -> str:
    """The digits of what the caller said, spoken numbers included ("восемь девятьсот шестнадцать ...")."""
    return digits_of(normalize_numbers(said).text)


phone_digits = msisdn  # 11 digits starting with 7 (recognizers/phone.py is the one definition)


def same_phone(said: str, value: Any) -> bool:
    wanted = phone_digits(digits_of(value))
    return len(wanted) >= 5 and phone_digits(said_digits(said)) == wanted


def same_digits(said: str, value: Any) -> bool:
    wanted = digits_of(value or "")
    return bool(wanted) and said_digits(said) == wanted


def same_passport(said: str, passport: Any) -> bool:
    """The passport's series and number (any spelling of their keys), or a passport written as one string."""
    if isinstance(passport, str):
        return same_digits(said, passport)
    if not isinstance(passport, dict):
        return False
    series, number = passport_part(passport, "series"), passport_part(passport, "number")
    if series is IN_DOUBT or number is IN_DOUBT:
        return False
    return same_digits(said, f"{series or ''}{number or ''}")


# One date said or typed, nothing more: what /confirm compares with the card (its day, month and year are read by the
# birth-date kind's one reader, recognizers/birth_date.py: date_parts)
_ONE_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:t.*)?|\d{1,2}[./\-\s](?:\d{1,2}|[а-я]+)[./\-\s]\d{4}(?:\s*(?:г|года?)\.?)?")


def parse_spoken_date(text: str) -> date | None:
    """12.03.1980, 1980-03-12, 12/03/1980, «12 марта 1980 (года)»."""
    text = normalize_word(text.strip())
    parts = date_parts(text) if _ONE_DATE.fullmatch(text) else None
    if parts is None or parts[2] is None:
        return None
    day, month, year = parts
    try:
        return date(year, month, day)
    except ValueError:
        return None


def same_date(said: str, value: Any) -> bool:
    wanted = parse_spoken_date(str(value)) if value else None
    return wanted is not None and parse_spoken_date(said) == wanted


def same_email(said: str, value: Any) -> bool:
    return bool(value) and "".join(said.split()).casefold() == str(value).strip().casefold()


def address_words(text: str | None) -> list[str]:
    words = ALNUM_WORD.findall(normalize_word(text or ""))
    return sorted(word if word.isdigit() else lemma(word) for word in words if word not in ADDRESS_PART_WORDS)


def same_address(said: str, value: Any) -> bool:
    wanted = address_words(value)
    return bool(wanted) and address_words(said) == wanted


def _role_checker(role: str) -> Callable[[str, Any], bool]:
    def check(said: str, value: Any) -> bool:
        words, card_words = name_words(said), name_words(value)
        return not names_no_one(value) and len(card_words) == 1 and len(words) == 1 and same_name(words[0], card_words[0], role)
    return check


def _same_person(said: str, value: Any) -> bool:
    """A person written "Фамилия Имя Отчество" in one field (contact.person)."""
    parts = name_words(value)
    if len(parts) < 2:
        return False
    return match_person(said, parts[0], parts[1], parts[2] if len(parts) > 2 else None)


# card field (indices as [*]) -> how what the caller said is compared with it
_VALUE_CHECKS: dict[str, Callable[[str, Any], bool]] = {
    "msisdn": same_phone,
    "city_number": same_phone,
    "numbers[*].msisdn": same_phone,
    "contact.phone": same_phone,
    "owner.last_name": _role_checker(SURNAME),
    "owner.first_name": _role_checker(FIRST_NAME),
    "owner.middle_name": _role_checker(PATRONYMIC),
    "de.first_name": _role_checker(FIRST_NAME),
    "de.middle_name": _role_checker(PATRONYMIC),
    "contact.person": _same_person,
    "owner.passport": same_passport,
    "owner.passport.series": same_digits,
    "owner.passport.number": same_digits,
    "owner.passport.issued_at": same_date,
    "owner.birth_date": same_date,
    "contract.number": same_digits,
    "email": same_email,
    "contact.email": same_email,
    "addresses.registration": same_address,
    "addresses.legal": same_address,
    "addresses.billing": same_address,
    "addresses.delivery": same_address,
}
# Card fields holding a phone number (the call's own number among them).
PHONE_FIELDS = frozenset(field for field, check in _VALUE_CHECKS.items() if check is same_phone)
_WHOLE_CARD_CHECKS: dict[str, Callable[[str, dict], bool]] = {
    "full_name": match_full_name,
    "owner.full_name": match_full_name,
    "organization": match_organization,
    "owner.organization": match_organization,
}
CONFIRMABLE_FIELDS = frozenset(_VALUE_CHECKS) | frozenset(_WHOLE_CARD_CHECKS)


def stated_number(field: str, value: Any) -> str | None:
    """The number a phone field holds or a caller said, in the one form both are compared in (`same_phone`): what
    a confirmation binds (Инструкция запретов, п. 5 — the number the caller stated, not the field it sits in).
    None for a field that is no phone, or a value with no digits."""
    if re.sub(r"\[\d+\]", "[*]", field) not in PHONE_FIELDS or value is None or isinstance(value, (bool, dict, list)):
        return None
    number = phone_digits(said_digits(str(value)))
    return number or None


def stated_number_at(field: str, card: dict) -> str | None:
    """The number at `field` of the card as it is now, in `stated_number`'s form."""
    return stated_number(field, _value_at(card, field))


def match_value(field: str, said: str, card: dict) -> bool:
    """Whether the caller stated `field` of the card correctly (for /confirm). Never reveals the value.
    Raises ValueError for a field that cannot be confirmed; a field the card leaves empty never matches."""
    whole = _WHOLE_CARD_CHECKS.get(field)
    if whole is not None:
        return bool(said and said.strip()) and whole(said, card)
    check = _VALUE_CHECKS.get(re.sub(r"\[\d+\]", "[*]", field))
    if check is None:
        raise ValueError(f"{field!r} cannot be confirmed; one of: {', '.join(sorted(CONFIRMABLE_FIELDS))}")
    value = _value_at(card, field)
    if value is None or value is IN_DOUBT or value == "" or not said or not said.strip():
        return False
    return check(said, value)


def _value_at(card: dict, field: str) -> Any:
    """The card's value at `field`; an owner's fact as the owner's one reading states it (guard/policy/owner.py):
    under any spelling of its key, IN_DOUBT when stated two ways (never matched), OwnerUnreadable in a shape no
    reader reads."""
    owner_field = _OWNER_FIELDS.get(field)
    if owner_field is not None:
        fact, part = owner_field
        reading = owner_reading(card)
        if fact in NAME_PARTS:
            name = reading.readable(*NAME_PARTS, FULL_NAME).name()
            return IN_DOUBT if name is IN_DOUBT else name[NAME_PARTS.index(fact)]
        value = reading.readable(fact).one(fact)
        return value if part is None or value is IN_DOUBT else passport_part(value, part)
    try:
        value = resolve(card, parse_path(field))
    except PathSyntaxError:
        return None
    return None if value is MISSING else value


# The owner's fields /confirm compares: (fact, part of the passport)
_OWNER_FIELDS = {"owner.last_name": (facts.LAST_NAME, None), "owner.first_name": (facts.FIRST_NAME, None),
                 "owner.middle_name": (facts.MIDDLE_NAME, None), "owner.birth_date": (facts.BIRTH_DATE, None),
                 "owner.passport": (PASSPORT, None), "owner.passport.series": (PASSPORT, "series"),
                 "owner.passport.number": (PASSPORT, "number"), "owner.passport.issued_at": (PASSPORT, "issued_at")}
