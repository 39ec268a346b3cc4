"""How a request waits for its texts' detection jobs (guard/proxy/detection.py `_all_of`): one future per request,
answered when its last text is, failed by its first failure; the jobs outlive a request that gives up, and an
engine's exception (which may quote the text) is never handed to asyncio's "never retrieved" logging."""
from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from guard.proxy.detection import BudgetedRedactor, DetectionFailed, Redacted
from guard.proxy.textcache import RedactedTextCache

SECRET = "Паспорт 4505 678901, Иванов Пётр"


class _Plain:
    """Echoes a text as its own redaction; `fail_on` raises with the text in the message, after `gate` opens."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.fail_on = fail_on
        self.texts: list[str] = []

    def redact(self, text: str) -> Any:
        self.texts.append(text)
        self.gate.wait(10)
        if text == self.fail_on:
            raise RuntimeError(f"engine choked on {text}")

        class Result:
            entities: list[Any] = []

        result = Result()
        result.text = text.upper()  # type: ignore[attr-defined]
        return result


def _run(detector: BudgetedRedactor, main: Any) -> Any:
    seen: list[dict[str, Any]] = []

    async def wrapped() -> Any:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: seen.append(context))
        return await main()

    try:
        return asyncio.run(wrapped()), seen
    finally:
        detector.close()


def test_a_request_gets_every_texts_result_in_its_own_order_once_the_last_is_done():
    engine = _Plain()
    detector = BudgetedRedactor(engine, budget_s=10, text_cache=RedactedTextCache(100))
    texts = ["b", "a", "c", "a"]
    answers, logged = _run(detector, lambda: detector.redact_many(texts))
    assert [answer.text for answer in answers] == ["B", "A", "C", "A"]
    assert sorted(engine.texts) == ["a", "b", "c"], "a repeated text goes to the engine once"
    assert not logged


def test_one_failing_text_fails_the_request_closed_and_nothing_is_logged_with_the_text():
    engine = _Plain(fail_on=SECRET)
    detector = BudgetedRedactor(engine, budget_s=10, text_cache=RedactedTextCache(100))

    async def main() -> None:
        with pytest.raises(DetectionFailed) as failure:
            await detector.redact_many(["ok", SECRET])
        assert SECRET not in str(failure.value) and "Иванов" not in str(failure.value)
        await asyncio.sleep(0.2)

    _result, logged = _run(detector, main)
    assert not logged, "asyncio was handed an exception to log"


def test_an_engine_error_after_its_request_gave_up_is_never_logged():
    engine = _Plain(fail_on=SECRET)
    engine.gate.clear()  # the job runs past its request's budget, then raises
    detector = BudgetedRedactor(engine, budget_s=0.1, text_cache=RedactedTextCache(100))

    async def main() -> None:
        with pytest.raises(DetectionFailed):
            await detector.redact_many([SECRET])
        engine.gate.set()
        await asyncio.sleep(0.3)  # the job fails now, with nobody waiting for it

    _result, logged = _run(detector, main)
    assert engine.texts == [SECRET]
    assert not logged, "asyncio was handed an exception to log"


def test_a_request_that_gives_up_leaves_the_running_job_to_finish_for_the_next_fetch():
    engine = _Plain()
    engine.gate.clear()
    detector = BudgetedRedactor(engine, budget_s=0.1, text_cache=RedactedTextCache(100))

    async def main() -> Redacted:
        with pytest.raises(DetectionFailed):
            await detector.redact_many(["late comment"])
        engine.gate.set()
        for _ in range(100):
            if detector.text_cache.get("late comment") is not None:
                break
            await asyncio.sleep(0.02)
        return await detector.redact("late comment")

    answer, logged = _run(detector, main)
    assert answer.text == "LATE COMMENT"
    assert engine.texts == ["late comment"], "the late result served the next fetch"
    assert not logged
