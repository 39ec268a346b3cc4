"""Red team bb16, 18: in a CSV export one stray quote in a row's field ran over the next rows, and the turns it swallowed
were written out unredacted inside a pass-through field (`operator_id`). A quote that runs over other rows is a
malformed record: reported by its line, its call not written, every other row read again on its own. The values here
are this file's own."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.batch import BatchOptions, run_batch
from guard.batch.records import CSV, open_export
from guard.jsonl import BadLine

HEADER = "call_id,operator_id,started_at,speaker,start,end,text\n"
SECRET_TURN = "я Кривошеин Аркадий, паспорт 6312 448190"


def _run(tmp_path: Path, text: str) -> tuple[str, list[dict]]:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(text, encoding="utf-8")
    run_batch(BatchOptions(input=str(source), output=str(out), workers=1))
    errors = tmp_path / "out.errors.jsonl"
    bad = [json.loads(line) for line in errors.read_text().splitlines()] if errors.exists() else []
    return out.read_text(encoding="utf-8"), bad


def test_a_stray_quote_in_a_pass_through_field_writes_nothing_it_swallowed(tmp_path):
    text = (HEADER
            + 'k-1,"op5,2026-10-03T11:20:00,client,0,1,алло\n'
            + f"k-1,op5,2026-10-03T11:20:00,client,1,2,{SECRET_TURN}\n"
            + 'k-1,op5",2026-10-03T11:20:00,client,2,3,всё\n'
            + "k-2,op5,2026-10-03T11:25:00,client,0,1,мой номер 89035551122\n")
    out, bad = _run(tmp_path, text)
    assert "Кривошеин" not in out and "448190" not in out and "6312" not in out
    assert "k-2" in out and "89035551122" not in out  # the other call is still read and redacted
    assert [record["line"] for record in bad] == [2]
    assert "Кривошеин" not in json.dumps(bad, ensure_ascii=False) and "quote" in bad[0]["reason"]


def test_a_stray_quote_in_the_text_does_not_hide_the_rows_after_it(tmp_path):
    """A quote opened in a turn's text ran to the next rows: they are rows of their own, not words of that turn."""
    text = (HEADER
            + 'k-1,op5,2026-10-03T11:20:00,client,0,1,"алло\n'
            + "k-2,op6,2026-10-03T11:25:00,client,0,1,меня зовут Кривошеин Аркадий\n"
            + "k-2,op6,2026-10-03T11:25:00,operator,1,2,спасибо\n")
    records = list(open_export(io.BytesIO(text.encode()), CSV).records)
    assert isinstance(records[0].call, BadLine) and records[0].call.line_no == 2
    assert [turn["speaker"] for turn in records[1].call["turns"]] == ["client", "operator"]
    out, _ = _run(tmp_path, text)
    assert "Кривошеин" not in out and "k-2" in out


def test_a_turn_whose_text_holds_line_breaks_is_still_one_turn():
    """A monologue with line breaks, quoted as a CSV writer quotes it, is no stray quote."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([
        HEADER.strip().split(","), ["k-1", "op5", "2026-10-03T11:20:00", "client", "0", "1", "первая строка\nвторая, и ещё"]])
    records = list(open_export(io.BytesIO(buffer.getvalue().encode()), CSV).records)
    assert len(records) == 1 and records[0].call["turns"][0]["text"] == "первая строка\nвторая, и ещё"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from([1, 2, 3, 4, 5]), rows_after=st.integers(1, 4))
def test_a_stray_quote_in_any_field_leaves_no_swallowed_row_unredacted(tmp_path, column, rows_after):
    rows = [["k-1", "op5", "2026-10-03T11:20:00", "client", "0", "1", "алло"]]
    rows += [["k-1", "op5", "2026-10-03T11:20:00", "client", str(i), str(i + 1), SECRET_TURN] for i in range(1, rows_after + 1)]
    lines = [",".join(row) for row in rows]
    first = rows[0][:]
    first[column] = '"' + first[column]
    lines[0] = ",".join(first)
    out, bad = _run(tmp_path, HEADER + "\n".join(lines) + "\nk-9,op5,2026-10-03T11:30:00,client,0,1,ок\n")
    assert "Кривошеин" not in out and "448190" not in out
    assert bad and "k-9" in out
