"""CPU-bound work of a request run off the event loop, within a time budget, failing closed.

`/v1/check` is pure CPU (patterns, lemmas, the card's values): milliseconds for an utterance, seconds for a
pathological 30 KB one. Run inline it stalls every other request, `/healthz` included (issue 10, item 11). Here it
runs on its own small pool; past the budget the request gets a 503 with a reason and no verdict (a check that did
not finish approves nothing). A job still queued when its budget ends is cancelled, so an overloaded proxy sheds
checks instead of piling them up — the same contract as the detection pool (guard/proxy/detection.py).
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

from guard.metrics import Metrics
from guard.proxy.errors import unavailable

Result = TypeVar("Result")


class BudgetedPool:
    def __init__(self, *, budget_s: float, threads: int = 1, name: str = "guard-check",
                 metrics: Metrics | None = None) -> None:
        self.budget_s = budget_s
        self.name = name
        self.metrics = metrics or Metrics()
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)

    async def __call__(self, work: Callable[..., Result], *args: Any) -> Result:
        job = asyncio.get_running_loop().run_in_executor(self._executor, work, *args)
        try:
            return await asyncio.wait_for(job, self.budget_s)
        except asyncio.TimeoutError:
            self.metrics.fail_closed.inc(f"{self.name}_over_budget")
            raise unavailable("the check did not finish within its time budget; nothing was checked") from None

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
