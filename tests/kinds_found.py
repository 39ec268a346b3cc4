"""What the engine finds in a text, as (type, the text it covers): the view the kinds' tests assert on."""
from __future__ import annotations

from guard.engine import Redactor


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]


def masked(redactor: Redactor, text: str, value: str) -> bool:
    """Every non-space character of `value`'s first occurrence in `text` is covered by something the engine found."""
    start = text.index(value)
    covered: set[int] = set()
    for e in redactor.analyze(text):
        covered |= set(range(e.start, e.end))
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())
