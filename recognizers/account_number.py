"""ACCOUNT_NUMBER: a subscriber's personal account (лицевой счёт, "л/с 123456789") with the carrier.

Its length varies by branch (6 to 15 digits), so the evidence is its cue: "лицевой счёт", "л/с", "л/сч",
"ЛС", in English "account number", a bare "счёт" before six digits or more that are not a sum of money;
in a dialogue the answer after the question ("лицевой счёт какой?\nОператор: 0112 4587 3301").
A number a phone or card reading took after these words is re-typed here, never dropped.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value
from guard.recognizers.lexicon import CUE_GAP

# The personal account named in full or as CRM notes and chats shorten it: "лицевой счёт", "лицевой" alone ("мой
# лицевой 600184392"), "лиц. счёт", "лиц/сч", "л/с", "л/сч", "л.с.", "ЛС", "л с" typed without the slash
ACCOUNT_WORDS = (r"(?:лицев\w*(?:\s+сч[её]т\w*)?|лиц(?:\.\s?|/)сч(?:[её]т\w*|\.)?|л\s?/\s?сч?\.?|л\.\s?сч?\.|лс|л\s+с)"
                 r"(?![а-яё])")
# a sum is not an account: "счёт на 150000 рублей"
_NOT_MONEY = r"(?!\s*(?:руб|р\.|р\b|₽|тыс|коп|%|rub|usd|eur))"


class AccountNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    CONTEXT = ("лицев",)
    CUE_NUMBERS = (
        (r"(?:номер\w*\s+)?" + ACCOUNT_WORDS + r"(?:\s+(?:абонента|клиента))?" + CUE_GAP + r"(?:\s+(?:номер|№))?", 5, 15),
        (r"(?:personal\s+)?account\s+(?:number|no\.?|#)|acc(?:ount)?\.?\s*(?:no\.?|#)|personal\s+account", 5, 15),
        # "номер счёта пять три пять …" ("по счёту номер …" is a bill's)
        (r"сч[её]та?(?:\s+(?:номер|№))?", 6, 15),
    )
    # digit groups joined by spaces or hyphens, written or said ("77-001234567", "77 тире 0 0 1 …"), perhaps after a
    # branch's capital letters and a hyphen ("А-0078124")
    CUE_VALUE = r"(?:(?-i:[A-ZА-ЯЁ]{1,3})\s?-\s?)?\d(?:(?:[ \-]|\s(?:тире|дефис)\s)?\d)*" + _NOT_MONEY


KIND = Kind("ACCOUNT_NUMBER", (AccountNumberRecognizer,), number_value, numeric=True, cues=("лицев", "счет", "счёт"))
