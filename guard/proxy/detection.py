"""Running the text engine off the event loop, within a time budget, failing closed.

Detection is CPU-bound (natasha, pattern recognizers: milliseconds per text, far more on a pathological one).
It runs on a small thread pool so the event loop keeps serving other calls, and each request gets a budget:
when the engine is over it, or raises, the caller gets `DetectionFailed` and must show less — free text fully
masked, `/v1/redact` answering 503 — never the unchecked text. Every detection passes here, so this is where
entities are counted and detection failures are counted as fail-closed events (guard/metrics.py).
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, Sequence

from guard.metrics import Metrics


class TextRedactor(Protocol):
    """What guard.Redactor offers: `redact(text)` -> result with `.text` and `.entities`."""

    def redact(self, text: str) -> Any: ...


class DetectionFailed(RuntimeError):
    """The engine did not finish within the budget or raised; the reason is ours, not the text's."""


@dataclass(frozen=True)
class Redacted:
    text: str
    entities: list[dict[str, Any]]


class BudgetedRedactor:
    """The engine behind a thread pool and a time budget. A job still queued when its budget ends is cancelled,
    so an overloaded proxy sheds detection work (and masks) instead of piling it up."""

    def __init__(self, redactor: TextRedactor, *, budget_s: float, threads: int = 1, metrics: Metrics | None = None) -> None:
        self.redactor = redactor
        self.budget_s = budget_s
        self.metrics = metrics or Metrics()
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="guard-detect")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def redact(self, text: str) -> Redacted:
        return (await self.redact_many([text]))[0]

    async def redact_many(self, texts: Sequence[str]) -> list[Redacted]:
        """All texts of one request in one job, so the budget covers the request, queueing included."""
        loop = asyncio.get_running_loop()
        job = loop.run_in_executor(self._executor, self._redact_all, list(texts))
        try:
            return await asyncio.wait_for(job, self.budget_s)
        except asyncio.TimeoutError:
            self.metrics.fail_closed.inc("detection_over_budget")
            raise DetectionFailed("detection did not finish within its time budget") from None
        except Exception:
            self.metrics.fail_closed.inc("detection_error")
            raise DetectionFailed("detection failed") from None

    def _redact_all(self, texts: list[str]) -> list[Redacted]:
        out = []
        for text in texts:
            result = self.redactor.redact(text)
            entities = [entity.as_dict() for entity in result.entities]
            for entity in entities:
                self.metrics.entities.inc(entity["type"])
            out.append(Redacted(result.text, entities))
        return out


def count_types(entities: list[dict[str, Any]]) -> dict[str, int]:
    """{"PERSON": 2, ...}: what the audit may say about a text's entities."""
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity["type"]] = counts.get(entity["type"], 0) + 1
    return counts
