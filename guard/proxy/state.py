"""What one running proxy holds: settings, the loaded policy and text engine, the upstream pool, sessions, audit."""
from __future__ import annotations

import asyncio
import hashlib
import weakref
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

from guard.audit import AuditWriter
from guard.config import Settings
from guard.metrics import Metrics
from guard.policy import CardPolicy
from guard.proxy.cardwork import CardWork
from guard.proxy.detection import BudgetedRedactor
from guard.proxy.filtering import CardSecretsCache, DecisionCache
from guard.proxy.limits import GuessLimiter, open_limiter
from guard.proxy.textcache import RedactedTextCache
from guard.sessions import SessionStore


@dataclass
class ProxyState:
    settings: Settings
    audit: AuditWriter
    sessions: SessionStore
    policy: CardPolicy | None = None  # loaded at startup when create_app was not given one
    detector: BudgetedRedactor | None = None
    client: aiohttp.ClientSession | None = None
    decisions: DecisionCache = field(default_factory=lambda: DecisionCache(0))
    card_secrets: CardSecretsCache = field(default_factory=lambda: CardSecretsCache(0))
    # The customer numbers each text writes (forward.written_msisdns): keyed BLAKE2b of the text, in memory only.
    written_numbers: RedactedTextCache[tuple[str, ...]] = field(default_factory=lambda: RedactedTextCache(0))
    metrics: Metrics = field(default_factory=Metrics)
    # The one thread a big answer's decision runs in beside the event loop (guard/proxy/cardwork.py; bb25, f03).
    card_work: CardWork = None  # type: ignore[assignment]  # built from the settings (__post_init__)
    limiter: GuessLimiter | None = None  # built on first use, beside the session store (guard/proxy/limits.py)
    _owner_key: bytes | None = None
    _call_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = field(default_factory=weakref.WeakValueDictionary)

    def __post_init__(self) -> None:
        if self.card_work is None:
            self.card_work = CardWork.of(self.settings)

    def call_lock(self, call_id: str) -> asyncio.Lock:
        """One lock per live call: identify/confirm read, decide and write a session without interleaving."""
        lock = self._call_locks.get(call_id)
        if lock is None:
            lock = asyncio.Lock()
            self._call_locks[call_id] = lock
        return lock

    def owner_key(self) -> bytes:
        """The key of the digest that binds a call's identification to the owner it matched (guard/proxy/calls.py):
        the deployment's token key when there is one, so every replica reading a Redis session computes the same."""
        if self._owner_key is None:
            secret = self.settings.auth_secret() or b"guard call owner"
            self._owner_key = hashlib.sha256(b"guard:owner:" + secret).digest()
        return self._owner_key

    def guesses(self) -> GuessLimiter:
        """The guessing limits across calls, per customer number and per operator."""
        if self.limiter is None:
            self.limiter = open_limiter(self.settings, self.sessions)
        return self.limiter


STATE = web.AppKey("guard_state", ProxyState)
