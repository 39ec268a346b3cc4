"""ACCOUNT_NUMBER: a subscriber's personal account (лицевой счёт, "л/с 123456789") with the carrier.

Its length varies by branch (6 to 15 digits), so the evidence is its cue: "лицевой счёт", "л/с", "ЛС".
A number a phone or card reading took after these words is re-typed here, never dropped.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value


class AccountNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    CONTEXT = ("лицев",)
    CUE_NUMBERS = ((r"(?:номер\w*\s+)?(?:лицев\w*\s+сч[её]т\w*|л/с|л\.\s?с\.|лс)(?:\s+(?:абонента|клиента))?(?:\s+(?:номер|№))?",
                    5, 15),)


KIND = Kind("ACCOUNT_NUMBER", (AccountNumberRecognizer,), number_value, numeric=True)
