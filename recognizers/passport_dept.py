"""RU_PASSPORT_DEPT: the code of the department that issued a passport, "770-001" (код подразделения).

Six digits, printed as 3-3 with a dash; the first two are the region. Alone a "770-001" could be
anything, so it needs its words nearby ("код подразделения", "выдан"); spoken it arrives as digits.
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, RUN_END, RUN_START, number_value

DEPT_REGEX = RUN_START + r"\d{3}\s?[\-–]\s?\d{3}" + RUN_END


class PassportDeptRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_PASSPORT_DEPT"
    PATTERNS = [Pattern("ru_passport_dept", DEPT_REGEX, 0.4)]
    CONTEXT = ("подразделени", "выдан", "кп", "паспорт")
    REQUIRES_CONTEXT = True
    CUE_NUMBERS = ((r"(?:код\w*\s+подразделени\w*|к/п|кп)", 6, 6),)


KIND = Kind("RU_PASSPORT_DEPT", (PassportDeptRecognizer,), number_value, numeric=True)
