"""RU_OGRN: a state registration number — ОГРН (13 digits) of a company, ОГРНИП (15) of a sole trader.

The last digit checks the rest: ОГРН — the first 12 as a number mod 11 (mod 10); ОГРНИП — the
first 14 mod 13 (mod 10). Thirteen digits collide with cards, so the word "ОГРН" is required;
after it — perhaps a few words later, "огрн нашей фирмы один ноль четыре …" — a number with a slip in
the check digit is still taken.
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP

OGRN_REGEX = RUN_START + r"(?:\d{15}|\d{13})" + RUN_END


def is_valid_ogrn(value: str) -> bool:
    digits = digits_of(value)
    if len(digits) == 13:
        return int(digits[:12]) % 11 % 10 == int(digits[12])
    if len(digits) == 15:
        return int(digits[:14]) % 13 % 10 == int(digits[14])
    return False


class OgrnRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_OGRN"
    PATTERNS = [Pattern("ru_ogrn", OGRN_REGEX, 0.5)]
    CONTEXT = ("огрн", "огрнип", "регистрац")
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95
    CUE_NUMBERS = ((r"огрн(?:ип)?" + CUE_GAP + r"(?:\s+(?:номер|№))?", 12, 16),)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_ogrn(pattern_text)


KIND = Kind("RU_OGRN", (OgrnRecognizer,), number_value, numeric=True)
