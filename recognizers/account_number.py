"""ACCOUNT_NUMBER: a subscriber's personal account (лицевой счёт, "л/с 123456789") with the carrier.

Its length varies by branch (6 to 15 digits), so the evidence is its cue: "лицевой счёт", "л/с", "л/сч",
"ЛС", in English "account number", a bare "счёт" before six digits or more that are not a sum of money;
in a dialogue the answer after the question ("лицевой счёт какой?\nОператор: 0112 4587 3301").
A number a phone or card reading took after these words is re-typed here, never dropped.
"""
from __future__ import annotations

import re
from typing import ClassVar

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.document import text_holds
from guard.recognizers.base import LANGUAGE, ContextPatternRecognizer, Kind, counts_something, digits_of, make_result, \
    number_value
from guard.recognizers.lexicon import CUE_GAP, LETTERED_NUMBER
from guard.recognizers.packed_run import DATE_AHEAD, NOT_A_QUANTITY
from guard.recognizers.phone import parse_msisdn

# The personal account named in full or as CRM notes and chats shorten it: "лицевой счёт", "лицевой" alone ("мой
# лицевой 600184392"), "лиц. счёт", "лиц/сч", "л/с", "л/сч", "л.с.", "ЛС", "л с" typed without the slash
ACCOUNT_WORDS = (r"(?:лицев\w*(?:\s+сч[её]т\w*)?|лиц(?:\.\s?|/)сч(?:[её]т\w*|\.)?|л\s?/\s?сч?\.?|л\.\s?сч?\.|лс|л\s+с)"
                 r"(?![а-яё])")
# a sum is not an account: "счёт на 150000 рублей"


class AccountNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    CONTEXT = ("лицев",)
    CUE_NUMBERS = (
        # (four digits too, only grouped and only as the cue's own value: _cued_spans)
        (r"(?:номер\w*\s+)?" + ACCOUNT_WORDS + r"(?:\s+(?:абонента|клиента))?" + CUE_GAP + r"(?:\s+(?:номер|№))?", 5, 15),
        (r"(?:personal\s+)?account\s+(?:number|no\.?|#)|acc(?:ount)?\.?\s*(?:no\.?|#)|personal\s+account", 5, 15),
        # "номер счёта пять три пять …" ("по счёту номер …" is a bill's)
        (r"сч[её]та?(?:\s+(?:номер|№))?", 6, 15),
        # the number of a customer's personal cabinet in a note's shorthand: "[ЛК 0436004871] Клиент …" (stop 59) —
        # the customer's account there, however the CRM numbers it
        (r"(?-i:ЛК)(?![А-ЯЁа-яё\-])(?:\s*(?:номер|№))?", 6, 15),
    )
    # digit groups joined by spaces, hyphens or slashes, written or said ("77-001234567", "77 тире 0 0 1 …", "3500 дробь
    # 1234"), perhaps after a branch's letters ("А-0078124", "ка эл 123456") or with letters among them ("47 дробь эм ка
    # 123"): the contract's shape (lexicon.LETTERED_NUMBER)
    CUE_VALUE = LETTERED_NUMBER + NOT_A_QUANTITY

    def _cued_spans(self, match: re.Match, fewest: int, most: int) -> list[tuple[int, int, float, str]]:
        """The base's reading, and one more: four digits written or said in groups ("7-012", "7 тире 012") right after
        "лицевой" are a small ТСЖ's account (issue 15, stop 57: pii_ba56). Four digits alone are a year, a count or a
        PIN's length as often, and "10/26" is a card's month and year (packed_run.DATE_AHEAD). Only the cue's own first
        value is read so: every other path (a second value, a value said again, an answer) reads as before."""
        spans = super()._cued_spans(match, fewest, most)
        value, (start, end) = match.group(1), match.span(1)
        if spans or len(digits_of(value)) != _FEWEST_DIGITS or _GROUPED.search(value) is None \
                or _DATE_SHAPE.fullmatch(value.strip()) is not None or _ACCOUNT_CUE.match(match.group()) is None \
                or counts_something(match.string, end):
            return spans
        return [(start, end, self.CONTEXT_SCORE, "a small account's four digits in groups said right after its cue")]


_FEWEST_DIGITS = 4
_DATE_SHAPE = re.compile(DATE_AHEAD)
_ACCOUNT_CUE = re.compile(r"(?:номер\w*\s+)?" + ACCOUNT_WORDS, re.IGNORECASE)
_GROUPED = re.compile(r"\d[ \t]*+(?:[\-/]|тире|дробь)[ \t]*+\d", re.IGNORECASE)


# A row of a table pasted without its header: cells between "|" or tabs, three at least
_ROW = re.compile(r"^[^\n|]*+(?:\|[^\n|]*+){3,}$|^[^\n\t]*+(?:\t[^\n\t]*+){2,}$", re.MULTILINE)
_CELL = re.compile(r"[^|\t\n]+")
# an identifier alone in its cell: six digits or more, perhaps grouped; not a sum ("1 120,00"), a date or a phone
_IDENTIFIER = re.compile(r"\A\s*+(\d{6,20})\s*+\Z")


class RecordRowRecognizer(EntityRecognizer):
    """A subscriber's record pasted as a headerless row ("|570021458807|Осадчий И.И.|79184552014|Краснодар, …|"): once
    a cell holds a subscriber's mobile number the row is about a person, and every other cell that is a bare
    identifier — an account, a contract, whatever its column was — is theirs. Which it is, no word says: it is masked as
    the personal account, a record's usual key (fail closed). A row holding no mobile number is left to the kinds' own
    cues (a price list, a report's counts)."""

    ENTITY = "ACCOUNT_NUMBER"
    HINT: ClassVar[re.Pattern | None] = None  # the kind's hint, set by the registry (recognizers/__init__.py)

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="RecordRowRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if (entities and self.ENTITY not in entities) or ("|" not in text and "\t" not in text) \
                or (self.HINT is not None and not text_holds(text, self.HINT)):
            return []
        results = []
        for row in _ROW.finditer(text):
            cells = list(_CELL.finditer(text, row.start(), row.end()))
            if not any(parse_msisdn(cell.group()) for cell in cells):
                continue
            for cell in cells:
                identifier = _IDENTIFIER.fullmatch(cell.group())
                if identifier and not parse_msisdn(identifier.group(1)):
                    start = cell.start() + identifier.start(1)
                    results.append(make_result(self, self.ENTITY, start, start + len(identifier.group(1)), 0.5,
                                               "a bare identifier in a row that holds a subscriber's number"))
        return results


KIND = Kind("ACCOUNT_NUMBER", (AccountNumberRecognizer, RecordRowRecognizer), number_value, numeric=True, cues=("лицев", "счет", "счёт"))
