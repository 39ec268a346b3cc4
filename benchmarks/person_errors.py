"""guard's false PERSON spans and its missed names on labeled sets, each told by the rule that made it (issue 15).

    python -m benchmarks.person_errors --data benchmarks/data/names_m45 [--factru DIR] [--out errors.jsonl]

Every false PERSON span is printed with its context and the rule (the `why` of recognizers/person.py or the
lowercase recognizer) whose span overlaps it; every miss with what guard found there, if anything. The figures are
those of benchmarks/evaluate.py (its scoring, PERSON only); this script only tells where the errors come from.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.evaluate import Report, factru_samples, jsonl_samples, lowercased, score_sample


def _whys(analyzer, text: str) -> list[tuple[int, int, str]]:
    """The rules behind each PERSON span the analyzer finds on the text as given (offsets of that text)."""
    results = analyzer.analyze(text, entities=["PERSON"], return_decision_process=True)
    out = []
    for r in results:
        explanation = getattr(r, "analysis_explanation", None)
        why = getattr(explanation, "textual_explanation", None) or getattr(explanation, "recognizer", "?")
        out.append((r.start, r.end, str(why)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--factru", type=Path, help="factRuEval-2016 devset folder (written and lowercased)")
    parser.add_argument("--out", type=Path, help="also write every error as a JSON line here")
    args = parser.parse_args(argv)

    from guard import Redactor
    from guard.engine import build_analyzer
    redactor, analyzer = Redactor(), build_analyzer()
    sets = {}
    for folder in args.data:
        sets.update(jsonl_samples(folder))
    if args.factru:
        documents = factru_samples(args.factru)
        sets["factru written"], sets["factru lowercased"] = documents, lowercased(documents)
    rows = []
    for name, samples in sets.items():
        for sample in samples:
            found = [e for e in redactor.analyze(sample.text) if e.type == "PERSON"]
            report = Report(name)
            gold = [g for g in sample.gold if g[0] == "PERSON"]
            score_sample(report, type(sample)(sample.id, sample.text, gold, sample.negatives, sample.ignore),
                         found, only_type="PERSON")
            if not report.false_positives and not report.misses:
                continue
            whys = _whys(analyzer, sample.text)
            for _, kind, value, context in report.false_positives:
                spans = [e for e in found if sample.text[e.start:e.end] == value]
                start, end = (spans[0].start, spans[0].end) if spans else (0, 0)
                rule = sorted({w for s, e, w in whys if s < end and start < e}) or ["(merge / other kind)"]
                rows.append({"set": name, "id": sample.id, "error": "false", "value": value, "negative": kind,
                             "rules": rule, "context": context})
            for _, value, context, share in report.misses:
                rows.append({"set": name, "id": sample.id, "error": "miss", "value": value, "covered": share,
                             "rules": [], "context": context})
    for row in rows:
        print(f"{row['error']:5} {row['set']:28} {' | '.join(row['rules'])[:70]:70} {row['context']}")
    print("\n-- false PERSON spans by rule:")
    for rule, count in Counter(r for row in rows if row["error"] == "false" for r in row["rules"]).most_common():
        print(f"   {count:5}  {rule}")
    print(f"-- misses: {sum(row['error'] == 'miss' for row in rows)}")
    if args.out:
        args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
