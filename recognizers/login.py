"""LOGIN: a customer's login, user name, nickname or messenger handle — "логин в ЛК petr_ivanov", "ник ivanov1980",
"username: p.ivanov", "мой телеграм @ivan_petrov88".

A credential to the customer's personal account (Инструкция запретов, п. 24) and, often, their name in Latin letters. A
Latin word of that shape is anything anywhere, so a login word must be right before it; after one the word is masked
whatever it says — card-aware scrubbing alone masked a login only when it held the hidden surname, so a comment told a
right guess from a wrong one (red team round 27).
"""
from __future__ import annotations

import re

from guard.analysis import Pattern, ReadOnceAWhole
from guard.morph import parses
from guard.recognizers.base import ContextPatternRecognizer, Kind, make_result
from guard.recognizers.email import GOES_ON_WITH_A_MAILBOX
from guard.nlp import is_known
from guard.normalize import HESITATION
from guard.recognizers.lexicon import ASKING_OR_TELLING, CARRIERS, CHANGE_VERBS, OF_WHAT_WORDS, LATIN_ONLY_LETTER_NAMES, LETTER_NAME_OPENINGS, NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS, SAID_JOINER
from guard.recognizers.lexicon import SPEAKER_TAG, SPELLED_LETTER_WORDS, shorthand

# A login's shape: Latin letters (one lowercase at least), digits, ".", "_", "-"; not part of an e-mail address.
# A Cyrillic label may be glued before it ("логин ЛКvolk_as85"); a word a colon or "=" follows is a field's label, not
# its value ("login:kozel_m email:m.kozel@outlook.com").
LOGIN_REGEX = r"(?<![A-Za-z0-9_@.\-])(?=[\w.\-]*[a-z])[A-Za-z0-9][A-Za-z0-9._\-]{2,39}(?![\w@]|[ \t]?[:=])"
# Messengers and social networks: the account named after one is a login too ("мой телеграм @ivan_petrov88", "скайп
# ivan.petrov88", red team bb2).
MESSENGER_WORDS = (r"телеграм\w*|телег[аеиу]|тг|tg|telegram|инстаграм\w*|инст[аеуы]?|instagram|insta|скайп\w*|skype"
                   r"|вк|vk|вконтакт\w*|whats\s?app|ватсап\w*|вотсап\w*|вацап\w*|viber|вайбер\w*|discord|дискорд\w*"
                   r"|twitter|твиттер\w*|тикток\w*|tiktok|facebook|фейсбук\w*|threads|личк[аеиу]"
                   # the messenger a student from China writes their id in (issue 15, stop 47: "WeChat mengqi_sun0211")
                   r"|wechat|вичат\w*|weixin")
# The words that name a login, whole: "ник" is not "никто", "логин" is "логином" too; "tg" inside an id
# ("rjl7246tg4wt3uaiikua", a request id in a log line) is no word.
# Written in shorthand too ("уч. запись", "юзер"): lexicon.shorthand of the phrases. Not the Latin "user": a chat
# export's speaker label ("user: 2", "bot: Выберите …"), no cue (secret_c33).
LOGIN_PHRASES = ("учётная запись", "юзернейм")
LOGIN_WORDS = (r"(?<!\w)(?:логин\w*|login|ник|(?-i:ник(?:ом|у|е|и|ами))|никнейм\w*|nick(?:name)?|user\s?name|юзернейм\w*|аккаунт\w*"
               r"|учётк\w*|учетк\w*|учётн\w+\s+запис\w+|учетн\w+\s+запис\w+|" + MESSENGER_WORDS + "|" + shorthand(LOGIN_PHRASES)
               + r")(?!\w)")
# A handle written with its "@" ("@ivan_petrov88") names an account wherever it stands: no login word is needed. Never
# the "@" of an e-mail address (a word character or a dot before it).
HANDLE_REGEX = r"(?<![\w@.+\-])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_](?![\w@]|\.\w)"
_LOGIN_WORD = ReadOnceAWhole(re.compile(LOGIN_WORDS, re.IGNORECASE))
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
_SPOKEN_JOINER = SAID_JOINER
_JOINER = re.compile(SAID_JOINER, re.IGNORECASE)
_HANDLE_WORDS = r"(?<!\w)(?:логин\w*|login|ник|никнейм\w*|nick(?:name)?|user\s?name|юзернейм\w*|" + MESSENGER_WORDS + r")(?!\w)"
_SPOKEN_HANDLE = (r"(?:" + _HANDLE_WORDS + r")(?:\s+(?:в|во|на|из)\s+(?:" + MESSENGER_WORDS + r"))?[\s:,\-]*"
                  r"((?:(?!(?:не|нет|через|по|на|в|и|а|или|это|номер|телефон\w*)\s)[а-яё]{2,20}\s+){1,2}\d{1,6}(?!\d)"
                  r"|[а-яёa-z]{2,20}(?:\s+" + _SPOKEN_JOINER + r"\s+[а-яёa-z0-9]{1,20}){1,3})")
_SPOKEN = re.compile(_SPOKEN_HANDLE, re.IGNORECASE)


def canonical(value: str) -> str:
    return value.strip().lower()


_NEAR_LOGIN_WORD = 30  # a login word this close names the Latin word after it, whatever its case
# A login of digits only (a provider's PPPoE login, a personal account's number used as one): six digits or more,
# masked only right after the login word, nothing but a colon, "=" or a dash between ("логин 0847716230", "login=4471230").
NUMERIC_LOGIN_REGEX = r"(?<![\w.,\-+])\d{6,20}(?![\w\-]|[.,]\d)"
_RIGHT_AFTER_LOGIN_WORD = re.compile(LOGIN_WORDS + r"[ \t]*[:=\-—]?[ \t]*$", re.IGNORECASE)
_LOWERCASE = re.compile(r"[a-z]")
# An account signed in under ("зашёл под gleb_k в приложение", "авторизовался под ivanova.m", "входит под kot_77"; red
# team bb9 02): "под" right before the name and, a few words before it, a verb of signing in by its lemma (pymorphy), in
# any tense or person. The name is the account's login with no login word.
SIGN_IN_VERBS = frozenset({"войти", "входить", "зайти", "заходить", "залогиниться", "логиниться", "авторизоваться",
                           "авторизовываться", "зарегистрироваться", "регистрироваться"})
_UNDER = re.compile(r"(?<![а-яё])под[ \t]+$", re.IGNORECASE)
_WORDS_BEFORE_UNDER = 4


def signed_in_under(text: str, start: int) -> bool:
    """Is the word at `start` the account someone signed in under (see above)?"""
    under = _UNDER.search(text, max(0, start - 8), start)
    if under is None:
        return False
    before = re.findall(r"[а-яё]+", text[max(0, under.start() - 60):under.start()].lower())[-_WORDS_BEFORE_UNDER:]
    return any(p.normal_form in SIGN_IN_VERBS for word in before for p in parses(word)[:2])


# The account's user named before its login, as a log line or a note writes it ("user lebedev_alexey logged in",
# "пользователь ivan.p85 вошёл в ЛК", "юзера kot_77 заблокировали"): a word shaped as an account's name — Latin, with an
# underscore, a dot or a digit inside — right after "user" / "пользователь". Not a plain word ("user admin",
# "пользователь Иван"), not a chat export's label ("user: 2": no letter; "user: привет").
_USER_WORDS = r"(?<![\w])(?:user|пользовател[ьяюе]м?|юзер(?:а|у|ом)?)[ \t]+"
_ACCOUNT_SHAPED = r"(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]+[_.\d][A-Za-z0-9]"
USER_THEN_LOGIN = _USER_WORDS + _ACCOUNT_SHAPED
_USER_BEFORE = re.compile(_USER_WORDS + r"$", re.IGNORECASE)


def named_as_user(text: str, start: int, end: int) -> bool:
    """Is the Latin word at [start, end) an account's name right after "user" / "пользователь" (see above)?"""
    return _USER_BEFORE.search(text, max(0, start - _NEAR_LOGIN_WORD), start) is not None \
        and re.match(_ACCOUNT_SHAPED, text[start:end]) is not None


class LoginRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("login", LOGIN_REGEX, 0.3), Pattern("numeric login", NUMERIC_LOGIN_REGEX, 0.3)]
    CONTEXT_PATTERN = LOGIN_WORDS
    # the login word may stand a clause before its value ("логин от его личного кабинета — gena_belousov", "логин ЛК
    # изменён с rust_bah на bakhtiyarov1971", "логин … не помню какой, может marina.klimova")
    WINDOW_BEFORE = 60
    REQUIRES_CONTEXT = True
    CANDIDATES_ARE_PATTERN_MATCHES = True

    def is_supported(self, text: str, start: int, end: int) -> bool:
        """A login word right before the value supports any Latin word ("ЛОГИН SVETA_KRASNOVA"); one a clause before it
        (up to WINDOW_BEFORE) only a word with a lowercase letter — "SIM", "SMS", "REQ-661093" there are no logins."""
        if text[start:end].isdigit():  # a login of digits only right after its word ("PPPoE: логин 0847716230")
            return _RIGHT_AFTER_LOGIN_WORD.search(text, max(0, start - _NEAR_LOGIN_WORD), start) is not None
        if self.CONTEXT_PATTERN.search(text[max(0, start - _NEAR_LOGIN_WORD):end]) or signed_in_under(text, start) \
                or named_as_user(text, start, end):
            return True
        return _LOWERCASE.search(text, start, end) is not None and super().is_supported(text, start, end)

    def validate_result(self, pattern_text: str) -> bool | None:
        # the login word itself ("whatsapp/telegram: @petrov_i") names the account, it is none; so does a service's or a
        # mailbox's word after it ("логин в Wi-Fi mvoron", "логин …; ссылка отправлена на e-mail.")
        return False if _LOGIN_WORD.fullmatch(pattern_text) or _NAMES_A_SERVICE.fullmatch(pattern_text) else None


class HandleRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    PATTERNS = [Pattern("handle", HANDLE_REGEX, 0.6)]
    CONTEXT_PATTERN = LOGIN_WORDS
    CANDIDATES_ARE_PATTERN_MATCHES = True


# A login said aloud, as speech-to-text writes it: lowercase words and digits after a login word ("логин дед мазай 66
# через нижнее подчёркивание", "ник в телеграме екб саша 95 писал вам", "логин ка трубин без точки"), or spelled letter
# by letter, Latin letters by their names ("ди ай эм ка нижнее подчёркивание эс ай би", issue 15). The words run while
# each can be part of a name: a digit run, a letter's name (recognizers/lexicon.py), a spoken joiner, a noun in its
# dictionary case or a word the dictionary does not know ("гусел", "пантел"). They end at the first other word — a verb,
# a preposition, a particle, a pronoun, a noun in an oblique case ("аккаунт клиента"), how to write it ("через точку",
# "без точки", "всё слитно"), or a word naming another value ("пароль", "почта", "тикет").
# The lead ends at the login's first word, or — the operator's question holding the login word ("какой у вас логин",
# "логин сотрудника", "какой логин вы вводите") — at the caller's answer after their label ("…логин\nклиент: елисеев
# нижнее подчёркивание вэ 41"): up to three words of the question between. Fillers before the answer are not
# the login ("ну там эс эм ай ти …": guard/normalize.py HESITATION), but a letter's name ("а", "эм") is its first letter.
# a letter's name, one word ("эм", "кей"; lexicon.SPELLED_LETTER_WORDS)
_LETTER_WORD = r"(?:" + "|".join(sorted(SPELLED_LETTER_WORDS, key=lambda name: (-len(name), name))) + r")(?![а-яё])"
_SPOKEN_LEAD = ReadOnceAWhole(re.compile(LOGIN_WORDS + r"(?:\s+в\s+(?:" + MESSENGER_WORDS + r"))?"
                          r"(?:\s+(?:у\s+(?:меня|неё|нее|него)|мой|моя|моё|мое|её|ее|его|наш|наша|ваш|ваша|это|вот|там|же|такой|был|была"
                          # what the login is of: "логин у меня от кабинета эльвира точка …" (lexicon.OF_WHAT_WORDS)
                          r"|(?:от|для|к|в)\s+" + OF_WHAT_WORDS + r"(?![а-яё])))*"
                          r"(?:(?:[ \t]+[а-яё]+){0,3}[ \t]*\??\s*" + SPEAKER_TAG + r"[ \t]*|[ \t:]+)"
                          r"(?:(?!" + _LETTER_WORD + r")(?:" + HESITATION + r"|там)[ \t]+){0,3}", re.IGNORECASE))
# A spoken joiner between two pieces of one login ("дудина нижнее подчёркивание вэ 82", "иван точка петров 80"):
# the login goes on after it when a login's word follows, or any letter by its name ("… подчёркивание а 59").
_JOINER_AFTER = re.compile(_SPOKEN_JOINER + r" ", re.IGNORECASE)
_SPOKEN_TOKEN = re.compile(r"[а-яё]+|\d+(?: \d+)*")
_NOT_A_LOGIN_WORD = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES)
                               + r"|номер|парол|сервер|айпи|ip|собак|личн|кабинет|приложени|сайт|логин|ник|аккаунт|учётк"
                               r"|учетк|через|без|всё|все|слитно|маленьк|больш|заглавн|строчн|точк|дефис|подч[её]рк)")
_NAME_CASES = frozenset({"nomn", "accs"})
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"})
# at most five words of a name, and as many letters, digit runs and joiners as a spelled login of 30 characters has
_MOST_SPOKEN_WORDS, _MOST_SPOKEN_TOKENS = 5, 30


def _spelled_letter(word: str, before: str | None, after: str | None) -> bool:
    """Is `word` a letter said by its name? One of a single letter ("а", "и", "у") only before another letter's name or
    a joiner, or after a joiner or the first word of a name said in two ("дабл ю"): elsewhere it is a conjunction or a preposition ("ви пи эн и …")."""
    if word not in SPELLED_LETTER_WORDS:
        return False
    return len(word) > 1 or after is not None and (len(after) > 1 and after in SPELLED_LETTER_WORDS
                                                   or _JOINER.fullmatch(after) is not None) \
        or before is not None and (_JOINER.fullmatch(before) is not None or before in LETTER_NAME_OPENINGS)


def _login_word(word: str) -> bool:
    digits = word.replace(" ", "")
    if digits.isdigit():
        return len(digits) < 10  # ten digits or more are a phone's ("в вотсапе 8 937 901 12 27")
    if _NOT_A_LOGIN_WORD.match(word):
        return False
    found = parses(word)
    if not found or found[0].tag.POS is None or not is_known(word):
        return True  # no dictionary word: "екб", "санни", "гусел"
    tag = found[0].tag
    if tag.POS == "NOUN" and (tag.case in _NAME_CASES or bool({"Name", "Surn"} & tag.grammemes)):
        return True
    # a name in its dictionary case by a later reading ("света": a light's genitive first; "ершова": a short adjective
    # first), never a function word's ("по" has a surname's reading)
    return tag.POS not in _FUNCTION_POS and any({"Name", "Surn"} & p.tag.grammemes and p.tag.case == "nomn" for p in found)


def _name_word(word: str) -> bool:
    found = parses(word)
    return bool(found) and bool({"Name", "Surn"} & found[0].tag.grammemes)


# A login read up to a spoken "собака" is a mailbox's local part: EMAIL_ADDRESS reads it with its domain ("эл ай эн эй нижнее
# подчёркивание би 2001 собака джимейл точка ком"; a login at 0.9 would take the whole mailbox's type)
class SpokenLoginRecognizer(ContextPatternRecognizer):
    ENTITY = "LOGIN"
    SCORE = 0.9  # the words after a login word are the login, also when they hold a name

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        for lead in _SPOKEN_LEAD.finditer(text):
            end = _spoken_login_end(text, lead.end())
            if end is not None and not GOES_ON_WITH_A_MAILBOX.match(text, end):
                results.append(make_result(self, self.ENTITY, lead.end(), end, self.SCORE,
                                           "words said after a login word"))
        for word in _LOGIN_WORD.finditer(text):
            if _MESSENGER.fullmatch(word.group()):
                continue  # "в вотсапе просят деньги": what is asked there, not the account
            start = _past_telling(text, word.end())
            end = _spoken_login_end(text, start) if start is not None else None
            if end is not None and not GOES_ON_WITH_A_MAILBOX.match(text, end):
                results.append(make_result(self, self.ENTITY, start, end, self.SCORE,
                                           "words said after a login word and a verb of telling"))
        for run in _LATIN_SPELLING.finditer(text):
            letters = [word for word in run.group().lower().split() if word in SPELLED_LETTER_WORDS]
            start = _pieces_before(text, run.start())
            # three letters, or two after a login's pieces joined before them ("петров нижнее подчёркивание джей ай")
            if len(letters) >= (2 if start < run.start() else 3) and LATIN_ONLY_LETTER_NAMES.intersection(letters):
                end = _spoken_login_end(text, start)
                if end is not None and _WORD_JOINED.search(text, start, end) \
                        and not GOES_ON_WITH_A_MAILBOX.match(text, end):
                    results.append(make_result(self, self.ENTITY, start, end, self.SCORE,
                                               "Latin letters spelled by their names"))
        return results


_CLAUSE_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_MESSENGER = re.compile(MESSENGER_WORDS, re.IGNORECASE)
_ANOTHER_VALUE_WORD = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r"|номер|парол)")
_MOST_WORDS_TO_TELLING = 4
# After the verb, the fillers before the login as after its word ("логин пишется так эс эм …"), a letter's name its own
# (from a run of blanks' first only: linear, tests/test_redos.py)
_AFTER_TELLING = re.compile(r"(?<![ \t])[ \t]+(?:(?!" + _LETTER_WORD + r")(?:" + HESITATION + r"|там)[ \t]+){0,3}(?=[а-яё\d])",
                            re.IGNORECASE)


_ONTO = re.compile(r"(?<![ \t])[ \t]+на[ \t]+(?=[а-яё\d])", re.IGNORECASE)


def _past_telling(text: str, pos: int) -> int | None:
    """Where a login said after a verb of telling opens, when a few words after its login word end with one ("спросил
    логин я ему сказала света точка конева", "логин в сбере спрашивали лебедев михаил 83", "логин кабинета я сказал
    алла точка петренко"; lexicon.ASKING_OR_TELLING by lemma); None when none comes before another value's word or the
    line's end."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    for count, word in enumerate(_CLAUSE_WORD.finditer(text, pos, line_end)):
        if count >= _MOST_WORDS_TO_TELLING or _ANOTHER_VALUE_WORD.match(word.group().lower()) \
                or re.search(r"[,.;:?!]", text[pos:word.start()]):
            return None
        found = parses(word.group())
        if found and found[0].normal_form in ASKING_OR_TELLING and found[0].tag.POS in ("VERB", "INFN"):
            following = _AFTER_TELLING.match(text, word.end())
            return following.end() if following else None
        if found and found[0].normal_form in CHANGE_VERBS and found[0].tag.POS in ("VERB", "INFN"):
            onto = _ONTO.match(text, word.end())  # "логин поменять на волгин 2 0 2 6": the new login
            return onto.end() if onto else None
    return None


# a login's piece and its joiner right before a spelled run ("гусел нижнее подчёркивание | эн эс кей 88")
_PIECE_BEFORE = re.compile(r"(?<![а-яё\d])(?:[а-яё]++|\d++) " + _SPOKEN_JOINER + r" $", re.IGNORECASE)
_MOST_PIECES_BEFORE = 3


def _pieces_before(text: str, start: int) -> int:
    """Where a login spelled from `start` begins: up to three pieces before it, each followed by a joiner."""
    for _ in range(_MOST_PIECES_BEFORE):
        piece = _PIECE_BEFORE.search(text, max(0, start - 60), start)
        if piece is None or not _login_word(piece.group().split()[0]):
            break
        start = piece.start()
    return start


def _spoken_login_end(text: str, start: int) -> int | None:
    """Where a login said aloud from `start` ends; None when its first word can be no part of one."""
    pos, end, previous, plain, spelled = start, None, None, 0, False
    for _ in range(_MOST_SPOKEN_TOKENS):
        joiner = _JOINER_AFTER.match(text, pos) if end is not None else None
        token = _SPOKEN_TOKEN.match(text, joiner.end() if joiner else pos)
        if token is None:
            break
        word = token.group()
        following = _JOINER_AFTER.match(text, token.end() + 1) or _SPOKEN_TOKEN.match(text, token.end() + 1)
        letter = _spelled_letter(word, "точка" if joiner else previous, following and following.group().strip())
        if not (letter or _login_word(word)) or (
                token.end() < len(text) and text[token.end()].isalpha() and not text[token.end()].islower()):
            break
        if not letter and not word[0].isdigit():
            # a login spelled in pieces takes a dictionary word only after a joiner ("эс точка пантел доступ
            # откроется": the operator's next words); a word no dictionary knows ("пантел") is a piece anywhere
            if spelled and not joiner and is_known(word) and not _name_word(word):
                break
            plain += 1
            if plain > _MOST_SPOKEN_WORDS:
                break
        spelled = spelled or joiner is not None or letter and len(word) > 1
        end, previous = token.end(), word
        pos = end + 1
        if text[end:pos] != " ":
            break
    return end


# Three letters said by their names or more in a row, apart by blanks, perhaps with spoken joiners between ("кей эс ю
# нижнее подчёркивание мохова"): a run holding a name no Russian word is read as (lexicon.LATIN_ONLY_LETTER_NAMES),
# and a joiner in the login read from it, is a login spelled aloud, its login word said earlier in the call or never
# ("как вам кажется какой\nклиент: кей эс ю …"). Without a joiner such a run is as often an abbreviation ("ви пи
# эн", "эйч ти ти пи").
# A mailbox's local part is spelled so too: EMAIL_ADDRESS, reading to its "собака", is the longer span and wins.
# a joiner with a letter or a word on one side at least: "10 точка 23" between digits is a dotted number (an address,
# a version: "эйч ти ти пи десять точка двадцать три …"), "кей нижнее подчёркивание 1985" is a login's
_WORD_JOINED = re.compile(r"(?<![а-яё])(?:[а-яё]++ " + _SPOKEN_JOINER + r"|" + _SPOKEN_JOINER + r" [а-яё]++)(?![а-яё])",
                          re.IGNORECASE)
_LATIN_SPELLING = ReadOnceAWhole(re.compile(
    r"(?<![а-яё])" + _LETTER_WORD + r"(?:[ ]+(?:" + _SPOKEN_JOINER + r"[ ]+)?" + _LETTER_WORD
                             + r")+", re.IGNORECASE))


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


# A home network's name and a service's credentials written in a ticket (issue 15, stop 34). A Wi-Fi network named by
# its household ("сеть - Kamalova_Home", "Имя сети: Timofeeva_Olga", "2 наших сети - Nizamov_Ilnur и Nizamov_Ilnur_5G")
# is a login: after a network's word, a name of a typed shape — an underscore, a digit, a capital inside, or Latin
# capitals only — is its name; a factory name (a maker's word and four hex digits, "Keenetic-2934", "TP-LINK_5A3E") is
# nobody's. A service's credentials written as a pair after its word ("pppoe: u270118845 / hz83kLm1", "Wi-Fi:
# Rafael_Fuchika / pirozhok2025", "доступ к роутеру дал клиент: rinat_admin / r1n@t_V4l"): the first is the login (or
# the network's name), the second the secret (recognizers/secret.py reads the same pair) — one of them typed, and
# not one default twice ("admin/admin").
NETWORK_WORDS = (r"(?<![\w\-])(?:(?:имя|название)\s+(?:wi-?fi\s+|вай-?фа\w*\s+)?сети|сет(?:ь|и|ью|ей)|ssid|wi-?fi"
                 r"|wifi|вай-?фа[йяюе]\w*)(?![\w\-])")
SERVICE_WORDS = (NETWORK_WORDS + r"|(?<![\w\-])(?:pppoe|пппое|доступ\w*|админк\w*|роутер\w*|вход\w*|лк)(?![\w\-])|"
                 + LOGIN_WORDS)
_TYPED_NAME = r"[A-Za-zА-Яа-яЁё][\w\-]{1,31}[A-Za-zА-Яа-яЁё0-9]"
_NETWORK_NAME = re.compile(r"(?<![\w\-])(?=[\w\-]*(?:_|\d|[a-zа-яё][A-ZА-ЯЁ])|[A-Z]{4,}(?![\w\-]))" + _TYPED_NAME + r"(?![\w@.\-]\w)")
_FACTORY_NAME = re.compile(r"(?<![A-Za-z\-])[A-Za-z][A-Za-z\-]*[\-_][0-9A-Fa-f]{4}")  # starts where a run does: linear
# A network open to everyone names itself so ("Metro_Free", "SPb_Train_Free", "Cafe_Guest", "Park-Public"): a hotspot's
# name, nobody's (pii_au50's convention and the household's name's reason: a family's network names the family) — only
# when every piece of the name, between its marks or at a capital, is a public or a venue's word and one says the
# network is free, a guest's, public or open. A piece that could be a name keeps it masked (review 51 F4:
# "Nizamov_Guest", "Ivanova_Open", "Smirnov_Free_WiFi" are a household's).
_OPEN_WORDS = frozenset({"free", "guest", "public", "open", "hotspot"})
_PUBLIC_PIECES = _OPEN_WORDS | {"wifi", "wi", "fi", "wlan", "net", "internet", "hot", "spot", "metro", "mosmetro",
                                "train", "bus", "tram", "park", "cafe", "coffee", "airport", "station", "mall", "hotel",
                                "city", "spb", "msk", "moscow", "5g", "2g", "24"}
_NAME_PIECE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+[A-Za-z]?|[^\W\d_]+")


def _open_to_everyone(name: str) -> bool:
    """Is the network name every piece of which is a public or a venue's word, one of them open to everyone's?"""
    pieces = [piece.lower() for piece in _NAME_PIECE.findall(name)]
    return bool(pieces) and all(piece in _PUBLIC_PIECES for piece in pieces) \
        and any(piece in _OPEN_WORDS for piece in pieces)


_NETWORK_WORD = re.compile(NETWORK_WORDS, re.IGNORECASE)
_SERVICE_WORD = re.compile(SERVICE_WORDS, re.IGNORECASE)
_NAMES_A_SERVICE = re.compile(r"(?:" + SERVICE_WORDS + r"|e-?mail|mail)\.?", re.IGNORECASE)
_WORD_START = re.compile(r"(?<![\w\-.])[A-Za-zА-Яа-яЁё]")
_NAME_WINDOW = re.compile(r"(?:[^\n.;!?]|\.(?=\d)){0,30}")  # "сеть называлась раньше …", "wifi 2.4: …"
_MOST_WORDS_TO_NAME = 4
_ANOTHER_NAME = re.compile(r"(?<![ \t])[ \t]*+(?:и|,)[ \t]*+")  # not "/": a pair's second is its secret
# The pair is written with a slash ("u270118845 / hz83kLm1") or, when its shapes tell the two apart, with a space: a
# login's shape first (a lowercase Latin word, or a mailbox), then a password's marks ("ЛК kuznetsov_i Kuz1985!"; stop
# 35, red team bb8 20). Its service's word before it or after it in its line ("… / Kuz1985! — данные для входа").
_CREDENTIAL = r"[A-Za-zА-Яа-яЁё0-9][\w.@#$%&*!?+=\-]{0,38}[\w@#$%&*!?+=\-]"
_CREDENTIAL_WORD = re.compile(r"(?<![\w/.@\-])" + _CREDENTIAL + r"(?![\w/@]|\.\w)")
_SLASH, _SPACE = re.compile(r"(?<![ \t])[ \t]*+/[ \t]*+"), re.compile(r"(?<![ \t])[ \t]++")
_TYPED = re.compile(r"\d|[_@#$%&*!?+=]|[a-z][A-Z]|[A-Z]{2}[a-z]")
_LOGIN_SHAPE = re.compile(r"[a-z0-9][a-z0-9._\-]*(?:@[a-z0-9.\-]+\.[a-z]{2,})?")  # fullmatched: no capital, a mailbox
_SERVICE_BEFORE = 40  # how far before a pair its service's word may stand ("Доступ к роутеру дал сам клиент: …")
_SERVICE_AFTER = 30  # and after it, in its line ("… — данные для входа")
_PASSWORD_SYMBOLS = frozenset("!@#$%&*?+=")


def has_password_marks(word: str) -> bool:
    """Does `word` look like a password and like nothing else: Latin letters and digits, and capitals with lowercase or
    a symbol among them ("Kuz1985!", "hz83kLm1"); a lowercase id ("a3f9c2d1", "user_x"), a mailbox or a link is not."""
    latin = [ch for ch in word if "a" <= ch.lower() <= "z"]
    return bool(latin) and any(ch.isdigit() for ch in word) and "://" not in word \
        and not re.search(r"@\w+\.", word) \
        and (any(ch.isupper() for ch in latin) and any(ch.islower() for ch in latin)
             or any(ch in _PASSWORD_SYMBOLS for ch in word))


# A list's rows of pairs under one header that names their service ("Доступы Wi-Fi для заселившихся:\nЗубарева Алёна —
# st0917_zubareva / Kx7p-22Lm\n…"; issue 15, stop 47): the header is the line before the rows, closed by a colon.
_MOST_ROWS_UNDER_A_HEADER = 30


def _service_in_the_header(text: str, line_start: int) -> bool:
    """Is the pair's line a row of a list of pairs whose header (a line closed by a colon) names a service?"""
    for _ in range(_MOST_ROWS_UNDER_A_HEADER):
        if line_start == 0:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous:line_start - 1]
        if "/" in line:
            line_start = previous  # another row of the same list (a row holds a slash)
            continue
        return line.rstrip(" \t").endswith(":") and bool(_SERVICE_WORD.search(line))
    return False


def _service_named(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_SERVICE_WORD.search(text, max(line_start, start - _SERVICE_BEFORE), start)
                or _SERVICE_WORD.search(text, end, min(line_end, end + _SERVICE_AFTER))
                or _service_in_the_header(text, line_start))


def credential_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((login start, end), (secret start, end)) of each service's credentials written as a pair (see above)."""
    out = []
    words = list(_CREDENTIAL_WORD.finditer(text))  # each pair is two neighbours: linear
    for first, second in zip(words, words[1:]):
        login, secret = first.group(), second.group()
        slashed = _SLASH.fullmatch(text, first.end(), second.start())
        if not slashed and not _SPACE.fullmatch(text, first.end(), second.start()):
            continue
        if login.lower() == secret.lower() or not (_TYPED.search(login) or _TYPED.search(secret)) \
                or login.isdigit() or secret.isdigit() or not _service_named(text, first.start(), second.end()):
            continue  # "admin/admin"; "1/2", "12/05"; a pair no service names
        if not slashed and not (_LOGIN_SHAPE.fullmatch(login) and has_password_marks(secret)):
            continue  # two words side by side are a pair only when their shapes say which is which
        out.append((first.span(), second.span()))
    return out


_NAMED_CREDENTIAL = re.compile(r"(?<![ \t])[ \t]*+:[ \t]*+(" + _CREDENTIAL + r")(?![\w/@]|\.\w)")


def lone_credentials(text: str) -> list[tuple[int, int]]:
    """(start, end) of a password written alone right after a service's word and a colon ("данные от ЛК: Kuz1985!"):
    a string with a password's marks (`has_password_marks`), the clause's only word."""
    out = []
    for word in _SERVICE_WORD.finditer(text):
        value = _NAMED_CREDENTIAL.match(text, word.end())
        if value and has_password_marks(value.group(1)) and not re.match(r"[ \t]*[\w/]", text[value.end():]):
            out.append(value.span(1))
    return out


def network_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each household network's name written after a network's word (see above). A mobile carrier's
    own name there ("сеть МегаФон, регион Санкт-Петербург": a call's network, п. 9) names a company, nobody's household
    (lexicon.CARRIERS, the whole name only: "MegaFon_Ivanov" stays a household's)."""
    out = []
    for word in _NETWORK_WORD.finditer(text):
        window = _NAME_WINDOW.match(text, word.end())
        starts = [start.start() for start in _WORD_START.finditer(text, word.end(), window.end())][:_MOST_WORDS_TO_NAME]
        name = next((found for found in (_NETWORK_NAME.match(text, start) for start in starts)
                     if found is not None and not _NETWORK_WORD.fullmatch(found.group())), None)
        while name is not None:
            if not _FACTORY_NAME.fullmatch(name.group()) and not _SERVICE_WORD.fullmatch(name.group()) \
                    and not _open_to_everyone(name.group()) and name.group().lower() not in CARRIERS:
                out.append(name.span())
            more = _ANOTHER_NAME.match(text, name.end())  # "Nizamov_Ilnur и Nizamov_Ilnur_5G"
            name = _NETWORK_NAME.match(text, more.end()) if more else None
    return out


class TicketCredentialRecognizer(ContextPatternRecognizer):
    """A network's name and a service's login written in a ticket (see above)."""
    ENTITY = "LOGIN"
    SCORE = 0.7

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        spans = set(network_names(text)) | {login for login, _ in credential_pairs(text)}
        return [make_result(self, self.ENTITY, start, end, self.SCORE, "a network's name or a service's login")
                for start, end in sorted(spans)]


_LATIN_ONLY_LETTER = r"(?<![а-яё])(?:" + "|".join(sorted(LATIN_ONLY_LETTER_NAMES)) + r")(?![а-яё])"
KIND = Kind("LOGIN", (LoginRecognizer, HandleRecognizer, SpokenLoginRecognizer, ProfileLinkRecognizer,
                      TicketCredentialRecognizer), canonical,
            hint=LOGIN_WORDS + "|" + HANDLE_REGEX + "|" + PROFILE_SITES + "|" + _LATIN_ONLY_LETTER + "|" + SERVICE_WORDS
            + r"|(?<![а-яё])под[ \t]+[a-z]|" + USER_THEN_LOGIN,
            asked=LOGIN_WORDS)
