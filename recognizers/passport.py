"""RU_PASSPORT: the series (4 digits) and number (6 digits) of a Russian internal passport.

Written: "4505 678901", "45 05 678901", "4509/123456", "4505678901", "серия 45 05 номер 678901",
"№ 678901", "п/п 2943767311". Spoken, after guard.normalize: "серия 45 0 5 номер 678 901". Ten bare
digits are as likely a phone, so the undecorated shapes need a passport word nearby; the printed
layout and the slash are trusted alone, also right after a date in a packed CRM line
("Иванов И.И. 12.03.1985 4509 123456").
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.normalize import HESITATION
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP, PUT_OFF_WORDS

# Between the digit groups of a series or a number: a space, a dash, or a comma and a space — a value dictated in groups
# and typed, or punctuated by speech-to-text, as "45, 05, номер 678, 901" (red team bb8, 25); a comma with no space
# after it is a decimal's or a list's ("4,5")
_GROUP_GAP = r"(?:, |[ \-])?"
_SERIES = r"\d(?:" + _GROUP_GAP + r"\d){3}"
_NUMBER = r"\d(?:" + _GROUP_GAP + r"\d){5}"
# transliterated too: "pasport seriya 4509 nomer 123456"; in English as a card's keys read them ("passport series
# 4505, number 678901": recognizers/structured.py)
_NUMBER_WORD = r"(?:номер|номера|ном\.|№|n|no\.?|н\.|nomer|number)"
_SERIES_WORD = r"(?:серия|серии|серию|сер\.?|seriya|serii|series)"
# a hesitation between the series and "номер", or after it, is part of the value: "63 0 1 э номер 548 912", "03 0 8
# номер щас 331 477" (speech's one filler list), a comma after it too: "45 05 так, номер 678 901" (red team bb16, 10)
# and up to two of them, with a comma after "номер" itself: "номер, значит, 678 901", "так, ну, номер …" (red team bb24 f01)
# A caller putting the number off there (red team bb26 f04: "серия 4508 а номер я вам позже скажу 583920", "номер
# сейчас найду где же он вот 583920"): speech's fillers and the words of putting off (lexicon.PUT_OFF_WORDS), up to
# six — not a possessive or "номер" again, which name the next value ("…, номер её 8 921 …", "… мой номер 8 …").
_HESITATION = r"(?:(?:" + HESITATION + "|" + PUT_OFF_WORDS + r"|ой)[\s,]+){0,6}"

# "серия 4505 номер 678901" and its spoken and abbreviated forms: decorated, so trusted alone.
DECORATED = (RUN_START + r"(?:" + _SERIES_WORD + r"\s*)?" + _SERIES + r"\s*,?\s*" + _HESITATION + _NUMBER_WORD + r"\s*,?\s*"
             + _HESITATION + _NUMBER + RUN_END
             + r"|" + _SERIES_WORD + r"\s*" + _SERIES + r"\s*,?\s*(?:" + _NUMBER_WORD + r"\s*,?\s*" + _HESITATION + r")?" + _NUMBER
             + RUN_END)
# "45 05 678901" / "4505 678901": the printed layout of a passport; the series typed with a dot, "45.05 678901" (red
# team bb8 07).
PRINTED = RUN_START + r"\d{2}[\s.]?\d{2}\s\d{6}" + RUN_END
# "4509/123456", "5089/ 953787": series and number with a slash.
SLASHED = RUN_START + r"\d{4}\s?/\s?\d{6}" + RUN_END
# "4505678901", "4505-678901" or digit-by-digit speech: needs a passport word nearby.
BARE = RUN_START + _SERIES + r"(?:[\s\-/]|,(?= ))*" + _NUMBER + RUN_END
# "№ 678901" or "номер шестьсот семьдесят восемь девятьсот один" after the word "паспорт".
NUMBER_ONLY = r"(?<!\w)" + _NUMBER_WORD + r"\s*" + _NUMBER + RUN_END


class PassportRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_PASSPORT"
    PATTERNS = [
        Pattern("ru_passport_decorated", DECORATED, 0.75),
        Pattern("ru_passport_printed", PRINTED, 0.6),
        Pattern("ru_passport_slashed", SLASHED, 0.6),
        Pattern("ru_passport_bare", BARE, 0.3),
        Pattern("ru_passport_number_only", NUMBER_ONLY, 0.2),
    ]
    # "российский", "внутренний": what a caller calls the passport when the word itself was said earlier
    # ("паспорта иностранного гражданина не подходит нужен российский шестьдесят три ноль семь …")
    CONTEXT = ("паспорт", "пасп", "удостоверени", "документ", "серия", "серии", "выдан", "российск", "внутренн",
               "pasport", "passport")
    NEGATIVE_CONTEXT = ("заявк", "договор", "лицев", "инн", "снилс", "заказ")
    WINDOW_BEFORE = 50
    CUE_NUMBERS = ((r"(?:паспорт|pasport|passport)\w*(?:\s+(?:данные|рф|гражданина\s+рф|нового\s+владельца|владельца))?"
                    + CUE_GAP + r"(?:\s+(?:серия|серии|сер\.?|номер|№))?", 6, 14),
                   (r"(?:серия|серии|серию|seriya|series)(?:\s+паспорта)?", 4, 14), (r"(?:п/п|пасп\.?)", 6, 14))
    # "п/п 2943767311", "п/п нов. влад. 4616 902117" in a CRM note is a passport; a payment order (also "п/п") has a
    # shorter number
    CONTEXT_PATTERN = re.compile(r"(?<![а-яёa-z])п/п(?:\s+[а-яё]{1,6}\.){0,3}[\s:№.]{0,4}" + _SERIES + r"[\s\-/]*" + _NUMBER + RUN_END, re.IGNORECASE)
    # "45 05 номер 678901", "52 12 а номер 930044": the words between series and number belong to the value
    CUE_VALUE = r"\d(?:(?:[ \-]|\s?/\s?)?\d)*(?:\s*,?\s*" + _HESITATION + r"(?:номер|№|н\.|nomer)\s*,?\s*" + _HESITATION + r"\d(?:[ \-]?\d)*)?"

    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims its patterns' matches (base.could_find)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # the word "серия" is the label, not the value: the span starts at the first digit
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            first_digit = re.search(r"\d", text[result.start:result.end])
            if first_digit:
                result.start += first_digit.start()
        return results



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A passport among other numbers in one packed run (recognizers/packed_run.py): series and number, 4+6 or 2 2 6."""
    return lengths in ((4, 6), (2, 2, 6))


KIND = Kind("RU_PASSPORT", (PassportRecognizer,), number_value, numeric=True,
            cues=("паспорт",), digits=(10,))
