"""How the disclosure guard does on utterances written blind: flagged share of violating and clean lines.

    python -m benchmarks.eval_disclosure_blind [benchmarks/data/disclosure_blind/utterances.jsonl] [--show 20]
    python -m benchmarks.eval_disclosure_blind PATH --rules-only   # without the trained model

The seven sets in benchmarks/data are training data for the model now (benchmarks/train_disclosure_model.py):
on them this script shows fit, not generalization — `python -m benchmarks.train_disclosure_model
--cross-author` gives the held-out-author figures.

The file holds {"id", "text", "speaker", "violating", "category", "rendering"} per line, written by someone
who never saw policies/disclosure.yaml. Acceptance (the issue's bar): >= 0.95 of violating operator lines
flagged (verdict not "allow"), <= 5% of clean ones.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "data" / "disclosure_blind" / "utterances.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=20, help="misses and false alarms to print")
    parser.add_argument("--rules-only", action="store_true", help="the rules alone, without the trained model")
    args = parser.parse_args(argv)

    from guard.disclosure import DisclosureChecker, default_checker

    checker = default_checker()
    if args.rules_only:
        checker = DisclosureChecker(checker.rules)
    check = checker.check

    items = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    operator = [i for i in items if i.get("speaker", "operator") == "operator"]
    flagged: dict[str, bool] = {i["id"]: check(i["text"], "operator").verdict != "allow" for i in operator}
    violating = [i for i in operator if i["violating"]]
    clean = [i for i in operator if not i["violating"]]
    hit = sum(flagged[i["id"]] for i in violating)
    false = sum(flagged[i["id"]] for i in clean)
    print(f"violating flagged: {hit}/{len(violating)} = {hit / max(1, len(violating)):.3f}  (bar >= 0.95)")
    print(f"clean flagged:     {false}/{len(clean)} = {false / max(1, len(clean)):.3f}  (bar <= 0.05)")
    for rendering in ("written", "asr"):
        v = [i for i in violating if i.get("rendering") == rendering]
        c = [i for i in clean if i.get("rendering") == rendering]
        if v or c:
            print(f"  {rendering:8} violating {sum(flagged[i['id']] for i in v)}/{len(v)}, "
                  f"clean flagged {sum(flagged[i['id']] for i in c)}/{len(c)}")
    missed = Counter(i["category"] for i in violating if not flagged[i["id"]])
    if missed:
        print("missed by category:", dict(missed.most_common()))
    shown = 0
    for item in violating + clean:
        if flagged[item["id"]] != item["violating"] and shown < args.show:
            kind = "MISS" if item["violating"] else "FALSE"
            print(f"  {kind:5} [{item['category']}] {item['text'][:150]}")
            shown += 1
    passed = hit / max(1, len(violating)) >= 0.95 and false / max(1, len(clean)) <= 0.05
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
