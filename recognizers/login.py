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
# A profile link names its account wherever it stands (red team bb4 F12): "https://t.me/kulakov80", "ok.ru/profile/5728…",
# "vk.com/id123", "instagram.com/kulakov80"; the account is what follows the site (the site itself is no one's).
PROFILE_SITES = (r"t\.me|telegram\.(?:me|org)|wa\.me|vk\.(?:com|ru)|m\.vk\.com|ok\.ru(?:/profile)?|odnoklassniki\.ru"
                 r"|instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com/@?|youtube\.com/@?|viber\.click"
                 r"|my\.mail\.ru/(?:mail|inbox|bk|list)|dzen\.ru|zen\.yandex\.ru|linkedin\.com/in|github\.com|habr\.com/ru/users")
PROFILE_REGEX = (r"(?<![\w.\-/])(?:https?://)?(?:www\.)?(?:" + PROFILE_SITES + r")/\s?([A-Za-z0-9_.\-+@]{2,64})(?![\w\-])")
_PROFILE = re.compile(PROFILE_REGEX, re.IGNORECASE)
# A handle said aloud after a messenger's or a login's word: one or two Russian words and a number ("мой телеграм
# кулаков восемьдесят", "логин в вотсапе кулаков восемьдесят" — spoken digits are digits by then), or words joined by a
# spoken dot or underscore ("ник иван точка петров"). A number is what makes it a handle and not talk about the
# messenger ("телеграм не работает"); the words between are masked with it.
_SPOKEN_JOINER = r"(?:точка|нижнее\s+подч[её]ркивание|подч[её]ркивание|тире|дефис)"
_HANDLE_WORDS = r"(?<!\w)(?:логин\w*|login|ник|никнейм\w*|nick(?:name)?|user\s?name|юзернейм\w*|" + MESSENGER_WORDS + r")(?!\w)"
_SPOKEN_HANDLE = (r"(?:" + _HANDLE_WORDS + r")(?:\s+(?:в|во|на|из)\s+(?:" + MESSENGER_WORDS + r"))?[\s:,\-]*"
                  r"((?:(?!(?:не|нет|через|по|на|в|и|а|или|это|номер|телефон\w*)\s)[а-яё]{2,20}\s+){1,2}\d{1,6}(?!\d)"
                  r"|[а-яёa-z]{2,20}(?:\s+" + _SPOKEN_JOINER + r"\s+[а-яёa-z0-9]{1,20}){1,3})")
_SPOKEN = re.compile(_SPOKEN_HANDLE, re.IGNORECASE)


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


class ProfileLinkRecognizer(ContextPatternRecognizer):
    """The account in a profile link, and a handle said aloud after its word: trimmed to the account's name."""
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("profile_link", PROFILE_REGEX, 0.85), Pattern("spoken_handle", _SPOKEN_HANDLE, 0.85)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims its patterns' matches to the account

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            piece = text[result.start:result.end]
            for regex in (_PROFILE, _SPOKEN):
                match = regex.fullmatch(piece)
                if match:
                    result.start, result.end = result.start + match.start(1), result.start + match.end(1)
                    break
        return [result for result in results if not _talk_about_it(text[result.start:result.end])]


def _talk_about_it(value: str) -> bool:
    """Is a handle said aloud rather words about the messenger ("телеграм установил 2 дня назад", "ник сменил 3 раза")?
    Its first word names nothing in any reading (guard.morph.names_nothing)."""
    from guard.morph import names_nothing

    if not re.fullmatch(r"[а-яё]+\s+(?:[а-яё]+\s+)?\d+", value, re.IGNORECASE):
        return False
    return names_nothing(value.split()[0])


KIND = Kind("LOGIN", (LoginRecognizer, HandleRecognizer, ProfileLinkRecognizer), canonical,
            hint=LOGIN_WORDS + "|" + HANDLE_REGEX + "|" + PROFILE_SITES)
