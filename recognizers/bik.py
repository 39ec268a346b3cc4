"""RU_BIK: a bank's identifier (БИК), 9 digits beginning 04 (the Bank of Russia's country code).

Nine digits are common, so the word "БИК" or a bank word must be near; dictated for refunds beside
a bank account (recognizers/bank_account.py checks the account's key against it).
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, RUN_END, RUN_START, digits_of, number_value

BIK_REGEX = RUN_START + r"04\d{7}" + RUN_END


def is_bik(value: str) -> bool:
    digits = digits_of(value)
    return len(digits) == 9 and digits.startswith("04")


class BikRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_BIK"
    PATTERNS = [Pattern("ru_bik", BIK_REGEX, 0.4)]
    CONTEXT = ("бик", "банк", "реквизит")
    REQUIRES_CONTEXT = True
    CUE_NUMBERS = ((r"бик(?:\s+банка)?", 8, 10),)

    def validate_result(self, pattern_text: str) -> bool:
        return is_bik(pattern_text)


KIND = Kind("RU_BIK", (BikRecognizer,), number_value, numeric=True)
