"""The card's owner as one reading, and whether the card contradicts itself about its owner.

One reading of the owner's facts (red team bb27, f06): the card's own owner record — the top-level mapping `owner` (or,
when the card writes none, the first under another spelling: "Owner", "OWNER", "владелец"), its own keys only (a mapping
nested in it — a trusted person, bank details — is another's record and states no fact of the owner: review 52), and a
top-level key flattening it ("owner_middle_name", "ownerPatronymic") — states each fact under any spelling of its key:
case, "_"/"-", camelCase, full-width or look-alike letters (termination.key_code, the reading the card's kind, the
contract's end and the Flash are read with), and the names CRMs give it (`_SAME_FACT`: "patronymic", "second_name",
"отчество", "otchestvo" are the patronymic; "sex", "пол" the gender; "orgName", "company" the organization). A lone word
the dictionary reads as a patronymic under a key guard does not know is a patronymic too, and a full name ("full_name",
"fio") states the name's parts it writes: its words beyond the parts' own fill the parts the keys leave empty ("Иванов
Пётр Сергеевич" beside `middle_name: null` is a patronymic); an initial is never a part ("Иванов П. С." with no first
name is in doubt: review 52). A fact stated twice otherwise, or a full name whose words are not the parts', is in doubt;
a name, gender, date or organization written as an object, a list or a number is unreadable. Identification
(guard/identification.py) and the card policy (conditions.field_value) both read the owner through `owner_reading`.

A CRM may also write the owner again beside `owner` — an `owners` list, a second top-level "Owner", an `owner` inside a
`numbers` entry or a history record. When such a record states a fact of the owner (a name part, the gender, the
organization, the birth date, the passport) or of the owner's contract (`client_type`, `payment_type`, a `status`)
otherwise than the card's own `owner` (or the card, or its `contract`), the card does not say whose contract it is:
every owner fact and the contract's kind are in doubt, and no rule that opens on them opens (docs/interfaces.md §3, the
stricter reading; Инструкция запретов, п. 6: the last 4 digits only when the owner's gender is certain; red team bb21,
f07). So are they when one owner record, the card's own `owner` too, states a fact twice under two spellings of its key
with two values ("gender": "female" beside "Gender": "male" or "sex": "male"; red team bb26, f03), and when the one
reading finds a fact in doubt or unreadable.
guard/policy/conditions.field_value reads the card's owner facts through `owner_in_doubt` and `owner_reading`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import permutations
from typing import Any, Iterator

from guard.policy.termination import key_code

# The keys a CRM writes an owner record under (any case, "_"/"-" or none: "Owners", "owner-records" is not one)
OWNER_KEYS = frozenset({"owner", "owners", "holder", "holders", "subscriber", "subscribers", "abonent", "abonents"})
# The card's own owner record: the top-level mapping under one of these keys, in any spelling
OWN_OWNER_KEYS = frozenset({"owner", "владелец"})

LAST_NAME, FIRST_NAME, MIDDLE_NAME, FULL_NAME = "lastname", "firstname", "middlename", "fullname"
GENDER, BIRTH_DATE, ORGANIZATION, PASSPORT = "gender", "birthdate", "organization", "passport"
NAME_PARTS = (LAST_NAME, FIRST_NAME, MIDDLE_NAME)
# The facts the one reading reads (what identification compares and the policy asks): each read as text, the
# passport as a record or its digits
FACTS = frozenset({*NAME_PARTS, FULL_NAME, GENDER, BIRTH_DATE, ORGANIZATION, PASSPORT})
# One fact under the names CRMs give it (keys as termination.key_code reads them): a record that writes "sex" or
# "lastName" states the owner's "gender" or "last_name" all the same
_SAME_FACT = {
    "surname": LAST_NAME, "familyname": LAST_NAME, "фамилия": LAST_NAME,
    "givenname": FIRST_NAME, "name": FIRST_NAME, "имя": FIRST_NAME,
    "patronymic": MIDDLE_NAME, "patronym": MIDDLE_NAME, "secondname": MIDDLE_NAME, "middle": MIDDLE_NAME,
    "отчество": MIDDLE_NAME,
    "fio": FULL_NAME, "фио": FULL_NAME, "полноеимя": FULL_NAME,
    "sex": GENDER, "пол": GENDER,
    "dateofbirth": BIRTH_DATE, "dob": BIRTH_DATE, "birthday": BIRTH_DATE, "датарождения": BIRTH_DATE,
    "organisation": ORGANIZATION, "orgname": ORGANIZATION, "org": ORGANIZATION, "company": ORGANIZATION,
    "companyname": ORGANIZATION, "organizationname": ORGANIZATION, "organisationname": ORGANIZATION,
    "legalname": ORGANIZATION, "организация": ORGANIZATION, "наименование": ORGANIZATION,
    "компания": ORGANIZATION,
    "паспорт": PASSPORT,
}
_DEPTH = 8  # how deep a card's nesting is searched for owner records (a card is a few levels deep)
_FOLD = re.compile(r"[\W_]+")


def _key(key: Any) -> str:
    return key_code(key) if isinstance(key, str) else ""


def _spelled(value: Any) -> str:
    """A fact as one spelling: without case, ё, spaces or punctuation ("Лисицын", "ЛИСИЦЫН ", "лисицын" are one)."""
    return _FOLD.sub("", str(value).casefold().replace("ё", "е"))


def own_owner_key(card: Any) -> Any:
    """The key of the card's own owner record: `owner` itself when the card writes it, else the first top-level key
    spelling it ("Owner", "владелец") whose value is a mapping; None when there is none. Every other top-level record
    under a spelling of `owner` is a second owner record, compared with it (review 52, finding 2)."""
    if not isinstance(card, dict):
        return None
    if "owner" in card:
        return "owner"
    return next((key for key, value in card.items() if _key(key) in OWN_OWNER_KEYS and isinstance(value, dict)), None)


def owner_records(card: Any) -> Iterator[dict]:
    """Every owner record the card writes besides its own `owner` (`own_owner_key`): under an owner key at any depth,
    one record or a list of them — a second top-level record spelled "Owner" or "OWNER" too."""
    own_key = own_owner_key(card)

    def walk(node: Any, depth: int, top: bool) -> Iterator[dict]:
        if depth > _DEPTH:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if (_key(key) in OWNER_KEYS or top and _key(key) in OWN_OWNER_KEYS) \
                        and not (top and key == own_key):
                    yield from _records(value)
                yield from walk(value, depth + 1, False)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item, depth + 1, False)

    yield from walk(card, 0, True)


def _records(value: Any) -> Iterator[dict]:
    if isinstance(value, dict):
        yield value
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                yield item


@lru_cache(maxsize=4096)
def _fact(key: Any) -> str:
    """The fact a key names under any spelling: its code (termination.key_code), one of `_SAME_FACT`'s names, or the
    same in Cyrillic for a key transliterated ("otchestvo", "familiya", "data_rozhdeniya")."""
    folded = _key(key)
    if folded in _SAME_FACT:
        return _SAME_FACT[folded]
    if folded.isascii() and folded.isalpha():
        from guard.recognizers.lexicon import latin_to_cyrillic  # the one transliteration table

        cyrillic = latin_to_cyrillic(folded).replace("йа", "я").replace("йу", "ю")
        return _SAME_FACT.get(cyrillic, folded)
    return folded


def _full_name(facts: dict) -> str:
    return _spelled("".join(str(facts.get(k) or "") for k in ("lastname", "firstname", "middlename")))


def _contradicts(record: dict, mine: dict, fallbacks: tuple[dict, ...]) -> bool:
    """Whether `record` states a fact otherwise than `mine` (or, for a key `mine` lacks, the first of `fallbacks`
    that writes it), keys read as one fact under any spelling (_SAME_FACT; a full name against the name's parts): a
    nested object (the passport) compared the same way; an absent or empty fact says nothing. A record that states
    facts none of which the card writes to compare with is in doubt too: it may name someone else (fail closed)."""
    facts = {_fact(key): value for key, value in mine.items()}
    others = [{_fact(key): value for key, value in fallback.items()} for fallback in fallbacks]
    stated = compared = 0
    for key, other in record.items():
        key = _fact(key)
        if other is None or other == "" or key in OWNER_KEYS:
            continue
        if key == "fullname" and isinstance(other, str):
            stated += 1
            own_name = _full_name(facts)
            if own_name:
                compared += 1
                if own_name != _spelled(other):
                    return True
            continue
        own = facts.get(key) if key in facts else next((f[key] for f in others if key in f), None)
        if isinstance(other, dict):
            if isinstance(own, dict) and _contradicts(other, own, ()):
                return True
            continue
        if isinstance(other, list):
            continue
        stated += 1
        if own is None or own == "" or isinstance(own, (dict, list)):
            continue
        compared += 1
        if _spelled(own) != _spelled(other):
            return True
    return bool(stated) and not compared


def owner_in_doubt(card: Any) -> bool:
    """Whether another owner record in the card contradicts the card's `owner`, or one owner record states a fact
    twice, otherwise, or the one reading finds a fact in doubt or unreadable (see the module's docstring)."""
    if not isinstance(card, dict):
        return False
    reading = owner_reading(card)
    if reading.in_doubt():
        return True
    own_key = own_owner_key(card)
    own = [card[own_key]] if own_key is not None and isinstance(card[own_key], dict) else []
    # the owner's facts as the one reading states them, beside the record's other keys (its contract's kind)
    mine: dict[str, Any] = {_fact(key): value for record in own for key, value in record.items()}
    mine.update({fact: reading.one(fact) for fact in reading.stated if fact != FULL_NAME})
    name = reading.name()
    if not isinstance(name, _InDoubt):
        mine.update(zip(NAME_PARTS, name))
    contract = card.get("contract") if isinstance(card.get("contract"), dict) else {}
    card_facts = {key: value for key, value in card.items() if isinstance(value, (str, int, float, bool))}
    return any(_states_twice(record) for record in own) or any(
        _states_twice(record) or _contradicts(record, mine, (card_facts, contract)) for record in owner_records(card))


def _states_twice(record: dict) -> bool:
    """Whether one record writes one fact under two spellings of its key with two values ("gender": "female" beside
    "Gender": "male" or "sex": "male"; red team bb26, f03): every record of the owner's gender is one reading, and
    which of the two holds the card does not say (the stricter reading)."""
    stated: dict[str, str] = {}
    for key, value in record.items():
        if value is None or value == "" or isinstance(value, (dict, list)):
            continue
        fact = _fact(key)
        if stated.setdefault(fact, _spelled(value)) != _spelled(value):
            return True
    return False


# --- the one reading of the card's own owner ---------------------------------------------------------------------

class _InDoubt:
    """A card field whose value the card itself contradicts: no test's expected value equals it (`equals`, `in` fail,
    so a rule that opens something on it does not open), and a restriction test reads it as unreadable — restricting
    (`contains`). Fields that disagree decide for the stricter reading (red team bb17, 09)."""

    def __repr__(self) -> str:
        return "IN_DOUBT"


IN_DOUBT = _InDoubt()


class OwnerUnreadable(ValueError):
    """The card writes a fact of the owner in a shape no reader reads (a name as an object, a list or a number): a bad
    CRM answer. The message names the fact, never its value."""


_TEXT_FACTS = FACTS - {PASSPORT}
_FACT_NAMES = {LAST_NAME: "surname", FIRST_NAME: "first name", MIDDLE_NAME: "patronymic", FULL_NAME: "full name",
               GENDER: "gender", BIRTH_DATE: "birth date", ORGANIZATION: "organization", PASSPORT: "passport"}


@dataclass(frozen=True)
class OwnerReading:
    """Every value the card's own owner record states for each fact (`FACTS`), under any spelling of its key, in the
    card's order, and the facts stated in a shape no reader reads."""

    stated: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    unreadable: frozenset[str] = frozenset()

    def one(self, fact: str) -> Any:
        """The fact's one value: None when the card states none, IN_DOUBT when it states two (compared as one
        spelling: case, ё, spaces and punctuation aside) or one no reader reads."""
        ones = self._ones
        if fact not in ones:
            ones[fact] = self._one(fact)
        return ones[fact]

    @cached_property
    def _ones(self) -> dict[str, Any]:
        return {}

    def _one(self, fact: str) -> Any:
        if fact in self.unreadable:
            return IN_DOUBT
        values = self.stated.get(fact, ())
        if fact == PASSPORT:
            spellings = {_passport_digits(value) for value in values}
        else:
            spellings = {_spelled(value) for value in values}
        if len(spellings) > 1 or None in spellings:
            return IN_DOUBT
        return values[0] if values else None

    def readable(self, *facts: str) -> "OwnerReading":
        """Itself, when none of `facts` is unreadable; else OwnerUnreadable naming the first (identification answers
        a bad CRM answer as one: 502 with the reason)."""
        for fact in facts:
            if fact in self.unreadable:
                raise OwnerUnreadable(f"the CRM's card writes the owner's {_FACT_NAMES[fact]} in a shape guard "
                                      "cannot read")
        return self

    def name(self) -> tuple[str | None, str | None, str | None] | _InDoubt:
        """(surname, first name, patronymic) as the card states them (`_name`), read once."""
        return self._name

    @cached_property
    def _name(self) -> tuple[str | None, str | None, str | None] | _InDoubt:
        """(surname, first name, patronymic) as the card states them: each part under any spelling of its key, and
        the words of every full name it writes — a full name's words beyond the parts' own fill the parts the keys
        leave empty, assigned by the dictionary's reading (a patronymic's form to the patronymic, ties in the order
        Фамилия Имя Отчество). IN_DOUBT when two statements disagree: a part stated twice otherwise, a full name
        naming a part otherwise, or more words than the empty parts."""
        parts: dict[str, str | None] = {}
        for part in NAME_PARTS:
            value = self.one(part)
            if value is IN_DOUBT:
                return IN_DOUBT
            parts[part] = value if isinstance(value, str) and _spelled(value) else None
        if FULL_NAME in self.unreadable:
            return IN_DOUBT
        for full in self.stated.get(FULL_NAME, ()):
            merged = _merge_full_name(parts, full)
            if merged is None:
                return IN_DOUBT
            parts = merged
        return parts[LAST_NAME], parts[FIRST_NAME], parts[MIDDLE_NAME]

    def in_doubt(self) -> bool:
        """Whether any fact is stated twice otherwise or unreadably, or the name's statements disagree."""
        return bool(self.unreadable) or any(self.one(fact) is IN_DOUBT for fact in self.stated) \
            or self.name() is IN_DOUBT


def owner_fact_of(key: Any) -> str | None:
    """The fact an owner's key names (`owner.gender`, `owner.sex`: "gender"), None for a key of no fact the one
    reading reads (a name's part is read whole only by `OwnerReading.name`)."""
    fact = _fact(key)
    return fact if fact in FACTS and fact not in NAME_PARTS and fact != FULL_NAME else None


def owner_reading(card: Any) -> OwnerReading:
    """The one reading of the card's own owner (see the module's docstring)."""
    stated: dict[str, list[Any]] = {}
    unreadable: set[str] = set()

    def state(fact: str, value: Any) -> None:
        if value is None or value == "" or isinstance(value, str) and not _spelled(value):
            return  # a fact left out, null or empty says nothing
        if fact == PASSPORT:
            readable = isinstance(value, (dict, str))
        else:
            readable = isinstance(value, str)
        if readable:
            stated.setdefault(fact, []).append(value)
        else:
            unreadable.add(fact)

    def read(record: dict) -> None:
        # the owner record's own keys only: a mapping nested in it (a trusted person, bank details, a document type)
        # is another's record and states no fact of the owner (review 52, finding 1); the passport is read whole
        for key, value in record.items():
            fact = _fact(key)
            if fact in FACTS:
                state(fact, value)
            elif isinstance(value, str) and _a_lone_patronymic(value):
                state(MIDDLE_NAME, value)  # a patronymic under a key guard does not know is the patronymic

    if isinstance(card, dict):
        own_key = own_owner_key(card)
        for key, value in card.items():
            code = _key(key)
            if code in OWN_OWNER_KEYS:
                if key == own_key:
                    if isinstance(value, dict):
                        read(value)
                    elif value is not None:
                        # the owner record itself in a shape guard cannot read (a list of owners, a string of JSON):
                        # its name is unreadable — identification answers 502, the policy reads the owner in doubt
                        unreadable.add(FULL_NAME)
                continue  # a second owner record: owner_in_doubt compares it (review 52, finding 2)
            prefix = next((own for own in OWN_OWNER_KEYS if code.startswith(own) and code != own), None)
            if prefix is not None and (fact := _fact(code[len(prefix):])) in FACTS:
                state(fact, value)  # the owner's record flattened into the card: "owner_middle_name"
    return OwnerReading({fact: tuple(values) for fact, values in stated.items()}, frozenset(unreadable))


def _a_lone_patronymic(value: str) -> bool:
    """One word that the dictionary reads as a patronymic in the nominative ("Сергеевич", "Рашидовна")."""
    from guard.document import NAME_WORD
    from guard.morph import parses

    if len(value) > 40:
        return False
    words = NAME_WORD.findall(value)
    return len(words) == 1 and any("Patr" in parse.tag and "nomn" in parse.tag for parse in parses(words[0]))


def _merge_full_name(parts: dict[str, str | None], full: str) -> dict[str, str | None] | None:
    """`parts` with the empty ones filled from a full name's words; None when the full name names a part otherwise (a
    part's word missing from it while it writes another word) or has more words than the empty parts take. A full
    name that says less than the parts ("Иванов Пётр" beside a patronymic) contradicts none of them. An initial is
    never a name part: one the parts do not name ("Иванов П. С." with no first name or patronymic) makes the name
    None too — a part known only by its initial cannot be compared (review 52, finding 3: not matched)."""
    from guard.document import NAME_WORD

    left = NAME_WORD.findall(full)
    spelled_left = [_spelled(word) for word in left]
    unsaid = False  # a part's word the full name does not write
    for part in NAME_PARTS:
        value = parts[part]
        if value is None:
            continue
        for word in NAME_WORD.findall(value):
            spelled = _spelled(word)
            if spelled in spelled_left:
                index = spelled_left.index(spelled)
            else:  # an initial of the part ("Иванов П. С.") names it too
                index = next((i for i, other in enumerate(spelled_left) if len(other) == 1
                              and spelled.startswith(other)), -1)
                if index < 0:
                    unsaid = True
                    continue
            del left[index], spelled_left[index]
    empty = [part for part in NAME_PARTS if parts[part] is None]
    if any(len(word) == 1 for word in spelled_left):
        return None  # an initial left over: the part it stands for is written, but only as an initial
    if left and unsaid or len(left) > len(empty):
        return None
    if not left:
        return parts
    merged = dict(parts)
    merged.update(_assign_roles(left, empty))
    return merged


_ROLE_OF_PART = {LAST_NAME: "Surn", FIRST_NAME: "Name", MIDDLE_NAME: "Patr"}


def _assign_roles(words: list[str], empty: list[str]) -> dict[str, str]:
    """Which empty part each word of a full name is: the assignment the dictionary reads best (a word with a nominative
    reading in the part's role), ties in the order the full name writes them (Фамилия Имя Отчество)."""
    from guard.morph import parses

    def fits(word: str, part: str) -> int:
        role = _ROLE_OF_PART[part]
        return int(any(role in parse.tag and "nomn" in parse.tag for parse in parses(word)))

    best = max(permutations(empty, len(words)),
               key=lambda chosen: sum(fits(word, part) for word, part in zip(words, chosen)))
    return dict(zip(best, words))


def _passport_digits(value: Any) -> str | None:
    """A passport's series and number as one run of digits, read under any spelling of their keys; None when one of
    them is stated twice otherwise."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isdigit())
    digits = []
    for wanted in (_PASSPORT_SERIES, _PASSPORT_NUMBER):
        found = {"".join(ch for ch in str(member) if ch.isdigit()) for key, member in value.items()
                 if _key(key) in wanted and member not in (None, "")}
        if len(found) > 1:
            return None
        digits.append(next(iter(found), ""))
    return "".join(digits)


_PASSPORT_SERIES = frozenset({"series", "seria", "seriya", "серия"})
_PASSPORT_NUMBER = frozenset({"number", "nomer", "номер", "num", "no"})


def passport_part(passport: Any, part: str) -> Any:
    """`series` or `number` of a passport record under any spelling of its key (IN_DOUBT when stated twice
    otherwise), or its `issued_at` as written."""
    if not isinstance(passport, dict):
        return None
    wanted = {"series": _PASSPORT_SERIES, "number": _PASSPORT_NUMBER}.get(part, frozenset({_key(part)}))
    found = [member for key, member in passport.items() if _key(key) in wanted and member not in (None, "")]
    if len({_spelled(member) for member in found}) > 1:
        return IN_DOUBT
    return found[0] if found else None
