"""Remembering redacted free text, so a comment the operator's screen fetches again is not run through the engine again.

A customer's CRM comments come back on every fetch of the card — at the start of a call, after identification,
on each refresh, on the next call — while the engine costs milliseconds per comment. The redaction of a text
is a pure function of the text (the engine sees nothing of the card or the call), so its result can be kept.

What is kept, and what is not:
- the key is a keyed BLAKE2b-256 digest of the text (BLAKE2's own MAC mode, one C call) under a key drawn at
  random when the process starts and never written anywhere: the cache holds no plain text and no unkeyed hash
  of it (a plain SHA-256 of a short comment or a phone number can be reversed by trying candidates; a keyed one
  cannot without the key, which dies with the process);
- the value is the redacted text and its entity spans (types and offsets, no values) — what the engine returned;
- nothing is persisted; the cache is bounded in entries and in characters held, least recently used out first;
- only complete results go in: a text the engine failed on, or did not finish within the budget, is not cached
  and is tried again next time (and masked meanwhile — guard/proxy/detection.py).

The cache decides nothing about who may see the text: the card policy still decides per request, in the
request's own call context, whether a comment is shown redacted, hidden or refused. A result is only ever
returned for the same text it was computed from (a 256-bit keyed digest; the text's length is checked too).
Other small answers about texts are remembered the same way (guard/proxy/scrub.py: whether a word is name-like).
If redaction ever depends on more than the text (say, the card's own names), that input must be passed as
`context` so it becomes part of the key.
"""
from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from typing import Generic, Hashable, TypeVar

Result = TypeVar("Result")

_SEPARATOR = b"\x00"


class RedactedTextCache(Generic[Result]):
    """A bounded LRU of redaction results keyed by a keyed digest of the input text; max_entries 0 turns it off.

    Thread-safe: the event loop reads it and the detection pool's callbacks may fill it."""

    def __init__(self, max_entries: int, max_chars: int = 20_000_000) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._key = secrets.token_bytes(32)  # per process, never stored or logged
        self._entries: OrderedDict[bytes, tuple[int, Result, int]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0

    def __len__(self) -> int:
        return len(self._entries)

    def digest(self, text: str, context: tuple[Hashable, ...] = ()) -> bytes:
        """Keyed BLAKE2b of the text (and of any other input the redaction depended on) under the process key."""
        mac = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key, digest_size=32)
        for part in context:
            mac.update(_SEPARATOR + repr(part).encode("utf-8", "surrogatepass"))
        return mac.digest()

    def get(self, text: str, context: tuple[Hashable, ...] = ()) -> Result | None:
        if not self.enabled:
            return None
        return self.get_digest(self.digest(text, context), len(text))

    def get_digest(self, digest: bytes, length: int) -> Result | None:
        """`get` by a digest from `digest` (and the text's length): a caller that may put what it does not find
        digests the text once."""
        with self._lock:
            entry = self._entries.get(digest)
            if entry is None or entry[0] != length:
                self.misses += 1
                return None
            self._entries.move_to_end(digest)
            self.hits += 1
            return entry[1]

    def put(self, text: str, result: Result, size: int | None = None, context: tuple[Hashable, ...] = ()) -> None:
        """Keep `result` for `text`; `size` is what it costs in characters (the text's length by default)."""
        if not self.enabled:
            return
        self.put_digest(self.digest(text, context), len(text), result, len(text) if size is None else size)

    def put_digest(self, digest: bytes, length: int, result: Result, cost: int) -> None:
        """`put` by a digest from `digest`, the text's length and what the entry costs in characters."""
        if not self.enabled or cost > self.max_chars:
            return
        with self._lock:
            old = self._entries.pop(digest, None)
            if old is not None:
                self._chars -= old[2]
            self._entries[digest] = (length, result, cost)
            self._chars += cost
            while self._entries and (len(self._entries) > self.max_entries or self._chars > self.max_chars):
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._chars -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._chars = 0
