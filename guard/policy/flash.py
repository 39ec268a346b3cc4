"""What a Flash restriction means however the CRM writes it: the code (`no_contact_person`) or a note in words
("Запрет: контактное лицо", "запрет на сообщение ФИО контактного лица"; red team bb6, 04). The card policy's
`contains` test (guard/policy/conditions.py) asks here, so no rule depends on one spelling.

Fail closed: a note that names what a code protects next to any word of a ban means that code, however loosely it
is worded ("не давать КЛ", "контакт. лицо — нет"): the operator then sees less, never more.
"""
from __future__ import annotations

import re

# A ban in a note: "запрет", "запрещено", "нельзя", "не сообщать", "без", "нет", "no", "do not", "скрыть".
_BAN = re.compile(r"(?<![а-яёa-z])(?:запрет|запрещ|нельзя|не[ \t]+|нет(?![а-яё])|без(?![а-яё])|скры|никому|"
                  r"no(?![a-z])|not(?![a-z])|don'?t|ban|forbid|restrict)", re.IGNORECASE)

# What each code protects, as a note names it.
_SUBJECTS: dict[str, re.Pattern] = {
    # Инструкция запретов, п. 4: the contact person ("контактное лицо", "конт. лицо", "КЛ", "contact person")
    "no_contact_person": re.compile(r"(?<![а-яёa-z])(?:конт(?:актн\w*|\.)?[ \t]*лиц|контакт\w*|кл(?![а-яё])|"
                                    r"contact)", re.IGNORECASE),
}


RESTRICTION_CODES = frozenset(_SUBJECTS)  # the codes a `contains` test reads as restrictions (fail closed on doubt)


def folded(text: str) -> str:
    """A Flash entry as a reader sees it: compatibility forms plain (full-width "ｎｏ＿ｃｏｎｔａｃｔ"), invisible characters
    removed, and a word typed with look-alike letters of the other script read in its own ("nо_contact_person" with a
    Cyrillic «о», "кoнтакт" with a Latin "o"; red team bb22, f08)."""
    from guard.normalize import latin_lookalikes, normalize_unicode  # the normalizer reads the registry, late

    return latin_lookalikes(normalize_unicode(text).text)


def named_codes(entry: str) -> frozenset[str]:
    """The restriction codes whose protected thing a Flash entry names, with or without a word of a ban
    ("contact_person: deny", "contact_person=false", a key `contact_person` set to anything). The Flash is where a
    CRM writes restrictions: an entry about the contact person that the proxy cannot read for certain is read as the
    ban (fail closed; red team bb22, f08)."""
    text = folded(entry)
    return frozenset(code for code, subject in _SUBJECTS.items() if subject.search(text))


def restriction_codes(note: str) -> frozenset[str]:
    """The restriction codes a Flash note written in words means (none for a note that names no protected thing)."""
    note = folded(note)
    if not _BAN.search(note):
        return frozenset()
    return frozenset(code for code, subject in _SUBJECTS.items() if subject.search(note))
