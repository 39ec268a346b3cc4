"""CREDIT_CARD: payment card numbers (13-19 digits, Luhn), Мир 2200-2204 included."""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.document import DIGITS
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value, question_before, digits_of
from guard.recognizers.packed_run import RUN_END, RUN_START

CARD_REGEX = RUN_START + r"\d(?:[ \-]?\d){12,18}" + RUN_END

# Issuer prefixes: Мир 2200-2204, Visa 4, Mastercard 51-55 and 2221-2720, Maestro 50/56-69, UnionPay 62, JCB 35, Amex 34/37,
# Diners Club 300-305/36/38/39 (14 digits: "Diners 3640 008838 7378").
_PREFIXES = ("2200", "2201", "2202", "2203", "2204", "4", "51", "52", "53", "54", "55", "50", "56", "57", "58",
             "6", "35", "34", "37", "300", "301", "302", "303", "304", "305", "36", "38", "39")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# Fifteen digits are an Amex's or a Maestro's; an IMEI has fifteen too, with the same check digit, and begins with its
# reporting body's code (35, 86, 01, 99 …): "IMEI 356938035643809" is a handset's, not a card
_FIFTEEN_DIGIT_PREFIXES = ("34", "37", "50", "56", "57", "58", "6")


def is_card_number(value: str) -> bool:
    digits = digits_of(value)
    if not 13 <= len(digits) <= 19 or not luhn_ok(digits):
        return False
    if len(digits) == 15 and not digits.startswith(_FIFTEEN_DIGIT_PREFIXES):
        return False
    return has_issuer_prefix(digits)


def has_issuer_prefix(digits: str) -> bool:
    """Do the digits open as a payment card's do (Мир, Visa, Mastercard, Maestro, UnionPay, JCB, Amex, Diners)?"""
    return digits.startswith(_PREFIXES) or 2221 <= int(digits[:4]) <= 2720


# A card as it is printed: sixteen digits in four groups of four, or in one. With an issuer's prefix they are a card's
# even when the checksum fails — a number typed or heard with one wrong digit is still the customer's card
# ("4276380012345678", red team bb9 03); other groupings are other kinds' ("4110 228354 470-018": a passport and its
# department code)
_PRINTED_GROUPS = ((16,), (4, 4, 4, 4))


def card_shaped(value: str) -> bool:
    """Sixteen digits as a card prints them, opening with a card issuer's prefix, whatever their checksum."""
    groups = tuple(len(group) for group in DIGITS.findall(value))
    return groups in _PRINTED_GROUPS and has_issuer_prefix(digits_of(value))


# A card, but not a SIM card ("сим карты", "сим-карта", "SIM-карта", "есим карта"): its ICCID ("8 9 7 0 1 …", nineteen or
# twenty digits) is a device's number, no payment card's
_PAYMENT_CARD = r"(?<!сим )(?<!сим-)(?<!sim )(?<!sim-)карт\w*"
_A_PAYMENT_CARD = re.compile(r"(?<![а-яёa-z])" + _PAYMENT_CARD, re.IGNORECASE)
# The words that say the next four digits are a card's last ones: "последние (четыре) цифры (вашей) карты", "карта
# (у меня) заканчивается на", "карта с последними цифрами"
_LAST_DIGITS = r"(?:последн|крайн|конечн)[а-яё]*[\s,]+(?:(?:четыре|4)[\s,]+)?цифр[а-яё]*"
CARD_TAIL_CUE = (r"(?:" + _LAST_DIGITS + r"[\s,]+(?:(?:вашей|моей|его|её|ее|этой|банковской|той)[\s,]+)?" + _PAYMENT_CARD
                 + r"|" + _PAYMENT_CARD + r"(?:[\s,]+[а-яё]+){0,2}?[\s,]+(?:заканчива|оканчива)[а-яё]*[\s,]+на"
                 + r"|" + _PAYMENT_CARD + r"[\s,]+с[\s,]+" + _LAST_DIGITS + r")(?:[\s,:—\-]+(?:это|такие|вот))?")


class CreditCardRecognizer(ContextPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = [Pattern("card", CARD_REGEX, 0.8)]
    CONTEXT = ("карт", "visa", "виза", "мир", "mastercard", "мастеркард", "maestro", "amex", "амекс", "diners")
    NEGATIVE_CONTEXT = ("заявк", "договор", "лицев", "счет", "счёт", "полис", "омс")
    # "Карта, с которой платили: 4276 ..."; and a card's last four digits said alone beside the card's word — a piece
    # of its number, masked as the card (fail closed; the checker blocks a card's tail as other personal data too):
    # "последние четыре цифры карты 5566", "карта заканчивается на 4279", "по карте с последними цифрами 4279"
    CUE_NUMBERS = ((_PAYMENT_CARD + r"(?:[\s,]+[а-яё]+){0,3}?", 12, 22),
                   (CARD_TAIL_CUE, 4, 4))
    # While a card is talked about, a number of a card's length is a card's whatever its checksum (a misheard digit
    # breaks it), the card word a few words back: "а ещё карту жены привяжите она в приложении не может 553 699 422
    # 0 66 896 1". The cue is the number's own start.
    DICTATED_CUES = ((r"(?<![\d+])", 13, 19),)
    DICTATION_WORDS = ("карт",)
    DICTATION_WINDOW = 80

    def validate_result(self, pattern_text: str) -> bool | None:
        """A card by its checksum; one of a card's length and prefix with a broken checksum keeps the pattern's score."""
        return True if is_card_number(pattern_text) else None if card_shaped(pattern_text) else False

    def is_dictated(self, text: str, pos: int) -> bool:
        """A card is being read out: a card word in the window that is not a SIM card's."""
        return super().is_dictated(text, pos) and bool(
            _A_PAYMENT_CARD.search(text, max(0, pos - self.DICTATION_WINDOW), pos)
            or _A_PAYMENT_CARD.search(" ".join(question_before(text, pos))))



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """A card among other numbers in one packed run (recognizers/packed_run.py): 16 digits, 4 4 4 4, Luhn-valid."""
    return lengths in _PRINTED_GROUPS and luhn_ok(digits)


KIND = Kind("CREDIT_CARD", (CreditCardRecognizer,), number_value, numeric=True, cues=("карт",), digits=(16,))
