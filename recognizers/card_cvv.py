"""CARD_CVV: a card's security code (CVV/CVC, three digits) or a PIN (four) said or typed aloud.

Three or four digits are nothing on their own: only the number right after its cue is taken
("CVV 123", "пин-код один два три четыре" -> "пин-код 1 2 3 4"), whatever the digits are.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value


class CardCvvRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_CVV"
    CONTEXT = ("cvv", "cvc", "пин", "pin")
    CUE_NUMBERS = ((r"(?:cvv2?|cvc2?|свв|сививи|си\s+ви\s+ви|пин(?:[\s\-]?код\w*)?|pin(?:[\s\-]?code)?|"
                    r"(?:тр[её]хзначный\s+)?код\s+(?:на\s+)?(?:обороте|обратной\s+стороне)(?:\s+карты)?|"
                    r"три\s+цифры\s+(?:на\s+)?(?:обороте|обратной\s+стороне)(?:\s+карты)?|"
                    # the side of the card said first: "сзади код ...", "на обороте карты код ..."
                    r"(?:сзади|на\s+обороте|на\s+обратной\s+стороне|с\s+обратной\s+стороны)(?:\s+карты)?\s+(?:код|цифры)|"
                    r"код\s+(?:безопасности|проверки|cvv2?|cvc2?))(?:\s+(?:это|карты))?", 3, 4),)


KIND = Kind("CARD_CVV", (CardCvvRecognizer,), number_value, numeric=True)
