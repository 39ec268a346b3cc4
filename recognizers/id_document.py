"""ID_DOCUMENT: an identity document other than the internal passport, the birth certificate and the driving licence —
the Russian international passport ("загранпаспорт 75 1234567", "загранпаспорт № 751234567"), a foreign citizen's
passport ("паспорт иностранного гражданина AB7654321", "паспорт Узбекистана AA1234567"), a residence permit ("вид на
жительство 82 1234567", "ВНЖ"), a temporary residence permit (РВП), a work patent, a military ID ("военный билет АВ
1234567"), a refugee's certificate, a migration card.

Carriers sign SIM contracts on these documents (red team bb4 F11). Each is written as an optional series of one or two
letters (Latin or Cyrillic) or two digits, an optional "№", and six to ten digits: a shape shared with phones,
contracts and request numbers, so the document's name must come right before it (a few words between: "паспорт
гражданина Республики Узбекистан", "вид на жительство серия 82"). A passport's name followed by a number whose series
is Latin letters is a foreign passport, whatever country was named: no internal passport has letters. After the
document's name the value is masked whatever its checksum; an amount, a date or a term ("через 10 дней", "на 12
месяцев") has too few digits in one run or its own separators and is left.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.packed_run import RUN_END

# The documents' names, as written, abbreviated or said.
DOCUMENT_WORDS = (
    r"загран\w*(?:\s+паспорт\w*)?|заграничн\w*\s+паспорт\w*|нацпаспорт\w*|национальн\w*\s+паспорт\w*"
    r"|иностранн\w*\s+паспорт\w*|вид\w*\s+на\s+жительств\w*|внж|разрешени\w*\s+на\s+(?:временное\s+)?проживани\w*"
    r"|рвп|патент\w*(?:\s+на\s+работу)?|военн\w*\s+билет\w*|военник\w*|удостоверени\w*\s+беженц\w*"
    r"|миграционн\w*\s+карт\w*"
    # a passport with words that make it not the Russian internal one: "паспорт иностранного гражданина", "паспорт
    # гражданина Узбекистана", "паспорт Узбекистана", "паспорт Республики Таджикистан"
    r"|паспорт\w*\s+(?:иностранн\w*(?:\s+гражданин\w*)?|гражданин\w*\s+(?!рф\b|росси)[а-яё]+|(?!рф\b|росси)(?-i:[А-ЯЁ])[а-яё]+"
    r"(?:\s+(?-i:[А-ЯЁ])[а-яё]+)?)"
)
# Words between the name and the number: "серия", "номер", "№", a colon.
_LABELS = r"(?:[\s:,\-–—]*(?:серия|серии|сер\.|номер|ном\.|№|n|no\.?|#))*[\s:,\-–—]*"
# The number: a series (one or two letters, or two digits), then six to ten digits, groups split by a blank or a hyphen.
_SERIES = r"(?:[A-ZА-ЯЁ]{1,2}|\d{2})"
VALUE = (r"(?:" + _SERIES + r"[\s\-]?(?:№\s?)?)?\d(?:[\s\-]?\d){5,9}" + RUN_END)
_CUED = re.compile(r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + r")" + _LABELS + r"(" + VALUE + r")", re.IGNORECASE)
# A passport's name (of any country) a few words before a number with a Latin series: a foreign passport.
_LATIN_SERIES = re.compile(r"(?<![а-яёa-z])паспорт\w*(?:[\s,]+[а-яё]{1,15}){0,4}" + _LABELS
                           + r"((?-i:[A-Z]{1,2})[\s\-]?\d(?:[\s\-]?\d){5,9}" + RUN_END + r")", re.IGNORECASE)
HINT = r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + r"|паспорт)"


def canonical(value: str) -> str:
    """Series and number, uppercase, without separators: "AB 765-4321" -> "AB7654321"."""
    return re.sub(r"[^0-9A-ZА-ЯЁ]", "", value.upper()) or number_value(value)


class IdDocumentRecognizer(ContextPatternRecognizer):
    ENTITY = "ID_DOCUMENT"
    PATTERNS = [Pattern("id_document_cued", _CUED.pattern, 0.85),
                Pattern("foreign_passport_latin_series", _LATIN_SERIES.pattern, 0.85)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims its patterns' matches to the value

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # the document's name is the label, not the value: the span is the number (the first group)
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            piece = text[result.start:result.end]
            for regex in (_CUED, _LATIN_SERIES):
                match = regex.fullmatch(piece)
                if match:
                    result.start, result.end = result.start + match.start(1), result.start + match.end(1)
                    break
            kept.append(result)
        return kept


KIND = Kind("ID_DOCUMENT", (IdDocumentRecognizer,), canonical, hint=HINT)
