"""CARD_EXPIRY: a payment card's expiry date, "12/26", said after "срок действия" or next to a card.

An "MM/YY" alone is as likely a fraction or a period, so a card word must be near; spoken it comes
from guard.normalize as "12 26" right after its cue.
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value

EXPIRY_REGEX = r"(?<![\d/.])(?:0[1-9]|1[0-2])\s?/\s?(?:20)?\d{2}(?![\d/.])"


class CardExpiryRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_EXPIRY"
    PATTERNS = [Pattern("card_expiry", EXPIRY_REGEX, 0.3)]
    CONTEXT = ("срок", "действ", "карт", "expir", "exp", "valid")
    CONTEXT_WORDS = 4
    REQUIRES_CONTEXT = True
    # "срок" alone is enough when a month and a year follow at once ("срок 11 29"); "срок 30 дней" is no month
    CUE_NUMBERS = ((r"(?:срок\w*(?:\s+действи\w*)?(?:\s+карты)?(?:\s+до)?|действительн\w*\s+до|действует\s+до|"
                    r"годна\s+до|exp(?:iry|\.)?)", 3, 6),)
    # a spoken "ноль три" arrives as "0 3": the month may be split in two digits
    CUE_VALUE = r"(?:0\s?[1-9]|[1-9]|1[0-2])\s?[/.\s]\s?(?:20)?\d{2}"

    def cue_value_ok(self, value: str) -> bool:
        return len(number_value(value)) in (3, 4, 6)


KIND = Kind("CARD_EXPIRY", (CardExpiryRecognizer,), number_value, numeric=True)
