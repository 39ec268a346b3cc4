"""The proxy's detection pool alone: real CRM cards fed to BudgetedRedactor at a fixed number in flight.

    python benchmarks/bench_detection_pool.py                      # this checkout, 300 cards, 20 in flight
    python benchmarks/bench_detection_pool.py --before /tmp/old    # and another checkout, rounds interleaved

Each card is 1-3 comments of 100-500 characters (benchmarks/bench_proxy_realistic.py's own) and an author's login,
sent as one request (`redact_many`), every card distinct, no cache: what the first fetch of a call costs. With one
worker process and the default 0.5 s budget, 20 requests in flight are more than the worker clears in time on a
loaded 2-core machine — the overload the realistic bench creates. Printed per run: cards per second, the proxy
process's own CPU per card (the hand-off to the worker, not the engine), median latency, and how many requests ran
over their budget (their comments would be masked, fail-closed). Each run is its own process.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def one_run(cards_n: int, in_flight: int, budget_s: float, seed: int) -> str:
    from benchmarks.bench_proxy_realistic import make_comment
    from guard.proxy.detection import BudgetedRedactor, DetectionFailed
    from guard.proxy.textcache import RedactedTextCache

    rng = random.Random(seed)
    cards = [[make_comment(rng)[0] for _ in range(rng.randint(1, 3))] + [f"op{rng.randint(1000, 1999)}"]
             for _ in range(cards_n)]
    detector = BudgetedRedactor(None, budget_s=budget_s, processes=1, text_cache=RedactedTextCache(0), backlog=32)

    async def drive() -> str:
        latencies, over = [], 0
        queue = iter(cards)

        async def operator() -> None:
            nonlocal over
            for card in queue:
                began = time.perf_counter()
                try:
                    await detector.redact_many(card)
                except DetectionFailed:
                    over += 1
                latencies.append(time.perf_counter() - began)

        before, began = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        await asyncio.gather(*(operator() for _ in range(in_flight)))
        after, seconds = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - began
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        latencies.sort()
        return (f"{len(cards) / seconds:7.1f} cards/s  proxy CPU {cpu * 1000 / len(cards):5.2f} ms/card  "
                f"p50 {latencies[len(latencies) // 2] * 1000:5.0f} ms  over budget {over}/{len(cards)}  "
                f"load {os.getloadavg()[0]:.1f}")

    try:
        return asyncio.run(drive())
    finally:
        detector.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=300)
    parser.add_argument("-c", type=int, default=20, help="requests in flight (default 20)")
    parser.add_argument("--budget", type=float, default=0.5, help="detection budget in seconds (default 0.5)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", metavar="DIR", help="another checkout, run in turn with this one")
    parser.add_argument("--one", metavar="TREE", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.one:
        sys.path[:0] = [args.one, str(REPO)]
        print(one_run(args.cards, args.c, args.budget, args.seed), flush=True)
        return 0
    trees = [("this", REPO)] + ([("before", Path(args.before).resolve())] if args.before else [])
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for round_ in range(args.rounds):
        for label, tree in (trees if round_ % 2 == 0 else trees[::-1]):
            out = subprocess.run([sys.executable, __file__, "--one", str(tree), "--cards", str(args.cards),
                                  "-c", str(args.c), "--budget", str(args.budget), "--seed", str(args.seed + round_)],
                                 cwd=tree, env=env, capture_output=True, text=True)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else f"failed: {out.stderr[-300:]}"
            print(f"round {round_ + 1}  {label:<7}{line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
