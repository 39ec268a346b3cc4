"""CONTRACT_NUMBER: the number of a subscriber's contract (договор), hidden on the card, dictated on calls.

Contract numbers have no one format ("12345678", "Д-2021/0045", "ДГ-77-001234", "KZ-RM-2023-05512"): the
evidence is the word "договор" (or "дог.", "Contract") right before a value that holds at least four digits, or
the answer to "номер договора?" on the next speaker's line. A bare number without a cue is left alone: order,
request and receipt numbers have the same shape. A number another recognizer
reads as a phone is re-typed here by the same cue (recognizers/base.CUE_KINDS), never dropped.
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind
from guard.normalize import normalize
from guard.recognizers.lexicon import LETTERED_NUMBER, NEXT_SPEAKER, SAID_SEPARATORS, SPOKEN_LETTERS

# What may stand between the contract word and its number: its kind ("оказания услуг связи"), whose it is
# ("у меня", "абонента"), the word "номер", then the answer's label ("номер договора? Клиент: ...", NEXT_SPEAKER). No
# verb: in "по договору звоните на 8916…" the number is a phone.
# The service it is for, "дог. на ШПД ШПД-2231457", "договор на интернет 240077", may come first.
_CUE_TAIL = (r"(?:\s+на\s+(?!меня|него|неё|нее|нас)[а-яёa-z]{2,12})?"
             r"(?:\s+(?:оказания\s+услуг(?:\s+связи)?|на\s+обслуживание|абонента|клиента|у\s+меня|мой"
             # its kind, an abstract noun in the genitive: "дог. поручительства №", "договор рассрочки", "цессии"
             r"|[а-яё]{3,16}(?:ства|ения|ания|ки|ии)))?"
             r"(?:\s+(?:номер|№|n))?" + NEXT_SPEAKER)


# the separators said aloud: "01 дробь 61" is "01/61"
_SAID_SEPARATORS = frozenset(SAID_SEPARATORS)


def canonical(value: str) -> str:
    """Letters and digits, uppercase, written or said alike: "д-2021/0045", "Д 2021 0045" and "дэ две тысячи двадцать
    один дробь ноль ноль сорок пять" are one contract (spoken numbers as digits, letters said by name as letters,
    corrections resolved)."""
    words = normalize(value).text.split()
    return "".join(ch for word in words if word.lower() not in _SAID_SEPARATORS
                   for ch in SPOKEN_LETTERS.get(word.lower(), word).upper() if ch.isalnum())


class ContractNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "CONTRACT_NUMBER"
    CONTEXT = ("договор", "контракт")
    CUE_NUMBERS = (
        # "номер договора", "дог. №", "Договор оказания услуг связи №", then a filler ("у меня") or the answer
        # on the next speaker's line ("номер договора. Клиент: 6356707558")
        # "КД №" (кредитный договор, a bank's loan agreement: packed_aa51, stop 51)
        (r"(?:номер\w*\s+)?(?:договор\w*|дог(?![а-яё])\.?|дог-р\w*|контракт\w*|(?-i:КД)(?![А-ЯЁа-яё\-]))" + _CUE_TAIL, 4, 20),
        # "contract number", and a card's key as written or read aloud: "contract_id", "contractNo", "contract id"
        (r"contract(?:[_\s]?(?:number|no\.?|#|id|num))?" + NEXT_SPEAKER, 4, 20),
    )
    CUE_VALUE = LETTERED_NUMBER


KIND = Kind("CONTRACT_NUMBER", (ContractNumberRecognizer,), canonical, cues=("договор", "контракт"))
