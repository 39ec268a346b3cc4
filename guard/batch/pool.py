"""An ordered parallel map over records, with a bounded amount of work in flight.

Not `Pool.imap`: its feeder thread drains the input iterator as fast as it can, so a 5 GB export
would end up in memory. Here at most `workers * IN_FLIGHT_PER_WORKER` chunks are submitted and
results come back in input order. ProcessPoolExecutor rather than Pool because a worker killed by
the OOM killer raises BrokenProcessPool instead of hanging the job. Workers are forked before any
thread starts (3.11's executor launches them all up front for "fork") and load the engine in the
initializer. With one worker there is no pool: the parent loads the engine and does the work itself.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator

from guard.batch.records import Record
from guard.batch.worker import ChunkResult, WorkerSettings, run_chunk, start_worker

IN_FLIGHT_PER_WORKER = 4


def chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def redact_in_order(records: Iterable[Record], settings: WorkerSettings, workers: int,
                    chunk_size: int = 8) -> Iterator[ChunkResult]:
    """Chunk results in input order, computed by `workers` processes each holding one engine."""
    if workers <= 1:
        start_worker(settings)
        for chunk in chunks(records, chunk_size):
            yield run_chunk(chunk)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker,
                             initargs=(settings, True)) as pool:
        pending: deque[Future] = deque()
        try:
            for chunk in chunks(records, chunk_size):
                pending.append(pool.submit(run_chunk, chunk))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
