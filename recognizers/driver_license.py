"""RU_DRIVER_LICENSE: a Russian driving licence (водительское удостоверение): "99 01 123456", older "77 АА 123456".

Two digits of the region, a two-digit (or two-letter) series, a six-digit number. Ten digits are as
likely a passport or a phone, so a licence word must be near; spoken, the digits follow the cue.
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, RUN_END, RUN_START

LICENSE_REGEX = RUN_START + r"\d{2}\s?(?:\d{2}|[А-ЯЁ]{2})\s?№?\s?\d{6}" + RUN_END


def canonical(value: str) -> str:
    """Region, series and number without separators: "99 01 123456" -> "9901123456"."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


class DriverLicenseRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_DRIVER_LICENSE"
    PATTERNS = [Pattern("ru_driver_license", LICENSE_REGEX, 0.3)]
    CONTEXT = ("водител", "в/у", "ву", "права", "гибдд")
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95  # above a passport or phone reading of the same ten digits
    CUE_NUMBERS = ((r"(?:водительск\w*\s+(?:удостоверени\w*|прав\w*)|в/у|ву|права)(?:\s+(?:серия|номер|№))?", 8, 10),)
    CUE_VALUE = r"\d(?:[ \-]?\d)*(?:\s?[А-ЯЁ]{2}\s?№?\s?\d(?:[ \-]?\d)*)?"


KIND = Kind("RU_DRIVER_LICENSE", (DriverLicenseRecognizer,), canonical)
