"""RU_BIK: a bank's identifier (БИК), 9 digits beginning 04 (the Bank of Russia's country code).

Nine digits are common, so the word "БИК" or a bank word must be near; dictated for refunds beside
a bank account (recognizers/bank_account.py checks the account's key against it). Said, it arrives in
groups ("ноль сорок четыре ноль тридцать шестьсот пятьдесят три" -> "0 44 0 30 653").
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP

BIK_REGEX = RUN_START + r"0 ?4(?: ?\d){7}" + RUN_END


def is_bik(value: str) -> bool:
    digits = digits_of(value)
    return len(digits) == 9 and digits.startswith("04")


class BikRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_BIK"
    PATTERNS = [Pattern("ru_bik", BIK_REGEX, 0.4)]
    CONTEXT = ("бик", "банк", "реквизит")
    REQUIRES_CONTEXT = True
    # up to twelve: a correction said digit by digit ("ноль четыре четыре ноль три ой нет ноль четыре …") leaves more
    CUE_NUMBERS = ((r"бик(?:\s+банка)?" + CUE_GAP, 8, 12),)

    def validate_result(self, pattern_text: str) -> bool:
        return is_bik(pattern_text)


KIND = Kind("RU_BIK", (BikRecognizer,), number_value, numeric=True)
