"""RU_OMS: a compulsory medical insurance policy (полис ОМС): 16 digits, older ones 9-10 with a series.

No public checksum is reliable across issuers, so the policy words are the evidence: "полис ОМС
1234 5678 9012 3456", "номер полиса ...", spoken digit by digit after "полис".
"""
from __future__ import annotations

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind, RUN_END, RUN_START, number_value

OMS_REGEX = RUN_START + r"\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}" + RUN_END


class OmsRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_OMS"
    PATTERNS = [Pattern("ru_oms", OMS_REGEX, 0.4)]
    CONTEXT = ("омс", "полис", "медицинск", "страхов")
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95  # beats a card reading of the same 16 digits when the policy words are there
    CUE_NUMBERS = ((r"(?:полис\w*(?:\s+омс)?|омс)(?:\s+(?:номер|№|серия))?", 9, 17),)


KIND = Kind("RU_OMS", (OmsRecognizer,), number_value, numeric=True)
