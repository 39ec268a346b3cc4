"""What the engine finds in a text, as (type, the text it covers): the view the kinds' tests assert on."""
from __future__ import annotations

from guard.engine import Redactor


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]
