"""Call sessions: what the proxy knows about one call, so identification is decided here, never on the operator's screen.

A session is created when a call starts (`POST /v1/calls`) and carries the identification level reached
so far, who the caller said they were (by full name or organization), the caller's gender, the facts the
caller stated correctly (`confirmed`), and failure counters. The counters are the guessing lock: a caller
who keeps trying names or numbers is guessing the owner's data (seeds 003, «Клиент пытается угадать данные
по номеру»), so after `max_identification_attempts` failures the call is locked at identification `none`,
and after `max_confirm_failures` wrong confirmations `confirm` answers `false` to everything.

The store is an interface with three async methods (create/get/update) so a shared store (Redis) can replace
the in-memory one when the proxy runs as several processes; the rules live in the functions below, not in
the store. Read-modify-write of one call is serialized by the caller (the proxy holds a per-call lock), so a
burst of parallel guesses cannot slip past the counters.
"""
from __future__ import annotations

import abc
import re
import secrets
import time
from dataclasses import dataclass, field, replace

IDENTIFICATION_NONE = "none"
IDENTIFICATION_PRIMARY = "primary"
IDENTIFICATION_ALTERNATIVE = "alternative"

_MSISDN_FORMS = re.compile(r"^(?:\+7|7|8)(\d{10})$")
_MSISDN_SEPARATORS = re.compile(r"[\s()\-]")


class InvalidMsisdn(ValueError):
    """The text is not a Russian mobile number; the message never repeats the text."""


def normalize_msisdn(raw: str) -> str:
    """'+7 916 123-45-67', '89161234567', '79161234567' -> '79161234567' (CONTRACTS §3: 11 digits, starting with 7)."""
    match = _MSISDN_FORMS.match(_MSISDN_SEPARATORS.sub("", raw.strip()))
    if not match:
        raise InvalidMsisdn("msisdn must be 11 digits starting with 7 (the +7 and 8 forms are accepted)")
    return "7" + match.group(1)


def new_call_id() -> str:
    """128 random bits: a call id is a capability (it carries the caller's identification), so it must not be guessable."""
    return "call-" + secrets.token_urlsafe(16)


@dataclass(frozen=True)
class CallSession:
    """The state of one call. Frozen: every change goes through `SessionStore.update` with a new value."""

    call_id: str
    msisdn: str
    operator_id: str
    created_at: float
    identification: str = IDENTIFICATION_NONE
    identified_by: str | None = None  # "full_name" | "organization" | None
    caller_gender: str = "unknown"
    confirmed: frozenset[str] = frozenset()
    identify_failures: int = 0
    confirm_failures: int = 0
    identification_locked: bool = False
    confirm_locked: bool = False


@dataclass(frozen=True)
class IdentifyOutcome:
    session: CallSession
    matched: bool


def record_identification(
    session: CallSession,
    *,
    method: str,
    matched: bool,
    identified_by: str | None,
    caller_gender: str,
    max_attempts: int,
) -> IdentifyOutcome:
    """Apply one identification attempt. A locked call stays at `none` whatever is said (seeds 003: guessing)."""
    if session.identification_locked:
        return IdentifyOutcome(session, matched=False)
    if matched:
        level = IDENTIFICATION_PRIMARY if method == IDENTIFICATION_PRIMARY else IDENTIFICATION_ALTERNATIVE
        # A weaker method never downgrades a call already identified by the primary one.
        if session.identification == IDENTIFICATION_PRIMARY and level == IDENTIFICATION_ALTERNATIVE:
            return IdentifyOutcome(replace(session, caller_gender=caller_gender), matched=True)
        updated = replace(session, identification=level, identified_by=identified_by, caller_gender=caller_gender)
        return IdentifyOutcome(updated, matched=True)
    failures = session.identify_failures + 1
    if failures >= max_attempts:
        # Locked: whatever was reached before is withdrawn, the caller is treated as unidentified.
        locked = replace(
            session,
            identify_failures=failures,
            identification_locked=True,
            identification=IDENTIFICATION_NONE,
            identified_by=None,
        )
        return IdentifyOutcome(locked, matched=False)
    return IdentifyOutcome(replace(session, identify_failures=failures), matched=False)


@dataclass(frozen=True)
class ConfirmOutcome:
    session: CallSession
    matches: bool


# Инструкция запретов, п. 5: a caller who states the federal number correctly may be told the city one, and back.
CONFIRMABLE_NUMBERS = frozenset({"msisdn", "city_number"})


def record_confirmation(session: CallSession, *, field: str, matches: bool, max_failures: int) -> ConfirmOutcome:
    """Apply one confirmation; a correct msisdn/city_number is remembered in `confirmed` for the policy."""
    if session.confirm_locked:
        return ConfirmOutcome(session, matches=False)
    if matches:
        confirmed = session.confirmed | {field} if field in CONFIRMABLE_NUMBERS else session.confirmed
        return ConfirmOutcome(replace(session, confirmed=confirmed), matches=True)
    failures = session.confirm_failures + 1
    return ConfirmOutcome(
        replace(session, confirm_failures=failures, confirm_locked=failures >= max_failures), matches=False
    )


class SessionStore(abc.ABC):
    """Where call sessions live. Small on purpose: a shared (e.g. Redis) store implements these three."""

    @abc.abstractmethod
    async def create(self, session: CallSession) -> None:
        """Store a new session; its call_id is fresh."""

    @abc.abstractmethod
    async def get(self, call_id: str) -> CallSession | None:
        """The session, or None when unknown or expired."""

    @abc.abstractmethod
    async def update(self, session: CallSession) -> None:
        """Replace the stored session with the same call_id."""


@dataclass
class InMemorySessionStore(SessionStore):
    """One process's sessions in a dict; expired ones are swept at most once a minute, as new calls arrive."""

    ttl_s: float = 4 * 3600
    _sessions: dict[str, CallSession] = field(default_factory=dict)
    _last_sweep: float = 0.0

    async def create(self, session: CallSession) -> None:
        now = time.time()
        if now - self._last_sweep > 60:
            self._last_sweep = now
            for call_id in [k for k, s in self._sessions.items() if now - s.created_at > self.ttl_s]:
                del self._sessions[call_id]
        self._sessions[session.call_id] = session

    async def get(self, call_id: str) -> CallSession | None:
        session = self._sessions.get(call_id)
        if session is None or time.time() - session.created_at > self.ttl_s:
            return None
        return session

    async def update(self, session: CallSession) -> None:
        if session.call_id in self._sessions:
            self._sessions[session.call_id] = session
