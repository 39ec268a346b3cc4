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


def restriction_codes(note: str) -> frozenset[str]:
    """The restriction codes a Flash note written in words means (none for a note that names no protected thing)."""
    if not _BAN.search(note):
        return frozenset()
    return frozenset(code for code, subject in _SUBJECTS.items() if subject.search(note))
