"""Build guard/data/re_patterns.marshal.z: what Python's re works out for guard's patterns, once, at build time.

    python benchmarks/build_pattern_table.py            # rewrite the table (deterministic: same tree, same bytes)
    python benchmarks/build_pattern_table.py --check    # exit 1 if the table on disk is not what a build gives

Every stdlib pattern compiled, and every parse fact guard.analysis reads (fewest digits, required strings), while
guard is imported, a Redactor built and the texts below redacted: the sample CRM's comments and 500 items of the
synthetic corpus (seed 0 — not seed 7, which benchmarks/bench_redactor_vs_ner.py measures), written and ASR. Two
runs with different hash seeds; what only one of them met is left out (a pattern joined from a set's words in the set's
order is another string in every process: it would never be found). A pattern a later run meets that the table lacks
is compiled as always (guard/pattern_table.py).
"""
from __future__ import annotations

import argparse
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    sys.path.insert(0, str(REPO))
    from benchmarks.corpus import generate

    cards = json.loads((REPO / "guard" / "data" / "cards.json").read_text(encoding="utf-8"))
    out = [comment["text"] for card in cards for comment in card.get("comments") or []]
    for item in generate(500, 0):
        out += [item.written.text, item.asr.text]
    return out


def record(out: str) -> None:
    """One recording run (a fresh process): what it compiled and read, marshalled to `out`."""
    from guard import pattern_table

    entries, facts = pattern_table.recording()
    from guard.engine import Redactor

    redactor = Redactor()
    for text in texts():
        redactor.redact(text)
    every_pattern()
    Path(out).write_bytes(marshal.dumps((entries, facts), pattern_table.MARSHAL_VERSION))


def every_pattern() -> None:
    """What a process may yet compile and read for the recognizers' patterns the texts above did not reach: every cue
    pattern (recognizers/base.py LazyPattern: its strings, its code, its prefixes), every kind's pattern (its
    digits, strings and stdlib twin) and every kind's hint (its strings, prefixes and branches). A kind whose cue the
    build's texts never name still belongs in the table: a text naming it pays ~10-50 ms of parsing otherwise (stop
    55: ~60 parse facts and ~20 patterns were met first by the speed bench's own texts)."""
    import gc
    import re

    from guard.analysis import LeftmostFromStarts, ReadOnceAWhole, compiled_prefixes
    from guard.document import _hint_branches, _hint_prefixes, _hint_strings
    from guard.engine import build_analyzer
    from guard.recognizers import KINDS
    from guard.recognizers.base import LazyPattern

    build_analyzer()
    gc.unfreeze()  # the analyzer's objects are frozen at load (guard.engine.build_analyzer): get_objects skips those
    for obj in gc.get_objects():
        if isinstance(obj, LazyPattern):
            obj._could_match("")
            compiled_prefixes(obj.compiled)
        elif isinstance(obj, ReadOnceAWhole):  # what every_match reads of a module pattern read whole once a document
            if compiled_prefixes(obj.compiled) is None:
                LeftmostFromStarts.of(obj.compiled)
    for recognizer in build_analyzer().registry.get_recognizers():
        for pattern in getattr(recognizer, "patterns", None) or ():
            recognizer._search_from(pattern, "", recognizer.global_regex_flags)
    for kind in KINDS:
        if kind.hint:
            hint = re.compile(kind.hint, re.IGNORECASE | re.DOTALL)
            _hint_strings(hint), _hint_prefixes(hint)
            for branch in _hint_branches(hint) or ():
                _hint_strings(branch), _hint_prefixes(branch)


def table_bytes(workdir: Path) -> bytes:
    from guard import pattern_table

    runs = []
    for seed in ("1", "2"):
        out = workdir / f"run{seed}.marshal"
        subprocess.run([sys.executable, __file__, "--record", str(out)], check=True, cwd=REPO,
                       env={**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1"})
        runs.append(marshal.loads(out.read_bytes()))
    (entries, facts), (other_entries, other_facts) = runs
    entries = {key: value for key, value in entries.items() if other_entries.get(key) == value}
    facts = {name: {key: value for key, value in values.items() if other_facts.get(name, {}).get(key) == value}
             for name, values in facts.items()}
    return pattern_table.build(entries, facts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the table on disk instead of writing it")
    parser.add_argument("--record", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record:
        record(args.record)
        return 0
    import tempfile

    from guard.pattern_table import TABLE_PATH

    with tempfile.TemporaryDirectory() as workdir:
        data = table_bytes(Path(workdir))
    if args.check:
        same = TABLE_PATH.exists() and TABLE_PATH.read_bytes() == data
        print(f"{TABLE_PATH}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    TABLE_PATH.write_bytes(data)
    print(f"{TABLE_PATH}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
