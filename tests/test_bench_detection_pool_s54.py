"""bench_detection_pool.py's timed engine (stop 54): the detection pool's scheduling measured with the engine a timer, so
that a change to the order jobs reach the engine reads the same on a quiet machine and at load 25."""
from __future__ import annotations

import asyncio

from benchmarks.bench_detection_pool import _simulated_pool, one_run
from guard.proxy.detection import BudgetedRedactor, DetectionFailed
from guard.proxy.textcache import RedactedTextCache


def test_the_timed_engine_answers_each_text_as_itself_through_the_real_pool():
    detector = BudgetedRedactor(None, budget_s=1.0, text_cache=RedactedTextCache(100))

    async def fetch() -> list[str]:
        _simulated_pool(detector, 10.0)
        return [answer.text for answer in await detector.redact_many(["первый комментарий", "второй"])]

    try:
        assert asyncio.run(fetch()) == ["первый комментарий", "второй"]
    finally:
        detector.close()


def test_a_job_longer_than_the_budget_fails_closed_and_its_result_serves_the_next_fetch():
    detector = BudgetedRedactor(None, budget_s=0.05, text_cache=RedactedTextCache(100), backlog=4)
    text = "я" * 1000  # 1,000 characters at 100 us each: 0.1 s, twice the budget

    async def call() -> str:
        _simulated_pool(detector, 100.0)
        try:
            await detector.redact_many([text])
        except DetectionFailed:
            await asyncio.sleep(0.15)
            return (await detector.redact_many([text]))[0].text
        raise AssertionError("a job twice the budget was answered in time")

    try:
        assert asyncio.run(call()) == text
    finally:
        detector.close()


def test_a_run_of_calls_reports_the_fetches_over_budget_and_the_unread_engine_work():
    line = one_run(6, 3, 0.5, 1, fetches=3, simulated_us=1.0)
    assert "over budget by fetch 0 / 0 / 0" in line and "never served 0" in line


def test_the_timed_engine_reads_one_job_at_a_time_and_answers_in_the_order_sent():
    """Two jobs in service at once answered a job with another's texts (the first version of the timer)."""
    from benchmarks.bench_detection_pool import _TimedEngine

    engine = _TimedEngine(1.0)
    answered: list[list[str]] = []
    in_service = [0, 0]  # now, at most

    class Pool:
        def _answered(self, worker) -> None:
            answered.append([redacted.text for redacted in engine.recv()[1]])
            if len(answered) == 1:
                engine.send(["третий"])  # the pool sends the next job from inside the answer, as WorkerPool does

    real_start, real_done = engine._start, engine._done

    def start() -> None:
        in_service[0] += 1
        in_service[1] = max(in_service)
        real_start()

    def done(texts) -> None:
        in_service[0] -= 1
        real_done(texts)

    engine._start, engine._done, engine.pool = start, done, Pool()

    async def run() -> None:
        engine.send(["первый"])
        engine.send(["второй"])
        for _ in range(200):
            if len(answered) == 3:
                return
            await asyncio.sleep(0.005)

    asyncio.run(run())
    assert answered == [["первый"], ["второй"], ["третий"]]
    assert in_service[1] == 1
