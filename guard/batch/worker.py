"""What a worker process holds: the engine, loaded once, and the function it runs over a chunk of records.

The engine costs ~1.5 s and ~300 MB to load, so it is built once per process by `start_worker`
(the pool initializer, or the parent itself with one worker), never per record or per chunk.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Any

from guard.batch.calls import CallOutcome, QaFunction, process_record
from guard.batch.records import Record

# BLAS / OpenMP pools inside the NER models would fight the other workers for the same cores.
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


@dataclass(frozen=True)
class WorkerSettings:
    """Everything a worker needs to build its engine; picklable, sent once per worker."""

    operator: str = "tag"
    key: bytes | None = None
    output_format: str = "jsonl"
    columns: tuple[str, ...] = ()
    with_qa: bool = False
    redact_fields: tuple[str, ...] = ()  # more fields redacted as free text ("summary", "turns[].note")


@dataclass
class ChunkResult:
    outcomes: list[CallOutcome]
    pid: int
    peak_rss_kb: int
    engine_ready_at: float  # time.time() when this worker's engine was loaded


@dataclass
class _Worker:
    redactor: Any
    settings: WorkerSettings
    qa_call: QaFunction | None
    ready_at: float


_worker: _Worker | None = None


def start_worker(settings: WorkerSettings, watch_parent: bool = False) -> None:
    """Load the engine into this process (once); `watch_parent`: exit if the parent process dies."""
    global _worker
    for variable in _ONE_THREAD:
        os.environ.setdefault(variable, "1")
    from guard.engine import Redactor

    qa_call = None
    if settings.with_qa:
        from guard.batch.report import load_qa

        qa_call = load_qa().qa_call
    _worker = _Worker(Redactor(settings.operator, key=settings.key), settings, qa_call, time.time())
    if watch_parent:
        _exit_with_parent()


def run_chunk(records: list[Record]) -> ChunkResult:
    if _worker is None:
        raise RuntimeError("start_worker() has not run in this process")
    settings = _worker.settings
    outcomes = [process_record(record, _worker.redactor, settings.output_format, settings.columns, _worker.qa_call,
                               settings.redact_fields)
                for record in records]
    return ChunkResult(outcomes, os.getpid(), peak_rss_kb(), _worker.ready_at)


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM), 0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _exit_with_parent() -> None:
    """After a `kill -9` of the parent nobody would ever stop an orphaned worker holding 300 MB."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="guard-batch-parent-watch", daemon=True).start()
