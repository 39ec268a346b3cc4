"""LOGIN: a customer's login, user name, nickname or messenger handle — "логин в ЛК petr_ivanov", "ник ivanov1980",
"username: p.ivanov", "мой телеграм @ivan_petrov88".

A credential to the customer's personal account (Инструкция запретов, п. 24) and, often, their name in Latin letters. A
Latin word of that shape is anything anywhere, so a login word must be right before it; after one the word is masked
whatever it says — card-aware scrubbing alone masked a login only when it held the hidden surname, so a comment told a
right guess from a wrong one (red team round 27).
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind

# A login's shape: Latin letters (one lowercase at least), digits, ".", "_", "-"; not part of an e-mail address.
LOGIN_REGEX = r"(?<![\w@.\-])(?=[\w.\-]*[a-z])[A-Za-z0-9][A-Za-z0-9._\-]{2,39}(?![\w@])"
# Messengers and social networks: the account named after one is a login too ("мой телеграм @ivan_petrov88", "скайп
# ivan.petrov88", red team bb2).
MESSENGER_WORDS = (r"телеграм\w*|телег[аеиу]|тг|tg|telegram|инстаграм\w*|инст[аеуы]?|instagram|insta|скайп\w*|skype"
                   r"|вк|vk|вконтакт\w*|whats\s?app|ватсап\w*|вотсап\w*|вацап\w*|viber|вайбер\w*|discord|дискорд\w*"
                   r"|twitter|твиттер\w*|тикток\w*|tiktok|facebook|фейсбук\w*|threads|личк[аеиу]")
# The words that name a login, whole: "ник" is not "никто", "логин" is "логином" too; "tg" inside an id
# ("rjl7246tg4wt3uaiikua", a request id in a log line) is no word.
LOGIN_WORDS = (r"(?<!\w)(?:логин\w*|login|ник|никнейм\w*|nick(?:name)?|user\s?name|юзернейм\w*|аккаунт\w*"
               r"|учётк\w*|учетк\w*|учётн\w+\s+запис\w+|учетн\w+\s+запис\w+|" + MESSENGER_WORDS + r")(?!\w)")
# A handle written with its "@" ("@ivan_petrov88") names an account wherever it stands: no login word is needed. Never
# the "@" of an e-mail address (a word character or a dot before it).
HANDLE_REGEX = r"(?<![\w@.+\-])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_](?![\w@]|\.\w)"
_LOGIN_WORD = re.compile(LOGIN_WORDS, re.IGNORECASE)


def canonical(value: str) -> str:
    return value.strip().lower()


class LoginRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("login", LOGIN_REGEX, 0.3)]
    CONTEXT_PATTERN = LOGIN_WORDS
    WINDOW_BEFORE = 30
    REQUIRES_CONTEXT = True
    CANDIDATES_ARE_PATTERN_MATCHES = True

    def validate_result(self, pattern_text: str) -> bool | None:
        # the login word itself ("whatsapp/telegram: @petrov_i") names the account, it is none
        return False if _LOGIN_WORD.fullmatch(pattern_text) else None


class HandleRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("handle", HANDLE_REGEX, 0.6)]
    CONTEXT_PATTERN = LOGIN_WORDS
    CANDIDATES_ARE_PATTERN_MATCHES = True


KIND = Kind("LOGIN", (LoginRecognizer, HandleRecognizer), canonical, hint=LOGIN_WORDS + "|" + HANDLE_REGEX)
