"""The engine in a worker process gives the same answers as in-process, and fails closed the same way."""
from __future__ import annotations

import asyncio

from guard.proxy.detection import BATCH_SEPARATOR, BudgetedRedactor, DetectionFailed, redact_texts
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


class _AnalyzeCounting:
    """The real engine behind `analyze`, counting its calls: what one engine call per card means."""

    operator = "tag"

    def __init__(self, engine) -> None:
        self.engine = engine
        self.calls: list[str] = []

    def analyze(self, text: str):
        self.calls.append(text)
        return self.engine.analyze(text)

    def redact(self, text: str):
        self.calls.append(text)
        return self.engine.redact(text)


CARD_COMMENTS = [
    COMMENT,
    "Просила перезвонить после 18:00 на 89031234567, e-mail anna.petrova@mail.ru",
    "Тариф сменён по просьбе клиента, претензий нет.",
]


def test_the_comments_of_one_card_go_to_the_engine_in_one_call_and_each_gets_its_own_redaction(engine):
    """Issue 13: a card's comments are redacted in one engine call, each answered as the engine answers it alone."""
    counting = _AnalyzeCounting(engine)
    detector = BudgetedRedactor(counting, budget_s=60, text_cache=RedactedTextCache(100))
    try:
        answers = asyncio.run(detector.redact_many(CARD_COMMENTS))
    finally:
        detector.close()
    assert len(counting.calls) == 1
    assert [answer.text for answer in answers] == [engine.redact(text).text for text in CARD_COMMENTS]
    for text, answer in zip(CARD_COMMENTS, answers):
        assert all(0 <= e["start"] < e["end"] <= len(text) for e in answer.entities)
    assert "89031234567" not in answers[1].text and "anna.petrova" not in answers[1].text


class _Entity:
    def __init__(self, start: int, end: int, type_: str) -> None:
        self.start, self.end, self.type = start, end, type_

    def as_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": 1.0}


class _StraddlingEngine:
    """Finds one span that runs from the end of the first text across the separator into the second."""

    operator = "tag"

    def analyze(self, text: str):
        cut = text.index(BATCH_SEPARATOR)
        return [_Entity(cut - 4, cut + len(BATCH_SEPARATOR) + 4, "PHONE_NUMBER")]


def test_a_span_that_crosses_from_one_comment_into_the_next_is_masked_in_both():
    """Fail closed: a span the joined call finds across two texts hides its part of each."""
    first, second = redact_texts(_StraddlingEngine(), ["звонить на 8916", "1234567 вечером"])
    assert first.text == "звонить на <PHONE_NUMBER>" and "8916" not in first.text
    assert second.text == "<PHONE_NUMBER>567 вечером" and "1234" not in second.text


class _BrokenEngine:
    operator = "tag"

    def analyze(self, text: str):
        raise RuntimeError("engine crashed")


def test_an_engine_error_in_a_batch_fails_every_text_of_it_closed_and_caches_none():
    detector = BudgetedRedactor(_BrokenEngine(), budget_s=60, text_cache=RedactedTextCache(100))

    async def run() -> bool:
        try:
            await detector.redact_many(CARD_COMMENTS)
        except DetectionFailed:
            return True
        return False

    try:
        failed_closed = asyncio.run(run())
    finally:
        detector.close()
    assert failed_closed
    assert all(detector.text_cache.get(text) is None for text in CARD_COMMENTS)


def test_a_killed_worker_fails_its_request_closed_and_a_new_worker_serves_the_next(engine):
    """Fail closed when a worker dies: the request it held sees less (DetectionFailed, its texts masked by the
    caller), the pool is replaced, and the next request is redacted by a new worker."""
    import os
    import signal

    detector = BudgetedRedactor(None, budget_s=120, processes=1, text_cache=RedactedTextCache(0))

    async def run() -> tuple[bool, str]:
        for pid in list(detector._executor._processes):  # the worker dies (OOM killer, a crash)
            os.kill(pid, signal.SIGKILL)
        failed_closed = False
        for _ in range(2):  # the death is noticed by the job it held, or by the next submit
            try:
                await detector.redact(COMMENT)
            except DetectionFailed:
                failed_closed = True
                break
        return failed_closed, (await detector.redact(COMMENT)).text

    try:
        failed_closed, text = asyncio.run(run())
    finally:
        detector.close()
    assert failed_closed
    assert text == engine.redact(COMMENT).text


def test_a_cue_word_at_the_end_of_one_comment_does_not_unmask_a_number_in_the_next():
    # the comments of a card are analysed joined: a hostile comment ending in the cue of a number that is nobody's
    # data (a request, an order) or of another kind must not let the next comment's phone through
    from guard.engine import default_redactor

    for lure in ("создана заявка", "номер заказа:", "номер договора", "обращение №"):
        _, second = redact_texts(default_redactor(), [lure, "9161234567 перезвонить вечером"])
        assert "9161234567" not in second.text and "1234567" not in second.text, lure


def test_a_job_still_waiting_for_a_worker_can_be_cancelled_and_the_others_are_answered_in_order():
    """The worker pool keeps jobs in the proxy until a worker can take them (at most PIPELINE per worker): a job
    whose request gave up before then is dropped, never run; a job already sent cannot be, and is answered."""
    from guard.proxy.detection import PIPELINE, WorkerPool, _redact_texts_in_worker

    pool = WorkerPool(1)
    pool.wait_ready()
    texts = [[f"Позвонить на 8916123456{i}"] for i in range(PIPELINE + 2)]

    async def run() -> tuple[bool, bool, list]:
        jobs = [pool.submit(_redact_texts_in_worker, batch) for batch in texts]
        sent_cancelled = jobs[0].cancel()  # on the worker's pipe already
        waiting_cancelled = jobs[-1].cancel()
        answers = await asyncio.gather(*(asyncio.wrap_future(job) for job in jobs[:-1]))
        return sent_cancelled, waiting_cancelled, answers

    try:
        sent_cancelled, waiting_cancelled, answers = asyncio.run(run())
    finally:
        pool.shutdown(wait=True)
    assert not sent_cancelled and waiting_cancelled
    assert [answer[0].text for answer in answers] == ["Позвонить на <PHONE_NUMBER>"] * (PIPELINE + 1)


def test_past_half_its_budget_in_the_queue_the_pool_serves_the_newest_job_first():
    """Adaptive LIFO: when the oldest waiting job has waited longer than `newest_first_after_s` the backlog is more
    than the workers clear in time, so the newest job is sent first; before that, the oldest is."""
    import time
    from concurrent.futures import Future

    from guard.proxy.detection import WorkerPool

    pool = WorkerPool(0, newest_first_after_s=0.5)
    now = time.monotonic()
    old, middle, new = Future(), Future(), Future()
    pool._pending.extend([(old, ["a"], now - 0.1), (middle, ["b"], now - 0.05), (new, ["c"], now)])
    assert pool._next_pending()[0] is old  # waited 0.1 s of 0.5: in order
    pool._pending.appendleft((old, ["a"], now - 0.9))
    assert pool._next_pending()[0] is new  # the oldest waited past 0.5 s: newest first


def test_a_long_text_waits_for_an_idle_worker_instead_of_queueing_on_a_busy_one():
    """A busy worker reads its next job only when it is done, so a job larger than a pipe holds is not queued on it
    (the event loop would block writing it); a short one is."""
    import time
    from concurrent.futures import Future

    from guard.proxy.detection import QUEUED_TEXT_CHARS, WorkerPool, _Worker

    class Pipe:
        closed = False

        def __init__(self) -> None:
            self.sent: list = []

        def send(self, texts) -> None:
            self.sent.append(texts)

    pool = WorkerPool(0)
    busy = _Worker(process=None, conn=Pipe(), ready=True)
    busy.jobs.append(Future())
    pool._workers.append(busy)
    long_text, short_text = ["я" * (QUEUED_TEXT_CHARS + 1)], ["Иванов, 89161234567"]
    pool._pending.append((Future(), long_text, time.monotonic()))
    pool._dispatch()
    assert busy.conn.sent == [] and len(pool._pending) == 1
    pool._pending.clear()
    pool._pending.append((Future(), short_text, time.monotonic()))
    pool._dispatch()
    assert busy.conn.sent == [short_text]
