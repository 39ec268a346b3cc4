"""Does a speed change keep every span? The redactor's spans over every text of benchmarks/data, this tree against another.

    python benchmarks/diff_spans.py --before DIR           # DIR: `git archive <commit> | tar -x -C DIR`
    python benchmarks/diff_spans.py --save /tmp/now.jsonl  # this tree's spans only, for a later --against
    python benchmarks/diff_spans.py --against /tmp/then.jsonl
    python benchmarks/diff_spans.py --sets names_ pii_ packed_ --no-lower --factru DEVSET --cards 0 --tree DIR --save F
                                                           # the sets a PERSON or engine change must keep, one tree
    python benchmarks/diff_spans.py --sets none --cards 0 --corpus 1000 --no-lower --save F
                                                           # the speed bench's own texts

An exact change to the engine's plumbing (a shared scan, a cache, a gate) must give the same entities — start, end,
type and score — on every text. The texts: the "text" of every JSONL line under benchmarks/data (written, ASR and
speech sets), each written one also lowercased (how a chat or a recased transcript arrives), and the CRM cards of
benchmarks/bench_proxy_realistic.py (a card's comments in one engine call, as the proxy's worker sends them). Each
tree runs in a fresh interpreter (this script with --worker); the outputs are compared line by line and the first
differences printed with the text's id.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"


def collect_texts(cards: int = 300, sets: tuple[str, ...] = (), lower: bool = True,
                  factru: Path | None = None, corpus: int = 0) -> list[tuple[str, str]]:
    """(id, text) pairs, each distinct text once: every set of benchmarks/data (only the folders whose names begin with
    one of `sets`, when given), each text also lowercased unless `lower` is False, the bench's CRM cards, the
    documents of a factRuEval-2016 folder written and lowercased (as benchmarks.evaluate reads them), and the first
    `corpus` items of bench_redactor_vs_ner's corpus (seed 7), written and ASR."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []

    def add(key: str, text: str) -> None:
        if text and text not in seen:
            seen.add(text)
            out.append((key, text))

    for path in sorted(DATA.rglob("*.jsonl")):
        if sets and not path.relative_to(DATA).parts[0].startswith(sets):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text") if isinstance(item, dict) else None
            if not isinstance(text, str):
                continue
            key = f"{path.relative_to(DATA)}:{item.get('id', number)}"
            add(key, text)
            if lower:
                add(key + ":lower", text.lower())
    sys.path.insert(0, str(REPO))
    if factru is not None:
        from benchmarks.evaluate import factru_samples, lowercased

        documents = factru_samples(factru)
        for sample in documents + lowercased(documents):
            add(f"factru:{sample.id}:{'lower' if sample.text.islower() else 'written'}", sample.text)
    if corpus:
        from benchmarks.corpus import generate

        for index, item in enumerate(generate(corpus, 7)):
            add(f"corpus:{index}:written", item.written.text)
            add(f"corpus:{index}:asr", item.asr.text)
    from benchmarks.bench_proxy_realistic import make_customer
    from guard.proxy.detection import BATCH_SEPARATOR

    rng = random.Random(29)
    for index in range(cards):
        customer = make_customer(rng, index)
        texts = [comment["text"] for comment in customer.card.get("comments", [])]
        add(f"card:{index}", BATCH_SEPARATOR.join(texts))
    return out


def worker(path: str) -> None:
    """Spans of every text in `path` (JSON list of [id, text]), one JSON line each, then the CPU time."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    from guard import Redactor

    redactor = Redactor()
    began = time.process_time()
    for key, text in items:
        spans = [[e.start, e.end, e.type, round(e.score, 6)] for e in redactor.analyze(text)]
        print(json.dumps([key, spans], ensure_ascii=False))
    print(json.dumps(["#cpu", time.process_time() - began]))


def run(tree: Path, items_path: Path) -> tuple[list[str], float]:
    env = {**os.environ}
    if tree != REPO:
        for package in ("recognizers", "policies"):  # the wheel's names for the copy's top-level packages
            link = tree / "guard" / package
            if not link.exists():
                link.symlink_to(Path("..") / package)
        env["PYTHONPATH"] = str(tree)
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(items_path)],
                          capture_output=True, text=True, cwd=tree, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: {proc.stderr.strip().splitlines()[-1:]}")
    lines = proc.stdout.strip().splitlines()
    return lines[:-1], json.loads(lines[-1])[1]


def compare(now: list[str], then: list[str]) -> int:
    differing = [(a, b) for a, b in zip(now, then) if a != b]
    if len(now) != len(then):
        print(f"different counts: {len(now)} now, {len(then)} before")
    for a, b in differing[:10]:
        print(f"  now    {a}\n  before {b}")
    spans = sum(len(json.loads(line)[1]) for line in now)
    digest = hashlib.blake2b("\n".join(now).encode(), digest_size=8).hexdigest()
    print(f"{len(now)} texts, {spans} spans (digest {digest}): {len(differing)} texts differ")
    return 1 if differing or len(now) != len(then) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--before", type=Path, help="a copy of the repository to compare against")
    parser.add_argument("--against", type=Path, help="spans saved earlier with --save")
    parser.add_argument("--save", type=Path, help="write this tree's spans here")
    parser.add_argument("--cards", type=int, default=300, help="CRM cards of the realistic proxy bench")
    parser.add_argument("--sets", nargs="*", default=(), help="only the benchmarks/data folders beginning with one of "
                        "these (names_ pii_ packed_)")
    parser.add_argument("--no-lower", action="store_true", help="the sets' texts as given only (their ASR files are "
                        "the lowercase renderings)")
    parser.add_argument("--factru", type=Path, help="a factRuEval-2016 folder (devset): its documents, written and "
                        "lowercased, too")
    parser.add_argument("--corpus", type=int, default=0, help="the first N items of the speed bench's corpus (seed 7), "
                        "written and ASR, too")
    parser.add_argument("--tree", type=Path, default=REPO, help="whose spans to compute (with --save): this tree by "
                        "default, or a copy of the repository")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return 0
    items = collect_texts(args.cards, tuple(args.sets), not args.no_lower, args.factru, args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        items_path = Path(tmp) / "items.json"
        items_path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        now, cpu = run(args.tree.resolve(), items_path)
        print(f"this tree: {len(now)} texts, {cpu:.1f} s CPU")
        if args.save:
            args.save.write_text("\n".join(now) + "\n", encoding="utf-8")
        then = None
        if args.before:
            then, before_cpu = run(args.before.resolve(), items_path)
            print(f"before: {before_cpu:.1f} s CPU")
        elif args.against:
            then = args.against.read_text(encoding="utf-8").strip().splitlines()
    return compare(now, then) if then is not None else 0


if __name__ == "__main__":
    sys.exit(main())
