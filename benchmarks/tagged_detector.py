"""guard's Redactor with the lowercase name tagger registered, for benchmarks/evaluate.py before the registry has it.

    python -m benchmarks.evaluate --detector benchmarks.tagged_detector:TaggedRedactor

The recognizer joins the Redactor's own Presidio registry, so its spans go through the same
normalisation, windows, trimming and overlap merging as they will once recognizers/__init__.py lists it.
"""
from __future__ import annotations

from guard import Redactor
from guard.engine import build_analyzer
from guard.recognizers.person_tagger import LowercaseNameRecognizer


class TaggedRedactor(Redactor):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # build_analyzer() is cached process-wide: a registry of our own, or every Redactor would get the tagger
        self._analyzer = build_analyzer.__wrapped__()
        self._analyzer.registry.add_recognizer(LowercaseNameRecognizer())
