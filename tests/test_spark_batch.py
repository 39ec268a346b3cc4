"""`guard batch --engine spark` writes what the local engine writes: same calls, same bytes, same errors.

Runs PySpark in local mode (local[2]); skipped, with the reason, only when pyspark or Java is missing.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from guard.batch import BatchOptions, run_batch
from test_batch_samples import sample_calls, write_export

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'guard[spark]')")
if shutil.which("java") is None:
    pytest.skip("Java is not installed: PySpark needs a JVM", allow_module_level=True)

from guard.spark import SparkJob, run_spark_job  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    import os

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("guard-batch-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def local(source: Path, out: Path) -> object:
    return run_batch(BatchOptions(str(source), str(out), workers=1, progress=False), log=io.StringIO())


def parts(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(directory.glob("part-*")))


def test_spark_output_equals_the_local_engine_output_on_the_same_sample(tmp_path, spark):
    source = write_export(sample_calls(16, 2), tmp_path / "export.jsonl")
    lines = source.read_bytes().splitlines(keepends=True)
    lines[3:3] = [b"{not json\n", '{"call_id": "x"}\n'.encode(), '{"turns": [{"text": "\xff"}]}\n'.encode("latin-1")]
    source.write_bytes(b"".join(lines))
    local_summary = local(source, tmp_path / "local.jsonl")

    job = SparkJob(str(source), str(tmp_path / "spark_out"), errors=str(tmp_path / "spark_errors"))
    summary = run_spark_job(job, spark)

    assert parts(tmp_path / "spark_out") == (tmp_path / "local.jsonl").read_bytes()
    spark_errors = [json.loads(line) for line in parts(tmp_path / "spark_errors").decode().splitlines()]
    local_errors = [json.loads(line) for line in (tmp_path / "local.errors.jsonl").read_text().splitlines()]
    assert spark_errors == local_errors and [e["line"] for e in local_errors] == [4, 5, 6]
    assert (summary.calls_in, summary.calls_out, summary.errors, summary.turns, summary.entities) == (
        local_summary.calls_in, local_summary.calls_out, local_summary.errors, local_summary.turns,
        local_summary.entities)


def test_spark_reads_and_writes_csv_like_the_local_engine(tmp_path, spark):
    source = tmp_path / "export.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["call_id", "operator_id", "started_at", "speaker", "start", "end", "text"])
        for call in sample_calls(6, 2):
            for turn in call["turns"]:
                writer.writerow([call["call_id"], call["operator_id"], call["started_at"], turn["speaker"],
                                 turn["start"], turn["end"], turn["text"]])
    local(source, tmp_path / "local.csv")
    run_spark_job(SparkJob(str(source), str(tmp_path / "spark.csv")), spark)
    assert parts(tmp_path / "spark.csv") == (tmp_path / "local.csv").read_bytes()


def test_guard_batch_engine_spark_from_the_command_line(tmp_path, spark, capsys):
    from guard.cli import main

    source = write_export(sample_calls(4, 1), tmp_path / "export.jsonl")
    out = tmp_path / "redacted"
    assert main(["batch", str(source), "-o", str(out), "--engine", "spark"]) == 0  # joins the running session
    assert "calls in 4 = calls out 4 + errors 0  (reconciled)" in capsys.readouterr().err
    assert len(parts(out).splitlines()) == 4
