"""guard: a 152-FZ privacy and disclosure guard for Russian telecom contact centers."""
from __future__ import annotations

__all__ = ["Redactor", "Redaction", "Entity"]


def __getattr__(name: str):
    # Lazy: `import guard` stays cheap for commands that never load the NLP models.
    if name in ("Redactor", "Redaction"):
        from guard import engine
        return getattr(engine, name)
    if name == "Entity":
        from guard.entities import Entity
        return Entity
    raise AttributeError(name)
