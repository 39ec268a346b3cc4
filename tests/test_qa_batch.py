"""`guard batch --report`: the same QA report as `guard qa`, over the calls of the export, naming the export."""
from __future__ import annotations

import io
import json

from guard.batch import BatchOptions, run_batch


def test_batch_report_names_its_source_lists_every_call_and_shows_no_personal_data(tmp_path):
    calls = [
        {"call_id": "c-1", "operator_id": "op1", "started_at": "2026-11-01T10:00:00", "turns": [
            {"speaker": "operator", "text": "Добрый день, меня зовут Анна, чем могу помочь?"},
            {"speaker": "operator", "text": "Номер оформлен на Иванова Петра Сергеевича. Всего доброго!"}]},
        {"call_id": "c-2", "operator_id": "op2", "started_at": "2026-11-02T10:00:00", "turns": [
            {"speaker": "operator", "text": "Добрый день, меня зовут Анна, чем могу помочь?"},
            {"speaker": "operator", "text": "Спасибо за звонок, всего доброго!"}]},
    ]
    source = tmp_path / "export.jsonl"
    source.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    html = tmp_path / "qa.html"
    run_batch(BatchOptions(str(source), str(tmp_path / "out.jsonl"), workers=1, progress=False, report=str(html)),
              log=io.StringIO())
    page = html.read_text(encoding="utf-8")
    assert f'<dd id="source">{source}</dd>' in page
    assert 'id="call-c-1"' in page and 'id="call-c-2"' in page  # the clean call too
    assert 'id="call-c-1-turn-1"' in page and "01.11.2026 10:00 — 02.11.2026 10:00" in page
    assert "Иванов" not in page and "Петр" not in page
