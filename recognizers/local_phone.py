"""PHONE_NUMBER written in pieces: an area code and a local number apart ("код города 495, номер 765-43-21", "моб. код
926, номер 765 43 21"), and a bare local number after a verb of calling ("просил звонить на 765-43-21 после 18").

Part of the phone kind (recognizers/phone.py registers it in its KIND): what a phone number is stays there; this module
reads the two shapes the single-number reading cannot (red team bb4 F03). Both pieces are masked, each its own span,
and the words between ("номер") are left. The area code is taken after "код" with a phone's words only ("города",
"оператора", "мобильного", "моб. код"), never "код подтверждения" or "код подразделения"; code and local number
together hold nine to eleven digits. A local number after a verb of calling has the local shape (seven digits, or
3-2-2 groups), no leading zero, and no unit after it ("звонить на 900", "перезвонить через 15 минут" are left).
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, digits_of, make_result

_AREA_CODE = (r"(?<![а-яёa-z])(?:(?:моб\.?|мобильн\w*|сотов\w*|тел\.?|телефон\w*)\s+)?код(?:а|ом)?"
              r"(?:\s+(?:города|город\w*|оператора|региона|мобильного|сотового|междугородн\w*|межгород\w*|телефона))?"
              r"[\s:.\-]*\(?(\d{3,5})\)?")
_LOCAL = r"(\d{1,3}(?:[\s\-]?\d){4,6})(?![\s\-]?\d)"
AREA_CODE_AND_LOCAL = (_AREA_CODE + r"[\s,;]+(?:(?:а|и|далее|дальше)\s+)?(?:(?:сам\s+)?номер|тел(?:ефон)?\.?|т\.)?"
                       + r"[\s:.,№\-]*" + _LOCAL)
_CALLING = (r"(?<![а-яёa-z])(?:(?:по|пере)?звон\w*|позвон\w*|набира\w*|набер\w*|набрать|дозвон\w*)"
            r"\s+(?:на|по)\s+(?:(?:номер|телефон\w*|городско\w*|домашн\w*|рабоч\w*)\s+)?")
LOCAL_AFTER_CALLING = _CALLING + r"([1-9]\d{2}[\s\-]\d{2}[\s\-]\d{2}|[1-9]\d{6})(?![\s\-]?\d)(?!\s*(?:руб|р\.|₽|мин|сек|час|%))"
_PAIR = re.compile(AREA_CODE_AND_LOCAL, re.IGNORECASE)
_BARE = re.compile(LOCAL_AFTER_CALLING, re.IGNORECASE)
HINT = r"код|звон|набира|набер|набрать"


class LocalNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("area_code_and_local_number", AREA_CODE_AND_LOCAL, 0.85),
                Pattern("local_number_after_calling", LOCAL_AFTER_CALLING, 0.85)]

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        """Each piece of a match its own span: the area code and the local number, or the local number alone."""
        results = []
        for match in _PAIR.finditer(text):
            if 9 <= len(digits_of(match.group(1)) + digits_of(match.group(2))) <= 11:
                for group in (1, 2):
                    results.append(make_result(self, self.ENTITY, match.start(group), match.end(group), 0.85,
                                               "an area code and a local number written apart"))
        for match in _BARE.finditer(text):
            results.append(make_result(self, self.ENTITY, match.start(1), match.end(1), 0.85,
                                       "a local number after a verb of calling"))
        return results
