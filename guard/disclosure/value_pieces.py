"""A piece of a cued value told: a number right after a passport's or its department code's cue, however short.

"паспорт 4505", "паспорт сорок пять ноль пять" (the series alone), "код подразделения семьсот семьдесят" (red team bb5,
07): the kind's recognizer wants the whole value (ten digits, six), so the piece went unread and a call allowed it. What
a cue is stays the kind's own (recognizers/passport.py, passport_dept.py: `CUE_NUMBERS`, read through
`ContextPatternRecognizer.numbers_after_cue`); here only which kinds' pieces the speech rules count — Инструкция
запретов, п. 2: any of the passport's data. Card-blind: the way of telling is blocked whatever the digits (no oracle);
what the caller said, or the operator's card shows, may be said back.
"""
from __future__ import annotations

import re
from functools import lru_cache

from guard.disclosure.text import Utterance
from guard.recognizers.passport import PassportRecognizer
from guard.recognizers.passport_dept import PassportDeptRecognizer

# the kinds whose every piece is data (a phone's pieces are п. 6 and п. 9's, read by subscriber-number's own phrases)
PIECE_KINDS = (PassportRecognizer, PassportDeptRecognizer)


@lru_cache(maxsize=1)
def _recognizers():
    return tuple(cls() for cls in PIECE_KINDS)


def cued_pieces(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, entity type) in the utterance's offsets of each number said right after a cue of PIECE_KINDS,
    read on every reading of the line (spoken numbers as digits, separators read past)."""
    def read() -> list[tuple[int, int, str]]:
        found: dict[tuple[int, int], str] = {}
        for normalized in utterance.readings:
            for recognizer in _recognizers():
                for start, end in recognizer.numbers_after_cue(normalized.text):
                    span = normalized.to_original(start, end)
                    if span[1] > span[0] and not _governed_by_a_preposition(utterance, span[0]) \
                            and not _AGE_AFTER.match(utterance.text, span[1]):
                        found.setdefault(span, recognizer.ENTITY)
        return sorted((start, end, kind) for (start, end), kind in found.items())

    return utterance.derived("cued_pieces", read)


# years counted after the number: "паспорт: 12 лет назад менял", "паспорт с 14 лет" — an age or a time, no piece
_AGE_AFTER = re.compile(r"[ \t,]{0,3}(?:лет|год(?:а|у)?)(?![а-яё])", re.IGNORECASE)


def _governed_by_a_preposition(utterance: Utterance, start: int) -> bool:
    """A preposition right before the number makes it a phrase of its own: an age, a time, a date ("паспорт нужен с 14
    лет", "приходите с паспортом в 10 утра"), not the value after its cue."""
    before = [token for token in utterance.tokens if token.end <= start]
    return bool(before) and "PREP" in before[-1].info.top_grammemes


__all__ = ["PIECE_KINDS", "cued_pieces"]
