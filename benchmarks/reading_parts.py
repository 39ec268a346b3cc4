"""Does reading a later reading only around where it differs from the first (guard/engine.py `changed_part`) keep every
span? Every text of benchmarks/data (and the realistic proxy bench's cards, the speed bench's corpus) that has a later
reading, analysed twice in one process: each later reading whole (the engine before stop 57) and in part (now).

    python benchmarks/reading_parts.py                      # every set, lowercased too, 300 cards, 1,000 corpus items
    python benchmarks/reading_parts.py --sets packed_ --no-lower --cards 0 --corpus 0
    python benchmarks/reading_parts.py --context 200        # another context around the changed part

Prints the texts compared, their spans, and every text whose spans differ (lost: found whole, not in part; added: the
other way), with the text's id; exits 1 when a span was lost. Only texts with a later reading can differ: a text with
one reading is read whole either way (the same call).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.diff_spans import collect_texts  # noqa: E402


def with_later_readings(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (id, text) pairs one of whose engine windows has more than one reading."""
    from guard.engine import text_windows
    from guard.normalize import readings

    return [(key, text) for key, text in items
            if any(len(readings(piece)) > 1 for _, piece in text_windows(text))]


def spans_both_ways(items: list[tuple[str, str]], context: int | None = None
                    ) -> list[tuple[str, list[tuple], list[tuple]]]:
    """(id, spans with each later reading whole, spans with it read in part) for each text."""
    import guard.engine as engine
    from guard import Redactor

    redactor = Redactor()
    real = engine.changed_part
    context = engine.READING_CONTEXT if context is None else context
    out = []
    try:
        for key, text in items:
            engine.changed_part = lambda first, other, context=0: None
            whole = [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]
            engine.changed_part = lambda first, other, c=context: real(first, other, c)
            part = [(e.start, e.end, e.type, round(e.score, 6)) for e in redactor.analyze(text)]
            out.append((key, whole, part))
    finally:
        engine.changed_part = real
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=300, help="CRM cards of the realistic proxy bench")
    parser.add_argument("--sets", nargs="*", default=(), help="only the benchmarks/data folders beginning with these")
    parser.add_argument("--no-lower", action="store_true", help="the sets' texts as given only")
    parser.add_argument("--corpus", type=int, default=1000, help="the first N items of the speed bench's corpus")
    parser.add_argument("--context", type=int, help="characters read either side of the changed part "
                        "(default: guard.engine.READING_CONTEXT)")
    parser.add_argument("--show", type=int, default=10, help="differing texts to print")
    args = parser.parse_args()
    began = time.process_time()
    items = collect_texts(args.cards, tuple(args.sets), not args.no_lower, None, args.corpus)
    later = with_later_readings(items)
    print(f"{len(items)} texts, {len(later)} with a later reading ({time.process_time() - began:.0f} s CPU)",
          flush=True)
    lost = added = spans = 0
    shown = 0
    for key, whole, part in spans_both_ways(later, args.context):
        spans += len(whole)
        missing, extra = sorted(set(whole) - set(part)), sorted(set(part) - set(whole))
        lost += len(missing)
        added += len(extra)
        if (missing or extra) and shown < args.show:
            shown += 1
            print(f"  {key}: lost {missing} added {extra}")
    print(f"{len(later)} texts with a later reading, {spans} spans read whole: {lost} lost, {added} added in part "
          f"({time.process_time() - began:.0f} s CPU)")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
