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
# Latin letters spelled out in Russian: "бэ ка" is "bk", "эм тэ эс" is "mts".
_LETTER = (r"(?:[a-zа-яё]|бэ|вэ|гэ|дэ|жэ|зэ|ка|эль|эл|эм|эн|пэ|эр|эс|тэ|эф|ха|цэ|че|ша|икс|игрек|зет|"
           r"джей|кей|ай|би|си|ди|ви|эй)")
_JOINER = r"(?:точка|тире|дефис|нижнее\s+подч[её]ркивание|подч[её]ркивание|подч[её]рк)"
_AT = r"(?:собака|собачка|эт|at)"
# local part: words chained by spoken dots/dashes (maybe an initial before, digits after);
# the domain may be spelled letter by letter and needs at least one "точка"
SPOKEN = (r"(?<![\w])(?:" + _LETTER + r"\s+)?" + _WORD + r"(?:\s+" + _JOINER + r"\s+" + _WORD + r"){0,4}(?:\s+\d{1,4}){0,3}"
          + r"\s+" + _AT + r"\s+" + _WORD + r"(?:\s+" + _LETTER + r"){0,3}"
          + r"(?:\s+(?:точка|тире|дефис)\s+" + _WORD + r"){1,3}(?![\w])")


class EmailRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("email_written", WRITTEN, 0.9), Pattern("email_spoken", SPOKEN, 0.85)]
    CONTEXT = ("почт", "email", "e-mail", "мейл", "имейл", "емейл", "ящик")
