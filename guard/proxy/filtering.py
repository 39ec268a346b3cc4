"""Deciding what of an upstream JSON body the operator may see: the policy, with free text checked off-loop.

The policy (guard/policy) walks the JSON and decides field by field; free-text fields (comments) are handed to
a `redact_text` callable. The text engine must not run on the event loop, and the policy is synchronous, so
every JSON body goes through the policy once with a stand-in that notes each text and refuses it (the policy
then masks it and lists its path as fail-closed); only when texts were met are they redacted on the detection
pool (within the budget) and the policy run once more with the results. A card without free text costs one
policy pass and no thread hop; a failed or late detection leaves the first pass, where every text is masked,
as the answer (fail closed).

Then card-aware scrubbing (guard/proxy/scrub.py): every value the decision hid is masked wherever else it still
appears in the answer — a comment quoting the contact phone, a key or a shown field repeating the surname.

Decisions are memoized: the policy is a pure function of the body, the call context and the date, and an
operator's screen fetches the same card again and again during a call. The key is the SHA-256 of the body
(no personal data is kept in keys) with the context and today's date; only complete decisions are kept —
one with a detection failure is recomputed next time.
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Hashable

from guard.audit import safe_path
from guard.policy import REDACTION_FAILED, CallContext, CardPolicy
from guard.proxy.detection import BudgetedRedactor, DetectionFailed
from guard.proxy.scrub import CardSecrets

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
    scrubbed: int = 0  # hidden values found and masked elsewhere in the answer (card-aware scrubbing)
    secrets: CardSecrets = field(default_factory=CardSecrets)


async def filter_json(policy: CardPolicy, detector: BudgetedRedactor | None, payload: Any, ctx: CallContext) -> Filtered:
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

    secrets = CardSecrets.of(document, decision)
    card, scrubbed = secrets.scrub_json(decision.card)
    if wrapped:
        card = card.get(_WRAPPER_KEY) if isinstance(card, dict) else None
    return Filtered(card, decision.refused, decision.refusal, list(decision.applied), list(decision.fail_closed),
                    detection_failure, scrubbed, secrets)


@dataclass(frozen=True)
class Shown:
    """A finished decision, ready to send, with its audit summary computed once."""

    body: bytes
    filtered: Filtered
    audit_rules: list[list[Any]]
    audit_fail_closed: list[str]

    @classmethod
    def of(cls, filtered: Filtered) -> "Shown":
        body = json.dumps(filtered.payload, ensure_ascii=False).encode("utf-8")
        return cls(body, filtered, audit_rules(filtered.applied), [safe_path(path) for path in filtered.fail_closed])


def audit_rules(applied: list[Any]) -> list[list[Any]]:
    """[[rule id, action, [paths...]], ...] in the order the rules first fired; paths stripped of anything value-like."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for item in applied:
        grouped.setdefault((item.rule, item.action), []).append(safe_path(item.path))
    return [[rule, action, paths] for (rule, action), paths in grouped.items()]


class DecisionCache:
    """A small LRU of finished decisions; size 0 turns it off."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Shown] = OrderedDict()

    def key(self, body: bytes, ctx: CallContext) -> Hashable | None:
        """None when the cache is off: no hashing of a body nothing will be looked up by."""
        if self.size <= 0:
            return None
        return (
            hashlib.sha256(body).digest(),
            ctx.identification.value,
            ctx.caller_gender,
            ctx.identified_by,
            tuple(sorted(ctx.confirmed)),
            ctx.today or date.today(),
        )

    def get(self, key: Hashable | None) -> Shown | None:
        if key is None:
            return None
        shown = self._entries.get(key)
        if shown is not None:
            self._entries.move_to_end(key)
        return shown

    def put(self, key: Hashable | None, shown: Shown) -> None:
        if key is None or self.size <= 0 or shown.filtered.detection_failure or shown.filtered.fail_closed:
            return
        self._entries[key] = shown
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
