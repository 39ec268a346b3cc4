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

from guard.analysis import Pattern, ReadOnceAWhole
from guard.recognizers.base import ContextPatternRecognizer, digits_of, make_result, words_before
from guard.recognizers.lexicon import CITY_PHONE_WORDS, NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS, PHONE_WORDS
from guard.recognizers.packed_run import NOT_A_QUANTITY

_AREA_CODE = (r"(?<![а-яёa-z])(?:(?:моб\.?|мобильн\w*|сотов\w*|тел\.?|телефон\w*)\s+)?код(?:а|ом)?"
              r"(?:\s+(?:города|город\w*|оператора|региона|мобильного|сотового|междугородн\w*|межгород\w*|телефона))?"
              r"[\s:.\-]*\(?(\d{3,5})\)?")
_LOCAL = r"(\d{1,3}(?:[\s\-]?\d){4,6})(?![\s\-]?\d)"
AREA_CODE_AND_LOCAL = (_AREA_CODE + r"[\s,;]+(?:(?:а|и|далее|дальше)\s+)?(?:(?:сам\s+)?номер|тел(?:ефон)?\.?|т\.)?"
                       + r"[\s:.,№\-]*" + _LOCAL)
_CALLING = (r"(?<![а-яёa-z])(?:(?:по|пере)?звон\w*|позвон\w*|набира\w*|набер\w*|набрать|дозвон\w*)"
            r"\s+(?:на|по)\s+(?:(?:номер|телефон\w*|городско\w*|домашн\w*|рабоч\w*)\s+)?")
LOCAL_AFTER_CALLING = _CALLING + r"([1-9]\d{2}[\s\-]\d{2}[\s\-]\d{2}|[1-9]\d{6})(?![\s\-]?\d)" + NOT_A_QUANTITY
# A town's or a short local number in its written shape, hyphens between its last pairs ("555-00-11", "55-00-11",
# "4-12-33"), after a phone's word and a few words ("тел 55-00-11", "домашний в Урюпинске 4-12-33"; red team bb5 14)
LOCAL_AFTER_PHONE_WORD = (r"(?<![а-яёa-z])(?:" + PHONE_WORDS + "|" + CITY_PHONE_WORDS + r")(?:\s+[а-яё]{1,15}\.?){0,3}"
                          r"[\s:.,№]*([1-9]\d{0,2}-\d{2}-\d{2})(?![\-.]?\d)")
# A number told in pieces, its first or last digits ("первые цифры 8903 555, последние 00 11", "начинается на 8903555,
# заканчивается на 0011"): every piece told so is masked, whatever it is a piece of (red team bb5 14)
# "первые"/"последние" without "цифры" tell a piece only when it is shaped as one (three digits or more, or groups):
# "за последние пятьдесят номера" counts numbers, it tells none.
PIECE_OF_A_NUMBER = (r"(?<![а-яёa-z])(?:(?:(?:перв|последн)\w*\s+(?:\d{1,2}\s+)?цифр\w*|начина\w*\s+(?:на|с)"
                     r"|(?:за|о)?(?:канчива|кончива)\w*\s+на|конча\w*\s+на)[\s:]*(\d{2,7}(?:[\s\-]\d{2,4}){0,3})"
                     r"|(?:перв|последн)\w*[\s:]*(\d{3,7}(?:[\s\-]\d{2,4}){0,3}|\d{2}(?:[\s\-]\d{2,4}){1,3}))(?![\s\-]?\d)"
                     + NOT_A_QUANTITY)
# A number's first or last digits told as pairs or groups ("последние две пары второго номера: 43 и 21", "последние
# пары: 43, 21", "две последние группы номера из детализации — 66 / 77"): the piece's noun, a few words of whose
# number it is, and two groups or more joined by "и", a comma, a slash or a dash (red team bb18, f11). Two groups at
# least: one ("последнюю пару месяцев 10") is a count, not a number's pairs.
_PIECE_NOUNS = r"(?:пар|групп|блок|двойк|тройк|четв[её]рк)\w*"
_PIECE_COUNT = r"(?:\d{1,2}|две|два|три|четыре|обе|оба)"
PAIRS_OF_A_NUMBER = (r"(?<![а-яёa-z])(?:" + _PIECE_COUNT + r"\s+)?(?:перв|последн|крайн|конечн)\w*\s+(?:"
                     + _PIECE_COUNT + r"\s+)?" + _PIECE_NOUNS + r"(?:\s+(?:[а-яё]{1,15}|\d)){0,4}?[\s:—–-]*"
                     r"(\d{2,4}(?:[ \t]*+(?:[,/;—–-]|и(?![а-яё]))[ \t]*+\d{2,4}){1,3})(?![\s\-]?\d)" + NOT_A_QUANTITY)
# A local number told whole right after "номер" ("у мамы номер семьсот семьдесят семь восемьдесят восемь девяносто
# девять", "номер на … заканчивается", "с номера который на …"; red team bb6, 12): seven digits, as "777-88-99" is
# written (no other hyphen: "под номером В-558812" is a request's, its letter read as an 8), unless the words before
# "номер" make it another value's ("по счёту номер …"; "номер заказа" has its own word between and never matches).
LOCAL_AFTER_NUMBER_WORD = (r"(?<![а-яёa-z])номер\w*(?:\s+(?:который|что))?(?:\s+на)?[\s:№]*"
                           r"([1-9](?: ?\d){6}|[1-9]\d{2}-\d{2}-\d{2})(?![ \-]?\d)" + NOT_A_QUANTITY)
_ANOTHER_VALUES_WORD = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + ")")
_PAIR = ReadOnceAWhole(re.compile(AREA_CODE_AND_LOCAL, re.IGNORECASE))
_AFTER_NUMBER_WORD = re.compile(LOCAL_AFTER_NUMBER_WORD, re.IGNORECASE)
_BARE = ReadOnceAWhole(re.compile(LOCAL_AFTER_CALLING, re.IGNORECASE))
_AFTER_WORD = ReadOnceAWhole(re.compile(LOCAL_AFTER_PHONE_WORD, re.IGNORECASE))
_PIECE = re.compile(PIECE_OF_A_NUMBER, re.IGNORECASE)
_PAIRS = re.compile(PAIRS_OF_A_NUMBER, re.IGNORECASE)


def tells_a_piece_of_a_number(text: str) -> bool:
    """A number's first or last digits told (PIECE_OF_A_NUMBER: "оканчивается на 19", "первые цифры 8903"; or as
    pairs, PAIRS_OF_A_NUMBER: "последние две пары: 43 и 21")."""
    return _PIECE.search(text) is not None or _PAIRS.search(text) is not None
HINT = r"код|звон|набира|набер|набрать|номер|\d-\d\d-\d\d|перв|последн|начина|кончива|конча"


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
        for match in _AFTER_WORD.finditer(text):
            results.append(make_result(self, self.ENTITY, match.start(1), match.end(1), 0.85,
                                       "a local number in its written shape after a phone's word"))
        for match in _AFTER_NUMBER_WORD.finditer(text):
            if not any(_ANOTHER_VALUES_WORD.match(word) for word in words_before(text, match.start(), 24)[-2:]):
                results.append(make_result(self, self.ENTITY, match.start(1), match.end(1), 0.85,
                                           "a local number told whole after \"номер\""))
        for match in _PIECE.finditer(text):
            group = 1 if match.group(1) is not None else 2
            results.append(make_result(self, self.ENTITY, match.start(group), match.end(group), 0.6,
                                       "the first or last digits of a number, told apart"))
        for match in _PAIRS.finditer(text):
            results.append(make_result(self, self.ENTITY, match.start(1), match.end(1), 0.6,
                                       "the first or last digits of a number, told as pairs or groups"))
        return results
