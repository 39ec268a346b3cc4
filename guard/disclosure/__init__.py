"""The disclosure guard: what an operator says or writes, checked before (or after) it reaches the client.

    from guard.disclosure import check, CheckContext
    result = check("У нас авария на сети", speaker="operator")
    result.verdict        # "warn"
    result.violations     # [Finding(rule="service-failure-words", start=7, end=13, message=..., suggestion=...)]

Rules are data (policies/disclosure.yaml); `checker` matches them, `personal` compares the call's
card with the utterance, `qa` reviews whole calls, `http` serves POST /v1/check.
"""
from guard.disclosure.checker import CheckResult, DisclosureChecker, Finding, check, default_checker
from guard.disclosure.context import CheckContext, Said, SaidMemory
from guard.disclosure.rules import RuleSet, default_rules_path, load_rules

__all__ = [
    "CheckContext",
    "CheckResult",
    "DisclosureChecker",
    "Finding",
    "RuleSet",
    "Said",
    "SaidMemory",
    "check",
    "default_checker",
    "default_rules_path",
    "load_rules",
]
