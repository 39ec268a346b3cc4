"""A value said across the turns of a call: each piece alone looks harmless, together they are a number.

"запишите восемь девятьсот шестнадцать" / "угу" / "сто двадцать три сорок пять шестьдесят семь" (red team bb2): each
turn redacted alone shows no phone. A caller dictating pauses and the operator answers with a back-channel ("угу",
"записываю") between the pieces. So the turns one speaker says one after another — with nothing or only back-channels
of the other speaker between — are also read as one text, and every piece of what is found there is masked in its own
turn. Turns apart (another speaker saying something of substance between) stay apart: a number is never joined across
a question and its answer.

Read by `Redactor.redact_dialogue` (the Python API for a dialogue) and by `guard batch` (guard/batch/calls.py).
"""
from __future__ import annotations

import re
from typing import Callable, Hashable, Iterator, Sequence

from guard.entities import Entity
from guard.normalize import HESITATION, normalize

# A turn that only acknowledges ("угу", "да-да, записываю", "так, дальше"): hesitations and fillers of speech
# (guard/normalize.py) and the few words that say "go on".
_ACKNOWLEDGEMENT = (r"(?:хорошо|ок(?:ей)?|понятно|понял[аи]?|записыва\w*|записал[аи]?|пишу|слушаю|продолжайте|мгм|"
                    r"угу(?:-угу)*|ага(?:-ага)*|да(?:-да)*|так(?:-так)*|и|а)")
_BACK_CHANNEL = re.compile(r"[\s\W]*(?:(?:" + HESITATION + "|" + _ACKNOWLEDGEMENT + r")(?![\w-])[\s\W]*)*",
                           re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")
# What ends a turn's text but would end a number read across the join: the turn's closing punctuation.
_TRAILING = re.compile(r"[\s.,;:!?…]*$")

Turn = tuple[Hashable, str]  # (speaker, text); the speaker is compared only, None is a speaker too


def is_back_channel(text: str) -> bool:
    """A turn that says nothing but "go on" (empty text too)."""
    return _BACK_CHANNEL.fullmatch(text) is not None


def stretches(turns: Sequence[Turn]) -> Iterator[list[int]]:
    """The indices of the turns one speaker says one after another, back-channels of others between skipped; only
    stretches of two turns or more."""
    current: list[int] = []
    speaker: Hashable = object()
    for index, (who, text) in enumerate(turns):
        if current and who == speaker:
            current.append(index)
        elif current and is_back_channel(text):
            continue
        else:
            if len(current) > 1:
                yield current
            current, speaker = [index], who
    if len(current) > 1:
        yield current


def _holds_a_number(text: str) -> bool:
    return _A_DIGIT.search(normalize(text).text) is not None


def across_turns(turns: Sequence[Turn], analyze: Callable[[str], list[Entity]]) -> list[tuple[int, Entity]]:
    """(turn index, entity in that turn's offsets) for what `analyze` finds in each stretch of turns read as one text;
    an entity covering several turns gives one piece in each. Stretches with fewer than two turns holding a number (a
    digit, written or spoken) are not read again: a single turn's numbers are its own reading's."""
    out: list[tuple[int, Entity]] = []
    for stretch in stretches(turns):
        if sum(_holds_a_number(turns[index][1]) for index in stretch) < 2:
            continue
        pieces: list[tuple[int, int, int]] = []  # (turn index, start in the joined text, length)
        parts: list[str] = []
        at = 0
        for index in stretch:
            text = turns[index][1]
            kept = _TRAILING.search(text).start()
            pieces.append((index, at, kept))
            parts.append(text[:kept])
            at += kept + 1
        for entity in analyze(" ".join(parts)):
            for index, start, length in pieces:
                lo, hi = max(entity.start, start), min(entity.end, start + length)
                if lo < hi:
                    out.append((index, Entity(lo - start, hi - start, entity.type, entity.score)))
    return out
