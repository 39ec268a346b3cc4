"""Running the text engine off the event loop, within a time budget, failing closed — and not twice for one text.

Detection is CPU-bound (natasha, pattern recognizers: milliseconds per text, far more on a pathological one).
It runs off the event loop so the loop keeps serving other calls — on a small thread pool by default, or in
worker processes (`processes=N`, each with its own engine, driven from the loop by `WorkerPool`: no thread of
this process takes part) so it does not hold the loop's GIL either — and each
request gets a budget: when the engine is over it, or raises, the caller gets `DetectionFailed` and must show
less — free text fully masked, `/v1/redact` answering 503 — never the unchecked text. Every detection passes
here, so this is where entities are counted and detection failures are counted as fail-closed events
(guard/metrics.py).

Results are remembered (guard/proxy/textcache.py): a customer's comments come back on every fetch of the card,
and a text already redacted is answered from memory without a hop to the pool. Only complete results are kept.

The texts of one request that are not remembered go to the engine in one call (`redact_texts`): joined with a
blank line between them, analysed once, the spans cut back per text. The engine's cost per call (documents,
recognizer set-up) is paid once per card instead of once per comment — about half the engine time of a card
with 2-3 comments. A span that crosses from one text into the next is masked in both (the operator sees less).
"""
from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
from bisect import bisect_right
from collections import deque
from concurrent.futures import BrokenExecutor, Executor, Future, InvalidStateError, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Callable, Protocol, Sequence

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


def redact_one(redactor: TextRedactor, text: str) -> Redacted:
    """One text through the engine; plain data back (it may cross a process boundary)."""
    result = redactor.redact(text)
    return Redacted(result.text, [entity.as_dict() for entity in result.entities])


# Between the texts of one engine call: a paragraph break, which ends a sentence for the segmenter.
BATCH_SEPARATOR = "\n\n"


def redact_texts(redactor: TextRedactor, texts: Sequence[str]) -> list[Redacted]:
    """Several texts in one engine call, each with its own result, as `redact_one` would give it.

    Only for an engine that tags (guard.Redactor's default operator, what the proxy loads) and offers `analyze`;
    any other goes text by text. A span crossing a separator is cut at it and masked on both sides."""
    analyze = getattr(redactor, "analyze", None)
    if len(texts) < 2 or analyze is None or getattr(redactor, "operator", None) != "tag":
        return [redact_one(redactor, text) for text in texts]
    entities = analyze(BATCH_SEPARATOR.join(texts))
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(BATCH_SEPARATOR)
    # Each entity goes to the texts it overlaps only (found by bisection), in the engine's order within each text: a
    # card of thousands of comments with thousands of entities was split in texts x entities steps, holding the GIL.
    local: list[list[dict[str, Any]]] = [[] for _ in texts]
    for entity in entities:
        k = max(bisect_right(starts, entity.start) - 1, 0)
        while k < len(texts) and starts[k] < entity.end:
            start, end = max(entity.start - starts[k], 0), min(entity.end - starts[k], len(texts[k]))
            if end > start:
                local[k].append({**entity.as_dict(), "start": start, "end": end})
            k += 1
    return [Redacted(_tagged(text, spans), spans) for text, spans in zip(texts, local)]


def _tagged(text: str, entities: list[dict[str, Any]]) -> str:
    """Each span replaced by <TYPE>, as the engine's `tag` operator does (spans sorted, never overlapping)."""
    pieces, last = [], 0
    for entity in sorted(entities, key=lambda e: e["start"]):
        if entity["start"] < last:  # overlapping spans (not expected from the engine): merge into the previous tag
            last = max(last, entity["end"])
            continue
        pieces.append(text[last:entity["start"]])
        pieces.append(f"<{entity['type']}>")
        last = entity["end"]
    pieces.append(text[last:])
    return "".join(pieces)


# --- worker processes -------------------------------------------------------------------------------
_WORKER_ENGINE: TextRedactor | None = None


def _load_worker_engine() -> None:
    """In a worker process, at its start: its own engine, loaded once, the first call paid now."""
    global _WORKER_ENGINE
    from guard import Redactor

    _WORKER_ENGINE = Redactor()
    _WORKER_ENGINE.redact("Прогрев: Иванов Пётр, тел. 89161234567.")


def _redact_texts_in_worker(texts: Sequence[str]) -> list[Redacted]:
    assert _WORKER_ENGINE is not None, "worker started without its engine"
    return redact_texts(_WORKER_ENGINE, texts)


def _worker_main(conn: Connection) -> None:
    """A worker process: load the engine, say so, then answer one batch of texts at a time until the pipe closes.
    An engine error goes back as its class name only (an exception's message may quote the text)."""
    _load_worker_engine()
    conn.send(_READY)
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):  # the proxy closed the pipe, or died
            return
        try:
            answer: tuple[bool, Any] = (True, _redact_texts_in_worker(texts))
        except Exception as error:  # noqa: BLE001 - reported as failed, fail closed in the proxy
            answer = (False, type(error).__name__)
        conn.send(answer)


_READY = "ready"
# Jobs sent to a worker at once: the one it runs and the next (the stdlib pool queues one more than its workers too).
PIPELINE = 2
# The most characters a job sent to a busy worker may hold: 4 bytes a character at most, well inside a pipe's 64 KB.
QUEUED_TEXT_CHARS = 8_000


class WorkerLost(BrokenExecutor):
    """A worker process died (killed, out of memory) or its pipe broke; the pool takes no more work."""


class EngineError(RuntimeError):
    """The engine raised in a worker; only the exception's class name crosses back."""


@dataclass
class _Worker:
    process: Any  # multiprocessing's Process (spawn context)
    conn: Connection
    ready: bool = False
    jobs: "deque[Future[Any]]" = field(default_factory=deque)  # sent, answered in order


class WorkerPool(Executor):
    """Worker processes, each with its own engine, driven from the event loop: no thread in this process.

    concurrent.futures.ProcessPoolExecutor hands each job over through two threads of its own (a manager and a
    queue feeder) and a wake-up pipe: on a busy 2-core machine py-spy found ~18% of the proxy process's samples in
    that hand-off, mostly threads waiting for the GIL (docs/proxy-speed.md). Here a job is pickled onto a
    worker's pipe by the loop itself, and the answer read when the loop sees the pipe readable. A worker holds at
    most PIPELINE jobs (the one it runs and the next); the rest wait in this process, where a job nobody waits for
    any more can still be cancelled.

    Only `submit(_redact_texts_in_worker, texts)` is offered: the one call the detector makes. A worker that dies
    fails the job it held with `WorkerLost` and breaks the pool, as the stdlib pool does; the detector then
    starts a new one."""

    def __init__(self, processes: int, *, newest_first_after_s: float | None = None) -> None:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing inherited from the loop
        self._workers: list[_Worker] = []
        for _ in range(processes):
            parent, child = context.Pipe(duplex=True)
            process = context.Process(target=_worker_main, args=(child,), daemon=True, name="guard-detect")
            process.start()
            child.close()  # the worker's end lives in the worker only: its death is an EOF here
            self._workers.append(_Worker(process, parent))
        self._pending: deque[tuple[Future[Any], Sequence[str], float]] = deque()  # job, texts, queued at
        self._newest_first_after_s = newest_first_after_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._broken = False
        self._shutdown = False

    @property
    def _processes(self) -> dict[int, Any]:
        """pid -> process, as ProcessPoolExecutor names it."""
        return {worker.process.pid: worker.process for worker in self._workers}

    def wait_ready(self) -> None:
        """Block until every worker has loaded its engine (at start-up, off the event loop)."""
        for worker in self._workers:
            if not worker.ready:
                try:
                    worker.ready = worker.conn.recv() == _READY
                except (EOFError, OSError):
                    self._broken = True

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> "Future[Any]":
        """On the event loop: queue one batch (`fn` must be `_redact_texts_in_worker`) and start it if a worker is
        free. Raises WorkerLost when a worker has died."""
        if fn is not _redact_texts_in_worker or kwargs or len(args) != 1:
            raise TypeError("WorkerPool runs _redact_texts_in_worker(texts) only")
        if self._broken:
            raise WorkerLost("a detection worker died")
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        self._attach(asyncio.get_running_loop())
        job: Future[Any] = Future()
        self._pending.append((job, args[0], time.monotonic()))
        self._dispatch()
        return job

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._loop is loop:
            return
        if self._loop is not None and not self._loop.is_closed():
            for worker in self._workers:
                self._loop.remove_reader(worker.conn.fileno())
        self._loop = loop
        for worker in self._workers:
            if not worker.conn.closed:
                loop.add_reader(worker.conn.fileno(), self._answered, worker)

    def _dispatch(self) -> None:
        """Idle workers first, then one more job each: a worker that finishes starts its next job at once instead of
        waiting for this loop to read its answer (on a loaded machine the loop may be slow to)."""
        for depth in range(PIPELINE):
            for worker in self._workers:
                if not self._pending or self._broken:
                    return
                if len(worker.jobs) > depth or not worker.ready or worker.conn.closed:
                    continue
                while self._pending:
                    entry = self._next_pending()
                    job, texts, _ = entry
                    if depth and sum(map(len, texts)) > QUEUED_TEXT_CHARS and not job.cancelled():
                        # A busy worker reads its next job only when it is done: a message larger than the pipe
                        # holds would block the loop until then. It waits here for an idle worker instead.
                        self._pending.appendleft(entry)
                        return
                    if not job.set_running_or_notify_cancel():
                        continue  # cancelled while it waited: never run
                    worker.jobs.append(job)
                    try:
                        worker.conn.send(texts)
                    except (OSError, ValueError):  # the worker is gone
                        self._lost(worker)
                    break

    def _next_pending(self) -> tuple[Future[Any], Sequence[str], float]:
        """The oldest job — unless it has waited past `newest_first_after_s`: then the backlog is longer than the
        workers clear within a request's budget, and the newest job goes first (adaptive LIFO). In order, every
        job would wait out most of its budget behind the others and many would finish just too late (their
        comments masked); newest first, the jobs run finish in time, and the oldest, which would have missed their
        budget anyway, are cancelled unrun when it ends."""
        while len(self._pending) > 1 and self._pending[0][0].cancelled():
            self._pending.popleft()
        oldest = self._pending[0]
        if self._newest_first_after_s is not None and time.monotonic() - oldest[2] > self._newest_first_after_s:
            return self._pending.pop()
        return self._pending.popleft()

    def _answered(self, worker: _Worker) -> None:
        """On the event loop, when a worker's pipe is readable: its answer, its readiness, or its death."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._lost(worker)
            return
        if message == _READY:
            worker.ready = True
        elif worker.jobs:
            job = worker.jobs.popleft()
            ok, value = message
            _settle(job, value if ok else None, None if ok else EngineError(f"the engine raised {value}"))
        if self._shutdown:
            if not worker.jobs:
                self._close_worker(worker)
        else:
            self._dispatch()

    def _lost(self, worker: _Worker) -> None:
        self._broken = True
        self._close_worker(worker)
        while worker.jobs:
            _settle(worker.jobs.popleft(), None, WorkerLost("a detection worker died"))
        while self._pending:  # nothing queued here will run on a broken pool
            queued = self._pending.popleft()[0]
            if queued.set_running_or_notify_cancel():
                _settle(queued, None, WorkerLost("a detection worker died"))

    def _close_worker(self, worker: _Worker) -> None:
        if worker.conn.closed:
            return
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(worker.conn.fileno())
        worker.conn.close()  # an idle worker reads EOF and exits
        if not worker.process.is_alive():
            worker.process.join(0)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shutdown = True
        if cancel_futures:
            while self._pending:
                self._pending.popleft()[0].cancel()
        for worker in self._workers:
            if not worker.jobs or self._loop is None or self._loop.is_closed():
                self._close_worker(worker)
                if worker.process.is_alive():
                    worker.process.terminate()  # a job still running, with no loop left to read its answer
            # a worker still running a job is closed when its answer comes in (_answered)
        if wait:
            for worker in self._workers:
                worker.process.join(5)


class BudgetedRedactor:
    """The engine behind a pool and a time budget. A job still queued when its budget ends is cancelled,
    so an overloaded proxy sheds detection work (and masks) instead of piling it up.

    `processes=0` (default): `redactor` runs on `threads` threads of this process. `processes=N`: N worker
    processes, each loading its own engine (guard.Redactor) at start; `redactor` is then not used for
    detection. `text_cache`: results already computed for a text are served from it."""

    def __init__(self, redactor: TextRedactor | None, *, budget_s: float, threads: int = 1, processes: int = 0,
                 metrics: Metrics | None = None, text_cache: RedactedTextCache[Redacted] | None = None,
                 backlog: int = 0) -> None:
        self.redactor = redactor
        self.budget_s = budget_s
        self.metrics = metrics or Metrics()
        self.text_cache: RedactedTextCache[Redacted] = text_cache if text_cache is not None else RedactedTextCache(0)
        self.processes = processes
        # Jobs nobody waits for any more that are kept queued (at most `backlog`), so the next fetch finds the result.
        self.backlog = backlog
        self._detached = 0
        # digest -> (job, requests waiting, detached); touched on the event loop only
        self._inflight: dict[bytes, tuple[Future[Redacted], int, bool]] = {}
        self._batch_of: dict[Future[Redacted], Future[list[Redacted]]] = {}  # a text's future -> its engine call
        self._executor: Executor
        if processes > 0:
            pool = self._process_pool()
            pool.wait_ready()  # every worker's engine loaded now, not on a caller's first comment
            self._executor = pool
        else:
            self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="guard-detect")

    def _process_pool(self) -> WorkerPool:
        return WorkerPool(self.processes, newest_first_after_s=self.budget_s / 2)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _submit(self, texts: list[str]) -> Future[list[Redacted]]:
        """One batch job. A pool whose worker died (killed, out of memory) takes no more work: it is replaced by a
        new one — whose workers load their engines meanwhile, off the loop — and this batch fails closed."""
        executor = self._executor
        try:
            if self.processes > 0:
                batch = executor.submit(_redact_texts_in_worker, texts)
            else:
                batch = executor.submit(redact_texts, self.redactor, texts)
        except BrokenExecutor:
            self._replace(executor)
            failed: Future[list[Redacted]] = Future()
            failed.set_exception(DetectionFailed("the detection worker was lost"))
            return failed
        loop = asyncio.get_running_loop()

        def lost(batch: Future[list[Redacted]]) -> None:  # a worker died under this batch: replace the pool now
            if not batch.cancelled() and isinstance(batch.exception(), BrokenExecutor):
                try:
                    loop.call_soon_threadsafe(self._replace, executor)
                except RuntimeError:  # the loop is closed
                    pass

        batch.add_done_callback(lost)
        return batch

    def _replace(self, broken: Executor) -> None:
        """On the event loop: a new pool for one that is broken (once, however many jobs report it)."""
        if self._executor is not broken:
            return
        self.metrics.fail_closed.inc("detection_worker_lost")
        self._executor = self._process_pool() if self.processes > 0 else \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard-detect")
        broken.shutdown(wait=False, cancel_futures=True)

    def remembered(self, text: str) -> Redacted | None:
        """The text's result when it is in the cache (counted as `redact_many` counts it), else None. No wait, no
        thread hop: the policy's first pass asks this for every free text it meets."""
        cached = self.text_cache.get(text)
        if cached is not None:
            for entity in cached.entities:
                self.metrics.entities.inc(entity["type"])
        return cached

    async def redact(self, text: str) -> Redacted:
        return (await self.redact_many([text]))[0]

    async def redact_many(self, texts: Sequence[str]) -> list[Redacted]:
        """The texts of one request, within one budget that covers the whole request, queueing included.

        A text already in the cache is not sent to the pool; a text already being redacted for another request
        is waited for, not redacted twice; the rest go to the engine together, in one call. When the budget ends,
        jobs still queued are cancelled (unless another request waits for them too); a job already running
        finishes, and its results go into the cache for the next fetch — they are never shown to this request,
        which has failed closed."""
        results: dict[str, Redacted] = {}
        missing = []
        for text in dict.fromkeys(texts):
            cached = self.text_cache.get(text)
            if cached is not None:
                results[text] = cached
            else:
                missing.append(text)
        if missing:
            jobs = self._join(missing)
            try:
                await asyncio.wait_for(_all_of([job for _, job in jobs]), self.budget_s)
            except asyncio.TimeoutError:
                self.metrics.fail_closed.inc("detection_over_budget")
                raise DetectionFailed("detection did not finish within its time budget") from None
            except Exception:
                self.metrics.fail_closed.inc("detection_error")
                raise DetectionFailed("detection failed") from None
            finally:
                for digest, job in jobs:
                    self._leave(digest, job)
            results.update(zip(missing, (job.result() for _, job in jobs)))
        out = [results[text] for text in texts]
        for result in out:
            for entity in result.entities:
                self.metrics.entities.inc(entity["type"])
        return out

    def _join(self, texts: list[str]) -> list[tuple[bytes, Future[Redacted]]]:
        """One future per text, keyed by the cache's keyed digest: the one in flight for another request, or a new
        one. The new ones are redacted together in one engine call (a batch job)."""
        loop = asyncio.get_running_loop()
        jobs: list[tuple[bytes, Future[Redacted]]] = []
        fresh: list[tuple[str, bytes, Future[Redacted]]] = []
        for text in texts:
            digest = self.text_cache.digest(text)
            entry = self._inflight.get(digest)
            if entry is not None and not entry[0].cancelled():
                self._inflight[digest] = (entry[0], entry[1] + 1, entry[2])
                jobs.append((digest, entry[0]))
                continue
            job: Future[Redacted] = Future()
            self._inflight[digest] = (job, 1, False)
            jobs.append((digest, job))
            fresh.append((text, digest, job))
        if not fresh:
            return jobs
        batch = self._submit([text for text, _, _ in fresh])
        for _, _, job in fresh:
            self._batch_of[job] = batch
        cache = self.text_cache

        def settled(job: Future[Redacted], digest: bytes) -> None:  # in whichever thread settled it
            _on_loop(loop, self._forget, digest, job)

        def abandoned(_job: Future[Redacted]) -> None:
            # Every request gave its text of the batch up before it ran: the batch is not run at all.
            if all(job.cancelled() for _, _, job in fresh):
                batch.cancel()

        def finished(batch: Future[list[Redacted]]) -> None:  # in the pool's thread
            error: BaseException | None = DetectionFailed("detection was cancelled") if batch.cancelled() \
                else batch.exception()
            answers = batch.result() if error is None else None
            if answers is not None and len(answers) != len(fresh):
                error, answers = DetectionFailed("the engine answered for other texts than it was given"), None
            for index, (text, _, job) in enumerate(fresh):
                if answers is not None:
                    cache.put(text, answers[index], size=len(text) + len(answers[index].text))
                _settle(job, answers[index] if answers is not None else None, error)

        for text, digest, job in fresh:
            job.add_done_callback(lambda job, digest=digest: settled(job, digest))
            job.add_done_callback(abandoned)
        batch.add_done_callback(finished)
        return jobs

    def _leave(self, digest: bytes, job: Future[Redacted]) -> None:
        """One request stops waiting for `job`; the last one to leave cancels it if it has not started — unless
        the backlog has room, in which case it stays queued and its result fills the cache for the next fetch."""
        entry = self._inflight.get(digest)
        if entry is None or entry[0] is not job:
            return
        waiting, detached = entry[1] - 1, entry[2]
        if waiting <= 0 and not job.done() and not detached and self._detached < self.backlog:
            detached = True
            self._detached += 1
        self._inflight[digest] = (job, waiting, detached)
        if waiting <= 0:
            batch = self._batch_of.get(job)
            if not detached and not (batch is not None and batch.running()):
                job.cancel()  # its batch is cancelled once no text of it is wanted
            # A text whose batch already runs stays in flight: the next fetch of it waits for that run (which also
            # fills the cache) instead of sending the text to the engine a second time.
            self._forget(digest, job)

    def _forget(self, digest: bytes, job: Future[Redacted]) -> None:
        if job.done():
            self._batch_of.pop(job, None)
        entry = self._inflight.get(digest)
        if entry is not None and entry[0] is job and entry[1] <= 0 and job.done():
            del self._inflight[digest]
            if entry[2]:
                self._detached -= 1


def _settle(job: Future[Redacted], result: Redacted | None, error: BaseException | None) -> None:
    """Give one text's future its answer, unless every request waiting for it has already given it up."""
    try:
        if error is not None:
            job.set_exception(error)
        elif result is not None:
            job.set_result(result)
    except InvalidStateError:  # cancelled meanwhile
        pass


def count_types(entities: list[dict[str, Any]]) -> dict[str, int]:
    """{"PERSON": 2, ...}: what the audit may say about a text's entities."""
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity["type"]] = counts.get(entity["type"], 0) + 1
    return counts


def _on_loop(loop: asyncio.AbstractEventLoop, callback: Callable[..., None], *args: Any) -> None:
    """Run `callback(*args)` on `loop` soon: from the loop's own thread without waking it through its self-pipe (the
    process pool settles its jobs there, a write and a wake-up per text saved), from any other thread (the thread
    pool's) through `call_soon_threadsafe`. Nothing when the loop is closed."""
    try:
        if threading.get_ident() == getattr(loop, "_thread_id", None):
            loop.call_soon(callback, *args)
        else:
            loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:  # the loop is closed: nothing left to do
        pass


def _all_of(jobs: Sequence[Future[Redacted]]) -> "asyncio.Future[None]":
    """One future of the running loop for a request's jobs: done when every job has its result, failed with the first
    job that fails. In place of a wrapped, shielded and gathered future per text (asyncio.wrap_future writes to the
    loop's self-pipe for every text it settles): the jobs themselves are never cancelled by it — a request that
    gives up leaves them to `_leave` — and an exception set here is always retrieved, by the waiting request or by
    nobody ever setting it (a cancelled waiter is not set), so asyncio logs no engine exception, which may quote the
    text."""
    loop = asyncio.get_running_loop()
    everything: asyncio.Future[None] = loop.create_future()
    left = [len(jobs)]

    def settle(job: Future[Redacted]) -> None:  # on the loop
        if everything.done():
            return
        if job.cancelled():
            everything.set_exception(DetectionFailed("detection was cancelled"))
        elif job.exception() is not None:
            everything.set_exception(job.exception())  # type: ignore[arg-type]
        else:
            left[0] -= 1
            if not left[0]:
                everything.set_result(None)

    if not jobs:
        everything.set_result(None)
    for job in jobs:
        job.add_done_callback(lambda job: _on_loop(loop, settle, job))
    return everything
