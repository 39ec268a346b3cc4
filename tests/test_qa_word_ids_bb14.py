"""Red team bb14, 19: operator ids and an export's file name made of Cyrillic words the redactor cannot tell from a
surname ("Камень", "Весна", "Камень.jsonl") are masked in the QA report like Latin ones (`fields.masked_id`); the
words ids and files are named with ("оператор_17", "жалобы_ноябрь.jsonl") stay."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from guard.fields import masked_id
from guard.disclosure.qa import shown_source


@pytest.mark.parametrize("identifier, shown", [
    ("Камень", "<…>"),
    ("Весна", "<…>"),
    ("Камень_2", "<…>_2"),
    ("оператор_Лиса", "оператор_<…>"),
    ("vorobiev_ps", "<…>_ps"),
])
def test_an_operator_id_made_of_a_word_is_masked_in_either_alphabet(identifier, shown):
    assert masked_id(identifier) == shown


@pytest.mark.parametrize("identifier", ["оператор_17", "op1", "смена_3", "call-2026-0001", "оп_12"])
def test_an_operator_id_made_of_id_words_and_numbers_is_shown(identifier):
    assert masked_id(identifier) == identifier


def test_an_export_named_after_a_word_surname_is_masked_in_the_source():
    assert shown_source("/data/Камень.jsonl").endswith("/<…>.jsonl")
    assert shown_source("/data/жалобы_ноябрь.jsonl").endswith("/жалобы_ноябрь.jsonl")


def test_the_qa_report_prints_no_operator_id_or_file_name_that_is_a_word_surname(tmp_path):
    calls = [{"call_id": cid, "operator_id": op, "started_at": "2026-11-01T10:00:00",
              "turns": [{"speaker": "operator", "start": 0, "end": 1, "text": "у нас авария, я не знаю"},
                        {"speaker": "client", "start": 1, "end": 2, "text": "понятно"}]}
             for cid, op in [("c-1", "Камень"), ("c-2", "Весна"), ("c-3", "Морозова")]]
    export = tmp_path / "Камень.jsonl"
    export.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "guard", "qa", str(export), "--report", str(tmp_path / "r.html"),
                           "--json", str(tmp_path / "r.json")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("r.html", "r.json"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        assert not re.search(r"Камень|Весна|Морозова", page), name
