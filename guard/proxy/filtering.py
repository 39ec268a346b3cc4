"""Deciding what of an upstream JSON body the operator may see: the policy, with free text checked off-loop.

The policy (guard/policy) walks the JSON and decides field by field; free-text fields (comments) are handed to
a `redact_text` callable. The text engine must not run on the event loop, and the policy is synchronous, so
every JSON body goes through the policy once with a stand-in that notes each text and refuses it (the policy
then masks it and lists its path as fail-closed); only when texts were met are they redacted on the detection
pool (within the budget) and the policy run once more with the results. A card without free text costs one
policy pass and no thread hop; a failed or late detection leaves the first pass, where every text is masked,
as the answer (fail closed).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guard.policy import REDACTION_FAILED
from guard.proxy.detection import BudgetedRedactor, DetectionFailed

# A policy applies to a JSON object; any other JSON (a list, a bare value) is wrapped under this key for it,
# so it meets the policy's default deny instead of slipping past it.
_WRAPPER_KEY = "items"


class _NotCheckedYet(Exception):
    """Raised by the first-pass stand-in: the policy masks the text and lists its path as fail-closed."""


@dataclass
class Filtered:
    payload: Any
    refused: bool = False
    refusal: str | None = None
    applied: list[Any] = field(default_factory=list)
    fail_closed: list[str] = field(default_factory=list)  # card paths whose text was masked unchecked
    detection_failure: str | None = None


async def filter_json(policy: Any, detector: BudgetedRedactor | None, payload: Any, ctx: Any) -> Filtered:
    wrapped = not isinstance(payload, dict)
    document = {_WRAPPER_KEY: payload} if wrapped else payload

    texts: list[str] = []

    def withhold(text: str) -> str:
        texts.append(text)
        raise _NotCheckedYet

    decision = policy.apply(document, ctx, redact_text=withhold)
    detection_failure = None
    if texts:
        if detector is None:
            detection_failure = "no text engine loaded"
        else:
            unique = list(dict.fromkeys(texts))
            try:
                redacted = {text: result.text for text, result in zip(unique, await detector.redact_many(unique))}
            except DetectionFailed as error:
                detection_failure = str(error)
            else:
                decision = policy.apply(document, ctx, redact_text=lambda text: redacted.get(text, REDACTION_FAILED))

    card = decision.card
    if wrapped:
        card = card.get(_WRAPPER_KEY) if isinstance(card, dict) else None
    return Filtered(card, decision.refused, decision.refusal, list(decision.applied), list(decision.fail_closed), detection_failure)
