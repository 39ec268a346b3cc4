"""A detection job a later request joins while it still waits for a worker is as new as that request (stop 54).

The open of a call sends its card's comments to the engine and, over its budget, gives the job up; the backlog keeps it
queued for the card's next fetch. The refresh that asks for the same texts joins that job — and under adaptive LIFO (a
long queue: newest first) a job kept at the place of the open waited behind every job queued since, ran after the
call's last fetch, and its result was read by nobody (a third of the engine's characters on the realistic bench at load
12-16). WorkerPool.renew moves it to the newest end; the queue's jobs, and their texts, are otherwise unchanged."""
from __future__ import annotations

import asyncio
import time
from concurrent.futures import Future

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy.detection import BudgetedRedactor, DetectionFailed, WorkerPool
from guard.proxy.textcache import RedactedTextCache


def _detector_on_a_pool_without_workers(backlog: int) -> tuple[BudgetedRedactor, WorkerPool]:
    """A detector whose jobs wait in a WorkerPool that has no worker: nothing runs, the queue's order is what is read."""
    detector = BudgetedRedactor(None, budget_s=0.05, text_cache=RedactedTextCache(100), backlog=backlog)
    detector._executor.shutdown(wait=False)
    pool = WorkerPool(0, newest_first_after_s=detector.budget_s / 2)
    detector._executor, detector.processes = pool, 1
    return detector, pool


def _queued_texts(pool: WorkerPool) -> list[list[str]]:
    return [list(texts) for _, texts, _ in pool._pending]


def test_a_refresh_joining_the_opens_queued_job_puts_it_at_the_newest_end_of_the_queue():
    detector, pool = _detector_on_a_pool_without_workers(backlog=4)

    async def call() -> list[list[str]]:
        for texts in (["комментарий карты A"], ["комментарий карты B"], ["комментарий карты A"]):
            try:
                await detector.redact_many(texts)  # the open of A, the open of B, the refresh of A
            except DetectionFailed:
                pass
        return _queued_texts(pool)

    try:
        queued = asyncio.run(call())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    assert queued == [["комментарий карты B"], ["комментарий карты A"]]


def test_a_job_a_request_joins_is_not_sent_to_the_engine_twice():
    detector, pool = _detector_on_a_pool_without_workers(backlog=4)

    async def call() -> int:
        for _ in range(3):  # the open and two refreshes of one card, none in time
            try:
                await detector.redact_many(["комментарий карты A", "второй комментарий"])
            except DetectionFailed:
                pass
        return len(pool._pending)

    try:
        assert asyncio.run(call()) == 1
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def test_renewing_a_job_not_queued_here_changes_nothing():
    pool = WorkerPool(0)
    now = time.monotonic()
    queued = [(Future(), [f"текст {i}"], now - i) for i in range(3)]
    pool._pending.extend(queued)
    pool.renew(Future())  # sent to a worker already, or never queued
    assert list(pool._pending) == queued


@settings(max_examples=200, deadline=None)
@given(size=st.integers(1, 12), renewed=st.lists(st.integers(0, 11), max_size=8))
def test_renewing_moves_one_job_to_the_newest_end_and_keeps_every_other_in_order(size: int, renewed: list[int]):
    pool = WorkerPool(0)
    started = time.monotonic()
    jobs = [Future() for _ in range(size)]
    pool._pending.extend((job, [f"текст {n}"], started - size + n) for n, job in enumerate(jobs))
    texts_of = {job: [f"текст {n}"] for n, job in enumerate(jobs)}
    expected = list(jobs)
    for pick in renewed:
        job = jobs[pick % size]
        pool.renew(job)
        expected.remove(job)
        expected.append(job)
        assert pool._pending[-1][0] is job and pool._pending[-1][2] >= started  # newest, with this moment's time
    assert [job for job, _, _ in pool._pending] == expected  # nothing lost, nothing twice, the others in order
    assert all(texts == texts_of[job] for job, texts, _ in pool._pending)  # each job keeps its own texts
