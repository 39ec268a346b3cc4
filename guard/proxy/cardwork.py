"""How much work one CRM answer may cost the proxy, and where a big one's work runs (red team bb25, f03).

`max_text_chars` bounds one string; it does not bound how many there are. A card of 20,000 short comments (~1.5 MB)
is each string small and the whole answer seconds of reading — the customer numbers its comments write, the
policy's walk, the card's hidden values, the card-aware scrub — and that reading ran on the event loop, where every
other operator's request and `/healthz` waited for it. Two rules, one per kind of cost:

- *A budget on an answer's size* (`CardSize`, measured once, before anything reads the answer): its strings, its
  keys and their characters together (`max_card_strings`, `max_card_keys`, `max_card_chars`; its nesting is
  `max_json_depth`). An answer over it is withheld whole (502), as one nested too deep is: nothing of it reaches
  the screen, so nothing it would have masked can. The budget is far above any card the CRM's screens show (the
  bundled cards: ~40 strings; a customer with a long history: hundreds).
- *A big answer read beside the loop* (`CardWork`): within the budget but past `card_off_loop_items` strings and
  keys, or `card_off_loop_chars` characters, the synchronous steps of its decision run in one thread while the loop
  answers everyone else (the thread holds the GIL at most a switch interval at a time). One thread: big answers
  are read one after another, so no card's secrets (and their memo of what they scrubbed) are read by two at once;
  the caches they share with the loop's requests lock (guard/proxy/textcache.py, filtering.CardSecretsCache). An
  ordinary card is read on the loop, exactly as before: a thread hop would cost it more than its reading.
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Protocol, TypeVar

from guard.config import Settings

Result = TypeVar("Result")

@dataclass(frozen=True)
class CardSize:
    """What an answer holds that its reading costs: its strings (values), its keys, and their characters together.
    Counted up to just past the largest budget (`size_of`): an answer far over it is not walked to its end."""

    strings: int = 0
    keys: int = 0
    chars: int = 0

    def over(self, settings: Settings) -> str | None:
        """The measure this answer is over its budget in ("strings", "keys", "characters"), or None. A name, never a
        value or a count of the answer's."""
        if self.strings > settings.max_card_strings:
            return "strings"
        if self.keys > settings.max_card_keys:
            return "keys"
        if self.chars > settings.max_card_chars:
            return "characters"
        return None


def text_bound(text: str) -> CardSize:
    """What a JSON text's answer holds at most, read off the text in two C passes: every string and key is written
    between two quotes, and none is longer than the text (escapes and character references only shorten one)."""
    quoted = text.count('"') // 2
    return CardSize(quoted, quoted, len(text))


def size_of(value: Any, settings: Settings) -> CardSize:
    """The size of a parsed JSON answer (or a "key: value" export read as fields): every string value and every key,
    at any depth, and their characters — what will be read: a string longer than `max_text_chars` is withheld unread
    (its mask shown, forward._long_texts_withheld; red team bb22, f11), so its characters count for nothing. Stops once
    a measure is past its budget (then `over` names it)."""
    strings = keys = chars = 0
    stack = [value]
    max_strings, max_keys, max_chars = settings.max_card_strings, settings.max_card_keys, settings.max_card_chars
    longest = settings.max_text_chars
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings += 1
            chars += len(item) if len(item) <= longest else 0
        elif isinstance(item, dict):
            keys += len(item)
            for key in item:
                if isinstance(key, str) and len(key) <= longest:
                    chars += len(key)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        if strings > max_strings or keys > max_keys or chars > max_chars:
            break
    return CardSize(strings, keys, chars)


class Runner(Protocol):
    def __call__(self, work: Callable[..., Result], *args: Any) -> Awaitable[Result]: ...


async def on_the_loop(work: Callable[..., Result], *args: Any) -> Result:
    """An ordinary answer's step: run where the request is, as it always was."""
    return work(*args)


class CardWork:
    """The one thread big answers are decided in (see the module's docstring). Ordinary cards (the bundled ones, the
    realistic bench's with 1-3 comments) hold 60-120 strings and keys and a few thousand characters; 1,000 short
    strings cost the loop ~0.1-0.3 s on two shared cores (bb25 f03: 3,000 comments, ~2-4 s)."""

    def __init__(self, off_loop_items: int = 1_000, off_loop_chars: int = 50_000) -> None:
        self.off_loop_items = off_loop_items
        self.off_loop_chars = off_loop_chars
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard-cardwork")
        self.jobs = 0

    @classmethod
    def of(cls, settings: Settings) -> "CardWork":
        return cls(settings.card_off_loop_items, settings.card_off_loop_chars)

    def big(self, size: CardSize) -> bool:
        """Whether an answer of this size (or of at most this size) is decided beside the loop rather than on it."""
        return size.strings + size.keys > self.off_loop_items or size.chars > self.off_loop_chars

    def runner(self, size: CardSize) -> Runner:
        """How the steps of an answer of this size are run: in this thread when it is big, else on the loop."""
        return self.beside_the_loop if self.big(size) else on_the_loop

    async def beside_the_loop(self, work: Callable[..., Result], *args: Any) -> Result:
        self.jobs += 1
        return await asyncio.get_running_loop().run_in_executor(self._executor, work, *args)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
