"""Every cue pattern of the kinds is the same string in every process, so the shipped table holds it (issue 13, stop 55).

The kinds' cue patterns (recognizers/base.py LazyPattern: a number after its cue, past fillers, before it ...) all
read a value's shape that spells letters by their names; four joins of a set sorted by length alone left the order of
same-length names to the process's hash seed (lexicon.SPOKEN_LETTER, login._LETTER_WORD, birth_date's months in the
prepositional case). Every such pattern was then another string in every process, the build's two runs never agreed
on it (benchmarks/build_pattern_table.py keeps what both met), and every process parsed and compiled the cue patterns a
text first needed: ~0.15-0.35 s of CPU over the speed bench's 1,000 texts (~60 parse facts, ~20 patterns). Sorted by
length, then by the name (equal lengths of plain words match the same spans in any order), they are one string."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import guard  # noqa: F401  (installs the table)
from guard import pattern_table

_PATTERNS = r"""
import gc, hashlib, json, re
from guard.engine import build_analyzer
from guard.recognizers import KINDS
from guard.recognizers.base import LazyPattern
analyzer = build_analyzer()
gc.unfreeze()
cues = sorted({o.pattern for o in gc.get_objects() if isinstance(o, LazyPattern)})
kinds = sorted({p.regex for r in analyzer.registry.get_recognizers() for p in getattr(r, "patterns", None) or ()})
hints = sorted({k.hint for k in KINDS if k.hint})
print(json.dumps({name: hashlib.sha256("\n".join(v).encode()).hexdigest()
                  for name, v in (("cues", cues), ("kinds", kinds), ("hints", hints))}))
"""


def _digests(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _PATTERNS], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_kinds_patterns_are_the_same_strings_whatever_the_hash_seed():
    assert _digests("1") == _digests("2")


def _cue_patterns() -> set[tuple[str, int]]:
    """The LazyPatterns the analyzer's recognizers hold (their attributes, lists and tuples of them) and the kinds'
    modules define: not every LazyPattern the test process holds (other tests make their own)."""
    import sys as _sys

    from guard.engine import build_analyzer
    from guard.recognizers.base import LazyPattern

    found: set[tuple[str, int]] = set()

    def walk(value, depth=0):
        if isinstance(value, LazyPattern):
            found.add((value.pattern, int(value.flags)))
        elif isinstance(value, (list, tuple)) and depth < 3:
            for item in value:
                walk(item, depth + 1)

    for recognizer in build_analyzer().registry.get_recognizers():
        for value in vars(recognizer).values():
            walk(value)
    for name, module in list(_sys.modules.items()):
        if name.startswith("guard.recognizers."):
            for value in vars(module).values():
                walk(value)
    return found


def test_the_shipped_table_holds_every_cue_pattern_of_the_kinds():
    table = pattern_table._load()
    if not table:  # built by another Python: nothing to hold
        return
    cues = _cue_patterns()
    assert len(cues) > 200
    missing = [pattern[:80] for pattern, flags in cues if (pattern, flags) not in table["required_literals"]]
    assert not missing
