"""`guard batch --engine spark`: the same redaction as a PySpark job, for exports one machine cannot finish.

Executors run guard.batch.calls.process_record, the very function the local workers run, so both
engines write the same bytes for the same call. Each partition gets its engine from a per-process
cache: loaded once per executor Python worker, never per record.

    IN  (any Hadoop path: file, directory or glob; JSONL split by lines, CSV one file per task because
         a quoted field may hold a newline)
      -> records (line numbers per input file) -> process_record -> OUT/part-*       (JSONL or CSV)
                                                                 -> OUT.errors.jsonl/part-*

Differences from the local engine, all forced by Spark: OUT is a directory of part files (in input
order: concatenated they equal the local output), `.gz` on OUT compresses each part, there is no
--resume (Spark re-runs failed tasks itself) and no --report. Hadoop decodes text lines before we
see them, so a byte that is not UTF-8 arrives as U+FFFD; a line holding U+FFFD is reported as not
UTF-8, the way the local engine reports the byte itself.

Submit with the same arguments as `guard batch` (guard and its models installed on every node):

    spark-submit --master yarn guard/spark.py hdfs:///exports/2026-11/ -o hdfs:///redacted/2026-11
"""
from __future__ import annotations

import gzip
import io
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

from guard.batch.calls import CallOutcome, process_record
from guard.batch.job import JobError, errors_path_for
from guard.batch.records import CSV, CSV_COLUMNS, Record, csv_header, detect_format, open_export
from guard.batch.summary import Summary
from guard.jsonl import BadLine, dump, parse_line

GZIP_CODEC = "org.apache.hadoop.io.compress.GzipCodec"


@dataclass
class SparkJob:
    input: str
    output: str
    errors: str | None = None
    input_format: str | None = None
    output_format: str | None = None
    operator: str = "tag"
    key: bytes | None = None
    master: str | None = None  # None: spark-submit's master, or local[*] outside spark-submit
    redact_fields: tuple[str, ...] = ()  # more fields redacted as free text (guard/batch/calls.py)

    @property
    def errors_path(self) -> str:
        return self.errors or errors_path_for(self.output.rstrip("/"))


@lru_cache(maxsize=2)
def _redactor(operator: str, key: bytes | None) -> Any:
    """One engine per executor Python process, shared by every partition it runs."""
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    from guard.engine import Redactor

    return Redactor(operator, key=key)


def jsonl_records(numbered_lines: Iterable[tuple[str, int]]) -> Iterator[Record]:
    """(decoded line, 0-based index in its file) -> records, as guard.jsonl.read_objects would give them."""
    for line, index in numbered_lines:
        line_no = index + 1
        if index == 0:
            line = line.removeprefix("\ufeff")  # a byte-order mark, as the local reader drops it
        replaced = line.find("\ufffd")
        if replaced >= 0:
            item: dict | BadLine | None = BadLine(line_no, f"not valid UTF-8 (byte {len(line[:replaced].encode())})")
        else:
            item = parse_line(line_no, line.encode("utf-8"), ("turns",))
        if item is not None:
            yield Record(line_no, line_no, item)


def csv_records(path: str, content: bytes) -> Iterator[Record]:
    """A whole CSV file -> its records, by the local engine's own reader."""
    stream = gzip.GzipFile(fileobj=io.BytesIO(content)) if path.endswith(".gz") else io.BytesIO(content)
    yield from open_export(stream, CSV).records


def redact_partition(records: Iterable[tuple[str, Record]], operator: str, key: bytes | None, out_format: str,
                     columns: tuple[str, ...], redact_fields: tuple[str, ...] = ()) -> Iterator[tuple[str, CallOutcome]]:
    """(file, record) -> (file, outcome); the engine comes from the per-process cache."""
    redactor = _redactor(operator, key)
    for path, record in records:
        yield path, process_record(record, redactor, out_format, columns, redact_fields=redact_fields)


def _output_partition(outcomes: Iterable[tuple[str, CallOutcome]], header: str | None) -> Iterator[str]:
    first = True
    for _, outcome in outcomes:
        if outcome.error is not None:
            continue
        if first and header is not None:
            yield header.rstrip("\n")
        first = False
        yield outcome.output.decode("utf-8").rstrip("\n")


def _error_line(path: str, outcome: CallOutcome, with_file: bool) -> str:
    record = {"line": outcome.error.line_no, "reason": outcome.error.reason}
    if with_file:
        record["file"] = path
    return dump(record)


def _count(outcome: CallOutcome) -> Summary:
    summary = Summary()
    summary.add(outcome)
    return summary


def _merge(left: Summary, right: Summary) -> Summary:
    return Summary(calls_in=left.calls_in + right.calls_in, calls_out=left.calls_out + right.calls_out,
                   errors=left.errors + right.errors, turns=left.turns + right.turns,
                   entities=left.entities + right.entities, qa_failures=left.qa_failures + right.qa_failures,
                   passed_through=left.passed_through + right.passed_through)


def run_spark_job(job: SparkJob, spark: Any = None) -> Summary:
    """Run the job on `spark` (or a session built from job.master); the summary of the whole export."""
    import time

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    started = time.monotonic()
    if spark is None:
        if job.master is None or job.master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers: this interpreter
        builder = SparkSession.builder.appName("guard-batch")
        if job.master:
            builder = builder.master(job.master)
        spark = builder.getOrCreate()
    sc = spark.sparkContext
    in_format = detect_format(job.input.rstrip("/"), job.input_format)
    out_format = job.output_format or detect_format(job.output.rstrip("/"))
    files = _input_files(sc, job.input)
    if not files:
        raise JobError(f"no input files at {job.input}")
    for target in (job.output, job.errors_path):
        if _exists(sc, target):
            raise JobError(f"{target} already exists; Spark does not overwrite (remove it or choose another)")

    columns = CSV_COLUMNS
    if in_format == CSV:
        columns = _csv_columns(sc, files[0])
        records = sc.binaryFiles(",".join(files)).flatMap(lambda pc: ((pc[0], r) for r in csv_records(*pc)))
    else:
        per_file = [sc.textFile(path).zipWithIndex().mapPartitions(
            lambda lines, path=path: ((path, r) for r in jsonl_records(lines))) for path in files]
        records = per_file[0] if len(per_file) == 1 else sc.union(per_file)

    operator, key, redact_fields = job.operator, job.key, job.redact_fields
    outcomes = records.mapPartitions(
        lambda part: redact_partition(part, operator, key, out_format, columns, redact_fields)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        header = csv_header(columns) if out_format == CSV else None
        codec = GZIP_CODEC if job.output.rstrip("/").endswith(".gz") else None
        outcomes.mapPartitions(lambda part: _output_partition(part, header)).saveAsTextFile(
            job.output, compressionCodecClass=codec)
        with_file = len(files) > 1
        outcomes.filter(lambda po: po[1].error is not None).map(
            lambda po: _error_line(po[0], po[1], with_file)).saveAsTextFile(job.errors_path)
        summary = outcomes.map(lambda po: _count(po[1])).fold(Summary(), _merge)
    finally:
        outcomes.unpersist()
    summary.elapsed_s = time.monotonic() - started
    return summary


def _hadoop_path(sc: Any, path: str) -> tuple[Any, Any]:
    jvm = sc._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path, hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())


def _exists(sc: Any, path: str) -> bool:
    hadoop_path, fs = _hadoop_path(sc, path)
    return bool(fs.exists(hadoop_path))


def _input_files(sc: Any, path: str) -> list[str]:
    """The files behind a path, directory or glob, sorted; hidden and `_`-prefixed ones (e.g. _SUCCESS) left out."""
    hadoop_path, fs = _hadoop_path(sc, path)
    statuses = fs.globStatus(hadoop_path) or []
    files: list[str] = []
    for status in statuses:
        if status.isDirectory():
            files += [child.getPath().toString() for child in fs.listStatus(status.getPath()) if child.isFile()]
        else:
            files.append(status.getPath().toString())
    return sorted(f for f in files if not os.path.basename(f).startswith(("_", ".")))


def _csv_columns(sc: Any, first_file: str) -> tuple[str, ...]:
    """The output columns, from the first CSV file's header (extra columns follow the standard ones)."""
    header = sc.textFile(first_file).first()
    return open_export(io.BytesIO(header.encode("utf-8")), CSV).columns


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: the arguments of `guard batch`, run with --engine spark."""
    from guard.cli import main as guard_main

    args = list(sys.argv[1:] if argv is None else argv)
    return guard_main(["batch", *args, "--engine", "spark"])


if __name__ == "__main__":
    sys.exit(main())
