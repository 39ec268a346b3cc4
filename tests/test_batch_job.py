"""`guard batch` (docs/interfaces.md §6) as a specification: what goes in comes out redacted, in order, or is
reported by line number; nothing is lost and the counts say so."""
from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from guard.batch import BatchOptions, run_batch
from guard.batch.report import QaModule
from test_batch_samples import sample_calls, write_export

CALLS = sample_calls(12, turns=2)
NAME = "Иванов"  # in bad records below: must never reach an errors file or a summary


def run(tmp_path: Path, source: Path, output: str = "out.jsonl", **options) -> tuple[Path, object]:
    out = tmp_path / output
    options.setdefault("workers", 1)
    options.setdefault("progress", False)
    summary = run_batch(BatchOptions(str(source), str(out), **options), log=io.StringIO())
    return out, summary


def lines(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.jsonl"
    write_export(CALLS, path)
    return path


@pytest.fixture(scope="module")
def expected_texts() -> dict[str, str]:
    from guard import Redactor

    redactor = Redactor()
    # each turn as its speaker said it: the operator's own name in their greeting stays (guard/dialogue.py)
    return {turn["text"]: redactor.redact_dialogue([(turn["speaker"], turn["text"])])[0].text
            for call in CALLS for turn in call["turns"]}


def test_every_turn_is_redacted_with_entities_in_original_offsets(tmp_path, export, expected_texts):
    out, summary = run(tmp_path, export)
    written = lines(out)
    assert [c["call_id"] for c in written] == [c["call_id"] for c in CALLS]
    for original, redacted in zip(CALLS, written):
        assert {k: v for k, v in redacted.items() if k != "turns"} == {k: v for k, v in original.items() if k != "turns"}
        for before, after in zip(original["turns"], redacted["turns"]):
            assert after["text"] == expected_texts[before["text"]]
            assert (after["speaker"], after["start"], after["end"]) == (before["speaker"], before["start"], before["end"])
            for entity in after["entities"]:
                assert 0 <= entity["start"] < entity["end"] <= len(before["text"])
    assert summary.calls_out == len(CALLS) and summary.errors == 0
    assert sum(summary.entities.values()) == sum(len(t["entities"]) for c in written for t in c["turns"])


def test_two_workers_keep_input_order_and_write_what_one_worker_writes(tmp_path, export):
    one, _ = run(tmp_path, export, "one.jsonl")
    two, summary = run(tmp_path, export, "two.jsonl", workers=2, chunk_size=1)
    assert two.read_bytes() == one.read_bytes()
    assert len(summary.worker_peak_rss_kb) == 2


def test_bad_records_go_to_the_errors_file_with_line_numbers_and_no_content(tmp_path, export):
    good = export.read_bytes().splitlines(keepends=True)
    bad = [
        f'{{"call_id": "{NAME}", "turns": [\n'.encode(),                      # 3: not JSON
        f'{{"call_id": "x", "turns": [{{"text": "{NAME}"}}]}}'.encode("cp1251") + b"\n",  # 5: not UTF-8
        f'{{"call_id": "{NAME}"}}\n'.encode(),                                  # 7: no turns
        f'{{"call_id": "x", "turns": "{NAME}"}}\n'.encode(),                   # 9: turns not a list
        f'{{"call_id": "x", "turns": [{{"text": ["{NAME}"]}}]}}\n'.encode(),   # 11: text not a string
    ]
    mixed = good[:2] + [bad[0]] + [good[2]] + [bad[1]] + [good[3]] + [bad[2]] + [good[4]] + [bad[3]] + [good[5]] + [bad[4]] + [b"\n"] + good[6:]
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(b"".join(mixed))
    out, summary = run(tmp_path, source)
    errors = lines(tmp_path / "out.errors.jsonl")
    assert [e["line"] for e in errors] == [3, 5, 7, 9, 11]
    reasons = [e["reason"] for e in errors]
    assert reasons[0].startswith("not JSON") and reasons[1].startswith("not valid UTF-8")
    assert reasons[2] == "missing field(s): turns" and reasons[3] == "field 'turns' must be a list"
    assert reasons[4] == "turn 1: field 'text' must be a string"
    assert NAME not in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")
    assert NAME not in "\n".join(summary.lines())
    assert [c["call_id"] for c in lines(out)] == [c["call_id"] for c in CALLS]


def test_counts_reconcile_calls_in_equals_calls_out_plus_errors(tmp_path, export):
    source = tmp_path / "with_bad.jsonl"
    source.write_bytes(export.read_bytes() + b"{oops\n[1, 2]\n")
    out, summary = run(tmp_path, source)
    in_file = len([line for line in source.read_bytes().splitlines() if line.strip()])
    assert summary.calls_in == in_file == len(CALLS) + 2
    assert summary.calls_in == len(lines(out)) + len(lines(tmp_path / "out.errors.jsonl"))
    assert summary.reconciles
    assert f"calls in {in_file} = calls out {len(CALLS)} + errors 2  (reconciled)" in summary.lines()[0]


def test_a_call_the_detector_fails_on_is_withheld_not_written_half_redacted(tmp_path, export, monkeypatch):
    from guard.batch import worker

    real_start = worker.start_worker

    def start_with_failing_detector(settings, watch_parent=False):
        real_start(settings, watch_parent)
        real = worker._worker.redactor

        class Failing:
            def redact(self, text):
                if "перезвоню" in text:
                    raise RuntimeError(text)  # the message holds the text: it must not be reported
                return real.redact(text)
        worker._worker.redactor = Failing()

    monkeypatch.setattr("guard.batch.pool.start_worker", start_with_failing_detector)
    out, summary = run(tmp_path, export)
    failing = [i for i, c in enumerate(CALLS) if any("перезвоню" in t["text"] for t in c["turns"])]
    assert failing, "the sample needs a call with the trigger word"
    errors = lines(tmp_path / "out.errors.jsonl")
    assert len(errors) == len(failing) and all("redaction failed (RuntimeError)" in e["reason"] for e in errors)
    assert "перезвоню" not in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")
    assert summary.calls_out + summary.errors == len(CALLS)


def test_gzip_input_and_output(tmp_path, export):
    plain, _ = run(tmp_path, export, "plain.jsonl")
    gz_source = tmp_path / "export.jsonl.gz"
    gz_source.write_bytes(gzip.compress(export.read_bytes()))
    packed, summary = run(tmp_path, gz_source, "packed.jsonl.gz", checkpoint_every=5)
    assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()
    assert summary.calls_out == len(CALLS)
    assert (tmp_path / "packed.errors.jsonl").exists()


def _csv_export(path: Path, calls: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["call_id", "operator_id", "started_at", "speaker", "start", "end", "text"])
        for call in calls:
            for turn in call["turns"]:
                writer.writerow([call["call_id"], call["operator_id"], call["started_at"], turn["speaker"],
                                 turn["start"], turn["end"], turn["text"]])


def test_csv_export_in_and_out_one_turn_per_row(tmp_path, export):
    calls = [dict(c) for c in CALLS[:4]]
    calls[1] = {**calls[1], "turns": [{**calls[1]["turns"][0], "text": "Первая строка,\nвторая: тел. 8-916-123-45-67"}]
                + calls[1]["turns"][1:]}
    source = tmp_path / "export.csv"
    _csv_export(source, calls)
    as_jsonl, summary = run(tmp_path, source, "from_csv.jsonl")
    written = lines(as_jsonl)
    assert [c["call_id"] for c in written] == [c["call_id"] for c in calls]
    assert [len(c["turns"]) for c in written] == [len(c["turns"]) for c in calls]
    assert "8-916-123-45-67" not in json.dumps(written, ensure_ascii=False)
    assert written[0]["turns"][0]["start"] == calls[0]["turns"][0]["start"]

    as_csv, _ = run(tmp_path, source, "out.csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(c["turns"]) for c in calls)
    assert list(rows[0]) == ["call_id", "operator_id", "started_at", "speaker", "start", "end", "text", "entities"]
    by_turn = [t for c in written for t in c["turns"]]
    assert [r["text"] for r in rows] == [t["text"] for t in by_turn]
    assert [json.loads(r["entities"]) for r in rows] == [t["entities"] for t in by_turn]
    assert summary.calls_in == len(calls)


def test_a_bad_csv_row_withholds_its_whole_call_and_names_its_line(tmp_path):
    source = tmp_path / "export.csv"
    source.write_text(
        "call_id,operator_id,started_at,speaker,start,end,text\n"
        "c1,op1,2026-11-01T10:00:00,operator,0,2.5,Добрый день\n"
        f"c2,op1,2026-11-01T10:05:00,client,0,2,{NAME} слушает\n"
        f"c2,op1,2026-11-01T10:05:00,client,two,4,{NAME} звонит\n"
        "c3,op1,2026-11-01T10:09:00,client,0,1,Спасибо\n",
        encoding="utf-8")
    out, summary = run(tmp_path, source)
    assert [c["call_id"] for c in lines(out)] == ["c1", "c3"]
    [error] = lines(tmp_path / "out.errors.jsonl")
    assert error["line"] == 4
    assert error["reason"] == "column 'start' is not a number (the call on lines 3-4 is not written)"
    assert summary.calls_in == 3 and summary.reconciles


def test_stdin_to_stdout_with_bad_records_on_stderr_and_exit_code_1(export):
    data = export.read_bytes() + f'{{"call_id": "{NAME}"}}\n'.encode()
    done = subprocess.run([sys.executable, "-m", "guard", "batch", "-", "-o", "-", "--workers", "1"],
                          input=data, capture_output=True, timeout=300)
    assert done.returncode == 1
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [c["call_id"] for c in out] == [c["call_id"] for c in CALLS]
    stderr = done.stderr.decode()
    assert f'"line":{len(CALLS) + 1}' in stderr and "missing field(s): turns" in stderr
    assert f"calls in {len(CALLS) + 1} = calls out {len(CALLS)} + errors 1  (reconciled)" in stderr
    assert NAME not in stderr


def test_pseudonyms_are_stable_across_records_and_runs(tmp_path):
    phone_call = {"call_id": "p1", "turns": [{"speaker": "client", "text": "Мой номер 8-916-123-45-67, перезвоните."}]}
    again = {"call_id": "p2", "turns": [{"speaker": "client", "text": "Запишите телефон +7 916 123 45 67."}]}
    source = tmp_path / "export.jsonl"
    write_export([phone_call, again], source)
    key = b"analytics-2026"
    first, _ = run(tmp_path, source, "first.jsonl", operator="pseudonym", key=key)
    second, _ = run(tmp_path, source, "second.jsonl", operator="pseudonym", key=key)
    other, _ = run(tmp_path, source, "other.jsonl", operator="pseudonym", key=b"another key")
    assert first.read_bytes() == second.read_bytes()
    tokens = [t["text"].split("<PHONE_NUMBER_")[1].split(">")[0] for c in lines(first) for t in c["turns"]]
    assert tokens[0] == tokens[1]
    assert tokens[0] not in other.read_text(encoding="utf-8")
    assert "123-45-67" not in first.read_text(encoding="utf-8")


def test_pseudonymize_needs_a_key_file(tmp_path, export):
    done = subprocess.run([sys.executable, "-m", "guard", "batch", str(export), "-o", str(tmp_path / "o.jsonl"),
                           "--pseudonymize"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--key-file" in done.stderr


class FakeReport:
    def __init__(self):
        self.calls = []

    def add(self, call_qa):
        self.calls.append(call_qa)

    def to_json(self):
        return {"calls": self.calls}

    def write_html(self, path):
        Path(path).write_text(f"<html>{len(self.calls)} calls</html>", encoding="utf-8")


def fake_qa_call(call, redact):
    return {"call_id": call["call_id"], "original_seen": call["turns"][0]["text"],
            "redacted": [redact(t["text"]) for t in call["turns"]]}


def test_report_runs_qa_on_each_original_call_in_the_same_pass(tmp_path, export, monkeypatch, expected_texts):
    monkeypatch.setattr("guard.batch.report.load_qa", lambda: QaModule(fake_qa_call, FakeReport))
    captured = {}
    real_write = __import__("guard.batch.report", fromlist=["write_report"]).write_report
    monkeypatch.setattr("guard.batch.report.write_report",
                        lambda report, path: (captured.setdefault("report", report), real_write(report, path)))
    html = tmp_path / "report.html"
    out, summary = run(tmp_path, export, report=str(html))
    assert html.read_text(encoding="utf-8") == f"<html>{len(CALLS)} calls</html>"
    seen = captured["report"].calls
    assert [q["call_id"] for q in seen] == [c["call_id"] for c in CALLS]
    assert seen[0]["original_seen"] == CALLS[0]["turns"][0]["text"]
    assert seen[0]["redacted"] == [expected_texts[t["text"]] for t in CALLS[0]["turns"]]


def test_progress_is_drawn_on_a_terminal_and_silent_otherwise():
    from guard.batch.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, pipe = Terminal(), io.StringIO()
    position = iter([100, 500]).__next__
    shown = Progress(terminal, position=position, total_bytes=1000, interval_s=0)
    shown.update(10)
    shown.update(50)
    silent = Progress(pipe, position=position, total_bytes=1000, interval_s=0)
    silent.update(10)
    assert "50 calls" in terminal.getvalue() and "50.0%" in terminal.getvalue() and "ETA" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_reading_stays_a_bounded_number_of_chunks_ahead_of_the_output(engine):
    from guard.batch.pool import IN_FLIGHT_PER_WORKER, redact_in_order
    from guard.batch.records import Record
    from guard.batch.worker import WorkerSettings

    pulled = 0

    def endless_export():
        nonlocal pulled
        while True:
            pulled += 1
            yield Record(pulled, pulled, {"call_id": str(pulled), "turns": [{"text": "Добрый день"}]})

    results = redact_in_order(endless_export(), WorkerSettings(), workers=2, chunk_size=4)
    for _ in range(10):
        next(results)
    results.close()
    assert pulled <= (10 + 2 * IN_FLIGHT_PER_WORKER + 1) * 4


def test_a_truncated_gzip_input_stops_the_job_and_leaves_no_finished_output(tmp_path, export):
    from guard.batch import JobError

    source = tmp_path / "export.jsonl.gz"
    packed = gzip.compress(export.read_bytes() * 20)
    source.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(JobError, match="failed after .* record"):
        run(tmp_path, source)
    assert not (tmp_path / "out.jsonl").exists()


def test_report_with_the_disclosure_qa_covers_the_calls_and_shows_no_personal_data(tmp_path, export):
    pytest.importorskip("guard.disclosure.qa", reason="the disclosure QA is not in this tree")
    html = tmp_path / "report.html"
    out, summary = run(tmp_path, export, report=str(html))
    page = html.read_text(encoding="utf-8")
    assert summary.qa_failures == 0 and page.startswith("<!doctype html>")
    for value in ("8-916-123-45-67", "678901", "petr.ivanov@mail.ru", "Тверская"):
        assert value not in page


def test_an_export_with_no_calls_gives_a_valid_empty_gzip(tmp_path):
    source = tmp_path / "empty.jsonl"
    source.write_bytes(b"\n")
    out, summary = run(tmp_path, source, "out.jsonl.gz")
    assert gzip.decompress(out.read_bytes()) == b"" and summary.calls_in == 0


def test_a_byte_order_mark_or_a_semicolon_separated_csv_is_read_like_any_export(tmp_path):
    jsonl = tmp_path / "bom.jsonl"
    write_export(CALLS[:2], jsonl)
    jsonl.write_bytes(b"\xef\xbb\xbf" + jsonl.read_bytes())
    out, summary = run(tmp_path, jsonl, "from_bom.jsonl")
    assert summary.errors == 0 and [c["call_id"] for c in lines(out)] == [c["call_id"] for c in CALLS[:2]]

    semicolons = tmp_path / "excel.csv"
    semicolons.write_bytes("\ufeffcall_id;operator_id;started_at;speaker;start;end;text\r\n"
                           "c1;op1;2026-11-01T10:00:00;client;0;2,5;Мой номер 8-916-123-45-67\r\n".encode("utf-8"))
    out, summary = run(tmp_path, semicolons, "from_excel.jsonl")
    [call] = lines(out)
    assert summary.errors == 0 and call["call_id"] == "c1" and call["turns"][0]["end"] == 2.5
    assert "<PHONE_NUMBER>" in call["turns"][0]["text"]


@pytest.mark.parametrize("key", [b"k", b"0123456789abcde"])
def test_a_pseudonym_key_file_shorter_than_16_bytes_is_refused_with_its_length(tmp_path, export, key):
    # red-team bb4: a 1-byte key was accepted; 256 tries over a phone's digits would reverse its pseudonym
    key_file = tmp_path / "batch.key"
    key_file.write_bytes(key)
    done = subprocess.run([sys.executable, "-m", "guard", "batch", str(export), "-o", str(tmp_path / "o.jsonl"),
                           "--pseudonymize", "--key-file", str(key_file)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and f"holds {len(key)} byte" in done.stderr, done.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_a_pseudonym_key_file_of_16_bytes_or_more_is_taken(tmp_path, export):
    key_file = tmp_path / "batch.key"
    key_file.write_bytes(b"0123456789abcdef0123456789abcdef")
    done = subprocess.run([sys.executable, "-m", "guard", "batch", str(export), "-o", str(tmp_path / "o.jsonl"),
                           "--pseudonymize", "--key-file", str(key_file), "--no-progress"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "<PHONE_NUMBER_" in (tmp_path / "o.jsonl").read_text(encoding="utf-8")
