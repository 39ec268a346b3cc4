"""Does skipping a later reading whose rewritten stretches the first reading's spans cover (guard/engine.py
`found_already`) keep every span? Every text of benchmarks/data (and the realistic proxy bench's cards, the speed
bench's corpus) with a later reading, analysed twice in one process: each later reading analysed (the engine before
stop 58) and skipped where the first reading's spans cover it (now).

    python benchmarks/covered_readings.py                   # every set, lowercased too, 300 cards, 1,000 corpus items
    python benchmarks/covered_readings.py --sets packed_ --no-lower --cards 0 --corpus 0

Prints the texts compared, how many later readings were skipped (by the kind of the span covering them), and every
text whose spans differ (lost: found with the later reading analysed, not without; added: the other way), with the
text's id; exits 1 when a span differs. Only texts with a later reading can differ.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.diff_spans import collect_texts  # noqa: E402


def with_later_readings(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (id, text) pairs one of whose engine windows has a later reading that reads the first one's text on."""
    from guard.engine import text_windows
    from guard.normalize import joined_for_kinds, readings

    def read_on(piece: str) -> bool:
        every = readings(piece)
        return any(joined_for_kinds(every[0], later) is not None for later in every[1:])

    return [(key, text) for key, text in items if any(read_on(piece) for _, piece in text_windows(text))]


def spans_both_ways(items: list[tuple[str, str]], skipped: Counter) -> list[tuple[str, list[tuple], list[tuple]]]:
    """(id, spans with every later reading analysed, spans with the covered ones skipped) for each text; `skipped`
    counts the skipped readings by the kinds of the spans covering them."""
    import guard.engine as engine
    from guard import Redactor
    from guard.normalize import joined_for_kinds

    redactor = Redactor()
    real = engine.found_already

    def counted(first, later, found) -> bool:
        if not real(first, later, found):
            return False
        skipped["+".join(sorted({kind for _, _, kind in joined_for_kinds(first, later)}))] += 1
        return True

    out = []
    try:
        for key, text in items:
            engine.found_already = lambda first, later, found: False
            whole = [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]
            engine.found_already = counted
            part = [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]
            out.append((key, whole, part))
    finally:
        engine.found_already = real
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=300, help="CRM cards of the realistic proxy bench")
    parser.add_argument("--sets", nargs="*", default=(), help="only the benchmarks/data folders beginning with these")
    parser.add_argument("--no-lower", action="store_true", help="the sets' texts as given only")
    parser.add_argument("--corpus", type=int, default=1000, help="the first N items of the speed bench's corpus")
    parser.add_argument("--show", type=int, default=10, help="differing texts to print")
    args = parser.parse_args()
    began = time.process_time()
    items = collect_texts(args.cards, tuple(args.sets), not args.no_lower, None, args.corpus)
    later = with_later_readings(items)
    print(f"{len(items)} texts, {len(later)} with a later reading of the first one's text "
          f"({time.process_time() - began:.0f} s CPU)", flush=True)
    skipped: Counter = Counter()
    lost = added = spans = shown = 0
    for key, whole, part in spans_both_ways(later, skipped):
        spans += len(whole)
        missing, extra = sorted(set(whole) - set(part)), sorted(set(part) - set(whole))
        lost += len(missing)
        added += len(extra)
        if (missing or extra) and shown < args.show:
            shown += 1
            print(f"  {key}: lost {missing} added {extra}", flush=True)
    print(f"skipped later readings by the kind covering them: {dict(skipped.most_common())}")
    print(f"{len(later)} texts, {spans} spans with every later reading analysed: {lost} lost, {added} added with the "
          f"covered ones skipped ({time.process_time() - began:.0f} s CPU)")
    return 1 if lost or added else 0


if __name__ == "__main__":
    sys.exit(main())
