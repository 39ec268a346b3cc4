"""Red team bc33 f04: one record nested 100,000 arrays deep made `json.loads` raise RecursionError, which no reader
caught: `guard batch` died with a traceback (no output, no errors file, every later call lost), `guard redact` and
`guard qa` the same; `/analyze` and `/anonymize` answered 500 as if the server had failed.

What holds now (README: bad records go to OUT.errors.jsonl and every other record is processed; interfaces.md §2):
a line that nests deeper than guard.jsonl.MOST_NESTED levels is a bad line, reported by its number and never quoted,
before the parser reads it; a body nested too deep is a 400 with its reason on every route, Presidio's too.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import web

from guard.batch import BatchOptions, run_batch
from guard.jsonl import MOST_NESTED, parse_line
from guard.presidio.http import NESTED_TOO_DEEP, add_routes
from guard.proxy.serving import running_site

PHONE = "89161234567"
DEEP = "[" * 100_000 + "]" * 100_000  # the red team's


def _call(call_id: str, text: str, meta: str = "null") -> str:
    return ('{"call_id": "%s", "turns": [{"speaker": "client", "text": %s}], "meta": %s}'
            % (call_id, json.dumps(text, ensure_ascii=False), meta))


def _guard(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guard", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("depth", [MOST_NESTED + 1, 2_000, 100_000])
def test_a_line_nested_deeper_than_the_limit_is_a_bad_line_named_by_its_number(depth):
    raw = ('{"text": "Иванов", "meta": ' + "[" * depth + "]" * depth + "}").encode()
    bad = parse_line(7, raw, ("text",))
    assert bad.line_no == 7 and "deeper than" in bad.reason and "Иванов" not in bad.reason


def test_a_line_nested_to_the_limit_is_read():
    raw = ('{"text": "x", "meta": ' + "[" * (MOST_NESTED - 1) + "]" * (MOST_NESTED - 1) + "}").encode()
    assert parse_line(1, raw, ("text",))["text"] == "x"


def test_brackets_inside_strings_do_not_count_as_nesting():
    raw = json.dumps({"text": "[" * 10_000 + "{" * 10_000}).encode()
    assert parse_line(1, raw, ("text",))["text"].startswith("[[[")


def test_f04_guard_batch_reports_the_deep_record_in_its_errors_file_and_redacts_every_other(tmp_path):
    source = tmp_path / "calls.jsonl"
    source.write_text("\n".join([_call("c-0001", "да", DEEP), _call("c-0002", f"мой номер {PHONE}"),
                                 _call("c-0003", "Иванов", "[" * 70 + "]" * 70)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(BatchOptions(str(source), str(out), workers=1, progress=False), log=io.StringIO())
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [call["call_id"] for call in written] == ["c-0002"]
    assert PHONE not in out.read_text(encoding="utf-8")
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [error["line"] for error in errors] == [1, 3]
    assert "Иванов" not in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")
    assert summary.errors == 2 and summary.calls_out == 1


@pytest.mark.parametrize("command", ["redact", "check"])
def test_f04_guard_redact_and_check_report_the_deep_line_and_process_the_next(tmp_path, command):
    source = tmp_path / "lines.jsonl"
    source.write_text('{"id": 1, "text": "x", "meta": ' + DEEP + "}\n"
                      + json.dumps({"id": 2, "text": f"мой номер {PHONE}"}, ensure_ascii=False) + "\n", encoding="utf-8")
    run = _guard(command, str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr[-400:]
    assert "line 1" in run.stderr and "deeper than" in run.stderr, run.stderr[-400:]
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [2]
    if command == "redact":
        assert rows[0]["text"] == "мой номер <PHONE_NUMBER>"


def test_f04_guard_qa_reports_the_deep_call_and_reports_the_others(tmp_path):
    source = tmp_path / "calls.jsonl"
    good = {"call_id": "c2", "turns": [{"speaker": "operator", "text": "Здравствуйте, чем могу помочь?"}]}
    source.write_text(_call("c1", "да", DEEP) + "\n" + json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    report = tmp_path / "r.html"
    run = _guard("qa", str(source), "--report", str(report), cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr[-400:]
    assert "line 1" in run.stderr, run.stderr[-400:]
    assert "c2" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["/analyze", "/anonymize", "/deanonymize", "/v1/redact", "/v1/check"])
def test_f04_a_body_nested_too_deep_is_a_400_with_its_reason_on_every_route(attack, path):
    """Bad input is the client's error, not the server's: a 4xx that says why (Presidio's own routes answered 500)."""
    async def scenario(stack, client):
        async with client.post(stack.guard_url + path, data=b"[" * 2_000,  # under /v1/check's 32 KB
                               headers={"Content-Type": "application/json"}) as response:
            return response.status, await response.text()

    status, body = attack(scenario, auth_mode="none")
    assert status == 400 and "deeper than" in json.loads(body)["error"], (status, body[:200])


@pytest.mark.parametrize("path", ["/analyze", "/anonymize"])
def test_f04_presidios_routes_mounted_alone_answer_a_body_past_the_recursion_limit_with_a_400(path):
    """guard.presidio.add_routes on an app of its own (no guard middleware measures the depth first)."""
    import aiohttp
    import asyncio

    async def main():
        app = web.Application()
        add_routes(app)
        async with running_site(app) as url:
            async with aiohttp.ClientSession() as client:
                async with client.post(url + path, data=b"[" * 50_000,
                                       headers={"Content-Type": "application/json"}) as response:
                    return response.status, await response.json()

    status, body = asyncio.run(main())
    assert (status, body) == (400, {"error": NESTED_TOO_DEEP})
