"""How the disclosure guard does on utterances written blind: flagged share of violating and clean lines.

    python -m benchmarks.eval_disclosure_blind PATH [--show 20]        # one set, the shipped rules and model
    python -m benchmarks.eval_disclosure_blind PATH --rules-only       # without the trained model
    python -m benchmarks.eval_disclosure_blind --dev2 | --dev3 | --dev4   # a developer's own held-out lines (not blind)
    python -m benchmarks.eval_disclosure_blind PATH --model M.npz --verifier V.npz   # another model (first contact)
    python -m benchmarks.eval_disclosure_blind --leave-one-author-out [--threshold 0.8 0.85 0.9]
                                               [--verifier-threshold 0.2 0.35 0.5] [--dump D.jsonl]
    python -m benchmarks.eval_disclosure_blind --curve D.jsonl      # operating curve; nested threshold choice

Every set in benchmarks/data is training data now (benchmarks/train_disclosure_model.py): on them one-set
mode shows fit, not generalization. --leave-one-author-out is the figure to optimize: for each author who
never saw the rules, nothing is fit with that author's lines: the model and the hit verifier are trained on the
other authors and on the developer lines that existed when the author's set first arrived (git history: later
developer lines were written after reading the author's false alarms), the rule labels and the verifier's hits
come from the rules as they stood then, and the author's lines are checked by those first-contact rules with
today's code. The thresholds are chosen without the author too: --curve over the --dump files picks each
author's pair on the other authors (nested). --as-before: the protocol until round 6 (every developer line, the
current rules' labels and hits), which under-predicted new authors' clean-flag rate (docs/disclosure.md). Columns:
the first-contact rules alone | + the model | + the model and the hit verifier (guard.disclosure.verifier),
one column per --verifier-threshold | the model alone. Left: today's check-time code (guard/disclosure/sense.py)
was mended on these authors' false alarms; no fold can undo that.

A set holds {"id", "text", "speaker", "violating", "category"|"item", "rendering"} per line, written by
someone who never saw policies/disclosure.yaml. Acceptance (issue 12): >= 0.95 of violating operator lines
flagged (verdict not "allow"), <= 3% of clean ones, in each rendering.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

DEFAULT = Path(__file__).resolve().parent / "data" / "disclosure_blind" / "utterances.jsonl"
ROOT = Path(__file__).resolve().parent.parent
FLAG_BAR, CLEAN_BAR = 0.95, 0.03


def one_set(args: argparse.Namespace) -> int:
    from guard.disclosure import DisclosureChecker, default_checker

    checker = default_checker()
    if args.model or args.verifier:  # e.g. the model as it stood before a new set was trained on
        from guard.disclosure.checker import DisclosureChecker as Checker
        from guard.disclosure.classifier import DisclosureModel
        from guard.disclosure.verifier import HitVerifier

        checker = Checker(checker.rules, model=DisclosureModel(args.model) if args.model else checker.model,
                          verifier=HitVerifier(args.verifier) if args.verifier else checker.verifier,
                          decision=checker.decision)
    if args.rules_only:
        checker = DisclosureChecker(checker.rules)
    check = checker.check

    developer = "dev2" if args.dev2 else "dev3" if args.dev3 else "dev4" if args.dev4 else None
    if developer:
        items = held_out_items(developer, everything=args.all_lines)
    else:
        items = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    operator = [i for i in items if i.get("speaker", "operator") == "operator"]
    flagged: dict[str, bool] = {i["id"]: check(i["text"], "operator").verdict != "allow" for i in operator}
    violating = [i for i in operator if i["violating"]]
    clean = [i for i in operator if not i["violating"]]
    hit = sum(flagged[i["id"]] for i in violating)
    false = sum(flagged[i["id"]] for i in clean)
    print(f"violating flagged: {hit}/{len(violating)} = {hit / max(1, len(violating)):.3f}  (bar >= {FLAG_BAR})")
    print(f"clean flagged:     {false}/{len(clean)} = {false / max(1, len(clean)):.3f}  (bar <= {CLEAN_BAR})")
    for rendering in ("written", "asr"):
        v = [i for i in violating if i.get("rendering") == rendering]
        c = [i for i in clean if i.get("rendering") == rendering]
        if v or c:
            print(f"  {rendering:8} violating {sum(flagged[i['id']] for i in v)}/{len(v)}, "
                  f"clean flagged {sum(flagged[i['id']] for i in c)}/{len(c)}")
    category = lambda i: i.get("category") or i.get("item")  # noqa: E731
    missed = Counter(category(i) for i in violating if not flagged[i["id"]])
    if missed:
        print("missed by category:", dict(missed.most_common()))
    shown = 0
    for item in violating + clean:
        if flagged[item["id"]] != item["violating"] and shown < args.show:
            kind = "MISS" if item["violating"] else "FALSE"
            print(f"  {kind:5} [{category(item)}] {item['text'][:150]}")
            shown += 1
    passed = hit / max(1, len(violating)) >= FLAG_BAR and false / max(1, len(clean)) <= CLEAN_BAR
    return 0 if passed else 1


def held_out_items(developer: str, everything: bool = False) -> list[dict]:
    """The held-out fifth of a developer's set (benchmarks/data/disclosure_dev2, _dev3, _dev4; never trained on),
    written and as ASR: lines by a developer who has seen the rules, so NOT blind and not third-party — it says how
    the model does on that author's unseen lines, nothing more. `everything`: every line of the set (its first
    contact, measured with a model trained before the set existed)."""
    from benchmarks.train_disclosure_model import developer_rows, held_out, spoken

    items = []
    for n, (violating, item, text) in enumerate(developer_rows(developer)):
        if everything or held_out(text):
            for rendering, said in (("written", text), ("asr", spoken(text))):
                items.append({"id": f"{developer}-{n}-{rendering[0]}", "text": said, "speaker": "operator",
                              "violating": violating, "item": item, "rendering": rendering})
    return items


def first_contact_rules(commit: str) -> str:
    """A file holding policies/disclosure.yaml as it stood at `commit`."""
    text = subprocess.run(["git", "show", f"{commit}:policies/disclosure.yaml"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as out:
        out.write(text)
    return out.name


def first_contact_checker(commit: str):
    """The rules of policies/disclosure.yaml as they stood at `commit`, with today's code."""
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.rules import load_rules

    return DisclosureChecker(load_rules(first_contact_rules(commit)), use_engine=False)


def leave_one_author_out(args: argparse.Namespace) -> int:
    from benchmarks.train_disclosure_model import (AUTHORS, hit_examples, known_at, label_rules, prepared, save, train,
                                                   train_verifier)
    from guard.disclosure.classifier import DisclosureModel
    from guard.disclosure.text import Utterance
    from guard.disclosure.verifier import HitVerifier

    if args.models:  # the held-out models of an earlier run: only the checking is new (the rules' code, thresholds)
        from benchmarks.train_disclosure_model import load_lines

        lines, feats, hits, scratch = load_lines(), None, None, args.models
    else:
        lines, feats = prepared()
        hits = hit_examples(lines, feats) if args.as_before else None
        scratch = Path(tempfile.mkdtemp(prefix="disclosure_loao_"))  # this run's own: other runs share /tmp
    authors = args.authors or list(AUTHORS)
    folds = grouped_folds(authors, args.group_folds) if args.group_folds else [[author] for author in authors]
    columns = ["rules (first contact)", "+ model"] + [f"+ verifier {v}" for v in args.verifier_threshold] + [
        "model alone"]
    # counts[threshold][(author, rendering)] = [violating, clean, then (flagged violating, flagged clean) per column]
    counts: dict[float, dict[tuple[str, str], np.ndarray]] = {t: {} for t in args.threshold}
    by_item: Counter[tuple[str, str, bool]] = Counter()  # (item, rendering, flagged) of violating lines, main column
    misses: list[str] = []
    dump: list[dict] = []
    for number, fold in enumerate(folds):
        if args.folds and number + 1 not in args.folds:
            continue
        started = time.process_time()
        name = "+".join(fold)
        path, verifier_path = scratch / f"{name}.npz", scratch / f"{name}_verifier.npz"
        held = np.array([line.author in fold for line in lines])
        if not args.models and args.as_before:  # the protocol until round 6 (docs/disclosure.md: why it flatters)
            keep = np.flatnonzero(~held)
            train_lines = [lines[i] for i in keep]
            save(train(train_lines, feats.rows(keep), use_clauses=not args.no_clauses), path)
            hit_keep = np.array([h for h, i in enumerate(hits.line) if not held[i]])
            save(train_verifier(lines, hits.rows(hit_keep)), verifier_path)
        elif not args.models:  # nothing fit with the fold's authors: no developer line written after the first of
            # them arrived, rule labels and the verifier's hits from the rules as they stood then (the thresholds:
            # --curve, nested)
            commit = earliest([AUTHORS[author][1] for author in fold])
            keep = np.flatnonzero(~held & known_at(lines, commit))
            rules_path = first_contact_rules(commit)
            train_lines = [replace(lines[i], rule=lines[i].rule if lines[i].author in ("own", "cases") else None)
                           for i in keep]
            label_rules(train_lines, rules_path)
            fold_feats = feats.rows(keep)
            save(train(train_lines, fold_feats, use_clauses=not args.no_clauses), path)
            save(train_verifier(train_lines, hit_examples(train_lines, fold_feats, rules_path)), verifier_path)
            print(f"{name}: trained on {len(keep)} lines ({int(held.sum())} held out, "
                  f"{len(lines) - len(keep) - int(held.sum())} developer lines written later), "
                  f"{time.process_time() - started:.0f} s CPU", file=sys.stderr)
        model = DisclosureModel(path)
        verifier = HitVerifier(verifier_path)
        for author in fold:
            checker = first_contact_checker(AUTHORS[author][1])
            held_out = [line for line in lines if line.author == author]
            for threshold in args.threshold:
                model.threshold = threshold
                for rendering in ("written", "asr"):
                    part = [line for line in held_out if line.rendering == rendering]
                    row = [sum(line.violating for line in part), sum(not line.violating for line in part)]
                    judges = [lambda t: _with(checker, None, None).check(t).verdict != "allow",
                              lambda t: _with(checker, model, None).check(t).verdict != "allow"]
                    for v in args.verifier_threshold:
                        judges.append(lambda t, v=v: _with(checker, model, _at(verifier, v)).check(t).verdict != "allow")
                    judges.append(lambda t: model.score(Utterance(t)) >= threshold)
                    if args.main_only:  # the other columns read as "not measured" (flag nothing)
                        judges = [_nothing, _nothing, *judges[2:-1], _nothing]
                    for column, judge in enumerate(judges):
                        flags = [judge(line.text) for line in part]
                        row += [sum(f for f, line in zip(flags, part) if line.violating),
                                sum(f for f, line in zip(flags, part) if not line.violating)]
                        if column == 2 and threshold == args.threshold[0] and args.dump:
                            dump += [_trace(author, rendering, line, checker, model, verifier,
                                            args.verifier_threshold[0], threshold) for line in part]
                        if column == 2 and threshold == args.threshold[0]:
                            by_item.update((line.topic or "?", rendering, f) for f, line in zip(flags, part)
                                           if line.violating)
                            judge = _with(checker, model, _at(verifier, args.verifier_threshold[0]))
                            misses += [f"{author} {rendering} {'MISS ' if line.violating else 'FALSE'} "
                                       f"{line.text[:120]}" + ("" if line.violating else
                                                              f"  <- {','.join(judge.check(line.text).rules)}")
                                       for f, line in zip(flags, part) if f != line.violating]
                    counts[threshold][(author, rendering)] = np.array(row)
            if args.dump:  # each author's lines as soon as they are known (a long run may be stopped)
                with args.dump.open("a", encoding="utf-8") as out:
                    out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in dump)
                dump.clear()
            for threshold in args.threshold:  # each author's rows as soon as known (a long run may be stopped)
                for rendering in ("written", "asr"):
                    print(f"  P >= {threshold} " + _row(author, rendering, counts[threshold][(author, rendering)],
                                                         len(columns)), file=sys.stderr, flush=True)
        print(f"{name}: done, {time.process_time() - started:.0f} s CPU", file=sys.stderr, flush=True)
    for threshold in args.threshold:
        print(f"\nheld-out model flags at P >= {threshold} (violating flagged / clean flagged)")
        print(f"{'author':6} {'render':7} {'viol':>4} {'clean':>5} | " + " | ".join(f"{c:15}" for c in columns))
        for (author, rendering), row in counts[threshold].items():
            print(_row(author, rendering, row, len(columns)))
        for rendering in ("written", "asr"):
            rows = [row for (a, r), row in counts[threshold].items() if r == rendering]
            print(_row("pooled", rendering, sum(rows), len(columns)))
            print(_mean_row(rendering, rows, len(columns)))
        if args.group_folds:
            for number, fold in enumerate(folds):
                for rendering in ("written", "asr"):
                    rows = [row for (a, r), row in counts[threshold].items() if r == rendering and a in fold]
                    if rows:
                        print(_row(f"fold{number + 1}", rendering, sum(rows), len(columns)) + f"  {' '.join(fold)}")
    print(f"\nviolating lines flagged per instruction item ('{columns[2]}' at P >= {args.threshold[0]}): "
          "written | asr")
    for item in sorted({i for i, _, _ in by_item}, key=lambda i: (not i.isdigit(), int(i) if i.isdigit() else 0, i)):
        cells = [f"{by_item[(item, r, True)]:3}/{by_item[(item, r, True)] + by_item[(item, r, False)]:3}"
                 for r in ("written", "asr")]
        print(f"  {item:14} " + " | ".join(cells))
    print(f"\nheld-out models in {scratch}", file=sys.stderr)
    if args.show:
        print(f"\nmisses and false alarms of '{columns[2]}' at the first threshold:")
        for line in misses[:args.show]:
            print("  " + line)
    return 0


MODEL_GRID = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
VERIFIER_GRID = (0.15, 0.25, 0.35, 0.5)
CHOICE_RECALL = 0.96  # a threshold pair is chosen for pooled violations >= this in both renderings (0.95 + margin)


def grouped_folds(authors: list[str], k: int) -> list[list[str]]:
    """The authors in k folds of consecutive arrival (the history order of their first-contact commits): a fold's
    training may use only the developer lines that existed when its first author arrived, so grouping by arrival
    loses the fewest of them."""
    from benchmarks.train_disclosure_model import AUTHORS

    authors = sorted(authors, key=lambda author: _age(AUTHORS[author][1]), reverse=True)
    k = min(k, len(authors))
    size, extra = divmod(len(authors), k)
    folds, start = [], 0
    for number in range(k):
        end = start + size + (number < extra)
        folds.append(authors[start:end])
        start = end
    return folds


def _age(commit: str) -> int:
    """How many commits of HEAD's history came after `commit` (more: older)."""
    return int(subprocess.run(["git", "rev-list", "--count", f"{commit}..HEAD"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout)


def earliest(commits: list[str]) -> str:
    """The oldest of `commits` in history (not by commit time, which rebases rewrite): the rules and developer lines
    a fold may train with."""
    return max(commits, key=_age)


def flagged_at(row: dict, threshold: float, verifier_threshold: float) -> bool:
    """A --dump row's decision at another model / verifier threshold: the rules' findings (a warn wording hit kept
    when its verifier P >= verifier_threshold), else the model's finding when its P >= threshold. Approximate where
    a hit the dump's verifier kept is dropped at the new threshold and the model would then have judged the line."""
    verified = {rule for rule, _ in row["verified"]}
    kept = [rule for rule in row["found"] if not rule.startswith("model:") and rule not in verified]
    kept += [rule for rule, p in row["verified"] if p >= verifier_threshold]
    return bool(kept) or (row["open"] is not None and row["p"] >= threshold)


def _rates(rows: list[dict], threshold: float, verifier_threshold: float) -> dict[str, tuple[float, float]]:
    """(violating flagged, clean flagged) per rendering."""
    out = {}
    for rendering in ("written", "asr"):
        part = [r for r in rows if r["rendering"] == rendering]
        violating = [flagged_at(r, threshold, verifier_threshold) for r in part if r["violating"]]
        clean = [flagged_at(r, threshold, verifier_threshold) for r in part if not r["violating"]]
        out[rendering] = (sum(violating) / max(1, len(violating)), sum(clean) / max(1, len(clean)))
    return out


def choose(rows: list[dict]) -> tuple[float, float]:
    """The threshold pair with the fewest clean lines flagged (worse rendering) among those that flag >= CHOICE_RECALL
    of violations in both renderings; none such: the one that flags most violations."""
    scored = []
    for t in MODEL_GRID:
        for v in VERIFIER_GRID:
            rates = _rates(rows, t, v)
            recall = min(r[0] for r in rates.values())
            clean = max(r[1] for r in rates.values())
            scored.append((recall < CHOICE_RECALL, clean if recall >= CHOICE_RECALL else -recall, t, v))
    return min(scored)[2:]


def _read_dumps(paths: list[Path]) -> list[dict]:
    """The rows of the --dump files, in order."""
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line]


def curve(paths: list[Path]) -> int:
    """Print the pooled operating curve of the dumps and the nested (other-authors-chosen) figures per author."""
    rows = _read_dumps(paths)
    authors = list(dict.fromkeys(r["author"] for r in rows))
    print(f"{len(authors)} authors, {len(rows)} lines: pooled violating / clean flagged")
    print(f"{'T':>5} {'v':>5} | {'written':>15} | {'asr':>15}")
    for t in MODEL_GRID:
        for v in VERIFIER_GRID:
            rates = _rates(rows, t, v)
            print(f"{t:5} {v:5} | " + " | ".join(f"{r[0]:.3f} / {r[1]:5.1%}" for r in rates.values()))
    print("\nnested: each author at the pair chosen on the other authors (CHOICE_RECALL "
          f"{CHOICE_RECALL}); pooled at the end")
    counts = np.zeros((2, 4))  # per rendering: violating, flagged violating, clean, flagged clean
    for author in authors:
        mine = [r for r in rows if r["author"] == author]
        t, v = choose([r for r in rows if r["author"] != author])
        cells = []
        for k, rendering in enumerate(("written", "asr")):
            part = [r for r in mine if r["rendering"] == rendering]
            row = np.array([sum(r["violating"] for r in part),
                            sum(r["violating"] and flagged_at(r, t, v) for r in part),
                            sum(not r["violating"] for r in part),
                            sum(not r["violating"] and flagged_at(r, t, v) for r in part)])
            counts[k] += row
            cells.append(f"{row[1] / max(1, row[0]):.3f} / {row[3] / max(1, row[2]):5.1%}")
        print(f"{author:6} T {t:4} v {v:4} | " + " | ".join(cells))
    print("pooled           | " + " | ".join(f"{c[1] / max(1, c[0]):.3f} / {c[3] / max(1, c[2]):5.1%}"
                                           for c in counts))
    return 0


def kind_of_line(text: str) -> str:
    """A sorting aid for the false-alarm table: the first cue the line holds (checked by reading each line)."""
    from guard.disclosure.sense import is_own_introduction, is_read_back, is_refusal
    from guard.disclosure.text import Utterance

    utterance = Utterance(text)
    words = {token.form for token in utterance.tokens}
    if is_read_back(utterance):
        return "read-back of the caller's words"
    if is_own_introduction(utterance):
        return "operator's own name/number"
    if is_refusal(utterance):
        return "refusal / restriction explained"
    if words & {"если", "раз", "допустим", "когда", "вдруг"}:
        return "hypothetical/conditional"
    if text.rstrip().endswith("?") or words & {"ли", "подскажите", "назовите", "скажите"}:
        return "question to the caller"
    return "plain consultation / other"


def component(row: dict) -> str:
    """Which part flagged a clean line: the rules, a warn wording hit the verifier kept, or the model alone."""
    verified = {rule for rule, _ in row["verified"]}
    if any(not rule.startswith("model:") and rule not in verified for rule in row["found"]):
        return "rules"
    if any(not rule.startswith("model:") for rule in row["found"]):
        return "rules, kept by the verifier"
    return "model"


def false_alarms(paths: list[Path]) -> int:
    """Every clean line flagged in the --dump files, counted by component, rule and kind of line (markdown)."""
    rows = _read_dumps(paths)
    clean = [r for r in rows if not r["violating"]]
    flagged = [r for r in clean if r["found"]]
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for r in flagged:
        rules = ",".join(sorted({rule.removeprefix("model:") for rule in r["found"]}))
        groups.setdefault((component(r), rules, kind_of_line(r["text"])), []).append(r)
    print(f"{len(flagged)} of {len(clean)} clean lines flagged ({len(set(r['author'] for r in rows))} authors)\n")
    print("| component | rule | kind of line | lines | authors | example |\n|---|---|---|---|---|---|")
    for (part, rules, kind), members in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        example = members[0]["text"]
        example = example if len(example) <= 110 else example[:107] + "…"
        authors = ",".join(sorted({m["author"] for m in members}))
        print(f"| {part} | {rules} | {kind} | {len(members)} | {authors} | {example} |")
    return 0


NEAR = 0.8  # character 4-gram cosine at which two lines count as near-duplicates (one template, a few words changed)


def _grams(text: str) -> np.ndarray:
    import zlib

    text = f" {' '.join(text.lower().split())} "
    return np.unique(np.array([zlib.crc32(text[i:i + 4].encode("utf-8")) for i in range(max(1, len(text) - 3))],
                              dtype=np.int64))


def near_duplicates(paths: list[Path]) -> int:
    """Hypothesis 1 of the round-6 brief: do folds share near-duplicate lines across authors? For each held-out line
    of the --dump files, its nearest line (character 4-gram cosine, same rendering) among the other authors' lines
    and among the developer lines (all of them, and those that existed at the author's first contact), and the
    clean-flag rate of the lines with and without a near-duplicate."""
    from benchmarks.train_disclosure_model import AUTHORS, DEVELOPER_AUTHORS, known_at, load_lines

    rows = _read_dumps(paths)
    lines = load_lines()
    grams = [_grams(line.text) for line in lines]
    owner = np.repeat(np.arange(len(lines)), [len(g) for g in grams])
    flat = np.concatenate(grams)
    order = np.argsort(flat, kind="stable")
    flat, owner = flat[order], owner[order]
    sizes = np.array([len(g) for g in grams], dtype=np.float64)
    author_of = np.array([line.author for line in lines])
    rendering_of = np.array([line.rendering for line in lines])
    developer = np.isin(author_of, list(DEVELOPER_AUTHORS))
    index = {(line.author, line.rendering, line.text): i for i, line in enumerate(lines)}
    print(f"near-duplicate: character 4-gram cosine >= {NEAR}, same rendering")
    print(f"{'author':6} {'clean':>5} | {'near other author':>18} | {'near developer (all)':>21} | "
          f"{'near developer (then)':>22} | clean flagged: near any / not")
    for author in dict.fromkeys(r["author"] for r in rows):
        known = known_at(lines, AUTHORS[author][1])
        mine = [r for r in rows if r["author"] == author and not r["violating"]]
        counts = np.zeros(3, dtype=int)
        flagged_near, flagged_far, n_near = 0, 0, 0
        for r in mine:
            i = index.get((author, r["rendering"], r["text"]))
            if i is None:
                continue
            q = grams[i]
            lo, hi = np.searchsorted(flat, q, "left"), np.searchsorted(flat, q, "right")
            hits = np.concatenate([owner[a:b] for a, b in zip(lo, hi)])
            cosine = np.bincount(hits, minlength=len(lines)) / np.sqrt(sizes * len(q))
            same = (rendering_of == r["rendering"]) & (author_of != author)
            near = [same & ~developer, same & developer, same & developer & known]
            found = [bool((cosine[mask] >= NEAR).any()) for mask in near]
            counts += found
            flagged = bool(r["found"])
            if any(found[:2]):
                n_near += 1
                flagged_near += flagged
            else:
                flagged_far += flagged
        n = len(mine)
        print(f"{author:6} {n:5} | " + " | ".join(f"{c:4} = {c / max(1, n):5.1%}".rjust(w)
                                               for c, w in zip(counts, (18, 21, 22)))
              + f" | {flagged_near}/{n_near} / {flagged_far}/{n - n_near}")
    return 0


def _trace(author: str, rendering: str, line, checker, model, verifier, verifier_threshold: float,
           threshold: float) -> dict:
    """One held-out line's decision in the main column, and what the model would say at any threshold: `found` are
    the rules that fired (a model finding as "model:RULE"); `open` is the model's finding when it flags at every
    P (None: the line never reaches the model, or the model's rule does not apply) and `p` its P(violating) — so the
    column at another model threshold T is: a finding not from the model, or `open` with p >= T. `p_line`: the whole
    line's P (p is a part's when a read-back was cut out)."""
    from guard.disclosure.text import Utterance

    verified: list[list] = []  # [rule, P(forbidden sense)] of each warn wording hit the verifier judged
    probability = verifier.probability
    verifier.probability = lambda u, rule, *rest: verified.append([rule, probability(u, rule, *rest)]) or \
        verified[-1][1]
    try:
        found = _with(checker, model, _at(verifier, verifier_threshold)).check(line.text).rules
    finally:
        del verifier.probability
    asked: list[float] = []  # P(violating) of what the model was last asked (the line, or its part beside a read-back)
    predict = model.predict
    model.predict = lambda utterance, *rules: asked.append(predict(utterance).violating) or predict(utterance, *rules)
    model.threshold = 0.0
    try:
        wide = [rule for rule in checker.check(line.text).rules if rule.startswith("model:")]
    finally:
        model.threshold = threshold
        del model.predict
    return {"author": author, "rendering": rendering, "violating": line.violating, "topic": line.topic,
            "text": line.text,
            "found": found, "open": wide[0] if wide else None,
            "verified": [[rule, round(p, 4)] for rule, p in verified],
            "p": round(asked[-1] if asked else model.score(Utterance(line.text)), 4),
            "p_line": round(model.score(Utterance(line.text)), 4)}


def _nothing(text: str) -> bool:
    return False


def _at(verifier, threshold: float):
    verifier.threshold = threshold
    return verifier


def _with(checker, model, verifier):
    checker.model = model
    checker.verifier = verifier
    return checker


def _row(author: str, rendering: str, row: np.ndarray, n_columns: int) -> str:
    cells = [f"{row[2 + 2 * j] / max(1, row[0]):.3f} / {row[3 + 2 * j] / max(1, row[1]):5.1%}"
             for j in range(n_columns)]
    return f"{author:6} {rendering:7} {row[0]:4} {row[1]:5} | " + " | ".join(f"{c:15}" for c in cells)


def _mean_row(rendering: str, rows: list[np.ndarray], n_columns: int) -> str:
    """The average over authors (each author counts once, whatever the size of the set)."""
    cells = [f"{np.mean([r[2 + 2 * j] / max(1, r[0]) for r in rows]):.3f} / "
             f"{np.mean([r[3 + 2 * j] / max(1, r[1]) for r in rows]):5.1%}" for j in range(n_columns)]
    return f"{'mean':6} {rendering:7} {'':4} {'':5} | " + " | ".join(f"{c:15}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=20, help="misses and false alarms to print")
    parser.add_argument("--rules-only", action="store_true", help="the rules alone, without the trained model")
    parser.add_argument("--dev2", action="store_true",
                        help="the held-out fifth of benchmarks/data/disclosure_dev2 (not blind: the developer's own)")
    parser.add_argument("--dev3", action="store_true",
                        help="the held-out fifth of benchmarks/data/disclosure_dev3 (not blind: the developer's own)")
    parser.add_argument("--dev4", action="store_true",
                        help="the held-out fifth of benchmarks/data/disclosure_dev4 (not blind: the developer's own)")
    parser.add_argument("--all-lines", action="store_true",
                        help="with --dev2/--dev3/--dev4: every line of the set, not only the held-out fifth")
    parser.add_argument("--model", type=Path, help="one set: this model file instead of the shipped one")
    parser.add_argument("--verifier", type=Path, help="one set: this hit verifier file instead of the shipped one")
    parser.add_argument("--no-clauses", action="store_true",
                        help="with --leave-one-author-out: the line model without its clause vectors (for comparison)")
    parser.add_argument("--main-only", action="store_true",
                        help="with --leave-one-author-out: only the rules + model + verifier column (faster)")
    parser.add_argument("--dump", type=Path,
                        help="with --leave-one-author-out: every held-out line's decision (JSONL: rules fired, the "
                             "model's P and finding) at the first thresholds, for the false-alarm table and curves; appended")
    parser.add_argument("--models", type=Path,
                        help="with --leave-one-author-out: check with the held-out models an earlier run left in this "
                             "folder (AUTHOR.npz, AUTHOR_verifier.npz) instead of training them: a change of the "
                             "checker's code or thresholds measured in minutes (the models do not see it)")
    parser.add_argument("--word-classes", action="store_true",
                        help="with --leave-one-author-out: the fold models also read the words' classes of near "
                             "meaning (benchmarks.train_disclosure_model.USE_WORD_CLASSES)")
    parser.add_argument("--readings", action="store_true",
                        help="with --leave-one-author-out: the fold models also read the rules' readings of whose "
                             "value and whose act (benchmarks.train_disclosure_model.USE_READINGS)")
    parser.add_argument("--as-before", action="store_true",
                        help="with --leave-one-author-out: the protocol until round 6 (every developer line and the "
                             "current rules' labels and verifier hits in each fold)")
    parser.add_argument("--curve", type=Path, nargs="+",
                        help="the operating curve of --dump files, and each author's figures at the thresholds the "
                             "OTHER authors choose (nested: no threshold is fit on the author it is measured on)")
    parser.add_argument("--false-alarms", type=Path, nargs="+",
                        help="every clean line flagged in --dump files, by component, rule and kind of line")
    parser.add_argument("--near-duplicates", type=Path, nargs="+",
                        help="how many held-out clean lines of --dump files have a near-duplicate among the other "
                             "authors' or the developers' lines, and their clean-flag rate")
    parser.add_argument("--leave-one-author-out", action="store_true",
                        help="train without each blind author in turn and check that author's lines")
    parser.add_argument("--group-folds", type=int, metavar="K",
                        help="with --leave-one-author-out: K folds of authors instead of one per author (each fold's "
                             "model, verifier and rule labels fit without all of its authors): the same honest "
                             "protocol at K trainings instead of one per author")
    parser.add_argument("--folds", type=int, nargs="+", metavar="N",
                        help="with --group-folds: only these folds (1..K), e.g. two processes on two cores")
    parser.add_argument("--authors", nargs="+", help="with --leave-one-author-out: only these authors (da, db1 ...)")
    parser.add_argument("--threshold", type=float, nargs="+", default=None,
                        help="with --leave-one-author-out: P(violating) the held-out model flags at (several: compared)")
    parser.add_argument("--verifier-threshold", type=float, nargs="+", default=None,
                        help="with --leave-one-author-out: P(forbidden sense) below which the held-out verifier "
                             "drops a warn wording hit (several: compared)")
    args = parser.parse_args(argv)
    if args.curve:
        return curve(args.curve)
    if args.false_alarms:
        return false_alarms(args.false_alarms)
    if args.near_duplicates:
        return near_duplicates(args.near_duplicates)
    if args.leave_one_author_out:
        from benchmarks.train_disclosure_model import THRESHOLD, VERIFIER_THRESHOLD

        if args.word_classes:
            import benchmarks.train_disclosure_model as training

            training.USE_WORD_CLASSES = True
        if args.readings:
            import benchmarks.train_disclosure_model as training

            training.USE_READINGS = True
        args.threshold = args.threshold or [THRESHOLD]
        args.verifier_threshold = args.verifier_threshold or [VERIFIER_THRESHOLD]
        return leave_one_author_out(args)
    return one_set(args)


if __name__ == "__main__":
    sys.exit(main())
