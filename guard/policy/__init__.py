"""The 152-FZ card policy: rules as data (policies/152fz.yaml), evaluated per call.

    policy = load_policy(default_policy_path())
    decision = policy.apply(card, CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male"))
    decision.card       # what the operator may see
    decision.applied    # which rule decided which path, and why (never a value)
"""
from guard.policy.context import CallContext, IdentificationLevel
from guard.policy.evaluator import (
    AppliedRule,
    CardPolicy,
    PolicyDecision,
    default_policy_path,
    load_policy,
    redact_with_engine,
)
from guard.policy.operators import HIDDEN, REDACTION_FAILED, hide, mask_last4, mask_prefix
from guard.policy.source import PolicyError

__all__ = [
    "AppliedRule",
    "CallContext",
    "CardPolicy",
    "HIDDEN",
    "IdentificationLevel",
    "PolicyDecision",
    "PolicyError",
    "REDACTION_FAILED",
    "default_policy_path",
    "hide",
    "load_policy",
    "mask_last4",
    "mask_prefix",
    "redact_with_engine",
]
