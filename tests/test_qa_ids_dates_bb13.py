"""Red team bb13 04: the QA report prints no date but the call's own day from a call's id ("PVS-19800312": initials
and a birth date), no Latin surname from an operator's id ("vorobiev_ps") and none from the export's file name
("vorobiev-p-s.jsonl", "Zyablikov_calls.jsonl"); ids that are codes, and a call's own day, as they are."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.batch.calls import redact_call
from guard.cli import main
from guard.disclosure.qa import shown_source
from guard.fields import dates_in, masked_id


def _call(call_id: str, operator_id: str = "op1") -> dict:
    return {"call_id": call_id, "operator_id": operator_id, "started_at": "2026-11-01T10:15:00",
            "turns": [{"speaker": "operator", "start": 0, "end": 1, "text": "у нас авария, я не знаю"}]}


def test_the_report_shows_no_birth_date_no_surname_in_ids_or_its_source(tmp_path):
    source = tmp_path / "vorobiev-p-s.jsonl"
    calls = [_call("PVS-19800312"), _call("VPS_120380", "op2"), _call("c-7", "vorobiev_ps"),
             _call("x-12.03.1980", "Ivanova.Anna"), _call("call-20261101-0001")]
    source.write_text("".join(json.dumps(c) + "\n" for c in calls), encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    main(["qa", str(source), "--report", str(html), "--json", str(data)])
    pages = html.read_text(encoding="utf-8") + data.read_text(encoding="utf-8")
    for secret in ("19800312", "120380", "12.03.1980", "vorobiev", "Ivanova"):
        assert secret not in pages, secret
    rows = json.loads(data.read_text(encoding="utf-8"))["per_call"]
    assert "call-20261101-0001" in [row["call_id"] for row in rows]  # the call's own day names the call


@pytest.mark.parametrize("path, secret", [("/data/vorobiev-p-s.jsonl", "vorobiev"),
                                          ("/data/Zyablikov_calls.jsonl", "Zyablikov"),
                                          ("/data/calls_120380.jsonl", "120380")])
def test_an_exports_file_name_is_shown_with_its_words_masked(path, secret):
    assert secret not in shown_source(path)
    assert shown_source(path).startswith("/data/")


@pytest.mark.parametrize("name", ["export.jsonl", "calls.jsonl", "rec_17.wav", "c-0001.jsonl"])
def test_a_file_name_of_id_words_is_shown_as_it_is(name):
    assert shown_source("/data/" + name) == "/data/" + name


def test_batch_warns_of_a_call_id_holding_a_date_not_its_own(redactor):
    assert redact_call(_call("PVS-19800312"), redactor).passed_through["call_id"] == 1
    assert "call_id" not in redact_call(_call("call-20261101-0001"), redactor).passed_through


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2029, 12, 31)), st.sampled_from(["%d%m%Y", "%Y%m%d", "%d%m%y", "%d.%m.%Y", "%Y-%m-%d"]),
       st.sampled_from(["PVS-", "c_", "rec-", ""]))
def test_property_a_date_in_an_id_is_masked_unless_it_is_the_calls_day(day, shape, prefix):
    identifier = prefix + day.strftime(shape)
    assert dates_in(identifier, "2026-11-01" if day.isoformat() != "2026-11-01" else None)
    assert day.strftime(shape) not in masked_id(identifier)
    assert not dates_in(identifier, day.isoformat())
