"""`guard policy test` (docs/interfaces.md §4) through the command line."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

from guard.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_the_bundled_policy_passes_its_own_cases(capsys):
    exit_code = main(["policy", "test", str(REPO / "policies" / "tests")])
    out = capsys.readouterr().out.splitlines()
    assert exit_code == 0, "\n".join(out)
    assert re.fullmatch(r"\d+ passed, 0 failed", out[-1])
    assert int(out[-1].split()[0]) >= 40


def test_a_failing_case_is_reported_on_one_line_and_exits_1(tmp_path, capsys):
    cases = tmp_path / "wrong.yaml"
    cases.write_text(textwrap.dedent("""\
        cases:
          - name: surname shown (it never is)
            today: 2026-11-22
            card: {owner: {last_name: Иванов}, client_type: individual}
            expect:
              visible: [owner.last_name, client_type]
          - name: surname hidden
            today: 2026-11-22
            card: {owner: {last_name: Иванов}, client_type: individual}
            expect:
              hidden: [owner.last_name]
        """), encoding="utf-8")
    exit_code = main(["policy", "test", str(cases)])
    out = capsys.readouterr().out.splitlines()
    assert exit_code == 1
    assert out == [
        f'FAIL {cases}:2: surname shown (it never is): visible owner.last_name: shown as "***", not unchanged',
        "1 passed, 1 failed",
    ]


def test_a_broken_case_file_exits_2_naming_file_and_line(tmp_path, capsys):
    cases = tmp_path / "broken.yaml"
    cases.write_text("cases:\n  - name: a\n    card: {msisdn: 1}\n    expect: {refused: maybe}\n", encoding="utf-8")
    exit_code = main(["policy", "test", str(cases)])
    captured = capsys.readouterr()
    assert exit_code == 2
    assert f"{cases}:4:" in captured.err and "refused" in captured.err
    assert captured.out.splitlines()[-1] == "0 passed, 0 failed"


def test_a_broken_policy_file_exits_2(tmp_path, capsys):
    policy = tmp_path / "policy.yaml"
    policy.write_text("name: x\nrefusal: y\nrules:\n  - {id: a, item: b, paths: [msisdn], action: blur}\n", encoding="utf-8")
    exit_code = main(["policy", "test", "--policy", str(policy), str(REPO / "policies" / "tests" / "numbers.yaml")])
    assert exit_code == 2
    assert f"{policy}:4:" in capsys.readouterr().err


def test_a_missing_path_exits_2(tmp_path, capsys):
    assert main(["policy", "test", str(tmp_path / "absent")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
