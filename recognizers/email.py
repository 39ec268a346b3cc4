"""EMAIL_ADDRESS: written ("ivan.petrov@mail.ru") and spoken ("иван точка петров собака мейл точка ру").

Presidio's EmailRecognizer validates domains with tldextract, which tries to
download the public suffix list at run time; we must work offline, so the
written shape is checked with a plain pattern instead.
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import ContextPatternRecognizer

WRITTEN = r"(?<![\w.+\-])[\w.+\-]{1,64}\s?@\s?[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}(?![\w\-])"

_WORD = r"[a-zа-яё0-9]{1,30}"
_JOINER = r"(?:точка|тире|дефис|нижнее\s+подч[её]ркивание|подч[её]ркивание|подч[её]рк)"
_AT = r"(?:собака|собачка|эт|at)"
# local part: words chained by spoken dots/dashes; the domain needs at least one "точка"
SPOKEN = (r"(?<![\w])" + _WORD + r"(?:\s+" + _JOINER + r"\s+" + _WORD + r"){0,4}"
          + r"\s+" + _AT + r"\s+" + _WORD + r"(?:\s+(?:точка|тире|дефис)\s+" + _WORD + r"){1,3}(?![\w])")


class EmailRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("email_written", WRITTEN, 0.9), Pattern("email_spoken", SPOKEN, 0.85)]
    CONTEXT = ("почт", "email", "e-mail", "мейл", "имейл", "емейл", "ящик")
