"""The proxy's JSON log on stderr is written in batches (issue 13: one write per request line cost ~5% of the
proxy's CPU) — and batching loses, reorders or delays nothing that matters."""
from __future__ import annotations

import io
import json
import logging

from guard.logs import BatchingStreamHandler, JsonFormatter


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("guard.test_batched_log")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler.setFormatter(JsonFormatter())
    return logger


def test_request_lines_are_held_back_and_a_warning_writes_them_out_at_once_in_order():
    stream = io.StringIO()
    handler = BatchingStreamHandler(stream, interval_s=3600)  # only the warning or close may write
    logger = _logger(handler)
    try:
        for n in range(3):
            logger.info("request", extra={"fields": {"status": 200 + n}})
        assert stream.getvalue() == ""
        logger.warning("upstream slow")
        lines = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert [line.get("status") for line in lines] == [200, 201, 202, None]
        assert lines[-1]["message"] == "upstream slow"
    finally:
        handler.close()


def test_lines_still_held_when_logging_closes_are_written():
    stream = io.StringIO()
    handler = BatchingStreamHandler(stream, interval_s=3600)
    logger = _logger(handler)
    logger.info("request", extra={"fields": {"status": 200}})
    handler.close()
    assert json.loads(stream.getvalue())["status"] == 200


def test_a_full_batch_is_written_without_waiting_for_the_timer():
    stream = io.StringIO()
    handler = BatchingStreamHandler(stream, interval_s=3600, max_lines=4)
    logger = _logger(handler)
    try:
        for _ in range(4):
            logger.info("request")
        assert len(stream.getvalue().splitlines()) == 4
    finally:
        handler.close()
