"""DOCUMENT_ISSUE_DATE: the day a passport or another document was issued — "паспорт выдан 01.04.2005", "дата выдачи
1 апреля 2005 года".

Passport data (Инструкция запретов, п. 2) that the birth-date kind leaves alone on purpose (a date "выдан …" is the
date of something, not a birthday) and card-aware scrubbing masked only when it was the card's own: a comment told a
right guess of the issue date from a wrong one (red team rounds 26 and 27). After an issue word a whole date is
masked whatever day it names.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern, ReadOnceAWhole
from guard.document import DIGITS
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.birth_date import BIRTH_CUE, ISO, NUMERIC, SPACED, SPOKEN_DIGITS, WORDS, YEAR, YEAR_FIRST

# "выд." ends at its dot, a word may be glued after it ("выд.ОУФМС по г.Твери 12.12.2010", red team bb8 20)
ISSUE_WORDS = (r"(?<![а-яёa-z])(?:(?:выдан[аоы]?|дат\w*\s+выдачи|выдачи|date\s+of\s+issue|issued(?:\s+on)?)(?![а-яёa-z])"
               r"|выд\.)")
_LETTER = re.compile(r"[а-яё]", re.IGNORECASE)


class IssueDateRecognizer(ContextPatternRecognizer):
    ENTITY = "DOCUMENT_ISSUE_DATE"
    PATTERNS = [Pattern("issue_numeric", NUMERIC, 0.3), Pattern("issue_iso", ISO, 0.3),
                Pattern("issue_words", WORDS, 0.3), Pattern("issue_year_first", YEAR_FIRST, 0.3),
                Pattern("issue_spaced", SPACED, 0.3)]
    # the issue word, then the office that issued it: "выдан ОВД Тверского района г. Москвы 01.04.2005"
    CONTEXT_PATTERN = ISSUE_WORDS
    WINDOW_BEFORE = 80
    REQUIRES_CONTEXT = True
    CANDIDATES_ARE_PATTERN_MATCHES = True

    def invalidate_result(self, pattern_text: str) -> bool:
        """A day and a month without a year ("выдан 1 апреля") names no day of a document."""
        numbers = DIGITS.findall(pattern_text)
        return not (len(numbers) >= 3 or (len(numbers) == 2 and _LETTER.search(pattern_text)))


# A passport's issue date in any shape the birth-date kind reads, a year said alone included ("паспорт … выданный в две
# тысячи пятом году"; issue 15, round s27-kinds): the issue word before the date with no birth, death or other
# paper's word between, and a passport word near. Passport data (п. 2), masked as this kind.
_ISSUE = ReadOnceAWhole(re.compile(r"(?<![а-яёa-z])(?:выдан|выдач|дата\s+выд|issued|vydan)", re.IGNORECASE))
_PASSPORT_WORD = re.compile(r"(?<![а-яёa-z])(?:паспорт|пасп\.|о?у?фмс|мвд|овд|гувд|код\w*\s+подразд|pasport|passport)",
                            re.IGNORECASE)
_OTHER_DATE = re.compile(BIRTH_CUE.pattern + r"|(?<![а-яё])(?:умер|смерт|скончал|договор|оплат|водит|прав)",
                         re.IGNORECASE)


class PassportIssueDateRecognizer(ContextPatternRecognizer):
    ENTITY = "DOCUMENT_ISSUE_DATE"
    PATTERNS = [Pattern("passport_issued_" + name, shape, 0.3) for name, shape in (
        ("numeric", NUMERIC), ("iso", ISO), ("words", WORDS), ("spoken", SPOKEN_DIGITS), ("year_first", YEAR_FIRST),
        ("spaced", SPACED), ("year", YEAR))]
    REQUIRES_CONTEXT = True
    WINDOW_BEFORE = 60

    def could_find(self, doc, regex_flags=None) -> bool:
        """Only a text with an issue word can hold an issue date (one search instead of seven date patterns)."""
        return _ISSUE.search(doc.text) is not None and super().could_find(doc, regex_flags)

    def is_supported(self, text: str, start: int, end: int) -> bool:
        issue = None
        for issue in _ISSUE.finditer(text, max(0, start - self.WINDOW_BEFORE), start):
            pass
        if issue is None or _OTHER_DATE.search(text, issue.end(), start):
            return False
        return _PASSPORT_WORD.search(text, max(0, start - 160), min(len(text), end + 60)) is not None


KIND = Kind("DOCUMENT_ISSUE_DATE", (IssueDateRecognizer, PassportIssueDateRecognizer), number_value, numeric=True,
            asked=r"дат\w*\s+выдач\w*|когда\s+(?:\w+\s+)?выдан\w*")
