"""JSON log lines on stderr: one object per line, fields a log pipeline can index, no personal data.

A line carries the time, level, logger, a fixed message and the request's ids — `request_id`, `call_id`,
`operator_id`, `route` (a template), `method`, `status`, `duration_ms` — passed as `extra={"fields": {...}}`.
Never a body, a header value other than those ids, a card value or an exception message (which may quote data):
callers log exception type names only. Ids that do not look like ours are replaced by "invalid" before logging,
so a crafted header cannot write a phone number into the log; a client's request id is replaced by a keyed hash
of it (`request_id_for`), and a call id is logged only once guard has found the call it names.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import sys
import threading
from datetime import datetime, timezone
from typing import Any

import orjson

CALL_ID = re.compile(r"^call-[A-Za-z0-9_-]{16,64}$")
REQUEST_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
# Not guard.document.DIGITS: only a run long enough to be a value (five digits or more) makes an id unfit for a log
_DIGIT_RUN = re.compile(r"\d{5,}")


# guard's ids are spelled in 16 consonants, one per half-byte: no digit (a digit run is what a phone number smuggled
# into an id looks like; "gt32vowf...": lowercase base32 reads as an IBAN whose key checks once in ~3,000 ids, and
# "pin7z54..." as a PIN), no vowel (no word, no name: mixed-case URL-safe ids, "Kf-l-KvnE", "WNAM", read as names
# about once in a thousand). 60,000 such ids in a log line: none read as personal data by the detector.
_ID_LETTERS = str.maketrans("0123456789abcdef", "bcdfghjkmnpqrstv")


def id_letters(raw: bytes) -> str:
    """`raw` spelled in guard's id alphabet: two consonants a byte."""
    return raw.hex().translate(_ID_LETTERS)


def random_token(nbytes: int) -> str:
    """A random token of `nbytes` bytes in guard's id alphabet (`id_letters`): an id guard makes must pass its own
    checks — `safe_id` and the detector that proves logs hold no personal data."""
    return id_letters(secrets.token_bytes(nbytes))


# A per-process key for request ids: the client's X-Request-Id is never logged, echoed or sent to the CRM as it
# is (letters and dashes spell a name: "Zhuravleva-Inna-Olegovna"); what it becomes is a keyed hash of it —
# the same client id gives the same guard id within a process, so a client can still correlate, yet no
# reader of a log, a header or the CRM learns the client's text.
_REQUEST_ID_KEY = secrets.token_bytes(32)


def request_id_for(client_value: str | None) -> str:
    """The request id guard logs, echoes and sends upstream: always guard's own. A client's X-Request-Id (any
    text) becomes a keyed BLAKE2b of it in guard's id alphabet (stable per client value, so a client can still
    correlate); none gets a fresh id."""
    if client_value:
        digest = hashlib.blake2b(client_value.encode("utf-8", "surrogatepass"), key=_REQUEST_ID_KEY, digest_size=12)
        return id_letters(digest.digest())
    return new_request_id()


def new_request_id() -> str:
    """A fresh request id (96 random bits in guard's id alphabet)."""
    return random_token(12)


def safe_id(value: str | None, pattern: re.Pattern[str]) -> str | None:
    """The id if it has our shape, "invalid" otherwise (it may be anything a client sent), None when absent."""
    if value is None:
        return None
    return value if pattern.match(value) and not _DIGIT_RUN.search(value) else "invalid"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update({key: value for key, value in fields.items() if value is not None})
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__  # the type only: messages and tracebacks quote data
        try:  # orjson: the same compact UTF-8 line in a fraction of the time (one line per request)
            return orjson.dumps(line).decode("utf-8")
        except TypeError:  # what orjson will not write (an integer past 64 bits): the standard library does
            return json.dumps(line, ensure_ascii=False, separators=(",", ":"), default=str)


class BatchingStreamHandler(logging.StreamHandler):
    """Log lines collected and written to the stream together: one write per batch instead of one write (a system
    call on a pipe) per request line — the access log costs the proxy ~5% of its CPU otherwise (issue 13).

    Lines are written at the latest every `interval_s` (a daemon thread), at once for WARNING and above, when
    `max_lines` have gathered, and when logging shuts down (logging's atexit flush)."""

    def __init__(self, stream: Any = None, *, interval_s: float = 0.2, max_lines: int = 512) -> None:
        super().__init__(stream)
        self.max_lines = max_lines
        self._lines: list[str] = []
        self._stopping = threading.Event()
        self._flusher = threading.Thread(target=self._flush_every, args=(interval_s,), name="guard-log-flush",
                                         daemon=True)
        self._flusher.start()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        with self.lock:  # an RLock: logging already holds it around emit
            self._lines.append(line)
            if record.levelno >= logging.WARNING or len(self._lines) >= self.max_lines:
                self._write_out()

    def flush(self) -> None:
        with self.lock:
            self._write_out()

    def close(self) -> None:
        self._stopping.set()
        self.flush()
        super().close()

    def _write_out(self) -> None:
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        try:
            self.stream.write("\n".join(lines) + "\n")
            self.stream.flush()
        except Exception:  # a closed or broken stream must not take the request down with it
            pass

    def _flush_every(self, interval_s: float) -> None:
        while not self._stopping.wait(interval_s):
            self.flush()


def configure_logging(level: str = "INFO", stream: Any = None) -> None:
    """Route every `guard.*` logger to one JSON handler (idempotent): on stderr, lines written in batches
    (BatchingStreamHandler); on a `stream` given by the caller (tests, tools), each line as it comes."""
    # No line reads the thread's or the process's name or id: not looked up for each record (the access log writes a
    # line per request; the logging HOWTO's "Optimization").
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logger = logging.getLogger("guard")
    for handler in list(logger.handlers):
        if getattr(handler, "_guard_json", False):
            logger.removeHandler(handler)
            handler.close()
    handler = logging.StreamHandler(stream) if stream is not None else BatchingStreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler._guard_json = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level.upper())
