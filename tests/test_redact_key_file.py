"""`guard redact --operator pseudonym|encrypt --key-file K` refuses a key file under 16 bytes, as `guard batch` does
(one check: guard/operators.key_file_problem). A pseudonym is an HMAC of the value: with a one-byte key, 256 tries
over a birth date's few thousand possibilities recover it from the export (red team bb9, 26)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from guard.operators import MIN_KEY_BYTES, key_file_problem


def _redact(tmp_path, key: bytes, operator: str = "pseudonym") -> subprocess.CompletedProcess:
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "дата рождения 03.11.1984"}\n', encoding="utf-8")
    (tmp_path / "k").write_bytes(key)
    return subprocess.run([sys.executable, "-m", "guard", "redact", str(tmp_path / "in.jsonl"), "-o",
                           str(tmp_path / "out.jsonl"), "--operator", operator, "--key-file", str(tmp_path / "k")],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("key", [b"z", b"fifteen bytes!!"])
def test_guard_redact_refuses_a_pseudonym_key_under_16_bytes_and_writes_nothing(tmp_path, key):
    done = _redact(tmp_path, key)
    assert done.returncode == 2 and f"holds {len(key)} byte" in done.stderr, done.stderr
    assert not (tmp_path / "out.jsonl").exists() or (tmp_path / "out.jsonl").read_text(encoding="utf-8") == ""
    assert "1984" not in done.stderr


def test_guard_redact_takes_a_key_of_16_bytes_and_pseudonymizes(tmp_path):
    done = _redact(tmp_path, b"sixteen bytes ok")
    assert done.returncode == 0, done.stderr
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert "<DATE_OF_BIRTH_" in out and "1984" not in out


def test_the_one_check_names_the_length_and_passes_a_long_key():
    assert key_file_problem(b"") == "the key file is empty"
    assert "holds 3 byte" in key_file_problem(b"abc")
    assert key_file_problem(b"k" * MIN_KEY_BYTES) is None
