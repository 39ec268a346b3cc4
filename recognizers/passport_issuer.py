"""RU_PASSPORT_ISSUER: the office that issued a passport, by name — "ОВД Тверского района г. Москвы", "УФМС России по
Тверской области", "ГУ МВД по г. Москве".

Passport data (Инструкция запретов, п. 2) that card-aware scrubbing masked only when it was the card's own: a comment
told a right guess of the office from a wrong one (red team rounds 25 and 27). After an office's abbreviation, written
in capitals, the place words that name it are masked whatever place they name. The numeric code of the office is
RU_PASSPORT_DEPT.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, name_value

# The abbreviations of the offices that issue passports, in capitals as written ("ТП" and "ОП" are too common alone:
# "ТП" is a tariff plan; "ТП УФМС" is caught by "УФМС").
# "ГРОВД", "РОВД": a town's or a district's department (packed_aa51, stop 51: "выдан Туймазинским ГРОВД Республики …")
OFFICES = ("ГУВД", "ОУФМС", "УФМС", "ФМС", "ОМВД", "УМВД", "ГРОВД", "РОВД", "ОВД", "УВД", "МВД", "ОВМ", "ОВИР")
# THE offices' abbreviations: the speech checker's rules read them lowercase as `$passport_office`
# (guard/disclosure/patterns.SHARED_WORDS: "выдать|выдача * $passport_office")
OFFICE_WORDS = r"ГУ\s+МВД|" + "|".join(OFFICES)
_OFFICE = r"(?<![А-ЯЁа-яёA-Za-z])(?-i:" + OFFICE_WORDS + r")(?![А-ЯЁа-яёA-Za-z])"
# The words of the place it names: prepositions, "г.", "района", and capitalised words ("Тверского", "Москвы").
# (abbreviated too: "обл. в Одинцовском р-не", "по р-ну Тверской", red team bb5 25)
# The kinds of place an office serves, in every case ("по Краснодарскому краю", "в Кировском районе", "по Республике
# Татарстан", "в городском округе"): the nouns themselves, so no case form of one ends the office's name (red team bb11 19)
PLACE_NOUNS = r"област[ьиейью]*|кра[йяюе]м?|район[аеуом]*|округ[аеуом]*|республик[аиеуой]*|город[аеуом]*|поселк[аеуом]*"
_PLACE_WORD = (r"(?:России|РФ|по|в|во|г\.|гор\.|пос\.|р-на|р-не|р-ну|р-н|обл\.|обл(?![а-яё])|кр\.|респ\.|АО|(?:" + PLACE_NOUNS + r")"
               r"(?![а-яё])|автономн[а-яё]+|[—–]|(?:ОМВД|УМВД|ОВМ|ОВД)(?![А-ЯЁ])|(?-i:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+){0,2})"
               # a form typed or scanned in capitals ("ОВД ТВЕРСКОГО Р-НА Г. МОСКВЫ": red team bb17 21)
               r"|(?-i:[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,}){0,2}(?![А-ЯЁа-яё])))")
# a word cut with a dot may be glued to the next one in a note ("ОУФМС по г.Твери", red team bb8 20); an office of a
# district of a town of a region names nine or ten words ("ОУФМС России по Тверской области в Заволжском районе г. Твери")
ISSUER_REGEX = _OFFICE + r"(?:(?:[ \t]+|(?<=\.))" + _PLACE_WORD + r"){1,12}"
# Said after "выдан", lowercase as speech is transcribed, the place before the office: "выдан тверским овд",
# "выдан отделом уфмс по тверской области"
SPOKEN_ISSUER = (r"(?:(?<=выдан )|(?<=выдана )|(?<=выд\. ))(?:[а-яё]+(?:ым|им|ой|ого|его|ом|ем)\s+){0,3}"
                 r"(?:гу\s+мвд|овд|увд|гровд|ровд|уфмс|оуфмс|фмс|мвд|гувд|овм|овир)(?![а-яё])(?:\s+(?:по|в|во|г\.|г(?![а-яё])|россии|рф"
                 r"|республик[аиеуой]*\s+[а-яё]+|(?:" + PLACE_NOUNS + r")(?![а-яё])"
                 r"|[а-яё]+(?:ого|его|ой|ому|ему|ском|ской|цкой|цком|ы|е|и)(?![а-яё]))){0,10}")
_NAMING = re.compile(r"(?-i:[А-ЯЁ][а-яё]{2,})")
_COUNTRY = frozenset({"России", "РФ"})
# A form in capitals names a place by a word in capitals beside a word of a kind of place ("ТВЕРСКОГО Р-НА", "Г. МОСКВЫ",
# "ПО ТВЕРСКОЙ ОБЛ."): a word in capitals alone after an office is emphasis as often ("из ОВД СРОЧНО")
_CAPITALS = re.compile(r"(?-i:[А-ЯЁ]{3,})")
_KIND_OF_PLACE = re.compile(r"(?i:(?<![а-яё])(?:г|гор|пос|обл|р-н[аеу]?|респ|кр)(?:\.|(?![а-яё]))|(?<![а-яё])(?:"
                            + PLACE_NOUNS + r")(?![а-яё]))")
_OFFICE_OR_COUNTRY = frozenset({"РОССИИ"} | set(OFFICES))


class PassportIssuerRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_PASSPORT_ISSUER"
    PATTERNS = [Pattern("ru_passport_issuer", ISSUER_REGEX, 0.7), Pattern("ru_passport_issuer_said", SPOKEN_ISSUER, 0.7)]
    CANDIDATES_ARE_PATTERN_MATCHES = True

    def invalidate_result(self, pattern_text: str) -> bool:
        """An office with no place named ("УФМС по", "МВД России") names nobody's office."""
        if any(word not in _OFFICE_OR_COUNTRY for word in _CAPITALS.findall(pattern_text)) \
                and _KIND_OF_PLACE.search(pattern_text):
            return False
        return not any(word not in _COUNTRY for word in _NAMING.findall(pattern_text)) \
            and not re.search(r"[а-яё]{3,}(?:ым|им|ой|ого|его|ом|ем|ому|ему|ской|ском)\b|республик[а-яё]*\s+[а-яё]{3,}",
                              pattern_text)


KIND = Kind("RU_PASSPORT_ISSUER", (PassportIssuerRecognizer,), name_value, hint=OFFICE_WORDS + "|ровд|овир",
            asked=r"кем\s+выдан\w*|выдан\w*|выдач\w*")
