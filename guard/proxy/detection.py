"""Running the text engine off the event loop, within a time budget, failing closed — and not twice for one text.

Detection is CPU-bound (natasha, pattern recognizers: milliseconds per text, far more on a pathological one).
It runs off the event loop so the loop keeps serving other calls — on a small thread pool by default, or in
worker processes (`processes=N`, each with its own engine) so it does not hold the loop's GIL either — and each
request gets a budget: when the engine is over it, or raises, the caller gets `DetectionFailed` and must show
less — free text fully masked, `/v1/redact` answering 503 — never the unchecked text. Every detection passes
here, so this is where entities are counted and detection failures are counted as fail-closed events
(guard/metrics.py).

Results are remembered (guard/proxy/textcache.py): a customer's comments come back on every fetch of the card,
and a text already redacted is answered from memory without a hop to the pool. Only complete results are kept.
"""
from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, Sequence

from guard.metrics import Metrics
from guard.proxy.textcache import RedactedTextCache


class TextRedactor(Protocol):
    """What guard.Redactor offers: `redact(text)` -> result with `.text` and `.entities`."""

    def redact(self, text: str) -> Any: ...


class DetectionFailed(RuntimeError):
    """The engine did not finish within the budget or raised; the reason is ours, not the text's."""


@dataclass(frozen=True)
class Redacted:
    text: str
    entities: list[dict[str, Any]]


def redact_all(redactor: TextRedactor, texts: list[str]) -> list[Redacted]:
    """Each text through the engine; plain data back (it may cross a process boundary)."""
    out = []
    for text in texts:
        result = redactor.redact(text)
        out.append(Redacted(result.text, [entity.as_dict() for entity in result.entities]))
    return out


# --- worker processes -------------------------------------------------------------------------------
_WORKER_ENGINE: TextRedactor | None = None


def _load_worker_engine() -> None:
    """Process-pool initializer: each worker loads its own engine once, and pays the first call now."""
    global _WORKER_ENGINE
    from guard import Redactor

    _WORKER_ENGINE = Redactor()
    _WORKER_ENGINE.redact("Прогрев: Иванов Пётр, тел. 89161234567.")


def _redact_in_worker(texts: list[str]) -> list[Redacted]:
    assert _WORKER_ENGINE is not None, "worker started without its engine"
    return redact_all(_WORKER_ENGINE, texts)


def _worker_ready() -> bool:
    return _WORKER_ENGINE is not None


class BudgetedRedactor:
    """The engine behind a pool and a time budget. A job still queued when its budget ends is cancelled,
    so an overloaded proxy sheds detection work (and masks) instead of piling it up.

    `processes=0` (default): `redactor` runs on `threads` threads of this process. `processes=N`: N worker
    processes, each loading its own engine (guard.Redactor) at start; `redactor` is then not used for
    detection. `text_cache`: results already computed for a text are served from it."""

    def __init__(self, redactor: TextRedactor | None, *, budget_s: float, threads: int = 1, processes: int = 0,
                 metrics: Metrics | None = None, text_cache: RedactedTextCache[Redacted] | None = None) -> None:
        self.redactor = redactor
        self.budget_s = budget_s
        self.metrics = metrics or Metrics()
        self.text_cache: RedactedTextCache[Redacted] = text_cache if text_cache is not None else RedactedTextCache(0)
        self.processes = processes
        self._executor: Executor
        if processes > 0:
            # spawn: a fresh interpreter per worker, nothing inherited from the event loop's threads or sockets.
            self._executor = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_load_worker_engine)
            # Start every worker and load its engine now, not on a caller's first comment.
            for warm in [self._executor.submit(_worker_ready) for _ in range(processes)]:
                warm.result()
        else:
            self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="guard-detect")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def redact(self, text: str) -> Redacted:
        return (await self.redact_many([text]))[0]

    async def redact_many(self, texts: Sequence[str]) -> list[Redacted]:
        """All texts of one request in one job, so the budget covers the request, queueing included.
        Texts already in the cache are not sent to the pool."""
        results: dict[int, Redacted] = {}
        missing: list[str] = []
        for index, text in enumerate(texts):
            cached = self.text_cache.get(text)
            if cached is not None:
                results[index] = cached
            else:
                missing.append(text)
        if missing:
            computed = iter(await self._run_job(list(dict.fromkeys(missing))))
            fresh = {}
            for text in dict.fromkeys(missing):
                result = fresh[text] = next(computed)
                self.text_cache.put(text, result, size=len(text) + len(result.text))
            for index, text in enumerate(texts):
                if index not in results:
                    results[index] = fresh[text]
        out = [results[index] for index in range(len(texts))]
        for result in out:
            for entity in result.entities:
                self.metrics.entities.inc(entity["type"])
        return out

    async def _run_job(self, texts: list[str]) -> list[Redacted]:
        loop = asyncio.get_running_loop()
        if self.processes > 0:
            job = loop.run_in_executor(self._executor, _redact_in_worker, texts)
        else:
            job = loop.run_in_executor(self._executor, redact_all, self.redactor, texts)
        try:
            return await asyncio.wait_for(job, self.budget_s)
        except asyncio.TimeoutError:
            self.metrics.fail_closed.inc("detection_over_budget")
            raise DetectionFailed("detection did not finish within its time budget") from None
        except Exception:
            self.metrics.fail_closed.inc("detection_error")
            raise DetectionFailed("detection failed") from None


def count_types(entities: list[dict[str, Any]]) -> dict[str, int]:
    """{"PERSON": 2, ...}: what the audit may say about a text's entities."""
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity["type"]] = counts.get(entity["type"], 0) + 1
    return counts
