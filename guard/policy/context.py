"""What the guard knows about the call when it decides what the operator may see: the one call state.

`CallContext` is `guard.callstate.CallState` — the same type the sessions store and the speech checker read —
under the name the policy has always used for it.
"""
from __future__ import annotations

from guard.callstate import CallState, IdentificationLevel

CallContext = CallState

__all__ = ["CallContext", "CallState", "IdentificationLevel"]
