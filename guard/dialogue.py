"""A value said across the turns of a call: each piece alone looks harmless, together they are a number.

"запишите восемь девятьсот шестнадцать" / "угу" / "сто двадцать три сорок пять шестьдесят семь" (red team bb2): each
turn redacted alone shows no phone. A caller dictating pauses and the operator answers with a back-channel ("угу",
"записываю") between the pieces. So the turns one speaker says one after another — with nothing or only back-channels
of the other speaker between — are also read as one text, and every piece of what is found there is masked in its own
turn. Turns apart (another speaker saying something of substance between) stay apart: a number is never joined across
a question and its answer.

Read by `Redactor.redact_dialogue` (the Python API for a dialogue), by `guard batch` (guard/batch/calls.py), and by
`Redactor.analyze` for a transcript written as one text with a labelled line per turn ("Клиент: …\nОператор: угу\n…"),
so `guard redact`, /v1/redact and the proxy's comments read it too.
"""
from __future__ import annotations

import re
from typing import Callable, Hashable, Iterator, Sequence

from guard.entities import Entity
from guard.normalize import HESITATION, normalize
from guard.recognizers.lexicon import SPEAKER_LABEL

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


# A transcript line opening with its speaker's label ("Клиент: …", "Оператор 2: …"), as recognizers/lexicon.py names them.
_LABELLED_LINE = re.compile(r"^[ \t]*(" + SPEAKER_LABEL + r")(?:[ \t]*\d{1,2})?[ \t]*:[ \t]*(.*)$",
                            re.IGNORECASE | re.MULTILINE)


def labelled_turns(text: str) -> list[tuple[str, int, int]]:
    """(speaker, start, end) of each labelled line's words, when `text` holds two labelled lines at least."""
    if text.count(":") < 2 or "\n" not in text:
        return []
    turns = [(line.group(1).lower(), line.start(2), line.end(2)) for line in _LABELLED_LINE.finditer(text)]
    return turns if len(turns) > 1 else []


def across_labelled_turns(text: str, analyze: Callable[[str], list[Entity]]) -> list[Entity]:
    """`across_turns` over the labelled lines of one text, in that text's offsets."""
    turns = labelled_turns(text)
    if not turns:
        return []
    found = across_turns([(speaker, text[start:end]) for speaker, start, end in turns], analyze)
    return [Entity(turns[index][1] + e.start, turns[index][1] + e.end, e.type, e.score) for index, e in found]
