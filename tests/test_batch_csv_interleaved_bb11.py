"""A CSV export ordered by time interleaves its calls' rows (red team bb11 21): `guard batch` groups them by call_id
within a window of rows, writes the calls in the order of their first rows, checkpoints only where a resume is
exact, and warns (no value) of a call whose rows came apart beyond the window."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.batch import BatchOptions, run_batch
from guard.batch import job as batch_job
from guard.batch import records as batch_records
from guard.batch.records import CSV, open_export

HEADER = ["call_id", "operator_id", "started_at", "speaker", "start", "end", "text"]


def _row(call_id: str, turn: int, text: str) -> list[str]:
    return [call_id, "op7", "2026-10-03T11:20:00", "operator" if turn % 2 == 0 else "client",
            str(2 * turn), str(2 * turn + 1), text]


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _records(data: bytes, after_line: int = 0) -> list:
    return list(open_export(io.BytesIO(data), CSV, after_line).records)


@st.composite
def interleaved_calls(draw):
    """A few calls of a few rows each, and one order of all their rows that keeps each call's own order."""
    sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=6))
    owners = [number for number, size in enumerate(sizes) for _ in range(size)]
    order = draw(st.permutations(owners))
    seen = [0] * len(sizes)
    rows = []
    for number in order:
        rows.append(_row(f"k-{number}", seen[number], f"реплика {seen[number]} звонка {number}"))
        seen[number] += 1
    return sizes, rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interleaved_calls())
def test_any_interleaving_reads_as_the_grouped_calls_in_the_order_of_their_first_rows(case):
    sizes, rows = case
    records = _records(_csv_bytes(rows))
    first_seen = list(dict.fromkeys(row[0] for row in rows))
    assert [record.call["call_id"] for record in records] == first_seen
    for record in records:
        expected = [row[6] for row in rows if row[0] == record.call["call_id"]]
        assert [turn["text"] for turn in record.call["turns"]] == expected
        assert not record.split


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interleaved_calls())
def test_resuming_after_any_checkpointable_record_reads_exactly_the_records_after_it(case):
    _, rows = case
    data = _csv_bytes(rows)
    records = _records(data)
    assert records[-1].resume_after is not None  # the end of the export is always a place to resume
    for index, record in enumerate(records):
        if record.resume_after is None:
            continue
        rest = _records(data, after_line=record.resume_after)
        assert [r.call for r in rest] == [r.call for r in records[index + 1:]]


def test_a_grouped_export_checkpoints_after_every_call_as_before():
    rows = [_row("a-1", 0, "один"), _row("a-1", 1, "два"), _row("a-2", 0, "три"), _row("a-3", 0, "четыре")]
    records = _records(_csv_bytes(rows))
    assert [(r.line_no, r.last_line, r.resume_after) for r in records] == [(2, 3, 3), (4, 4, 4), (5, 5, 5)]


def test_rows_further_apart_than_the_window_are_two_calls_and_marked_split(monkeypatch):
    monkeypatch.setattr(batch_records, "CALL_IDLE_ROWS", 2)
    rows = [_row("b-1", 0, "начало"), _row("b-2", 0, "x"), _row("b-3", 0, "y"), _row("b-4", 0, "z"),
            _row("b-1", 1, "продолжение")]
    records = _records(_csv_bytes(rows))
    assert [(r.call["call_id"], r.split) for r in records] == [
        ("b-1", False), ("b-2", False), ("b-3", False), ("b-4", False), ("b-1", True)]


def run(source: Path, out: Path, **options):
    options.setdefault("workers", 1)
    options.setdefault("progress", False)
    log = io.StringIO()
    summary = run_batch(BatchOptions(str(source), str(out), **options), log=log)
    return summary


# Two calls as a time-ordered export writes them: the code word is an answer to the other line's question
CALL_A = ["подскажите ваше кодовое слово", "черёмуха", "спасибо, проверяю"]
CALL_B = ["как к вам обращаться", "меня зовут Аглая", "слушаю вас, Аглая"]


def _export(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    path = tmp_path / name
    path.write_bytes(_csv_bytes(rows))
    return path


def _calls_by_id(path: Path) -> dict[str, list[str]]:
    calls: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        calls.setdefault(row["call_id"], []).append(row["text"])
    return calls


def test_an_interleaved_export_is_redacted_as_its_grouped_form_and_the_code_word_is_hidden(tmp_path):
    a = [_row("z-1", k, text) for k, text in enumerate(CALL_A)]
    b = [_row("z-2", k, text) for k, text in enumerate(CALL_B)]
    grouped = _export(tmp_path, "grouped.csv", a + b)
    interleaved = _export(tmp_path, "interleaved.csv", [a[0], b[0], a[1], b[1], a[2], b[2]])
    run(grouped, tmp_path / "grouped.out.csv")
    summary = run(interleaved, tmp_path / "interleaved.out.csv")
    assert summary.calls_in == 2 and summary.calls_split == 0
    assert _calls_by_id(tmp_path / "interleaved.out.csv") == _calls_by_id(tmp_path / "grouped.out.csv")
    assert "черёмуха" not in (tmp_path / "interleaved.out.csv").read_text(encoding="utf-8")


def test_a_call_split_beyond_the_window_is_warned_without_its_id(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_records, "CALL_IDLE_ROWS", 1)
    rows = [_row("7-916-555-01-02", 0, "добрый день"), _row("y-2", 0, "алло"), _row("y-3", 0, "да"),
            _row("7-916-555-01-02", 1, "до свидания")]
    source = _export(tmp_path, "split.csv", rows)
    summary = run(source, tmp_path / "split.out.csv")
    assert summary.calls_in == 4 and summary.calls_split == 1
    text = "\n".join(summary.lines())
    assert "came back" in text and "555" not in text


class Crash(BaseException):
    """Stands for the process dying."""


def test_a_crashed_interleaved_export_resumes_byte_identical(tmp_path, monkeypatch):
    rows = []  # ten calls, two at a time interleaved: a resume is exact only after the second of each pair
    for pair in range(5):
        for turn in range(3):
            for number in (2 * pair, 2 * pair + 1):
                rows.append(_row(f"r-{number}", turn, f"реплика {turn} звонка {number}"))
    source = _export(tmp_path, "export.csv", rows)
    reference = tmp_path / "reference.csv"
    run(source, reference, checkpoint_every=3)

    real_write, done = batch_job._write, {"n": 0}

    def write(outcome, out, err):
        if done["n"] == 5:
            raise Crash()
        done["n"] += 1
        real_write(outcome, out, err)
    out = tmp_path / "out.csv"
    monkeypatch.setattr(batch_job, "_write", write)
    with pytest.raises(Crash):
        run(source, out, checkpoint_every=3)
    monkeypatch.undo()
    summary = run(source, out, checkpoint_every=3, resume=True)
    assert out.read_bytes() == reference.read_bytes()
    assert summary.resumed_from_line == 13  # lines 2-13 hold calls 0-3: the checkpoint due at call 3 fell after call 4
    assert summary.calls_in == 10 and summary.reconciles
