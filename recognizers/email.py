"""EMAIL_ADDRESS: written ("ivan.petrov@mail.ru") and spoken ("иван точка петров собака мейл точка ру").

Presidio's EmailRecognizer validates domains with tldextract, which tries to
download the public suffix list at run time; we must work offline, so the
written shape is checked with a plain pattern instead.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern, RecognizerResult
from guard.recognizers.base import ContextPatternRecognizer, Kind, make_result
from guard.recognizers.lexicon import SAID_JOINER, SAID_SYMBOLS, SPELLED_LETTER

# A dot typed with spaces around it ("petr . ivanov @ mail . ru", bb M11) still joins the address: each spaced
# separator has a space, which no part holds, so a part never backtracks into a separator.
_SPACED_DOT = r"(?:[ ]\.[ ]?|\.[ ])"
# The parts after a spaced dot are Latin ones, and a domain's end with a lowercase letter: the next sentence after
# "mail.ru. Спасибо" or "... . Потом" is no part of the address.
# A domain's last label spelled letter by letter after a spaced dot ("p e t r o v @ m a i l . r u": the spelled reading
# joins four letters at least, so "r u", "c o m" stay apart and the address's last letters were shown; red team bb31):
# two to four letters one blank apart, ending the address.
SPELLED_LABEL = r"[a-z](?:[ ][a-z]){1,3}"
# (and a local part's last letters or digits spelled one blank apart after its Latin start: "ivan 8 6 @ …")
WRITTEN = (r"(?<![\w.+\-])(?:[A-Za-z0-9][\w.+\-]{0,63}(?:[ ][A-Za-z0-9]){1,8}(?=\s?@)|[\w.+\-]{1,64})(?:" + _SPACED_DOT + r"[A-Za-z0-9_+\-]{1,64}){0,4}\s?@\s?[\w\-]{1,63}"
           r"(?:\.[\w\-]{1,63}|" + _SPACED_DOT + r"[a-z0-9][a-z0-9\-]{0,62}){0,3}"
           r"(?:\.[\w\-]{1,63}|" + _SPACED_DOT + "(?:" + SPELLED_LABEL + r"|[a-z0-9][a-z0-9\-]{0,62}))(?![\w\-])")

# Written and cut short, its domain's suffix or the whole domain left out (red team bb5 30): "petr.kuznetsov @ mail",
# "e-mail: petr.kuznetsov@" — a local part with a Latin letter, then "@" and one word at most.
CUT_SHORT = r"(?<![\w.+\-@])(?=[\w.+\-]*[A-Za-z])[\w.+\-]{1,64}\s?@(?:\s?[\w\-]{1,63})?(?![\w.@\-])"
# "%" typed for "@" (or its URL code "%40"): "petr.kuznetsov%mail.ru"
PERCENT_FOR_AT = (r"(?<![\w.+\-%])[A-Za-z][\w.+\-]{0,63}%(?:40)?[A-Za-z][A-Za-z0-9\-]{0,62}"
                  r"(?:\.[A-Za-z0-9\-]{1,63}){1,4}(?![\w\-])")

# a word of a mailbox; a Latin fragment heard or typed as written keeps its dots, dashes and underscores ("ivan.petrov")
_WORD = r"[a-zа-яё0-9](?:[a-zа-яё0-9]|-(?=[a-zа-яё0-9])|[._](?=[a-z0-9])){0,29}"
# Letters spelled out in Russian, Latin or Cyrillic (recognizers/lexicon.py): "бэ ка" is "bk", "эм тэ эс" is "mts",
# "дабл ю" is "w".
_LETTER = SPELLED_LETTER
_AT = "(?:" + dict((symbol, pattern) for pattern, symbol in SAID_SYMBOLS)["@"] + ")"
# "собака мейл ру" said as a turn of its own: it goes on with the mailbox the turn before began (guard/dialogue.py)
GOES_ON_WITH_A_MAILBOX = re.compile(r"(?<![\s\W])[\s\W]*(?:@|" + _AT + r"(?![а-яёa-z]))", re.IGNORECASE)
# "… два ноль два три собака" ending a turn: the mailbox goes on in the next one, its domain ("эс эм дефис юг точка ру")
WAITS_FOR_ITS_DOMAIN = re.compile(r"(?:@|(?<![а-яёa-z])" + _AT + r")[\s\W]*$", re.IGNORECASE)
_TLD = r"(?:ру|рф|ком|нет|орг|su|ru|com|net|org|инфо|бай|уа|кз)"
# The mail services by name, as said and as written: a service said alone after "собака", its top-level domain left
# out ("петров собака гмейл"), and — with the spellings a bare service is heard in — the mailbox's service the speech
# rules read (`$mail_service`, guard/disclosure/patterns.py: «почта на мейл», red team bb22, f06)
SPOKEN_MAIL_SERVICES = ("гмейл", "гмэйл", "джимейл", "джимэйл", "яндекс", "мейл", "мэйл", "майл", "рамблер", "инбокс")
WRITTEN_MAIL_SERVICES = ("gmail", "yandex", "mail", "rambler", "inbox", "yahoo", "outlook", "hotmail")
_SERVICE = r"(?:" + "|".join(SPOKEN_MAIL_SERVICES + WRITTEN_MAIL_SERVICES) + r")"
# A mailbox's domain written with its dots as an identifier's separators ("note_lebedev85_yandex_ru", a field named after
# the customer's e-mail): a service's name followed by a top-level domain (red team bb10, 16).
_DOMAIN_AS_IDENTIFIER = re.compile(r"(?<![a-z])" + _SERVICE + r"[_\-.]" + _TLD + r"(?![a-z])", re.IGNORECASE)


def names_a_mail_domain(identifier: str) -> bool:
    """Does an identifier (a field's name, a call's id) hold a mailbox's domain, its dots written as "_" or "-"?"""
    return bool(_DOMAIN_AS_IDENTIFIER.search(identifier))


# Words that announce or surround a mailbox and are never part of it: the local part begins after them ("пишите почту
# иван точка петров …", "е мейл олга эм собака …")
_NOT_LOCAL = frozenset((
    "почта почту почты почте ящик адрес электронная электронную электронка электронку е и мейл имейл емейл email мой "
    "моя мою мне меня у это вот так да ну нет на в а записывайте запишите пишите давайте диктую значит там тогда "
    # more words announcing a mailbox or filling the pause before it ("электронная почта такая иванов …")
    "такая такой такое следующая следующий e-mail е-мейл емэйл имэйл мыло почтовый электронный электронной адресу "
    "напишите отправьте пришлите присылайте скиньте продиктую скажу сейчас щас короче пожалуйста по ящику"
).split())
# Where the local part ends: the spoken "@" and its domain, a word or a few ("строй альянс"), maybe dashed or dotted
# ("здоровье плюс точка ру"), ending in a spoken or bare top-level domain — or a service's name alone ("собака гмейл"),
# or a domain written ("… собака gmail.com")
_SPOKEN_DOMAIN = re.compile(
    r"(?<![\w])" + _AT + r",?\s+(?:" + _WORD + r"(?:\s+(?:(?:тире|дефис|точка)\s+)?" + _WORD + r"){0,3}?"
    + r"(?:\s+точка\s+(?:[a-zа-яё](?:[ ][a-zа-яё]){1,3}(?![\w])|" + _WORD + r")|\s+" + _TLD + r")"
    + r"|[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,3}|" + _SERVICE + r")(?![\w])", re.IGNORECASE)
# "кузнецова точка наталья на яндексе": the mailbox named by its service instead of "собака ..."
_SERVICES = r"(?:яндексе|яндекс|мейле|мэйле|майле|маиле|гмейле|гмэйле|джимейле|рамблере|рамблер|мейл\s+ру|мэйл\s+ру)"
_ON_A_SERVICE = re.compile(r"(?<![\w])на\s+" + _SERVICES + r"(?![\w])", re.IGNORECASE)
# "адрес почты кулаков восемьдесят гмайл": a mailbox service said after the local part with no "собака" at all
# (red team bb4 F12); taken only after a mail word (CONTEXT) a few words before the local part.
_BARE_SERVICES = (r"(?:гмайл|гмейл|гмэйл|джимейл|джимайл|джимэйл|gmail|яндекс|yandex|рамблер|rambler|инбокс|inbox"
                  r"|(?:мейл|мэйл|майл|маил|mail)\s+(?:точка\s+)?(?:ру|ru))")
# every name a mailbox's service is said by (lemmas): the speech rules' `$mail_service`
MAIL_SERVICES = frozenset(SPOKEN_MAIL_SERVICES + WRITTEN_MAIL_SERVICES + ("гмайл", "джимайл", "маил"))
_BARE_SERVICE = re.compile(r"(?<![\w])(?:на\s+)?" + _BARE_SERVICES + r"(?:\s+(?:точка\s+)?(?:ру|ком|ru|com))?(?![\w])",
                           re.IGNORECASE)
# A mailbox's local part by its shape (red team bb15, 03 and 19): Latin letters with a digit, a dot, an underscore or a
# hyphen inside ("alla_kuz79", "kuz.alla79") — the shape of a login, which a brand's or a service's word ("Gmail",
# "Yandex") lacks. Named by a mailbox's word before it ("ящик alla.kuz79", "мейл: alla.kuz79") or by a service's word
# after it ("alla_kuz79 гмейл"), it is the mailbox's name, its domain left unsaid: masked as the e-mail.
LOCAL_PART = (r"(?<![\w.+\-@])(?=[\w.\-]*[A-Za-z])(?=[A-Za-z]*(?:\d|[._\-][A-Za-z0-9]))"
              r"[A-Za-z0-9](?:[A-Za-z0-9]|[._\-](?=[A-Za-z0-9])){1,63}(?![\w@]|\.\w|\s?@)")
_SHAPED_LOCAL = re.compile(r"(?<![\w.\-])(?=[\w.\-]*[A-Za-z])(?=[\w.\-]*[\d._\-])[A-Za-z0-9][\w.\-]{1,63}")
# The words that name a mailbox right before its name ("ящик", "почта", "мейл:", "электронка:"), perhaps "мой" or
# "такой" between.
_MAILBOX_WORD = (r"(?<![а-яёa-z])(?:почт[аеуы]|ящик[а-яё]*|e-?mail|е-?мейл[а-яё]*|и?мейл[а-яё]*|имэйл[а-яё]*|емейл[а-яё]*"
                 r"|электронк[аеуи]|электронн[а-яё]*\s+(?:почт|адрес)[а-яё]*|мыло|mail)(?![а-яёa-z])"
                 r"(?:[\s:,\-–—]+(?:мой|моя|мою|у\s+меня|такой|такая|такое|это|вот))*[\s:\-–—]*")
_CUED_LOCAL = re.compile(_MAILBOX_WORD + r"(" + LOCAL_PART + r")", re.IGNORECASE)
# The same name said aloud: pieces joined by spoken dots, underscores or hyphens ("alla точка kuz 79", "иван нижнее
# подчёркивание петров"), the domain never said.
_SAID_PIECE = r"[a-zа-яё0-9]{2,30}(?:[ ]\d{1,4}(?!\d))?"
_CUED_SAID_LOCAL = re.compile(_MAILBOX_WORD + r"(" + _SAID_PIECE + r"(?:\s+" + SAID_JOINER + r"\s+" + _SAID_PIECE
                              + r"){1,4})(?![а-яёa-z0-9])", re.IGNORECASE)
_NOT_A_LOCAL_PART = re.compile(r"(?:^|[._\-\s])(?:" + _TLD + "|" + _SERVICE + r")$", re.IGNORECASE)
_SAID_WORD = re.compile(r"\S+")
_WORD_RE = re.compile(_WORD, re.IGNORECASE)
_LETTER_RE = re.compile(_LETTER + r"|\d{1,4}", re.IGNORECASE)
_JOINER_RE = re.compile(SAID_JOINER, re.IGNORECASE)
# how far back a local part may reach: five pieces between joiners, two plain words in a piece, 24 words in all
_MOST_PIECES, _MOST_PLAIN, _MOST_WORDS = 5, 2, 24


def _spelled_or_joiner(words: list[re.Match], i: int) -> bool:
    if not 0 <= i < len(words):
        return False
    word = words[i].group().lower().rstrip(",")
    return word not in _NOT_LOCAL and (_LETTER_RE.fullmatch(word) is not None or _JOINER_RE.fullmatch(word) is not None)


def local_part_start(text: str, end: int) -> int | None:
    """Where the mailbox said before `end` (its "собака" or "на яндексе") begins, read backwards word by word: pieces
    chained by spoken joiners ("иван точка петров"), each at most two plain words with spelled letters and digits
    among them ("свет ка котова", "эй би си", "эн гусев 77"); None when no word before can be one. Linear: a bounded
    number of words before each mailbox, each looked at once."""
    window = max(0, end - 300)
    words = [w for w in _SAID_WORD.finditer(text, window, end) if w.start() > window or window == 0]
    start, plain, pieces, joined = None, 0, 1, False
    i = len(words) - 1
    while i >= 0 and len(words) - i <= _MOST_WORDS:
        word = words[i].group().lower().rstrip(",")  # "l-e-e, собака, rambler точка ru": commas between the parts
        if _JOINER_RE.fullmatch(word):
            if start is None or joined or pieces == _MOST_PIECES:
                break
            if i >= 1 and words[i - 1].group().lower() == "нижнее":
                i -= 1
            joined, pieces, plain = True, pieces + 1, 0
            i -= 1
            continue
        # a one-letter word is a letter right before the "собака" ("шевчук а собака …"), beside a joiner ("а точка
        # волкова") or inside a spelling ("кэ о вэ а эл"); elsewhere a conjunction or preposition ("почта а …")
        spelled = len(word) == 1 and (i == len(words) - 1 or _spelled_or_joiner(words, i - 1)
                                      or _spelled_or_joiner(words, i + 1))
        if word in _NOT_LOCAL and not spelled or not _WORD_RE.fullmatch(word):
            break
        if not _LETTER_RE.fullmatch(word):
            plain += 1
            if plain > _MOST_PLAIN:
                break
        start, joined = words[i].start(), False
        i -= 1
    return start


class EmailRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("email_written", WRITTEN, 0.9), Pattern("email_cut_short", CUT_SHORT, 0.6),
                Pattern("email_percent", PERCENT_FOR_AT, 0.6)]
    # "на яндексе" alone also ends "живу на яндексе"-like chatter: the service shape needs a mail word nearby
    CONTEXT_WORDS = 4
    CONTEXT = ("почт", "email", "e-mail", "мейл", "имейл", "емейл", "ящик", "электрон")

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags) -> list[RecognizerResult]:
        """The written pattern, then each mailbox said aloud: its "собака …" or "на яндексе" and the local part before it."""
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for pattern, score, why in ((_SPOKEN_DOMAIN, 0.85, "a mailbox said aloud"),
                                    (_ON_A_SERVICE, 0.4, "a mailbox named by its service")):
            for match in pattern.finditer(text):
                start = local_part_start(text, match.start())
                if start is not None and not any(r.start < match.end() and start < r.end for r in results):
                    results.append(make_result(self, self.ENTITY, start, match.end(), score, why))
        for match in _BARE_SERVICE.finditer(text):
            start = local_part_start(text, match.start())
            if start is not None and start < match.start() \
                    and (self.is_supported(text, start, match.end())
                         or _SHAPED_LOCAL.fullmatch(text[start:match.start()].rstrip(" ,"))) \
                    and not any(r.start < match.end() and start < r.end for r in results):
                results.append(make_result(self, self.ENTITY, start, match.end(), 0.85, "a mailbox said with no @"))
        for pattern, score, why in ((_CUED_LOCAL, 0.85, "a mailbox's name after its word, no domain"),
                                    (_CUED_SAID_LOCAL, 0.8, "a mailbox's name said after its word, no domain")):
            for match in pattern.finditer(text):
                start, end = match.span(1)
                if _NOT_A_LOCAL_PART.search(match.group(1)) \
                        or any(r.start < end and start < r.end for r in results):
                    continue  # "почта mail.ru", "ящик на gmail": a service's or a domain's name, no one's mailbox
                results.append(make_result(self, self.ENTITY, start, end, score, why))
        return results


# A mailbox said aloud, back to how it is written: the symbols' names (lexicon.SAID_SYMBOLS), the services' spoken
# names, and the usual Latin spelling of Russian letters ("иван нижнее подчёркивание петров собака мейл точка ру").
_SPOKEN_SYMBOLS = SAID_SYMBOLS
# One symbol's name with the white space around it: "petr точка ivanov" is "petr.ivanov" to whoever writes it down.
_SAID_SYMBOL = re.compile(r"(?<![а-яёa-z])(?:" + "|".join(f"(?P<s{i}>{pattern})" for i, (pattern, _) in
                                                       enumerate(_SPOKEN_SYMBOLS)) + r")(?![а-яёa-z])",
                          re.IGNORECASE)


def says_a_symbol(text: str) -> bool:
    """Whether `text` says any symbol by its name (`symbols_written` would read it otherwise than it is written)."""
    return _SAID_SYMBOL.search(text.replace("ё", "е").replace("Ё", "Е")) is not None


def symbols_written(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each symbol said by its name written as the symbol ("petr точка ivanov собака mail" ->
    "petr.ivanov@mail"), and for each character of that reading the span of `text` it stands for."""
    reading, spans, position = [], [], 0
    for said in _SAID_SYMBOL.finditer(text.replace("ё", "е").replace("Ё", "Е")):
        if said.start() < position:
            continue
        start, end = said.span()
        while start > position and text[start - 1].isspace():  # the white space around the name goes with it
            start -= 1
        while end < len(text) and text[end].isspace():
            end += 1
        reading.append(text[position:start])
        spans += [(at, at + 1) for at in range(position, start)]
        reading.append(_SPOKEN_SYMBOLS[int(said.lastgroup[1:])][1])
        spans.append((start, end))
        position = end
    reading.append(text[position:])
    spans += [(at, at + 1) for at in range(position, len(text))]
    return "".join(reading), spans
_SPOKEN_SERVICES = {"мейл": "mail", "мэйл": "mail", "майл": "mail", "маил": "mail", "гмейл": "gmail",
                    "гмэйл": "gmail", "джимейл": "gmail", "яндекс": "yandex", "рамблер": "rambler", "ру": "ru",
                    "ком": "com", "нет": "net", "орг": "org", "бк": "bk", "инбокс": "inbox", "лист": "list"}
_CYRILLIC_TO_LATIN = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюя",
                              ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                               "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))
_CYRILLIC_TO_LATIN["ж"] = "zh"


def _written(spoken: str) -> str:
    from guard.normalize import normalize_numbers

    text = normalize_numbers(spoken.lower().replace("ё", "е")).text
    for pattern, symbol in _SPOKEN_SYMBOLS:
        text = re.sub(rf"(?<![а-яёa-z])(?:{pattern})(?![а-яёa-z])", f" {symbol} ", text)
    words = [_SPOKEN_SERVICES.get(word, word) for word in text.split()]
    return "".join("".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in word) for word in words)


def canonical(value: str) -> str:
    """Lowercase, ё as е, no spaces: "Ivan.Petrov @mail.ru" and "ivan.petrov@mail.ru" are one mailbox; a mailbox
    said aloud is written back first, so "иван точка петров собака мейл точка ру" is "ivan.petrov@mail.ru"."""
    if "@" not in value:
        return _written(value)
    return value.lower().replace("ё", "е").replace(" ", "")


KIND = Kind("EMAIL_ADDRESS", (EmailRecognizer,), canonical, asked=r"почт\w*|e-?mail|имейл\w*|мейл\w*|электронн\w*",
            hint=r"@|[a-z]%(?:40)?[a-z]|собак|собачк|(?<![а-яё])(?:эт|at)(?![а-яё])|яндекс|мейл|мэйл|майл|маил|рамблер|gmail|yandex|rambler|inbox|инбокс"
                 # a mailbox's word before its name, a service's word after it (red team bb15, 03 and 19)
                 r"|mail|почт|ящик|электронк|электронн|имэйл|емейл|мыло|гмейл|гмэйл|джимейл")
