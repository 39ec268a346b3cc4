"""RU_DRIVER_LICENSE: a Russian driving licence (водительское удостоверение): "99 01 123456", older "77 АА 123456".

Two digits of the region, a two-digit (or two-letter) series, a six-digit number. Ten digits are as
likely a passport or a phone, so a licence word must be near; spoken, the digits follow the cue — the
bare "водительское" or "права", perhaps a few words later ("права ещё старые семьдесят семь у о …"), the
old letter series said by the letters' names. Spoken groups compose ambiguously ("двести ноль ноль один
девяносто"), so up to twelve digits after the cue are one licence, masked whole.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP, DRIVING_LICENCE_WORDS, SPOKEN_LETTER, SPOKEN_LETTERS

# "в/у", not a medical form's code ending so ("справка 003-В/у": a driver's medical certificate, id_document.py)
LICENCE_SHORTHAND = r"(?<!\d[\-–])в/у"
LICENSE_REGEX = RUN_START + r"\d{2}\s?(?:\d{2}|[А-ЯЁ]{2})\s?№?\s?\d{6}" + RUN_END


def canonical(value: str) -> str:
    """Region, series and number without separators: "99 01 123456" -> "9901123456", "77 у о 321009" -> "77УО321009"."""
    from guard.normalize import normalize_numbers  # spoken digits, as the value was said

    words = re.findall(r"\w+", normalize_numbers(value).text.lower())
    return "".join(SPOKEN_LETTERS.get(word, word) for word in words).upper()


class DriverLicenseRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_DRIVER_LICENSE"
    PATTERNS = [Pattern("ru_driver_license", LICENSE_REGEX, 0.3)]
    CONTEXT = ("водител", "водит", "гибдд")
    # whole words only: "ву" is not the end of a cut-off "Здравствуйте", "прав" is not "правильно"
    CONTEXT_PATTERN = re.compile(r"(?<![а-яёa-z])(?:" + LICENCE_SHORTHAND + r"|ву|" + DRIVING_LICENCE_WORDS
                                 + r"|прав(?:а|ам|ами|ах)?)(?![а-яёa-z])",
                                 re.IGNORECASE)
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95  # above a passport or phone reading of the same ten digits
    # the licence's name in any order and abbreviation (lexicon.DRIVING_LICENCE_WORDS: "вод. уд.", "удостоверение
    # водителя", red team bb28 f05), the bare "водительское", "в/у", "права"
    CUE_NUMBERS = ((r"(?:" + DRIVING_LICENCE_WORDS + r"|водительск\w*|" + LICENCE_SHORTHAND + r"|ву|прав(?:а|ам|ах))"
                    + CUE_GAP
                    + r"(?:\s+(?:серия|номер|№))?", 8, 12),)
    CUE_VALUE = (r"\d(?:[ \-]?\d)*(?:\s?(?:[А-ЯЁ]{2}|" + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER
                 + r")\s?№?\s?\d(?:[ \-]?\d)*)?")


KIND = Kind("RU_DRIVER_LICENSE", (DriverLicenseRecognizer,), canonical)
