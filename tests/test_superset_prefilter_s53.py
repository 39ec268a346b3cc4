"""Stop 53's measurement of one set-matching prefilter (benchmarks/bench_superset_prefilter.py): the superset it writes
for each kind's gate pattern matches every text the pattern matches — the gold texts of the labeled sets and the
bench's corpus — so its figures are those of a prefilter that drops no span. The supersets are RE2's syntax; `regex`
reads it (\\p{..}, scoped flags) once RE2's \\x{..} is spelled \\U........, and checks them here, RE2 itself being
no dependency."""
from __future__ import annotations

import json
import re
from pathlib import Path

import regex

from benchmarks.bench_superset_prefilter import gate_patterns, superset_source

_RE2_HEX = re.compile(r"\\x\{([0-9a-f]+)\}")  # the writer spells every escaped character so, a backslash too


def _as_regex(source: str) -> "regex.Pattern":
    return regex.compile(_RE2_HEX.sub(lambda m: "\\U%08x" % int(m.group(1), 16), source))


DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _texts() -> list[str]:
    texts = []
    for name in ("pii_c", "pii_asr1", "pii_written1", "packed_a27", "names_check"):
        for rendering in ("written.jsonl", "asr.jsonl"):
            path = DATA / name / rendering
            if path.exists():
                texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    from benchmarks.corpus import generate

    for item in generate(60, 7):
        texts += [item.written.text, item.asr.text]
    return texts


def test_every_gate_pattern_gets_a_superset_written_from_its_parse():
    patterns = gate_patterns()
    assert len(patterns) > 100 and sum(what == "hint" for *_, what in patterns) >= 5
    assert all(superset_source(pattern, flags) is not None for pattern, flags, _ in patterns)


def test_a_superset_matches_every_text_its_pattern_matches():
    texts = _texts()
    missed = []
    for pattern, flags, what in gate_patterns():
        exact = re.compile(pattern, flags)
        superset = _as_regex(superset_source(pattern, flags))
        for text in texts:
            if exact.search(text) is not None and superset.search(text) is None:
                missed.append((what, pattern[:60]))
                break
    assert missed == []


def test_lookarounds_anchors_and_counts_are_widened_never_narrowed():
    source = superset_source(r"(?<![а-яё])\bпаспорт\w{0,3}(?!\d)\s*\d{4}", re.IGNORECASE)
    assert source is not None
    superset = _as_regex(source)
    assert superset.search("Мой ПАСПОРТ 4505") and superset.search("xпаспорт1234")  # the look-behind dropped
    assert superset_source(r"[[:digit:]]") is None  # regex's own syntax: no superset, searched as before
