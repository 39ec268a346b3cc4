"""`guard batch --resume`: after a crash or `kill -9` the job continues where it stopped, no call lost or
written twice, and the result is byte-identical to an uninterrupted run."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guard.batch import BatchOptions, JobError, run_batch
from guard.batch import job as batch_job
from test_batch_samples import sample_calls, write_export

BAD_LINES = [b"{not json\n", b'{"call_id": "no-turns"}\n']


def export_with_bad_lines(path: Path, count: int, turns: int) -> Path:
    write_export(sample_calls(count, turns), path)
    lines = path.read_bytes().splitlines(keepends=True)
    lines.insert(count // 2, BAD_LINES[0])
    lines.insert(count - 3, BAD_LINES[1])
    path.write_bytes(b"".join(lines))
    return path


def run(source: Path, out: Path, **options):
    options.setdefault("workers", 1)
    options.setdefault("progress", False)
    return run_batch(BatchOptions(str(source), str(out), **options), log=io.StringIO())


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, no cleanup of ours."""


def crash_after(monkeypatch, writes: int) -> None:
    real_write = batch_job._write
    done = {"n": 0}

    def write(outcome, out, err):
        if done["n"] == writes:
            raise Crash()
        done["n"] += 1
        real_write(outcome, out, err)
    monkeypatch.setattr(batch_job, "_write", write)


def test_kill_9_of_a_running_job_then_resume_is_byte_identical_to_an_uninterrupted_run(tmp_path):
    source = export_with_bad_lines(tmp_path / "export.jsonl", count=150, turns=3)
    reference = tmp_path / "reference.jsonl"
    run(source, reference, checkpoint_every=10)

    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "guard", "batch", str(source), "-o", str(out), "--workers", "2",
               "--checkpoint-every", "10"]
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    checkpoint = Path(str(out) + ".checkpoint")
    deadline = time.monotonic() + 240
    progress = 0
    while time.monotonic() < deadline and job.poll() is None:
        try:
            progress = json.loads(checkpoint.read_text())["input_line"]
        except (FileNotFoundError, ValueError):
            progress = 0
        if progress >= 30:
            os.killpg(job.pid, signal.SIGKILL)  # the job and its workers, as a crash would
            break
        time.sleep(0.01)
    job.wait(timeout=60)
    assert job.returncode == -signal.SIGKILL, f"the job ended before it could be killed: {job.stderr.read()[-500:]}"
    assert not out.exists() and Path(str(out) + ".partial").exists()
    assert not json.loads(checkpoint.read_text())["done"]

    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 1, resumed.stderr  # 1: the two bad lines went to the errors file
    assert out.read_bytes() == reference.read_bytes()
    assert (tmp_path / "out.errors.jsonl").read_bytes() == (tmp_path / "reference.errors.jsonl").read_bytes()
    assert "calls in 152 = calls out 150 + errors 2  (reconciled)" in resumed.stderr
    assert "resumed after input line" in resumed.stderr
    assert not checkpoint.exists() and not Path(str(out) + ".partial").exists()


def _csv_export(path: Path, calls: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["call_id", "operator_id", "started_at", "speaker", "start", "end", "text"])
        for call in calls:
            for turn in call["turns"]:
                writer.writerow([call["call_id"], call["operator_id"], call["started_at"], turn["speaker"],
                                 turn["start"], turn["end"], turn["text"]])
    return path


@pytest.mark.parametrize("source_name, output_name", [("export.jsonl", "out.jsonl.gz"), ("export.csv", "out.csv")])
def test_a_crashed_gzip_or_csv_output_resumes_byte_identical(tmp_path, monkeypatch, source_name, output_name):
    if source_name.endswith(".csv"):
        source = _csv_export(tmp_path / source_name, sample_calls(23, 3))
    else:
        source = export_with_bad_lines(tmp_path / source_name, count=23, turns=2)
    reference = tmp_path / ("reference" + output_name[3:])
    run(source, reference, checkpoint_every=4)

    out = tmp_path / output_name
    crash_after(monkeypatch, writes=14)
    with pytest.raises(Crash):
        run(source, out, checkpoint_every=4)
    monkeypatch.undo()
    assert not out.exists()
    summary = run(source, out, checkpoint_every=4, resume=True)
    assert out.read_bytes() == reference.read_bytes()
    assert summary.resumed_from_line > 0 and summary.reconciles


def test_resume_refuses_an_input_that_changed_since_the_crash(tmp_path, monkeypatch):
    source = write_export(sample_calls(10, 1), tmp_path / "export.jsonl")
    out = tmp_path / "out.jsonl"
    crash_after(monkeypatch, writes=6)
    with pytest.raises(Crash):
        run(source, out, checkpoint_every=2)
    monkeypatch.undo()
    with open(source, "ab") as handle:
        handle.write(source.read_bytes().splitlines(keepends=True)[0])
    with pytest.raises(JobError, match="input_size"):
        run(source, out, checkpoint_every=2, resume=True)


def test_a_crash_between_the_final_checkpoint_and_the_renames_is_finished_by_resume(tmp_path, monkeypatch):
    source = write_export(sample_calls(5, 1), tmp_path / "export.jsonl")
    reference = tmp_path / "reference.jsonl"
    run(source, reference)
    out = tmp_path / "out.jsonl"

    def crash(*args):
        raise Crash()
    monkeypatch.setattr(batch_job, "_finish", crash)
    with pytest.raises(Crash):
        run(source, out)
    monkeypatch.undo()
    summary = run(source, out, resume=True)
    assert out.read_bytes() == reference.read_bytes()
    assert summary.calls_in == 5 and summary.reconciles
    assert not Path(str(out) + ".checkpoint").exists()


def test_without_resume_an_old_checkpoint_is_discarded_and_the_job_starts_over(tmp_path, monkeypatch):
    source = write_export(sample_calls(6, 1), tmp_path / "export.jsonl")
    out = tmp_path / "out.jsonl"
    crash_after(monkeypatch, writes=4)
    with pytest.raises(Crash):
        run(source, out, checkpoint_every=2)
    monkeypatch.undo()
    summary = run(source, out, checkpoint_every=2)
    assert summary.calls_in == 6 and summary.resumed_from_line == 0
    assert len(out.read_bytes().splitlines()) == 6


class CountingReport:
    def __init__(self):
        self.call_ids = []

    def add(self, call_qa):
        self.call_ids.append(call_qa)

    def to_json(self):
        return {"calls": self.call_ids}

    def write_html(self, path):
        Path(path).write_text(json.dumps(self.call_ids), encoding="utf-8")


def call_id_qa(call, redact):
    return call["call_id"]


@pytest.mark.parametrize("crash_in", ["_write", "_finish"])
def test_a_resumed_report_counts_every_call_exactly_once(tmp_path, monkeypatch, crash_in):
    from guard.batch.report import QaModule

    monkeypatch.setattr("guard.batch.report.load_qa", lambda: QaModule(call_id_qa, CountingReport))
    calls = sample_calls(13, 1)
    source = write_export(calls, tmp_path / "export.jsonl")
    out, html = tmp_path / "out.jsonl", tmp_path / "qa.html"
    with monkeypatch.context() as crashing:
        if crash_in == "_write":
            crash_after(crashing, writes=9)
        else:
            crashing.setattr(batch_job, "_finish", lambda *args: (_ for _ in ()).throw(Crash()))
        with pytest.raises(Crash):
            run(source, out, checkpoint_every=4, report=str(html))
    run(source, out, checkpoint_every=4, report=str(html), resume=True)
    assert json.loads(html.read_text(encoding="utf-8")) == [c["call_id"] for c in calls]
    assert not list(tmp_path.glob("*.partial"))
