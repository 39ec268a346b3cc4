"""The recognizers are imported under one name, `guard.recognizers` (the wheel installs no top-level `recognizers`).

Imported as `recognizers` too, recognizers/__init__.py runs a second time: its `_set_hints` gives the shared recognizer
classes hints compiled again (a new object once Python's regex cache has dropped the first), and the registry's own
`text_recognizers` no longer answers from the same pattern its recognizers ask a document for (stop 57: the full suite
failed `test_text_recognizers_hints` this way, each half of it passed)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TOP_LEVEL = re.compile(r"^\s*(?:from\s+(?:recognizers|policies)(?:\.|\s+import)|import\s+(?:recognizers|policies)\b)",
                        re.MULTILINE)


def test_no_test_or_benchmark_imports_the_recognizers_or_policies_under_a_second_name():
    offenders = [str(path.relative_to(ROOT)) for folder in ("tests", "benchmarks", "guard", "recognizers")
                 for path in (ROOT / folder).rglob("*.py")
                 if "data" not in path.relative_to(ROOT).parts and _TOP_LEVEL.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_check_finds_a_top_level_import():
    assert _TOP_LEVEL.search("    from recognizers.person import name_pieces\n")
    assert _TOP_LEVEL.search("import recognizers\n")
    assert not _TOP_LEVEL.search("from guard.recognizers.person import name_pieces\n")
