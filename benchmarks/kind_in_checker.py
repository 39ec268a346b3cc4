"""Which operator lines of the disclosure sets the checker flags because of one kind of personal data.

    python -m benchmarks.kind_in_checker --kind SECRET [--sets disc_x31 ...] [--clean-only] [--json F]

Every operator line of every `disc_*` / `disclosure_*` set (benchmarks/data; `disclosure_sets_summary.set_names`) is
checked twice in one process, as `disclosure_sets_summary` checks it (alone, the shipped rules, model and verifier):
as shipped, and with the kind's recognizers finding nothing. A line is the kind's when it is flagged as shipped and
allowed without the kind — the kind's spans made the verdict (through `other-personal-data` or any other reading of
the registry). Printed by set, clean lines first, with the kind's spans in the line and the rules that fired; the
counts per set close the table. The checker's caches are keyed by text, so the muted pass runs on a fresh checker
after the caches are cleared (`_clear_caches`).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import functools  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.disclosure_sets_summary import DATA, set_names  # noqa: E402


def _operator_rows(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [row for row in rows if row.get("speaker", "operator") == "operator"]


def _kind_spans(kind: str, text: str) -> list[str]:
    """The kind's spans in the line as the checker reads it (`personal.registry_entities`: every reading of the
    utterance, spoken numbers as digits), in the line's own words."""
    from guard.disclosure.personal import registry_entities
    from guard.disclosure.text import Utterance

    return [text[entity.start:entity.end] for entity in registry_entities(Utterance(text)) if entity.type == kind]


def _clear_caches() -> None:
    """Every functools cache in memory: a muted kind must not be answered from what the shipped pass remembered."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            obj.cache_clear()


def _check_all(names: list[str]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    from guard.disclosure import default_checker

    check = default_checker().check
    out = {}
    for name in names:
        for row in _operator_rows(name):
            result = check(row["text"], "operator")
            out[(name, str(row["id"]))] = (result.verdict, sorted({f.rule for f in result.violations}))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default="SECRET", help="the entity type to mute (default SECRET)")
    parser.add_argument("--sets", nargs="*", help="set names under benchmarks/data (default: every disc_*, disclosure_*)")
    parser.add_argument("--clean-only", action="store_true", help="print the clean lines only")
    parser.add_argument("--json", type=Path, help="write the lines found here (JSON)")
    args = parser.parse_args()
    names = args.sets or set_names()

    shipped = _check_all(names)

    from guard.recognizers import BY_ENTITY

    shipped_methods = {cls: cls.__dict__.get("find_candidates") for cls in BY_ENTITY[args.kind].recognizers}
    for cls in shipped_methods:
        cls.find_candidates = lambda self, *a, **k: []  # noqa: E731 -- the kind finds nothing
    from guard.disclosure import checker

    checker._DEFAULT.clear()  # a fresh checker: none of the shipped pass's remembered results
    _clear_caches()
    muted = _check_all(names)
    for cls, method in shipped_methods.items():  # the spans are read with the kind as shipped
        if method is None:
            del cls.find_candidates
        else:
            cls.find_candidates = method
    _clear_caches()

    found = []
    counts: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in names}  # clean, clean flagged, violating, v. flagged
    for name in names:
        for row in _operator_rows(name):
            key = (name, str(row["id"]))
            verdict, rules = shipped[key]
            index = 2 if row["violating"] else 0
            counts[name][index] += 1
            counts[name][index + 1] += verdict != "allow"
            if verdict != "allow" and muted[key][0] == "allow":
                found.append({"set": name, "id": row["id"], "violating": bool(row["violating"]),
                              "rendering": row.get("rendering", "written"), "verdict": verdict, "rules": rules,
                              "spans": _kind_spans(args.kind, row["text"]), "text": row["text"]})
    for line in sorted(found, key=lambda f: (f["violating"], f["set"], str(f["id"]))):
        if args.clean_only and line["violating"]:
            continue
        label = "violating" if line["violating"] else "CLEAN"
        print(f"{line['set']} {line['id']} {label} {line['rendering']} {line['verdict']} {','.join(line['rules'])} "
              f"spans={line['spans']!r}\n    {line['text']}")
    clean = [f for f in found if not f["violating"]]
    print(f"\n{args.kind}: {len(clean)} clean lines of {len({f['set'] for f in clean})} sets flagged because of it; "
          f"{len(found) - len(clean)} violating lines flagged only because of it")
    print(f"{'set':24} {'clean flagged':>14} {'of them ' + args.kind:>16} {'violating flagged':>18} {'of them ' + args.kind:>16}")
    for name in names:
        c, cf, v, vf = counts[name]
        own_c = sum(1 for f in clean if f["set"] == name)
        own_v = sum(1 for f in found if f["set"] == name and f["violating"])
        print(f"{name:24} {cf:>6}/{c:<7} {own_c:>16} {vf:>9}/{v:<8} {own_v:>16}")
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    print(f"{'all':24} {total[1]:>6}/{total[0]:<7} {len(clean):>16} {total[3]:>9}/{total[2]:<8} {len(found) - len(clean):>16}")
    if args.json:
        args.json.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
