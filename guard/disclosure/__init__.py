"""The disclosure guard: what an operator says or writes, checked before (or after) it reaches the client.

    from guard.disclosure import check, CheckContext
    result = check("У нас авария на сети", speaker="operator")
    result.verdict        # "warn"
    result.violations     # [Finding(rule="service-failure-words", start=7, end=13, message=..., suggestion=...)]

Rules are data (policies/disclosure.yaml); `checker` matches them, `personal` compares the call's
card with the utterance, `detect` finds personal data cheaply, `qa` reviews whole calls, `http`
serves POST /v1/check, `cases` adds utterance cases to `guard policy test`.

Names are imported on first use: the checker loads the morphology dictionaries, and `guard policy
test` should not pay for them unless it runs an utterance case.
"""
from __future__ import annotations

_EXPORTS = {
    "CheckResult": "guard.disclosure.checker",
    "DisclosureChecker": "guard.disclosure.checker",
    "Finding": "guard.disclosure.checker",
    "check": "guard.disclosure.checker",
    "default_checker": "guard.disclosure.checker",
    "CheckContext": "guard.disclosure.context",
    "Said": "guard.disclosure.context",
    "SaidMemory": "guard.disclosure.context",
    "RuleSet": "guard.disclosure.rules",
    "default_rules_path": "guard.disclosure.rules",
    "load_rules": "guard.disclosure.rules",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
