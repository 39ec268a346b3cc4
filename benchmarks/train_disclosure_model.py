"""Train the disclosure model (guard/data/disclosure_model.npz) and measure it across authors.

    python -m benchmarks.train_disclosure_model                 # train on every labeled line, write the model
    python -m benchmarks.train_disclosure_model --cross-author  # hold out each blind author in turn, print figures

Training lines (operator speech only, no card context):
  - own       benchmarks/disclosure_set.py (hand-labeled with the rules that must fire)
  - cases     policies/tests/utterances/*.yaml (operator cases without a card)
  - db1..db7  benchmarks/data/disclosure_blind*/utterances.jsonl, seven authors who never saw the rules
  - tests     the ordinary operator speech of tests/test_disclosure_false_alarms.py (clean)
  - dev       benchmarks/data/disclosure_written_by_dev/lines.txt: ~50 lines the model's developer wrote
              (other senses of п. 7/п. 15 words, read-backs, the operator's own name and number), each
              also rendered as ASR; NOT blind, so never used to measure
For blind lines the rule label (which item a violation is) is the first violation the current rules
find; a violating line the rules do not explain still trains the violating head.

Cross-author: for each blind author, the model is trained on everything else and the author's lines are
checked by the rules as they stood when that author's set first arrived (git history: the rules had never
seen those lines) combined with the held-out model — the figure an unseen author should expect.
Deterministic: fixed seeds, full-batch training.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "data"
# The rules each blind set first met (the commit before the rules were tuned on it).
FIRST_CONTACT = {"db1": "aa07965", "db2": "f28fad6", "db3": "10344ca", "db4": "10344ca",
                 "db5": "cc9a0dd", "db6": "cc9a0dd", "db7": "4850aea"}
L2 = 1e-4
THRESHOLD = 0.85   # the model flags a line no rule flagged at this P(violating)
OTHER_SENSE = 0.1  # below this, a one-word wording rule is read in another sense (0: never)
EPOCHS = 400


@dataclass
class Line:
    text: str
    violating: bool
    rendering: str
    author: str
    rule: str | None = None


def blind_path(author: str) -> Path:
    n = author[2:]
    return BLIND / f"disclosure_blind{'' if n == '1' else n}" / "utterances.jsonl"


def load_lines() -> list[Line]:
    import yaml

    from benchmarks.disclosure_set import labeled_set

    lines = [Line(item.text, item.violating, item.rendering, "own", item.rules[0] if item.rules else None)
             for item in labeled_set() if item.speaker == "operator" and not item.card]
    for path in sorted((ROOT / "policies" / "tests" / "utterances").glob("*.yaml")):
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", []):
            expect = case.get("expect") or {}
            if case.get("speaker", "operator") != "operator" or case.get("context") or "verdict" not in expect:
                continue
            rules = expect.get("rules") or []
            lines.append(Line(case["text"], expect["verdict"] != "allow", "written", "cases",
                              rules[0] if rules else None))
    from benchmarks.disclosure_set import to_asr

    spec = importlib.util.spec_from_file_location("false_alarms", ROOT / "tests" / "test_disclosure_false_alarms.py")
    false_alarms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(false_alarms)
    lines.extend(Line(text, False, "written", "tests") for text in false_alarms.ORDINARY)

    for raw in (BLIND / "disclosure_written_by_dev" / "lines.txt").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            label, text = raw.split("\t", 1)
            lines.append(Line(text, label == "1", "written", "dev"))
            lines.append(Line(to_asr(text), label == "1", "asr", "dev"))
    for author in FIRST_CONTACT:
        for raw in blind_path(author).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                item = json.loads(raw)
                if item.get("speaker", "operator") == "operator":
                    lines.append(Line(item["text"], bool(item["violating"]), item.get("rendering", "written"), author))
    return lines


def label_rules(lines: list[Line]) -> None:
    """A blind violating line's rule: the first one the current rules find (None: the model alone)."""
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.rules import default_rules_path, load_rules

    checker = DisclosureChecker(load_rules(default_rules_path()), use_engine=False)
    for line in lines:
        if line.violating and line.rule is None:
            found = checker.check(line.text).violations
            line.rule = found[0].rule if found else None


def matrix(lines: list[Line]) -> tuple[np.ndarray, np.ndarray]:
    """CSR rows of unique hashed feature ids: (indptr, ids)."""
    from guard.disclosure.classifier import features
    from guard.disclosure.text import Utterance

    rows = [features(Utterance(line.text)) for line in lines]
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    return indptr, np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])


def _fit(indptr: np.ndarray, cols: np.ndarray, n_cols: int, targets: np.ndarray, k: int,
         sample_weight: np.ndarray, epochs: int = EPOCHS) -> tuple[np.ndarray, np.ndarray]:
    """Softmax (k > 1) or logistic (k == 1) regression, full-batch Adam with L2; sparse rows of ones."""
    n = len(indptr) - 1
    row_of = np.repeat(np.arange(n), np.diff(indptr))
    by_col = np.argsort(cols, kind="stable")
    sorted_cols = cols[by_col]
    col_starts = np.flatnonzero(np.r_[True, sorted_cols[1:] != sorted_cols[:-1]])
    present = sorted_cols[col_starts]
    row_starts = indptr[:-1]
    w = np.zeros((n_cols, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    weight = (sample_weight / sample_weight.sum()).astype(np.float32)
    for step in range(1, epochs + 1):
        z = np.add.reduceat(w[cols], row_starts, axis=0) + b
        if k == 1:
            p = 1.0 / (1.0 + np.exp(-z[:, 0]))
            g = ((p - targets) * weight)[:, None].astype(np.float32)
        else:
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(n), targets] -= 1.0
            g = (p * weight[:, None]).astype(np.float32)
        grad_w = L2 * w
        grad_w[present] += np.add.reduceat(g[row_of[by_col]], col_starts, axis=0)
        grad_b = g.sum(axis=0)
        for param, grad, m, v in ((w, grad_w, m_w, v_w), (b, grad_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    return w, b


def train(lines: list[Line], threshold: float, other_sense: float = 0.0) -> dict[str, np.ndarray]:
    indptr, ids = matrix(lines)
    vocabulary, cols = np.unique(ids, return_inverse=True)
    targets = np.array([line.violating for line in lines], dtype=np.float64)
    # the two classes weigh the same, whatever their shares in the training lines
    pos = targets.mean()
    weights = np.where(targets == 1, 0.5 / pos, 0.5 / (1 - pos))
    w, b = _fit(indptr, cols, len(vocabulary), targets, 1, weights)

    labeled = [i for i, line in enumerate(lines) if line.violating and line.rule]
    rule_ids = sorted({lines[i].rule for i in labeled})
    sub_rows = [ids[indptr[i]:indptr[i + 1]] for i in labeled]
    sub_indptr = np.zeros(len(sub_rows) + 1, dtype=np.int64)
    sub_indptr[1:] = np.cumsum([len(r) for r in sub_rows])
    sub_cols = np.searchsorted(vocabulary, np.concatenate(sub_rows))
    rule_targets = np.array([rule_ids.index(lines[i].rule) for i in labeled])
    rw, rb = _fit(sub_indptr, sub_cols, len(vocabulary), rule_targets, len(rule_ids), np.ones(len(labeled)),
                  epochs=EPOCHS // 2)
    return {"ids": vocabulary.astype(np.int64), "binary": w[:, 0].astype(np.float16),
            "bias": np.float64(b[0]), "rules": rw.astype(np.float16), "rule_bias": rb.astype(np.float32),
            "rule_ids": np.array(rule_ids), "threshold": np.float64(threshold),
            "other_sense": np.float64(other_sense)}


def save(model: dict[str, np.ndarray], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        np.savez_compressed(out, **model)


def first_contact_checker(commit: str):
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.rules import load_rules

    text = subprocess.run(["git", "show", f"{commit}:policies/disclosure.yaml"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as out:
        out.write(text)
    return DisclosureChecker(load_rules(out.name), use_engine=False)


def cross_author(lines: list[Line], thresholds: list[float], other_senses: list[float]) -> None:
    """Per author, rendering: first-contact rules alone | + the held-out model | the model alone."""
    from guard.disclosure.classifier import DisclosureModel

    models, checkers = {}, {}
    for author, commit in FIRST_CONTACT.items():
        model_path = Path(tempfile.gettempdir()) / f"disclosure_model_without_{author}.npz"
        if not model_path.exists():  # delete /tmp/disclosure_model_without_*.npz after changing features
            save(train([line for line in lines if line.author != author], 0.5), model_path)
        models[author] = DisclosureModel(model_path)
        checkers[author] = first_contact_checker(commit)
    for threshold in thresholds:
        for other_sense in other_senses:
            print(f"\nmodel flags at P >= {threshold}; one-word wording rules silent below P {other_sense}")
            print(f"{'author':6} {'render':7} {'viol':>5} {'clean':>5} | rules (first contact) | "
                  f"rules + model   | model alone")
            totals: dict[str, np.ndarray] = {"written": 0, "asr": 0}
            for author in FIRST_CONTACT:
                model, checker = models[author], checkers[author]
                model.threshold, model.other_sense = threshold, other_sense
                for rendering in ("written", "asr"):
                    part = [line for line in lines if line.author == author and line.rendering == rendering]
                    row = [sum(line.violating for line in part), sum(not line.violating for line in part)]
                    for judge in (lambda t: _with(checker, None).check(t).verdict != "allow",
                                  lambda t: _with(checker, model).check(t).verdict != "allow",
                                  lambda t: model.score(_utt(t)) >= threshold):
                        flags = [judge(line.text) for line in part]
                        row += [sum(f for f, line in zip(flags, part) if line.violating),
                                sum(f for f, line in zip(flags, part) if not line.violating)]
                    row = np.array(row)
                    totals[rendering] = totals[rendering] + row
                    print(_row(author, rendering, row))
            for rendering, row in totals.items():
                print(_row("all", rendering, row))


def _with(checker, model):
    checker.model = model
    return checker


def _row(author: str, rendering: str, row) -> str:
    cells = [f"{row[2 + 2 * j] / max(1, row[0]):.3f} / {row[3 + 2 * j] / max(1, row[1]):5.1%}" for j in range(3)]
    return f"{author:6} {rendering:7} {row[0]:5} {row[1]:5} | " + " | ".join(cells)


def _utt(text: str):
    from guard.disclosure.text import Utterance

    return Utterance(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-author", action="store_true", help="hold out each blind author in turn")
    parser.add_argument("--threshold", type=float, nargs="+", default=[THRESHOLD],
                        help="P(violating) the model flags at (several: --cross-author compares them)")
    parser.add_argument("--other-sense", type=float, nargs="+", default=[OTHER_SENSE],
                        help="P(violating) below which a one-word wording rule is read in another sense")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "guard" / "data" / "disclosure_model.npz")
    args = parser.parse_args(argv)
    lines = load_lines()
    label_rules(lines)
    print(f"{len(lines)} lines, {sum(line.violating for line in lines)} violating, "
          f"{sum(line.violating and line.rule is None for line in lines)} without a rule label", file=sys.stderr)
    if args.cross_author:
        cross_author(lines, args.threshold, args.other_sense)
        return 0
    save(train(lines, args.threshold[0], args.other_sense[0]), args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
