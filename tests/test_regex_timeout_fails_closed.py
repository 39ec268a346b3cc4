"""A pattern search that runs out of time (REGEX_TIMEOUT_SECONDS) fails the text's detection instead of being skipped:
a skipped pattern may have been the one that finds a value, and the text came back "redacted" with the value in it.
The callers withhold a text whose detection failed (guard redact: the line withheld and reported; the proxy: the text
masked whole; batch: the record reported)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import guard.analysis as analysis

TEXT = "Клиент Соколов, паспорт 4516 204733, тел. 89037654321. " * 20


def test_a_pattern_that_times_out_fails_the_detection_rather_than_skipping(redactor, monkeypatch):
    monkeypatch.setattr(analysis, "REGEX_TIMEOUT_SECONDS", 1e-9)
    with pytest.raises(TimeoutError):
        redactor.redact(TEXT)


def test_guard_redact_withholds_a_line_whose_pattern_search_timed_out(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", "import guard.analysis as a; a.REGEX_TIMEOUT_SECONDS = 1e-9; "
                           "from guard.cli import main; raise SystemExit(main())", "redact", str(source), "-o",
                           str(tmp_path / "out.jsonl")], capture_output=True, text=True, timeout=300)
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8") if (tmp_path / "out.jsonl").exists() else ""
    assert "204733" not in out and "89037654321" not in out
    assert "line 1" in done.stderr and "204733" not in done.stderr
