"""Whether a card contradicts itself about its owner: a second owner record that names another person or gender.

A CRM may write the owner again beside `owner` — an `owners` list, an `owner` inside a `numbers` entry or a history
record. When such a record states a fact of the owner (a name part, the gender, the organization, the birth date, the
passport) or of the owner's contract (`client_type`, `payment_type`, a `status`) otherwise than the card's own
`owner` (or the card, or its `contract`), the card does not say whose contract it is: every owner fact and the
contract's kind are in doubt, and no rule that opens on them opens (docs/interfaces.md §3, the stricter reading;
Инструкция запретов, п. 6: the last 4 digits only when the owner's gender is certain; red team bb21, f07). So are
they when one owner record, the card's own `owner` too, states a fact twice under two spellings of its key with two
values ("gender": "female" beside "Gender": "male" or "sex": "male"; red team bb26, f03).
guard/policy/conditions.field_value reads the card's owner facts through `owner_in_doubt`.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

# The keys a CRM writes an owner record under (any case, "_"/"-" or none: "Owners", "owner-records" is not one)
OWNER_KEYS = frozenset({"owner", "owners", "holder", "holders", "subscriber", "subscribers", "abonent", "abonents"})
# One fact under the names CRMs give it (folded keys): a record that writes "sex" or "lastName" states the owner's
# "gender" or "last_name" all the same
_SAME_FACT = {"sex": "gender", "surname": "lastname", "familyname": "lastname", "givenname": "firstname",
              "name": "firstname", "patronymic": "middlename", "secondname": "middlename", "fio": "fullname"}
_DEPTH = 8  # how deep a card's nesting is searched for owner records (a card is a few levels deep)
_FOLD = re.compile(r"[\W_]+")


def _key(key: Any) -> str:
    return _FOLD.sub("", key.casefold()) if isinstance(key, str) else ""


def _spelled(value: Any) -> str:
    """A fact as one spelling: without case, ё, spaces or punctuation ("Лисицын", "ЛИСИЦЫН ", "лисицын" are one)."""
    return _FOLD.sub("", str(value).casefold().replace("ё", "е"))


def owner_records(card: Any) -> Iterator[dict]:
    """Every owner record the card writes besides its own `owner`: under an owner key at any depth, one record or a
    list of them."""
    def walk(node: Any, depth: int, top: bool) -> Iterator[dict]:
        if depth > _DEPTH:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if _key(key) in OWNER_KEYS and not (top and key == "owner"):
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


def _fact(key: Any) -> str:
    folded = _key(key)
    return _SAME_FACT.get(folded, folded)


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
    twice, otherwise (see the module's docstring)."""
    if not isinstance(card, dict):
        return False
    owner = card.get("owner")
    owner = owner if isinstance(owner, dict) else {}
    contract = card.get("contract") if isinstance(card.get("contract"), dict) else {}
    card_facts = {key: value for key, value in card.items() if isinstance(value, (str, int, float, bool))}
    return _states_twice(owner) or any(_states_twice(record) or _contradicts(record, owner, (card_facts, contract))
                                       for record in owner_records(card))


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
