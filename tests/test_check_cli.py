"""`guard check IN.jsonl -o OUT.jsonl` (docs/interfaces.md §5): bad lines on stderr by number, the rest processed."""
from __future__ import annotations

import json

from guard.cli import main


def test_check_writes_verdicts_and_reports_bad_lines_by_number(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([
        json.dumps({"id": "1", "text": "Девушка, у нас сбой"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "3", "text": 42}),
        json.dumps({"id": "4", "text": "Спасибо за звонок, всего доброго", "speaker": "operator"}, ensure_ascii=False),
        json.dumps({"id": "5", "text": "Иванов секрет", "speaker": "robot"}, ensure_ascii=False),
        "",
        json.dumps({"id": "7", "text": "Хочу расторгнуть договор", "speaker": "client"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "line 2: not JSON" in err and "line 3: field 'text' must be a string" in err and "line 5:" in err
    assert "Иванов" not in err and "секрет" not in err  # never the line's content
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["1", "4", "7"]
    assert lines[0]["verdict"] == "warn" and {v["rule"] for v in lines[0]["violations"]} == {"form-of-address", "service-failure-words"}
    assert lines[1]["verdict"] == "allow" and lines[1]["violations"] == []
    assert lines[2]["verdict"] == "allow" and lines[2]["hints"][0]["rule"] == "termination-request"


def test_earlier_client_lines_of_the_same_call_count_as_said(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "call_id": "c1", "speaker": "client", "text": "мой номер 8 916 123 45 67"},
        {"id": "b", "call_id": "c1", "text": "Ваш номер 8 916 123 45 67, верно?"},
        {"id": "c", "call_id": "c2", "text": "Ваш номер 8 916 123 45 67, верно?"},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", str(source), "-o", str(out)]) == 0
    verdicts = {row["id"]: row["verdict"] for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert verdicts == {"a": "allow", "b": "allow", "c": "block"}


def test_a_line_may_carry_the_calls_card(tmp_path):
    source = tmp_path / "in.jsonl"
    row = {"id": "x", "text": "Номер оформлен на Петрова", "card": {"owner": {"last_name": "Петров"}},
           "context": {"identification": "primary", "caller_gender": "male"}}
    source.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", str(source), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["violations"][0]["rule"] == "owner-name"


def test_a_broken_rules_file_stops_with_its_file_and_line(tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text("name: x\nrules:\n  - id: Bad Id\n    item: x\n", encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "привет"}\n', encoding="utf-8")
    assert main(["check", str(source), "-o", str(tmp_path / "out.jsonl"), "--rules", str(rules)]) == 2
    assert f"{rules}:3:" in capsys.readouterr().err


def test_a_line_with_a_bad_context_is_a_bad_line_not_a_crash(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    card = {"msisdn": "79161234567"}
    rows = [
        {"id": "1", "text": "Ваш номер 89161234567", "card": card, "context": {"identification": "Иванов"}},
        {"id": "2", "text": "Ваш номер 89161234567", "card": card, "context": {"caller_gender": "Иванов"}},
        {"id": "3", "text": "Ваш номер 89161234567", "card": card, "context": {"confirmed": "msisdn"}},
        {"id": "4", "text": "Спасибо за звонок", "card": card, "context": {"identification": "primary"}},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "line 1: field 'context.identification'" in err and "line 2: field 'context.caller_gender'" in err
    assert "line 3: field 'context.confirmed'" in err and "Иванов" not in err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["4"]
