"""RU_INN: taxpayer numbers, 10 digits (organizations) or 12 (people), with their check digits.

The same kind is a neighbour's individual identification number written in a Russian text: the Kazakh ИИН (in Kazakh
"ЖСН"), 12 digits (the birth date, a century-and-sex digit, a serial, a check digit of its own). After its cue it is
masked whatever its digits say, as any cued number (fail closed); without a cue a bare run of 12 digits is read by the
Russian checks alone (one random run in eleven passes the Kazakh check: no evidence).
"""
from __future__ import annotations

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value, digits_of
from guard.recognizers.packed_run import RUN_END, RUN_START

INN_REGEX = RUN_START + r"(?:\d(?:[ \-]?\d){11}|\d(?:[ \-]?\d){9})" + RUN_END

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10


def is_valid_inn(value: str) -> bool:
    digits = digits_of(value)
    if len(digits) == 10:
        return _check(digits, _W10) == int(digits[9])
    if len(digits) == 12:
        return _check(digits, _W11) == int(digits[10]) and _check(digits, _W12) == int(digits[11])
    return False


# the Kazakh individual's number: ИИН, in Kazakh ЖСН (жеке сәйкестендіру нөмірі); not a business's БИН (no person's)
KAZAKH_CUES = ("иин", "жсн")


class InnRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_INN"
    # 12 valid digits are rare by chance; 10 valid digits collide with phones, so they need "ИНН" nearby.
    PATTERNS = [Pattern("ru_inn", INN_REGEX, 0.5)]
    # "КПП" and "ОГРН" go with an organization's INN, before or after it: "ООО «Ромашка», 7707083893, КПП 770701001"
    CONTEXT = ("инн", "налог", "идентификационн", "кпп", "огрн", "inn") + KAZAKH_CUES
    NEGATIVE_CONTEXT = ("заявк", "договор", "лицев", "заказ")
    WINDOW_BEFORE = 40
    WINDOW_AFTER = 12
    # "ИНН владельца ...", "инн у него ...": a word or two between the cue and its number
    # in English too: "INN", "INN no.", "TIN" (taxpayer identification number)
    CUE_NUMBERS = ((r"(?:инн|" + "|".join(KAZAKH_CUES) + r")(?:\s+[а-яё]{2,}){0,2}?|(?:inn|tin|iin)(?:\s+(?:no\.?|number|#))?",
                    9, 16),)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_inn(pattern_text)

    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only filters its patterns' matches (base.could_find)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # A bare 10-digit number with a valid INN checksum is still more likely a phone (1 in 10 pass).
        return [r for r in super().find_candidates(text, entities, nlp_artifacts, regex_flags)
                if len(digits_of(text[r.start:r.end])) == 12 or self.is_supported(text, r.start, r.end)]



def is_packed_piece(lengths: tuple[int, ...], separators: tuple[str, ...], digits: str) -> bool:
    """An INN among other numbers in one packed run (recognizers/packed_run.py): 10 or 12 digits, valid."""
    return len(lengths) == 1 and is_valid_inn(digits)


KIND = Kind("RU_INN", (InnRecognizer,), number_value, numeric=True, cues=("инн",) + KAZAKH_CUES, digits=(10, 12))
