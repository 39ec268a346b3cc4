"""RU_OMS: a compulsory medical insurance policy (полис ОМС): 16 digits, older ones 9-10 with a series.

No public checksum is reliable across issuers, so the policy words are the evidence: "полис ОМС
1234 5678 9012 3456", "номер полиса ...", spoken after "полис" or "омс", perhaps a few words later
("полис омс клиент щас так семь семь пять …"). Spoken thousands compose ambiguously ("семь тысяч сто
семь тысяча шестьсот пять" reads as 7000 107605), so after the cue up to twenty digits are one policy.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.lexicon import CUE_GAP

OMS_REGEX = RUN_START + r"\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}" + RUN_END

# A car's insurance named by its own mark after "полис": its name (ОСАГО, КАСКО, a green card) or the series of three
# capitals the Bank of Russia gives an ОСАГО policy ("Полис ТТТ 7041285519", "ХХХ 0318274655", "ААС 5066218734", in
# Latin look-alikes too). An insurer's product, not the medical policy: it stays visible as an order's or an invoice's
# number does (issue 15, stop 57: packed_af56 marks them negatives).
CAR_POLICY = (r"(?:осаго|каско|зел[её]н\w*\s+карт\w*|(?-i:ХХХ|ТТТ|ААА|ААВ|ААК|ААМ|ААН|ААО|ААР|ААС|ВВВ|ЕЕЕ|ККК|МММ|ННН|РРР"
              r"|ССС|XXX|TTT|AAA|AAB|AAK|AAM|AAH|AAO|AAP|AAC|BBB|EEE|KKK|MMM|HHH|PPP|CCC))(?![а-яёa-z])")


# the car policy's mark right before a number, only its labels between ("Полис ХХХ № 0318274655")
_AFTER_A_CAR_POLICY = re.compile(r"(?<![а-яёa-z])" + CAR_POLICY + r"[ \t№:#.\-]{0,4}$", re.IGNORECASE)


class OmsRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_OMS"
    PATTERNS = [Pattern("ru_oms", OMS_REGEX, 0.4)]
    CONTEXT = ("омс", "полис", "медицинск", "страхов", "oms", "policy")
    REQUIRES_CONTEXT = True
    CONTEXT_SCORE = 0.95  # beats a card reading of the same 16 digits when the policy words are there
    # a voluntary policy ("полис ДМС …") is ID_DOCUMENT's (id_document.DMS_POLICY_WORDS)
    CUE_NUMBERS = ((r"(?:полис\w*+(?![ \t]+(?:дмс|добровольн|" + CAR_POLICY + r"))(?:\s+омс)?|омс)" + CUE_GAP + r"(?:\s+(?:номер|№|серия))?", 9, 20),
                   # in English: "OMS", "OMS policy", "(medical) policy no."
                   (r"(?:oms(?:\s+polic(?:y|ies))?|(?:medical\s+|insurance\s+)?polic(?:y|ies))(?:\s+(?:no\.?|number|#))?",
                    9, 20))


    def is_supported(self, text: str, start: int, end: int) -> bool:
        """The policy's word supports a number unless a car policy's mark stands right before it (CAR_POLICY)."""
        if _AFTER_A_CAR_POLICY.search(text, max(0, start - 40), start):
            return False
        return super().is_supported(text, start, end)


KIND = Kind("RU_OMS", (OmsRecognizer,), number_value, numeric=True, cues=("полис", "омс"), digits=(16,))
