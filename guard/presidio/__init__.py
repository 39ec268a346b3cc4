"""guard where Presidio is expected: a plug-in for your own AnalyzerEngine, and Presidio's REST API on `guard serve`.

    guard.presidio.add_russian(analyzer)     # plugin.py: guard's Russian recognizers in a stock Presidio engine
    guard.presidio.add_routes(app)           # http.py: POST /analyze, /anonymize, /deanonymize; GET /health,
                                             # /recognizers, /supportedentities (docs/interfaces.md §8)
"""
from __future__ import annotations

from guard.presidio.plugin import GuardRecognizer, RussianNlpEngine, add_russian, russian_analyzer

__all__ = ["GuardRecognizer", "RussianNlpEngine", "add_russian", "russian_analyzer"]
