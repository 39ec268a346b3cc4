"""The local batch job: read records, redact them on every core in order, write, checkpoint, summarize.

    open_export ──records──> redact_in_order (workers) ──outcomes, in input order──> output / errors file
                                                                      └─ every N records: checkpoint

The parent only reads, writes and keeps counts; parsing JSON of a call costs microseconds, redacting
it tens of milliseconds, so the workers are the bottleneck and the parent never is.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import IO, Any, Iterator

from guard.batch import report as qa_report
from guard.batch.calls import CallOutcome, redacted_keys
from guard.batch.checkpoint import (
    Checkpoint,
    ResumableOutput,
    StreamOutput,
    checkpoint_path,
    load_checkpoint,
    remove_checkpoint,
    save_checkpoint,
)
from guard.batch.pool import redact_in_order
from guard.batch.progress import Progress
from guard.batch.records import CSV, CSV_COLUMNS, Export, ExportError, Record, csv_header, detect_format, open_export
from guard.batch.summary import Summary
from guard.batch.worker import WorkerSettings
from guard.fields import OTHER_NAMES, shown
from guard.jsonl import dump, open_input


class JobError(Exception):
    """The job cannot start or resume as asked; the message is for the user and holds no content."""


@dataclass
class BatchOptions:
    input: str
    output: str
    errors: str | None = None            # default: errors_path_for(output)
    input_format: str | None = None      # default: from the file name
    output_format: str | None = None     # default: from the output name, else the input format
    workers: int = 0                     # 0: every core
    operator: str = "tag"
    key: bytes | None = None
    resume: bool = False
    report: str | None = None
    checkpoint_every: int = 1000         # records between checkpoints
    chunk_size: int = 8                  # records per task sent to a worker
    progress: bool | None = None         # None: when stderr is a terminal
    redact_fields: tuple[str, ...] = ()  # more fields redacted as free text ("summary", "turns[].note")


def errors_path_for(output: str) -> str:
    """`OUT.jsonl` -> `OUT.errors.jsonl` (also for `.csv` and `.gz` outputs); stdout -> '-' (stderr)."""
    if output == "-":
        return "-"
    stem = output[:-3] if output.endswith(".gz") else output
    for suffix in (".jsonl", ".csv", ".json"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return stem + ".errors.jsonl"


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_batch(options: BatchOptions, log: IO[str] | None = None) -> Summary:
    """Run the job to the end (or resume it); the summary of the whole job, including earlier runs."""
    log = log or sys.stderr
    started = time.monotonic()
    in_format = detect_format(options.input, options.input_format)
    out_format = options.output_format or (detect_format(options.output) if options.output != "-" else in_format)
    errors = options.errors or errors_path_for(options.output)
    workers = options.workers or default_workers()
    to_files = options.output != "-"
    if options.resume and not to_files:
        raise JobError("--resume needs an output file (stdout cannot be truncated and rewritten)")
    if options.checkpoint_every < 1:
        raise JobError("--checkpoint-every must be at least 1")

    job = _job_identity(options, in_format, out_format)
    ckpt_path = checkpoint_path(options.output)
    checkpoint = _checkpoint_to_resume(options, ckpt_path, job, log) if to_files else None
    summary = Summary.from_counts(checkpoint.counts) if checkpoint else Summary()
    elapsed_before = summary.elapsed_s  # earlier runs of this job, when resuming
    report = _report_to_resume(options, checkpoint)

    if checkpoint and checkpoint.done:
        _finish(options, errors, ckpt_path, report)
        summary.resumed_from_line = checkpoint.input_line
        return summary

    try:
        source = open_input(options.input)
    except OSError as exc:
        raise JobError(f"cannot open {options.input}: {exc.strerror}") from None
    with source:
        try:
            export = open_export(source, in_format, checkpoint.input_line if checkpoint else 0)
        except ExportError as exc:
            raise JobError(str(exc)) from None
        except (OSError, EOFError) as exc:
            raise JobError(f"cannot read {options.input} ({type(exc).__name__})") from None
        out, err = _open_outputs(options, errors, checkpoint)
        try:
            export = _with_column_names_redacted(export, options)
            if checkpoint is None and out_format == CSV:
                out.write(csv_header(export.columns).encode("utf-8"))
            settings = WorkerSettings(options.operator, options.key, out_format, export.columns,
                                      with_qa=report is not None, redact_fields=options.redact_fields)
            progress = Progress(log, position=_input_position(source), total_bytes=_input_size(options.input),
                                enabled=options.progress)
            try:
                last_line = _run(_reading(export.records), settings, workers, options, summary, report, out, err,
                                 ckpt_path, job, progress, started)
            except _InputFailed as exc:  # e.g. a truncated .gz: the output stays partial, never renamed
                raise JobError(f"reading {options.input} failed after {summary.calls_in} record(s) "
                               f"({exc.kind}); the output is left unfinished") from None
            finally:
                progress.close()
        except BaseException:
            out.close()
            err.close()
            raise
    summary.elapsed_s = elapsed_before + time.monotonic() - started
    if to_files:
        last_line = last_line or (checkpoint.input_line if checkpoint else 0)
        _checkpoint(ckpt_path, last_line, out, err, summary, job, report, options.output, done=True)
    out.finish()
    err.finish()
    if to_files:
        _finish(options, errors, ckpt_path, report)
    elif report is not None:
        qa_report.write_report(report, options.report)
    if checkpoint:
        summary.resumed_from_line = checkpoint.input_line
    return summary


class _InputFailed(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _with_column_names_redacted(export: Export, options: BatchOptions) -> Export:
    """A CSV export whose extra columns' names are not shaped as identifiers (a pivot's "Шестопалов 89031234567": red
    team bb11 04) gets them redacted as text, as every worker redacts a record's keys (`calls.redacted_keys`: the same
    names, so a header and its rows agree). Other exports as they are; the engine loads here only when it is needed."""
    if not any(shown(name) == OTHER_NAMES for name in export.columns if name not in CSV_COLUMNS):
        return export
    from guard.engine import Redactor

    redactor = Redactor(options.operator, key=options.key)
    return Export(export.records, tuple(redacted_keys(list(export.columns), redactor, Counter())))


def _reading(records: Iterator[Record]) -> Iterator[Record]:
    """The records, with a failure to read the input told apart from a failure to write the output."""
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (OSError, EOFError) as exc:
            raise _InputFailed(type(exc).__name__) from None
        yield record


def _run(records: Iterator[Record], settings: WorkerSettings, workers: int, options: BatchOptions, summary: Summary,
         report: Any, out: Any, err: Any, ckpt_path: str, job: dict, progress: Progress, started: float) -> int:
    """Process every record; the input line the last one ended on (0 if there was none)."""
    last_line = 0
    elapsed_before = summary.elapsed_s
    calls_at_start = summary.calls_in
    started_wall = time.time() - (time.monotonic() - started)
    due = False  # a checkpoint is due, and falls after the first record a resume may start after (Record.resume_after)
    for chunk in redact_in_order(records, settings, workers, options.chunk_size):
        summary.worker_peak_rss_kb[chunk.pid] = chunk.peak_rss_kb
        summary.engine_load_s = max(summary.engine_load_s, chunk.engine_ready_at - started_wall)
        for outcome in chunk.outcomes:
            _write(outcome, out, err)
            summary.add(outcome)
            if outcome.resume_line is not None:
                last_line = outcome.resume_line
            if report is not None and outcome.qa is not None:
                report.add(outcome.qa)
            due = due or summary.calls_in % options.checkpoint_every == 0
            if options.output != "-" and due and outcome.resume_line is not None:
                due = False
                summary.elapsed_s = elapsed_before + time.monotonic() - started
                _checkpoint(ckpt_path, outcome.resume_line, out, err, summary, job, report, options.output)
        progress.update(summary.calls_in - calls_at_start)
    if workers <= 1 and summary.calls_in > calls_at_start:  # the parent was the worker: its final peak
        from guard.batch.worker import peak_rss_kb

        summary.worker_peak_rss_kb[os.getpid()] = peak_rss_kb()
    return last_line


def _write(outcome: CallOutcome, out: Any, err: Any) -> None:
    if outcome.error is not None:
        err.write((dump({"line": outcome.error.line_no, "reason": outcome.error.reason}) + "\n").encode("utf-8"))
    else:
        out.write(outcome.output)


def _checkpoint(path: str, input_line: int, out: Any, err: Any, summary: Summary, job: dict, report: Any,
                output: str, done: bool = False) -> None:
    """Outputs synced, then the checkpoint. The report state goes to a file named for this checkpoint and
    only the checkpoint points to it, so a crash between the two never pairs a report with the wrong line."""
    state = ""
    if report is not None:
        state = qa_report.report_state_path(output, input_line)
        qa_report.save_report_state(state, report)
    previous = load_checkpoint(path)
    save_checkpoint(path, Checkpoint(input_line, out.sync(), err.sync(), summary.counts(), job, done, state))
    if previous and previous.report_state and previous.report_state != state:
        _remove(previous.report_state)


def _finish(options: BatchOptions, errors: str, ckpt_path: str, report: Any) -> None:
    """After the final checkpoint: the renames (idempotent, so a crash here is finished by --resume)."""
    for path in (errors, options.output):
        if os.path.exists(path + ".partial"):
            os.replace(path + ".partial", path)
    if report is not None:
        qa_report.write_report(report, options.report)
    checkpoint = load_checkpoint(ckpt_path)
    if checkpoint and checkpoint.report_state:
        _remove(checkpoint.report_state)
    remove_checkpoint(ckpt_path)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _open_outputs(options: BatchOptions, errors: str, checkpoint: Checkpoint | None) -> tuple[Any, Any]:
    try:
        if options.output == "-":
            out: Any = StreamOutput()
        else:
            out = ResumableOutput(options.output, gzip_members=options.output.endswith(".gz"),
                                  resume_at=checkpoint.output_bytes if checkpoint else None)
        if errors == "-":
            err: Any = StreamOutput(sys.stderr.buffer)
        else:
            err = ResumableOutput(errors, resume_at=checkpoint.errors_bytes if checkpoint else None)
    except OSError as exc:
        raise JobError(f"cannot write the output: {exc.strerror} ({exc.filename})") from None
    return out, err


def _checkpoint_to_resume(options: BatchOptions, path: str, job: dict, log: IO[str]) -> Checkpoint | None:
    try:
        checkpoint = load_checkpoint(path)
    except ValueError as exc:
        raise JobError(str(exc)) from None
    if checkpoint is None:
        if options.resume:
            print(f"guard batch: no checkpoint at {path}; starting from the beginning", file=log)
        return None
    if not options.resume:
        print(f"guard batch: discarding the checkpoint of an interrupted run ({path}); "
              "pass --resume to continue it instead", file=log)
        remove_checkpoint(path)
        return None
    changed = [name for name, value in job.items() if checkpoint.job.get(name) != value]
    if changed:
        raise JobError(f"cannot resume: {', '.join(changed)} changed since the interrupted run "
                       "(run without --resume to start over)")
    errors = options.errors or errors_path_for(options.output)
    for partial in (options.output + ".partial", errors + ".partial" if errors != "-" else None):
        if partial and not checkpoint.done and not os.path.exists(partial):
            raise JobError(f"cannot resume: {partial} is missing")
    return checkpoint


def _report_to_resume(options: BatchOptions, checkpoint: Checkpoint | None) -> Any:
    if not options.report:
        return None
    if checkpoint is not None and checkpoint.report_state:
        try:
            return qa_report.load_report_state(checkpoint.report_state)
        except FileNotFoundError:
            raise JobError(f"cannot resume: the QA report state {checkpoint.report_state} is missing") from None
    return qa_report.new_report(options.input)


def _job_identity(options: BatchOptions, in_format: str, out_format: str) -> dict:
    """What a resumed run must share with the interrupted one; a key only as a keyed fingerprint."""
    identity: dict[str, Any] = {"input": os.path.abspath(options.input) if options.input != "-" else "-",
                                "input_format": in_format, "output_format": out_format,
                                "operator": options.operator, "report": bool(options.report),
                                "checkpoint_every": options.checkpoint_every}
    if options.redact_fields:
        identity["redact_fields"] = sorted(options.redact_fields)
    if options.input != "-":
        try:
            stat = os.stat(options.input)
            identity["input_size"] = stat.st_size
            identity["input_mtime_ns"] = stat.st_mtime_ns
        except OSError:
            pass
    if options.key:
        identity["key"] = hmac.new(options.key, b"guard batch checkpoint", hashlib.sha256).hexdigest()[:16]
    return identity


def _input_size(path: str) -> int:
    try:
        return os.stat(path).st_size if path != "-" else 0
    except OSError:
        return 0


def _input_position(source: Any):
    raw = getattr(source, "fileobj", None) or source  # a GzipFile: the compressed file's position

    def position() -> int:
        return raw.tell()
    return position
