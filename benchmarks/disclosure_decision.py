"""The judge of lines the checker only warns on (guard.disclosure.decision): its training rows, training, threshold
and rule choice, and its own leave-one-author-out figures — all from leave-one-author-out traces.

    # 1. traces: every blind author's lines judged by the rules, verifier and model trained WITHOUT that author
    python -m benchmarks.eval_disclosure_blind --leave-one-author-out --group-folds 6 --main-only --dump D.jsonl
    python -m benchmarks.disclosure_decision --traces-from D.jsonl          # -> benchmarks/data/disclosure_traces
    # 2. the judge's own held-out figures (each author: judge, threshold and rules chosen on the other authors)
    python -m benchmarks.disclosure_decision --loao
    # 3. the shipped judge (guard/data/disclosure_decision.npz), from every author's traces
    python -m benchmarks.train_disclosure_model --decision

A trace row is one operator line of a blind author: its rendering, label, text, the rules that flagged it (a model
guess as "model:RULE"), the verifier's P of each wording hit and the line model's P — the parts as they stand on an
author they never saw. The judge learns from those rows how far each part's word can be trusted on new wording.
Deterministic: full-batch Adam from zeros (benchmarks.train_disclosure_model._fit), the rows in file order.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TRACES = ROOT / "benchmarks" / "data" / "disclosure_traces" / "traces.jsonl.gz"
OUTPUT = ROOT / "guard" / "data" / "disclosure_decision.npz"
VERIFIER_KEPT = 0.35  # the verifier's threshold the traces were made at (train_disclosure_model.VERIFIER_THRESHOLD)
GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# a threshold must clear at least this many clean lines for each violating line it clears (on the other authors):
# the violating share stands at the bar (0.95) while the clean share is above its own (3%)
PRICE = 4.0
EPOCHS = 300


def _warn_rules() -> dict[str, str]:
    from guard.disclosure.rules import default_rules_path, load_rules

    return {rule.id: rule.verdict for rule in load_rules(default_rules_path()).rules if rule.speaker == "operator"}


def asked(row: dict, verdicts: dict[str, str]) -> bool:
    """The judge is asked about this traced line: flagged, every finding a warn (a model guess is one), and neither
    the line model nor the verifier sure of a violation (guard.disclosure.checker.MODEL_SURE: then two guesses
    disagree, the operator is warned)."""
    from guard.disclosure.checker import MODEL_SURE

    found = row["found"]
    if any(rule in found and p >= MODEL_SURE for rule, p in row["verified"]):
        return False  # the verifier sure of a hit: stop 36's rule, two guesses disagree, the operator is warned
    return bool(found) and float(row["p_line"]) < MODEL_SURE and all(rule.startswith("model:") or verdicts.get(rule) == "warn" for rule in found)


def parts_of(row: dict):
    from guard.disclosure.decision import Parts

    found = row["found"]
    kept = tuple(p for rule, p in row["verified"] if rule in found and p >= VERIFIER_KEPT)
    return Parts(tuple(found), float(row["p_line"]), kept)


def read_traces(path: Path = TRACES) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_traces(dumps: list[Path], path: Path = TRACES) -> int:
    """The --dump rows of eval_disclosure_blind, cut to what the judge reads, one per line, sorted (author, order)."""
    rows = [json.loads(line) for dump in dumps for line in dump.read_text(encoding="utf-8").splitlines() if line]
    keep = ("author", "rendering", "violating", "topic", "text", "found", "verified", "p_line")
    seen, out = set(), []
    for row in rows:
        key = (row["author"], row["rendering"], row["text"], row["violating"])
        if key not in seen:
            seen.add(key)
            out.append({k: row[k] for k in keep})
    out.sort(key=lambda r: r["author"])  # stable: each author's lines in the order the fold checked them
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime 0: the same bytes from the same rows
        raw.write("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out).encode("utf-8"))
    print(f"{len(out)} rows of {len({r['author'] for r in out})} authors -> {path}", file=sys.stderr)
    return 0


def unseen_traces(authors: list[str], dump: Path, model_path: Path | None = None,
                  verifier_path: Path | None = None) -> int:
    """--dump rows (as eval_disclosure_blind's) of `authors` judged by the rules of today and a model and verifier
    that never saw them — the shipped ones by default: honest only for authors the shipped model was not trained on
    (stop 38: g36, h36, i37, j37, k37, which train_disclosure_model.AUTHORS gained in this stop)."""
    from benchmarks.eval_disclosure_blind import _trace
    from benchmarks.train_disclosure_model import AUTHORS, Line, author_path, instruction_item
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.classifier import MODEL_PATH, DisclosureModel
    from guard.disclosure.rules import default_rules_path, load_rules
    from guard.disclosure.verifier import VERIFIER_PATH, HitVerifier
    from benchmarks.train_disclosure_model import THRESHOLD, VERIFIER_THRESHOLD

    model = DisclosureModel(model_path or MODEL_PATH)
    verifier = HitVerifier(verifier_path or VERIFIER_PATH)
    checker = DisclosureChecker(load_rules(default_rules_path()), use_engine=False)
    with dump.open("a", encoding="utf-8") as out:
        for author in authors:
            assert author in AUTHORS, author
            for raw in author_path(author).read_text(encoding="utf-8").splitlines():
                item = json.loads(raw) if raw.strip() else None
                if item is None or item.get("speaker", "operator") != "operator":
                    continue
                line = Line(item["text"], bool(item["violating"]), item.get("rendering", "written"), author,
                            topic=instruction_item(item.get("item") or item.get("category")))
                row = _trace(author, line.rendering, line, checker, model, verifier, VERIFIER_THRESHOLD, THRESHOLD)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{author}: traced", file=sys.stderr, flush=True)
    return 0


def may_ever_clear(rule: str, verdicts: dict[str, str]) -> bool:
    """A wording rule's hit (warn): never a rule's block, nor a guess of the line model. Stop 38, leave-one-author-out
    over 21 authors: a judge that could clear guesses too cleared a guess at a block rule ("контактное лицо по
    договору — Зарецкая Е." read as п. 4 at P 0.94) and, with guesses of warn rules only, 6 violating lines for 8 clean
    ones (ASR notes the model read at 0.8-0.91: raising its threshold in other words); on wording hits alone it
    cleared clean lines only."""
    return not rule.startswith("model:") and verdicts.get(rule) == "warn"


class Rows:
    """The asked rows' features, computed once."""

    def __init__(self, rows: list[dict]) -> None:
        from guard.disclosure.decision import decision_features
        from guard.disclosure.text import Utterance

        verdicts = self.verdicts = _warn_rules()
        self.all = rows
        self.index = [i for i, row in enumerate(rows) if asked(row, verdicts)]
        self.ids, self.dense = [], []
        for i in self.index:
            ids, dense = decision_features(Utterance(rows[i]["text"]), parts_of(rows[i]))
            self.ids.append(ids)
            self.dense.append(dense)
        self.target = np.array([rows[i]["violating"] for i in self.index], dtype=np.float64)
        self.author = np.array([rows[i]["author"] for i in self.index])
        self.rules = [frozenset(rows[i]["found"]) for i in self.index]


def fit(rows: Rows, keep: np.ndarray) -> dict[str, np.ndarray]:
    """The judge's arrays from the asked rows at `keep` (the two classes weigh the same)."""
    from benchmarks.train_disclosure_model import _fit

    parts = [np.asarray(rows.ids[i], dtype=np.int64) for i in keep]
    indptr = np.zeros(len(parts) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(p) for p in parts])
    vocabulary, cols = np.unique(np.concatenate(parts), return_inverse=True)
    targets = rows.target[keep]
    pos = max(targets.mean(), 1e-6)
    weights = np.where(targets == 1, 0.5 / pos, 0.5 / max(1 - pos, 1e-6))
    dense = np.stack([rows.dense[i] for i in keep]) / 16.0  # _fit scales dense columns by DENSE_SCALE (16)
    w, d, b, _ = _fit(indptr, cols, len(vocabulary), dense, targets, 1, weights, epochs=EPOCHS)
    return {"ids": vocabulary.astype(np.int64), "weights": w[:, 0].astype(np.float32),
            "dense": (d[:, 0] / 16.0).astype(np.float32), "bias": np.float64(b[0])}


def score(arrays: dict[str, np.ndarray], rows: Rows, at: np.ndarray) -> np.ndarray:
    from guard.disclosure.classifier import weight_rows

    out = np.zeros(len(at))
    for n, i in enumerate(at):
        found = weight_rows(arrays["ids"], rows.ids[i])
        z = float(arrays["bias"]) + float(arrays["weights"][found].sum()) + float(rows.dense[i] @ arrays["dense"])
        out[n] = 1.0 / (1.0 + np.exp(-z))
    return out


def choose(rows: Rows, at: np.ndarray, p: np.ndarray) -> tuple[float, frozenset[str]]:
    """The threshold and the rules the judge may clear, from held-out P's of the rows at `at`: a rule may be cleared
    where, at the threshold, its lines cleared are clean at least PRICE times as often as violating; the threshold
    is the one that clears most clean lines net of PRICE per violating line."""
    best = (0.0, 0.0, frozenset())
    everything = sorted({rule for i in at for rule in rows.rules[i] if may_ever_clear(rule, rows.verdicts)})
    for t in GRID:
        cleared = p < t
        allowed = set()
        for rule in everything:
            mine = np.array([rule in rows.rules[i] for i in at])
            clean = int((cleared & mine & (rows.target[at] == 0)).sum())
            violating = int((cleared & mine & (rows.target[at] == 1)).sum())
            if clean >= PRICE * violating and clean > 0:
                allowed.add(rule)
        may = np.array([rows.rules[i] <= allowed for i in at], dtype=bool)
        gain = float(((cleared & may) & (rows.target[at] == 0)).sum()
                     - PRICE * ((cleared & may) & (rows.target[at] == 1)).sum())
        if gain > best[0]:
            best = (gain, t, frozenset(allowed))
    return best[1], best[2]


def out_of_fold(rows: Rows) -> np.ndarray:
    """Each asked row's judge P from a judge trained without its author."""
    p = np.zeros(len(rows.index))
    for author in dict.fromkeys(rows.author):
        mine = np.flatnonzero(rows.author == author)
        p[mine] = score(fit(rows, np.flatnonzero(rows.author != author)), rows, mine)
    return p


def loao(path: Path = TRACES) -> int:
    """Per author: flagged violating / clean, written and ASR, the parts alone (the traces) and with the judge whose
    weights, threshold and rules were chosen without the author. Macro average and the worst decile of authors."""
    rows = Rows(read_traces(path))
    p = out_of_fold(rows)
    authors = list(dict.fromkeys(r["author"] for r in rows.all))
    cleared_rows: set[int] = set()
    for author in authors:
        others = np.flatnonzero(rows.author != author)
        t, allowed = choose(rows, others, p[others])
        for n in np.flatnonzero(rows.author == author):
            if p[n] < t and rows.rules[n] <= allowed:
                cleared_rows.add(rows.index[n])
        print(f"{author:5} threshold {t:4} rules {','.join(sorted(allowed))}", file=sys.stderr)
    report(rows.all, cleared_rows, authors)
    return 0


def report(all_rows: list[dict], cleared: set[int], authors: list[str]) -> None:
    table = {}
    for author in authors:
        for rendering in ("written", "asr"):
            part = [(i, r) for i, r in enumerate(all_rows) if r["author"] == author and r["rendering"] == rendering]
            v = [i for i, r in part if r["violating"]]
            c = [i for i, r in part if not r["violating"]]
            flagged = lambda i, after: bool(all_rows[i]["found"]) and not (after and i in cleared)  # noqa: E731
            table[(author, rendering)] = [(sum(flagged(i, a) for i in v) / max(1, len(v)),
                                           sum(flagged(i, a) for i in c) / max(1, len(c)), len(v), len(c))
                                          for a in (False, True)]
    print("author render  | before: violating / clean flagged | after")
    for (author, rendering), cells in table.items():
        print(f"{author:6} {rendering:7} | " + " | ".join(f"{v:.3f} / {c:5.1%}" for v, c, _, _ in cells))
    for rendering in ("written", "asr"):
        rows = [cells for (a, r), cells in table.items() if r == rendering]
        for k, name in ((0, "before"), (1, "after")):
            viol = np.array([cells[k][0] for cells in rows])
            clean = np.array([cells[k][1] for cells in rows])
            decile = max(1, int(round(len(rows) / 10)))
            print(f"{rendering:7} {name:6} macro {viol.mean():.3f} / {clean.mean():5.1%}; worst decile "
                  f"({decile} authors) violating {np.sort(viol)[:decile].mean():.3f}, clean "
                  f"{np.sort(clean)[-decile:].mean():5.1%}; authors at the bars {int(((viol >= 0.95) & (clean <= 0.03)).sum())}"
                  f"/{len(rows)}")


def train_decision(path: Path = TRACES, output: Path = OUTPUT) -> int:
    """The shipped judge: weights from every author's traces, threshold and rules from the out-of-fold P's."""
    rows = Rows(read_traces(path))
    p = out_of_fold(rows)
    t, allowed = choose(rows, np.arange(len(rows.index)), p)
    arrays = fit(rows, np.arange(len(rows.index)))
    arrays["threshold"] = np.float64(t)
    arrays["rules"] = np.array(sorted(allowed))
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "wb") as out:
        np.savez_compressed(out, **arrays)
    print(f"judge: {len(rows.index)} asked rows of {len(rows.all)}, threshold {t}, may clear {sorted(allowed)} "
          f"-> {output}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traces-from", type=Path, nargs="+", help="eval_disclosure_blind --dump files -> TRACES")
    parser.add_argument("--traces", type=Path, default=TRACES)
    parser.add_argument("--unseen", nargs="+", metavar="AUTHOR",
                        help="append to --dump the rows of these authors judged by the shipped model and verifier "
                             "(honest only for authors the shipped model never trained on)")
    parser.add_argument("--dump", type=Path, help="with --unseen: the --dump file to append to")
    parser.add_argument("--model", type=Path, help="with --unseen: a line model that never saw the authors (an older "
                                                  "shipped one: git show COMMIT:guard/data/disclosure_model.npz)")
    parser.add_argument("--verifier", type=Path, help="with --unseen: its hit verifier")
    parser.add_argument("--loao", action="store_true", help="the judge's leave-one-author-out figures")
    parser.add_argument("--train", action="store_true", help="write guard/data/disclosure_decision.npz")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.unseen:
        return unseen_traces(args.unseen, args.dump, args.model, args.verifier)
    if args.traces_from:
        return write_traces(args.traces_from, args.traces)
    if args.loao:
        return loao(args.traces)
    if args.train:
        return train_decision(args.traces, args.output)
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
