"""BANK_ACCOUNT: a bank account (20 digits), checked against the bank's BIK (recognizers/bik.py) when one is given; an
account abroad written as an IBAN (ISO 13616: a country's two letters, two check digits, up to thirty letters and
digits — Kazakhstan's, Belarus's, Azerbaijan's, Georgia's accounts are written so), checked by its own mod-97 key.

Callers dictate both for refunds. An account's control digit is computed with the BIK: the last
three digits of the BIK, then the account, weighted 7-1-3, sum divisible by 10. When a BIK is in
the same text and the pair checks, the account is certain; twenty digits alone are still an
account (nothing else people dictate has twenty), only less sure. A bank's correspondent account
("корр. счёт 30101810400000000225": 301 is the Bank of Russia's chapter for them) is the bank's public
requisite, printed on every invoice, nobody's personal data: it is left in the text.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.device_id import is_iccid

ACCOUNT_REGEX = RUN_START + r"\d{5}[ .\-]?\d{3}[ .\-]?\d[ .\-]?\d{4}[ .\-]?\d{7}" + RUN_END
ANY_20 = RUN_START + r"\d(?:[ \-]?\d){19}" + RUN_END
# An IBAN, in groups of four or run together: 12 to 34 characters (Norway's 15 to Saint Lucia's 32, with a margin)
IBAN_REGEX = r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}")
_BIK_IN_TEXT = re.compile(r"(?<!\d)04\d{7}(?!\d)")
_WEIGHTS = (7, 1, 3) * 8


def account_matches_bik(account: str, bik: str) -> bool:
    """The control key of a 20-digit account against a 9-digit BIK (ЦБ РФ, положение 579-П, прил. 1)."""
    account, bik = digits_of(account), digits_of(bik)
    if len(account) != 20 or len(bik) != 9:
        return False
    # an account in a bank is keyed with the BIK's last three digits; a bank's correspondent account with "0"
    # and the BIK's 5th-6th digits
    return any(sum(int(d) * w for d, w in zip(prefix + account, _WEIGHTS)) % 10 == 0
               for prefix in (bik[-3:], "0" + bik[4:6]))


# The countries of the IBAN registry (ISO 13616, SWIFT's list): an IBAN opens with one of them. Two other capitals
# before a key that checks by chance (1 in 97) are no IBAN — "VIN HG34MM9918F3R0530" is a car's (stays masked as the
# VIN it is; an unknown prefix only loses the certainty, the account's words still read it)
IBAN_COUNTRIES = frozenset("""
AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HN HR HU IE IL IQ
IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM
SO ST SV TL TN TR UA VA VG XK YE
""".split())


def is_iban(value: str) -> bool:
    """Does `value` (spaces allowed) read as an IBAN whose mod-97 key checks (ISO 13616: the first four characters
    moved to the end, letters as 10-35, the number's remainder by 97 is 1)?"""
    compact = value.replace(" ", "").upper()
    if not _IBAN_SHAPE.fullmatch(compact) or compact[:2] not in IBAN_COUNTRIES:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _iban_shaped(value: str) -> bool:
    return bool(_IBAN_SHAPE.fullmatch(value.replace(" ", "").upper()))


def is_correspondent_account(value: str) -> bool:
    """A bank's own account at the Bank of Russia: twenty digits beginning 30101 (план счетов, глава 301)."""
    digits = digits_of(value)
    return len(digits) == 20 and digits.startswith("30101")


class BankAccountRecognizer(ContextPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS = [Pattern("bank_account", ACCOUNT_REGEX, 0.6), Pattern("bank_account_any", ANY_20, 0.55),
                Pattern("iban", IBAN_REGEX, 0.6)]
    CONTEXT = ("счет", "счёт", "р/с", "рс", "расчетн", "расчётн", "реквизит", "получател", "банк", "возврат", "iban")
    CONTEXT_SCORE = 0.95  # above a card or phone reading of a piece of the same digits
    CUE_NUMBERS = ((r"(?:р/с|р\.с\.|расч[её]тн\w*\s+сч[её]т\w*|сч[её]т\w*(?:\s+(?:получателя|для\s+возврата))?)(?:\s+(?:номер|№))?",
                    18, 22),)

    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only re-scores and filters its patterns' matches (base.could_find)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        biks = _BIK_IN_TEXT.findall(text)
        for result in results:
            if any(account_matches_bik(text[result.start:result.end], bik) for bik in biks):
                result.score = 1.0
        # a SIM card's ICCID has twenty digits too: an account only after an account's word ("р/с 8970…"); a code
        # with an IBAN's shape whose key does not check (an order's, a device's) only after one too — a mistyped IBAN
        # after "IBAN" or "счёт" is still the account
        return [result for result in results if not is_correspondent_account(text[result.start:result.end])
                and not ((is_iccid(digits_of(text[result.start:result.end]))
                          or (_iban_shaped(text[result.start:result.end]) and not is_iban(text[result.start:result.end])))
                         and not self.is_supported(text, result.start, result.end))]

    def validate_result(self, pattern_text: str) -> bool | None:
        """An IBAN whose key checks is certain (True); nothing else is decided by a key here (None)."""
        return True if is_iban(pattern_text) else None

    def cue_value_ok(self, value: str) -> bool:
        return not is_correspondent_account(value)



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A personal bank account among other numbers in one packed run (recognizers/packed_run.py): 20 digits from 4."""
    return lengths in ((20,), (5, 3, 1, 4, 7)) and digits[:1] == "4"


KIND = Kind("BANK_ACCOUNT", (BankAccountRecognizer,), number_value, numeric=True)
