"""guard's Presidio recognizers for Russian personal data, one module per kind of data.

Each is a plain Presidio recognizer: add them to any AnalyzerEngine's registry.
They expect spoken numbers already turned into digits (guard.normalize) when the
text is an ASR transcript; guard.Redactor does that for you.
"""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from guard.recognizers.address import AddressRecognizer
from guard.recognizers.birth_date import BirthDateRecognizer
from guard.recognizers.credit_card import CreditCardRecognizer
from guard.recognizers.email import EmailRecognizer
from guard.recognizers.inn import InnRecognizer
from guard.recognizers.passport import PassportRecognizer
from guard.recognizers.person import PersonRecognizer
from guard.recognizers.phone import PhoneRecognizer
from guard.recognizers.snils import SnilsRecognizer

RECOGNIZER_CLASSES: tuple[type[EntityRecognizer], ...] = (
    PersonRecognizer,
    AddressRecognizer,
    PassportRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    InnRecognizer,
    SnilsRecognizer,
    CreditCardRecognizer,
    BirthDateRecognizer,
)


def all_recognizers() -> list[EntityRecognizer]:
    """A fresh instance of every guard recognizer."""
    return [cls() for cls in RECOGNIZER_CLASSES]


__all__ = [cls.__name__ for cls in RECOGNIZER_CLASSES] + ["all_recognizers", "RECOGNIZER_CLASSES"]
