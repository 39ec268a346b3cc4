"""Batch redaction of transcript exports (docs/interfaces.md §6): `guard batch`, locally on every core or on Spark.

    records.py     an export (JSONL or CSV, plain or .gz, file or stdin) read as calls, and written back
    calls.py       the per-call function both engines run: redact every turn, or say why not
    worker.py      a worker's engine, loaded once, and the function it runs over a chunk
    pool.py        ordered parallel map with bounded work in flight
    checkpoint.py  partial outputs + checkpoints: `kill -9` then `--resume` loses and repeats nothing
    summary.py     counts that reconcile: calls in = calls out + errors
    progress.py    the progress line on a terminal
    report.py      `--report`: the disclosure QA over the same calls
    job.py         the local job tying them together; guard/spark.py is the cluster one
"""
from __future__ import annotations

from guard.batch.job import BatchOptions, JobError, errors_path_for, run_batch
from guard.batch.summary import Summary

__all__ = ["BatchOptions", "JobError", "Summary", "errors_path_for", "run_batch"]
