"""Word lists several kinds and both policies read, kept once: month stems, legal forms, initials, Latin-to-Cyrillic.

Street words live with the address kind (recognizers/address.STREET_WORDS); what a phone number is,
with the phone kind (recognizers/phone.py).
"""
from __future__ import annotations

import re

# The stems every case of a month's name begins with, January first ("марта", "мае" -> "март", "ма").
MONTH_STEMS: tuple[str, ...] = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
                                "ноябр", "декабр")

# Legal forms around an organization's name: "ООО «Ромашка»" is Ромашка, "ИП Ковалёв" is Ковалёв.
LEGAL_FORMS: frozenset[str] = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "ип", "пбоюл", "нко", "ано", "фгуп", "гуп", "муп", "тоо",
    "ltd", "llc", "inc",
})

# A surname with initials: "Иванов И.П.", "Иванов И." (the surname is group 1) and "И.П. Иванов".
INITIALS_AFTER = re.compile(
    r"(?<![\w.])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?(?![а-яёА-ЯЁ])")
INITIALS_BEFORE = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w])")
# Initials glued to a surname or spoken as letters, any case: "в.зворыкина", "а с пушкина".
INITIALS_LOOSE = re.compile(
    r"(?<![\w.])(?P<initials>[а-яёА-ЯЁ](?:\.\s?|\s)(?:[а-яёА-ЯЁ](?:\.\s?|\s))?)(?P<surname>[а-яёА-ЯЁ][а-яё]{2,})(?![\w])")

# Latin spellings of Russian and neighbouring names back to Cyrillic, longest first. "sch" is ш (Schneider,
# Schmidt: the names that are spelled so); a Russian щ is written "shch".
TRANSLIT: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tz", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("iy", "ий"), ("yi", "ый"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("y", "ы"),
    ("x", "кс"), ("q", "к"))
_TRANSLIT_RE = re.compile("|".join(latin for latin, _ in TRANSLIT))
_TRANSLIT_MAP = dict(TRANSLIT)


def latin_to_cyrillic(word: str) -> str:
    """The usual Russian reading of a Latin word, lowercase: "ivanov" -> "иванов", "schmidt" -> "шмидт"."""
    return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group()], word.lower())
