"""Every disclosure set's summary in one process: violating and clean operator lines flagged, per rendering.

    python -m benchmarks.disclosure_sets_summary [--dump D.json] [--sets disc_x31 disc_b33]
    python -m benchmarks.disclosure_sets_summary --compare BEFORE.json AFTER.json   # lines whose verdict changed

Each operator line is checked alone (no card, no call), with the shipped rules, model and verifier, as
`python -m benchmarks.eval_disclosure_blind benchmarks/data/SET/utterances.jsonl --show 0` checks it; every
`disc_*` and `disclosure_*` set under benchmarks/data by default. `--dump` keeps each line's verdict and findings
(rule, verdict, the words read; by set and id: ids repeat across sets) so that two trees can be compared line by line
with `--compare`.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def set_names() -> list[str]:
    return sorted(path.parent.name for path in DATA.glob("disc*/utterances.jsonl")
                  if path.parent.name.startswith(("disc_", "disclosure_")))


def summarize(names: list[str]) -> dict[str, dict]:
    from guard.disclosure import default_checker

    check = default_checker().check
    found: dict[str, dict] = {}
    for name in names:
        rows = [json.loads(line) for line in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        lines = {}
        for row in rows:
            if row.get("speaker", "operator") != "operator":
                continue
            result = check(row["text"], "operator")
            lines[row["id"]] = {"violating": bool(row["violating"]), "rendering": row.get("rendering", "written"),
                                "verdict": result.verdict,
                                # what fired: rule, its verdict, the words it read (to group flags by component)
                                "findings": [[f.rule, f.verdict, row["text"][f.start:f.end]]
                                             for f in result.violations]}
        found[name] = lines
    return found


def table(found: dict[str, dict]) -> list[str]:
    out = [f"{'set':24} {'violating flagged':>18} {'clean flagged':>14}   written v / c      asr v / c"]
    total = [0, 0, 0, 0]
    for name, lines in found.items():
        counts = {}
        for rendering in ("written", "asr", None):
            part = [line for line in lines.values() if rendering is None or line["rendering"] == rendering]
            v = [line for line in part if line["violating"]]
            c = [line for line in part if not line["violating"]]
            counts[rendering] = (sum(line["verdict"] != "allow" for line in v), len(v),
                                 sum(line["verdict"] != "allow" for line in c), len(c))
        a = counts[None]
        total = [t + x for t, x in zip(total, a)]
        w, s = counts["written"], counts["asr"]
        out.append(f"{name:24} {a[0]:>8}/{a[1]:<9} {a[2]:>5}/{a[3]:<8}   {w[0]}/{w[1]} {w[2]}/{w[3]}"
                   f"{'':6}{s[0]}/{s[1]} {s[2]}/{s[3]}")
    out.append(f"{'all':24} {total[0]:>8}/{total[1]:<9} {total[2]:>5}/{total[3]:<8}")
    return out


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    out = []
    for name, lines in after.items():
        for key, line in lines.items():
            old = before.get(name, {}).get(key)
            if old is not None and old["verdict"] != line["verdict"]:
                kind = "violating" if line["violating"] else "CLEAN"
                out.append(f"{name} {key} {kind}: {old['verdict']} -> {line['verdict']}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", help="set names under benchmarks/data (default: every disc_*, disclosure_*)")
    parser.add_argument("--dump", type=Path, help="write each line's verdict here (JSON)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in args.compare)
        print("\n".join(table(before)))
        print()
        print("\n".join(table(after)))
        changed = compare(before, after)
        print(f"\n{len(changed)} lines changed verdict")
        print("\n".join(changed))
        return 0
    found = summarize(args.sets or set_names())
    if args.dump:
        args.dump.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
