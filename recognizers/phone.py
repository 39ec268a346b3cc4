"""PHONE_NUMBER: Russian numbers, written (+7/8, brackets, dashes, spaces) or spoken.

Spoken numbers reach us already turned into digit groups by guard.normalize
("восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь" ->
"8 916 123 45 67"), so one shape covers both: digit groups with at most two
separator characters between them.

In speech, neighbouring numbers run together ("... пятьдесят четвертого восемь
девятьсот девятнадцать ..." -> "9 0 3 54 8 919 ..."), so a run of groups is not
taken whole: we look inside it for a stretch of whole groups that is a valid
number — 11 digits behind 7/8, or 10 digits of a Russian area or mobile code.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from guard.document import DIGITS
from guard.analysis import Pattern, RecognizerResult
from guard.normalize import ascii_digits, lookalike_digits
from guard.recognizers.base import (REST_SCORE, ContextPatternRecognizer, Kind, another_cue_is_nearer, clause_before,
                                    counts_something, digits_of, has_stem, last_cue, make_result, names_nobodys_number,
                                    names_what_it_is_for, number_value, words_before, words_in)
from guard.recognizers.cue_reach import LISTENERS_WORDS, NAMES_ANOTHER_THING
from guard.recognizers.device_id import DEVICE_WORDS, SERIAL_WORDS
from guard.recognizers.lexicon import CITY_PHONE_WORDS, FOREIGN_COUNTRY, PARTICIPIAL_PHRASE
from guard.recognizers.packed_run import DATE_AHEAD

_SEP = r"[\s\-()\u00a0]{0,2}"
# The shape in one pattern, for engines that only read PATTERNS; analysis uses the run scan below.
PHONE_REGEX = (r"(?<![\d+])(?<!\d[ \-])(?:(?:\+\s?7|\b7|\b8)" + _SEP + r")?\(?\d(?:" + _SEP + r"\d){9}(?![ \-]?\d)")

# An office line's extension is part of the number that reaches a person: "+7 (495) 988-12-30 доб. 214"
_EXTENSION = re.compile(r"[ \t,]{0,2}(?:доб\.?|добавочн\w*|вн\.|ext\.?)[ \t]{0,2}\d{1,5}(?!\d)", re.IGNORECASE)
# an ellipsis too ("…", read as "..."): a number dictated in pauses, "9… 16… 204… 55… 18"
_GAP = re.compile(r"(?:[\s\-()\u00a0…]|\.\.\.){1,3}")
# A date or a card's expiry after a number opens no group of it (packed_run.DATE_AHEAD, where every value ends):
# "4276-3800-1234-5678 08/27 123" is a card's number, then its expiry (red team bb9 03)
_A_DATE = re.compile(DATE_AHEAD)
# 10-digit national numbers of the +7 zone begin with an area or mobile code: 3xx, 4xx, 8xx, 9xx in
# Russia, 7xx in Kazakhstan (callers roam, and their numbers are just as personal).
_NATIONAL_FIRST_DIGITS = frozenset("34789")
# Another country's number: "+998 90 123 45 67", "+49 151 2345 6789", "+49 151 23456789", "+49 30 901820 44"
# (8 to 13 digits after the code).
# Written in one group too: "+8613912345678", or the code apart and the rest in one group: "+371 21234567" (red team
# bb15, 23: the Latvian habit; seven digits at least after the code, so "+1 2024" is no phone).
INTERNATIONAL = r"\+\s?(?!7)(?:\d{1,3}(?:[\s\-()]{1,2}\d{1,8}){2,6}|\d{1,3}[\s\-]\d{7,12}|\d{9,15})(?![\d])"


def national(digits: str) -> str:
    """'79161234567' / '89161234567' / '0079161234567' -> '9161234567': a Russian number without its trunk or country
    prefix (dialled from abroad, the country code comes after "00")."""
    if len(digits) == 13 and digits.startswith("007"):
        return digits[3:]
    return digits[1:] if len(digits) == 11 and digits[0] in "78" else digits


def msisdn(digits: str) -> str:
    """'89161234567' / '9161234567' -> '79161234567': the 11 digits a card stores (docs/interfaces.md §3)."""
    return "7" + national(digits) if len(national(digits)) == 10 else digits


# A local number with its code written after it in brackets ("123-45-67 (916)", "1234567 (495)"): how some notes
# write a number whose code they add last. Read as the code, then the number.
_CODE_AFTER = re.compile(r"(?<![\d(])(\d{3})[ \-]?(\d{2})[ \-]?(\d{2})[ \t]*\((\d{3})\)")


def codes_after(text: str) -> list[str]:
    """The national numbers `text` writes as a local number with its code after it in brackets: "123-45-67 (916)" is
    9161234567."""
    return [digits for found in _CODE_AFTER.finditer(text)
            if is_phone_digits(digits := found[4] + found[1] + found[2] + found[3])]


_MSISDN_FORMS = re.compile(r"^(?:\+7|7|8)(\d{10})$")
_MSISDN_SEPARATORS = re.compile(r"[\s()\-]")


def parse_msisdn(raw: str) -> str | None:
    """'+7 916 123-45-67', '89161234567', '79161234567' -> '79161234567'; None when it is not one. Digits of any
    script are read as their 0-9 ("7９161234567" is 79161234567, as a CRM reading it as a number reads it), so one
    number has one written form here: the key of its guessing budget and the path the CRM is asked for."""
    match = _MSISDN_FORMS.match(_MSISDN_SEPARATORS.sub("", ascii_digits(raw.strip())))
    return "7" + match.group(1) if match else None


# 8-800 numbers are organizations' lines, never a subscriber's; spoken ones may merge or split a digit
# ("двести девять девять девять семь" is 200-99-97 read as 209-9-9-7), hence 6 to 8 digits after 800.
# Short service numbers (0611, 111: Инструкция запретов, п. 9) are no one's either; they are data, the
# `service_numbers` list of policies/lists.yaml that both policies read.
_TOLL_FREE = re.compile(r"^[78]?800\d{6,8}$")


def is_toll_free(digits: str) -> bool:
    """An 8-800 free line, with or without its 7/8: the one test every phone check here uses."""
    return bool(_TOLL_FREE.match(digits))


def looks_like_spoken_phone(digits: str) -> bool:
    """Ten digits of a Russian number after an optional 7/8 in one spoken run, mobile (9xx) or city
    (3xx, 4xx, 8xx but not the free 800). A number said right after it ("... 11 22 десять минут")
    may have run into the group, so up to 13 digits are allowed."""
    head = digits[:11] if len(digits) >= 11 and digits[0] in "78" else digits[:10]
    number = national(head)
    return len(number) == 10 and number[0] in "3489" and not is_toll_free(number) and len(digits) <= 13


def canonical(value: str) -> str:
    """The number without its trunk prefix, written or spoken alike ("8 9О3 …" typed with a letter too): what pseudonyms
    and card matching compare."""
    return national(number_value(lookalike_digits(value)))


# A Ukrainian mobile as it is written and said at home (red team bb10, 05): the trunk "0" and an operator's code, ten
# digits ("067 123 45 67", "нуль шістдесят сім …"); with its country code it is any other country's (INTERNATIONAL).
UKRAINIAN_MOBILE_CODES = frozenset({"39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96", "97",
                                    "98", "99"})


def is_ukrainian_mobile(digits: str) -> bool:
    return len(digits) == 10 and digits[0] == "0" and digits[1:3] in UKRAINIAN_MOBILE_CODES


# The neighbours' numbers as they are written at home, without a country code (red team bb13, 05): the national
# format's length with its trunk prefix and the digits it opens with (the ITU national numbering plans; the lengths are
# common knowledge). Nine digits: Uzbekistan and Tajikistan ("90 123 45 67", an operator's two digits and seven),
# Georgia ("555 12 34 56"), Armenia and Moldova with the trunk "0" ("091 123456", "069 123 456"), Turkmenistan with "8"
# ("8 65 123456"); ten with the trunk "0": Kyrgyzstan ("0555 123 456"), Azerbaijan ("050 123 45 67"), Ukraine,
# Vietnam; eleven: Belarus with "8 0" ("8 029 123-45-67"), a Chinese mobile ("138 1234 5678"), Turkey with "0" ("0532
# 123 45 67"). Only after a phone's own cue or a country named before "номер": a bare run of these lengths is anything.
NEIGHBOUR_NATIONAL = re.compile(r"[1-9]\d{8}|0\d{8,10}|80\d{9}|1[3-9]\d{9}")
# A neighbour country named, one alternation (lexicon.FOREIGN_COUNTRY) read two ways: right before the cue
# ("киргизский номер", "номер в Армении" is no shape this reads) or in the cue itself, after "номер в": "номер в
# Таджикистане 93 555 12 34" (red team bb14, 03)
_COUNTRY = re.compile(r"(?<![а-яёa-z])(?:" + FOREIGN_COUNTRY + r")(?![а-яёa-z])", re.IGNORECASE)
_ONLY_PUNCTUATION = re.compile(r"[\s.,:]*")
_COUNTRY_REACH = 30  # characters before the cue looked at


def _country_named(text: str, cue_start: int, value_start: int) -> bool:
    """Is a neighbour country named right before the cue (nothing but spaces and punctuation after it) or in it?"""
    if _COUNTRY.search(text, cue_start, value_start):
        return True
    before = list(_COUNTRY.finditer(text, max(0, cue_start - _COUNTRY_REACH), cue_start))
    return bool(before) and _ONLY_PUNCTUATION.fullmatch(text, before[-1].end(), cue_start) is not None


# A number written the way a national plan prints it: its area code in brackets ("8 (029) 123-45-67", "0 (44) 123 45
# 67") or every group set off by a dash ("8-029-123-45-67"). The shape says "phone" as a phone's own word would, so
# after a bare "номер" a neighbour's national number written so is one (red team bb16, 05).
_WRITTEN_AS_A_PHONE = re.compile(r"\+?\d{0,3}[ \-]?\(\s?\d{1,5}\s?\)[ \-]?\d.*|\d{1,4}(?:-\d{1,4}){3,5}", re.DOTALL)


def written_as_a_phone(value: str) -> bool:
    """Is the value written in a phone's national print (its area code in brackets, or dashes between all groups)?"""
    return _WRITTEN_AS_A_PHONE.fullmatch(value.strip()) is not None


def is_neighbour_national(digits: str) -> bool:
    """Digits of a neighbour's number in its national format (NEIGHBOUR_NATIONAL), free lines aside."""
    return bool(NEIGHBOUR_NATIONAL.fullmatch(digits)) and not is_toll_free(digits)


def is_phone_digits(digits: str) -> bool:
    """A personal Russian number (8-800 numbers are companies' free lines, not anyone's personal data), or a Ukrainian
    mobile written at home."""
    number = national(digits)
    return len(number) == 10 and number[0] in _NATIONAL_FIRST_DIGITS and not is_toll_free(number) \
        or is_ukrainian_mobile(digits)


def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A mobile number among other numbers in one packed run (recognizers/packed_run.py): with its 7/8 prefix, or ten
    digits from the 9 (a city number alone reads as anything), one group or a short first group."""
    return (len(lengths) == 1 or lengths[0] <= 4) and is_phone_digits(digits) and (
        bool(parse_msisdn(digits)) or (len(digits) == 10 and digits[0] == "9"))


def digit_runs(text: str) -> list[list[re.Match]]:
    """Digit groups joined by short separators ("8 (916) 123-45-67", "8 916 123 45 67"). The digits that end an
    identifier ("user86", "ivan_sidorov86": a nick) are a run of their own: the number after them is not their
    continuation (red team bb5 01); nor is a date or a card's expiry after them."""
    runs: list[list[re.Match]] = []
    for group in DIGITS.finditer(text):
        if runs and _GAP.fullmatch(text, runs[-1][-1].end(), group.start()) and not _identifiers_tail(text, runs[-1]) \
                and not _A_DATE.match(text, group.start()):
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs


# A phone's Latin label glued to its number is no identifier's prefix: "tel89055420019", "mob+79161234567".
_LATIN_PHONE_LABEL = re.compile(r"(?<![A-Za-z])(?:tel|phone|mob|mobile|cell|ph|tlf|telefon)[.:]?\+?$", re.IGNORECASE)


def _identifiers_tail(text: str, run: list[re.Match]) -> bool:
    """One digit group glued to Latin letters or "_" before it, and not to a phone's label: "user86", "petya1990"."""
    start = run[0].start()
    before = text[start - 1] if len(run) == 1 and start > 0 else ""
    return (before == "_" or before.isascii() and before.isalpha()) \
        and not _LATIN_PHONE_LABEL.search(text, max(0, start - 9), start)


def _glued_to_latin(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isascii() and before.isalpha() and _LATIN_PHONE_LABEL.search(text, max(0, start - 9), start):
        before = ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _glued_to_slash(text: str, run: list[re.Match], digits: str) -> bool:
    """A slash right before or after the digits: a part of a compound number (a notary's register, a contract's
    "Д-2021/0045") — unless the digits are a whole mobile number, two of which a CRM note may join with a slash
    ("89161234567/89031234567")."""
    start, end = run[0].start(), run[-1].end()
    glued = text[start - 1:start] == "/" or text[end:end + 1] == "/"
    return glued and not (len(digits) == 11 and digits[0] in "78" or len(digits) == 10 and digits[0] == "9")



# "+7 985 798 49" (said "плюс семь …", a group misheard or lost): the country code makes it a phone however short;
# masked at a score any other kind's result outranks
_COUNTRY_CODE_AND_A_SHORT_NUMBER = re.compile(r"(?<![\d+])\+\s?7(?:[ \-]?\d){8,9}(?![ \-]?\d)")


def _whole_phone_after_slashed_group(text: str, run: list[re.Match]) -> list[re.Match]:
    """The groups after the first of a run that a slash opens, when they are a whole mobile number by themselves (a date
    or a compound number, then a phone: "02/01/1980 8-957-145-8562"); else nothing."""
    rest = run[1:]
    if not rest or text[run[-1].end():run[-1].end() + 1] == "/":
        return []
    digits = "".join(g.group() for g in rest)
    return rest if len(digits) == 11 and digits[0] in "78" or len(digits) == 10 and digits[0] == "9" else []


# A device's number, no one's phone however many of its digits look like one: a handset's IMEI ("имей 3 5 6 7 8 9 …",
# fifteen digits said one by one), a SIM card's ICCID ("айсиси 8 9 7 0 1 …", nineteen or twenty) or IMSI — the
# DEVICE_ID kind's words (recognizers/device_id.py) —, a serial number, a MAC address; a few words may follow the cue
# ("имей телефона", "айсиси айди сим карты")
DEVICE_NUMBER = re.compile(r"(?<![а-яёa-z])(?:" + DEVICE_WORDS + r"|" + SERIAL_WORDS + r"|mac|мак|meid|esn)(?![а-яёa-z])"
                           r"(?:[\s:№#.,\-]++[а-яёa-z]{1,8}){0,3}[\s:№#.,\-]*+$",
                           re.IGNORECASE)
# The kinds of telephone line: "линия" after one of them ("горячая", "прямая", "выделенная", "единая", "бесплатная"
# линия) is a line one calls, never a street's name (recognizers/address.py reads them); a hotline and an inquiry
# line are an organisation's (SERVICE_LINE)
_HOTLINE, _INQUIRY = "горяч", "справочн"
LINE_KINDS = (_HOTLINE, "прям", "выделенн", "телефонн", "един", "бесплатн", _INQUIRY, "абонентск")
# An organisation's line, no subscriber's (Инструкция запретов, п. 9: the service numbers anyone may be told): a
# hotline, an inquiry desk, a call center, support, a short number ("горячая линия банка 8 495 …", "короткий номер 0611")
SERVICE_LINE = re.compile(r"(?<![а-яёa-z])(?:" + _HOTLINE + r"\w*\s+лини\w*|" + _INQUIRY + r"\w*|колл?[\s\-]?центр\w*|"
                          r"call[\s\-]?(?:центр|center)\w*|"
                          r"коротк\w*\s+номер\w*|ussd|(?:служб\w*\s+|тех)поддержк\w*|hotline)(?![а-яёa-z])", re.IGNORECASE)
# A request's or a ticket's id in a CRM: a short prefix glued to the number by a hyphen, "1-4567890123", said "один
# тире четыре пять шесть …"; a trunk prefix is the phone's own: "8-916-…", "7-916-…", "+7-916-…"
_ID_PREFIX = re.compile(r"(?<![\d+])(\d{1,3})(?:-|\s(?:тире|дефис)\s)$", re.IGNORECASE)


def _names_a_device_or_nobodys_number(text: str, start: int, international: bool = False) -> bool:
    """Do the words right before the digit run at `start` name a device's number, an organisation's line or an
    order's, a request's, a waybill's (lexicon.NOBODYS_NUMBER_CUES)? Then the whole run is that number: a phone-shaped stretch inside it is a
    piece of it ("номер накладной 3 5 8 0 7 65 32 28 13 7", "имей 3 5 6 7 8 9 0 1 2 3 4 5 6 7 8").
    `international`: the number is written with "+" and its country code, a phone's own mark that no order's, parcel's
    or request's number carries: a nobody's-number word before it ("трекер с SIM +7 962 …": "трек" is a stem of the
    word; "заказ +7 916 …") does not make it one (a device's word or a service line still do)."""
    clause = clause_before(text, start, 30)
    if DEVICE_NUMBER.search(clause):
        return True
    lines = list(SERVICE_LINE.finditer(clause))
    if lines and not has_stem(words_in(clause[lines[-1].end():]), PhoneRecognizer.CONTEXT):
        return True  # "горячая линия банка 8 495 …"; "горячая линия не отвечает, мой номер 8 916 …" is the caller's
    if international:
        return False
    # the nearest cue decides: "по заказу мой номер 8 916 …" is a phone, "номер заказа в интернет магазине 891 612 …" not
    words = words_in(clause)
    nobodys = [i for i, word in enumerate(words) if names_nobodys_number(word) and not names_what_it_is_for(words, i)]
    return bool(nobodys) and another_cue_is_nearer(last_cue(words, PhoneRecognizer.CONTEXT), nobodys[-1]) \
        and not _someone_named_after(words, nobodys[-1])


def _someone_named_after(words: list[str], cue: int) -> bool:
    """Is a person named between a nobody's-number word and the number ("по заявке папы Широких Ильи (8 922 911 84 20)",
    "заказ клиента 8 916 …")? The number is that person's then, fail closed: the request is the person's, the number too."""
    from guard.recognizers.person import says_whose  # the PERSON kind's reading (imported late, as someones_number does)

    return any(says_whose(word) for word in words[cue + 1:])


_WHOLE_NUMBER = re.compile(r"\+?\d{10,}")


def _run_start(text: str, runs: list[list[re.Match]], pos: int) -> int:
    """Where the run of digit groups (`runs`: digit_runs of `text`) that a result starting at `pos` opens or lies in
    begins."""
    first_digit = DIGITS.search(text, pos)
    starts = [run[0].start() for run in runs]
    return starts[bisect_right(starts, first_digit.start()) - 1] if first_digit else pos


def _after_an_id_prefix(text: str, start: int) -> bool:
    prefix = _ID_PREFIX.search(text, max(0, start - 12), start)
    return prefix is not None and prefix.group(1) not in ("7", "8")


def _preference(digits: str) -> int:
    """Which reading of an ambiguous run wins: 11 digits with a trunk prefix, then a mobile, then the rest."""
    if len(digits) == 11:
        return 0
    return 1 if digits[0] == "9" else 2


# What a caller says to themselves between two parts of a number they read out: a few words on one line, none naming
# another value or a call back (cue_reach.NAMES_ANOTHER_THING), no number
# (a try starts only at a gap's first character: linear on a long run of blanks, tests/test_redos.py)
_ASIDE = re.compile(r"(?<![ \t,.…—\-])(?:[ \t,.…—\-]++([а-яё]{1,15}+)){1,5}[ \t,.…—\-]++", re.IGNORECASE)
_ASIDE_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _an_aside(text: str, start: int, end: int) -> bool:
    return _ASIDE.fullmatch(text, start, end) is not None \
        and not any(NAMES_ANOTHER_THING.match(word) for word in _ASIDE_WORD.findall(text, start, end))


_GEORGIAN_PHONE_WORD = re.compile(r"ტელ|მობ")  # Georgian has no letters the word units (document.WORD) cut


def someones_number(words: list[str]) -> bool:
    """Do the words say "номер" of someone — "мой номер", "ваш номер", "номер ученика", "а номер мамы" (a possessive or
    a being's noun in the genitive right beside it: person.says_whose)? A number a person has is their phone, not an
    order's ("номер заказа") or a document's ("номер договора"): the cue names the phone as "телефон" would."""
    from guard.recognizers.person import says_whose  # the PERSON kind's reading of a word (imported late: person
    # reads the registry this module is part of)

    lower = [word.lower() for word in words]
    return any(word.startswith("номер") and any(says_whose(other) for other in lower[max(0, i - 1):i] + lower[i + 1:i + 2])
               for i, word in enumerate(lower))


class PhoneRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("ru_phone", PHONE_REGEX, 0.7), Pattern("international_phone", INTERNATIONAL, 0.7)]
    CONTEXT = ("тел", "номер", "звон", "моб", "сотов", "контакт", "связ", "whatsapp", "ватсап", "вайбер", "tel", "phone",
               "mob", "ტელ", "მობ")
    # the phone's words in a script the word units do not cut (Georgian): read in the cue itself
    # Numbers of requests, contracts and accounts look the same and are not personal data.
    NEGATIVE_CONTEXT = ("заявк", "обращени", "договор", "лицев", "счет", "счёт", "инн", "снилс", "паспорт",
                        "карт", "тикет", "кейс", "инцидент", "заказ")
    CUE_NUMBERS = ((r"(?:телефон\w*|тел\.?|номер(?:\s+телефона)?|моб\.?|мобильн\w*|сотов\w*|контакт\w*|"
                    # the word in Georgian ("ტელ", "ტელეფონი", "მობილური": red team bb16, 08)
                    r"ტელ(?:ეფონ\w*)?\.?|მობ(?:ილურ\w*)?\.?|"
                    r"звонил\w*\s+с|звоню\s+с|перезвон\w*\s+на|позвон\w*\s+на|звоните\s+на|whatsapp|ватсап|"
                    # a number to call ("звонить 8 029 …", "звоните мне …"), a number's country after it ("номер в
                    # Таджикистане 93 555 12 34": the neighbour's reading below takes the country said in its cue)
                    r"(?:по)?звонит[ье](?:\s+(?:мне|нам|ему|ей))?|номер\s+(?:в|во|из)\s+(?:" + FOREIGN_COUNTRY + r"))",
                    10, 12),
                   # a city number without its area code: "звоните на городской тридцать сорок четыре восемнадцать",
                   # "дом. 555 44 33"
                   # — and after a participial phrase that says which one it is ("городской, привязанный к вашей
                   # фирме, — 209-47-16": lexicon.PARTICIPIAL_PHRASE)
                   (CITY_PHONE_WORDS + r"(?:\s+(?:телефон|номер))?" + PARTICIPIAL_PHRASE + r"?(?:\s+(?:на|это))?", 5, 7),
                   # the phone's label typed in Latin letters ("mijoz Sardor, tel 90 123 45 67"): before its number only
                   # (__init__), after one it is the next field's key ("PASP=4500123987 TEL=9161230044")
                   # — with the word for "number" after it in the neighbours' languages ("telefon raqamim", Uzbek;
                   # "telefon numaram", Turkish; "telefon nömrəsi", Azerbaijani; the Latvian "tālr." / "tālrunis")
                   (r"(?:tel|telefon\w*|phone|mob|mobile|t[āa]lr(?:un\w*)?)\.?(?:\s+(?:raqam\w*|nomer\w*|numara\w*|n[oö]mr\w*|number))?",
                    10, 12))
    # the country code is the number's: "номер +7 912 448 20 0 17" (a misheard extra digit) is taken whole after its cue
    # an area code in brackets is the number's too ("8 (029) 123-45-67", "0 (44) 123 45 67": red team bb16, 05)
    # — a bracket only as a pair around the code: "… 203-55-19 2) 10:30" is the next item of a list
    CUE_VALUE = r"(?:\+\s?)?(?:(?:\d{1,3}[ \-]?)?\(\s?\d{1,5}\s?\)[ \-]?)?\d(?:[ \-]?\d)*"
    BASE_SCORE = 0.7
    SHORT_ANSWERS = True  # "оператор: номер ученика / клиент: 933 0 0 45 72" (a digit lost): masked whole

    def validate_result(self, pattern_text: str) -> bool:
        return is_phone_digits(digits_of(pattern_text))

    def cue_value_ok(self, value: str) -> bool:
        """After a cue a misheard length is forgiven, but not a number that is no one's phone:
        "номер договора 0123...", "8 800 ..." free lines."""
        digits = digits_of(value)
        if len(digits) <= 7:
            return digits[0] != "0"
        if value.lstrip().startswith("+") and digits[0] == "7":
            # "+7 964 213 55": the country code said, a digit of the rest lost — the rest is what must look national
            return digits[1] in _NATIONAL_FIRST_DIGITS and not is_toll_free(digits[1:])
        return national(digits)[0] in _NATIONAL_FIRST_DIGITS and not is_toll_free(digits) or is_ukrainian_mobile(digits)

    def _names_its_kind(self, match: re.Match) -> bool:
        # the word right before the cue, on its line, may say whose the number is: "мой номер 950 412 76"
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        cue = words_before(match.string, match.start(), min(25, match.start() - line_start))[-1:] \
            + words_in(match.string[match.start():match.start(1)])
        return super()._names_its_kind(match) or someones_number(cue) or _GEORGIAN_PHONE_WORD.search(
            match.string, match.start(), match.start(1)) is not None

    def words_name_its_kind(self, words: list[str]) -> bool:
        return super().words_name_its_kind(words) or someones_number(words)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._cues_after = self._cues_after[:-1]  # the Latin label (the last of CUE_NUMBERS) only before its number

    def _cued_spans(self, match: re.Match, fewest: int, most: int) -> list[tuple[int, int, float, str]]:
        """A number after its cue, as every kind reads it (base); else a neighbour's number in its national format after
        a cue that names a phone ("тел 13812345678") or after "номер" with a country before it ("киргизский номер 0555 123
        456", "армянский номер 091 123456"): the cue says what it is, the length table that it is one."""
        spans = super()._cued_spans(match, fewest, most)
        text, (start, end) = match.string, match.span(1)
        if spans or not is_neighbour_national(digits_of(match.group(1))) or counts_something(text, end):
            return spans
        if self._names_its_kind(match) or _country_named(text, match.start(), start) \
                or written_as_a_phone(match.group(1)):
            return [(start, end, self.CONTEXT_SCORE, "a neighbour country's number in its national format after its cue")]
        return spans

    def _analyze(self, doc, entities, nlp_artifacts, regex_flags) -> list[RecognizerResult]:
        """Every reading (a pattern's, a cue's, one past fillers) except a stretch of a device's or an order's number:
        the words before the digit run it lies in decide, not those before the stretch ("имей телефона 3 5 2 0 9 9 1 …":
        "телефона" is the handset's). A whole number written in one group still begins a phone: "заказ 12345
        89161234567"."""
        text = doc.text
        results = super()._analyze(doc, entities, nlp_artifacts, regex_flags)
        digits = lookalike_digits(text) if results else text  # the text find_candidates read
        runs = digit_runs(digits) if results else []
        return [result for result in results if _WHOLE_NUMBER.match(digits, result.start)
                or not _names_a_device_or_nobodys_number(text, _run_start(digits, runs, result.start),
                                                         digits.startswith("+", result.start))]

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags) -> list[RecognizerResult]:
        text = lookalike_digits(text)  # "8 9О3 123 45 67": read as the digits it shows, at the same offsets
        results = []
        international = [match for match in re.finditer(INTERNATIONAL, text)
                         if 9 <= len(digits_of(match.group())) <= 15]
        for run in digit_runs(text):
            if _glued_to_slash(text, run, "".join(g.group() for g in run)):
                run = _whole_phone_after_slashed_group(text, run)  # "род. 26/11/1986 8 962 836 04 21": the date's year first
            if not run or _glued_to_latin(text, run[0].start(), run[-1].end()):
                continue  # part of an identifier: "c3980981210af", "INC0047719", a register's "77/123-н/77-2021-4-567"
            if (text[max(0, run[0].start() - 2):run[0].start()].strip().endswith("+") and not run[0].group().startswith("7")
                    and any(m.start() < run[-1].end() and run[0].start() < m.end() for m in international)):
                continue  # another country's code: the international pattern below takes it whole
            # (a "+" the international pattern does not take, "+89161234567", is a slip for +7 or 8: still a number)
            stretches = self._phones_in_run(run)
            results.extend(self._rest_of_dictated_run(text, run, stretches))
            for first, last in stretches:
                start = run[first].start()
                if _after_an_id_prefix(text, start):
                    continue  # "Запрос 1-4567890123", "заявка один тире четыре пять шесть …"
                # "+7" belongs to the number
                if start > 0 and text[start - 1] == "+":
                    start -= 1
                elif start > 1 and text[start - 2:start] == "+ ":
                    start -= 2
                end = run[last].end()
                if end < len(text) and text[end] == ")" and text.count("(", start, end) > text.count(")", start, end):
                    end += 1  # only the bracket the number opened: "(ИНН 3664069397)" keeps its own
                extension = _EXTENSION.match(text, end)
                end = extension.end() if extension else end
                results.append(make_result(self, self.ENTITY, start, end, self.BASE_SCORE, "digit groups of a phone"))
        results.extend(self._split_by_the_listener(text, results))
        for match in _COUNTRY_CODE_AND_A_SHORT_NUMBER.finditer(text):
            digits = digits_of(match.group())
            if digits[1] in _NATIONAL_FIRST_DIGITS and not is_toll_free(digits[1:]) \
                    and not any(r.start < match.end() and match.start() < r.end for r in results):
                results.append(make_result(self, self.ENTITY, match.start(), match.end(), REST_SCORE,
                                           "the country code and a number a digit or two short"))
        for match in international:
            if not any(r.start < match.end() and match.start() < r.end for r in results):
                results.append(make_result(self, self.ENTITY, match.start(), match.end(), self.BASE_SCORE,
                                           "an international number"))
        return results

    def _split_by_the_listener(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A number dictated in two parts, the listener's word between them ("8 915 — да, записала, дальше — 342 17 80"):
        both parts, when the first opens a number (a code, perhaps after 7/8), neither is a phone alone and together
        they are one. The caller's own aside between the parts of a mobile number ("8 950 431 сейчас очки надену 27 66",
        "8 967 012 сейчас найду в книжке 33 16") parts it the same way: the first part opens with 8 or 7 and a 9, and the
        two make its eleven digits exactly."""
        out = []
        runs = digit_runs(text)
        for first, second in zip(runs, runs[1:]):
            start, middle, end = first[0].start(), first[-1].end(), second[0].start()
            head = "".join(g.group() for g in first)
            whole = head + "".join(g.group() for g in second)
            if _an_aside(text, middle, end) and head[:2] in ("89", "79") and len(whole) == 11 \
                    and is_phone_digits(whole) and not any(r.start < second[-1].end() and end < r.end for r in found + out):
                pass  # the opening may have been read already (after its cue): the rest is what is added
            elif not 3 <= len(head) <= 7 or not LISTENERS_WORDS.fullmatch(text, middle, end) \
                    or not is_phone_digits(whole) or not (len(whole) == 11 or whole[0] == "9") \
                    or any(r.start < second[-1].end() and start < r.end for r in found + out):
                continue
            if start > 0 and text[start - 1] == "+":
                start -= 1
            out += [make_result(self, self.ENTITY, start, middle, self.BASE_SCORE, "a phone's opening, dictated apart"),
                    make_result(self, self.ENTITY, end, second[-1].end(), self.BASE_SCORE,
                                "the rest of a phone, after the listener's word")]
        return out

    def _rest_of_dictated_run(self, text: str, run: list[re.Match],
                              stretches: list[tuple[int, int]]) -> list[RecognizerResult]:
        """Fail closed: a run said digit by digit or in pairs that holds a phone and four digits more ("полис 7 8 9 0 0 1 2
        3 4 5 6 7 8 9 0 2": a longer number the phone reading took eleven digits of; "22 0 0 7 0 0 1 2 3 4 5 6 7 8 9", a
        card dictated with no word before it, red team bb6 07) keeps the rest masked too, every piece of it on either
        side, at a score any other kind's reading outranks."""
        if not stretches or any(len(group.group()) > 2 for group in run):
            return []
        covered = {i for first, last in stretches for i in range(first, last + 1)}
        pieces, piece = [], []
        for i in range(len(run) + 1):
            if i < len(run) and i not in covered:
                piece.append(i)
                continue
            if piece:
                pieces.append(piece)
            piece = []
        if sum(len(run[i].group()) for piece in pieces for i in piece) < 4:
            return []
        return [make_result(self, self.ENTITY, run[piece[0]].start(), run[piece[-1]].end(), REST_SCORE,
                            "the rest of a number said digit by digit") for piece in pieces]

    @staticmethod
    def _phones_in_run(run: list[re.Match]) -> list[tuple[int, int]]:
        """Non-overlapping (first group, last group) stretches that read as phones, best readings first.

        Inside a longer run a stretch must begin the way people begin a number: with the trunk
        prefix (7/8) or a three-digit code group; a stray "5 0" in a bank account does not.
        """
        candidates = []
        ends = set()  # where a reading ends: the next number of a list said in one breath may begin right after
        for first in range(len(run)):
            opening = run[first].group()
            # a whole number in one group also begins a phone: "г.р. 1992-09-07 89093988106" is a date, then a phone
            if (first > 0 and opening not in ("7", "8") and not (len(opening) == 3 and opening[0] in _NATIONAL_FIRST_DIGITS)
                    and not (len(opening) >= 10 and is_phone_digits(opening)) and first - 1 not in ends):
                continue
            digits = ""
            for last in range(first, len(run)):
                digits += run[last].group()
                if len(digits) > (13 if digits.startswith("007") else 11):
                    break
                if is_phone_digits(digits):
                    candidates.append((_preference(digits), first, last))
                    ends.add(last)
        chosen: list[tuple[int, int]] = []
        for _, first, last in sorted(candidates):
            if all(last < f or first > l for f, l in chosen):
                chosen.append((first, last))
        return sorted(chosen)


# a phone written in pieces, an area code and a local number apart (recognizers/local_phone.py, red team bb4 F03)
from guard.recognizers.local_phone import LocalNumberRecognizer  # noqa: E402  (its own module: read with this kind)

KIND = Kind("PHONE_NUMBER", (PhoneRecognizer, LocalNumberRecognizer), canonical, numeric=True, digits=(10, 11),
            # (the number to reach the caller at, named by what it is for: "ваш контактный номер", "номер для связи",
            # "куда вам перезвонить" — red team bb26 f04)
            asked=r"телефон\w*|номер\w*\s+(?:телефон|мобильн|сотов)\w*|мобильн\w*|сотов\w*|контактн\w*\s+номер\w*"
                  r"|номер\w*\s+для\s+связи|куда\s+(?:вам\s+|тебе\s+)?(?:пере)?звонить")
