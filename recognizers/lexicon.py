"""Word lists several kinds and both policies read, kept once: month stems and names, legal forms, initials,
Latin-to-Cyrillic.

Street words and the words naming an address's parts live with the address kind (recognizers/address.py:
STREET_WORDS, ADDRESS_PART_WORDS); what a phone number is, with the phone kind (recognizers/phone.py); item 9's
service numbers are policy data (policies/lists.yaml).
"""
from __future__ import annotations

import re

# The stems every case of a month's name begins with, January first ("марта", "мае" -> "март", "ма").
MONTH_STEMS: tuple[str, ...] = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
                                "ноябр", "декабр")
# The genitive a date is written with and the nominative, January first: ("марта", "март"), ("мая", "май").
_MONTH_NAMES_IRREGULAR = {"март": ("марта", "март"), "ма": ("мая", "май"), "август": ("августа", "август")}
MONTH_NAMES: tuple[tuple[str, str], ...] = tuple(_MONTH_NAMES_IRREGULAR.get(stem, (stem + "я", stem + "ь"))
                                                 for stem in MONTH_STEMS)
# Written abbreviations of a month in a date: "5 сент. 1990".
MONTH_ABBREVIATIONS: tuple[str, ...] = ("янв", "фев", "мар", "апр", "авг", "сен", "сент", "окт", "ноя", "дек")

# Legal forms around an organization's name: "ООО «Ромашка»" is Ромашка, "ИП Ковалёв" is Ковалёв.
LEGAL_FORMS: frozenset[str] = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "ип", "пбоюл", "нко", "ано", "фгуп", "гуп", "муп", "гбу", "мбу", "тоо",
    "ltd", "llc", "inc",
})
# A sole proprietor's form is followed by a person's name ("ИП Ковалёв Иван"): personal data, not a company.
SOLE_PROPRIETOR_FORMS: frozenset[str] = frozenset({"ип", "пбоюл"})

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
