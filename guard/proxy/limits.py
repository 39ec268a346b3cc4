"""Guessing limits across calls: per customer number, per card owner and per operator, shared by every replica.

A per-call lock (guard/sessions.py) is not enough: a new call for the same number starts from zero, so a
surname or a passport series falls to a script that opens a fresh call every few guesses (issue 10, item 3;
seeds 003, «Клиент пытается угадать данные по номеру»). Here every guess — an identification attempt, a
confirmation, an operator utterance checked against a call — takes a slot from the customer number's budget and
the operator's; each is counted over `guess_window_s`. An identification or a confirmation (which read the card
first) is also counted against the card owner's budget (red team bb8, 21: a customer's second number is the same
birth date), but for the auditor only: since red team bb16 (02, 03) a spent owner's budget refuses nothing and shows
in no answer and no metric, because anything it changed would tell the line whether two numbers share an owner
(Инструкция запретов, п. 8) — and would lock the real owner out. A guess that turns out right (or a check
that names no personal data) gives its slot back, so the legitimate flow costs nothing. The guess that finds
a budget spent is refused before anything is compared, and the number or the operator is locked out for
`guess_lockout_s`: 429 with a reason and Retry-After, an audit record, a metric.

One more budget counts no guess but what a fetch can tell: whether a card's comments came back hidden says whether
some comment names one of the hidden values the card-aware scrub looks for (guard/proxy/filtering.py, comments_alike),
and whoever writes comments into the CRM chooses what each fetch asks (red team bb22, f01). `comment_sets_over`
counts each distinct set of comment texts an operator is shown of a customer (and, across operators, of the customer)
within `comment_sets_window_s`; past the limit every comment text is hidden whatever it says, so the bit no longer
answers. A refresh of unchanged comments is the same set and costs nothing.

Slots are taken before the comparison, atomically (a Lua script in Redis, the event loop in memory), so
parallel requests on many replicas cannot all slip under the limit. Customer numbers are never stored as
they are: keys hold a keyed hash of the number, and of the owner's keyed digest (guard/proxy/calls.py).
"""
from __future__ import annotations

import abc
import hashlib
import hmac
import json
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

from guard.config import Settings
from guard.sessions import RedisSessionStore, SessionStore, SessionStoreUnavailable

# What is being guessed: identify (a name, an organization, alternative facts), confirm (one card value),
# check (an operator utterance naming personal data in a call).
KINDS = ("identify", "confirm", "check")
SCOPES = ("number", "owner", "operator")

_REASONS = {
    "number": "too many failed guesses about this customer number; it is locked for a while",
    "owner": "too many failed guesses about this customer; their numbers are locked for a while",
    "operator": "too many failed guesses by this operator; further attempts are locked for a while",
}


@dataclass(frozen=True)
class Budget:
    scope: str      # number | owner | operator; comments-operator | comments-customer (comment_sets_over)
    key: str        # a keyed hash of the number, the card's owner or the operator id
    limit: int
    lockout_s: float


@dataclass(frozen=True)
class Reservation:
    """Slots taken for one guess; `refund` gives them back when the guess was right."""

    kind: str
    budgets: tuple[Budget, ...]


class GuessingLocked(Exception):
    """The guess was refused before any comparison: a budget is spent (or was just spent by this guess)."""

    def __init__(self, scope: str, kind: str, retry_after_s: float) -> None:
        super().__init__(_REASONS[scope])
        self.scope = scope
        self.kind = kind
        self.retry_after_s = retry_after_s

    @property
    def reason(self) -> str:
        return _REASONS[self.scope]

    def response(self) -> web.Response:
        """429 with the reason, the scope and the kind — no number, no name — and Retry-After in seconds."""
        seconds = max(1, math.ceil(self.retry_after_s))
        return web.json_response({"error": self.reason, "locked": self.scope, "kind": self.kind,
                                  "retry_after_s": seconds}, status=429, headers={"Retry-After": str(seconds)})


class LimitStore(abc.ABC):
    """Counters and lock-outs; `take` is atomic over all the budgets it is given."""

    @abc.abstractmethod
    async def take(self, kind: str, budgets: tuple[Budget, ...], window_s: float) -> GuessingLocked | None:
        """Take one slot from every budget, or none: the first locked (or now spent) budget is returned."""

    @abc.abstractmethod
    async def give_back(self, kind: str, budgets: tuple[Budget, ...]) -> None:
        """Return one slot to every budget (a right guess)."""

    @abc.abstractmethod
    async def add_distinct(self, budgets: tuple[Budget, ...], item: str, window_s: float) -> bool:
        """Count `item` (a keyed digest) once in every budget's set of distinct items, each set forgotten `window_s`
        after its first item; True when some budget holds more distinct items than its limit (then nothing is
        added: a spent budget stays spent until its window ends, whatever comes)."""



@dataclass
class _Count:
    used: int
    window_ends: float


@dataclass
class _Distinct:
    items: set[str]
    window_ends: float


@dataclass
class InMemoryLimitStore(LimitStore):
    """One process's budgets. Atomic on the event loop: no await between reading and writing."""

    clock: Callable[[], float] = time.monotonic
    _counts: dict[tuple[str, str, str], _Count] = field(default_factory=dict)
    _locks: dict[tuple[str, str], float] = field(default_factory=dict)
    _distinct: dict[tuple[str, str], _Distinct] = field(default_factory=dict)

    def _sweep(self, now: float) -> None:
        if len(self._counts) > 100_000:
            self._counts = {key: count for key, count in self._counts.items() if count.window_ends > now}
        if len(self._locks) > 100_000:
            self._locks = {key: until for key, until in self._locks.items() if until > now}
        if len(self._distinct) > 100_000:
            self._distinct = {key: seen for key, seen in self._distinct.items() if seen.window_ends > now}

    async def take(self, kind: str, budgets: tuple[Budget, ...], window_s: float) -> GuessingLocked | None:
        now = self.clock()
        self._sweep(now)
        for budget in budgets:
            until = self._locks.get((budget.scope, budget.key), 0.0)
            if until > now:
                return GuessingLocked(budget.scope, kind, until - now)
        counts = []
        for budget in budgets:
            count = self._counts.get((kind, budget.scope, budget.key))
            if count is None or count.window_ends <= now:
                count = _Count(0, now + window_s)
            counts.append(count)
        for budget, count in zip(budgets, counts):
            if count.used >= budget.limit:
                self._locks[(budget.scope, budget.key)] = now + budget.lockout_s
                self._counts.pop((kind, budget.scope, budget.key), None)
                return GuessingLocked(budget.scope, kind, budget.lockout_s)
        for budget, count in zip(budgets, counts):
            count.used += 1
            self._counts[(kind, budget.scope, budget.key)] = count
        return None

    async def give_back(self, kind: str, budgets: tuple[Budget, ...]) -> None:
        for budget in budgets:
            count = self._counts.get((kind, budget.scope, budget.key))
            if count is not None and count.used > 0:
                count.used -= 1

    async def add_distinct(self, budgets: tuple[Budget, ...], item: str, window_s: float) -> bool:
        now = self.clock()
        self._sweep(now)
        sets = []
        for budget in budgets:
            seen = self._distinct.get((budget.scope, budget.key))
            if seen is None or seen.window_ends <= now:
                seen = _Distinct(set(), now + window_s)
            if len(seen.items) > budget.limit:
                return True
            sets.append(seen)
        over = False
        for budget, seen in zip(budgets, sets):
            seen.items.add(item)
            self._distinct[(budget.scope, budget.key)] = seen
            over = over or len(seen.items) > budget.limit
        return over


# KEYS: per budget its counter and its lock. ARGV: window ms, then per budget its limit and lock-out ms.
# Returns {0, 0} when every slot was taken, else {budget index (1-based), ms until the lock ends}.
_TAKE = """
local n = #KEYS / 2
for b = 1, n do
  local left = redis.call('PTTL', KEYS[2 * b])
  if left > 0 then return {b, left} end
end
for b = 1, n do
  local used = tonumber(redis.call('GET', KEYS[2 * b - 1]) or '0')
  if used >= tonumber(ARGV[2 * b]) then
    redis.call('SET', KEYS[2 * b], '1', 'PX', ARGV[2 * b + 1])
    redis.call('DEL', KEYS[2 * b - 1])
    return {b, tonumber(ARGV[2 * b + 1])}
  end
end
for b = 1, n do
  if redis.call('INCR', KEYS[2 * b - 1]) == 1 then redis.call('PEXPIRE', KEYS[2 * b - 1], ARGV[1]) end
end
return {0, 0}
"""
_GIVE_BACK = """
for b = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[b]) or '0')
  if used > 0 then redis.call('DECR', KEYS[b]) end
end
return 0
"""

# KEYS: per budget its set of distinct items. ARGV: window ms, the item, then per budget its limit.
# Returns 1 when some budget holds more items than its limit (a spent one: nothing added), else 0.
_ADD_DISTINCT = """
for b = 1, #KEYS do
  if redis.call('SCARD', KEYS[b]) > tonumber(ARGV[2 + b]) then return 1 end
end
local over = 0
for b = 1, #KEYS do
  if redis.call('SADD', KEYS[b], ARGV[2]) == 1 then
    local size = redis.call('SCARD', KEYS[b])
    if size == 1 then redis.call('PEXPIRE', KEYS[b], ARGV[1]) end
    if size > tonumber(ARGV[2 + b]) then over = 1 end
  end
end
return over
"""


class RedisLimitStore(LimitStore):
    """Budgets in Redis under `guard:guess:*`, shared by every replica; any Redis failure refuses the guess (503)."""

    PREFIX = "guard:guess:"

    def __init__(self, client: Any) -> None:
        """`client`: the session store's redis.asyncio client (one pool per process; the sessions close it)."""
        from redis.exceptions import RedisError

        self._errors = RedisError
        self._redis = client
        self._take = self._redis.register_script(_TAKE)
        self._give_back = self._redis.register_script(_GIVE_BACK)
        self._add_distinct = self._redis.register_script(_ADD_DISTINCT)

    def _count_key(self, kind: str, budget: Budget) -> str:
        return f"{self.PREFIX}count:{kind}:{budget.scope}:{budget.key}"

    def _lock_key(self, budget: Budget) -> str:
        return f"{self.PREFIX}lock:{budget.scope}:{budget.key}"

    async def take(self, kind: str, budgets: tuple[Budget, ...], window_s: float) -> GuessingLocked | None:
        keys: list[str] = []
        args: list[int] = [max(1, int(window_s * 1000))]
        for budget in budgets:
            keys += [self._count_key(kind, budget), self._lock_key(budget)]
            args += [budget.limit, max(1, int(budget.lockout_s * 1000))]
        try:
            index, left_ms = await self._take(keys=keys, args=args)
        except self._errors:
            raise SessionStoreUnavailable("guessing limits store is unreachable") from None
        if int(index) == 0:
            return None
        return GuessingLocked(budgets[int(index) - 1].scope, kind, int(left_ms) / 1000)

    async def give_back(self, kind: str, budgets: tuple[Budget, ...]) -> None:
        try:
            await self._give_back(keys=[self._count_key(kind, budget) for budget in budgets])
        except self._errors:
            raise SessionStoreUnavailable("guessing limits store is unreachable") from None

    async def add_distinct(self, budgets: tuple[Budget, ...], item: str, window_s: float) -> bool:
        keys = [f"{self.PREFIX}distinct:{budget.scope}:{budget.key}" for budget in budgets]
        args: list[Any] = [max(1, int(window_s * 1000)), item] + [budget.limit for budget in budgets]
        try:
            return bool(int(await self._add_distinct(keys=keys, args=args)))
        except self._errors:
            raise SessionStoreUnavailable("guessing limits store is unreachable") from None


def keyed_digest(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 of `data` under `key`, its first 128 bits in hex, written once: the guessing budgets' keys here and
    the call state's digests of owners, guessed owners and stated numbers (guard/proxy/calls.py)."""
    return hmac.digest(key, data, "sha256").hex()[:32]


class GuessLimiter:
    """The budgets of the settings, over one store: `reserve` before comparing, `refund` when the guess was right."""

    def __init__(self, settings: Settings, store: LimitStore) -> None:
        self.settings = settings
        self.store = store
        secret = settings.auth_secret() or b"guard guessing limits"
        self._key = hashlib.sha256(b"guard:guess:" + secret).digest()

    def _keyed(self, text: str) -> str:
        return keyed_digest(self._key, text.encode("utf-8"))

    def budgets(self, kind: str, *, msisdn: str, operator_id: str, owners: tuple[str, ...] = ()) -> tuple[Budget, ...]:
        """The number's, the owner's (when the card was read: `owners` are its keyed digests, guard/proxy/calls.py
        guessed_owners) and the operator's budget. An owner's has the number's limit: a customer with a second
        number is the same customer, and the same hidden birth date (red team bb8, 21)."""
        s = self.settings
        limits = {
            "identify": (s.guess_limit_identify_per_number, s.guess_limit_identify_per_operator),
            "confirm": (s.guess_limit_confirm_per_number, s.guess_limit_confirm_per_operator),
            "check": (s.guess_limit_check_per_number, s.guess_limit_check_per_operator),
        }[kind]
        customer = [Budget("number", self._keyed(msisdn), limits[0], s.guess_lockout_s)]
        customer += [Budget("owner", self._keyed("owner:" + owner), limits[0], s.guess_lockout_s) for owner in owners]
        return (*customer, Budget("operator", self._keyed(operator_id), limits[1], s.guess_lockout_s))

    async def reserve(self, kind: str, *, msisdn: str, operator_id: str) -> Reservation:
        """One slot from the number's and the operator's budgets of `kind`; raises GuessingLocked when refused. These
        two are the only budgets that decide an answer (red team bb16, 02-03: see `count_owner`)."""
        budgets = self.budgets(kind, msisdn=msisdn, operator_id=operator_id)
        refused = await self.store.take(kind, budgets, self.settings.guess_window_s)
        if refused is not None:
            raise refused
        return Reservation(kind, budgets)

    async def count_owner(self, kind: str, owners: tuple[str, ...]) -> tuple[Reservation, bool]:
        """One slot of the card owner's budgets (`owners`: guard/proxy/calls.guessed_owners), counted for the auditor
        only, and whether they were already spent. A spent owner's budget refuses nothing and changes no answer, no
        status and no metric: whatever it changed would differ by whether two numbers share an owner — the very
        thing Инструкция запретов, п. 8 keeps from the line (red team bb16, 02: a metric moved; 03: a right name
        answered as a wrong one, which also locked the real owner out). The guessing that reaches the line is bounded
        by the number's, the call's and the operator's budgets (seeds 003: guessing "по номеру")."""
        budgets = tuple(budget for budget in self.budgets(kind, msisdn="", operator_id="", owners=owners)
                        if budget.scope == "owner")
        if not budgets:
            return Reservation(kind, ()), False
        refused = await self.store.take(kind, budgets, self.settings.guess_window_s)
        return (Reservation(kind, ()), True) if refused is not None else (Reservation(kind, budgets), False)

    async def comment_sets_over(self, *, operator_id: str, customers: tuple[str, ...], comments: Any) -> bool:
        """Count this set of comments (`comments`: the CRM's value, any JSON) once for the operator and each customer
        the answer is about, and for each customer across operators; True when a budget is spent (then the caller
        hides every comment text, whatever they say). Whether a card's comments come back hidden tells one bit a
        fetch — some comment names a hidden value — and a writer of comments chooses what each fetch asks (red team
        bb22, f01): so only a new set of comments costs, and a refresh of the same set costs nothing. The set is read
        as its comments' canonical JSON, sorted (a CRM that reorders them asks nothing new), under the limits' key:
        no text, no number, no operator id is stored. Any failure of the store answers True (fail closed)."""
        s = self.settings
        try:
            item = self._keyed("comments:" + json.dumps(sorted(
                json.dumps(comment, ensure_ascii=False, sort_keys=True)
                for comment in (comments if isinstance(comments, list) else [comments])), ensure_ascii=False))
            budgets = tuple(budget for customer in dict.fromkeys(customers) for budget in (
                Budget("comments-operator", self._keyed(f"{operator_id}\x00{customer}"),
                       s.comment_sets_per_operator, s.comment_sets_window_s),
                Budget("comments-customer", self._keyed(customer), s.comment_sets_per_customer,
                       s.comment_sets_window_s)))
            return not budgets or await self.store.add_distinct(budgets, item, s.comment_sets_window_s)
        except Exception:  # noqa: BLE001 — the accounting failing hides the comments, it never shows them
            return True

    async def refund(self, *reservations: Reservation) -> None:
        for reservation in reservations:
            if reservation.budgets:
                await self.store.give_back(reservation.kind, reservation.budgets)



def open_limiter(settings: Settings, sessions: SessionStore) -> GuessLimiter:
    """Budgets live beside the sessions: in this process for the memory store, in the same Redis (and over the
    same connections) for a redis:// store, so every replica counts against one budget."""
    if isinstance(sessions, RedisSessionStore):
        return GuessLimiter(settings, RedisLimitStore(sessions.client))
    return GuessLimiter(settings, InMemoryLimitStore())
