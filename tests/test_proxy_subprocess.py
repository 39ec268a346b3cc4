"""`guard crm`, `guard serve` and `guard audit` as a user runs them: separate processes, a ready line, SIGTERM."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from conftest import SAMPLE_CARDS, SAMPLE_CARD, leaks

READY = re.compile(r"ready on (http://\S+)")
START_TIMEOUT_S = 60  # the text engine loads in a few seconds; this is only a bound against hanging


def _start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Run `guard ARGS` (with extra environment `env`) and return once it prints its ready line (or fail with its output)."""
    proc = subprocess.Popen([sys.executable, "-m", "guard", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env={**os.environ, **(env or {})})
    found: list[str] = []
    seen: list[str] = []

    def read() -> None:
        for line in proc.stdout:
            seen.append(line)
            match = READY.search(line)
            if match:
                found.append(match.group(1))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    if not found:
        proc.kill()
        raise AssertionError(f"guard {args[0]} never got ready: {''.join(seen)}")
    return proc, found[0]


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    rest, _ = proc.communicate(timeout=30)
    return proc.returncode, rest


def _guard(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guard", *args], capture_output=True, text=True, timeout=60)


def test_crm_and_serve_as_processes_print_a_ready_line_serve_filtered_cards_and_stop_on_sigterm(tmp_path: Path):
    cards_file = tmp_path / "cards.json"
    cards_file.write_text(json.dumps(SAMPLE_CARDS, ensure_ascii=False), encoding="utf-8")
    audit_db = tmp_path / "audit.sqlite3"
    crm, crm_url = _start("crm", "--data", str(cards_file), "--port", "0")
    try:
        guard, guard_url = _start("serve", "--upstream", crm_url, "--port", "0", "--audit-db", str(audit_db))
        try:
            with urllib.request.urlopen(f"{guard_url}/healthz", timeout=10) as resp:
                assert resp.status == 200
            with urllib.request.urlopen(f"{guard_url}/crm/api/customers/{SAMPLE_CARD['msisdn']}", timeout=10) as resp:
                text = resp.read().decode("utf-8")
            assert json.loads(text)["de"] == SAMPLE_CARD["de"]
            assert leaks(SAMPLE_CARD, text) == []
        finally:
            code, output = _stop(guard)
        assert code == 0 and "stopped" in output
    finally:
        code, output = _stop(crm)
    assert code == 0 and "stopped" in output

    verified = _guard("audit", "verify", "--db", str(audit_db))
    assert verified.returncode == 0, verified.stdout
    tail = _guard("audit", "tail", "-n", "5", "--db", str(audit_db))
    assert json.loads(tail.stdout.splitlines()[-1])["kind"] == "proxy"


def test_audit_verify_exits_1_and_names_the_edited_record(tmp_path: Path):
    from guard.audit import AuditLog

    db = tmp_path / "audit.sqlite3"
    log = AuditLog(db)
    log.append_many({"kind": "proxy", "status": 200} for _ in range(4))
    log.close()
    assert _guard("audit", "verify", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit SET record = replace(record, '200', '403') WHERE seq = 2")
    result = _guard("audit", "verify", "--db", str(db))
    assert result.returncode == 1 and "record 2" in result.stdout


def test_serve_warns_at_start_when_auth_is_off(tmp_path: Path):
    result = _guard("serve", "--upstream", "http://127.0.0.1:9", "--port", "0", "--policy", str(tmp_path / "missing.yaml"),
                    "--audit-db", str(tmp_path / "audit.sqlite3"))
    assert "WARNING: auth is off" in result.stderr and "GUARD_AUTH_MODE=token" in result.stderr
