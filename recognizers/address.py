"""ADDRESS: a whole postal address as one span — region, city, street, house, building, apartment.

Written: "г. Москва, ул. Тверская, д. 5, кв. 12", "Тверская ул., 5-12", "123456, Московская
обл., г. Химки, пр-т Мира, д. 7, корп. 2". Spoken (numbers already digits from
guard.normalize): "город москва улица тверская дом 5 квартира 12", "краснодар красная 176
квартира 38", "улицу пушкина дом 10 корпус 3 квартира 42 город калуга".

A tokenizer labels address keywords in any grammatical case (ул., улицу, дом, кв., ...),
numbers and words; a scan glues neighbouring parts into one chain. A chain is an
address only when it holds a house, building or apartment number next to a street,
place or second number (or a street after the word "адрес"), so a city on its own ("в
Москве не работает интернет") or a street named in passing ("на улице Ленина авария", "салон
на Московском проспекте") stays visible: a postal address has a number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.morph import known_word
from guard.recognizers.base import LANGUAGE, make_result
from guard.recognizers.birth_date import BIRTH_CUE, NUMERIC
from guard.recognizers.phone import LINE_KINDS
from guard.recognizers.structured import read_structure
from guard.recognizers.lexicon import (FIELD_KEY_WORDS, LETTER_NAME_RUN, NAMING_ABBREVIATIONS, OTHER_VALUE_WORDS,
                                      ROLE_ABBREVIATIONS, SAID_SEPARATORS, SPOKEN_LETTERS, latin_readings,
                                      letter_name_words)

# Abbreviations and short words, matched exactly; long keywords by stem, so every case form counts.
_EXACT = {
    "region": {"обл", "респ", "ао", "край", "крае", "края", "краю", "округ"},
    "district": {"р-н", "р-на", "р-не", "мо"},
    "city": {"г", "гор", "пос", "п", "пгт", "с", "х", "хут", "сл", "дер", "ст", "ст-ца", "снт", "днт", "рп", "аул",
             "хутор", "село", "селе", "села", "селом", "селу", "тсн", "дск", "гск"},
    "street": {"ул", "пр-т", "пр-кт", "просп", "пр", "пер", "ш", "шоссе", "б-р", "бул", "пл", "наб", "пр-д", "туп",
               "мкр", "мкрн", "кв-л", "тракт", "тракта", "тракте", "тракту", "трактом"},
    "house": {"д", "дом", "дома", "доме", "домом", "вл", "влд", "владение", "владения", "владении", "уч"},
    "building": {"корп", "к", "стр", "лит", "под", "эт", "бц", "тц", "трц", "жк", "блок"},
    "flat": {"кв", "оф", "комн", "ком", "пом", "бокс"},
}
# The same keywords in Latin letters, as foreigners and transliterating customers write them:
# "Moscow, Tverskaya str. 5, apt. 12", "Leninsky prospekt 67-9", "Presnenskaya nab. 12, office 4501".
# Issue 15, stop 46 (an expats' desk): the same in the German, Polish, Turkish and Portuguese an expat writes a home in,
# and the German transliteration of a Russian street ("Uliza Marata 47, Wohnung 12", "ul. Ogrodowa 15/4", "Bağdat Cad.",
# "Rua Augusta, 1450, apto 82").
_EXACT_LATIN = {
    "street": {"str", "st", "ul", "ulitsa", "ave", "avenue", "street", "prospekt", "pr-t", "pereulok", "nab",
               "naberezhnaya", "shosse", "blvd", "bulvar", "road",
               "uliza", "ulitza", "ulica", "strasse", "cad", "caddesi", "sokak", "sok", "rua", "avenida", "calle",
               "linija", "liniya"},
    "house": {"dom", "house", "bld", "bldg"},
    "building": {"korp", "korpus", "building", "stroenie"},
    "flat": {"kv", "apt", "apartment", "flat", "room", "office", "ofis", "wohnung", "whg", "apto", "daire", "lokal",
             # the Serbian, Croatian and Czech flat (issue 15, stop 55: "Bulevar oslobođenja 112, stan 21", "byt 4")
             "stan", "byt"},
}
# After a house or a flat, a foreign address's postcode and town, perhaps its state's short name and postcode and its
# country ("…, 8002 Zürich, Schweiz", "…, 28203 Bremen", "…, 80-856 Gdańsk", "…, Brookline, MA 02445, USA"; stop 46):
# the postcode's digits (4-5, or the Polish 2-3) beside a capitalised word say it is one.
_TOWN = r"[A-ZÄÖÜÀ-ÖØ-Þ][^\W\d_]++(?:[ \t\-][A-ZÀ-ÖØ-Þ][^\W\d_]++)?"
_POSTCODE_AND_TOWN_AFTER = re.compile(
    r"(?<![ \t,])(?:[ \t]*+,[ \t]*+" + _TOWN + r")?[ \t]*+,?[ \t]*+(?:(?:\d{4,5}|\d{2}-\d{3})[ \t]++" + _TOWN
    + r"|[A-Z]{2}[ \t]++\d{5}(?!\d))(?:[ \t]*+,[ \t]*+[A-ZÀ-ÖØ-Þ][^\W\d_]++(?=[ \t]*+(?:[.;\n]|$)))?")
# A German street's name with its keyword glued on ("Seestrasse", "Gartenstraße", "Hauptstr."): a street.
_GERMAN_STREET = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?)(stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|ufer)")
# The same keywords in the neighbours' languages a customer writes in, as the engine's reading has them ("і" read as
# "и": guard/normalize.py): Ukrainian "вул. Хрещатик, буд. 22, кв. 5", "м. Київ"; Kazakh "Абай даңғылы, 150 үй, 12 пәтер",
# "Алматы қаласы"; Tatar "Пушкин урамы, 15 йорт, 8 фатир", "Казан шәһәре".
# Uzbek in Cyrillic (red team bb15, 25): "Тошкент шаҳри, Амир Темур кўчаси, 15-уй, 7-хонадон" ("ў" read as "у"), a
# mahalla and a quarter (мавзе) where a town has them; Kyrgyz "Чүй көчөсү, 12 үй, 5 батир"; Tajik "кӯчаи Рӯдакӣ";
# Belarusian "вуліца" (read as Ukrainian's "вулица"), "праспект", "завулак", "кватэра".
_EXACT_NEIGHBOURS = {
    "city": {"мисто", "миста", "қаласы", "қ", "шәһәре", "шәһәр", "шаҳар", "шаҳри", "шахар", "шахри", "шаары"},
    "district": {"тумани", "туман", "маҳалласи", "махалласи", "мавзеси", "мавзе"},
    "street": {"вул", "вулиця", "вулици", "вулицю", "пров", "провулок", "даңғылы", "даңғ", "көшеси", "к-си", "урамы",
               "кўчаси", "кучаси", "кўч", "куч", "шоҳкўчаси", "шохкучаси", "көчөсү", "көчө", "кӯчаи", "кучаи",
               "праспект", "завулак", "завулку"},
    "house": {"буд", "будинок", "будинку", "үй", "йорт", "уй", "уйи"},
    "flat": {"пәтер", "фатир", "хонадон", "хонадони", "батир", "батири", "кватэра", "кватэры", "кватэру"},
}
_STEMS = {
    "region": ("област", "республик"),
    # a Tuvan kozhuun and an Altai aimak are districts: "Тес-Хемский кожуун", "Усть-Канский аймак"
    "district": ("район", "кожуун", "аймак"),
    # a garden or garage partnership is where a house or a box is numbered too: "снт дружба участок 43", "в гаражном
    # кооперативе рассвет бокс 47"
    # where people live outside towns, with no street or house number: a Buryat ulus, a Tuvan sumon, a farmstead
    # (заимка), a herder's camp (чабанская стоянка), a named tract (урочище) — "улус Хойто-Гол, дом за фермой"
    "city": ("город", "поселк", "посёлк", "поселок", "посёлок", "деревн", "станиц", "хутор", "слобод", "кооператив",
             "товариществ", "улус", "сумон", "заимк", "стоянк", "урочищ"),
    "house": ("участк", "участок"),
    "street": ("улиц", "проспект", "переул", "бульвар", "набережн", "площад", "проезд", "тупик", "аллее", "аллея",
               "аллеи", "аллею", "микрорайон", "линия", "линии", "линию", "квартал"),
    # a new building's section before it has a postal number: "ЖК «Ньютон», дом 4, секция 3"
    "building": ("корпус", "строени", "литер", "подъезд", "этаж", "секци"),
    "flat": ("квартир", "офис", "комнат", "помещени"),
}
# The street keywords, for recognizers that need to know a word names a street ("улица Ленина").
STREET_WORDS = frozenset(_EXACT["street"]) | frozenset(
    stem + ending for stem in ("улиц", "проспект", "переул", "бульвар", "площад", "проезд")
    for ending in ("а", "е", "у", "ы", "ей", "ом", "ок", "ка", "ке", "ь", "и", "")
)
# Words that say what a part of an address is, not where it is ("г. Москва, ул. Тверская, д. 5, кв. 12"): left
# out when an address said aloud is compared with the card's (guard/identification, guard/disclosure/personal).
ADDRESS_PART_WORDS = frozenset({
    "г", "гор", "город", "ул", "улица", "д", "дом", "кв", "квартира", "корп", "корпус", "стр", "строение", "пр", "пр-т",
    "просп", "проспект", "пер", "переулок", "ш", "шоссе", "б-р", "бульвар", "наб", "набережная", "пл", "площадь", "обл",
    "область", "р-н", "район", "мкр", "микрорайон", "пос", "поселок", "село", "край", "респ", "республика", "офис",
    "оф", "пом", "помещение", "литера", "лит", "проезд", "пр-д", "тупик", "аллея", "а", "я", "россия", "рф",
})
# A settlement's kind written short before its name ("с. Шебалино", "пгт Яйва", "п. Чемал"): the city keywords that are
# no word of their own ("село", "аул", "хутор" are)
SETTLEMENT_ABBREVIATIONS = frozenset(word for word in _EXACT["city"] if len(word) <= 3 and word != "аул") | {"ст-ца"}
# Words that name a house, building or flat, as written and in dictionary form ("д", "кв", "квартира", "корпус"):
# a line that holds one may hold an address (the speech checker's pre-check). Keywords that are prepositions
# first ("к", "под") are left out; the chain reads them in context.
HOUSE_WORDS = frozenset(word for kind in ("house", "building", "flat") for word in _EXACT[kind]
                        if len(word) > 1 and word != "под" or word == "д") | frozenset({
    "квартира", "корпус", "строение", "литера", "подъезд", "этаж", "офис", "комната", "помещение"})
CONNECTORS = {*SAID_SEPARATORS, "буква"}
# Words that say an address follows even without keywords: "прописан по адресу Москва, Тверская 5-12".
ADDRESS_CUES = ("адрес", "прописк", "прописан", "проживаю", "проживает", "зарегистрирован", "доставк")
# The words of a question asking for an address (Kind.asked, guard/dialogue.py): where one lives or is registered, and
# the parts a question names ("город и улица"); not "доставка" (a question of when)
ASKED = (r"адрес\w*|прописк\w*|прописан\w*|зарегистрирован\w*|прожива\w*|жив[её]те|город\w*|улиц\w*|дом(?![а-яё])|"
         r"квартир\w*|индекс\w*|населенн\w*")
# The same cues as a CRM note abbreviates them, with their dot or a colon: "рег. Самара Ново-Садовая 20-15",
# "прож. Мск Лесная 7-45", "адр. Казань Баумана 10-3" (red team bb5 11).
ADDRESS_ABBREVIATIONS = frozenset({"адр", "рег", "прож", "прожив", "пропис", "зарег", "регистр", "факт", "юр", "почт"})
# Keywords whose value may be a letter or a name rather than a number: "лит. А", "БЦ «Гринвич»".
_NAMED_BUILDINGS = {"лит", "литера", "литер", "бц", "тц", "трц", "жк"}

_NEIGHBOURS_LETTERS = "іїєґўүұқғңөәһ"  # Ukrainian, Belarusian, Kazakh and Tatar letters: their words are words
# Latin letters with marks, whole words of a foreign address ("Gartenstraße", "Zürich", "Kadıköy", "Gdańsk"; stop 46)
_MARKED_LATIN = "à-öø-ÿßğıİşçăąćęłńśźżđčřžšőű"
# an anniversary's number glued to "лет…" and a word after it: "20-летия Октября", "40-лет Победы" ("д. 1-лет 5" is a
# house's number and a typo)
_ANNIVERSARY = r"\d{1,4}-(?=лет[а-яё]*+[ \t]++[а-яёa-z])"
_TOKEN = re.compile(
    r"(?P<settlement>(?<![а-яё])(?:р\.\s?п|п\.\s?г\.\s?т|г\.\s?о|с/п|с\.\s?п)\.?(?![а-яё]))"
    r"|(?P<pobox>(?<![а-яё])(?:а/я|абонентск[а-яё]*\s+ящик[а-яё]*|в/ч|воинск[а-яё]*\s+част[а-яё]*)(?![а-яё]))"
    # a house's number, its letter, a flat or a building joined by "/" or "-", or a building glued by its letter
    # ("41к2", "5с1", "12стр3": a house and its building as written in Moscow and St Petersburg)
    r"|(?P<num>(?!" + _ANNIVERSARY + r")\d+(?:-?[а-яё]{1,2}(?![а-яё" + _NEIGHBOURS_LETTERS + r"]))?(?:[/\-]\d+[а-яёa-z]?|(?:к|с|стр)\d+)*"
    r"(?![\dа-яёa-z]))"
    # (a hyphenated name whose first part is cut with a dot, a capital after the hyphen: "Садов.-Кудр.", red team bb26 f01)
    # (an anniversary's number glued to its word opens a street's name: "ул. 20-летия Октября", "пр-т 60-летия СССР",
    # "ул. 40-лет Победы"; issue 15, stop 57: pii_ba56 — a number glued to any other word stays a number, "3-я",
    # "18-хонадон" an Uzbek flat's)
    r"|(?P<word>(?:" + _ANNIVERSARY + r")?[а-яёa-z" + _NEIGHBOURS_LETTERS + _MARKED_LATIN + r"]+(?:(?:\.(?=-(?-i:[А-ЯЁ])))?-[а-яёa-z"
    + _NEIGHBOURS_LETTERS + _MARKED_LATIN + r"]+)*\.?)"
    r"|(?P<sep>[,;])"
    r"|(?P<quote>[«»\"()])"
    r"|(?P<other>[^\s\w,;])",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 3
_PLACES = frozenset({"settlement", "city", "street", "district", "region"})  # a chain that says where: a landmark may follow
_NUMBERED = frozenset({"num", "house", "building", "flat"})  # the tokens a numbered part (_is_address) starts from
def digits_in(word: str) -> str:
    return "".join(ch for ch in word if ch.isdigit())


# a number written as an ordinal ("3-я", "1-й", "2-ой"): the first word of a numbered street's name ("3-я Парковая")
_ORDINAL_NUMBER = re.compile(r"\d{1,2}-?(?:я|й|ая|яя|ий|ый|ой)", re.IGNORECASE)
# a house's number, perhaps its letter or its building glued ("41к2", "5а", "12стр3")
_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:-?[а-яё]{1,2}|(?:к|с|стр)\d{1,2})?", re.IGNORECASE)
_HOUSE_AND_FLAT = re.compile(r"(?<!\d)\d+[а-яё]?[/\-]\d+[а-яё]?", re.IGNORECASE)


def house_and_flat(value: str) -> bool:
    """Is `value` a house's and a flat's numbers joined as an address writes them ("5-12", "7/3", "15а-4")? One home for
    the shape the address chain reads after a street; the checker reads it said bare in a call (red team bb22, f03)."""
    return _HOUSE_AND_FLAT.fullmatch(value.strip()) is not None
_STOP_NAME_WORDS = {"и", "в", "на", "по", "не", "а", "но", "что", "это", "у", "к", "от", "до", "за", "из", "с",
                    "мне", "я", "он", "она", "мы", "вы", "они", "там", "тут", "здесь", "же", "ли", "бы", "ну",
                    "пожалуйста", "спасибо", "да", "нет", "вот", "есть", "был", "была", "было", "будет", "живу",
                    "живем", "живём", "адр", "курьер", "туда", "сюда", "приедет", "привезите", "пришлите", "после", "если"}


@dataclass
class _Token:
    kind: str  # region, district, city, street, house, building, flat, num, word, sep, quote, other, connector
    start: int
    end: int
    text: str


# One-letter abbreviations that are also prepositions ("с", "п" — село, посёлок) count only with their dot.
_NEEDS_DOT = {"с", "п", "х", "сл"}


@lru_cache(maxsize=100_000)
def _classify(word: str) -> str:
    bare = word.lower().rstrip(".").replace("ё", "е")
    if bare in _NEEDS_DOT and not word.endswith("."):
        return "word"
    for kind, exact in _EXACT.items():
        if bare in exact:
            return kind
    for kind, exact in _EXACT_NEIGHBOURS.items():
        if bare.replace("і", "и") in exact and (len(bare) > 1 or word.endswith(".")):
            return kind  # "қ." (қаласы) only with its dot
    if bare.isascii():
        for kind, exact in _EXACT_LATIN.items():
            if bare in exact:
                return kind
        return _classify_transliterated(bare, word.endswith("."))
    if len(bare) > 3:
        for kind, stems in _STEMS.items():
            if bare.startswith(stems):
                # a town named with a keyword's stem is the town's name: "Городец", "Слободской" (not "Город", "Улусе")
                return "word" if word[:1].isupper() and "Geox" in _place_grammemes(bare) else kind
    if bare in CONNECTORS:
        return "connector"
    return "word"


def _place_grammemes(bare: str) -> frozenset[str]:
    from guard.nlp import word_grammemes

    return word_grammemes(bare)


def _classify_transliterated(bare: str, dotted: bool) -> str:
    """A Latin word read as the Russian keyword it transliterates ("g." г., "d." д., "ulitsa", "kvartira", "oblast"; red
    team bb7 21: notes typed in translit). A one-letter reading counts only with its dot ("5 d" is no house)."""
    for reading in sorted(latin_readings(bare)):
        if len(reading) == 1 and not dotted:
            continue
        kind = _classify(reading + ("." if dotted else ""))
        if kind not in ("word", "connector"):
            return kind
    return "word"


def _spelled_keywords(text: str) -> list[_Token]:
    """A keyword said letter by letter ("эс эн тэ дружба": СНТ; "пэ гэ тэ"), read by the letters' names
    (lexicon.letter_name_words) and classified as the keyword they spell."""
    found = []
    for start, end, word in letter_name_words(text):
        kind = _classify(word + ".")
        if kind not in ("word", "connector"):
            found.append(_Token(kind, start, end, text[start:end]))
    return found


# a settlement's name after an abbreviation that is also other words' ("КП" a cottage settlement, a department's code, a
# commercial offer): a quote or a capitalised word
_SETTLEMENT_NAME_AHEAD = re.compile(r" ?[«\"]| [А-ЯЁ][а-яё]")
_NUMBER_AHEAD = re.compile(r"[ \t]?(?:№[ \t]?)?\d")


@lru_cache(maxsize=256)
def tokenize(text: str) -> list[_Token]:
    """The text cut into address tokens. Kept for the texts read most recently (stop 42, speed): the speech checker
    reads a line's streets (guard/disclosure/streets.py) and its addresses (address_spans, on the same text when no
    number was said in words) — one cut for both. Readers never change the list or its tokens."""
    tokens = []
    spelled = _spelled_keywords(text) if LETTER_NAME_RUN.search(text) else []
    for match in _TOKEN.finditer(text):
        if spelled and spelled[0].start <= match.start():
            if match.start() < spelled[0].end:
                if match.end() >= spelled[0].end:
                    tokens.append(spelled.pop(0))
                continue
        kind = match.lastgroup
        value = match.group()
        if kind == "settlement":
            kind = "city"
        elif kind == "pobox":
            # "а/я 145": a post-office box is where a customer's post is delivered, numbered as a house; so is a
            # military unit's number ("в/ч 12345", "воинская часть 12345"), a serviceman's postal address (red team bb12)
            kind = "house"
        elif kind == "word":
            kind = _classify(value)
            if value.lower() == "м." and re.match(r" ?[А-ЯЁ][а-яё]+-[А-ЯЁ]", text[match.end():match.end() + 40]):
                kind = "city"  # "м. Сарыг-Хая": a Tuvan locality (местечко) named by a hyphenated name
            if value.lower() == "кп" and _SETTLEMENT_NAME_AHEAD.match(text, match.end()):
                kind = "city"  # "КП «Княжье озеро»", "КП Лесные дали": a cottage settlement; "КП 770-096" a code
            if value.lower() == "блок" and not _NUMBER_AHEAD.match(text, match.end()):
                kind = "word"  # a dormitory's "блок 8"; "блок номера", "блок по заявлению" are a line's blocking
            if kind == "street" and tokens and tokens[-1].kind == "street" and value[:1].isupper() \
                    and not value.endswith("."):
                kind = "word"  # a street named by a street's word: "ул. Набережная", "улица Линейная"
        if kind == "word" and (german := _GERMAN_STREET.fullmatch(value)):
            # "Gartenstraße 14": the street's name and its keyword glued, read as the two ("Garten" "straße")
            tokens.append(_Token("word", match.start(), match.start() + german.end(1), german.group(1)))
            tokens.append(_Token("street", match.start() + german.start(2), match.end(), german.group(2)))
            continue
        if kind == "num" and (glued := _GLUED_KEYWORD.fullmatch(value)) and _follows_its_number(glued.group(2)):
            # "15-уй", "12үй": a number with its neighbour's-language keyword glued after it is the number and the
            # keyword, not a house's letter
            tokens.append(_Token(kind, match.start(), match.start() + glued.end(1), glued.group(1)))
            kind, value = _classify(glued.group(2)), glued.group(2)
            tokens.append(_Token(kind, match.start() + glued.start(2), match.end(), value))
            continue
        if kind in _NUMBERED and kind != "num" and len(tokens) >= 2 and tokens[-1].text == "-" \
                and tokens[-2].kind == "num" and tokens[-2].end == tokens[-1].start == match.start() - 1 \
                and value.lower().rstrip(".").replace("і", "и") in _POSTPOSITIVE:
            tokens.pop()  # "7-хонадон": the hyphen joins the number to its keyword
        tokens.append(_Token(kind, match.start(), match.end(), value))
    return tokens


_GLUED_KEYWORD = re.compile(r"(?<!\d)(\d+)-?([а-яё" + _NEIGHBOURS_LETTERS + r"]{2})", re.IGNORECASE)


def _is_hotline(tokens: list[_Token], k: int) -> bool:
    """"горячей линии 8 800 ...", "линия для крупных клиентов": a line keyword is a street only after a number
    ("7-я линия") or beside a capitalised name ("Кадетская линия", "линия Пушкина")."""
    tok = tokens[k]
    if tok.kind != "street" or not tok.text.lower().startswith("лини"):
        return False
    before = tokens[k - 1] if k >= 1 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if before is not None and before.text.lower().startswith(LINE_KINDS):
        return True  # "Горячая линия банка 8 800 …" opening a sentence: capitals, and still a hotline
    return not (before is not None and (before.kind == "num" or before.text[:1].isupper() or _is_ordinal(before.text))
                or after is not None and after.text[:1].isupper())


# Units after a number make it a quantity, not a house: "Тверской, 12 шт.", "Стоимость 200 руб/мес".
_UNITS = {"шт", "штук", "штуки", "руб", "рублей", "рубля", "р", "коп", "мин", "минут", "сек", "ч", "час", "часа",
          "часов", "гб", "мб", "тыс", "млн", "дней", "дня", "лет", "года", "м", "км", "метров", "процентов", "раз", "раза",
          "мес", "месяца", "месяцев", "недели", "недель", "мбит", "гбит"}


# words after a number that make it an amount, a measure or a share, not a house: "5 тысяч", "5 гигов", "5 процентов"
_UNIT_LIKE = re.compile(r"(?:тысяч|тыс|миллион|млн|гиг|мегабайт|гб|мб|процент|рубл|руб|минут|секунд|час|дн|сут|недел|"
                        r"месяц|год|лет|раз|штук|шт|человек|звезд|балл|место|мест|класс|курс|серии|сезон)", re.IGNORECASE)


def _is_house_letter(word: str) -> bool:
    """A house's or a building's letter, written ("5 а", "корпус Б") or said by its name ("сорок шесть бэ", "корпус
    вэ": lexicon.SPOKEN_LETTERS)."""
    return len(word) == 1 or word.lower() in SPOKEN_LETTERS


def _names_one_part(word: str) -> bool:
    """Is a building's or a flat's word said in the nominative singular ("подъезд", "квартира"), naming the part it
    opens — not a count of them ("5 квартир", "3 этажа")?"""
    from guard.morph import parses

    if word.lower().startswith("этаж"):
        return False  # "только 4 этаж": a floor's number is said before its word, no house's
    found = parses(word)
    if any(p.tag.POS in ("PREP", "CONJ") for p in found):
        return False  # "на Садовую, 8 к обеду": a keyword that is also a preposition ("к", "под") is the preposition
    # the keyword in full ("дом", "квартира"), not its abbreviation ("кв", "стр": said alone, a likeness of anything)
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and "Abbr" not in p.tag
               for p in found)


def _numbers_the_part(token: _Token) -> bool:
    """The word "номер" (or its sign "№") between a part's keyword and its number: "дом номер 5", "кв. № 12"."""
    return token.text.lower().rstrip(".") in _NUMBER_LABELS


_NUMBER_LABELS = frozenset({"номер", "№"})


def names_a_home_part(word: str) -> bool:
    """Whether a word names a house or a flat ("дом", "квартире", "кв."; not an entrance or a floor), as the chain reads it:
    the document's reading of an ordinal before it (guard/normalize.py: "пятый дом" is "5 дом", "в двенадцатой
    квартире" "в 12 квартире"; red team bb21, f06). A one- or two-letter abbreviation only with its dot."""
    bare = word.rstrip(".")
    return _classify(word) in ("house", "flat") and (len(bare) > 2 or word.endswith("."))


def _follows_its_number(word: str) -> bool:
    """May this keyword stand after its number: a neighbour's language's, whose keywords follow their numbers ("150 үй"),
    or a Russian one naming one part ("12 квартира"), not counting them ("5 квартир")?"""
    return word.lower().rstrip(".").replace("і", "и") in _POSTPOSITIVE or _names_one_part(word)


_POSTPOSITIVE = frozenset(word for kind in ("house", "building", "flat") for word in _EXACT_NEIGHBOURS.get(kind, ())
                          if word.isalpha() and not word.startswith(("буд", "вул")))  # Kazakh, Tatar; not Ukrainian


def _is_quantity(tokens: list[_Token], k: int) -> bool:
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.kind == "word" and after.text.lower().rstrip(".") in _UNITS


# Prepositions that place a house by a landmark where a village has no street or number: "дом за фермой", "дом у
# школы", "дом напротив турбазы", "третий дом от моста", "рядом с клубом"
_LANDMARK_PREPOSITIONS = frozenset({"за", "у", "напротив", "возле", "около", "рядом", "против", "перед", "после", "от",
                                    "через", "над", "под", "подле", "близ"})


def _landmark_end(tokens: list[_Token], k: int) -> int | None:
    """The last token of a landmark said from token k: a preposition of place, maybe an adjective, then a noun ("за
    фермой", "у старой школы", "рядом с клубом", "от моста") — not a pronoun ("у меня"); None when token k opens none."""
    from guard.morph import parses

    if k >= len(tokens) or tokens[k].text.lower() not in _LANDMARK_PREPOSITIONS:
        return None
    m = k + 1
    if tokens[k].text.lower() == "рядом" and m < len(tokens) and tokens[m].text.lower() in ("с", "со"):
        m += 1
    def readings(n: int) -> list:
        if n >= len(tokens) or tokens[n].kind not in ("word", "city") or tokens[n].start - tokens[n - 1].end > 1:
            return []
        found = parses(tokens[n].text.rstrip("."))
        return [] if not found or {"NPRO", "Apro"} & set(found[0].tag.grammemes) else found

    first, second = readings(m), readings(m + 1)
    if first and second and second[0].tag.POS == "NOUN" and any(p.tag.POS == "ADJF" for p in first):
        return m + 1  # "у старого клуба": an adjective and its noun
    return m if first and first[0].tag.POS == "NOUN" else None


def _distance_end(tokens: list[_Token], j: int) -> int | None:
    """The last token of a distance from a settlement said from token j: "14 км от села", "18 км от с. Самагалтай",
    "двадцать километров от самагалтая" (digits by then) — where a herder's camp or a farmstead lies; None when none."""
    from guard.morph import parses

    if j + 3 >= len(tokens) or tokens[j].kind != "num" or not tokens[j].text.isdigit() or len(tokens[j].text) > 3 \
            or not _is_kilometre(tokens[j + 1]) or tokens[j + 2].text.lower() != "от":
        return None
    place = j + 3
    if tokens[place].kind == "city":
        return place + 1 if place + 1 < len(tokens) and _is_name_word(tokens[place + 1]) \
            and tokens[place + 1].start - tokens[place].end <= 1 else place
    # a village's own name, not a common noun ("от центра", "от дороги"): the dictionary's place, or a word it does not know
    return place if _is_name_word(tokens[place]) and (_likely_place(tokens[place].text.rstrip(".")) or not any(
        p.is_known for p in parses(tokens[place].text.rstrip(".")))) else None


def _is_kilometre(token: _Token | None) -> bool:
    """"км", "километр", "километре": a road's kilometre, which numbers where a house stands along a road."""
    return token is not None and token.kind == "word" and (
        token.text.lower().rstrip(".") == "км" or token.text.lower().startswith("километр"))


# prepositions a street's name is said after without its keyword: "на Тверской", "с Ленина", "по Садовой"
_STREET_PREPOSITIONS = frozenset({"на", "с", "со", "по", "от", "до", "у"})


# --- whether a word names a street without its keyword: the ADDRESS kind's one reading ----------------------------------
# A street is named after someone or something (a surname's or a place's genitive: "Ленина", "Гагарина") or by an
# adjective of "улица"'s gender ("Тверская", "Садовой"). How sure a reader must be depends on what stands around the
# word, so the one reading takes where the word stands (the readers' parameters, which truly differ):
STREET_AFTER_A_TOWN = "after a town"  # the address's order says a street stands here (redactor: after a town, before a house)
STREET_ALONE = "alone"  # no keyword and no town before it (redactor: "Пушкина 5-12")
STREET_IN_A_FRAME = "in a frame"  # the one value of a confirming frame (checker: "Тверская, верно?")
STREET_BESIDE_A_HOUSE = "beside a house"  # a word or two beside a short number (checker: "Тверская, 5", "Ленина 3")
STREET_AFTER_TOWARDS = "after на/по"  # right after "на" / "по" (checker: "живёте на Лавочкина", "на Тверской")
_STREET_PLACES = (STREET_AFTER_A_TOWN, STREET_ALONE, STREET_IN_A_FRAME, STREET_BESIDE_A_HOUSE, STREET_AFTER_TOWARDS)
# what a street's name never is, beside a house number: a function word or a verb ("до 5", "было 3")
_NOT_A_NAME_POS = frozenset({"PREP", "CONJ", "PRCL", "NUMR", "ADVB", "VERB", "INFN"})
_NAME_GRAMMEMES = frozenset({"Geox", "Surn", "Name", "Patr"})
_PRONOUN_OR_ORDINAL = frozenset({"Apro", "Anum"})
_PERSONS_NAME = frozenset({"Surn", "Name"})


def _adjective_of_a_street(p, *, nominative: bool = False, singular: bool = True,
                           exclude: frozenset[str] = _PRONOUN_OR_ORDINAL) -> bool:
    """A parse that is an adjective agreeing with "улица" (feminine; singular, nominative where asked), not a pronoun
    or an ordinal (`exclude`: the grammemes that make it none)."""
    grammemes = p.tag.grammemes
    return p.tag.POS == "ADJF" and "femn" in grammemes and (not singular or "sing" in grammemes) \
        and (not nominative or "nomn" in grammemes) and not grammemes & exclude


def _name_in_the_genitive(p, names: frozenset[str] = _PERSONS_NAME) -> bool:
    """A parse that is a person's (or, by `names`, a place's) name in the genitive: a street named after them."""
    return "gent" in p.tag.grammemes and bool(p.tag.grammemes & names)


def names_a_street(word: str, where: str = STREET_AFTER_A_TOWN, *, said: bool = False,
                   next_word: str | None = None) -> bool:
    """Can `word` name a street without its keyword, standing `where` (one of the STREET_* places above)? The redactor's
    address chain and the speech checker read it here (the card scrub matches the card's own streets instead:
    `guard/proxy/scrub.py: CardSecrets._is_a_hidden_street`).

    STREET_AFTER_A_TOWN: an adjective agreeing with "улица" ("Тверской", "садовой"), a place ("Арбате"), or a noun or
    surname in the genitive ("Ленина", "Мира", "Баумана") — written with a capital; said, a surname's genitive or the
    adjective (any noun's genitive where a town before it says a street follows: `said`). The dictionary's own words
    only, and none a company's ("Мегафона", "Сбербанка"): a tariff's or a brand's name ("Смарт") is a guess.
    STREET_ALONE: the likeliest reading only — a surname's or a place's genitive ("Пушкина", "Чкалова"), a relative
    adjective of "улица"'s gender and number ("Стахановская"), or a word the dictionary does not know that the
    analyser reads so by its ending ("Ласьвинскую"); not a quality's adjective ("Новая"), a pronoun or an ordinal.
    STREET_IN_A_FRAME: a feminine adjective in the nominative ("Тверская") or a person's name in the genitive
    ("Ленина") — no quality's ("Новая, да"), pronoun's, ordinal's, compound's or short form.
    STREET_BESIDE_A_HOUSE: a feminine adjective in the nominative or a name in the genitive, or a capitalised word the
    dictionary does not know; never a function word or a verb.
    STREET_AFTER_TOWARDS: a name (a place, a surname, a first name) or an adjective standing for its noun ("на
    Тверской") — not one with its noun after it (`next_word`: "на пятом этаже", "на следующей неделе")."""
    from guard.morph import parses

    if where == STREET_AFTER_A_TOWN:
        bare = word.rstrip(".")
        if _reads_as_a_street_adjective(bare):
            return True
        from guard.nlp import DOMAIN_WORDS

        return any(p.is_known and p.normal_form not in DOMAIN_WORDS and not {"Orgn", "Trad"} & p.tag.grammemes
                   and ("Geox" in p.tag or p.tag.POS == "NOUN" and p.tag.case == "gent" and (
                       said or bare[:1].isupper() or "Surn" in p.tag)) for p in parses(bare))
    if where == STREET_ALONE:
        found = parses(word.rstrip("."))
        if not found:
            return False
        best = found[0]
        if not any(p.is_known for p in found):  # a word the dictionary does not know: the analyser's guess by its ending
            return _adjective_of_a_street(best, exclude=frozenset())
        return best.is_known and (best.tag.POS == "NOUN" and _name_in_the_genitive(best, names=frozenset({"Surn", "Geox"}))
                                  or _adjective_of_a_street(best, exclude=_PRONOUN_OR_ORDINAL | {"Qual"})
                                  # a place's name that is a street's adjective too: "Тверская" (the region, the street)
                                  or "Geox" in best.tag and any(p.is_known and _adjective_of_a_street(
                                      p, exclude=_PRONOUN_OR_ORDINAL | {"Qual"}) for p in found))
    if where == STREET_IN_A_FRAME:
        if "-" in word:
            return False
        found = [p for p in parses(word) if p.is_known]
        if found and "Qual" in found[0].tag.grammemes:
            return False  # a quality ("Новая, да", "Основная, верно"), not a street's name
        return any(_adjective_of_a_street(p, nominative=True, exclude=_PRONOUN_OR_ORDINAL | {"Subx"})
                   or (_name_in_the_genitive(p) and "sing" in p.tag and "femn" not in p.tag and p.score >= 0.1)
                   for p in found)
    if where == STREET_BESIDE_A_HOUSE:
        found = [p for p in parses(word) if p.is_known]
        if not found:
            return word[:1].isupper()
        if any(p.tag.POS in _NOT_A_NAME_POS for p in found):
            return False
        return any(_adjective_of_a_street(p, nominative=True, singular=False, exclude=frozenset({"Anum"}))
                   or _name_in_the_genitive(p) for p in found)
    if where == STREET_AFTER_TOWARDS:
        found = parses(word)
        # not an ordinal ("на пятом") nor a pronoun ("по этому", "на вашей")
        adjective = any("ADJF" in p.tag and "Anum" not in p.tag and "Apro" not in p.tag for p in found)
        following = parses(next_word) if next_word is not None else []
        # "на пятом этаже", "на следующей неделе": an adjective with its noun — the next word's likeliest reading, not
        # a rare one ("на Тверской живёте": a verb, with a dictionary guess as an indeclinable noun; red team bb5, 18)
        # Its noun agrees with it: "на садовой дом пять" has none (the street's adjective, then the house; bb29 f04)
        if adjective and following and following[0].tag.POS == "NOUN" and any(
                "ADJF" in p.tag and p.tag.case == following[0].tag.case and p.tag.number == following[0].tag.number
                and (p.tag.number == "plur" or p.tag.gender == following[0].tag.gender) for p in found):
            return False
        return adjective or any(_NAME_GRAMMEMES & p.tag.grammemes for p in found)
    raise ValueError(f"names_a_street: no such place {where!r} (one of {_STREET_PLACES})")


def _may_name_a_street(word: str) -> bool:
    """Can a word be (part of) a street's name where the address's order says a street stands (after a town, before a
    house and flat): a capitalised word, a street's form (`names_a_street`), any adjective ("Невский",
    "Ленинский": a prospect's), a place, a surname or a word the dictionary does not know — not a verb, a pronoun, a
    conjunction or an everyday lowercase noun ("Москва, звонил 28, 14 раз")."""
    from guard.morph import parses

    if word.endswith("."):
        # an abbreviation ("код подр. 457-029", "тел. 12 34"), unless a name cut short ("Мясн. 17-42": cut_short)
        return cut_short(word)
    found = parses(word)
    if not found or not found[0].is_known:
        return True
    tag = found[0].tag
    if {"VERB", "INFN", "GRND", "PRTS", "CONJ", "PREP", "PRCL", "INTJ", "NPRO", "Apro", "ADVB", "PRED", "NUMR"} \
            & set(tag.grammemes):
        return False
    # lowercase, the street's own forms only (not any noun's genitive: "код" is also "кода"'s)
    return word[:1].isupper() or names_a_street(word) or "ADJF" in tag or _can_name_a_place(
        _Token("word", 0, len(word), word))


# The cases "на" and "по" govern (a place, a direction, a route): a genitive after them is a name in apposition to a
# noun left unsaid — a street's
_CASES_GOVERNED = {"на": frozenset({"accs", "loct", "loc2"}), "по": frozenset({"datv", "accs", "loct", "loc2"})}


def _only_a_genitive_after(preposition: str, word: str) -> bool:
    """A noun (or a surname) in the genitive singular that the preposition before it cannot govern on any reading: "на
    мира", "по ленина" (a surname's genitive, read as the accusative of a person, is a street's name too)."""
    from guard.morph import parses

    governed = _CASES_GOVERNED.get(preposition.lower())
    found = parses(word)
    if governed is None or not found or not any(p.is_known for p in found):
        return False
    nouns = [p for p in found if p.tag.POS == "NOUN" and p.score >= 0.05]
    genitive = [p for p in nouns if p.tag.case == "gent" and p.tag.number == "sing"
                and not {"Name", "Patr", "Orgn"} & set(p.tag.grammemes)]
    other = [p for p in found if p.score >= 0.05 and not (p.tag.POS == "NOUN" and p.tag.case == "gent")
             and not ("Surn" in p.tag and p.tag.case == "accs")]
    return bool(genitive) and not any(p.tag.case in governed or p.tag.POS != "NOUN" for p in other)


def _reads_as_a_street_adjective(word: str) -> bool:
    """"Тверской", "садовую", "Лесная": an adjective of "улица"'s gender and number, not an ordinal or a pronoun."""
    from guard.morph import parses

    return any(p.is_known and _adjective_of_a_street(p) for p in parses(word.rstrip(".")))


def _reads_as_a_person(word: str) -> bool:
    """A first name or a surname in the nominative after a town ("Москва Иванов 5"): a person, not a street."""
    from guard.morph import parses

    found = parses(word)
    return bool(found) and ({"Name", "Patr"} & set(found[0].tag.grammemes)
                            or "Surn" in found[0].tag and found[0].tag.case == "nomn"
                            and not _reads_as_a_street_adjective(word))


def _counts_something(word: str) -> bool:
    """"5-12 вышек", "3 4 человек": a noun in the genitive plural after numbers is what they count."""
    from guard.morph import parses

    found = parses(word.rstrip("."))
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent" and found[0].tag.number == "plur"


def _names_a_month(word: str) -> bool:
    from guard.recognizers.birth_date import month_number

    return month_number(word.rstrip(".")) is not None


def _is_po_box(token: _Token) -> bool:
    """"а/я 145", "абонентский ящик 12", "в/ч 12345": a post-office box or a military unit, a person's postal address
    by its number alone."""
    return token.kind == "house" and token.text.lower().startswith(("а/я", "абонентск", "в/ч", "воинск"))


def _is_ordinal(word: str) -> bool:
    """"седьмую" (линию): a number word said as an ordinal."""
    from guard.nlp import any_grammemes

    return "Anum" in any_grammemes(word)


def _is_place_word(word: str) -> bool:
    from guard.nlp import any_grammemes

    return "Geox" in any_grammemes(word.rstrip("."))


def _is_name_word(token: _Token) -> bool:
    bare = token.text.lower().rstrip(".")
    # no cue of living there names a street: "живёт сибиряков гвардейцев 51" (the cues, _LIVING_CUES, below)
    return token.kind == "word" and bare not in _STOP_NAME_WORDS and not bare.replace("ё", "е").startswith(_LIVING_CUES)


def _is_adjective(word: str) -> bool:
    """"нижний" (новгород), "великий" (новгород): an adjective, not a pronoun."""
    from guard.morph import parses

    found = parses(word)
    return bool(found) and "ADJF" in found[0].tag and "Apro" not in found[0].tag


def _can_be_adjective(word: str) -> bool:
    """"рабочий посёлок", "городской округ": an adjective in some reading, unlike what a caller does or says
    before the town ("скажу город тюмень", "подключения город москва", "теперь г. Сергиев Посад")."""
    from guard.nlp import any_grammemes

    return "ADJF" in any_grammemes(word.rstrip(".")) and not {"VERB", "INFN", "GRND"} & any_grammemes(word.rstrip("."))


def _noun_of_its_adjective(adjective: str, noun: str) -> bool:
    """A lowercase noun the capitalised adjective before it agrees with, in an oblique case: the rest of the street's
    name ("наб. Обводного канала", "наб. Адмиралтейского канала"); a nominative pair is left out ("ул. Садовая
    авария": a street and what happened there)."""
    from guard.morph import parses

    adjectives = [p.tag for p in parses(adjective) if p.tag.POS == "ADJF" and "Apro" not in p.tag]
    nouns = [p.tag for p in parses(noun) if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number and (a.number == "plur" or a.gender == n.gender)
               and a.case != "nomn" for a in adjectives for n in nouns)


def _keyword_in_full(token: _Token) -> bool:
    """"улица республики", "проспект мира": a keyword-like word spelled out in full names the street."""
    return token.kind in ("region", "district", "city") and not token.text.endswith(".") and len(token.text) > 3


def _can_name_a_place(token: _Token) -> bool:
    """A word before "область"/"ул." that can be the name: an adjective, a number word, an unknown or
    capitalised word — not a pronoun or an everyday noun ("наш участок тульская область")."""
    from guard.morph import parses

    if token.text[:1].isupper():
        return True
    found = parses(token.text.rstrip("."))
    if not found:
        return True
    tag = found[0].tag
    return ("ADJF" in tag and "Apro" not in tag) or tag.POS is None or "Geox" in tag or "Surn" in tag or "Name" in tag


def _is_name_inside(token: _Token) -> bool:
    """Inside a name already begun, a capitalised keyword without a dot is part of it:
    "г. Набережные Челны", "ул. Красный проспект" ("проспект" after a street keyword)."""
    return _is_name_word(token) or (token.kind in ("street", "region", "city", "district")
                                    and not token.text.endswith(".") and len(token.text) > 3
                                    and (token.text[:1].isupper() or token.kind == "street"))


def _names_a_street_after_numbers(tokens: list[_Token], k: int) -> bool:
    """The word right after a house's numbers that names its street without the street's word: written, a capitalised
    word that is not a person said in the nominative or a verb ("кв 45 дом 12 Профсоюзная", "д. 5, Гагарина"; not
    "кв. 3 Иванов звонил"); said, an adjective of улица's gender that ends the address ("дом 12 квартира 5 профсоюзная")."""
    from guard.morph import parses

    token = tokens[k]
    if not _is_name_word(token) or len(token.text) < 4 or token.text.endswith("."):
        return False
    found = parses(token.text)
    if not found:
        return token.text[:1].isupper()
    tag = found[0].tag
    if {"VERB", "INFN", "GRND", "PRTF", "PRTS", "CONJ", "PREP", "PRCL", "INTJ", "NPRO", "Apro"} & set(tag.grammemes):
        return False
    if token.text[:1].isupper():
        # a sentence that starts after the numbers ("кв 12 Клиент недоволен", "Оплата прошла") is no street: a common
        # noun in the nominative is one only as a place the dictionary knows ("Арбат", "Остоженка")
        common_subject = "NOUN" in tag and "nomn" in tag and not {"Geox", "Surn", "Name"} & set(tag.grammemes)
        return not ({"Name", "Patr"} & set(tag.grammemes) or "Surn" in tag and "nomn" in tag or common_subject)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return "ADJF" in tag and "femn" in tag and (after is None or after.kind in ("sep", "other", "city"))


# Another field's abbreviation before a number, never a street's name cut short ("прим. 3-4", "табл. 5-12", "стр. 3-7",
# a note's "пасп.", "подр.", "доб.", "моб.", "таб.", "выд.", "каб.", "орг.", "физ."; a role's or a client's: lexicon).
_OTHER_FIELD_CUT = re.compile(r"(?:(?:" + OTHER_VALUE_WORDS + r")[а-яё]{0,2}|прим|табл|стр|рис|гл|разд|см|ст|пп?|вкл|доп"
                              r"|исх|вх|рег|пасп|подр|доб|моб|таб|выд|конт|каб|ауд|орг|насл|физ|юр|тлф|дог|"
                              + "|".join(sorted(ROLE_ABBREVIATIONS | NAMING_ABBREVIATIONS | ADDRESS_ABBREVIATIONS))
                              + r")", re.IGNORECASE)


@lru_cache(maxsize=10_000)
def cut_short(word: str) -> bool:
    """Is `word` a name cut with a dot, as a note abbreviates a street ("мясн.", "Тверск.", "Краснопрес.", two parts
    joined "Садов.-Кудр."; red team bb26 f01)? Its letters before the dot, three at least, are no word the dictionary
    knows (a sentence's last word is one: "Москве."), no keyword of an address (those are read as keywords) and no other
    field's abbreviation ("тел.", "прим.", "рег."). Read only where the address's order says a street stands: after an
    address cue or a town, before a house's numbers (`AddressRecognizer._part_at`)."""
    from guard.morph import parses

    if not word.endswith(".") or _classify(word) != "word":
        return False
    if ".-" in word:
        return True  # the first part cut and a second after it: an abbreviated compound name, no sentence's end
    stem = word[:-1]
    if len(stem) < 3 or not stem.isalpha() or _OTHER_FIELD_CUT.fullmatch(stem) or _names_a_month(word):
        return False
    return not any(p.is_known for p in parses(stem))


# A town named by its short form in a chat or a note ("мск", "спб", "екб"): a town, as its name is.
TOWN_SHORT_FORMS = frozenset({"мск", "спб", "питер", "екб", "екат", "нск", "крд", "влг", "члб"})


def _is_place(tokens: list[_Token], k: int) -> bool:
    """A bare town name: most likely a place to the dictionary ("тюмени" yes, "артём" — a town too, but a name first)."""
    tok = tokens[k]
    return _is_name_word(tok) and _likely_place(tok.text.rstrip(".")) and (tok.text[:1].isupper() or tok.text.islower())


@lru_cache(maxsize=100_000)
def _likely_place(word: str) -> bool:
    from guard.nlp import word_grammemes

    return word.lower() in TOWN_SHORT_FORMS or "Geox" in word_grammemes(word)


def _spoken_hyphenated_town(tokens: list[_Token], k: int) -> bool:
    """"санкт петербург", "улан удэ": ASR drops the hyphen; the two words joined by one name a place."""
    from guard.morph import parses

    if not (k >= 1 and tokens[k].kind == "word" and tokens[k - 1].kind == "word" and tokens[k].text.islower()
            and tokens[k].start - tokens[k - 1].end == 1):
        return False
    # the dictionary's own word, not one guessed from its last part ("маме-владимир")
    return any(p.is_known and "Geox" in p.tag for p in parses(tokens[k - 1].text + "-" + tokens[k].text))


def _unknown_hyphenated_town(tokens: list[_Token], k: int) -> bool:
    """"Теленгит-Сортогое, ул. Кожабаева 18", "Кош-Агач, ул. Советская": a capitalised hyphenated name no dictionary knows,
    then a comma, before a street — a village of Altai, Tuva or Buryatia; not a double surname."""
    from guard.morph import parses

    tok = tokens[k]
    return tok.kind == "word" and "-" in tok.text and tok.text[:1].isupper() and k + 1 < len(tokens) \
        and tokens[k + 1].kind == "sep" and not any(p.is_known for p in parses(tok.text)) \
        and not _reads_as_a_person(tok.text) and not _reads_as_a_person(tok.text.split("-")[0])


def _is_latin_town(tokens: list[_Token], k: int) -> bool:
    """"Moscow, Tverskaya str. 5": a capitalised Latin word, then a comma, before an address chain."""
    tok = tokens[k]
    return tok.kind == "word" and tok.text.isascii() and tok.text[:1].isupper() and k + 1 < len(tokens) \
        and tokens[k + 1].kind == "sep"


# a word in the Latin script, its letters' marks too ("España", "Türkiye", "Česká")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'\-]*")


def _latin_places_before(tokens: list[_Token], first: int) -> int:
    """A foreign address's country and region before its town, each a Latin name of one or two words and a comma
    ("Israel, Haifa, …", "Srbija, Novi Sad, …", "Česká republika, Brno, …": issue 15, stop 55, packed_ad54): two at
    most, read only before a Latin town the chain has taken in — itself perhaps of two words ("Novi Sad")."""
    if first >= 1 and tokens[first - 1].kind == "word" and _LATIN_WORD.fullmatch(tokens[first - 1].text) \
            and tokens[first - 1].text[:1].isupper() and tokens[first].start - tokens[first - 1].end == 1:
        first -= 1
    for _ in range(2):
        k = first - 1
        if k < 1 or tokens[k].kind != "sep" or tokens[k].text != ",":
            break
        k -= 1
        words = 0
        while k >= 0 and words < 2 and tokens[k].kind == "word" and _LATIN_WORD.fullmatch(tokens[k].text) \
                and tokens[k + 1].start - tokens[k].end <= 1 and (tokens[k].text[:1].isupper() or words == 0):
            k, words = k - 1, words + 1
        if not words or not tokens[k + 1].text[:1].isupper():
            break
        first = k + 1
    return first


# Words before a place that say it is where someone lives or gets post: the address cues, and living there.
# where the caller lives, or where a courier brings the SIM card ("доставьте на Лесную 3-41", "привезите на мира 23")
# or moves to ("переезжаю на лесную 3", "переезд с гагарина 44-17 на …")
_LIVING_CUES = ADDRESS_CUES + ("живу", "живем", "живет", "живут", "живете", "живешь", "проживание", "прожива", "достав",
                               "привез", "курьер", "переезж", "переезд", "переех")


def _settlement_named_before(tokens: list[_Token], k: int) -> bool:
    """Is the word at k, right before a street's word (a comma between), the settlement the street is in — a name by its
    capital inside a sentence ("мой новый адрес Слободской, ул. Энгельса", "переезд: Вятские Поляны, ул. Гагарина"), or
    any word right after an address's cue ("прописка оричи, ул. молодой гвардии 5-2")? A town the dictionary does not
    know as one; a word that opens a sentence is a name by its capital only after a cue too."""
    token = tokens[k]
    if len(token.text) < 3 or not token.text.isalpha() \
            or not (token.kind == "word" and _is_name_word(token) or token.kind == "city" and token.text[:1].isupper()):
        return False  # a town named from a keyword's stem is read as the keyword: "Слободской" (слобода)
    previous = tokens[k - 1] if k >= 1 else None
    opens_a_sentence = previous is None or previous.kind == "other" and previous.text in ".!?"
    if token.text[:1].isupper() and not opens_a_sentence:
        return True
    return previous is not None and previous.kind == "word" \
        and previous.text.lower().replace("ё", "е").startswith(_LIVING_CUES)


def _after_address_cue(tokens: list[_Token], j: int, chars: int = 40) -> bool:
    """An address cue among the words in the `chars` characters before token j: "по адресу ...", "живёт на ..."."""
    m = j - 1
    while m >= 0 and tokens[j].start - tokens[m].start <= chars:
        if tokens[m].kind == "other" and tokens[m].text in ".!?":
            return False  # in the same sentence only: "Это адрес шлюза? Нет. Договор 260/21625-Ф"
        if tokens[m].kind == "word" and tokens[m].text.lower().replace("ё", "е").startswith(_LIVING_CUES):
            return True
        if tokens[m].kind == "word" and tokens[m].text.lower().rstrip(".") in ADDRESS_ABBREVIATIONS and (
                tokens[m].text.endswith(".") or m + 1 < len(tokens) and tokens[m + 1].text == ":"):
            return True
        m -= 1
    return False


def _town_after_v(tokens: list[_Token], last: int) -> int | None:
    """The first token of a town ending at `last` and said after "в"/"во": a place word, maybe after an adjective
    ("нижнем новгороде") or a town keyword ("городе орёл"); None when there is none."""
    if last < 1 or not _is_name_word(tokens[last]):
        return None
    first = last
    if not _is_place(tokens, last) and tokens[last - 1].kind != "city":
        return None
    if tokens[last - 1].kind == "city" or (last >= 2 and _is_name_word(tokens[last - 1])
                                           and (_is_place_word(tokens[last - 1].text) or _is_adjective(tokens[last - 1].text))
                                           and tokens[last - 2].text.lower() in ("в", "во")):
        first = last - 1
    return first if first >= 1 and tokens[first - 1].text.lower() in ("в", "во") else None


def _place_before_na(tokens: list[_Token], last: int) -> int | None:
    """The first token of where the street said after "на" lies, when no dictionary knows it for a town: a settlement
    named by its keyword ("в гаражном кооперативе рассвет на улице ...", "деревня круглое на ..."), or the one word said
    after "в" by someone telling where a person lives ("живёт в лисках на улице титова ...")."""
    if last < 1 or not _is_name_word(tokens[last]):
        return None
    if tokens[last - 1].kind == "city" and not tokens[last - 1].text.endswith("."):
        first = last - 1
        return first - 1 if first >= 1 and _is_name_word(tokens[first - 1]) and _can_be_adjective(tokens[first - 1].text) \
            else first
    if tokens[last - 1].text.lower() in ("в", "во") and _after_address_cue(tokens, last - 1, 24):
        return last
    return None


# A home's house and flat said a clause away from its street, in either order: "я на тверской живу, дом пять,
# двенадцатая квартира", "на тверской в пятом доме", "дом пять квартира двенадцать на тверской" (red team bb24 f02). The
# street is the word after "на" / "по" that names one there (names_a_street, STREET_AFTER_TOWARDS), in the same sentence
# and a few words away, no other number between; the town said after "в" before it comes too. One span from the street
# (or the town) to the home (interfaces §1: one span), the words between with it: the operator sees less, never more.
_STREET_REACH = 6


def _street_said_near(tokens: list[_Token], first: int, last: int) -> tuple[int, int]:
    """(first, last) of a chain holding a house or flat but no street, widened to the street said near it."""
    return _street_near(tokens, first, last)[:2]


def _street_near(tokens: list[_Token], first: int, last: int, text: str | None = None) -> tuple[int, int, bool]:
    """`_street_said_near`, and whether a street was said near the chain (or opens it: "на садовой дом пять"); with
    the `text`, never across a line break (a turn's or a field's end)."""
    if text is not None:
        line_start = text.rfind("\n", 0, tokens[first].start) + 1
        line_end = text.find("\n", tokens[last].end)
        line_end = len(text) if line_end < 0 else line_end
        inside = [k for k, token in enumerate(tokens) if line_start <= token.start and token.end <= line_end]
        lo, hi = inside[0], inside[-1] + 1
        near_first, near_last, found = _street_near(tokens[lo:hi], first - lo, last - lo)
        return near_first + lo, near_last + lo, found
    def names_one(m: int) -> bool:
        if tokens[m].text.lower() not in ("на", "по") or m + 1 >= len(tokens) or tokens[m + 1].kind != "word":
            return False
        following = tokens[m + 2].text if m + 2 < len(tokens) else None
        return names_a_street(tokens[m + 1].text, STREET_AFTER_TOWARDS, next_word=following) \
            and not _reads_as_a_person(tokens[m + 1].text)

    # the chain opens with the street's own word: "на садовой дом пять" (red team bb29, f04); the search still runs back
    # from before it, so a street said a few words earlier (repeated, corrected) joins the span too (review s54)
    found = first >= 1 and tokens[first].kind == "word" and names_one(first - 1)
    m = first - 1
    if found:
        town = _town_after_v(tokens, first - 2) if first >= 3 else None
        opened = town if town is not None else first  # "в москве на садовой дом пять": its town too
    while m >= 1 and first - m <= _STREET_REACH and tokens[m].kind in ("word", "sep") \
            and tokens[m].text not in (".", "!", "?", ";"):
        if names_one(m - 1):
            town = _town_after_v(tokens, m - 2) if m >= 3 else None
            first, found = (town if town is not None else m), True
            break
        m -= 1
    else:
        if found:
            first = opened
    k = last + 1
    while k < len(tokens) and k - last <= _STREET_REACH and tokens[k].kind in ("word", "sep") \
            and tokens[k].text not in (".", "!", "?", ";"):
        if names_one(k):
            last, found = k + 1, True
            break
        k += 1
    return first, last, found


# The words of a flat or room someone lives in ("кв.", "квартира", "комн.", "комната"): with its number it says which
# home, alone as in a full address — an office, a room of premises or a garage's box does not
_HOME_FLATS = frozenset({"кв", "комн", "ком"})
_HOME_FLAT_STEMS = ("квартир", "комнат")


def _names_a_home(tokens: list[_Token], first: int) -> bool:
    """"кв. 45", "квартира 29", "в квартире 29", "комн. 412": a home's flat by its word and number is a part of an address
    told in pieces (the rest said before, in another turn or a card); not a quarter after its number ("1 кв. 2026")."""
    word = tokens[first].text.lower().rstrip(".")
    # a flat's word in an oblique case after its number is the flat's ordinal: "в третьей квартире" ("в 3 квартире") is
    # no quarter and no count (red team bb29, f04); "1 кв. 2026", "1 квартира 2 комнаты" are
    return tokens[first].kind == "flat" and (word in _HOME_FLATS or word.startswith(_HOME_FLAT_STEMS)) \
        and not (word not in _HOME_OBLIQUE and first >= 1 and tokens[first - 1].kind == "num"
                 and _QUARTER.fullmatch(tokens[first - 1].text))


# a year's quarter before "кв." ("1 кв. 2026", "за 3-й кв."): one to four; any other number before it ends something else
# ("+7 915 702-11-38 кв. 32 — …", "009,00213 кв. 5": a phone's, a fob's last group, then the next flat; stop 52)
_QUARTER = re.compile(r"0?[1-4](?:-?(?:й|го|м|ом))?", re.IGNORECASE)


# a new building's stage, named only by its ordinal ("2-я очередь"; "очередь" alone is a queue)
_STAGE = "очеред"


# the house's word in full, in its cases ("в пятом доме", "пятый дом": red team bb24 f02)
_HOUSE_IN_FULL = frozenset({"дом", "дома", "доме", "дому", "домом"})


def _ordinal_part(tokens: list[_Token], j: int) -> str | None:
    """The kind of the part an ordinal opens before a building's, a flat's or a house's word in full, as speech and notes
    order them: "третий подъезд", "второй этаж", "2-я очередь" (a building's), "в пятом доме", "в двенадцатой квартире"
    — a part of the address said around it, never one alone; None when token j opens none."""
    if j + 1 >= len(tokens) or tokens[j + 1].start - tokens[j].end > 1:
        return None
    house = tokens[j + 1].kind == "house" and tokens[j + 1].text.lower() in _HOUSE_IN_FULL
    if len(tokens[j + 1].text) <= 4 and not house:
        return None
    kind = "building" if tokens[j + 1].text.lower().startswith(_STAGE) else tokens[j + 1].kind
    if kind not in ("building", "flat") and not house:
        return None
    tok = tokens[j]
    if tok.kind == "num":
        ordinal = not tok.text.isdigit() and re.fullmatch(r"\d{1,2}-?(?:[йяеюо]|ый|ий|ой|ая|ье|ья)", tok.text.lower())
        # an ordinal said as a word is written as digits ("в пятом доме" -> "в 5 доме"): a bare number before a home's
        # word in a case no cardinal governs — the singular's oblique cases, or its nominative after a number other than
        # one ("5 дом", not "1 дом": one house counted) — is the ordinal (red team bb24 f02)
        word = tokens[j + 1].text.lower()
        said = tok.text.isdigit() and len(tok.text) <= 3 and not tok.text.startswith("0") and (
            word in _HOME_OBLIQUE or word in ("дом", "квартира") and tok.text != "1")
        return kind if ordinal or said else None
    return kind if tok.kind == "word" and _is_ordinal(tok.text) else None


# a home's house and flat in the singular's oblique cases: after a number only as its ordinal ("в 5 доме", "в 12 квартире")
_HOME_OBLIQUE = frozenset({"доме", "дому", "домом", "квартире", "квартиру", "квартирой"})


def _quoted_name_end(tokens: list[_Token], j: int) -> int | None:
    """The closing quote of a name in quotes opening at token j ("«Гринвич»", "«Уральские зори»", "«Локомотив-2»"), a
    few tokens at most; None when token j opens none."""
    if j >= len(tokens) or tokens[j].kind != "quote" or tokens[j].text in "»)":
        return None
    end = j + 1
    while end < len(tokens) and end - j <= 5:
        if tokens[end].kind == "quote":
            return end if end > j + 1 else None
        end += 1
    return None


def _spoken_postcode(first: _Token, second: _Token) -> bool:
    """"адрес новый 117 279 москва": two groups of six digits in all are a postcode said aloud, not a house and flat."""
    return len(first.text) + len(second.text) == 6 and first.text.isdigit() and second.text.isdigit()


@dataclass(frozen=True)
class _Unit:
    """An address found, or a piece of one that is no address alone — a house's or a flat's part ("в пятом доме", "в
    двенадцатой квартире") or a street named by its word with no number ("на улице тверской"): token indexes, its parts,
    its end in characters, its score."""
    first: int
    last: int
    parts: frozenset[str]
    end: int
    score: float
    address: bool

    @property
    def home_parts(self) -> frozenset[str]:
        return self.parts & {"house", "flat"}


_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_BESIDE = frozenset({"на", "по", "в", "во", ","})


def _one_clause(text: str, tokens: list[_Token], last: int, first: int, reach: int = _STREET_REACH) -> bool:
    """Tokens `last` and `first` (last < first) are at most `reach` words apart in one sentence of one line, with only
    words and commas between — no number, no other part of an address."""
    between = tokens[last + 1:first]
    return len(between) <= reach and all(t.kind in ("word", "sep") and t.text not in _SENTENCE_ENDS for t in between) \
        and "\n" not in text[tokens[last].end:tokens[first].start]


def _home_part_numbered(text: str, tokens: list[_Token], first: int, last: int) -> bool:
    """A house's or a flat's part that says which, on one line: its word and a number or an ordinal ("дом 5", "в пятом
    доме"), not its word alone or counted ("в одной комнате"), nor a number a chain read as a house with no house's
    word, nor a house's word whose number stands on the next line ("чужой дом\n16")."""
    from guard.morph import lemma

    chain = tokens[first:last + 1]
    return "\n" not in text[chain[0].start:chain[-1].end] and any(t.kind in ("house", "flat") for t in chain) and any(
        t.kind == "num" or t.kind == "word" and _is_ordinal(t.text) and lemma(t.text) != "один" for t in chain)


def _pieces_join(tokens: list[_Token], before: _Unit, after: _Unit) -> bool:
    """Two pieces of one home, side by side in a clause: an address and a piece it lacks (a house or flat part, or a
    street when it names none), a house's part and a flat's, a home's part and a street. Two addresses, two houses, two
    flats or two streets stay apart ("в пятом доме, не в седьмом"). A street by its word stands right beside the rest,
    only "на", "по", "в", a comma or a word of living between ("дом пять, квартира двенадцать, на улице тверской", "на
    улице гоголя живу, квартира 6"): further on its word may open a name of anything ("вы мне просто улицу скажите")."""
    if before.address and after.address:
        return False
    if not (before.home_parts and after.home_parts) and "street" in (before.parts | after.parts) \
            and not (before.home_parts and "street" in before.parts or after.home_parts and "street" in after.parts) \
            and not all(t.text.lower() in _BESIDE or t.text.lower().replace("ё", "е").startswith(_LIVING_CUES)
                        for t in tokens[before.last + 1:after.first]):
        return False
    if before.address or after.address:
        # a piece joins only an address that lacks its part: an organisation's house said before a home with its own
        # house stays apart (review s54: "Магазин в доме пять, а я живу ул. Ленина, д. 7")
        whole, piece = (before, after) if before.address else (after, before)
        if piece.home_parts:
            return not piece.home_parts & whole.parts
        return "street" not in whole.parts
    if before.home_parts and after.home_parts:
        return not before.home_parts & after.home_parts
    return bool(before.home_parts) != bool(after.home_parts)  # a home's part and a street


def _home_told_in_parts(text: str, tokens: list[_Token], units: list[_Unit]) -> list[_Unit]:
    """A home told in pieces, in any order, spoken or written (red team bb29, f04): "в доме пять по тверской в
    двенадцатой квартире", "я в двенадцатой квартире живу, дом пять на тверской", "в пятом доме, в двенадцатой
    квартире", "дом пять, двенадцатая квартира, на улице тверской". Pieces that join (`_pieces_join`) in one clause a few
    words apart, or overlap, are one span over the pieces and the words between (interfaces §1): the operator sees
    less, never more. An address is what holds a house or a flat with a street, or both a house and a flat."""
    merged: list[_Unit] = []
    for unit in units:
        if merged:
            before = merged[-1]
            overlap = unit.first <= before.last
            if overlap or (_one_clause(text, tokens, before.last, unit.first) and _pieces_join(tokens, before, unit)):
                parts = before.parts | unit.parts
                address = before.address or unit.address or (
                    bool(parts & {"house", "flat"}) and ("street" in parts or {"house", "flat"} <= parts))
                merged[-1] = _Unit(min(before.first, unit.first), max(before.last, unit.last), parts,
                                   max(before.end, unit.end), max(before.score, unit.score), address)
                continue
        merged.append(unit)
    return [unit for unit in merged if unit.address]


class AddressRecognizer(EntityRecognizer):
    """Finds addresses by chaining address parts; usable in any Presidio AnalyzerEngine."""

    ENTITY = "ADDRESS"

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="AddressRecognizer", context=["адрес", "прописка", "проживать"])

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        return [make_result(self, self.ENTITY, start, end, score, why) for start, end, score, why in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, float, str]]:
        """(start, end, score, why) of every address in the text: chains of address parts that hold a number, and a
        place of birth after its field's label."""
        found = birthplace_spans(text) if (_BIRTHPLACE_HINT.search(text) or _BIRTH_DATE_THEN_PLACE.search(text)
                                          or _NATIVE_OF.search(text)) else []
        tokens = tokenize(text)
        if not any(token.kind in _NUMBERED for token in tokens):
            return found  # an address holds a house, building or flat part: a number or one of their keywords
        i = 0
        home = None  # the last home's part that was no address alone ("в пятом доме"): its street may follow
        units: list[_Unit] = []  # the addresses, and the home's parts no address alone, in the text's order
        while i < len(tokens):
            chain = self._chain_from(tokens, i)
            if chain is None:
                i += 1
                continue
            first, last, parts = chain
            if self._is_address(parts, tokens, first, text):
                first = self._extend_left(tokens, first, parts)
                last = self._extend_right(tokens, last, parts)
                if "street" not in parts and parts & {"house", "flat"}:
                    first, last = _street_said_near(tokens, first, last)
                if home is not None and parts & _PLACES and home[1] < first and first - home[1] <= 2 \
                        and all(tokens[m].text.lower() in ("по", "на", ",") for m in range(home[1] + 1, first)):
                    first = home[0]  # "мы в пятом доме по тверской, квартира двенадцать": the house before its street
                    parts = parts | home[2]
                score = 0.85 if parts & {"house", "flat"} else 0.7
                end = tokens[last].end
                if parts & {"house", "flat"} and (abroad := _POSTCODE_AND_TOWN_AFTER.match(text, end)):
                    end = abroad.end()  # "Seestrasse 88, 8002 Zürich, Schweiz": the rest of a foreign address
                units.append(_Unit(first, last, frozenset(parts), end, score, True))
                home = None
            else:
                home = (first, last, frozenset(parts)) if parts and parts <= {"house", "flat"} else None
                if home is not None and _home_part_numbered(text, tokens, first, last):
                    # a house or flat that is no address alone ("в пятом доме", "в доме пять", "в двенадцатой
                    # квартире") is one with its street said near it, before or after (red team bb29, f04)
                    near_first, near_last, street_near = _street_near(tokens, first, last, text)
                    units.append(_Unit(near_first, near_last, home[2] | ({"street"} if street_near else set()),
                                       tokens[near_last].end, 0.85, street_near))
                elif "street" in parts and not parts & _NUMBERED:
                    # a street by its word, no number ("на улице тверской", "по тверской улице"): a piece a home's
                    # part beside it makes an address
                    units.append(_Unit(first, last, frozenset(parts), tokens[last].end, 0.85, False))
            i = last + 1
        for unit in _home_told_in_parts(text, tokens, units):
            found.append((tokens[unit.first].start, unit.end, unit.score, "chain of address parts"))
        return found

    # -- scanning -------------------------------------------------------------------------------

    def _chain_from(self, tokens: list[_Token], i: int) -> tuple[int, int, set[str]] | None:
        """Glue address parts starting at token i; None when token i starts no part."""
        parts: set[str] = set()
        first, last = i, None
        j = i
        while j < len(tokens):
            consumed = self._part_at(tokens, j, parts)
            if consumed is None:
                break
            kind, end_j = consumed
            parts.update(kind.split("+"))  # "street+house": "ул. Тверская 5" is a street and its house
            last = end_j
            j = end_j + 1
            # separators, quotes and brackets between parts are fine: "Респ. Саха (Якутия), г. Якутск"
            while j < len(tokens) and (tokens[j].kind in ("sep", "quote")
                                       or tokens[j].text == "-" and j + 1 < len(tokens)  # "11-үй": its keyword
                                       and tokens[j + 1].kind in ("house", "building", "flat")
                                       or tokens[j].kind == "word" and tokens[j - 1].kind == "quote"
                                       and j + 1 < len(tokens) and tokens[j + 1].kind == "quote"):
                j += 1
            if j < len(tokens) and tokens[j].start - tokens[j - 1].end > 3:
                break
            # "в" between a home's parts, as speech says them: "в пятом доме в двенадцатой квартире", "дом пять в
            # квартире двенадцать" (red team bb24 f02) — only before a house, a building or a flat
            if parts & _NUMBERED and j + 1 < len(tokens) and tokens[j].text.lower() in ("в", "во") \
                    and tokens[j + 1].start - tokens[j].end <= 1:
                ahead = self._part_at(tokens, j + 1, parts)
                if ahead is not None and set(ahead[0].split("+")) <= {"house", "building", "flat"}:
                    j += 1
        if last is None:
            return None
        return first, last, parts

    def _part_at(self, tokens: list[_Token], j: int, parts: set[str]) -> tuple[str, int] | None:
        """(kind of the address part starting at token j, index of its last token), or None."""
        tok = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok.kind == "house" and nxt is not None and nxt.kind == "word" and tok.text.lower().rstrip(".") == "д" \
                and nxt.text[:1].isupper():
            return "city+settlement", j + 1  # "д. Бородухино": a village, not a house; its houses numbered along it
        if tok.kind == "house" and tok.text.lower() in ("дом", "дома", "доме") and parts & _PLACES:
            landmark = _landmark_end(tokens, j + 1)
            if landmark is not None:
                return "house", landmark  # "улус Хойто-Гол, дом за фермой": a village's house by its landmark
        if parts & _PLACES and (_is_ordinal(tok.text) or re.fullmatch(r"\d{1,2}(?:-?[а-яё]{1,2})?", tok.text)) \
                and nxt is not None and nxt.start - tok.end <= 1:
            # "…, второй от моста", "третий дом от моста": a house counted from a landmark
            house = j + 2 if nxt.kind == "house" and nxt.text.lower() == "дом" else j + 1
            landmark = _landmark_end(tokens, house) if house == j + 1 or house < len(tokens) \
                and tokens[house].start - nxt.end <= 1 else None
            if landmark is not None:
                return "house", landmark
        if parts & _PLACES and tok.text.lower() in _LANDMARK_PREPOSITIONS and nxt is not None \
                and nxt.start - tok.end <= 1:
            # "заимка кайру за селом куюс …", "заимка степановых за речкой куюм 15 км от …": where a farmstead lies, by a
            # village or a landmark and its name, inside a chain that has said where already
            if nxt.kind == "city":
                beyond = self._part_at(tokens, j + 1, parts)
                if beyond is not None:
                    return beyond
            landmark = _landmark_end(tokens, j)
            if landmark is not None:
                named = landmark + 1
                if named + 1 < len(tokens) and _is_name_word(tokens[named]) \
                        and tokens[named].start - tokens[landmark].end <= 1 \
                        and tokens[named + 1].kind in ("num", "city", "district", "sep"):
                    return "landmark", named
        if tok.kind in ("house", "flat") and nxt is not None and nxt.kind == "word" and nxt.start - tok.end <= 1 \
                and (tok.kind == "flat" and _names_a_home(tokens, j) or tok.text.lower() in _HOUSE_IN_FULL) \
                and _is_ordinal(nxt.text) and not (j + 2 < len(tokens) and tokens[j + 2].kind in ("building", "flat")
                                                     and tokens[j + 2].start - nxt.end <= 1):
            return tok.kind, j + 1  # the ordinal after its word: "квартира двенадцатая", "дом пятый"
        if tok.kind in ("house", "building", "flat"):
            if nxt is not None and nxt.kind == "num":
                return tok.kind, self._number_tail(tokens, j + 1)
            if nxt is not None and _numbers_the_part(nxt) and j + 2 < len(tokens) and tokens[j + 2].kind == "num" \
                    and tokens[j + 2].start - nxt.end <= 2:
                return tok.kind, self._number_tail(tokens, j + 2)  # "дом номер 5", "кв. № 12": the number's own word
            follower = tokens[j + 2] if j + 2 < len(tokens) else None
            if tok.kind == "house" and parts and nxt is not None and follower is not None \
                    and nxt.text.lower() == "без" and follower.text.lower().startswith("номер"):
                return "house", j + 2  # "деревня мосоловка дом без номера": a village's house has none
            if tok.kind == "building" and nxt is not None and nxt.kind == "word" and _is_house_letter(nxt.text) \
                    and (follower is None or follower.kind in ("sep", "other", "house", "building", "flat")):
                return "building", j + 1  # "корпус а квартира 60": a lettered building
            if nxt is not None and tok.text.lower().rstrip(".") in _NAMED_BUILDINGS \
                    and (nxt.kind in ("word", "quote") or len(nxt.text.rstrip(".")) == 1):  # "лит. Д", "БЦ «Гринвич»"
                return "building", _quoted_name_end(tokens, j + 1) or j + 1
            if "house" in parts and tok.kind in ("building", "flat") and j >= 1 and tokens[j - 1].kind in ("num", "word") \
                    and (nxt is None or nxt.kind != "num") and _names_one_part(tok.text):
                # "хохрякова 74 подъезд какой", "шаумяна 90 дробь 2 квартира та же": the keyword after a house number is
                # a part of the address whether its own number is said yet or not
                return tok.kind, j
            number = j - 2 if j >= 2 and tokens[j - 1].text == "-" else j - 1
            if parts and number >= 0 and tokens[number].kind == "num" and tok.start - tokens[number].end <= 2 \
                    and _follows_its_number(tok.text):
                return tok.kind, j  # the keyword after the number the chain has read ("150 үй", "11-үй")
            return None
        if tok.kind == "street":
            if _is_hotline(tokens, j):
                return None
            end = self._name_words(tokens, j + 1)
            if end is None:
                return None
            return self._street_with_house(tokens, end)
        if tok.kind in ("city", "region", "district"):
            # a partnership or a settlement named in quotes: "СНТ «Уральские зори»", "СНТ «Локомотив-2»"
            end = self._place_name(tokens, j + 1) if tok.kind != "city" else \
                _quoted_name_end(tokens, j + 1) or self._place_name(tokens, j + 1)
            # a settlement's name of two words, the second lowercase, up to its comma: "КП Лесные дали, д. 14"
            if tok.kind == "city" and end is not None and end + 2 < len(tokens) and tokens[end + 2].kind == "sep" \
                    and tokens[end + 1].text.islower() and _is_name_word(tokens[end + 1]) \
                    and tokens[end + 1].start - tokens[end].end == 1 and tokens[j + 1].text[:1].isupper():
                end += 1
            if end is None:
                # "с. Ивановка Тамбовской области, дом 3": a region's keyword after its name, inside a chain (red team bb4)
                if tok.kind != "city" and parts and _is_name_word(tokens[j - 1]) and tok.start - tokens[j - 1].end <= 1:
                    return tok.kind, j
                return None
            # a partnership's number after its name, before the rest of the address: "снт локомотив 2 седьмая садовая 41"
            if tok.kind == "city" and end + 2 < len(tokens) and tokens[end + 1].kind == "num" \
                    and tokens[end + 1].text.isdigit() and len(tokens[end + 1].text) <= 2 \
                    and tokens[end + 1].start - tokens[end].end == 1 \
                    and self._part_at(tokens, end + 2, parts | {"city", "settlement"}) is not None:
                end += 1
            # a town its keyword names ("дер. Ивановка", "г. Тула"): a name and a number after it are a street and house
            return (tok.kind + "+settlement" if tok.kind == "city" else tok.kind), end
        if parts and _ordinal_part(tokens, j):
            return _ordinal_part(tokens, j), j + 1  # "…, кв. 96, третий подъезд", "ЖК «Ньютон», 2-я очередь"
        if _ordinal_part(tokens, j) == "house" or _ordinal_part(tokens, j) == "flat" and _names_a_home(tokens, j + 1):
            # a home's house or flat by its ordinal opens a chain too: "в пятом доме в двенадцатой квартире" (red team
            # bb24 f02); an address only with another part (_is_address), never a floor or an entrance alone
            return _ordinal_part(tokens, j), j + 1
        if tok.kind == "num":
            if len(tok.text) == 6 and tok.text.isdigit() and nxt is not None and (
                    nxt.kind == "sep" and not (j >= 1 and tokens[j - 1].kind == "num" and tok.start - tokens[j - 1].end <= 1)
                    or "city" in parts and tokens[j - 1].kind != "sep" and _is_name_word(nxt)):
                return "postcode", j  # "119034, ...", "Москва 119034 Остоженка 19 84": a town, then its postcode; not a passport's number after its series
            # "чабанская стоянка «Кара-Суг», 14 км от села": a camp's or a farmstead's place is its distance from a village
            distance = _distance_end(tokens, j) if parts & _PLACES else None
            if distance is not None:
                return "house", distance
            # "5-й км Симферопольского тракта, д. 3", "12 км Киевского шоссе": a road's kilometre, then the road — where
            # a house stands along a road outside a town
            if _is_kilometre(nxt) and j + 2 < len(tokens) and nxt.start - tok.end <= 1 and len(digits_in(tok.text)) <= 3:
                road = self._part_at(tokens, j + 2, parts)
                if road is not None and "street" in road[0]:
                    return road
            # a house's or a flat's keyword after its number, as Kazakh and Tatar write them ("150 үй, 12 пәтер",
            # "11-үй", "8 фатир"), inside a chain already
            keyword = j + 2 if nxt is not None and nxt.text == "-" else j + 1
            if parts and keyword < len(tokens) and tokens[keyword].kind in ("house", "building", "flat") \
                    and tokens[keyword].start - tok.end <= 1 and _follows_its_number(tokens[keyword].text):
                return tokens[keyword].kind, keyword
            # "7-я линия": a numbered street; in a garden partnership or a village said aloud, its ordinal is digits by
            # now ("снт березка 2 12 аллея участок 58")
            # a block numbered in a town the chain has named ("Ташкент, Юнусабадский район, 4 квартал, дом 12")
            if nxt is not None and nxt.kind == "street" and (not tok.text.isdigit() or parts & {"settlement", "city",
                                                                                               "district", "region"}
                                                             and len(tok.text) <= 2 and nxt.start - tok.end == 1):
                return self._street_with_house(tokens, j + 1)
            # "Тула, 12-44": a house and its flat joined, right after a town the chain has read and its comma — the parts of
            # an address in their order, the street left unsaid (red team bb15, 06); not "Тула, 12-15 мая" (a month),
            # "Москва, 10-12 человек" (a count): _numbers_of_a_home reads what follows
            if parts & {"city", "settlement"} and not parts & {"street", "house", "flat"} and j >= 1 \
                    and tokens[j - 1].text == "," and _HOUSE_AND_FLAT.fullmatch(tok.text) \
                    and self._numbers_of_a_home(tokens, j) \
                    and not (nxt is not None and nxt.kind == "word" and _UNIT_LIKE.match(nxt.text)):
                return "house+flat", j
            # "..., 45, под. 2": a bare number after a street already in the chain is its house
            if "street" in parts and "house" not in parts:
                return "house", self._number_tail(tokens, j)
            # "пос. Лесной, 12", "хутор Весёлый, 7": a village's houses are numbered along it, no street between (red
            # team bb4); a short number, then nothing more said of it (not "пос. Лесной, 12 человек", "г. Тула 15 марта")
            # ("г.Краснодара 15.06.2012": a date's day after no comma is none)
            if "settlement" in parts and "house" not in parts and tok.text[:1].isdigit() and len(digits_in(tok.text)) <= 3 \
                    and not _is_quantity(tokens, j) and tokens[j - 1].text == "," \
                    and (nxt is None or nxt.kind in ("sep", "house", "building", "flat")):
                return "house", self._number_tail(tokens, j)
            # "квартира 14 второй подъезд", "дом 8 третий этаж": a number said as an ordinal before a building word (the
            # word after its number, as speech orders them) is that part of a house already in the chain
            if parts & {"house", "flat"} and nxt is not None and nxt.kind == "building" and len(nxt.text) > 3 \
                    and tok.text.isdigit() and len(tok.text) <= 2 and nxt.start - tok.end <= 2:
                return "building", j + 1
            # "Серафимовича 2, 145 квартира": the flat's number said before its word, as an afterthought (red team bb11 06)
            if "house" in parts and "flat" not in parts and tok.text.isdigit() and len(tok.text) <= 4 \
                    and nxt is not None and nxt.kind == "flat" and nxt.start - tok.end <= 2 and _names_one_part(nxt.text):
                return "flat", j + 1
            # "москва профсоюзная 104 58": a bare number right after the house, ending the address, is its flat; after a
            # comma too, as a form's fields are typed ("Ленина 3, 45, Тула", "Баумана, 7, 3": red team bb12, 09) — the
            # parts of an address in their order, the flat's after the house's
            house = j - 2 if tokens[j - 1].text == "," and j >= 2 else j - 1
            if "house" in parts and not parts & {"flat", "building"} and tok.text.isdigit() and len(tok.text) <= 4 \
                    and tokens[house].kind == "num" and tok.start - tokens[house].end <= 2 \
                    and (nxt is None or nxt.kind in ("sep", "other", "flat", "building", "city")):
                return "flat", j
            return None
        if _is_name_word(tok):
            return self._named_part(tokens, j, parts)
        return None

    def _named_part(self, tokens: list[_Token], j: int, parts: set[str]) -> tuple[str, int] | None:
        """Parts that begin with a name: "Тверская ул.", "Московская обл.", "Выборг,", "красная 176 квартира"."""
        k = j
        while k + 1 < len(tokens) and k - j < _MAX_NAME_WORDS - 1 and _is_name_word(tokens[k + 1]) \
                and tokens[k + 1].start - tokens[k].end <= 1:
            k += 1
        keyword = tokens[k + 1] if k + 1 < len(tokens) else None
        after_keyword = tokens[k + 2] if k + 2 < len(tokens) else None
        # a name before its keyword — unless the keyword reads forwards: "адрес улица Комсомольская"
        reads_forwards = keyword is not None and (keyword.kind == "street" or keyword.text.lower().startswith("респ")) \
            and after_keyword is not None and (_is_name_word(after_keyword) or _keyword_in_full(after_keyword))
        if keyword is not None and keyword.kind in ("street", "region", "district") and not reads_forwards \
                and not _is_hotline(tokens, k + 1) \
                and all(_can_name_a_place(tokens[m]) for m in range(j, k + 1)):
            if keyword.kind == "street":
                return self._street_with_house(tokens, k + 1)
            return keyword.kind, k + 1
        # "рабочий посёлок Новоивановское", "городской округ ...": the adjective belongs to the settlement
        if keyword is not None and keyword.kind == "city" and k == j and _can_be_adjective(tokens[j].text):
            end = _quoted_name_end(tokens, k + 2) or self._place_name(tokens, k + 2)  # "чабанская стоянка «Кара-Суг»"
            if end is not None:
                return "city", end
        # a street without its keyword before "дом": "большая покровская дом 18"
        if keyword is not None and keyword.kind == "house" and k + 2 < len(tokens) and tokens[k + 2].kind == "num" \
                and (parts & {"city", "region"} or _after_address_cue(tokens, j) and not _is_place(tokens, j)
                     and all(_can_name_a_place(tokens[m]) for m in range(j, k + 1))):
            return "house", self._number_tail(tokens, k + 2)
        # a town, then a street without its keyword and its house's numbers, no comma between ("Москва Тверская 5-12",
        # "москва тверская 5 12"); or a street in the case a preposition gives it, then its house and flat joined
        # ("на Тверской 5-12", "с Ленина 14-88"): the address read by its structure, not by its words (red team bb11 09)
        if keyword is not None and keyword.kind == "num" and keyword.start - tokens[k].end <= 2 \
                and self._numbers_of_a_home(tokens, k + 1) \
                and all(_can_name_a_place(tokens[m]) or names_a_street(tokens[m].text, said=True)
                        for m in range(j, k + 1)):
            # the street after a town: capitalised as written, or said in a street's form ("новосибирске внутренний
            # 22 17" is an extension's number, no street)
            town_first = k > j and _is_place(tokens, j) and not _reads_as_a_person(tokens[j + 1].text) \
                and (tokens[k].text[:1].isupper() or names_a_street(tokens[k].text, said=True))
            after_preposition = j >= 1 and tokens[j - 1].text.lower() in _STREET_PREPOSITIONS \
                and names_a_street(tokens[k].text) \
                and (_HOUSE_AND_FLAT.fullmatch(keyword.text) or _reads_as_a_street_adjective(tokens[k].text))
            if town_first or after_preposition:
                return ("city+street+house" if town_first else "street+house"), self._number_tail(tokens, k + 1)
        # a street named by its form where a field or a clause opens — the text's start, after a dash, a colon, a comma,
        # a list's bracket or a preposition of place — then its house and flat joined: "— Уинская 8-52, дог. …",
        # "Ярославцев Кирилл, Стахановская 45а-71, тел. …", "на Ласьвинскую 11-6 поеду" (stop 42, pii_aj41). The house-and-
        # flat notation says a home, ending its field (a comma, a dash or the end after it) unless a preposition of place
        # stands before the street. The street's name is a proper
        # name's genitive or a relative adjective of "улица"'s gender, known or by its ending (`names_a_street`, STREET_ALONE):
        # not a common noun's genitive ("Главы 3-5", "Недели 2-3"), a quality ("Отличная 4-5"), a person in the
        # nominative ("Иванов 5-12"), nor after a word ("Бригада 3-4")
        if keyword is not None and keyword.kind == "num" and 1 <= keyword.start - tokens[k].end <= 2 \
                and _HOUSE_AND_FLAT.fullmatch(keyword.text) and self._numbers_of_a_home(tokens, k + 1) \
                and (j >= 1 and tokens[j - 1].text.lower() in _STREET_PREPOSITIONS
                     or (j == 0 or tokens[j - 1].kind in ("sep", "other", "quote"))
                     and (k + 2 >= len(tokens) or tokens[k + 2].kind in ("sep", "other", "quote"))) \
                and all((tokens[m].text[:1].isupper() or k == j and _reads_as_a_street_adjective(tokens[m].text))
                        and _may_name_a_street(tokens[m].text) for m in range(j, k + 1)) \
                and names_a_street(tokens[k].text, STREET_ALONE) and not _reads_as_a_person(tokens[j].text):
            # (lowercase too, one word that is a street's adjective: a chat's "тверская 5-12", red team bb24 f02)
            return "street+house+flat", self._number_tail(tokens, k + 1)
        # a street named by its form after a preposition of motion or place, capitalised as a street is written, then one
        # house number ending there: "на Озёрную 5", "с Лесной 8а", "по Садовой 12," — an adjective of "улица"'s gender or
        # a street's genitive ("на Пушкина 10") that the preposition cannot govern (red team bb15, 06); "на Озёрной базе
        # отдыха" has no number, "на Новую 5 минут" counts one
        if keyword is not None and keyword.kind == "num" and k == j and j >= 1 and 1 <= keyword.start - tokens[k].end <= 2 \
                and tokens[j - 1].text.lower() in _STREET_PREPOSITIONS and tokens[j].text[:1].isupper() \
                and (_reads_as_a_street_adjective(tokens[j].text) or _only_a_genitive_after(tokens[j - 1].text, tokens[j].text)) \
                and _HOUSE_NUMBER.fullmatch(keyword.text) and not keyword.text.startswith("0") \
                and self._house_number_ends(tokens, k + 1):
            return "street+house", self._number_tail(tokens, k + 1)
        # a street named by its form right after a town and a comma, capitalised as a street is written, then one house
        # number ending there: "Москва, Тверская 5", "Краснодар, Красная 100", "Москва, 125009, Тверская 5" — an adjective
        # of "улица"'s gender or a street's genitive, the order town-street-house saying the rest (red team bb16, 06)
        if keyword is not None and keyword.kind == "num" and 1 <= keyword.start - tokens[k].end <= 2 \
                and parts & {"city", "region"} and j >= 1 and tokens[j - 1].text == "," \
                and all(tokens[m].text[:1].isupper() and _may_name_a_street(tokens[m].text) for m in range(j, k + 1)) \
                and names_a_street(tokens[k].text) and not _reads_as_a_person(tokens[j].text) \
                and _HOUSE_NUMBER.fullmatch(keyword.text) and not keyword.text.startswith("0") \
                and self._house_number_ends(tokens, k + 1) and not self._number_after_a_comma(tokens, k + 1):
            return "street+house", self._number_tail(tokens, k + 1)
        # a street without its keyword after a place the chain has read (a town, a region; its postcode perhaps between:
        # a six-digit number alone is no place — "паспорт 24 19 212519, код подр. 457-029"), known by what
        # follows it: a house and a flat, as written ("Невский 28, 14", "Остоженка 19 84", "Молодежная 12-78") — the
        # street read by its place in the address, not by a list of streets (red team bb14, 01)
        if keyword is not None and keyword.kind == "num" and keyword.start - tokens[k].end <= 2 \
                and parts & {"city", "region", "district"} and j >= 1 \
                and tokens[j - 1].kind in ("sep", "word", "num") and tokens[j].start - tokens[j - 1].end <= 2 \
                and self._numbers_of_a_home(tokens, k + 1, comma=True) \
                and all(_may_name_a_street(tokens[m].text) for m in range(j, k + 1)):
            return "street+house", self._number_tail(tokens, k + 1)
        # a street's name said after "на" or "по" in the genitive, which neither governs, then a house's number: the
        # genitive is the street's own name, "улица" left unsaid ("на мира десять", "живу на ленина пять"; not "на
        # пятом этаже", "на счета пять тысяч", "на мира и дружбы нет"): red team bb13, 11
        if keyword is not None and keyword.kind == "num" and k == j and keyword.start - tokens[k].end <= 2 \
                and j >= 1 and _only_a_genitive_after(tokens[j - 1].text, tokens[j].text) \
                and len(digits_in(keyword.text)) <= 4 and not _is_quantity(tokens, k + 1):
            return "street+house", self._number_tail(tokens, k + 1)
        # a street without its keyword, known by the house number after it: "плехановская 45 подъезд 2",
        # "на большой покровской 15 квартира 3", or after a town already in the chain ("воронеж, плехановская 45")
        if keyword is not None and keyword.kind == "num" and keyword.start - tokens[k].end <= 2:
            # the house number may go on before the flat: "сибиряков гвардейцев 51 дробь 1 квартира 203"
            tail = self._number_tail(tokens, k + 1)
            follower = tokens[tail + 1] if tail + 1 < len(tokens) else None
            if follower is not None and (follower.kind in ("flat", "building", "house") or _ordinal_part(tokens, tail + 1)):
                return "house", tail  # "кожзаводская 101 второй подъезд"
            # "Пушкина 10, 3 подъезд, 5 этаж": after the house and a comma, another part's number before its word (red team
            # bb15, 06) — the house's parts in their order
            part = tail + 2 if follower is not None and follower.kind == "sep" and follower.text == "," else None
            if part is not None and part + 1 < len(tokens) and tokens[part].kind == "num" and tokens[part].text.isdigit() \
                    and len(tokens[part].text) <= 2 and tokens[part + 1].kind in ("building", "flat") \
                    and tokens[part + 1].start - tokens[part].end <= 1 and _follows_its_number(tokens[part + 1].text) \
                    and _HOUSE_NUMBER.fullmatch(keyword.text) and not keyword.text.startswith("0") \
                    and all(_can_name_a_place(tokens[m]) or names_a_street(tokens[m].text) for m in range(j, k + 1)):
                return "street+house", tail
            # after a town in the chain, a house and flat joined by a hyphen or slash: "Химки, Молодежная 12-78"
            if "city" in parts and _HOUSE_AND_FLAT.fullmatch(keyword.text) \
                    and all(_can_name_a_place(tokens[m]) for m in range(j, k + 1)):
                return "house", self._number_tail(tokens, k + 1)
        # a street without its keyword, then its house after a comma or a space: before a flat or building
        # ("Профсоюзную, 56, корпус 2"), after an address cue ("по адресу Садовая, 8", "живёт на садовой 31") or after a
        # town named by its keyword ("дер. Ивановка, Полевая 4"),
        # not a word before a spoken postcode ("адрес новый 117 279 москва ...")
        if keyword is not None and keyword.kind in ("sep", "num") and keyword.text != ";":
            number = keyword if keyword.kind == "num" else after_keyword
            at = k + 1 if keyword.kind == "num" else k + 2
            follower = tokens[at + 1] if at + 1 < len(tokens) else None
            if follower is not None and follower.kind == "sep":
                follower = tokens[at + 2] if at + 2 < len(tokens) else None
            # a street's name glued to its house and flat ("Ленина10-3") or cut short with a dot ("мясн. 17-42"): red
            # team bb26 f01
            glued = keyword.kind == "num" and _HOUSE_AND_FLAT.fullmatch(number.text) is not None \
                and len(tokens[k].text) >= 3 and tokens[k].text[-1:].isalpha()
            if number is not None and number.kind == "num" and (0 if glued else 1) <= number.start - tokens[k].end <= 3 \
                    and not _is_quantity(tokens, at) and (not tokens[k].text.endswith(".") or cut_short(tokens[k].text)) \
                    and not (follower is not None and follower.kind == "street") \
                    and all(_can_name_a_place(tokens[m]) for m in range(j, k + 1)) \
                    and (follower is not None and follower.kind in ("flat", "building")
                         or (follower is None or follower.kind != "num" or not _spoken_postcode(number, follower))
                         and ("settlement" in parts or _after_address_cue(tokens, j)
                              # "Московская обл., Химки, мкр Сходня, Первомайская 5": two places before it (red team bb4)
                              or "city" in parts and parts & {"region", "district", "street"}
                              and j >= 1 and tokens[j - 1].text == "," and not number.text.startswith("0"))):
                return "street+house", self._number_tail(tokens, at)
        # a bare town between commas, or (in speech) before the next part: "Ленинградская область, Выборг, ..."
        # a town a name may also be ("владимир", "грозный") when a street keyword reads forwards after it
        if _is_place(tokens, j) or (k == j and reads_forwards and keyword.kind == "street"
                                    and _is_place_word(tokens[j].text)):
            end = self._place_name(tokens, j)
            following = tokens[end + 1] if end is not None and end + 1 < len(tokens) else None
            if following is not None and (following.kind == "sep" or following.kind in (
                    "street", "house", "flat", "building", "city") or self._named_street_follows(tokens, end + 1)
                                          or self._postcode_then_street(tokens, end + 1)):
                return "city", end
        return None

    def _house_number_ends(self, tokens: list[_Token], j: int) -> bool:
        """A lone house number at token j, nothing counted or dated after it and no more digits: "на Озёрную 5", "…5, там
        позвонит", "5 кв 12" — not "5 минут", "5 мая", "5 человек", "8 916 …"."""
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is None or after.kind in ("sep", "other", "quote", "flat", "building", "house", "city"):
            return after is None or after.text not in ("-", "/", ".", ":") or after.kind != "other"
        return after.kind == "word" and not _is_quantity(tokens, j) and not _names_a_month(after.text) \
            and not _counts_something(after.text) and not _UNIT_LIKE.match(after.text)

    def _numbers_of_a_home(self, tokens: list[_Token], j: int, comma: bool = False) -> bool:
        """A house and its flat at token j, as written ("5-12", "14/88", "5а-12") or said (two numbers: "5 12"), ending
        there — no unit, month or more numbers after them ("5-12 мая", "5 12 шт"). `comma`: a comma between them too,
        as a form's fields are typed ("28, 14"), and a house with its building glued ("41к2") before a flat's word."""
        number = tokens[j]
        gap = 2 if comma else 1
        second = j + 2 if comma and j + 2 < len(tokens) and tokens[j + 1].text == "," else j + 1
        if _HOUSE_AND_FLAT.fullmatch(number.text):
            last = j
        elif second < len(tokens) and tokens[second].kind == "num" and _HOUSE_NUMBER.fullmatch(number.text) \
                and (number.text.isdigit() or comma) and len(digits_in(number.text)) <= 3 \
                and tokens[second].text.isdigit() and len(tokens[second].text) <= 4 \
                and 1 <= tokens[second].start - number.end <= gap and not number.text.startswith("0"):
            last = second
        elif comma and j + 1 < len(tokens) and tokens[j + 1].kind == "flat" and _HOUSE_NUMBER.fullmatch(number.text) \
                and len(digits_in(number.text)) <= 4 and not number.text.startswith("0"):
            return True  # "41к2 кв 17": the flat's own word follows
        else:
            return False
        house, _, flat = re.split(r"([/\-]|\s)", tokens[j].text + " " + tokens[last].text if last > j else tokens[j].text,
                                  maxsplit=1)
        if len(digits_in(house)) > 3 or len(digits_in(flat)) > 4 or house.startswith("0"):
            return False
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if after is None or after.kind in ("sep", "other", "quote", "city", "flat", "building"):
            return True
        return after.kind == "word" and not _is_quantity(tokens, last) and not _names_a_month(after.text) \
            and not _counts_something(after.text) \
            and not (last + 2 < len(tokens) and tokens[last + 2].kind == "num" and tokens[last + 2].start - after.end <= 1
                     and after.kind == "num")

    def _postcode_then_street(self, tokens: list[_Token], j: int) -> bool:
        """"Москва 119034 Остоженка 19 84": a six-digit postcode after the town, then a street named by the house and
        flat after it."""
        if j + 1 >= len(tokens) or not (tokens[j].kind == "num" and len(tokens[j].text) == 6 and tokens[j].text.isdigit()):
            return False
        k = j + 1
        while k < len(tokens) and k - j <= _MAX_NAME_WORDS and _is_name_word(tokens[k]) \
                and _may_name_a_street(tokens[k].text):
            k += 1
        return k > j + 1 and k < len(tokens) and tokens[k].kind == "num" and self._numbers_of_a_home(tokens, k, comma=True)

    @staticmethod
    def _number_after_a_comma(tokens: list[_Token], j: int) -> bool:
        """Another number right after the comma that follows token j ("Москва, Мира 5, 12 мая": a date goes on)."""
        return j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].kind == "num"

    def _named_street_follows(self, tokens: list[_Token], j: int) -> bool:
        """"краснодар красная 176 квартира 38", "новгород большая покровская дом 18": a street without its keyword."""
        k = j
        while k < len(tokens) and k - j < _MAX_NAME_WORDS and _is_name_word(tokens[k]):
            k += 1
        if k == j or k + 1 >= len(tokens):
            return False
        return (tokens[k].kind == "num" and tokens[k + 1].kind in ("flat", "building", "house")) \
            or (tokens[k].kind == "house" and tokens[k + 1].kind == "num")

    def _street_with_house(self, tokens: list[_Token], end: int) -> tuple[str, int]:
        """"ул. Тверская 5", "Тверская ул., 5-12": a bare number right after a street is its house."""
        k = end + 1
        if k < len(tokens) and tokens[k].kind == "sep":
            k += 1
        if k < len(tokens) and tokens[k].kind == "num" and tokens[k].start - tokens[end].end <= 3:
            return "street+house", self._number_tail(tokens, k)
        return "street", end

    def _place_name(self, tokens: list[_Token], j: int) -> int | None:
        """A city or region name: one word; a second one if it is a place word too ("нижний новгород",
        but not "воронеж тверской" before "бульвар"); "X на Y" ("ростов на дону")."""
        if j >= len(tokens) or not (_is_name_word(tokens[j]) or tokens[j].kind in ("region", "district")
                                    or _is_name_inside(tokens[j]) and tokens[j].text[:1].isupper()):
            return None
        end = j
        if tokens[j].text[:1].isupper():
            # written: the capitalised words that follow belong to the name ("Высокая Гора", "Набережные Челны")
            while end + 1 < len(tokens) and end - j < 2 and tokens[end + 1].text[:1].isupper() \
                    and _is_name_inside(tokens[end + 1]) and tokens[end + 1].start - tokens[end].end <= 1 \
                    and not self._street_before_its_home(tokens, end + 1):
                end += 1
            return end
        # "ростов на дону", but not "новосибирске на красном проспекте": a word before a street keyword names the street
        if end + 2 < len(tokens) and tokens[end + 1].text.lower() == "на" and _is_place_word(tokens[end + 2].text) \
                and not (end + 4 < len(tokens) and tokens[end + 3].kind == "street" and not _is_name_word(tokens[end + 4])):
            return end + 2
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        after = tokens[end + 2] if end + 2 < len(tokens) else None
        after_after = tokens[end + 3] if end + 3 < len(tokens) else None
        street_named_before = (after is not None and after.kind == "street"
                               and not (after_after is not None and _is_name_word(after_after)))
        street_reads_forwards = after is not None and after.kind == "street" and not street_named_before
        if nxt is not None and _is_name_word(nxt) and nxt.start - tokens[end].end <= 1 \
                and not street_named_before and (_is_place_word(nxt.text) or street_reads_forwards):
            end += 1  # "нижний новгород", "село высокая гора улица победы"
        return end

    def _name_words(self, tokens: list[_Token], j: int, limit: int = _MAX_NAME_WORDS + 1) -> int | None:
        """Index of the last word of a street name starting at j ("1-я", "8 Марта", "Республики" allowed)."""
        end = None
        k = j
        written = j < len(tokens) and tokens[j].text[:1].isupper()
        while k < len(tokens) and k - j < limit:
            tok = tokens[k]
            if written and k > j and tok.kind == "word" and not tok.text[:1].isupper() and tok.text != "и" \
                    and not _noun_of_its_adjective(tokens[k - 1].text, tok.text):
                break  # written street names are capitalised: "на улице Ленина авария" ends at "Ленина"
            if _is_name_word(tok) or (k == j and tok.kind in ("region", "city", "district")) \
                    or (k > j and tok.kind == "street" and _is_name_inside(tok)) \
                    or (tok.kind == "num" and k == j and k + 1 < len(tokens) and _is_name_word(tokens[k + 1])):
                end = k
                k += 1
                continue
            # "проезд Завода Серп и Молот": "и" between two capitalised name words
            if tok.text == "и" and end is not None and k + 1 < len(tokens) and _is_name_word(tokens[k + 1]) \
                    and tokens[k + 1].text[:1].isupper() and tokens[end].text[:1].isupper():
                k += 1
                limit += 1
                continue
            break
        return end

    def _street_before_its_home(self, tokens: list[_Token], k: int) -> bool:
        """Is the word at k a street's name standing before its house and flat, glued or a blank apart ("г.Тула
        Ленина10-3", "г. Тула Ленина 10-3"): no second word of the town's name before it (red team bb26 f01)."""
        return k + 1 < len(tokens) and tokens[k + 1].kind == "num" and tokens[k + 1].start - tokens[k].end <= 1 \
            and _HOUSE_AND_FLAT.fullmatch(tokens[k + 1].text) is not None and self._numbers_of_a_home(tokens, k + 1)

    def _number_tail(self, tokens: list[_Token], j: int) -> int:
        """A house number may go on: "5/2", "5 дробь 2", "5 буква а", "5 а" (the letter only before another
        address part or the end, so that "квартира 3 а живу я ..." keeps its conjunction); a road's number is its
        kilometre ("Киевское шоссе, 23-й км, стр. 4")."""
        end = j
        if j + 1 < len(tokens) and _is_kilometre(tokens[j + 1]) and tokens[j + 1].start - tokens[j].end <= 1:
            return j + 1
        while end + 2 < len(tokens) and (tokens[end + 1].kind == "connector" and tokens[end + 2].kind in ("num", "word")
                                         or tokens[end + 1].text in ("-", "/") and tokens[end + 2].kind == "num"
                                         and tokens[end + 2].start - tokens[end].end <= 3):
            end += 2  # "5 дробь 2", "44 - 18"
        if end + 1 < len(tokens) and tokens[end + 1].kind == "word" and _is_house_letter(tokens[end + 1].text):
            follower = tokens[end + 2] if end + 2 < len(tokens) else None
            if follower is None or follower.kind in ("sep", "other", "house", "building", "flat"):
                end += 1
        return end

    def _extend_left(self, tokens: list[_Token], first: int, parts: set[str]) -> int:
        """Take in a bare town before the chain: "Москва, ул. Тверская, д. 5", "иркутск микрорайон юбилейный 19"."""
        if first >= 1 and tokens[first].kind == "word" and tokens[first - 1].kind == "num" \
                and _ORDINAL_NUMBER.fullmatch(tokens[first - 1].text) and tokens[first].start - tokens[first - 1].end == 1:
            first -= 1  # "3-я Парковая 41к2": the ordinal is the first word of the street's name
        if parts & {"city", "region"}:
            # the chain may begin with the second word of a town: "Нижний Новгород, ..."
            if first >= 1 and tokens[first].kind == "word" and _is_name_word(tokens[first - 1]) \
                    and tokens[first].start - tokens[first - 1].end <= 1 \
                    and (tokens[first - 1].text[:1].isupper() and tokens[first].text[:1].isupper()
                         or tokens[first].text.islower() and _is_adjective(tokens[first - 1].text)
                         or _spoken_hyphenated_town(tokens, first)):
                first -= 1
            return self._postcode_before(tokens, first)
        k = first - 1
        if k >= 0 and tokens[k].kind == "sep":
            k -= 1
        elif k >= 2 and tokens[k].text.lower() == "на":
            # "живу в подольске на улице кирова 48", "в нижнем новгороде на большой покровской 15", "в городе орёл на
            # улице мира": the town after "в", then "на" and the street
            town = _town_after_v(tokens, k - 1)
            town = _place_before_na(tokens, k - 1) if town is None else town
            if town is not None:
                return self._postcode_before(tokens, town)
        if k >= 0 and (_is_place(tokens, k) or _is_latin_town(tokens, k) or _spoken_hyphenated_town(tokens, k)
                       or _unknown_hyphenated_town(tokens, k)) \
                and tokens[k + 1].start - tokens[k].end <= 2:
            first = k
            if _spoken_hyphenated_town(tokens, k):
                return self._postcode_before(tokens, k - 1)
            if _is_latin_town(tokens, k):
                first = _latin_places_before(tokens, k)  # the country and towns before, then "Нижний Novgorod" below
            if first >= 1 and _is_name_word(tokens[first - 1]) and tokens[first].start - tokens[first - 1].end <= 1 \
                    and (tokens[first - 1].text[:1].isupper()
                         or tokens[first - 1].text.islower() and _is_place_word(tokens[first - 1].text)):
                first -= 1  # "Нижний Новгород", "Нижний Novgorod"
        elif k >= 2 and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
                and tokens[k + 1].start - tokens[k].end <= 2 and self._postcode_before(tokens, k) < k:
            return self._postcode_before(tokens, k)  # "623700, Берёзовский, ул. Шиловская, 3": a town the dictionary
            # does not know as one, between the postcode and the street — their places make it the town (issue 15)
        elif k >= 0 and tokens[first].kind == "street" and tokens[k + 1].start - tokens[k].end <= 2 \
                and _settlement_named_before(tokens, k):
            first = k  # "адрес Слободской, ул. Энгельса, 12", "прописка оричи, ул. молодой гвардии 5-2" (stop 59)
            if first >= 1 and tokens[first - 1].kind == "word" and tokens[first - 1].text[:1].isupper() \
                    and tokens[first].text[:1].isupper() and _settlement_named_before(tokens, first - 1) \
                    and tokens[first].start - tokens[first - 1].end == 1:
                first -= 1  # "Вятские Поляны, ул. Гагарина, 9"
        return self._postcode_before(tokens, first)

    def _postcode_before(self, tokens: list[_Token], first: int) -> int:
        """"603000, Нижний Новгород, ...": a six-digit postcode and its comma before the chain."""
        if first >= 2 and tokens[first - 1].kind == "sep" and tokens[first - 2].kind == "num" \
                and len(tokens[first - 2].text) == 6 and tokens[first - 2].text.isdigit() \
                and not (first >= 3 and tokens[first - 3].kind == "num"
                         and tokens[first - 2].start - tokens[first - 3].end <= 1):
            return first - 2  # not a passport's number after its series ("паспорт 93 01 230945, м. Сарыг-Хая")
        # written without the comma before a capitalised town, after an address's cue: "адрес доставки: 125009 Москва
        # Тверская 5 12" (red team bb16, 06) — not a request's number ("заявка 123456 Москва, ул. …")
        if first >= 1 and tokens[first - 1].kind == "num" and len(tokens[first - 1].text) == 6 \
                and tokens[first - 1].text.isdigit() and tokens[first].text[:1].isupper() \
                and tokens[first].start - tokens[first - 1].end == 1 and _after_address_cue(tokens, first - 1) \
                and not (first >= 2 and tokens[first - 2].kind == "num"
                         and tokens[first - 1].start - tokens[first - 2].end <= 1):
            return first - 1
        # spoken: "сто семнадцать двести семьдесят девять москва ..." (digits by now, "117 279", no comma)
        if not tokens[first].text.islower():
            return first
        k, digits = first, 0
        while k >= 1 and tokens[k - 1].kind == "num" and tokens[k - 1].text.isdigit() \
                and tokens[k].start - tokens[k - 1].end == 1 and digits + len(tokens[k - 1].text) <= 6:
            k -= 1
            digits += len(tokens[k].text)
        return k if digits == 6 else first

    def _extend_right(self, tokens: list[_Token], last: int, parts: set[str] = frozenset()) -> int:
        """Take in a town said after the address: "... квартира 42 город калуга", "... 12 в тюмени"; and the street
        named without its word after the numbers: "кв 45 дом 12 корп 3 Профсоюзная" (red team bb3, 10)."""
        k = last + 1
        if k < len(tokens) and tokens[k].kind == "sep":
            k += 1
        if "street" not in parts and tokens[last].kind in ("num", "word") and k < len(tokens) \
                and tokens[k].start - tokens[last].end <= 2 and _names_a_street_after_numbers(tokens, k):
            if tokens[k].text[:1].isupper():
                return self._name_words(tokens, k, _MAX_NAME_WORDS) or k  # "... Малая Бронная"
            return k
        # spoken house first, its street after: "дом 52 квартира 7 по улице садовой"
        street = k + 1 if k < len(tokens) and tokens[k].text.lower() in ("по", "на") else k
        if street < len(tokens) and tokens[street].kind == "street" and tokens[last].kind in ("num", "word") \
                and len(tokens[street].text) > 4 and tokens[street].text.isalpha() and not _is_hotline(tokens, street):
            name_end = self._name_words(tokens, street + 1)
            if name_end is not None:
                return name_end
        if k + 1 < len(tokens) and (tokens[k].kind == "city" or tokens[k].text.lower() == "в") \
                and _is_name_word(tokens[k + 1]) and _is_place_word(tokens[k + 1].text):
            return k + 1
        # written: "ул. Гагарина 15/2, кв. 33, Екатеринбург, 620078" — the town, then its postcode, after a comma
        if k > last + 1 and k < len(tokens) and _is_name_word(tokens[k]) and tokens[k].text[:1].isupper() \
                and _is_place_word(tokens[k].text):
            last = k
            k += 1
        if k > last + 1 and k < len(tokens) and tokens[k].kind == "num" and len(tokens[k].text) == 6 \
                and tokens[k].text.isdigit():
            last = k
            # "а/я 12, 620000 Екатеринбург": the postcode, then its town
            if k + 1 < len(tokens) and _is_name_word(tokens[k + 1]) and tokens[k + 1].text[:1].isupper() \
                    and _is_place_word(tokens[k + 1].text) and tokens[k + 1].start - tokens[k].end <= 1:
                last = k + 1
        return last

    def _is_address(self, parts: set[str], tokens: list[_Token], first: int, text: str) -> bool:
        numbered = parts & {"house", "flat", "building"}
        if numbered and (parts & {"street", "city", "region", "district", "postcode"} or len(numbered) >= 2):
            return True
        if len(parts & {"region", "district", "city", "street"}) >= 3 and "settlement" in parts:
            # a village's address down to its street, its house not said (yet): "воронежская область аннинский район
            # деревня мосоловка улица зелёная" — a place named by its keyword, and two more places around it
            return True
        if numbered == {"flat"} and _names_a_home(tokens, first):
            return True
        if _is_po_box(tokens[first]):
            return True
        if numbered:  # "дом 5" alone is an address only right after the word "адрес"
            window = text[max(0, tokens[first].start - 40):tokens[first].start].lower()
            return any(cue in window for cue in ADDRESS_CUES)
        return False


# The place of birth, a passport's field (passport data, the instruction's п. 2; red team bb15, 07: "Место рождения ГОР.
# ТУЛА" on a scanned page): its label, then a place on the label's line — a town by its keyword or a capitalised name,
# up to six words, ending where the page's next field begins ("Дата", "Пол", "Код", …) or at a digit. No number needed:
# the label says it is a place. Not "уроженец …": a news item's "уроженец Уссурийска Тимур Гайнуллин" ran on into the
# name after it, and a public figure's home town is no customer's address (names_c35, names_x30: tried and dropped).
# A label cut short keeps no dot in a key's reading ("Место рожд." is read "место рожд": structured.key_words): a cut
# "рожд" ends the word. A crew list's Latin label "POB" is the label too (a key read so: lexicon.LATIN_KEY_NAMES); no
# place follows a post box's "POB 1234" (_place_from stops at a digit).
BIRTHPLACE_CUE = r"мест[оа]\s+рожд(?:ения|\.|(?![а-яё]))|м\.\s?р\.|place\s+of\s+birth|(?-i:POB)(?![A-Za-z])"
_BIRTHPLACE_HINT = re.compile(r"(?<![а-яёa-z])(?:" + BIRTHPLACE_CUE + r")", re.IGNORECASE)
_BIRTHPLACE_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")
_NEXT_FIELD = frozenset({"дата", "пол", "код", "выдан", "выдано", "паспорт", "серия", "номер", "адрес", "тел", "телефон",
                         "зарегистрирован", "зарегистрирована", "гражданство", "фамилия", "имя", "отчество", "подпись",
                         "и", "а", "но", "в", "году", "года", "date", "sex", "passport", "and"})


# A place of birth said right after a birth date, the way a personnel file or a hiring packet lists a person (issue 15,
# stop 50: an HR office's notes): "д.р. 19.10.1988, с. Карагай Пермской обл.", "р. 21.01.1997 в г. Верещагино",
# "Сальникова Маргарита Дмитриевна, 08.01.2002, г. Лысьва". The date is a birth's by its cue before it (BIRTH_CUE, "р.")
# or "г.р." after it, or by the full name with a patronymic right before it; the place is a settlement named by its
# keyword, read as after the label.
_SETTLEMENT_AHEAD = (r"(?=(?:г|гор|с|п|пос|пгт|рп|д|дер)\.[ \t]*(?-i:[А-ЯЁ])"
                     r"|(?:село|город|посёлок|поселок|деревня|станица)[ \t]+(?-i:[А-ЯЁ]))")
_BIRTH_DATE_THEN_PLACE = re.compile(
    r"(?:(?:" + BIRTH_CUE.pattern + r"|(?<![а-яё])р\.(?=[ \t]*\d))[^\W\d_]*\.?[ \t:]*"
    r"(?=(?:" + NUMERIC + r")(?:[ \t]*г\.?[ \t]?р\.?)?(?:[ \t]*,[ \t]*|[ \t]+в[ \t]+)" + _SETTLEMENT_AHEAD + r")"
    r"|(?-i:[А-ЯЁ][а-яё]+(?:вна|вич|ична|чна|ич|оглы|кызы)),[ \t]*"
    r"(?=(?:" + NUMERIC + r")(?:[ \t]*,[ \t]*|[ \t]+в[ \t]+)" + _SETTLEMENT_AHEAD + r"))"
    r"(?:" + NUMERIC + r")(?:[ \t]*г\.?[ \t]?р\.?)?(?:[ \t]*,[ \t]*|[ \t]+в[ \t]+)", re.IGNORECASE)
# "уроженец" / "уроженки" with a settlement named by its keyword right after it ("уроженки д. Плоское Лихославльского
# р-на": issue 15, stop 55, packed_ad54) — a passport's place of birth in a note's words; a bare town's name after it
# stays unread (a news item's "уроженец Уссурийска Тимур Гайнуллин", see above)
_NATIVE_OF = re.compile(r"(?<![а-яё])урожен(?:ец|ка|ки|ке|кой|кою|ку|ца|цу|цем|це|цы|цев|цам|цами|цах)[ \t]+"
                        + _SETTLEMENT_AHEAD, re.IGNORECASE)


# a record's fields cut by slashes and pipes: a place ends at one only where the next field opens with a field's own
# word ("POB Kaliningrad / PP 75 …") or a digit; a place's own parts cut so ("Украинская ССР / Сумская обл. с. Хотень")
# run on — fail closed (review of stop 56, kinds F3). Not at a tab: a place's words a tab apart are masked whole, the
# next cell with them (fail closed: the review of stop 50)
_FIELD_CUTS = "/|"
_FIELD_WORDS_AFTER_A_CUT = _NEXT_FIELD | frozenset(name for name in FIELD_KEY_WORDS if " " not in name) | frozenset((
    "pp", "rank", "position", "nationality", "citizenship", "sid", "sirb", "должность", "тел"))


def _place_from(text: str, at: int) -> tuple[int, int] | None:
    """The place named from `at` on its line: a town by its keyword or a capitalised name, up to six words, ending where
    the page's next field begins ("Дата", "Пол", "Код", …) or at a digit; None when no word of it names a place."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    start, end, named = None, None, False
    for count, word in enumerate(_BIRTHPLACE_WORD.finditer(text, at, line_end)):
        gap = text[at:word.start()]
        if count == 6 or any(ch.isdigit() or ch in ";!?" for ch in gap) or (start is not None and len(gap) > 3) \
                or start is not None and any(ch in _FIELD_CUTS for ch in gap) \
                and word.group().lower().rstrip(".") in _FIELD_WORDS_AFTER_A_CUT \
                or word.group().lower().rstrip(".") in _NEXT_FIELD \
                or "," in gap and word.group().islower() and _classify(word.group()) not in ("city", "region", "district"):
            break  # "м.р. Саратов, звонит …": after a comma, a lowercase word is the sentence going on
        start = word.start() if start is None else start
        end, at = word.end(), word.end()
        named = named or word.group()[:1].isupper() or _classify(word.group()) in ("city", "region", "district")
    # no end at a word and its dot: a cut region's name ("Ленингр. обл., г. Луга") and a place's parts a dot apart
    # ("Республика Казахстан. Карагандинская обл., с. Ботакара") run on — fail closed (review of stop 56, kinds F1)
    return (start, end) if start is not None and named else None


def _in_a_row_of_labels(text: str, label_end: int, place_start: int) -> bool:
    """Is the word after a label the next cell of a table's header row ("DOB⇥POB⇥SID"): a tab between them, and every
    cell of the line a column's label (person._in_a_header_row)? Its column's cells are read under it (the
    structure's reading, below). A key/value line ("Место рождения⇥г. Калуга⇥Гражданство⇥РФ") is no header row (review
    of stop 56, kinds F2)."""
    from guard.recognizers.person import _in_a_header_row  # person reads address's words: imported here, not above
    return "\t" in text[label_end:place_start] and _in_a_header_row(text, label_end)


def birthplace_spans(text: str) -> list[tuple[int, int, float, str]]:
    """The place after each place-of-birth label, and after a birth date: (start, end, score, why). A table's column or
    a key named by the label reads its cells (recognizers/structured.py's reading), each cell a place."""
    found = []
    for cue in _BIRTHPLACE_HINT.finditer(text):
        place = _place_from(text, cue.end())
        if place and not _in_a_row_of_labels(text, cue.end(), place[0]):
            found.append((*place, 0.85, "a place of birth after its label"))
    for date in _BIRTH_DATE_THEN_PLACE.finditer(text):
        place = _place_from(text, date.end())
        if place:
            found.append((*place, 0.85, "a place of birth after a birth date"))
    for native in _NATIVE_OF.finditer(text):
        place = _place_from(text, native.end())
        if place:
            found.append((*place, 0.85, "a place of birth after «уроженец» and a settlement's keyword"))
    if "\n" in text and _BIRTHPLACE_HINT.search(text):
        reading = read_structure(text)
        if reading is not None and _BIRTHPLACE_HINT.search(reading.keys):
            for cue in _BIRTHPLACE_HINT.finditer(reading.text):
                place = _place_from(reading.text, cue.end())
                found += [(lo, hi, 0.85, "a place of birth under its column's label")
                          for lo, hi in reading.original_spans(*place) if hi > lo] if place else []
    return sorted(set(found))


_JUDGE = AddressRecognizer()


# A place of birth as the field right after its holder's birth date (issue 15, stop 56: a seafarers' office's notes
# and crew lists): a record lists a person's values in order, and a birth date — whatever told the DATE_OF_BIRTH kind
# it is one (its cue, "г.р.", its holder's name, a column) — makes the settlement in the field after it the person's
# birthplace: "Гусейнов Эльчин Фаикович, гражданин РФ, 15.04.1980, г. Гянджа", "Трофимов Н.В.⇥кок⇥04.04.1990⇥г.
# Неман", "…, 390-018, 16.03.1983, г. Калининград". The settlement is named by its keyword or is a capitalised word the
# dictionary knows as a place (its Geox grammeme; a Latin one read in Cyrillic: "Baltiysk"); the birth date kind's
# decision is read, not made again (_BIRTH_DATE_THEN_PLACE stays the speech checker's reading, which has no results).
# (matched after the blanks that follow the date, skipped in code: no regex here opens with a blank run)
_AFTER_THE_DATE = re.compile(r"(?:г\.?[ \t]?р\.?[ \t]*+|г(?:ода|\.)?[ \t]+рождения[ \t]*+)?"
                             r"(?:[,;/|\t][ \t]*+|(?:в[ \t]++)?(?=(?:г|гор|с|п|пос|пгт|рп|д|дер)\.))")
_A_WORD = re.compile(r"[^\W\d_][\w\-]*")
_A_SETTLEMENT = re.compile(_SETTLEMENT_AHEAD, re.IGNORECASE)


def _names_a_place(text: str, at: int) -> bool:
    """Does a settlement open at `at`: its keyword, or a capitalised word the dictionary knows as a place?"""
    if _A_SETTLEMENT.match(text, at):
        return True
    word = _A_WORD.match(text, at)
    if word is None or not word.group()[:1].isupper() or len(word.group()) < 3 \
            or word.group().isupper() and not word.group().isascii():
        return False  # a Cyrillic word in capitals is an abbreviation here ("СНИЛС"), or a town with its keyword
    bare = word.group().lower()
    return any(known_word(reading) and "Geox" in _place_grammemes(reading)
               for reading in (sorted(latin_readings(bare)) if bare.isascii() else [bare]))


def places_after_birth_dates(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """ADDRESS results for the place named in the field right after each DATE_OF_BIRTH of `found` (the results so
    far), where nothing found covers it yet."""
    out = []
    taken = [(result.start, result.end) for result in found]
    for result in found:
        if result.entity_type != "DATE_OF_BIRTH":
            continue
        at = result.end
        while text[at:at + 1] == " ":
            at += 1
        gap = _AFTER_THE_DATE.match(text, at)
        if gap is None or not _names_a_place(text, gap.end()):
            continue
        place = _place_from(text, gap.end())
        if place is None or any(s < place[1] and place[0] < e for s, e in taken):
            continue
        out.append(make_result(_JUDGE, "ADDRESS", *place, 0.85, "a place of birth in the field after its birth date"))
        taken.append(place)
    return out


def address_spans(text: str) -> list[tuple[int, int, float, str]]:
    """THE definition of an address in a text: (start, end, score, why) for every address found. The redactor's
    AddressRecognizer and the speech checker (guard/disclosure/personal.py, on the utterance with its spoken
    numbers as digits) both ask here, so both find the same addresses."""
    return _JUDGE.spans(text)
