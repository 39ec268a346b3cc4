"""The proxy's detection pool alone: real CRM cards fed to BudgetedRedactor at a fixed number in flight.

    python benchmarks/bench_detection_pool.py                      # this checkout, 300 cards, 20 in flight
    python benchmarks/bench_detection_pool.py --before /tmp/old    # and another checkout, rounds interleaved

Each card is 1-3 comments of 100-500 characters (benchmarks/bench_proxy_realistic.py's own) and an author's login,
sent as one request (`redact_many`), every card distinct, no cache: what the first fetch of a call costs. With one
worker process and the default 0.5 s budget, 20 requests in flight are more than the worker clears in time on a
loaded 2-core machine — the overload the realistic bench creates. Printed per run: cards per second, the proxy
process's own CPU per card (the hand-off to the worker, not the engine), median latency, and how many requests ran
over their budget (their comments would be masked, fail-closed). Each run is its own process.

    python benchmarks/bench_detection_pool.py --fetches 3 --before /tmp/old   # a call's three fetches of each card

`--simulated-engine US`: the worker process replaced by a timer that answers each job after US microseconds a
character of its texts (the realistic bench's cards cost the engine ~50 us a character, stop 54), the texts as their
own redaction: the pool's and the detector's scheduling measured alone, whatever the machine's load does to a real
engine's CPU (the proxy side is the real code of each tree).

`--fetches 3`: each card is asked for as a call does — the open, then two refreshes right after — with the proxy's
text cache, so a refresh finds what a job finished meanwhile, or joins the job still queued for its texts. Printed
then: the requests over budget by fetch, and how many of the texts the engine finished were never served to any
fetch (read after the call's last one: the engine's time spent on nobody, stop 54).
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


class _TimedEngine:
    """A detection worker's pipe and process as WorkerPool drives them, the engine a timer: each job sent is answered
    `us_per_char` microseconds a character after the worker is free for it, one job at a time, in the order sent;
    each text comes back as its own redaction. The loop reads the answer as it reads a real worker's (`_answered`)."""

    def __init__(self, us_per_char: float) -> None:
        import collections

        self.us_per_char = us_per_char
        self.closed = False
        self.pid = 0
        self._idle_read, self._idle_write = os.pipe()  # a file descriptor the loop watches; never readable
        self._queued: collections.deque = collections.deque()
        self._answers: collections.deque = collections.deque()
        self._busy = False
        self.pool = self.worker = None

    def send(self, texts) -> None:
        self._queued.append(list(texts))
        if not self._busy:
            self._start()

    def _start(self) -> None:
        texts = self._queued.popleft()
        self._busy = True
        delay = self.us_per_char * sum(map(len, texts)) / 1e6
        asyncio.get_running_loop().call_later(delay, self._done, texts)

    def _done(self, texts) -> None:
        from guard.proxy.detection import Redacted

        self._busy = False
        self._answers.append((True, [Redacted(text, []) for text in texts]))
        self.pool._answered(self.worker)  # may send the next job (and start it)
        if self._queued and not self._busy:
            self._start()

    def recv(self):
        return self._answers.popleft()

    def fileno(self) -> int:
        return self._idle_read

    def close(self) -> None:
        self.closed = True

    def is_alive(self) -> bool:
        return False

    def join(self, timeout=None) -> None:
        pass

    def terminate(self) -> None:
        pass


def _simulated_pool(detector, us_per_char: float) -> None:
    """`detector`'s executor replaced by a WorkerPool of one _TimedEngine (the tree's own WorkerPool class)."""
    from guard.proxy.detection import WorkerPool, _Worker

    detector._executor.shutdown(wait=False)
    pool = WorkerPool(0, newest_first_after_s=detector.budget_s / 2)
    engine = _TimedEngine(us_per_char)
    worker = _Worker(process=engine, conn=engine, ready=True)
    engine.pool, engine.worker = pool, worker
    pool._workers.append(worker)
    detector._executor, detector.processes = pool, 1


def one_run(cards_n: int, in_flight: int, budget_s: float, seed: int, fetches: int = 1,
            simulated_us: float = 0.0) -> str:
    from benchmarks.bench_proxy_realistic import make_comment
    from guard.proxy.detection import BudgetedRedactor, DetectionFailed
    from guard.proxy.textcache import RedactedTextCache

    rng = random.Random(seed)
    cards = [[make_comment(rng)[0] for _ in range(rng.randint(1, 3))] + [f"op{rng.randint(1000, 1999)}"]
             for _ in range(cards_n)]
    detector = BudgetedRedactor(None, budget_s=budget_s, processes=0 if simulated_us else 1, backlog=32,
                                text_cache=RedactedTextCache(0 if fetches == 1 else 100_000))

    async def drive() -> str:
        if simulated_us:
            _simulated_pool(detector, simulated_us)
        latencies, over = [], 0
        over_by_fetch = [0] * fetches
        served: set[str] = set()
        queue = iter(cards)

        async def operator() -> None:
            nonlocal over
            for card in queue:
                for nth in range(fetches):  # the call's open, then its refreshes
                    began = time.perf_counter()
                    try:
                        await detector.redact_many(card)
                    except DetectionFailed:
                        over += 1
                        over_by_fetch[nth] += 1
                    else:
                        served.update(card)
                    latencies.append(time.perf_counter() - began)

        before, began = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        await asyncio.gather(*(operator() for _ in range(in_flight)))
        after, seconds = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - began
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        latencies.sort()
        line = (f"{len(cards) / seconds:7.1f} cards/s  proxy CPU {cpu * 1000 / len(cards):5.2f} ms/card  "
                f"p50 {latencies[len(latencies) // 2] * 1000:5.0f} ms  over budget {over}/{len(latencies)}  "
                f"load {os.getloadavg()[0]:.1f}")
        if fetches == 1:
            return line
        await asyncio.sleep(2 * budget_s)  # a job running at the last fetch's budget finishes: counted, if unread
        texts = {text for card in cards for text in card if len(text) >= 100}  # the comments, not the logins
        finished = {text for text in texts if detector.text_cache.get(text) is not None}
        never = finished - served
        return (line + f"  over budget by fetch {' / '.join(map(str, over_by_fetch))}  comments the engine finished "
                f"{len(finished)}/{len(texts)}, never served {len(never)} "
                f"({sum(map(len, never))} of {sum(map(len, finished))} characters)")

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
    parser.add_argument("--fetches", type=int, default=1,
                        help="fetches of each card in a row, with the text cache (3: a call's open and two refreshes)")
    parser.add_argument("--simulated-engine", type=float, default=0.0, metavar="US",
                        help="the engine a timer of US microseconds a character (the scheduling alone)")
    args = parser.parse_args()
    if args.one:
        sys.path[:0] = [args.one, str(REPO)]
        print(one_run(args.cards, args.c, args.budget, args.seed, args.fetches, args.simulated_engine), flush=True)
        return 0
    trees = [("this", REPO)] + ([("before", Path(args.before).resolve())] if args.before else [])
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for round_ in range(args.rounds):
        for label, tree in (trees if round_ % 2 == 0 else trees[::-1]):
            out = subprocess.run([sys.executable, __file__, "--one", str(tree), "--cards", str(args.cards),
                                  "-c", str(args.c), "--budget", str(args.budget), "--seed", str(args.seed + round_),
                                  "--fetches", str(args.fetches), "--simulated-engine", str(args.simulated_engine)],
                                 cwd=tree, env=env, capture_output=True, text=True)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else f"failed: {out.stderr[-300:]}"
            print(f"round {round_ + 1}  {label:<7}{line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
