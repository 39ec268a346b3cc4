"""Is our engine at least as fast as the obvious stack? Measured in one process, on the same texts.

Both detectors are loaded into this process and run over the same texts (the synthetic corpus, written
and ASR renderings), after a warm-up, for several rounds; the median round time of each gives texts/s
and the ratio guard/baseline (>= 1.0 means we are not slower). Within a round they take turns every
20 texts, in alternating order, so that load from other processes on a shared machine and cache effects
fall on both sides alike.

The factRuEval-2016 news documents (long written texts) are timed the same way, for information; the
bar is on the call-center corpus, the product's workload.

Memory and start-up are measured apart, each detector in a fresh `python -c` subprocess that imports
it and analyzes one text: wall time to the first result and that process's peak RSS (VmHWM, else
`ru_maxrss`).

Single core: BLAS/OpenMP pools are pinned to one thread before anything numeric is imported.

    python -m benchmarks.bench_engine [--n 200] [--rounds 5] [--no-factru] [--profile guard|baseline]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.corpus import generate  # noqa: E402
from benchmarks.evaluate import DEFAULT_FACTRU, Detector, factru_samples, load_detector  # noqa: E402

CHUNK = 20  # texts per turn when alternating the detectors
SAMPLE = "Кл. Иванова М.П., тел. 8-916-123-45-67, паспорт 45 05 678901, г. Москва, ул. Тверская, д. 5, кв. 12"

_FIRST_RESULT = """
import json, resource, sys, time
t0 = time.perf_counter()
{load}
spans = detector.analyze({text!r})
elapsed = time.perf_counter() - t0
# VmHWM is this process's own peak; ru_maxrss on Linux carries the parent's peak over fork+exec.
try:
    peak_kb = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"in_process_s": elapsed, "spans": len(spans), "peak_rss_mb": peak_kb / 1024}}))
"""
_LOADERS = {
    "guard": "from guard import Redactor\ndetector = Redactor()",
    "baseline": "from benchmarks.baseline import BaselineStack\ndetector = BaselineStack()",
}


def first_result(name: str) -> dict:
    """Fresh interpreter: import the detector, analyze one text; wall time and peak RSS of that process."""
    code = _FIRST_RESULT.format(load=_LOADERS[name], text=SAMPLE)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ})
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def one_pass(detector: Detector, texts: list[str], errors: list[str]) -> float:
    """CPU seconds of this process for one pass over `texts`; a text the detector raises on is recorded in `errors`.

    CPU time, not wall time: the process is single-threaded (BLAS threads pinned to 1 above), so its CPU
    time is the work one core does, and other jobs on a shared machine do not inflate it.
    """
    t0 = time.process_time()
    for text in texts:
        try:
            detector.analyze(text)
        except Exception as exc:  # keep measuring, but the figure is flagged below
            errors.append(f"{type(exc).__name__}: {exc}")
    return time.process_time() - t0


def print_profile(detector: Detector, texts: list[str], top: int = 20) -> None:
    """cProfile of one pass, the functions with the most cumulative time first."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    one_pass(detector, texts, [])
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print("\nprofile of one pass (cumulative):")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


def compare(detectors: dict[str, Detector], texts: list[str], rounds: int) -> float:
    """Alternate the detectors over `texts` for `rounds` passes; print medians; return guard/baseline."""
    chars = sum(len(t) for t in texts)
    errors: dict[str, list[str]] = {name: [] for name in detectors}
    for detector in detectors.values():  # warm-up: lazy imports, regex caches, first-call costs
        one_pass(detector, texts[:10] + texts[-10:], [])
    times: dict[str, list[float]] = {name: [] for name in detectors}
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    for _ in range(rounds):
        spent = dict.fromkeys(detectors, 0.0)
        for c, chunk in enumerate(chunks):  # alternate per chunk: a burst of load elsewhere hits both
            order = list(detectors) if c % 2 == 0 else list(reversed(detectors))
            for name in order:
                spent[name] += one_pass(detectors[name], chunk, errors[name])
        for name, seconds in spent.items():
            times[name].append(seconds)
    for name, failed in errors.items():
        if failed:
            print(f"  !! {name} raised on {len(failed) // rounds} of {len(texts)} texts per pass "
                  f"(its throughput is not comparable): {failed[0]}")
    median = {name: statistics.median(ts) for name, ts in times.items()}
    for name, seconds in median.items():
        per_round = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"  {name:8} {len(texts) / seconds:8.1f} texts/s  {chars / seconds / 1000:7.1f} kchar/s  "
              f"(rounds: {per_round} s)")
    ratio = median["baseline"] / median["guard"]
    best = min(times["baseline"]) / min(times["guard"])  # the least disturbed rounds, on a shared machine
    print(f"  ratio guard/baseline: {ratio:.2f} on medians ({best:.2f} on best rounds)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Throughput of guard vs the obvious stack, same process.")
    parser.add_argument("--n", type=int, default=200, help="synthetic items; each gives 2 texts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--factru", type=Path, default=DEFAULT_FACTRU,
                        help="also time the factRuEval-2016 news documents (long texts); informational")
    parser.add_argument("--no-factru", action="store_true")
    parser.add_argument("--no-subprocess", action="store_true", help="skip the start-up / RSS measurement")
    parser.add_argument("--profile", choices=["guard", "baseline"],
                        help="also print where one pass of this detector spends its time (cProfile)")
    args = parser.parse_args(argv)

    items = generate(args.n, args.seed)
    texts = [i.written.text for i in items] + [i.asr.text for i in items]

    detectors: dict[str, Detector] = {}
    for name in ("baseline", "guard"):
        t0 = time.perf_counter()
        detectors[name] = load_detector(name)
        print(f"{name:8} loaded in {time.perf_counter() - t0:.1f} s")

    print(f"\ncall-center corpus: {len(texts)} texts ({sum(map(len, texts))} chars, {args.n} written + "
          f"{args.n} ASR), median of {args.rounds} rounds")
    ratio = compare(detectors, texts, args.rounds)
    print(f"  {'PASS' if ratio >= 1.0 else 'FAIL'} (bar: guard/baseline >= 1.00)")
    if not args.no_factru and args.factru.is_dir():
        documents = [s.text for s in factru_samples(args.factru)]
        rounds = max(1, min(3, args.rounds))
        print(f"\nfactRuEval-2016 news: {len(documents)} texts ({sum(map(len, documents))} chars), "
              f"median of {rounds} rounds (informational)")
        compare(detectors, documents, rounds)
    if args.profile:
        print_profile(detectors[args.profile], texts)
    print(f"\npeak RSS of this process (both loaded): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    if not args.no_subprocess:
        print("\nfresh process: import + one analyze")
        for name in _LOADERS:
            result = first_result(name)
            if "error" in result:
                print(f"  {name:8} failed: {result['error']}")
            else:
                print(f"  {name:8} first result after {result['wall_s']:.2f} s wall "
                      f"({result['in_process_s']:.2f} s after interpreter start), "
                      f"peak RSS {result['peak_rss_mb']:.0f} MB")
    return 0 if ratio >= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
