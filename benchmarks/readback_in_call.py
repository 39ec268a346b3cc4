"""Read-back lines of benchmarks/data/disclosure_*/utterances.jsonl checked alone and within a call.

Within a call a read-back is sanctioned only for what the caller said in it (guard/disclosure/said_back.py). The
sets hold no calls, so two calls are simulated per operator line that holds a read-back cue (sense.is_read_back):
the caller said the operator's line itself (every value in it is theirs: a verdict other than the line's alone is a
comparison that failed) and the caller said nothing (every value is unsaid: what a call would now flag).

    python -m benchmarks.readback_in_call [--show]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from guard.disclosure.checker import default_checker
from guard.disclosure.context import Said
from guard.disclosure.sense import is_read_back
from guard.disclosure.text import Utterance

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the lines whose verdict changes in a call")
    args = parser.parse_args()
    checker = default_checker()
    counts: dict[tuple[str, str], list[int]] = {}
    for path in sorted(DATA.glob("disclosure_*/utterances.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("speaker", "operator") != "operator" or not is_read_back(Utterance(row["text"])):
                continue
            label = "violating" if row.get("violating") else "clean"
            alone = checker.check(row["text"]).verdict
            for name, said in (("alone", None), ("caller said the line", Said.of([row["text"]])),
                               ("caller said nothing", Said())):
                verdict = alone if said is None else checker.check(row["text"], "operator", None, said).verdict
                count = counts.setdefault((label, name), [0, 0])
                count[0] += verdict != "allow"
                count[1] += 1
                if args.show and said is not None and (verdict != "allow") != (alone != "allow"):
                    print(f"{name}: {label} {row['id']} {alone} -> {verdict}: {row['text'][:100]}")
    for (label, name), (flagged, total) in sorted(counts.items()):
        print(f"{label:9} {name:21} flagged {flagged}/{total}")


if __name__ == "__main__":
    main()
