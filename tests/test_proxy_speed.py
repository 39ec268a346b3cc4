"""The engine in a worker process gives the same answers as in-process, and fails closed the same way."""
from __future__ import annotations

import asyncio

from guard.proxy.detection import BudgetedRedactor, DetectionFailed
from guard.proxy.textcache import RedactedTextCache

COMMENT = "Кл. Иванов П.С. просил перезвонить на 89161234567, паспорт 4505 678901"


def test_worker_process_redacts_like_the_engine_in_process_and_fails_closed_over_budget(engine):
    detector = BudgetedRedactor(None, budget_s=60, processes=1, text_cache=RedactedTextCache(0))

    async def run() -> tuple[str, bool]:
        text = (await detector.redact(COMMENT)).text
        detector.budget_s = 0.000001
        try:
            await detector.redact(COMMENT + " ещё раз")
        except DetectionFailed:
            return text, True
        return text, False

    try:
        text, failed_closed = asyncio.run(run())
    finally:
        detector.close()
    assert text == engine.redact(COMMENT).text
    assert failed_closed
