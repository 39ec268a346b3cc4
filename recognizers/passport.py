"""RU_PASSPORT: the series (4 digits) and number (6 digits) of a Russian internal passport.

Written: "4505 678901", "45 05 678901", "4505678901", "4505/678901", "серия 45 05 номер 678901",
"№ 678901". Spoken, after guard.normalize: "серия 45 0 5 номер 678 901". Ten bare
digits are as likely a phone, so the undecorated shapes need a passport word nearby.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value, RUN_END, RUN_START

_SERIES = r"\d(?:[ \-]?\d){3}"
_NUMBER = r"\d(?:[ \-]?\d){5}"
_NUMBER_WORD = r"(?:номер|номера|ном\.|№|n|no\.?|н\.)"
_SERIES_WORD = r"(?:серия|серии|серию|сер\.?)"

# "серия 4505 номер 678901" and its spoken and abbreviated forms: decorated, so trusted alone.
DECORATED = (RUN_START + r"(?:" + _SERIES_WORD + r"\s*)?" + _SERIES + r"\s*,?\s*" + _NUMBER_WORD + r"\s*" + _NUMBER + RUN_END
             + r"|" + _SERIES_WORD + r"\s*" + _SERIES + r"\s*,?\s*(?:" + _NUMBER_WORD + r"\s*)?" + _NUMBER + RUN_END)
# "45 05 678901" / "4505 678901": the printed layout of a passport.
PRINTED = RUN_START + r"\d{2}\s?\d{2}\s\d{6}" + RUN_END
# "4505678901", "4505-678901" or digit-by-digit speech: needs a passport word nearby.
BARE = RUN_START + _SERIES + r"(?:[\s\-]*|\s*/\s*)" + _NUMBER + RUN_END  # "4509/123456", "5089/ 953787" too
# "№ 678901" or "номер шестьсот семьдесят восемь девятьсот один" after the word "паспорт".
NUMBER_ONLY = r"(?<!\w)" + _NUMBER_WORD + r"\s*" + _NUMBER + RUN_END


class PassportRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_PASSPORT"
    PATTERNS = [
        Pattern("ru_passport_decorated", DECORATED, 0.75),
        Pattern("ru_passport_printed", PRINTED, 0.6),
        Pattern("ru_passport_bare", BARE, 0.3),
        Pattern("ru_passport_number_only", NUMBER_ONLY, 0.2),
    ]
    CONTEXT = ("паспорт", "пасп", "удостоверени", "документ", "серия", "серии", "выдан")
    NEGATIVE_CONTEXT = ("заявк", "договор", "лицев", "инн", "снилс", "заказ")
    WINDOW_BEFORE = 50
    # "п/п 2947943653": CRM shorthand for the passport, which the word stems above cannot spell
    CONTEXT_PATTERN = re.compile(r"(?<![а-яё])п/п(?![а-яё])", re.IGNORECASE)
    CUE_NUMBERS = ((r"паспорт\w*(?:\s+(?:данные|рф|гражданина\s+рф|нового\s+владельца|владельца))?"
                    r"(?:\s+(?:серия|серии|сер\.?|номер|№))?", 6, 14),
                   (r"(?:серия|серии)", 4, 14), (r"(?:п/п|пасп\.?)", 6, 14))
    # "45 05 номер 678901", "52 12 а номер 930044": the words between series and number belong to the value
    # "4509/123456": a slash between series and number, as CRM comments write it
    CUE_VALUE = r"\d(?:(?:[ \-]|\s?/\s?)?\d)*(?:\s*,?\s*(?:(?:а|ну|э|вот)\s+)?(?:номер|№|н\.)\s*\d(?:[ \-]?\d)*)?"

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # the word "серия" is the label, not the value: the span starts at the first digit
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            first_digit = re.search(r"\d", text[result.start:result.end])
            if first_digit:
                result.start += first_digit.start()
        return results


KIND = Kind("RU_PASSPORT", (PassportRecognizer,), number_value, numeric=True)
