"""PHONE_NUMBER: Russian numbers, written (+7/8, brackets, dashes, spaces) or spoken.

Spoken numbers reach us already turned into digit groups by guard.normalize
("восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь" ->
"8 916 123 45 67"), so one shape covers both: 10 digits, optionally behind +7/7/8,
with at most two separator characters between any two digits.
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import ContextPatternRecognizer, digits_of

_NOT_AFTER_DIGIT = r"(?<![\d+])(?<!\d[ \-])"
_NOT_BEFORE_DIGIT = r"(?![ \-]?\d)"
_SEP = r"[\s\-()\u00a0]{0,2}"
PHONE_REGEX = (
    _NOT_AFTER_DIGIT
    + r"(?:(?:\+\s?7|\b7|\b8)" + _SEP + r")?"
    + r"\(?\d(?:" + _SEP + r"\d){9}"
    + _NOT_BEFORE_DIGIT
)

# Russian 10-digit national numbers begin with an area or mobile code: 3xx, 4xx, 8xx, 9xx.
_NATIONAL_FIRST_DIGITS = frozenset("3489")


class PhoneRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("ru_phone", PHONE_REGEX, 0.7)]
    CONTEXT = ("тел", "номер", "звон", "моб", "сотов", "контакт", "связ", "whatsapp", "ватсап", "вайбер")
    # Numbers of requests, contracts and accounts look the same and are not personal data.
    NEGATIVE_CONTEXT = ("заявк", "обращени", "договор", "лицев", "счет", "счёт", "инн", "снилс", "паспорт",
                        "карт", "тикет", "кейс", "инцидент", "заказ")

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_of(pattern_text)
        if len(digits) == 11:
            return digits[0] in "78" and digits[1] in _NATIONAL_FIRST_DIGITS
        return len(digits) == 10 and digits[0] in _NATIONAL_FIRST_DIGITS
