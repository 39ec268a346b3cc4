"""Red team bb17, 23: an operator id (or an export's file name) carrying a number — "op79161234567", a channel
labelled by the caller's phone; "op4505678901", a passport — was printed as it is in the QA report: the redactor
cannot read a number glued to letters, and `fields.masked_id` masked only letters and dates. A run of more digits than
a last four (what the policy ever shows of a number, п. 6) is masked in an id whatever it is glued to; the call's own
day and an id's short numbers stay."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from hypothesis import given, strategies as st

from guard.fields import masked_id, shown


def test_a_number_glued_to_an_operator_id_is_masked():
    assert masked_id("op79161234567") == "op<…>"
    assert masked_id("op4505678901") == "op<…>"
    assert masked_id("смена2_89031234567") == "смена2_<…>"


def test_an_operator_ids_short_number_and_the_calls_own_day_stay():
    assert masked_id("op1021") == "op1021"
    assert masked_id("call-2026-0001") == "call-2026-0001"
    assert masked_id("calls_20261101", "2026-11-01") == "calls_20261101"
    assert masked_id("calls_20261101", "2026-11-02") == "calls_<…>"


def test_a_digest_in_an_id_is_no_number():
    digest = "3f2a1b4c-1d2e-4f5a-8b9c-012345678901"
    assert masked_id("c-" + digest) == "c-" + digest


@given(st.sampled_from(["op", "agent_", "оп", "line-", ""]), st.text("0123456789", min_size=5, max_size=16),
       st.sampled_from(["", "_2", "x", "-a"]))
def test_no_run_of_five_digits_or_more_survives_in_an_id(prefix, digits, suffix):
    assert digits not in masked_id(prefix + digits + suffix)


def test_the_same_rule_as_a_field_name_in_a_warning():
    # one threshold for both: a name with more digits than a last four is not shown either
    assert shown("op79161234567") != "op79161234567"


def test_the_qa_report_prints_no_number_glued_to_an_operator_id(tmp_path):
    calls = [{"call_id": f"c-{i}", "operator_id": op, "started_at": "2026-11-01T10:00:00",
              "turns": [{"speaker": "operator", "start": 0, "end": 1, "text": "у нас авария, я не знаю"}]}
             for i, op in enumerate(["op79161234567", "op4505678901", "op1021"])]
    export = tmp_path / "calls.jsonl"
    export.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "guard", "qa", str(export), "--report", str(tmp_path / "r.html"),
                           "--json", str(tmp_path / "r.json")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("r.html", "r.json"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        assert not re.search(r"79161234567|4505678901", page), name
        assert "op1021" in page, name
