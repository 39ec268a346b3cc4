"""`guard batch`'s time fields must be times (red team bb9 18): `started_at` a date and time, a turn's `start` and
`end` seconds from the call's start. A name, a document's number or a birth date typed into one of them is not passed
through: the call is reported by the field's name (never its value) and not written, JSONL and CSV alike."""
from __future__ import annotations

import io

import pytest
from hypothesis import given, settings, strategies as st

from guard.batch.calls import BadCall, process_record, redact_call
from guard.batch.records import CSV, JSONL, open_export, time_field_problem
from guard.jsonl import BadLine


def _call(started_at="2026-10-02T11:00:00", start=0.0, end=1.5) -> dict:
    return {"call_id": "k-9", "operator_id": "op9", "started_at": started_at,
            "turns": [{"speaker": "client", "start": start, "end": end, "text": "добрый вечер"}]}


@pytest.mark.parametrize("fields", [
    {"started_at": "Белоусова Ирина 03.09.1986"},
    {"started_at": "4508 113377"},
    {"start": "Белоусова 4508 113377"},
    {"end": "03.09.1986"},
    {"start": 89261234455},  # a phone's eleven digits are no moment of a call
])
def test_a_time_field_holding_anything_but_a_time_withholds_the_call(redactor, fields):
    with pytest.raises(BadCall) as raised:
        redact_call(_call(**fields), redactor)
    field = next(iter(fields))
    assert repr(field) in str(raised.value)
    assert "Белоусова" not in str(raised.value) and "113377" not in str(raised.value)


@pytest.mark.parametrize("started_at", ["2026-10-02T11:00:00", "2026-10-02 11:00:00.250+03:00", "2026-10-02",
                                        "02.10.2026 11:00", None])
def test_a_time_passes_through_as_it_is(redactor, started_at):
    out = redact_call(_call(started_at=started_at, start=3, end=12.25), redactor).call
    assert out["started_at"] == started_at and out["turns"][0]["start"] == 3


def test_a_csv_call_whose_start_column_holds_a_name_and_a_passport_is_reported_not_written(redactor):
    rows = ("call_id,operator_id,started_at,speaker,start,end,text\n"
            "k-3,op9,Белоусова Ирина 4508 113377,client,0.0,1.0,алло\n")
    [record] = open_export(io.BytesIO(rows.encode()), CSV).records
    assert isinstance(record.call, BadLine) and "started_at" in record.call.reason
    outcome = process_record(record, redactor, CSV)
    assert outcome.output is None and "113377" not in outcome.error.reason


def test_a_jsonl_record_with_a_name_in_started_at_is_reported_not_written(redactor):
    line = '{"call_id": "k-4", "started_at": "Белоусова Ирина", "turns": [{"speaker": "client", "text": "да"}]}\n'
    [record] = open_export(io.BytesIO(line.encode()), JSONL).records
    outcome = process_record(record, redactor, JSONL)
    assert outcome.output is None and "Белоусова" not in outcome.error.reason


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=30).filter(lambda text: any(ch.isalpha() and ch not in "TZ" for ch in text)))
def test_no_text_with_a_letter_is_a_time(text):
    assert time_field_problem("started_at", text) is not None
    assert time_field_problem("start", text) is not None


@settings(max_examples=50, deadline=None)
@given(st.datetimes(), st.floats(0, 86_400, allow_nan=False))
def test_every_iso_moment_and_offset_within_a_day_is_a_time(moment, offset):
    assert time_field_problem("started_at", moment.isoformat(timespec="seconds")) is None
    assert time_field_problem("end", offset) is None
