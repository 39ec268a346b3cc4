"""A JSONL line holding a lone surrogate escape ("\\ud800": valid JSON, no Unicode text) is a bad line: `guard redact`,
`guard check` and `guard qa` report it by number and process every other line (red-team bb4 F07: the run aborted
with a traceback on writing, and the lines after it were lost)."""
import json
import subprocess
import sys

import pytest

PHONE = "89161234567"
GOOD_TEXT = f"Клиент просил перезвонить на {PHONE}"


def _guard(*args, cwd):
    return subprocess.run([sys.executable, "-m", "guard", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("command", ["redact", "check"])
def test_a_lone_surrogate_line_is_reported_and_every_other_line_is_processed(tmp_path, command):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "\\ud800 x"}\n' + json.dumps({"id": 2, "text": GOOD_TEXT}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    run = _guard(command, str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    assert "line 1" in run.stderr and "lone surrogate" in run.stderr, run.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [2]
    assert PHONE not in json.dumps(rows, ensure_ascii=False) or command == "check"


def test_qa_reports_a_lone_surrogate_call_and_reports_the_other_calls(tmp_path):
    source = tmp_path / "calls.jsonl"
    good = {"call_id": "c2", "turns": [{"speaker": "operator", "text": "Здравствуйте, чем могу помочь?"}]}
    source.write_text('{"call_id": "c1", "turns": [{"speaker": "operator", "text": "\\ud800 Здравствуйте"}]}\n'
                      + json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    report = tmp_path / "r.html"
    run = _guard("qa", str(source), "--report", str(report), cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    assert "line 1" in run.stderr, run.stderr
    assert "c2" in report.read_text(encoding="utf-8")
