"""`guard batch`: a field's name is the record's text too (red team bb11 04) — a turn keyed by the customer ({"Шестопалов
Пётр 89031234567": 1}, an ASR vendor's speaker map) or a CSV pivot's column "Шестопалов 89031234567" is redacted like
any text, and the values under it are kept; identifier-shaped names ("call_id", "note_2") stay as they are."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

from hypothesis import given, settings, strategies as st

from guard.batch import BatchOptions, run_batch
from guard.batch.calls import redact_call, redacted_keys

CALL = {"call_id": "k-1", "operator_id": "op1", "started_at": "2026-10-02T11:00:00",
        "turns": [{"speaker": "client", "start": 0.0, "end": 1.0, "text": "слушаю", "Клюева Дарья 89035557788": 1,
                   "note_2": "x"}],
        "Тихонов Павел": {"роль": "плательщик"}}


def test_a_turns_and_a_calls_keys_holding_a_name_and_a_number_are_redacted(redactor):
    out = redact_call(CALL, redactor).call
    text = json.dumps(out, ensure_ascii=False)
    assert "Клюева" not in text and "89035557788" not in text and "Тихонов" not in text
    turn = out["turns"][0]
    assert 1 in turn.values() and turn["note_2"] == "x" and turn["text"] == "слушаю"  # values and plain keys kept
    assert {"роль": "плательщик"} in out.values()


def test_a_csv_pivots_column_named_by_the_customer_is_redacted_and_its_cells_kept(tmp_path: Path):
    source = tmp_path / "pivot.csv"
    source.write_text("call_id,operator_id,started_at,speaker,start,end,text,Клюева 89035557788\n"
                      "k-2,op1,2026-10-02T11:00:00,client,0,1,добрый день,ячейка-1\n", encoding="utf-8")
    for output in ("out.csv", "out.jsonl"):
        out = tmp_path / output
        run_batch(BatchOptions(str(source), str(out), workers=1, progress=False), log=io.StringIO())
        text = out.read_text(encoding="utf-8")
        assert "Клюева" not in text and "89035557788" not in text and "ячейка-1" in text
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [value for key, value in rows[0].items() if key.startswith("<")] == ["ячейка-1"]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(["call_id", "note_2", "Клюева Дарья", "Тихонов Павел", "89035557788", "примечание"]),
                min_size=1, max_size=6, unique=True))
def test_keys_redact_to_as_many_distinct_names_in_the_same_order(redactor, keys):
    names = redacted_keys(keys, redactor, Counter())
    assert len(set(names)) == len(keys)
    assert all(name == key for name, key in zip(names, keys) if key in ("call_id", "note_2"))
    assert not any(secret in name for name in names for secret in ("Клюева", "Тихонов", "89035557788"))
