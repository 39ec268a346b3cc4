"""`guard batch IN -o OUT` (docs/interfaces.md §6): redact an export of call transcripts.

Local by default (every core, resumable); `--engine spark` runs the same per-call function as a
PySpark job (guard/spark.py). Exit codes: 0 every record written, 1 some records went to the errors
file (everything else was written), 2 the job could not run as asked.
"""
from __future__ import annotations

import argparse
import sys

from guard.batch.calls import field_path
from guard.operators import OPERATOR_NAMES, key_file_problem

FORMATS = ("jsonl", "csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="export: JSONL (one call per line) or CSV (one turn per row); "
                                      ".gz is decompressed; '-' for stdin")
    parser.add_argument("-o", "--output", default="-",
                        help="redacted export ('.gz' compresses, '-' for stdout; default '-'); "
                             "with --engine spark a directory on any Hadoop-compatible file system")
    parser.add_argument("--errors", help="bad records with line number and reason "
                                         "(default OUT.errors.jsonl beside the output; stderr with -o -)")
    parser.add_argument("--input-format", choices=FORMATS, help="default: from the input name (*.csv[.gz] is CSV)")
    parser.add_argument("--output-format", choices=FORMATS, help="default: CSV for *.csv[.gz], else JSONL; with -o - the input's format")
    parser.add_argument("--workers", type=int, default=0, help="worker processes (default: every core)")
    parser.add_argument("--operator", choices=OPERATOR_NAMES, default="tag",
                        help="how values are replaced (default: <TYPE> tags)")
    parser.add_argument("--pseudonymize", action="store_true",
                        help="keyed pseudonyms (same value -> same token in every call and every run); "
                             "needs --key-file")
    parser.add_argument("--key-file", help="secret key for pseudonyms / encryption (raw bytes of the file)")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run from its checkpoint (OUT.checkpoint)")
    parser.add_argument("--checkpoint-every", type=int, default=1000, metavar="N",
                        help="records between checkpoints (default 1000)")
    parser.add_argument("--redact-field", action="append", default=[], metavar="FIELD", dest="redact_fields",
                        help="also redact this field as free text, repeatable: a call's ('summary', 'meta.comment') "
                             "or every turn's ('turns.note', 'turns[].note'; a CSV's extra column is a turn's). "
                             "Other fields pass through; those holding text are named (never shown) in a warning")
    parser.add_argument("--report", metavar="HTML", help="also write the disclosure QA report over the same calls")
    parser.add_argument("--engine", choices=("local", "spark"), default="local",
                        help="local processes (default) or a PySpark job (pip install 'guard[spark]')")
    parser.add_argument("--master", help="with --engine spark: the Spark master (default: spark-submit's, "
                                         "else local[*])")
    parser.add_argument("--no-progress", action="store_true", help="no progress line even on a terminal")



def run(args: argparse.Namespace) -> int:
    operator = "pseudonym" if args.pseudonymize else args.operator
    if any(field_path(name) in ("turns[].text", "turns", "") for name in args.redact_fields):
        return _fail("--redact-field: the turns' text is always redacted; name the other fields to redact")
    if args.pseudonymize and args.operator not in ("tag", "pseudonym"):
        return _fail("--pseudonymize and --operator disagree; give one of them")
    key = None
    if operator in ("pseudonym", "encrypt"):
        if not args.key_file:
            return _fail(f"the {operator} operator needs --key-file")
        try:
            with open(args.key_file, "rb") as handle:
                key = handle.read().strip()
        except OSError as exc:
            return _fail(f"cannot read key file: {exc.strerror}")
        if (problem := key_file_problem(key)) is not None:
            return _fail(problem)
    if args.report:
        try:
            from guard.batch.report import load_qa

            load_qa()
        except ImportError:
            return _fail("--report needs the disclosure QA (guard.disclosure.qa), which is not installed")

    if args.engine == "spark":
        return _run_spark(args, operator, key)

    from guard.batch import BatchOptions, JobError, run_batch

    options = BatchOptions(
        input=args.input, output=args.output, errors=args.errors, input_format=args.input_format,
        output_format=args.output_format, workers=args.workers, operator=operator, key=key,
        resume=args.resume, report=args.report, checkpoint_every=args.checkpoint_every,
        progress=False if args.no_progress else None, redact_fields=tuple(args.redact_fields),
    )
    try:
        summary = run_batch(options)
    except JobError as exc:
        return _fail(str(exc))
    from guard.batch import errors_path_for

    for line in summary.lines(args.errors or errors_path_for(args.output)):
        print(f"guard batch: {line}", file=sys.stderr)
    if not summary.reconciles:
        return 2
    return 1 if summary.errors else 0


def _run_spark(args: argparse.Namespace, operator: str, key: bytes | None) -> int:
    if args.resume:
        return _fail("--resume is for the local engine; Spark retries failed tasks itself")
    if "-" in (args.input, args.output):
        return _fail("--engine spark reads and writes Hadoop paths, not stdin / stdout")
    if args.report:
        return _fail("--report is not available with --engine spark; run the local engine for the QA report")
    try:
        from guard.spark import SparkJob, run_spark_job
    except ImportError as exc:
        return _fail(f"--engine spark needs pyspark (pip install 'guard[spark]'): {exc}")
    job = SparkJob(input=args.input, output=args.output, errors=args.errors, input_format=args.input_format,
                   output_format=args.output_format, operator=operator, key=key, master=args.master,
                   redact_fields=tuple(args.redact_fields))
    from guard.batch import JobError

    try:
        summary = run_spark_job(job)
    except JobError as exc:
        return _fail(str(exc))
    for line in summary.lines(job.errors_path):
        print(f"guard batch: {line}", file=sys.stderr)
    if not summary.reconciles:
        return 2
    return 1 if summary.errors else 0


def _fail(message: str) -> int:
    print(f"guard batch: {message}", file=sys.stderr)
    return 2
