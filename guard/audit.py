"""The audit log: one record per decision, in SQLite, chained by SHA-256 so an edited or deleted row is detectable.

A record says what was decided and why — call id, operator id, route, which rules fired on which paths
with which action, refusals, identification attempts, fail-closed events — and never the values themselves
(152-FZ: the audit log must not become a second copy of the personal data it guards). Callers build records
from ids, rule names and counts only; `safe_path` and `route_template` strip anything value-like from the
paths and URLs they pass in.

Tamper evidence: each row stores `hash = sha256(prev_hash + canonical_json(record))`, where the record
includes its own sequence number and time. `verify()` recomputes the chain and names the first row that
does not fit. Truncating the newest rows cannot be seen from inside the file; publish the head hash
(`guard audit verify` prints it) somewhere else to cover that.

The proxy writes through `AuditWriter`: records queue up and one thread commits them in batches (group
commit), so the event loop never waits on disk, and each request still learns whether its record was
stored — if not, the request fails closed rather than serving data nobody could later account for.

Why not buffered writes flushed every N ms (issue 13): a response sent before its record is committed is data an
operator has seen that a crash in the next N ms leaves unaccounted for. Group commit gives the same batching under
load — the records of every request that arrived during one commit go in the next — without that window: a
response leaves only after its record is in the file. What it costs was measured with py-spy on `guard serve`
under 50 concurrent requests: 1-2% of the proxy's CPU (hashing, JSON, SQLite), the event loop only queueing a
record and awaiting its future. The file is in WAL mode with synchronous=NORMAL: a committed record survives the
process crashing; a power cut may lose the newest commits (never break the chain) — synchronous=FULL would cost an
fsync per batch.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import re
import secrets
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import orjson

from guard.logs import id_letters

GENESIS_HASH = "0" * 64

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    seq       INTEGER PRIMARY KEY,
    record    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
)
"""


# An operator id a client typed (auth off: POST /v1/calls names it) is the client's text, and it goes to the call
# store, the logs and every audit record of the call. It is kept as it is only when it is a plain code — a desk's
# prefix of at most 4 letters that reads as no name, then at most 6 digits ("op1021", "cc17"); anything else (an
# e-mail, a full name, a phone, a surname and digits: "melnikov123456", red team bb28) becomes a keyed pseudonym
# first. The key is per process: the same id reads the same within a process, no reader can turn it back. With
# auth on, the id is the authenticated identity's and is kept (the token or the gateway vouches for it).
PLAIN_OPERATOR_ID = re.compile(r"^([A-Za-z]{1,4})[-_]?[0-9]{1,6}$")
_OPERATOR_KEY = secrets.token_bytes(32)


def _reads_as_a_name(letters: str) -> bool:
    """Whether a code's letters read, in any Cyrillic reading of them, as a first name, a surname or a patronymic
    ("kim", "lev", "anna"): such a code names its operator (the stricter reading keeps it out of the records). The
    spellings a short name is typed in beside the usual table's ("ilya", "john", "emma", "ian": Илья, Джон, Эмма, Ян)
    are read too, and a prefix of 3 letters or more that is any word of the dictionary ("pak": Пак, a surname the
    dictionary knows only as a noun) is read as one (review of stop 53: a short prefix that is a name is a name)."""
    from guard.morph import parses
    from guard.recognizers.lexicon import latin_readings

    lowered = letters.lower()
    spelt = {lowered, _NAME_SPELLINGS.sub(lambda m: _NAME_LETTERS[m.group()], lowered)}
    spelt |= {re.sub(r"^e", "э", word) for word in spelt} | {re.sub(r"^ia", "я", word) for word in spelt}
    readings = {reading for word in spelt for reading in latin_readings(word)}
    readings |= {re.sub("(?<=[бвгдзклмнпрстфхцчшщ])(?=[яю])", "ь", reading) for reading in readings}  # Илья, Илюша
    return any({"Name", "Surn", "Patr"} & parse.tag.grammemes or len(letters) >= 3 and parse.is_known
               for reading in readings for parse in parses(reading))


# A short name's spellings the transliteration tables do not write: "ya"/"ia" (Илья), "yu" (Юля), "j" (Джон), an "h"
# left silent after a vowel ("john")
_NAME_LETTERS = {"ya": "я", "ia": "ия", "yu": "ю", "j": "дж", "oh": "o", "ah": "a"}
_NAME_SPELLINGS = re.compile("|".join(sorted(_NAME_LETTERS, key=len, reverse=True)))


def operator_pseudonym(operator_id: str) -> str:
    """A plain operator code as it is; any other id as `op-` and a keyed BLAKE2b of it (guard's id letters)."""
    plain = PLAIN_OPERATOR_ID.match(operator_id)
    if plain and not _reads_as_a_name(plain.group(1)):
        return operator_id
    digest = hashlib.blake2b(operator_id.encode("utf-8", "surrogatepass"), key=_OPERATOR_KEY, digest_size=10)
    return "op-" + id_letters(digest.digest())


class AuditUnavailable(RuntimeError):
    """The record could not be stored; whoever asked must not serve the decision it describes."""


def canonical_json(record: dict[str, Any]) -> str:
    """One spelling per record, so the hash depends on the content only: keys sorted, no spaces, non-ASCII as it is.
    orjson writes it (a tenth of the time, on the audit thread that shares the GIL with the event loop); the
    standard library, with the same spelling, writes what orjson will not (an integer past 64 bits). A record's hash
    is checked against its stored text (`verify`), never against a fresh spelling of it."""
    try:
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except TypeError:
        return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chain_hash(prev_hash: str, record_json: str) -> str:
    return hashlib.sha256((prev_hash + record_json).encode("utf-8")).hexdigest()


_PLAIN_KEY = re.compile(r"^(?!.*\d{3})[A-Za-z_][A-Za-z0-9_]*$")  # identifier-like, no run of 3+ digits
_INDEX = re.compile(r"^\[\d{1,3}\]$")  # a list position; a longer "index" may be a number smuggled in
_PATH_PARTS = re.compile(r"\[\d+\]|[^.\[]+")
# A whole path of plain keys and [i] (what nearly every card path is): already safe, returned as it is. A plain key
# is a letter or "_", then letters, "_" and digits with no run of 3 digits (a digit is never followed by two more);
# each part starts with its own character, and the runs are possessive: linear on any input (tests/test_redos.py).
_PLAIN_PART = r"[A-Za-z_](?:[A-Za-z_]|\d(?!\d\d))*+"
_SAFE_PATH = re.compile(rf"(?:{_PLAIN_PART}|\[\d++\])(?:\.{_PLAIN_PART}|\[\d++\])*+")


def safe_path(path: str) -> str:
    """A card path fit for the audit: identifier-like keys and [i] kept; any other key (it may be a value: a number,
    a name used as a key) -> '*'. Not memoized: a path may hold such a key, and no cache keeps one."""
    if _SAFE_PATH.fullmatch(path):
        return path
    parts = _PATH_PARTS.findall(path)
    out = []
    for part in parts:
        if _INDEX.match(part):
            out.append(part)
        else:
            out.append(("." if out else "") + (part if _PLAIN_KEY.match(part) else "*"))
    return "".join(out)


# Words of a CRM's and guard's own routes, kept in the audit's route; every other segment is written as "*".
ROUTE_WORDS = frozenset({
    "crm", "api", "v1", "v2", "v3", "rest", "healthz", "health", "metrics", "status", "calls", "identify", "confirm",
    "check", "customers", "customer", "clients", "client", "subscribers", "subscriber", "cards", "card", "note",
    "notes", "comments", "comment", "tickets", "ticket", "requests", "request", "orders", "order", "history",
    "details", "call_details", "calls_history", "payments", "payment", "balance", "services", "service", "tariffs",
    "tariff", "numbers", "number", "contracts", "contract", "accounts", "account", "documents", "document",
    "contacts", "contact", "owner", "profile", "search", "find", "lookup", "list", "info", "summary", "events",
    "interactions", "cases", "tasks", "files", "attachments",
})


def route_template(method: str, path: str) -> str:
    """'GET', '/crm/api/customers/79161234567?x=1' -> 'GET /crm/api/customers/*': no ids, numbers or query in the audit.

    A segment is kept only when it is a word of routes (ROUTE_WORDS): a segment of letters may be a name as well
    as a number may be a customer's (`/api/search/Zhuravleva-Inna`), and the audit must not hold either."""
    segments = path.split("?", 1)[0].split("/")
    kept = [seg if not seg or seg.lower() in ROUTE_WORDS else "*" for seg in segments]
    return f"{method.upper()} {'/'.join(kept)}"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    records: int
    head_hash: str
    first_broken_seq: int | None = None
    reason: str | None = None


class AuditLog:
    """The SQLite file. Not thread-safe: one writer thread (AuditWriter) or one CLI command uses it at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(_SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def append_many(self, records: Iterable[dict[str, Any]]) -> None:
        """Append records in one transaction, continuing the chain from whatever row is last in the file."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")  # also serializes several processes writing one file
        try:
            row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev_hash = (row[0], row[1]) if row else (0, GENESIS_HASH)
            rows = []
            for record in records:
                seq += 1
                text = canonical_json({**record, "seq": seq})
                digest = chain_hash(prev_hash, text)
                rows.append((seq, text, prev_hash, digest))
                prev_hash = digest
            conn.executemany("INSERT INTO audit (seq, record, prev_hash, hash) VALUES (?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def append(self, record: dict[str, Any]) -> None:
        self.append_many([record])

    def since(self, after_seq: int, limit: int) -> list[dict[str, Any]]:
        """Records with seq > after_seq, oldest first (the audit export pages through the log with these)."""
        rows = self._conn.execute(
            "SELECT record FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, limit)
        ).fetchall()
        return [json.loads(text) for (text,) in rows]

    def tail(self, n: int = 20) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT record FROM audit ORDER BY seq DESC LIMIT ?", (n,)).fetchall()
        return [json.loads(text) for (text,) in reversed(rows)]

    def verify(self) -> VerifyResult:
        """Recompute the chain from the first row; the first row that does not fit is reported."""
        prev_hash, expected_seq, count = GENESIS_HASH, 1, 0
        for seq, text, stored_prev, stored_hash in self._conn.execute(
            "SELECT seq, record, prev_hash, hash FROM audit ORDER BY seq"
        ):
            count += 1
            reason = None
            if seq != expected_seq:
                reason = f"sequence jumps from {expected_seq - 1} to {seq} (rows deleted)"
            elif stored_prev != prev_hash:
                reason = "prev_hash does not match the previous row (rows deleted or reordered)"
            elif chain_hash(prev_hash, text) != stored_hash:
                reason = "hash does not match the record (record edited)"
            else:
                try:
                    if json.loads(text).get("seq") != seq:
                        reason = "record's own sequence number differs from its row"
                except ValueError:
                    reason = "record is not JSON"
            if reason:
                return VerifyResult(False, count, prev_hash, first_broken_seq=seq, reason=reason)
            prev_hash, expected_seq = stored_hash, seq + 1
        return VerifyResult(True, count, prev_hash)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class AuditWriter:
    """Async front of AuditLog: `await record(...)` returns once the record is committed, or raises AuditUnavailable.

    Records that arrive while a commit is running are committed together in the next one, so under load the
    cost is one transaction per batch, not per request.
    """

    def __init__(self, path: str | Path, *, max_batch: int = 512) -> None:
        self.path = str(path)
        self._max_batch = max_batch
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard-audit")
        self._log: AuditLog | None = None
        self._queue: asyncio.Queue[tuple[dict[str, Any], asyncio.Future[None]]] | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue()
        try:
            await loop.run_in_executor(self._executor, self._open)
        except (sqlite3.Error, OSError):
            # Not fatal at start: every request will answer 503 until the file becomes writable.
            self._log = None
        self._task = asyncio.create_task(self._run(), name="guard-audit-writer")

    @property
    def ready(self) -> bool:
        """The file is open; a write may still fail later (then that request fails closed)."""
        return self._task is not None and self._log is not None

    async def record(self, kind: str, **fields: Any) -> None:
        """Store one record (`kind` plus fields: ids, rule names, counts — never values)."""
        if self._queue is None:
            raise AuditUnavailable("audit log is not running")
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(({"at": utc_now(), "kind": kind, **fields}, future))
        await future

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        if self._log is not None:
            await asyncio.get_running_loop().run_in_executor(self._executor, self._log.close)
        self._executor.shutdown(wait=True)

    def _open(self) -> None:
        """On the writer thread only (one worker), so no lock is needed."""
        if self._log is None:
            self._log = AuditLog(self.path)

    def _write(self, records: list[dict[str, Any]]) -> None:
        self._open()
        assert self._log is not None
        self._log.append_many(records)

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await loop.run_in_executor(self._executor, self._write, [record for record, _ in batch])
            except asyncio.CancelledError:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(AuditUnavailable("audit log is shutting down"))
                raise
            except Exception:  # any storage failure: the requests waiting on this batch fail closed
                for _, future in batch:
                    if not future.done():
                        future.set_exception(AuditUnavailable("audit log is not writable"))
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(None)
