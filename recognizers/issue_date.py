"""DOCUMENT_ISSUE_DATE: the day a passport or another document was issued — "паспорт выдан 01.04.2005", "дата выдачи
1 апреля 2005 года".

Passport data (Инструкция запретов, п. 2) that the birth-date kind leaves alone on purpose (a date "выдан …" is the
date of something, not a birthday) and card-aware scrubbing masked only when it was the card's own: a comment told a
right guess of the issue date from a wrong one (red team rounds 26 and 27). After an issue word a whole date is
masked whatever day it names.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.birth_date import ISO, NUMERIC, SPACED, WORDS, YEAR_FIRST

ISSUE_WORDS = r"(?<![а-яёa-z])(?:выдан[аоы]?|выд\.|дат\w*\s+выдачи|выдачи|date\s+of\s+issue|issued(?:\s+on)?)(?![а-яёa-z])"
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
        numbers = re.findall(r"\d+", pattern_text)
        return not (len(numbers) >= 3 or (len(numbers) == 2 and _LETTER.search(pattern_text)))


KIND = Kind("DOCUMENT_ISSUE_DATE", (IssueDateRecognizer,), number_value, numeric=True)
