"""RU_SNILS: pension insurance numbers, "123-456-789 64", with their check number."""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value, digits_of
from guard.recognizers.packed_run import RUN_END, RUN_START

# "123-456-789 64", also with dots ("123.456.789 64")
PRINTED = RUN_START + r"\d{3}[\- .]\d{3}[\- .]\d{3}[\- .]\d{2}" + RUN_END
ANY = RUN_START + r"\d(?:[ \-]?\d){10}" + RUN_END
# the printed layout with its hyphens, whatever its check number: a SNILS mistyped is still one
MISTYPED = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}")


def is_valid_snils(value: str) -> bool:
    digits = digits_of(value)
    if len(digits) != 11:
        return False
    body, check = digits[:9], int(digits[9:])
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    if total > 101:
        total %= 101
    expected = 0 if total in (100, 101) else total
    return expected == check


class SnilsRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_SNILS"
    PATTERNS = [Pattern("ru_snils_printed", PRINTED, 0.85), Pattern("ru_snils", ANY, 0.3)]
    CONTEXT = ("снилс", "страхов", "пенсион", "snils")
    WINDOW_BEFORE = 40
    # its full name too: "страховой номер (индивидуального лицевого счёта)", "страховое свидетельство"
    # and as people call it: "пенсионное (свидетельство)"
    # and in an English form or key: "SNILS:", "snils no."
    CUE_NUMBERS = ((r"снилс|snils(?:\s+(?:no\.?|number|#))?|страхов\w*\s+(?:номер|свидетельств)\w*(?:\s+индивидуального\s+лицевого\s+сч[её]та)?|"
                    r"пенсионн\w*(?:\s+(?:свидетельств|удостоверени|страховани)\w*)?", 9, 14),)

    def validate_result(self, pattern_text: str) -> bool | None:
        if is_valid_snils(pattern_text):
            return True
        # the printed hyphens alone keep a mistyped SNILS one ("прислали 166-661-013 37" for 166-661-013 73): no other
        # number is written 3-3-3 2 with hyphens — the pattern's score, not a checksum's (issue 15, packed_ag57)
        return None if MISTYPED.fullmatch(pattern_text) else False

    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only filters its patterns' matches (base.could_find)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # The candidates hold a valid check number already. Eleven digits opening with 7 or 8 read as a phone (a free
        # 8-800 line too) unless the SNILS layout or the word "СНИЛС" says otherwise; any other grouping with a valid
        # check number is a SNILS, cue or not ("Данные: 112 233 44595", "Номер 11223344595 в анкете").
        return [r for r in super().find_candidates(text, entities, nlp_artifacts, regex_flags)
                if re.fullmatch(PRINTED, text[r.start:r.end]) or self.is_supported(text, r.start, r.end)
                or digits_of(text[r.start:r.end])[0] not in "78"]



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A SNILS among other numbers in one packed run (recognizers/packed_run.py): 3-3-3 2 or 11 digits with a valid
    check number, or the printed hyphens alone (a mistyped SNILS is still one)."""
    if lengths in ((3, 3, 3, 2), (11,)) and is_valid_snils(digits):
        return True
    return lengths == (3, 3, 3, 2) and all("-" in s for s in separators[:2])  # MISTYPED, in a run's pieces


KIND = Kind("RU_SNILS", (SnilsRecognizer,), number_value, numeric=True, cues=("снилс",), digits=(11,))
