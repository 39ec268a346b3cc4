"""Call sessions: what the proxy knows about one call, so identification is decided here, never on the operator's screen.

A session is created when a call starts (`POST /v1/calls`) and carries the identification level reached
so far, who the caller said they were (by full name or organization), the caller's gender, the facts the
caller stated correctly (`confirmed`), and failure counters. The counters are the guessing lock: a caller
who keeps trying names or numbers is guessing the owner's data (seeds 003, «Клиент пытается угадать данные
по номеру»), so after `max_identification_attempts` failures the call is locked at identification `none`,
and after `max_confirm_failures` wrong confirmations `confirm` answers `false` to everything. Those are per call;
the limits that hold across calls, per customer number and per operator, are guard/proxy/limits.py. A session is
the one call state (guard/callstate.py), the type the card policy and the speech checker read as well.

The store is an interface (create/get/update/transact) with two implementations: `InMemorySessionStore` for
one process, `RedisSessionStore` (GUARD_SESSION_STORE=redis://...) shared by every replica, so a call opened on
one pod can be identified on another. The rules live in the functions below, not in the stores. A change to
a session goes through `transact(call_id, change)`, which applies the pure `change` atomically — in Redis with
WATCH/MULTI, retried when another process wrote the session in between — so two processes taking guesses at
the same call cannot both count from the same number of failures (no fourth guess). Counting after the
comparison was not enough (red team bb28): two replicas' guesses in flight at once both read the count before
either was recorded, and both were compared. So an attempt is reserved first (`reserve_attempt`: counted as a
failure in one transact before the card is compared; none left, nothing is compared) and the answer settles it
(`record_identification` / `record_confirmation` with `reserved=True`: a right answer gives the count back; an
attempt given up before anything was compared, `release_attempt`).
"""
from __future__ import annotations

import abc
import hashlib
import json
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Callable, Protocol, TypeVar

from guard.callstate import CallState, IdentificationLevel
from guard.logs import random_token
from guard.recognizers.phone import parse_msisdn

IDENTIFICATION_NONE = IdentificationLevel.NONE
IDENTIFICATION_PRIMARY = IdentificationLevel.PRIMARY
IDENTIFICATION_ALTERNATIVE = IdentificationLevel.ALTERNATIVE



class InvalidMsisdn(ValueError):
    """The text is not a Russian mobile number; the message never repeats the text."""


def normalize_msisdn(raw: str) -> str:
    """'+7 916 123-45-67', '89161234567', '79161234567' -> '79161234567' (docs/interfaces.md §3: 11 digits, starting with 7)."""
    number = parse_msisdn(raw)  # recognizers/phone.py: the one definition of a phone number
    if number is None:
        raise InvalidMsisdn("msisdn must be 11 digits starting with 7 (the +7 and 8 forms are accepted)")
    return number


def new_call_id() -> str:
    """128 random bits: a call id is a capability (it carries the caller's identification), so it must not be guessable."""
    return "call-" + random_token(16)


# The session is the one call state (guard/callstate.py), the same type the policy and the checker read.
CallSession = CallState


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
    owner: str | None = None,
    reserved: bool = False,
) -> IdentifyOutcome:
    """Apply one identification attempt. A locked call stays at `none` whatever is said (seeds 003: guessing).
    `owner` is the digest of whose card the attempt was compared with: an identification holds for that owner only.
    `reserved`: the attempt was counted as a failure before the comparison (`reserve_attempt`): a match gives the count
    back, a failure is not counted again."""
    if session.identification_locked:
        return IdentifyOutcome(session, matched=False)
    if reserved:
        session = release_attempt(session, IDENTIFY).session
    if matched:
        level = IDENTIFICATION_PRIMARY if method == IDENTIFICATION_PRIMARY else IDENTIFICATION_ALTERNATIVE
        # The later identification decides: it is the caller on the line now. An alternative one after a primary
        # one brings the call to `alternative` (п. 6: no last 4 digits under it), and the gender it heard counts
        # like any other (red team bb8, 14: "male" at the primary, "female" at the alternative kept the digits).
        # Either way the call shows no more than before.
        gender, heard = heard_gender(session, caller_gender)
        updated = replace(session, identification=level, identified_by=identified_by, caller_gender=gender,
                          gender_heard=heard, identified_owner=owner, caller_changed=False)
        return IdentifyOutcome(updated, matched=True)
    failures = session.identify_failures + 1
    # A failed identification after a matched one: whoever is on the line now did not prove to be the identified
    # caller — the same one mistyping, or someone else (red team bb13, 15: another name, a woman's voice after the
    # owner's). Fail closed: what was identified and confirmed is withdrawn, and the operator identifies again. The
    # gender it heard counts (one call's genders together); a gender other than the identified caller's is another
    # person: the call is marked `caller_changed`, as a handover is.
    _, heard = heard_gender(session, caller_gender)
    if session.identification != IDENTIFICATION_NONE:
        other = caller_gender in _KNOWN_GENDERS and session.caller_gender in _KNOWN_GENDERS \
            and caller_gender != session.caller_gender
        session = replace(withdrawn(session), gender_heard=heard, caller_changed=session.caller_changed or other)
    if failures >= max_attempts:
        # Locked: whatever was reached before is withdrawn, the caller is treated as unidentified.
        locked = replace(
            session,
            identify_failures=failures,
            identification_locked=True,
            identification=IDENTIFICATION_NONE,
            identified_by=None,
            identified_owner=None,
        )
        return IdentifyOutcome(locked, matched=False)
    return IdentifyOutcome(replace(session, identify_failures=failures), matched=False)


def record_caller_change(session: CallSession) -> IdentifyOutcome:
    """The caller's side said someone else is on the line now ("передаю трубку жене", "я не владелец, я его сосед":
    the client hint `speaker-changed`, guard/proxy/calls.py). What was identified and confirmed was the earlier
    caller's: withdrawn, the call is at `none` again (fail closed) and the new caller is identified afresh. The
    genders heard stay (one call, its callers' genders together: no last 4 digits once both were heard) and so do the
    failure counters and locks (guessing is not reset by a handover). Until the new caller is identified the call is
    marked `caller_changed`: the DE name on the card is the earlier caller's, not one to address this one by."""
    return IdentifyOutcome(replace(withdrawn(session), caller_changed=True), matched=False)


def withdrawn(session: CallSession) -> CallSession:
    """The session with what its caller proved withdrawn: identification, how and whose, the caller's gender and the
    numbers confirmed (п. 5) — the genders heard, the counters and the locks stay."""
    return replace(session, identification=IDENTIFICATION_NONE, identified_by=None, identified_owner=None,
                   caller_gender="unknown", confirmed=frozenset(), confirmed_values=frozenset())


def record_call_end(session: CallSession) -> IdentifyOutcome:
    """The operator opened another call: this one is over (an operator speaks with one caller at a time). What was
    identified and confirmed on it is withdrawn and it stays `ended` — whoever reads the card with its id now sees
    what an unidentified caller's call shows (red team bb17, 22: the next caller on the same number, or another
    customer, inherited the earlier call's identification)."""
    return IdentifyOutcome(replace(withdrawn(session), ended=True), matched=False)


def _operator_key(operator_id: str) -> str:
    """The store's key of an operator's current call: a digest, never the operator's id itself."""
    return hashlib.sha256(operator_id.encode("utf-8")).hexdigest()[:32]


def heard_gender(session: CallSession, said: str) -> tuple[str, str]:
    """The caller's gender after another matched identification in the same call, and every gender the call's
    identifications have heard so far ("male", "female", "both" or "unknown").

    One caller, one gender: once the call's identifications have heard both genders, the caller's gender is unknown
    for the rest of the call (no last 4 digits, item 6) — else an operator who heard "female" could identify again as
    "male" (or first as "unknown", then as "male") and read a man's number's last digits to a woman. While they
    agree, the gender said last stands."""
    heard = session.gender_heard
    if said in _KNOWN_GENDERS and heard != said:
        heard = said if heard == "unknown" else "both"
    return ("unknown" if heard == "both" else said), heard


_KNOWN_GENDERS = frozenset({"male", "female"})


@dataclass(frozen=True)
class ConfirmOutcome:
    session: CallSession
    matches: bool


# Инструкция запретов, п. 5: a caller who states the federal number correctly may be told the city one, and back.
CONFIRMABLE_NUMBERS = frozenset({"msisdn", "city_number"})


def record_confirmation(session: CallSession, *, field: str, matches: bool, max_failures: int,
                        value_digest: str | None = None, reserved: bool = False) -> ConfirmOutcome:
    """Apply one confirmation; a correct msisdn/city_number is remembered in `confirmed` for the policy, bound to
    `value_digest` (the keyed digest of the number stated): without one nothing is remembered. `reserved`: counted
    as a failure before the comparison (`reserve_attempt`), as in record_identification."""
    if session.confirm_locked:
        return ConfirmOutcome(session, matches=False)
    if reserved:
        session = release_attempt(session, CONFIRM).session
    if matches:
        if field not in CONFIRMABLE_NUMBERS or value_digest is None:
            return ConfirmOutcome(session, matches=True)
        return ConfirmOutcome(replace(session, confirmed=session.confirmed | {field},
                                      confirmed_values=session.confirmed_values | {value_digest}), matches=True)
    failures = session.confirm_failures + 1
    return ConfirmOutcome(
        replace(session, confirm_failures=failures, confirm_locked=failures >= max_failures), matches=False
    )


IDENTIFY, CONFIRM = "identify", "confirm"
_FAILURES = {IDENTIFY: ("identify_failures", "identification_locked"), CONFIRM: ("confirm_failures", "confirm_locked")}


@dataclass(frozen=True)
class AttemptReservation:
    session: CallSession
    reserved: bool


def reserve_attempt(session: CallSession, kind: str, max_attempts: int) -> AttemptReservation:
    """Reserve-then-compare (red team bb28): one attempt of `kind` ("identify", "confirm") counted as a failure before
    the card is compared, so attempts in flight at once — on one replica or several sharing a Redis store — never
    compare more than the call's `max_attempts`; the answer gives the count back when right (`reserved=True` to
    record_identification / record_confirmation). Not reserved when the call is locked or its attempts are all in
    flight or spent: nothing is compared, the attempt is answered as a wrong one."""
    count, locked = _FAILURES[kind]
    if getattr(session, locked) or getattr(session, count) >= max_attempts:
        return AttemptReservation(session, reserved=False)
    return AttemptReservation(replace(session, **{count: getattr(session, count) + 1}), reserved=True)


def release_attempt(session: CallSession, kind: str) -> AttemptReservation:
    """Give a reserved attempt back: nothing was compared, or the guess was right."""
    count, _ = _FAILURES[kind]
    return AttemptReservation(replace(session, **{count: max(0, getattr(session, count) - 1)}), reserved=False)


class SessionStoreUnavailable(RuntimeError):
    """The shared store cannot be reached or keeps conflicting; the request fails (503), it never guesses a session."""


class _HasSession(Protocol):
    session: CallSession


Outcome = TypeVar("Outcome", bound=_HasSession)


class SessionStore(abc.ABC):
    """Where call sessions live. Small on purpose: a shared (Redis) store implements these four."""

    @abc.abstractmethod
    async def create(self, session: CallSession) -> None:
        """Store a new session; its call_id is fresh."""

    @abc.abstractmethod
    async def get(self, call_id: str) -> CallSession | None:
        """The session, or None when unknown or expired."""

    @abc.abstractmethod
    async def update(self, session: CallSession) -> None:
        """Replace the stored session with the same call_id."""

    @abc.abstractmethod
    async def transact(self, call_id: str, change: Callable[[CallSession], Outcome]) -> Outcome | None:
        """Apply `change` to the current session atomically and store `outcome.session`; None when unknown/expired.

        `change` is pure and may run more than once (a conflicting write elsewhere means it runs again on the new value).
        """

    async def replace_current(self, operator_id: str, call_id: str) -> str | None:
        """Make `call_id` the operator's current call; the call that was current before, or None."""
        raise NotImplementedError

    async def ping(self) -> bool:
        """Whether the store answers (GET /readyz)."""
        return True

    async def close(self) -> None:
        """Release connections."""


@dataclass
class InMemorySessionStore(SessionStore):
    """One process's sessions in a dict; expired ones are swept at most once a minute, as new calls arrive."""

    ttl_s: float = 4 * 3600
    _sessions: dict[str, CallSession] = field(default_factory=dict)
    _last_sweep: float = 0.0
    _current: dict[str, str] = field(default_factory=dict)  # operator key -> the operator's current call id

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

    async def replace_current(self, operator_id: str, call_id: str) -> str | None:
        key = _operator_key(operator_id)
        before = self._current.get(key)
        self._current[key] = call_id
        return before

    async def transact(self, call_id: str, change: Callable[[CallSession], Outcome]) -> Outcome | None:
        session = await self.get(call_id)  # no await between read and write below: atomic on the event loop
        if session is None:
            return None
        outcome = change(session)
        self._sessions[call_id] = outcome.session
        return outcome


def session_to_json(session: CallSession) -> str:
    data = asdict(session)
    data["identification"] = session.identification.value
    data["confirmed"] = sorted(session.confirmed)
    data["confirmed_values"] = sorted(session.confirmed_values)
    data.pop("today", None)  # a session always decides on the day it is read
    return json.dumps(data, separators=(",", ":"))


def session_from_json(text: str | bytes) -> CallSession:
    data: dict[str, Any] = json.loads(text)
    data["confirmed"] = frozenset(data.get("confirmed") or ())
    data["confirmed_values"] = frozenset(data.get("confirmed_values") or ())
    return CallSession(**data)


class RedisSessionStore(SessionStore):
    """Sessions in Redis under `guard:call:<id>`, each with a TTL of `ttl_s` from its creation; needs guard[redis].

    Every Redis failure becomes SessionStoreUnavailable (503): without the store the proxy cannot know a
    call's identification, so it answers nothing rather than falling back to a guess.
    """

    KEY_PREFIX = "guard:call:"
    MAX_RETRIES = 50

    def __init__(self, url: str, *, ttl_s: float, socket_timeout_s: float = 2.0) -> None:
        try:
            import redis.asyncio as redis_asyncio
            from redis.exceptions import RedisError, WatchError
        except ImportError:
            raise SessionStoreUnavailable("a redis:// session store needs the redis package: pip install 'guard[redis]'") from None
        self.ttl_s = ttl_s
        self._errors = RedisError
        self._conflict = WatchError
        self._redis = redis_asyncio.Redis.from_url(
            url, socket_timeout=socket_timeout_s, socket_connect_timeout=socket_timeout_s, decode_responses=False
        )

    def _key(self, call_id: str) -> str:
        return self.KEY_PREFIX + call_id

    @property
    def client(self) -> Any:
        """The redis.asyncio client, shared with the guessing limits (guard/proxy/limits.py); closed by `close`."""
        return self._redis

    def _expired(self, session: CallSession) -> bool:
        return time.time() - session.created_at > self.ttl_s

    async def create(self, session: CallSession) -> None:
        try:
            await self._redis.set(self._key(session.call_id), session_to_json(session), ex=max(1, int(self.ttl_s)), nx=True)
        except self._errors:
            raise SessionStoreUnavailable("session store is unreachable") from None

    async def get(self, call_id: str) -> CallSession | None:
        try:
            raw = await self._redis.get(self._key(call_id))
        except self._errors:
            raise SessionStoreUnavailable("session store is unreachable") from None
        if raw is None:
            return None
        session = session_from_json(raw)
        return None if self._expired(session) else session

    async def update(self, session: CallSession) -> None:
        try:
            await self._redis.set(self._key(session.call_id), session_to_json(session), xx=True, keepttl=True)
        except self._errors:
            raise SessionStoreUnavailable("session store is unreachable") from None

    async def transact(self, call_id: str, change: Callable[[CallSession], Outcome]) -> Outcome | None:
        key = self._key(call_id)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                for _ in range(self.MAX_RETRIES):
                    try:
                        await pipe.watch(key)
                        raw = await pipe.get(key)
                        if raw is None or self._expired(session_from_json(raw)):
                            await pipe.unwatch()
                            return None
                        outcome = change(session_from_json(raw))
                        pipe.multi()
                        pipe.set(key, session_to_json(outcome.session), xx=True, keepttl=True)
                        await pipe.execute()
                        return outcome
                    except self._conflict:
                        continue  # another process wrote this call in between: apply the change to its value
        except self._errors:
            raise SessionStoreUnavailable("session store is unreachable") from None
        raise SessionStoreUnavailable("session store kept conflicting on one call")

    async def replace_current(self, operator_id: str, call_id: str) -> str | None:
        try:
            before = await self._redis.set("guard:operator:" + _operator_key(operator_id), call_id,
                                           ex=max(1, int(self.ttl_s)), get=True)
        except self._errors:
            raise SessionStoreUnavailable("session store is unreachable") from None
        return before.decode("ascii", "replace") if isinstance(before, bytes) else before

    async def ping(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except self._errors:
            return False

    async def close(self) -> None:
        await self._redis.aclose()


def open_session_store(url: str, *, ttl_s: float) -> SessionStore:
    """GUARD_SESSION_STORE: 'memory' or a redis:// URL."""
    if url == "memory":
        return InMemorySessionStore(ttl_s=ttl_s)
    return RedisSessionStore(url, ttl_s=ttl_s)
