"""LOGIN: a customer's login, user name or nickname — "логин в ЛК petr_ivanov", "ник ivanov1980", "username: p.ivanov".

A credential to the customer's personal account (Инструкция запретов, п. 24) and, often, their name in Latin letters. A
Latin word of that shape is anything anywhere, so a login word must be right before it; after one the word is masked
whatever it says — card-aware scrubbing alone masked a login only when it held the hidden surname, so a comment told a
right guess from a wrong one (red team round 27).
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind

# A login's shape: Latin letters (one lowercase at least), digits, ".", "_", "-"; not part of an e-mail address.
LOGIN_REGEX = r"(?<![\w@.\-])(?=[\w.\-]*[a-z])[A-Za-z0-9][A-Za-z0-9._\-]{2,39}(?![\w@])"
# The words that name a login, whole: "ник" is not "никто", "логин" is "логином" too.
LOGIN_WORDS = (r"(?<![а-яёa-z])(?:логин\w*|login|ник|никнейм\w*|nick(?:name)?|user\s?name|юзернейм\w*|аккаунт\w*"
               r"|учётк\w*|учетк\w*|учётн\w+\s+запис\w+|учетн\w+\s+запис\w+)(?![а-яёa-z])")


def canonical(value: str) -> str:
    return value.strip().lower()


class LoginRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("login", LOGIN_REGEX, 0.3)]
    CONTEXT_PATTERN = LOGIN_WORDS
    WINDOW_BEFORE = 30
    REQUIRES_CONTEXT = True
    CANDIDATES_ARE_PATTERN_MATCHES = True


KIND = Kind("LOGIN", (LoginRecognizer,), canonical, hint=LOGIN_WORDS)
