"""PERSON figures of guard on every labeled set here, written, lowercased and ASR-like, in one table.

    python -m benchmarks.eval_names                         # all sets, guard's Redactor
    python -m benchmarks.eval_names --only names_check2     # sets whose name contains this
    python -m benchmarks.eval_names --show pii_asr1 asr     # also print that set's misses and false alarms

Each set in benchmarks/data with written.jsonl / asr.jsonl is scored as it is; a written one also
lowercased (punctuation kept) and ASR-like (lowercased, every character that is not a letter, digit or
hyphen read as a space — offsets unchanged). factRuEval-2016 dev likewise, in full and for the quarter of
its documents the name tagger never trains on ("test" of benchmarks/train_name_tagger.factru_part).
PERSON only, benchmarks/evaluate.py's definitions (protected recall: the share of gold characters hidden;
precision: detections that overlap a gold span of any kind). Misses are printed only for the sets named
with --show: the check sets (names_check, names_check2, names_check6, names_check6_chat and names_check7, news and
long-form text from round s25) are measured, never read; names_check3 was tuned on in round s21, names_check4 in
round s23, names_check5 (+ _chat) in round s24 and names_check8 (history, genealogy, news, sports, business, CRM chat;
first contact in docs/names.md) in round s27, and all four are dev sets since.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchmarks.evaluate import DEFAULT_FACTRU, Sample, factru_samples, jsonl_samples, load_detector, lowercased, \
    print_report, run

DATA = Path(__file__).resolve().parent / "data"
_NOT_WORD = re.compile(r"[^\w-]|_")


def asr_like(samples: list[Sample]) -> list[Sample]:
    """Lowercased with punctuation read as spaces, offsets unchanged."""
    return [Sample(s.id, _NOT_WORD.sub(" ", s.text), s.gold, s.negatives, s.ignore) for s in lowercased(samples)]


def named_sets(factru: Path | None) -> dict[str, list[Sample]]:
    sets: dict[str, list[Sample]] = {}
    for folder in sorted(DATA.iterdir()):
        if folder.name.startswith("disclosure") or not folder.is_dir():
            continue
        for name, samples in jsonl_samples(folder).items():
            if not any(t == "PERSON" for s in samples for t, *_ in s.gold):
                continue
            sets[name] = samples
            if name.endswith("written"):
                sets[f"{name} lower"] = lowercased(samples)
                sets[f"{name} asr-like"] = asr_like(samples)
    if factru is not None and factru.is_dir():
        from benchmarks.train_name_tagger import factru_part

        documents = factru_samples(factru)
        held_out = [s for s in documents if factru_part(s.id) == "test"]
        for prefix, docs in (("factru", documents), ("factru-test", held_out)):
            sets[f"{prefix} written"] = docs
            sets[f"{prefix} lower"] = lowercased(docs)
            sets[f"{prefix} asr-like"] = asr_like(docs)
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector", default="guard")
    parser.add_argument("--only", action="append", default=[], help="sets whose name contains this")
    parser.add_argument("--show", nargs="+", default=[], help="print misses and false alarms of this set")
    parser.add_argument("--no-factru", action="store_true")
    parser.add_argument("--model", type=Path, help="another name tagger model file (benchmarks/train_name_tagger --out)")
    args = parser.parse_args(argv)
    if args.model:
        import guard.name_tagger as name_tagger

        name_tagger._tagger = name_tagger.NameTagger.load(args.model)
    detector = load_detector(args.detector)
    sets = named_sets(None if args.no_factru else DEFAULT_FACTRU)
    if not args.no_factru:
        del sets["factru written"], sets["factru lower"], sets["factru asr-like"]  # the tagger trains on 3/4 of it
    shown = " ".join(args.show)
    print(f"{'set':34}{'texts':>6}{'gold':>6}{'prot.R':>8}{'leaks':>6}{'found':>7}{'prec':>8}{'s':>7}")
    for name, samples in sets.items():
        if args.only and not any(o in name for o in args.only):
            continue
        report = run(detector, name, samples, only_type="PERSON")
        stats = report.by_type.get("PERSON")
        if stats is None:
            continue
        recall = stats.protected / stats.gold if stats.gold else float("nan")
        precision = stats.correct / stats.detected if stats.detected else float("nan")
        print(f"{name:34}{report.texts:6}{stats.gold:6}{recall:8.3f}{stats.gold - stats.protected:6}{stats.detected:7}"
              f"{precision:8.3f}{report.seconds:7.1f}", flush=True)
        if shown and name == shown:
            print_report(report, 40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
