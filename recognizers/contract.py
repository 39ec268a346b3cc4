"""CONTRACT_NUMBER: the number of a subscriber's contract (договор), hidden on the card, dictated on calls.

Contract numbers have no one format ("12345678", "Д-2021/0045", "ДГ-77-001234"): the evidence is the
word "договор" right before a value that holds at least four digits. A number another recognizer
reads as a phone is re-typed here by the same cue (recognizers/base.CUE_KINDS), never dropped.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind


def canonical(value: str) -> str:
    """Letters and digits, uppercase: "д-2021/0045" and "Д 2021 0045" are one contract."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


class ContractNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "CONTRACT_NUMBER"
    CONTEXT = ("договор",)
    CUE_NUMBERS = ((r"(?:номер\w*\s+)?договор\w*(?:\s+(?:обслуживания|на\s+обслуживание|абонента|клиента))?"
                    r"(?:\s+(?:номер|№|n))?", 4, 20),)
    # "Д-2021/0045", "ДГ 77 001234", "1 2 3 4 5 6" spoken: a few letters, then digits with separators
    CUE_VALUE = r"(?:[A-ZА-ЯЁ]{1,4}\s?[\-/]?\s?)?\d(?:[ \-/]?\d)*(?:[\-/][A-ZА-ЯЁ0-9]+)*"


KIND = Kind("CONTRACT_NUMBER", (ContractNumberRecognizer,), canonical)
