"""What detection produces: typed spans in the offsets of the original text."""
from __future__ import annotations

from dataclasses import dataclass

# docs/interfaces.md §1 — the nine original types by name, for code that names one; the full list is CONTRACT_TYPES.
PERSON = "PERSON"
RU_PASSPORT = "RU_PASSPORT"
PHONE_NUMBER = "PHONE_NUMBER"
ADDRESS = "ADDRESS"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
RU_INN = "RU_INN"
RU_SNILS = "RU_SNILS"
CREDIT_CARD = "CREDIT_CARD"
DATE_OF_BIRTH = "DATE_OF_BIRTH"



def __getattr__(name: str):
    # Every type guard emits, read from the kinds registry (recognizers/__init__.py), never listed here;
    # imported on first use so that `Entity` stays cheap to import.
    if name == "CONTRACT_TYPES":
        from guard.recognizers import ENTITY_TYPES

        return ENTITY_TYPES
    raise AttributeError(name)


@dataclass(frozen=True, order=True)
class Entity:
    """One detected piece of personal data; `start`/`end` index the original text."""

    start: int
    end: int
    type: str
    score: float = 1.0

    def as_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 2)}


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and trailing commas a pattern may have swallowed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end
