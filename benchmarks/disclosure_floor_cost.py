"""What the never-weaker floor costs on `benchmarks.disclosure_sets_in_call`'s workload (issue 12, stop 53).

    python -m benchmarks.disclosure_floor_cost disc_an52 disc_ao52 disc_am51

Each operator line of the sets is checked in a call on the view of the sample card, an unidentified caller and a
primary identified man, as `disclosure_sets_in_call` checks it; the time inside `_never_weaker_than_alone` (the line
checked again alone) is summed. Run a tree before and after in the same minutes: the machine's load moves the totals.
"""
from __future__ import annotations

import json
import sys
import time

from benchmarks.disclosure_sets_in_call import DATA, _contexts


def main(sets: list[str]) -> int:
    from guard.disclosure import default_checker
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.context import Said

    checker = default_checker()
    spent = {"floor": 0.0, "calls": 0}
    floor = DisclosureChecker._never_weaker_than_alone

    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return floor(self, *args, **kwargs)
        finally:
            spent["floor"] += time.perf_counter() - started
            spent["calls"] += 1

    DisclosureChecker._never_weaker_than_alone = timed
    contexts = _contexts()
    lines = [row["text"] for name in sets
             for row in (json.loads(raw) for raw in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8")
                         .splitlines() if raw.strip())
             if row.get("speaker", "operator") == "operator"]
    checker.check("Здравствуйте", "operator", contexts["none"], Said())  # the models loaded
    for state, context in contexts.items():
        spent.update(floor=0.0, calls=0)
        started = time.perf_counter()
        for text in lines:
            checker.check(text, "operator", context, Said())
        total = time.perf_counter() - started
        print(f"{state}: {len(lines)} lines, total {total:.1f} s, floor {spent['floor']:.1f} s "
              f"({100 * spent['floor'] / total:.0f}%), floor calls {spent['calls']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
