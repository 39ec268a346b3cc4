"""The disclosure guard's measured claims: per-rule precision/recall, flag rates, latency, batch speed.

    python -m benchmarks.bench_disclosure              # everything, a few seconds on one core
    python -m benchmarks.bench_disclosure --quality    # only the labeled set, with its misses listed
    python -m benchmarks.bench_disclosure --speed      # only in-process latency and batch, model on and off

Quality runs over benchmarks/disclosure_set.py (operator and client, written and ASR). For an
utterance, a rule is "predicted" when it fires and "gold" when it is labeled; precision and recall
are per rule over all utterances of the rule's speaker. The acceptance figures are:
violating operator utterances flagged (verdict not allow) and clean operator utterances flagged.

Latency: the check of ~200-character operator utterances, in-process on one core, and the same
through POST /v1/check on a loopback aiohttp app (client and server share the core, so the HTTP
figure includes both sides). Batch: operator lines checked per second, one process.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections import Counter

from benchmarks.disclosure_set import OPERATOR, SAMPLE_CARD, labeled_set
from guard.disclosure import CheckContext, check, default_checker

CARD_CONTEXT = CheckContext(card=SAMPLE_CARD, identification="primary", caller_gender="male")


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass


def quality(show_misses: bool) -> dict:
    items = labeled_set()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    flagged_violating = violating = flagged_clean = clean = 0
    misses: list[str] = []
    for item in items:
        result = check(item.text, item.speaker, CARD_CONTEXT if item.card else None)
        predicted = set(result.rules)
        gold = set(item.rules)
        for rule in predicted & gold:
            tp[rule] += 1
        for rule in predicted - gold:
            fp[rule] += 1
        for rule in gold - predicted:
            fn[rule] += 1
        if predicted != gold:
            misses.append(f"[{item.speaker}/{item.rendering}] want {sorted(gold)} got {sorted(predicted)}: {item.text}")
        if item.speaker == OPERATOR:
            if item.violating:
                violating += 1
                flagged_violating += result.verdict != "allow"
            else:
                clean += 1
                flagged_clean += result.verdict != "allow"
    print(f"labeled set: {len(items)} utterances ({sum(i.rendering == 'asr' for i in items)} ASR), "
          f"{violating} violating + {clean} clean operator, {len(items) - violating - clean} client")
    print(f"{'rule':32} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule in sorted(set(tp) | set(fp) | set(fn)):
        precision = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else float("nan")
        recall = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else float("nan")
        print(f"{rule:32} {precision:6.2f} {recall:6.2f} {tp[rule]:4} {fp[rule]:4} {fn[rule]:4}")
    micro_p = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    micro_r = sum(tp.values()) / max(1, sum(tp.values()) + sum(fn.values()))
    summary = {
        "violating_flagged": flagged_violating / max(1, violating),
        "clean_flagged": flagged_clean / max(1, clean),
        "micro_precision": micro_p,
        "micro_recall": micro_r,
    }
    print(f"violating operator utterances flagged: {summary['violating_flagged']:.3f} ({flagged_violating}/{violating})")
    print(f"clean operator utterances flagged:     {summary['clean_flagged']:.3f} ({flagged_clean}/{clean})")
    print(f"rules, micro: precision {micro_p:.3f}, recall {micro_r:.3f}")
    if show_misses and misses:
        print("\nmisses:")
        print("\n".join(misses))
    return summary


def engine_corpus(count: int = 300) -> None:
    """Personal data in the engine's own synthetic corpus (benchmarks/corpus.py, not written for this
    guard): the share of texts holding each type that the check blocks without a card. A first name
    alone is not blocked on purpose (п. 15: the caller is addressed by name), so PERSON stays lower."""
    from benchmarks.corpus import generate

    checker = default_checker()
    holding: Counter[str] = Counter()
    blocked: Counter[str] = Counter()
    clean = clean_blocked = 0
    for item in generate(count, seed=7):
        for rendering in (item.written, item.asr):
            types = {span[0] for span in rendering.spans}
            is_blocked = checker.check(rendering.text).verdict == "block"
            if not types:
                clean += 1
                clean_blocked += is_blocked
            for kind in types:
                holding[kind] += 1
                blocked[kind] += is_blocked
    shares = ", ".join(f"{kind} {blocked[kind]}/{holding[kind]}" for kind in sorted(holding))
    print(f"engine corpus ({count} items, written+ASR), texts blocked by type: {shares}; "
          f"texts without personal data blocked: {clean_blocked}/{clean}")


def _long_utterances(count: int = 400) -> list[str]:
    """~200-character operator utterances built from the labeled set (written and ASR, clean and not)."""
    texts = [item.text for item in labeled_set() if item.speaker == OPERATOR]
    out: list[str] = []
    i = 0
    while len(out) < count:
        text = texts[i % len(texts)]
        j = i + 1
        while len(text) < 190:
            text = f"{text} {texts[j % len(texts)]}"
            j += 7
        out.append(text[:210])
        i += 1
    return out


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return p(0.50) * 1000, p(0.99) * 1000, statistics.fmean(ordered) * 1000


def latency(rounds: int) -> None:
    checker = default_checker()
    texts = _long_utterances()
    engine_calls = 0
    detect = checker.detect

    def counted(text: str):
        nonlocal engine_calls
        engine_calls += 1
        return detect(text)

    checker.detect = counted  # type: ignore[method-assign]
    for text in texts:  # warm: morphology caches and the engine's first call
        checker.check(text)
    print(f"the engine (NER) was consulted on {engine_calls} of {len(texts)} utterances; the rest took the cheap path")
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start, start_cpu = time.perf_counter(), time.process_time()
            checker.check(text)
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    p50, p99, mean = _percentiles(wall)
    c50, c99, cmean = _percentiles(cpu)
    print(f"in-process check, {len(wall)} x ~{statistics.fmean(map(len, texts)):.0f} chars: "
          f"wall p50 {p50:.2f} ms, p99 {p99:.2f} ms, mean {mean:.2f} ms; "
          f"CPU time p50 {c50:.2f} ms, p99 {c99:.2f} ms (wall includes waiting for a shared core)")
    cold = [f"{text} {n}" for n, text in enumerate(texts)]
    wall, cpu = [], []
    for text in cold:
        start, start_cpu = time.perf_counter(), time.process_time()
        checker.check(text)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    p50, p99, _ = _percentiles(wall)
    c50, c99, _ = _percentiles(cpu)
    print(f"  with a new number in each text: wall p50 {p50:.2f} ms, p99 {p99:.2f} ms; CPU p50 {c50:.2f} ms, p99 {c99:.2f} ms")


def http_latency(count: int) -> None:
    import aiohttp
    from aiohttp import web

    from guard.disclosure.http import add_routes

    server_side: list[float] = []
    server_cpu: list[float] = []

    @web.middleware
    async def timed(request, handler):
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return await handler(request)
        finally:
            server_side.append(time.perf_counter() - start)
            server_cpu.append(time.process_time() - start_cpu)

    async def main() -> None:
        app = web.Application(middlewares=[timed])
        add_routes(app)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        texts = _long_utterances(count)
        samples: list[float] = []
        async with aiohttp.ClientSession() as session:
            for text in texts[:50]:
                async with session.post(f"http://127.0.0.1:{port}/v1/check", json={"id": "w", "text": text}) as r:
                    await r.read()
            for n, text in enumerate(texts):
                start = time.perf_counter()
                async with session.post(f"http://127.0.0.1:{port}/v1/check", json={"id": n, "text": text}) as r:
                    await r.read()
                samples.append(time.perf_counter() - start)
        await runner.cleanup()
        p50, p99, mean = _percentiles(samples)
        s50, s99, _ = _percentiles(server_side[50:])
        c50, c99, _ = _percentiles(server_cpu[50:])
        print(f"POST /v1/check on loopback (client+server on one core), {len(samples)} requests: "
              f"round trip p50 {p50:.2f} ms, p99 {p99:.2f} ms; in the server (body parse, check, JSON) "
              f"wall p50 {s50:.2f} ms, p99 {s99:.2f} ms, CPU p50 {c50:.2f} ms, p99 {c99:.2f} ms")

    asyncio.run(main())


def batch(lines: int) -> None:
    checker = default_checker()
    texts = [item.text for item in labeled_set() if item.speaker == OPERATOR]
    batch_texts = [texts[i % len(texts)] for i in range(lines)]
    start, start_cpu = time.perf_counter(), time.process_time()
    for text in batch_texts:
        checker.check(text)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"batch: {lines} transcript lines in {elapsed:.2f} s wall ({cpu:.2f} s CPU) = {lines / elapsed:.0f} lines/s "
          f"on one core ({lines / cpu:.0f} per CPU-second; mean {statistics.fmean(map(len, batch_texts)):.0f} chars)")


def qa_batch(calls: int) -> None:
    """Whole calls through qa_call, as the batch job's workers run it (redaction of offending turns stubbed:
    the batch job passes texts it has already redacted)."""
    import random

    from guard.disclosure.qa import QaReport, qa_call

    rng = random.Random(3)
    items = labeled_set()
    operator = [item.text for item in items if item.speaker == OPERATOR]
    client = [item.text for item in items if item.speaker != OPERATOR]
    transcripts = []
    for n in range(calls):
        turns = [{"speaker": "operator", "text": "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?"}]
        for _ in range(rng.randint(3, 8)):
            turns.append({"speaker": "client", "text": rng.choice(client)})
            turns.append({"speaker": "operator", "text": rng.choice(operator)})
        turns.append({"speaker": "operator", "text": "Спасибо за звонок, всего доброго!"})
        transcripts.append({"call_id": f"c-{n}", "operator_id": f"op{n % 20}", "turns": turns})
    report = QaReport()
    start = time.process_time()
    for call in transcripts:
        report.add(qa_call(call, lambda text: text))
    cpu = time.process_time() - start
    lines = sum(len(call["turns"]) for call in transcripts)
    print(f"qa: {calls} calls ({lines} turns) in {cpu:.2f} s CPU = {lines / cpu:.0f} transcript lines/s on one core")


def model_cost(lines: int) -> None:
    """The trained model's share: the same batch with and without it (ratio, robust to a shared core)."""
    from guard.disclosure import DisclosureChecker

    with_model = default_checker()
    without = DisclosureChecker(with_model.rules)
    texts = [item.text for item in labeled_set() if item.speaker == OPERATOR]
    texts = (texts * (lines // len(texts) + 1))[:lines]
    for checker in (without, with_model):
        for text in texts[:300]:
            checker.check(text)
    times = {}
    for name, checker in (("rules only", without), ("rules + model", with_model)):
        start = time.process_time()
        for text in texts:
            checker.check(text)
        times[name] = time.process_time() - start
    print(f"batch of {lines} operator lines, CPU: rules only {lines / times['rules only']:.0f} lines/s, "
          f"rules + model {lines / times['rules + model']:.0f} lines/s "
          f"(model adds {1000 * (times['rules + model'] - times['rules only']) / lines:.3f} ms a line)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quality", action="store_true", help="only the labeled set, listing the misses")
    parser.add_argument("--rounds", type=int, default=3, help="latency rounds over 400 utterances")
    parser.add_argument("--speed", action="store_true", help="only in-process latency and batch, model on and off")
    args = parser.parse_args()
    _pin_one_core()
    if args.speed:
        latency(args.rounds)
        batch(5000)
        model_cost(5000)
        return
    quality(show_misses=args.quality)
    if args.quality:
        return
    engine_corpus()
    latency(args.rounds)
    http_latency(400)
    batch(5000)
    qa_batch(300)


if __name__ == "__main__":
    main()
