"""Long texts: a multi-megabyte transcript is redacted in bounded memory and linear time.

    python -m benchmarks.bench_long_text [--mb 10]

Builds a text of --mb megabytes from the synthetic corpus (written and ASR turns), redacts it
in a fresh process, and prints elapsed time, throughput against the same turns redacted one by
one in that process (the ratio shows whether long texts cost more per character: they must not),
and the process's peak RSS (VmHWM). Acceptance: peak RSS <= 500 MB.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the long text in megabytes of characters")
    args = parser.parse_args(argv)

    from benchmarks.corpus import generate
    from guard.engine import Redactor

    items = generate(300, seed=5)
    turns = [i.written.text for i in items] + [i.asr.text for i in items]
    redactor = Redactor()
    redactor.redact("прогрев")

    t0 = time.process_time()
    for turn in turns:
        redactor.redact(turn)
    short_rate = sum(len(t) for t in turns) / (time.process_time() - t0)

    chunk = " ".join(turns) + " "
    size = int(args.mb * 1_000_000)
    text = (chunk * (size // len(chunk) + 1))[:size]
    before = peak_rss_mb()
    t0 = time.process_time()
    result = redactor.redact(text)
    elapsed = time.process_time() - t0
    long_rate = len(text) / elapsed
    peak = peak_rss_mb()
    print(f"short turns one by one: {short_rate / 1000:8.1f} kchar/s")
    print(f"one {args.mb:g} MB text:       {long_rate / 1000:8.1f} kchar/s  ({elapsed:.1f} s CPU, "
          f"{len(result.entities)} entities)")
    print(f"long/short throughput ratio: {long_rate / short_rate:.2f} (1.0 = no penalty for length)")
    print(f"peak RSS: {peak:.0f} MB (before the long text: {before:.0f} MB)  "
          f"{'PASS' if peak <= 500 else 'FAIL'} (bar: <= 500 MB)")
    return 0 if peak <= 500 else 1


if __name__ == "__main__":
    sys.exit(main())
