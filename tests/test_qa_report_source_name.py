"""The QA report names its source export with the personal data a file name may hold masked: a complaint exported as
"жалоба_Соловьёва_89031112233.jsonl" put the customer's surname and number on the report's first screen and in its
JSON (red team bb9, 28). Set through the command line or by guard batch --report, the report keeps only the masked
name (QaReport.source -> shown_source)."""
from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given, settings, strategies as st

from guard.disclosure.qa import QaReport, shown_source

CALL = {"call_id": "c-7", "operator_id": "op3", "started_at": "2026-11-20T09:00:00",
        "turns": [{"speaker": "operator", "start": 0, "end": 2, "text": "Здравствуйте, слушаю вас"}]}


def test_guard_qa_shows_the_source_file_without_the_customers_name_and_number(tmp_path):
    source = tmp_path / "жалоба_Соловьёва_89031112233.jsonl"
    source.write_text(json.dumps(CALL, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "guard", "qa", str(source), "--report", str(tmp_path / "r.html"),
                           "--json", str(tmp_path / "r.json")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for written in (tmp_path / "r.html", tmp_path / "r.json"):
        page = written.read_text(encoding="utf-8")
        assert "Соловьёва" not in page and "89031112233" not in page
    assert "жалоба_" in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["source"]


def test_a_path_without_personal_data_is_shown_as_given_and_stdin_stays_a_dash():
    assert shown_source("/exports/2026-11/calls.jsonl") == "/exports/2026-11/calls.jsonl"
    assert shown_source("-") == "-"
    assert QaReport(source=None).source is None


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="0123456789", min_size=5, max_size=14))
def test_any_run_of_five_digits_or_more_in_a_file_name_is_masked(digits):
    assert digits not in shown_source(f"calls_{digits}.jsonl")


def test_a_report_set_after_it_was_made_masks_too():
    report = QaReport()
    report.source = "/tmp/Соловьёва Ирина.jsonl"
    assert "Соловьёва" not in report.source and report.to_json()["source"] == report.source
