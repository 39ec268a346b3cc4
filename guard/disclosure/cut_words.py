"""A word said in pieces over the operator's lines («записываю: ива» / «нов»), glued back before the lines are read.

The call checker reads the operator's last lines joined with the new one (checker._split_findings), but joined by a
blank a word cut in syllables stays two words («ива нов»), and no reading of a value finds it (red team bd34, f01). Here
the pieces that cross the break before the new line — letter runs apart by blanks or hyphens inside a line, by blanks,
hyphens or the line's closing punctuation at a line break — are glued into one word when the caller's `fits` says the
word they make is a value (the card's name in any case form, a surname the dictionary knows). The checker then reads
the joined lines with that word whole, and maps what it finds back onto the new line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

_PIECE = re.compile(r"[^\W\d_]+")
_INSIDE_A_LINE = re.compile(r"[ \t\u00a0\-\u2010-\u2014]*")  # «ива нов», «ива-нов», «ив - ан - ов»
_AT_A_BREAK = re.compile(r"[\s\-\u2010-\u2014.,…]*")  # «записываю: ива.» / «нов»: the line's end is a pause anyway
MOST_PIECES = 4  # a surname in syllables: «ку» / «зне» / «цо» / «ва»


@dataclass(frozen=True)
class GluedLines:
    """The lines joined (by a blank, as the checker joins them) with one word's pieces glued; `line_at`: where the new
    line starts in the lines joined before gluing; `cut`: the glued word's span in `text`, `pieces`: the span the
    pieces took in the lines joined before gluing; `words`: the pieces as said."""

    text: str
    line_at: int
    cut: tuple[int, int]
    pieces: tuple[int, int]
    words: tuple[str, ...]

    def on_the_line(self, start: int, end: int) -> tuple[int, int] | None:
        """A span of `text` as a span of the new line (one that reaches into the glued word covers the word's pieces on
        the line); None when it ends before the line."""
        def back(position: int, is_end: bool) -> int:
            word_start, word_end = self.cut
            if position <= word_start:
                return position
            if position < word_end:  # inside the word: its pieces, whole
                return self.pieces[1] if is_end else self.pieces[0]
            return position - word_end + self.pieces[1]

        first, last = back(start, False), back(end, True)
        if last <= self.line_at:
            return None
        return max(first, self.line_at) - self.line_at, last - self.line_at


def glued_over_lines(lines: list[str], line: str, fits: Callable[[tuple[str, ...]], bool]) -> GluedLines | None:
    """The operator's earlier `lines` and the new `line` joined, with the word cut across the break before `line`
    glued, when `fits` takes its pieces; the most pieces `fits` takes win. None when the line does not open with a piece
    that an earlier line's last piece runs into, or no run of pieces fits."""
    if not lines:
        return None
    before = " ".join(lines)
    line_at = len(before) + 1
    joined = f"{before} {line}"
    breaks = [0]
    for earlier in lines:
        breaks.append(breaks[-1] + len(earlier) + 1)  # where each line starts in `joined`
    runs = list(_PIECE.finditer(joined))
    first = next((k for k, run in enumerate(runs) if run.start() >= line_at), None)
    if first is None or first == 0 or not _INSIDE_A_LINE.fullmatch(joined, line_at, runs[first].start()):
        return None  # the line opens with no piece ("ну, нов", "123 …")

    def apart(k: int) -> bool:  # do runs k and k+1 stand apart as pieces of one word?
        start, end = runs[k].end(), runs[k + 1].start()
        at_a_break = any(start < at <= end for at in breaks[1:])  # the blank joining two lines lies between
        return (_AT_A_BREAK if at_a_break else _INSIDE_A_LINE).fullmatch(joined, start, end) is not None

    if not apart(first - 1):
        return None
    low = first - 1
    while low > 0 and first - low < MOST_PIECES - 1 and apart(low - 1):
        low -= 1
    high = first
    while high + 1 < len(runs) and high - first < MOST_PIECES - 2 and apart(high):
        high += 1
    best: tuple[int, int] | None = None
    for i in range(low, first):
        for j in range(first, high + 1):
            if j - i + 1 > MOST_PIECES or best is not None and j - i <= best[1] - best[0]:
                continue
            if fits(tuple(run.group() for run in runs[i:j + 1])):
                best = (i, j)
    if best is None:
        return None
    i, j = best
    words = tuple(run.group() for run in runs[i:j + 1])
    word = "".join(words)
    start, end = runs[i].start(), runs[j].end()
    return GluedLines(joined[:start] + word + joined[end:], line_at, (start, start + len(word)), (start, end), words)
