"""guard: a 152-FZ privacy and disclosure guard for Russian telecom contact centers."""
from __future__ import annotations

from guard import pattern_table

__all__ = ["Redactor", "Redaction", "Entity"]

pattern_table.install()  # Python's re reads guard's compiled patterns from a table built at build time (its module)


def __getattr__(name: str):
    # Lazy: `import guard` stays cheap for commands that never load the NLP models.
    if name in ("Redactor", "Redaction"):
        from guard import engine
        return getattr(engine, name)
    if name == "Entity":
        from guard.entities import Entity
        return Entity
    raise AttributeError(name)
