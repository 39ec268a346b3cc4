"""CARD_CVV: a card's security code (CVV/CVC, three digits; four on an Amex) or a PIN (four) said or typed aloud.

Three or four digits are nothing on their own: only the number right after its cue is taken ("CVV 123", "цэ вэ вэ
шесть девять ноль", "код с обратной стороны шесть девять шесть", "пин-код один два три четыре" -> "пин-код 1 2 3 4"),
whatever the digits are, perhaps after a word or two ("трёхзначный код тоже ноль тридцать четыре", "А код сзади
нужен? 482"). A bare "код", "цифры" or "на обороте" is the CVV's cue only while a card is being read out — its
number or expiry, or a card word, just before or just after ("… срок 04/33 код 177", "действует до 11/28, код 5821"); anywhere
else "код 4821" is an SMS code. In a packed note the code may follow the expiry with no cue at all
("4279 0178 2277 1267 05/27 116").
"""
from __future__ import annotations

from guard.recognizers.base import ContextPatternRecognizer, Kind, has_stem, number_value, words_after
from guard.recognizers.packed_run import NOT_A_QUANTITY

# the side of the card, said before or after "код"/"цифры": "код с обратной стороны", "на обороте карты код", "код с оборота"
_BACK = r"(?:на\s+обороте|с\s+оборота|на\s+оборотной\s+стороне|на\s+обратной\s+стороне|с\s+обратной\s+стороны|сзади)(?:\s+карты)?"
# up to three words between the cue and the code, the question's mark or an opening bracket: "код тоже …", "код сзади
# нужен? 482", "CVV клиент начал диктовать (418)" (issue 15, pii_bb57)
_FILLER = r"(?:[\s,]+[а-яё]{1,10}){0,3}?[\s?(]*"
# "цифры", "три цифры" ("3 цифры" once the count is read as a digit)
_DIGITS = r"(?:(?:три|четыре|[34])\s+)?цифр\w*"
# words that make a "код" someone else's: a one-time code, a department code
_NOT_CARDS = r"(?!\s*(?:из|смс|sms|подтвержд\w*|подразделени\w*|доступа|домофона|тарифа|региона))"
# a sum is not a code: "срок 05/27 100 руб"


# the card's code by the letters of its name, Latin or Cyrillic (recognizers/secret.py reads a name spelled aloud, "цэ вэ
# вэ", with it: the code's name, no secret)
# "сиви": CVV as speech-to-text writes it heard (red team bb9 04)
CARD_CODE_NAMES = r"cvv2?|cvc2?|cid|свв|цвв|цвц|сиви(?![а-яё])"


class CardCvvRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD_CVV"
    CONTEXT = ("cvv", "cvc", "пин", "pin")
    CUE_NUMBERS = ((r"(?:" + CARD_CODE_NAMES + r"|цэвэвэ|цэвэцэ|цэ\s+вэ\s+вэ|цэ\s+вэ\s+цэ|сививи|сивиси|си\s+ви\s+ви|"
                    r"си\s+ви\s+си|пин(?:[\s\-]?код\w*)?|pin(?:[\s\-]?code)?|"
                    r"(?:тр[её]хзначн\w*|четыр[её]хзначн\w*|секретн\w*)\s+код\w*|"
                    r"код\w*\s+(?:безопасности|проверки|карты|cvv2?|cvc2?|цвв|цвц|свв)|"
                    r"(?:код|" + _DIGITS + r")\s+" + _BACK + "|" + _BACK + r"\s+(?:код|" + _DIGITS + r"))" + _FILLER, 3, 4),)
    CUE_VALUE = r"\d(?:[ \-]?\d)*" + NOT_A_QUANTITY
    ANSWERS_ITS_CUE = True  # "Оператор: CVV не называйте, пожалуйста.\nКлиент: Ладно, 655… ой."
    # while a card is being read out: a bare "код", "цифры" (not its "последние четыре цифры"), the side of the card, or
# the expiry itself
    DICTATED_CUES = ((r"(?:код|(?<!\d\s)(?<!последние\s)(?<!первые\s)цифры|" + _BACK
                      # "ещё три цифры" ("3 цифры" once read as a digit) asked after the card, not its "последние 4 цифры"
                      + r"|(?<!последние\s)(?<!первые\s)(?<!\d\s)(?:три|четыре|[34])\s+цифры)" + _NOT_CARDS
                      + r"(?:[\s,]+(?:на\s+ней|на\s+карте|карты|тоже|же|там|вот|это|ну|э))*[\s?]*", 3, 4),
                     # a packed row's cells: "2202 2070 1555 9357 / 05/26 / 731 /"
                     (r"(?<![\d/.])(?:0[1-9]|1[0-2])\s?/\s?(?:20)?\d{2}(?:\s*[/|;]\s*)?", 3, 4))
    DICTATION_WORDS = ("карт", "cvv", "cvc", "цвв", "свв", "цвц", "срок", "действ", "оборот", "сзади", "обратн", "visa", "виза",
                       "mastercard", "мастеркард", "amex", "амекс", "maestro", "маэстро")
    # the card's number or its expiry just before
    DICTATION_PATTERN = r"\d(?:[ \-]?\d){12,18}|(?<![\d/.])(?:0[1-9]|1[0-2])\s?/\s?(?:20)?\d{2}(?!\d)"
    DICTATION_WINDOW = 100
    # the card said right after the code counts as well: "код 590 с обратной стороны карты", "код 774 срок январь 29"
    DICTATION_AFTER = 40
    # ... unless the words after say whose code it is: "код 4821 из смс пришёл, карта заблокирована"
    NOT_CARDS_AFTER = ("смс", "sms", "подтвержд", "пароль", "доступ", "домофон")

    def is_dictated(self, text: str, pos: int) -> bool:
        if super().is_dictated(text, pos):
            return True
        after = words_after(text, pos, self.DICTATION_AFTER)
        return has_stem(after, self.DICTATION_WORDS) and not has_stem(after, self.NOT_CARDS_AFTER)


KIND = Kind("CARD_CVV", (CardCvvRecognizer,), number_value, numeric=True, secret=True)
