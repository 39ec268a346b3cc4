"""RU_BIRTH_CERTIFICATE: a birth certificate, "IV-МЮ № 123456": a Roman-numeral series, two Cyrillic
letters and a six-digit number. The shape is distinctive enough alone; "свидетельство о рождении"
raises it and also takes a number said after it.
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, RUN_END

CERTIFICATE_REGEX = (r"(?<![\w])[IVXLС1]{1,5}\s?[\-–]?\s?[А-ЯЁ]{2}\s*(?:№|N|номер)?\s*\d{6}" + RUN_END)


def canonical(value: str) -> str:
    """Series and number, uppercase, without separators: "IV-МЮ № 123456" -> "IVМЮ123456"."""
    return "".join(ch for ch in value.upper() if ch.isalnum()).replace("НОМЕР", "")


class BirthCertificateRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_BIRTH_CERTIFICATE"
    PATTERNS = [Pattern("ru_birth_certificate", CERTIFICATE_REGEX, 0.6)]
    CONTEXT = ("свидетельств", "рождени")
    CUE_NUMBERS = ((r"свидетельств\w*\s+о\s+рождении(?:\s+(?:ребенка|ребёнка|сына|дочери))?(?:\s+(?:номер|№))?", 6, 8),)


KIND = Kind("RU_BIRTH_CERTIFICATE", (BirthCertificateRecognizer,), canonical)
