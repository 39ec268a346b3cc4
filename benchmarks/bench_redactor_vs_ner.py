"""Where guard's redactor stands against the NER it is built on: whole processes, same call-center texts.

    python benchmarks/bench_redactor_vs_ner.py            # 1,000 corpus items (written + ASR), 3 rounds
    python benchmarks/bench_redactor_vs_ner.py --quick    # 200 items, 1 round
    python benchmarks/bench_redactor_vs_ner.py --before /tmp/old   # also guard as it was (git archive <commit>)
    python benchmarks/bench_redactor_vs_ner.py --components        # where guard's time goes, per 1,000 texts

Issue 13's bar: guard's redactor >= 1.5x as fast as natasha's NER alone (segmentation + NER, nothing else) and
>= 2x the Presidio + natasha stack (benchmarks/baseline.py), on the same call-center texts, written and ASR,
whole process including start-up. Each contender runs in a fresh interpreter (this script with --worker): import,
load the models, process every text of the set, exit. Timed from outside: wall time, and the CPU time the child
used (user + system from wait4 — steadier than wall time when other jobs share the machine), and its peak RSS.
Rounds take the contenders in rotating order; medians are reported. Ratio = the other's time / guard's time, so
above 1 means guard is faster. The floor row is a process that imports presidio_analyzer and nothing else (it
brings spaCy and Presidio's predefined recognizers): what every Presidio-based contender pays before any text.

With --before DIR (a copy of the repository at an earlier commit, e.g. `git archive <commit> | tar -x -C DIR`), the
redactor of that copy runs as one more contender, "guard before", in the same rounds: before and after are compared
in the same conditions, which timings taken an hour apart on a shared machine are not.

With --components, guard's redactor runs alone in one fresh interpreter per set and its CPU time is split by
component: start-up (imports, then models), normalization, natasha's NER (the name gate, recasing and razdel, and the
network on its own line), each recognizer, and the engine's own steps (context, duplicates, merging, replacement as
the rest). Each part is timed around its call (process CPU time), so the parts add up to the whole.

Every contender runs as pip installs it: with its modules' bytecode. natasha, razdel and pymorphy2 have theirs from
their wheels; guard's (an editable install, or a --before copy) is written first with compileall — without it, every
guard process (PYTHONDONTWRITEBYTECODE set, as on the shared machines) compiled every guard module it imports from
source, ~0.1 s at low load.
--source-only measures guard as it was measured before stop 31, from source.
Every worker sets one BLAS thread (OPENBLAS_NUM_THREADS=1), as guard's own commands do; --library-threads leaves numpy's
default instead, as a program that imports guard as a library does (guard/threads.py limits guard's own model calls).

Texts: benchmarks/corpus.py (seeded): operator and client turns and CRM notes with personal data, each item as
written text and as ASR (lowercase, numbers spoken as words).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONTENDERS = ("ner", "guard", "stack", "floor")
LABELS = {"ner": "natasha segmentation + NER", "guard": "guard Redactor.redact", "stack": "Presidio + natasha stack",
          "floor": "floor: import presidio_analyzer", "before": "guard before (--before)"}


# set by --library-threads for the workers: they leave numpy's BLAS its default thread count
LIBRARY_THREADS = "GUARD_BENCH_LIBRARY_THREADS"


def set_worker_threads(environ: dict) -> None:
    """One BLAS thread, as guard's commands set it; with --library-threads (LIBRARY_THREADS in `environ`) none set:
    numpy's BLAS at its default, as in a library user's process."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        if environ.get(LIBRARY_THREADS):
            environ.pop(var, None)
        else:
            environ.setdefault(var, "1")


def worker(kind: str, path: str) -> None:
    """Load one contender, process every text in `path` (JSON list), print a summary line, peak RSS included."""
    set_worker_threads(os.environ)
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    if kind == "components":
        return components(texts)
    found = 0
    if kind == "ner":
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            found += len(doc.spans)
    elif kind == "floor":
        # what any Presidio-based process pays before its first text: Presidio imports spaCy and its
        # predefined recognizers at import time (the stack's recognizers are Presidio classes; guard no longer imports it)
        import presidio_analyzer  # noqa: F401
    elif kind == "guard":
        from guard import Redactor

        redactor = Redactor()
        for text in texts:
            found += len(redactor.redact(text).entities)
    else:
        sys.path.insert(0, str(REPO))
        from benchmarks.baseline import BaselineStack

        stack = BaselineStack()
        for text in texts:
            found += len(stack.analyze(text))
    peak_kb = next((int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")), 0)
    print(json.dumps({"spans": found, "peak_mb": peak_kb / 1024}))


def components(texts: list[str]) -> None:
    """guard's CPU time per component over `texts` (see the module's doc), printed as one JSON line."""
    began = time.process_time()
    import guard.engine as engine
    from guard import Redactor
    from guard.analysis import EntityRecognizer

    imported = time.process_time()
    redactor = Redactor()
    parts: dict[str, float] = {"start-up: imports": imported - began, "start-up: models": time.process_time() - imported}

    def timed(name: str, function):
        def call(*args, **kwargs):
            at = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                parts[name] = parts.get(name, 0.0) + time.process_time() - at
        return call

    analyzer = redactor._analyzer
    nlp = analyzer.nlp_engine
    nlp.ner = timed("NER: gate, recasing, razdel", nlp.ner)
    nlp._ner.token_spans = timed("NER: the network", nlp._ner.token_spans)
    engine.readings = timed("normalization", engine.readings)
    from guard.recognizers import KINDS

    text_only = {cls for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers}
    for recognizer in analyzer.registry.recognizers:
        # the kinds read from the text alone (numbers, e-mails, dates) are one row together, and each its own below
        group = "text kinds: " if type(recognizer) in text_only else ""
        recognizer.analyze = timed(group + type(recognizer).__name__, recognizer.analyze)
    analyzer.context_enhancer.enhance = timed("engine: context", analyzer.context_enhancer.enhance)
    engine.EntityRecognizer.remove_duplicates = staticmethod(
        timed("engine: duplicates", EntityRecognizer.remove_duplicates))
    at = time.process_time()
    for text in texts:
        redactor.redact(text)
    total = time.process_time() - at
    network = parts.get("NER: the network", 0.0)
    parts["NER: gate, recasing, razdel"] = parts.get("NER: gate, recasing, razdel", 0.0) - network  # nested in it
    parts["engine: the rest"] = total - sum(v for k, v in parts.items() if not k.startswith("start-up"))
    print(json.dumps({"parts": parts, "texts": total}))


def as_installed(tree: Path) -> None:
    """Write the bytecode of guard's modules in `tree`, as pip does when it installs a wheel (see the module's doc)."""
    import compileall

    for package in ("guard", "recognizers", "policies"):
        if (tree / package).is_dir():
            compileall.compile_dir(str(tree / package), quiet=1)


def run(kind: str, path: Path, before: Path | None = None, library_threads: bool = False) -> dict:
    """One contender in a fresh interpreter; "before" is guard's redactor imported from the `before` copy."""
    env, cwd, worker_kind = dict(os.environ), REPO, kind
    env.pop(LIBRARY_THREADS, None)
    if library_threads:
        env[LIBRARY_THREADS] = "1"
    if kind == "before":
        # the copy's guard first on the path; its recognizers/ and policies/ are guard.recognizers and guard.policies
        # of an installed wheel, so the copy gets the same names as links (made here, in the copy)
        for package in ("recognizers", "policies"):
            link = before / "guard" / package
            if not link.exists():
                link.symlink_to(Path("..") / package)
        env, cwd, worker_kind = {**env, "PYTHONPATH": str(before)}, before, "guard"
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", worker_kind, str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{kind} failed: {err.strip().splitlines()[-1:] or ['?']}")
    return {**json.loads(out.strip().splitlines()[-1]), "wall": wall, "cpu": usage.ru_utime + usage.ru_stime}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="corpus items; each gives a written and an ASR text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="200 items, 1 round")
    parser.add_argument("--no-stack", action="store_true", help="leave out the Presidio + natasha stack")
    parser.add_argument("--no-floor", action="store_true", help="leave out the Presidio import floor")
    parser.add_argument("--before", type=Path, help="a copy of the repository at an earlier commit: its redactor runs "
                        "as one more contender in the same rounds")
    parser.add_argument("--library-threads", action="store_true",
                        help="the workers leave numpy's BLAS its default threads (no OPENBLAS_NUM_THREADS=1): a process "
                        "that imports guard as a library; guard's own commands and the default runs set one thread")
    parser.add_argument("--components", action="store_true", help="only guard, its CPU time split by component "
                        "(per 1,000 texts, start-up once; median of --rounds)")
    parser.add_argument("--source-only", action="store_true", help="guard's modules compiled from source in every "
                        "process (no bytecode written first), as measured before stop 31")
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "TEXTS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return 0
    if args.quick:
        args.n, args.rounds = 200, 1

    sys.path.insert(0, str(REPO))
    from benchmarks.corpus import generate

    items = generate(args.n, args.seed)
    if not args.source_only:
        for tree in (REPO, args.before):
            if tree is not None:
                as_installed(tree.resolve())
    workdir = Path(tempfile.mkdtemp(prefix="guard-vs-ner-"))
    sets = {"written": [i.written.text for i in items], "asr": [i.asr.text for i in items]}
    if args.components:
        return print_components(sets, workdir, args.rounds)
    contenders = [c for c in CONTENDERS if not (args.no_stack and c == "stack") and not (args.no_floor and c == "floor")]
    if args.before:
        args.before = args.before.resolve()
        contenders.append("before")
    if args.library_threads:
        print("the workers leave numpy's BLAS its default threads (--library-threads)")
    print(f"{args.n} call-center items, whole processes (start-up included), median of {args.rounds} rounds; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start\n")
    print(f"{'set':<9}{'contender':<30}{'wall s':>8}{'CPU s':>8}{'kchar/s CPU':>13}{'peak MB':>9}{'spans':>7}")
    ok = True
    for name, texts in sets.items():
        path = workdir / f"{name}.json"
        path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        chars = sum(map(len, texts))
        runs: dict[str, list[dict]] = {c: [] for c in contenders}
        for r in range(args.rounds):
            order = contenders[r % len(contenders):] + contenders[:r % len(contenders)]
            for kind in order:
                runs[kind].append(run(kind, path, args.before, args.library_threads))
        med = {kind: {key: statistics.median(x[key] for x in rs) for key in ("wall", "cpu", "peak_mb", "spans")}
               for kind, rs in runs.items()}
        for kind in contenders:
            m = med[kind]
            print(f"{name:<9}{LABELS[kind]:<30}{m['wall']:>8.2f}{m['cpu']:>8.2f}{chars / m['cpu'] / 1000:>13.1f}"
                  f"{m['peak_mb']:>9.0f}{m['spans']:>7.0f}")
        vs_ner = med["ner"]["cpu"] / med["guard"]["cpu"]
        line = (f"{'':<9}guard vs NER alone: {vs_ner:.2f}x on CPU time "
                f"({med['ner']['wall'] / med['guard']['wall']:.2f}x wall) — goal >= 1.5x")
        ok &= vs_ner >= 1.5
        if "stack" in med:
            vs_stack = med["stack"]["cpu"] / med["guard"]["cpu"]
            line += f"; vs the Presidio + natasha stack: {vs_stack:.2f}x (goal >= 2x)"
            ok &= vs_stack >= 2.0
        if "floor" in med:
            # 1.5x NER alone leaves guard ner/1.5 of CPU; the Presidio import alone takes this share of it
            line += (f"\n{'':<9}Presidio's import alone is {med['floor']['cpu'] / (med['ner']['cpu'] / 1.5):.0%} of the "
                     f"CPU budget 1.5x NER alone leaves ({med['ner']['cpu'] / 1.5:.2f} s)")
        if "before" in med:
            line += (f"\n{'':<9}guard before vs NER alone: {med['ner']['cpu'] / med['before']['cpu']:.2f}x on CPU time; "
                     f"guard now vs before: {med['before']['cpu'] / med['guard']['cpu']:.2f}x")
            if "stack" in med:
                line += f"; before vs the stack: {med['stack']['cpu'] / med['before']['cpu']:.2f}x"
        print(line + f"; {chars} chars in {len(texts)} texts")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end (CPU time of a process grows with the load too: compare "
          f"contenders of the same run only)")
    print(f"ISSUE 13 REDACTOR GOALS: {'PASS' if ok else 'FAIL'} (ratios > 1: guard is faster)")
    return 0 if ok else 1


def print_components(sets: dict[str, list[str]], workdir: Path, rounds: int) -> int:
    """The --components table: per set, guard's CPU seconds per component per 1,000 texts (median of the rounds)."""
    medians: dict[str, dict[str, float]] = {}
    for name, texts in sets.items():
        path = workdir / f"{name}.json"
        path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        runs = [run("components", path) for _ in range(rounds)]
        per_thousand = 1000 / len(texts)
        # start-up is paid once a process, whatever the number of texts
        medians[name] = {part: statistics.median(r["parts"].get(part, 0.0) for r in runs)
                         * (1 if part.startswith("start-up") else per_thousand) for part in runs[0]["parts"]}
    names = list(sets)
    grouped = "text kinds: "
    for m in medians.values():
        m[f"text kinds, together ({sum(p.startswith(grouped) for p in m)} recognizers)"] = \
            sum(v for p, v in m.items() if p.startswith(grouped))
    parts = sorted({p for m in medians.values() for p in m},
                   key=lambda p: (not p.startswith("start-up"), p.startswith(grouped),
                                  -sum(m.get(p, 0.0) for m in medians.values())))
    print(f"{'CPU s per 1,000 texts':<48}" + "".join(f"{n:>10}" for n in names))
    for part in parts:
        print(f"{'  ' + part[len(grouped):] if part.startswith(grouped) else part:<48}"
              + "".join(f"{medians[n].get(part, 0.0):>10.2f}" for n in names))
    print(f"{'total (start-up included)':<48}"
          + "".join(f"{sum(v for p, v in medians[n].items() if not p.startswith('text kinds,')):>10.2f}" for n in names))
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
