"""ADDRESS: a whole postal address as one span — region, city, street, house, building, apartment.

Written: "г. Москва, ул. Тверская, д. 5, кв. 12", "Тверская ул., 5-12", "123456, Московская
обл., г. Химки, пр-т Мира, д. 7, корп. 2". Spoken (numbers already digits from
guard.normalize): "город москва улица тверская дом 5 квартира 12".

A tokenizer labels address keywords (ул., дом, кв., ...), numbers and words; a
scan glues neighbouring parts into one chain. A chain is an address only when it
has a street-level part with a house or apartment number (or a street next to a
city, or follows the word "адрес"), so a city on its own ("в Москве не работает
интернет") or a street named in passing stays visible.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import LANGUAGE, make_result

REGION_WORDS = {"область", "обл", "области", "край", "края", "республика", "республики", "респ", "округ", "ао"}
DISTRICT_WORDS = {"район", "района", "р-н", "р-на", "городской"}
CITY_WORDS = {"г", "город", "города", "гор", "пос", "поселок", "посёлок", "поселка", "пгт", "с", "село", "села",
              "дер", "деревня", "деревни", "станица", "ст-ца", "хутор", "аул", "снт", "рп"}
STREET_WORDS = {"ул", "улица", "улицы", "улице", "пр-т", "пр-кт", "просп", "проспект", "проспекта", "пр", "пер",
                "переулок", "переулка", "ш", "шоссе", "б-р", "бульвар", "бульвара", "бул", "пл", "площадь",
                "площади", "наб", "набережная", "набережной", "пр-д", "проезд", "проезда", "туп", "тупик", "аллея",
                "аллеи", "мкр", "мкрн", "микрорайон", "микрорайона", "линия", "линии", "тракт", "квартал", "кв-л"}
HOUSE_WORDS = {"д", "дом", "дома", "доме", "вл", "владение", "влд"}
BUILDING_WORDS = {"корп", "корпус", "корпуса", "к", "стр", "строение", "строения", "лит", "литера", "литер"}
FLAT_WORDS = {"кв", "квартира", "квартиры", "квартире", "оф", "офис", "офиса", "комн", "комната", "пом", "помещение"}
CONNECTORS = {"дробь", "слеш", "тире", "дефис", "буква", "литера"}
# Words that say an address follows even without keywords: "прописан по адресу Москва, Тверская 5-12".
ADDRESS_CUES = ("адрес", "прописк", "прописан", "проживаю", "проживает", "зарегистрирован", "доставк")

_TOKEN = re.compile(
    r"(?P<num>\d+[а-яёa-z]?(?:[/\-]\d+[а-яёa-z]?)*(?![а-яёa-z]))"
    r"|(?P<word>[а-яёa-z]+(?:-[а-яёa-z]+)*\.?)"
    r"|(?P<sep>[,;])"
    r"|(?P<other>[^\s\w,;])",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 3


@dataclass
class _Token:
    kind: str  # region, district, city, street, house, building, flat, num, word, sep, other, connector
    start: int
    end: int
    text: str


def _classify(word: str) -> str:
    bare = word.lower().rstrip(".").replace("ё", "е")
    for kind, vocabulary in (("street", STREET_WORDS), ("house", HOUSE_WORDS), ("flat", FLAT_WORDS),
                             ("building", BUILDING_WORDS), ("city", CITY_WORDS), ("region", REGION_WORDS),
                             ("district", DISTRICT_WORDS)):
        if bare in vocabulary or bare.replace("е", "ё") in vocabulary:
            return kind
    if bare in CONNECTORS:
        return "connector"
    return "word"


def tokenize(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        value = match.group()
        if kind == "word":
            kind = _classify(value)
        tokens.append(_Token(kind, match.start(), match.end(), value))
    return tokens


_STOP_NAME_WORDS = {"и", "в", "на", "по", "не", "а", "но", "что", "это", "у", "к", "от", "до", "за", "из",
                    "мне", "я", "он", "она", "мы", "вы", "они", "там", "тут", "здесь", "же", "ли", "бы",
                    "пожалуйста", "спасибо", "да", "нет", "вот", "ну", "есть", "был", "была", "было", "будет"}


def _is_place_name(word: str) -> bool:
    from guard.nlp import word_grammemes

    return word[:1].isupper() and "Geox" in word_grammemes(word)


def _is_place_word(word: str) -> bool:
    from guard.nlp import any_grammemes

    return "Geox" in any_grammemes(word)


def _is_name_word(token: _Token) -> bool:
    bare = token.text.lower().rstrip(".")
    return token.kind == "word" and bare not in _STOP_NAME_WORDS and not bare.startswith(ADDRESS_CUES)


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
        tokens = tokenize(text)
        results = []
        i = 0
        while i < len(tokens):
            chain = self._chain_from(tokens, i, text)
            if chain is None:
                i += 1
                continue
            first, last, parts = chain
            if self._is_address(parts, tokens, first, text):
                first = self._extend_left(tokens, first, parts)
                start = tokens[first].start
                end = tokens[last].end
                score = 0.85 if parts & {"house", "flat"} else 0.7
                results.append(make_result(self, self.ENTITY, start, end, score, "chain of address parts"))
            i = last + 1
        return results

    # -- scanning -------------------------------------------------------------------------------

    def _chain_from(self, tokens: list[_Token], i: int, text: str) -> tuple[int, int, set[str]] | None:
        """Glue address parts starting at token i; None when token i starts no part."""
        parts: set[str] = set()
        first = i
        last = None
        j = i
        while j < len(tokens):
            consumed = self._part_at(tokens, j)
            if consumed is None:
                break
            kind, end_j = consumed
            parts.add(kind)
            last = end_j
            j = end_j + 1
            # separators and a gap of whitespace between parts are fine; anything else ends the chain
            while j < len(tokens) and tokens[j].kind == "sep":
                j += 1
            if j < len(tokens) and tokens[j].start - tokens[last].end > 3 and tokens[j - 1].kind != "sep":
                break
        if last is None:
            return None
        return first, last, parts

    def _part_at(self, tokens: list[_Token], j: int) -> tuple[str, int] | None:
        """(kind of the address part starting at token j, index of its last token), or None."""
        tok = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok.kind in ("house", "building", "flat"):
            if nxt is not None and nxt.kind == "num":
                end = self._number_tail(tokens, j + 1)
                # "д" and "к" alone are too common; only with a number are they address parts
                return tok.kind, end
            return None
        if tok.kind == "street":
            end = self._name_words(tokens, j + 1)
            if end is None:
                return None
            return self._street_with_house(tokens, end)
        if tok.kind in ("city", "region", "district"):
            end = self._place_name(tokens, j + 1)
            if end is None:
                return None
            return tok.kind, end
        if tok.kind == "num" and len(tok.text) == 6 and tok.text.isdigit() and nxt is not None and nxt.kind == "sep":
            return "postcode", j
        if _is_name_word(tok) and nxt is not None and nxt.kind == "sep" and _is_place_word(tok.text) \
                and (tok.text[:1].isupper() or tok.text.islower() and tokens[j - 1:j] and tokens[j - 1].kind == "sep"):
            return "city", j  # "Ленинградская область, Выборг, Тверской б-р": a bare town between commas
        if _is_name_word(tok):
            # a name before its keyword: "Тверская ул.", "Московская обл.", "Ленинский р-н"
            k = j
            while k + 1 < len(tokens) and k - j < _MAX_NAME_WORDS and _is_name_word(tokens[k + 1]):
                k += 1
            keyword = tokens[k + 1] if k + 1 < len(tokens) else None
            after_keyword = tokens[k + 2] if k + 2 < len(tokens) else None
            # "адрес улица Комсомольская": a keyword followed by a name reads forwards, not backwards
            if keyword is not None and keyword.kind in ("street", "region", "district") \
                    and not (after_keyword is not None and _is_name_word(after_keyword)):
                if keyword.kind == "street":
                    return self._street_with_house(tokens, k + 1)
                return keyword.kind, k + 1
        return None

    def _extend_left(self, tokens: list[_Token], first: int, parts: set[str]) -> int:
        """Take in a bare city written before the chain: "Москва, ул. Тверская, д. 5" (a place name, not a person's)."""
        if parts & {"city", "region", "district"}:
            return first
        if first >= 2 and tokens[first - 1].kind == "sep" and _is_place_name(tokens[first - 2].text):
            first -= 2
            if first >= 2 and tokens[first - 1].kind == "sep" and tokens[first - 2].kind == "num" \
                    and len(tokens[first - 2].text) == 6:
                first -= 2  # postcode
        return first

    def _street_with_house(self, tokens: list[_Token], end: int) -> tuple[str, int]:
        """"ул. Тверская 5", "Тверская ул., 5-12": a bare number right after a street is its house."""
        k = end + 1
        if k < len(tokens) and tokens[k].kind == "sep":
            k += 1
        if k < len(tokens) and tokens[k].kind == "num" and tokens[k].start - tokens[end].end <= 3:
            return "house", self._number_tail(tokens, k)
        return "street", end

    def _place_name(self, tokens: list[_Token], j: int) -> int | None:
        """A city or region name: one word, a second only if it is a place word too ("нижний новгород",
        not "воронеж тверской" before "бульвар"), and "X на Y" ("ростов на дону")."""
        if j >= len(tokens) or not _is_name_word(tokens[j]):
            return None
        end = j
        if end + 2 < len(tokens) and tokens[end + 1].text.lower() == "на" and _is_name_word(tokens[end + 2]):
            return end + 2
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        after = tokens[end + 2] if end + 2 < len(tokens) else None
        after_after = tokens[end + 3] if end + 3 < len(tokens) else None
        street_named_before = (after is not None and after.kind == "street"
                               and not (after_after is not None and _is_name_word(after_after)))
        if nxt is not None and _is_name_word(nxt) and nxt.start - tokens[end].end <= 1 \
                and not street_named_before and _is_place_word(nxt.text):
            end += 1
        return end

    def _name_words(self, tokens: list[_Token], j: int, limit: int = _MAX_NAME_WORDS + 1) -> int | None:
        """Index of the last word of a street/city name starting at j (numbers like "1-я", "8 Марта" allowed)."""
        end = None
        k = j
        while k < len(tokens) and k - j < limit:
            tok = tokens[k]
            if _is_name_word(tok) or (tok.kind == "num" and k == j and k + 1 < len(tokens) and _is_name_word(tokens[k + 1])):
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

    def _number_tail(self, tokens: list[_Token], j: int) -> int:
        """A house number may go on: "5/2", "5 дробь 2", "5 буква а", "5 а" (the letter only before another
        address part or the end, so that "квартира 3 а живу я ..." keeps its conjunction)."""
        end = j
        while end + 2 < len(tokens) and tokens[end + 1].kind == "connector" and tokens[end + 2].kind in ("num", "word"):
            end += 2
        if end + 1 < len(tokens) and tokens[end + 1].kind == "word" and len(tokens[end + 1].text) == 1:
            follower = tokens[end + 2] if end + 2 < len(tokens) else None
            if follower is None or follower.kind in ("sep", "other", "house", "building", "flat"):
                end += 1
        return end

    def _is_address(self, parts: set[str], tokens: list[_Token], first: int, text: str) -> bool:
        numbered = bool(parts & {"house", "flat", "building"})
        if numbered and (parts & {"street", "city", "region", "district", "postcode"} or "house" in parts and "flat" in parts):
            return True
        if "street" in parts and parts & {"city", "region", "district"}:
            return True
        if numbered or "street" in parts:
            window = text[max(0, tokens[first].start - 40):tokens[first].start].lower()
            return any(cue in window for cue in ADDRESS_CUES)
        return False
