"""EMAIL_ADDRESS: written ("ivan.petrov@mail.ru") and spoken ("иван точка петров собака мейл точка ру").

Presidio's EmailRecognizer validates domains with tldextract, which tries to
download the public suffix list at run time; we must work offline, so the
written shape is checked with a plain pattern instead.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind

WRITTEN = r"(?<![\w.+\-])[\w.+\-]{1,64}\s?@\s?[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}(?![\w\-])"

# a word of a mailbox; a Latin fragment heard or typed as written keeps its dots, dashes and underscores ("ivan.petrov")
_WORD = r"[a-zа-яё0-9](?:[a-zа-яё0-9]|-(?=[a-zа-яё0-9])|[._](?=[a-z0-9])){0,29}"
# Latin letters spelled out in Russian: "бэ ка" is "bk", "эм тэ эс" is "mts", "дабл ю" is "w".
_LETTER = (r"(?:[a-zа-яё]|бэ|вэ|гэ|дэ|жэ|зэ|ка|кэ|эль|эл|эм|эн|пэ|эр|эс|тэ|эф|ха|цэ|че|ша|икс|игрек|зет|зед|"
           r"джей|кей|ай|би|си|ди|ви|эй|эйч|джи|кью|ар|пи|ти|уай|экс|дабл\s+ю|дабл\s+в|дубль\s+вэ)(?![а-яёa-z])")
_JOINER = r"(?:точка|тире|дефис|нижнее\s+подч[её]ркивание|подч[её]ркивание|подч[её]рк)"
_AT = r"(?:собака|собаку|собачка|эт|at)"
_TLD = r"(?:ру|рф|ком|нет|орг|su|ru|com|net|org|инфо|бай|уа|кз)"
# A mailbox service said alone after "собака", its top-level domain left out: "петров собака гмейл"
_SERVICE = r"(?:гмейл|гмэйл|джимейл|джимэйл|яндекс|мейл|мэйл|майл|рамблер|инбокс)"
# Words that announce or surround a mailbox and are never part of it: the leftmost word of the local part is the first
# word after them ("пишите почту иван точка петров …", "е мейл олга эм собака …")
_NOT_LOCAL = (r"(?:почта|почту|почты|почте|ящик|адрес|электронная|электронную|электронка|электронку|е|и|мейл|имейл|емейл|"
              r"email|мой|моя|мою|мне|меня|у|это|вот|так|да|ну|нет|на|в|а|записывайте|запишите|пишите|давайте|диктую|"
              r"значит|там|тогда)(?![а-яёa-z0-9])")
_LOCAL_WORD = r"(?!" + _NOT_LOCAL + r")" + _WORD
# one piece of the local part between spoken joiners: a word, maybe a word or spelled letters before it ("свет ка
# котова", "эй би си", "кэ о вэ а эл е эн ко"), digits or letters after it ("эн гусев 77")
_LOCAL_PIECE = (r"(?:" + _LOCAL_WORD + r"\s+)?(?:" + _LETTER + r"\s+){0,7}" + _LOCAL_WORD
                + r"(?:\s+(?:\d{1,4}|" + _LETTER + r")){0,6}")
_LOCAL = r"(?<![\w])" + _LOCAL_PIECE + r"(?:\s+" + _JOINER + r"\s+" + _LOCAL_PIECE + r"){0,4}"
# local part: pieces chained by spoken dots, dashes and underscores; the domain: a word or a few ("строй альянс"),
# maybe dashed or dotted ("здоровье плюс точка ру"), ending in a spoken or bare top-level domain — or a service's
# name alone ("собака гмейл")
SPOKEN = (_LOCAL + r"\s+" + _AT + r"\s+(?:" + _WORD
          + r"(?:\s+(?:(?:тире|дефис|точка)\s+)?" + _WORD + r"){0,3}?"
          + r"(?:\s+точка\s+" + _WORD + r"|\s+" + _TLD + r")|" + _SERVICE
          + r"|[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,3})(?![\w])")  # or written: "… собака gmail.com"
# "кузнецова точка наталья на яндексе": the mailbox named by its service instead of "собака ..."
_SERVICES = r"(?:яндексе|яндекс|мейле|мэйле|майле|маиле|гмейле|гмэйле|джимейле|рамблере|рамблер|мейл\s+ру|мэйл\s+ру)"
SPOKEN_SERVICE = _LOCAL + r"\s+на\s+" + _SERVICES + r"(?![\w])"


class EmailRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("email_written", WRITTEN, 0.9), Pattern("email_spoken", SPOKEN, 0.85),
                Pattern("email_spoken_service", SPOKEN_SERVICE, 0.4)]
    # "на яндексе" alone also ends "живу на яндексе"-like chatter: the service shape needs a mail word nearby
    CONTEXT_WORDS = 4
    CONTEXT = ("почт", "email", "e-mail", "мейл", "имейл", "емейл", "ящик", "электрон")


# A mailbox said aloud, back to how it is written: the symbols' names, the services' spoken names, and the
# usual Latin spelling of Russian letters ("иван нижнее подчёркивание петров собака мейл точка ру").
_SPOKEN_SYMBOLS = ((r"нижнее\s+подчеркивание|нижнее\s+подчеркивания|подчеркивание", "_"),
                   (r"собака|собаку|собачка|эт|at", "@"), (r"точка|точку", "."), (r"дефис|тире", "-"), (r"плюс", "+"))
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


KIND = Kind("EMAIL_ADDRESS", (EmailRecognizer,), canonical,
            hint=r"@|собак|собачк|(?<![а-яё])(?:эт|at)(?![а-яё])|яндекс|мейл|мэйл|майл|маил|рамблер")
