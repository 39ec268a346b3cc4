"""CARD_EXPIRY: a payment card's expiry date, "12/26", said after "срок действия" or next to a card.

An "MM/YY" alone is as likely a fraction or a period, so a card word must be near, or the card's number just
before it ("4081 5757 0502 4920 до 12/2031"), or the question it answers on the next speaker's line ("Срок
действия?\nКлиент: 10/2031"). Spoken it comes from guard.normalize as "12 26" or "0 7 дробь 26" right after its
cue; a bare "до" is its cue only right after a card's number ("… 24 17 до 0 1 33", "…8978, до 07 30").
"""
from __future__ import annotations

from guard.analysis import Pattern
import re

from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, number_value
from guard.recognizers.lexicon import MONTH_ORDINAL_STEMS, MONTH_STEMS, SAID_SEPARATOR
from guard.recognizers.packed_run import NOT_A_QUANTITY

# a month's name in any case ("марта", "май", "мае"): the stems of lexicon.MONTH_STEMS, "ма" only as May's forms
_MONTH_WORD = r"(?:(?:" + "|".join(stem for stem in MONTH_STEMS if stem != "ма") + r")[а-яё]{0,3}|ма[йяе])(?![а-яё])"
# a month said by its name is a card's only near a card's word or number: "скидка действует до марта 28" is a day
_CARD_NEAR = re.compile(r"карт|срок|\d(?:[ \-]?\d){12,18}", re.IGNORECASE)

# a sentence's full stop may follow: "Клиент: 10/2031. А код …"
EXPIRY_REGEX = r"(?<![\d/.])(?:0[1-9]|1[0-2])\s?/\s?(?:20)?\d{2}(?![\d/]|\.\d)"
# A card's number (13 to 19 digits, in any grouping, spoken groups too), a word or two at most, then the expiry; a
# packed record's "/" or "|" between them too ("5536 4087 1073 6270 / 07/27 / 551"); or the expiry in brackets after
# the number ("4276 8695 0045 2906 (05/25, истекла)", "… 9687 (до 06/31)": issue 15, stop 54).
_CARD_NUMBER_BEFORE = r"(?<![\d])\d(?:[ \-]?\d){12,18}(?:[\s,;.:/|(\[]+[а-яё]{1,8}){0,2}[\s,;.:/|(\[]*"


# month and year typed with nothing between ("0727"): no count after it ("срок 1000 руб" is money)
_COMPACT = r"(?:0[1-9]|1[0-2])\d{2}(?![\d.,:])" + NOT_A_QUANTITY

# the month by its ordinal, which the number reader leaves as a word: "десятый месяц двадцать седьмого года"
_ORDINAL_MONTH = r"(?:" + "|".join(MONTH_ORDINAL_STEMS) + r")[а-яё]{0,3}\s+месяц[аеу]?(?![а-яё])"
# the month by its name, then said again in digits: "до апреля двадцать восьмого ноль четыре двадцать восемь"
_AGAIN_IN_DIGITS = r"(?:\s+(?:0\s?[1-9]|1[0-2])\s?(?:/\s?)?(?:20)?\d{2})"


class CardExpiryRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_EXPIRY"
    PATTERNS = [Pattern("card_expiry", EXPIRY_REGEX, 0.3)]
    CONTEXT = ("срок", "действ", "карт", "expir", "exp", "valid")
    CONTEXT_WORDS = 4
    REQUIRES_CONTEXT = True
    CONTEXT_PATTERN = _CARD_NUMBER_BEFORE + r"(?:до\s+)?(?:0[1-9]|1[0-2])\s?/"
    # "срок" alone is enough when a month and a year follow at once ("срок 11 29"); "срок 30 дней" is no month
    # "действует (карта) до", "карта до": what a card is said to be valid until
    CUE_NUMBERS = ((r"(?:срок\w*(?:\s+действи\w*)?(?:\s+карты)?(?:\s+до)?|действительн\w*(?:\s+карт\w*)?\s+до|"
                    r"действует(?:\s+карт\w*)?\s+до|карта(?:\s+действует)?\s+до|"
                    r"годна\s+до|истека\w*|exp(?:iry|\.)?)", 2, 6),)
    # "до 07 30" is a time of day anywhere but right after a card's number
    # right after the card's number, past a comma: "5536 0817 4980 3591, десятый месяц двадцать седьмого года"
    # or named by its parts: "… 76 месяц год 11 25"
    # or a packed record's next field: "5536 9138 2746 0011 / 0125" (red team bb6, 06)
    # or a month and a year cut by a dot, a blank after the number ("2202 0538 6712 9687 05.11": issue 15, stop 54)
    DICTATED_CUES = ((r"до", 2, 6), (r"(?<=\d{4}),", 2, 6), (r"(?<=\d{4})[ \t]*[/|;]", 2, 6),
                     (r"(?<=\d{4})(?=[ \t]+(?:0[1-9]|1[0-2])\.\d{2}(?![\d./]))", 2, 6),
                     (r"месяц\s+(?:и\s+)?год", 2, 6))
    DICTATION_PATTERN = _CARD_NUMBER_BEFORE + r"$"
    DICTATION_WINDOW = 60
    # a spoken "ноль три" arrives as "0 3": the month may be split in two digits, or said by its ordinal ("до третьего
    # месяца двадцать седьмого года" is "3 месяца 27 года"); a said separator ("дробь", "слэш") may part month and year; and it is no
    # count of days or money ("действует до 12 30 дней") — a year said as one ("0 1 30 года") is no count
    # ("года" after the year is the date's own word: "до марта двадцать восьмого года" is masked to its end)
    CUE_VALUE = (r"(?:(?:(?:0\s?[1-9]|[1-9]|1[0-2])(?:\s+месяц[аеу]?)?\s?(?:[/.\-\s]|\s" + SAID_SEPARATOR + r"\s)\s?(?:20)?\d{2}"
                 + NOT_A_QUANTITY +
                 # the month by its name: "до марта 28" ("до марта двадцать восьмого"), "срок май 2031"
                 r"|" + _MONTH_WORD + r"\s+(?:20)?\d{2}(?:\s+года?(?![а-яё]))?" + _AGAIN_IN_DIGITS + r"?"
                 r"|" + _ORDINAL_MONTH + r"\s+(?:20)?\d{2}"
                 # MMYY typed together: "карта 4276… до 0727", "…, срок 0728" (red team bb6, 06): near a card only
                 r"|" + _COMPACT + r")(?:\s+года?(?![а-яё]))?)")

    def _cued_spans(self, match: re.Match, fewest: int, most: int) -> list[tuple[int, int, float, str]]:
        if (re.match(_MONTH_WORD, match.group(1), re.IGNORECASE) or re.fullmatch(_COMPACT, match.group(1))) \
                and not _CARD_NEAR.search(match.string, max(0, match.start(1) - self.DICTATION_WINDOW), match.start(1)):
            return []
        return super()._cued_spans(match, fewest, most)

    def cue_value_ok(self, value: str) -> bool:
        if re.match(_ORDINAL_MONTH, value, re.IGNORECASE):
            return len(digits_of(value)) in (2, 4)
        if re.match(_MONTH_WORD, value, re.IGNORECASE):
            return len(digits_of(re.sub(_AGAIN_IN_DIGITS + "$", "", value))) in (2, 4)
        return len(number_value(value)) in (3, 4, 6)


def canonical(value: str) -> str:
    """Month and year as MMYY, written or said alike: "12/26", "12/2026", "декабря двадцать шестого года" and "двенадцать
    двадцать шесть" are one expiry (a month by its name is its number; a pseudonym must not join May and March)."""
    from guard.normalize import normalize

    said = normalize(value).text.lower()
    month_word = re.search(_MONTH_WORD, said)
    digits = digits_of(said)
    ordinal = re.match(_ORDINAL_MONTH, said)
    if ordinal is not None:
        month = next(i for i, stem in enumerate(MONTH_ORDINAL_STEMS, 1) if re.match(stem, ordinal.group()))
        return f"{month:02d}{digits[-2:]}"
    if month_word is not None:
        stem = next(i for i, stem in enumerate(MONTH_STEMS, 1) if month_word.group().startswith(stem)
                    and (stem != "ма" or month_word.group() in ("май", "мая", "мае")))
        return f"{stem:02d}{digits[-2:]}"
    if len(digits) in (3, 5):
        digits = "0" + digits  # "5 28", "5/2028": the month's leading zero unsaid
    return digits[:2] + digits[-2:] if len(digits) >= 4 else digits


KIND = Kind("CARD_EXPIRY", (CardExpiryRecognizer,), canonical, numeric=True, secret=True,
            asked=r"срок\w*\s+действ\w*|действ\w*\s+до|до\s+какого")
