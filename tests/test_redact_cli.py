"""`guard redact` (docs/interfaces.md §2): JSONL in, JSONL out, bad lines reported by number and skipped."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run_guard(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guard", *args], input=stdin, capture_output=True, timeout=120)


def test_each_line_keeps_its_fields_and_gets_redacted_text_and_entities(tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 7, "text": "Кл. Иванов П.С. просил перезвонить на 89161234567",
                                  "channel": "crm"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_guard("redact", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["id"] == 7 and record["channel"] == "crm"
    assert record["text"] == "Кл. <PERSON> просил перезвонить на <PHONE_NUMBER>"
    original = "Кл. Иванов П.С. просил перезвонить на 89161234567"
    assert [original[e["start"]:e["end"]] for e in record["entities"]] == ["Иванов П.С.", "89161234567"]


def test_bad_lines_are_reported_with_their_numbers_and_the_rest_is_processed():
    lines = [
        json.dumps({"id": 1, "text": "тел. 89161234567"}),
        "this is not json",
        json.dumps({"id": 3}),
        json.dumps({"id": 4, "text": 42}),
        json.dumps({"id": 5, "text": ""}),
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b"\xff\xfe broken utf-8\n" + json.dumps({"id": 7, "text": "ok"}).encode() + b"\n"
    result = run_guard("redact", "-", "-o", "-", stdin=stdin)
    assert result.returncode == 1
    written = [json.loads(line)["id"] for line in result.stdout.decode().splitlines()]
    assert written == [1, 5, 7]
    errors = result.stderr.decode()
    for line_no in (2, 3, 4, 6):
        assert f"line {line_no}:" in errors
    assert "this is not json" not in errors  # a bad line's content may hold personal data


def test_a_missing_input_file_is_a_clear_error(tmp_path: Path):
    result = run_guard("redact", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert "cannot open" in result.stderr.decode()


def test_pseudonym_needs_a_key_file(tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "x"}\n')
    result = run_guard("redact", str(source), "--operator", "pseudonym")
    assert result.returncode == 2 and "key" in result.stderr.decode()


def test_the_operators_own_name_is_masked_by_default_and_kept_with_the_setting():
    text = "Оператор: Здравствуйте, меня зовут Ольга, слушаю вас.\nКлиент: Меня зовут Марина."
    stdin = (json.dumps({"id": 1, "text": text}, ensure_ascii=False) + "\n").encode()
    masked = json.loads(run_guard("redact", "-", stdin=stdin).stdout)
    kept = json.loads(run_guard("redact", "-", "--keep-operators-name", stdin=stdin).stdout)
    assert kept["text"] == "Оператор: Здравствуйте, меня зовут Ольга, слушаю вас.\nКлиент: Меня зовут <PERSON>."
    assert masked["text"] == "Оператор: Здравствуйте, меня зовут <PERSON>, слушаю вас.\nКлиент: Меня зовут <PERSON>."
