"""RU_OMS: a compulsory medical insurance policy (полис ОМС): 16 digits, older ones 9-10 with a series.

No public checksum is reliable across issuers, so the policy words are the evidence: "полис ОМС
1234 5678 9012 3456", "номер полиса ...", spoken after "полис" or "омс", perhaps a few words later
("полис омс клиент щас так семь семь пять …"). Spoken thousands compose ambiguously ("семь тысяч сто
семь тысяча шестьсот пять" reads as 7000 107605), so after the cue up to twenty digits are one policy.
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP

OMS_REGEX = RUN_START + r"\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}" + RUN_END


class OmsRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_OMS"
    PATTERNS = [Pattern("ru_oms", OMS_REGEX, 0.4)]
    CONTEXT = ("омс", "полис", "медицинск", "страхов", "oms", "policy")
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95  # beats a card reading of the same 16 digits when the policy words are there
    # a voluntary policy ("полис ДМС …") is ID_DOCUMENT's (id_document.DMS_POLICY_WORDS)
    CUE_NUMBERS = ((r"(?:полис\w*+(?![ \t]+(?:дмс|добровольн))(?:\s+омс)?|омс)" + CUE_GAP + r"(?:\s+(?:номер|№|серия))?", 9, 20),
                   # in English: "OMS", "OMS policy", "(medical) policy no."
                   (r"(?:oms(?:\s+polic(?:y|ies))?|(?:medical\s+|insurance\s+)?polic(?:y|ies))(?:\s+(?:no\.?|number|#))?",
                    9, 20))


KIND = Kind("RU_OMS", (OmsRecognizer,), number_value, numeric=True, cues=("полис", "омс"), digits=(16,))
