"""guard where Presidio is expected: a plug-in for your own AnalyzerEngine, and Presidio's REST API on `guard serve`.

    guard.presidio.add_russian(analyzer)     # plugin.py: guard's Russian recognizers in a stock Presidio engine
    guard.presidio.add_routes(app)           # http.py: POST /analyze, /anonymize, /deanonymize; GET /health,
                                             # /recognizers, /supportedentities (docs/interfaces.md §8)
"""
from __future__ import annotations

__all__ = ["GuardRecognizer", "RussianNlpEngine", "add_russian", "presidio_recognizers", "russian_analyzer"]


def __getattr__(name: str):
    # Lazy: importing guard.presidio.http (the proxy does) must not import Presidio; plugin.py does
    if name in __all__:
        from guard.presidio import plugin

        return getattr(plugin, name)
    raise AttributeError(name)
