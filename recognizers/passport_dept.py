"""RU_PASSPORT_DEPT: the code of the department that issued a passport, "770-001" (код подразделения).

Six digits, printed as 3-3 with a dash; the first two are the region. Alone a "770-001" could be
anything, so it needs its words nearby ("код подразделения", "выдан", "к.п.", "код п/п") or the passport
it was issued with right before it ("9215 402716 / 160-004"). Spoken it arrives as digits after its cue —
"код подразделения", "выдан", or a bare "код" when the passport is being dictated ("… уфмс по
новосибирской области код пятьсот сорок ноль ноль шесть"): a six-digit number right after "код" is an
SMS code anywhere else.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import (ContextPatternRecognizer, Kind, digits_of, has_stem, make_result, number_value,
                                    words_before)
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP
from guard.recognizers.passport import BARE as PASSPORT_SHAPE

DEPT_REGEX = RUN_START + r"\d{3}\s?[\-–]\s?\d{3}" + RUN_END
# a passport number and a separator just before the code: the code was printed beside it
_AFTER_PASSPORT = re.compile("(?:" + PASSPORT_SHAPE + r")\s*[,;/|]?\s*$")
# the issue date just before the code, in a passport's line: "выдан ГУ МВД … краю 21.11.2019, 230-045"
_AFTER_ISSUE_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\s?г\.?)?\s*[,;/|]?\s*$")
_BARE_CODE = re.compile(r"(?<![а-яёa-z])(?:код|code|kod)[\s:=]{0,3}(\d(?:[ \-]?\d)*)(?![ \-]?\d)", re.IGNORECASE)
# what a passport being dictated leaves in the words before a bare "код"
_PASSPORT_WORDS = ("паспорт", "пасп", "выдан", "выд", "уфмс", "мвд", "овд", "гувд", "фмс", "отдел", "подразделени",
                   "pasp", "pass", "passport")
_PASSPORT_WINDOW = 120


class PassportDeptRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_PASSPORT_DEPT"
    PATTERNS = [Pattern("ru_passport_dept", DEPT_REGEX, 0.4)]
    CONTEXT = ("подразделени", "подр", "выдан", "выд", "кп", "паспорт")
    # an English key of a pasted record too ("dept=780-012", "department code: 770-001")
    CONTEXT_PATTERN = re.compile(r"код\s+п/п|к\.\s?п\.|к/п|(?<![a-z])dep(?:t|artment)(?![a-z])", re.IGNORECASE)
    WINDOW_BEFORE = 60  # "Код подразделения, выдавшего документ?\nКлиент: 500-036"
    REQUIRES_CONTEXT = True
    # above the passport's 0.9: "Код подразделения в паспорте?\nКлиент: 617-073" is the code, not a passport number
    CONTEXT_SCORE = 0.95
    # "код подр. 160418", "паспорт 6367861458 выд. 740205": the abbreviations of a CRM note
    CUE_NUMBERS = ((r"(?:код\w*\s+(?:подразделени\w*|подр\.?)|к/п|кп|kp|к\.\s?п\.|код\s+п/п|dept|department(?:\s+code)?)"
                    + CUE_GAP, 6, 6),
                   (r"выдан\w*|выд\.", 6, 6))

    def is_supported(self, text: str, start: int, end: int) -> bool:
        return super().is_supported(text, start, end) or bool(_AFTER_PASSPORT.search(text, max(0, start - 30), start)) \
            or bool(_AFTER_ISSUE_DATE.search(text, max(0, start - 20), start)
                    and has_stem(words_before(text, start, _PASSPORT_WINDOW), _PASSPORT_WORDS))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for match in _BARE_CODE.finditer(text):
            start, end = match.span(1)
            if len(digits_of(match.group(1))) != 6 or any(r.start < end and start < r.end for r in results):
                continue
            if has_stem(words_before(text, match.start(), _PASSPORT_WINDOW), _PASSPORT_WORDS) or \
                    _AFTER_PASSPORT.search(text, max(0, match.start() - 30), match.start()):
                results.append(make_result(self, self.ENTITY, start, end, self.CONTEXT_SCORE,
                                           "six digits after 'код' while a passport is dictated"))
        return results



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A department code among other numbers in one packed run (recognizers/packed_run.py): 3-3, with its hyphen."""
    return lengths == (3, 3) and any(dash in separators[0] for dash in "-–")


KIND = Kind("RU_PASSPORT_DEPT", (PassportDeptRecognizer,), number_value, numeric=True, cues=("подразделени",),
            digits=(6,))
