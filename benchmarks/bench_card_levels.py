"""A call's three fetches of one card in process: the proxy's decision (policy, card secrets, card-aware scrub) at
identification none, then primary twice, for the realistic bench's cards — CPU a fetch, and a digest of every answer.

    python benchmarks/bench_card_levels.py                      # this checkout's guard, 200 cards, comments redacted
    PYTHONPATH=OLD/pk:OLD python benchmarks/bench_card_levels.py   # another tree's guard (OLD/pk: benchmarks/diff_outputs.py)
    python benchmarks/bench_card_levels.py --comments written   # comments as written: the scrub has the names to find
    python benchmarks/bench_card_levels.py --comments masked    # the engine over its budget: every comment masked
    python benchmarks/bench_card_levels.py --comments none      # the plain workload's cards: no comments, no engine
    python benchmarks/bench_card_levels.py --steps              # also each step's CPU a fetch (open, refreshes)

What `guard/proxy/filtering.filter_json` does for each fetch of `bench_proxy_realistic.py` (its cards, seed 13), with the
CardSecretsCache and ScrubSpans memo the proxy builds, and a stand-in for the engine that answers each comment as the
real engine redacted it (redacted once, before the clock, in this process) — so what is timed is the proxy's own work,
without the CRM, aiohttp or the worker's queue. The answers' SHA-256 (the bodies as served, in order) tells two trees'
answers apart; the CPU a fetch (thread time: the open, the first refresh at a new level, the second from the caches)
is what a change to the decision path saves. Run two trees in turn, twice each (ABBA), on a shared machine.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# this checkout's benchmarks (the card maker), after whatever guard PYTHONPATH names
sys.path.append(str(Path(__file__).resolve().parents[1]))

import guard  # noqa: E402
from benchmarks.bench_proxy_realistic import make_customer, plain_card  # noqa: E402
from guard.config import Settings  # noqa: E402
from guard.policy import CallContext, IdentificationLevel, load_policy  # noqa: E402
from guard.proxy.absent import with_absent_hidden  # noqa: E402
from guard.proxy.detection import DetectionFailed, Redacted, redact_texts  # noqa: E402
from guard.proxy.filtering import CardSecretsCache, Shown, filter_json  # noqa: E402
from guard.proxy.forward import _written_msisdns  # noqa: E402
from guard.proxy.scrub import ScrubSpans  # noqa: E402
from guard.proxy.textcache import RedactedTextCache  # noqa: E402


class StandInEngine:
    """The detector as filter_json asks it: each comment answered as the engine redacted it (or as written, or never)."""

    def __init__(self, redacted: dict[str, str], mode: str) -> None:
        self.redacted, self.mode = redacted, mode

    def remembered(self, text: str) -> Redacted | None:
        if self.mode == "masked":
            return None
        return Redacted(self.redacted.get(text, text) if self.mode == "redacted" else text, [])

    async def redact_many(self, texts: list[str]) -> list[Redacted]:
        if self.mode == "masked":
            raise DetectionFailed("stand-in: over budget")
        return [self.remembered(text) for text in texts]


# --steps: thread CPU of each step of a fetch's decision, by fetch (0 the open, 1 and 2 the refreshes)
STEPS: dict[tuple[int, str], float] = {}
_FETCH = [0]


def _time_steps() -> None:
    """Wrap the decision's steps with thread-CPU timers (what `--steps` prints). The steps do not call each other,
    so the rows add up to about the fetch's total."""
    from guard.policy.evaluator import CardPolicy
    from guard.proxy import filtering, scrub

    def timed(owner: object, name: str, label: str) -> None:
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):
            began = time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                key = (_FETCH[0], label)
                STEPS[key] = STEPS.get(key, 0.0) + time.thread_time() - began

        setattr(owner, name, wrapper)

    timed(CardPolicy, "apply", "policy (CardPolicy.apply)")
    timed(filtering.CardSecretsCache, "of", "card secrets (CardSecretsCache.of)")
    timed(scrub.CardSecrets, "scrub_texts", "scrub: the answer's texts")
    timed(scrub, "mask_split_values", "scrub: values split over texts")
    timed(filtering, "mask_digit_columns", "digit columns")
    timed(Shown, "of", "answer written (Shown.of)")


async def run(customers: list, engine: StandInEngine, rounds: int, steps: bool = False) -> tuple[str, list[float]]:
    settings = Settings()
    policy = load_policy(settings.card_policy())
    digest, cpu = hashlib.sha256(), [0.0, 0.0, 0.0]
    for round_ in range(rounds):
        # a fresh proxy's memos each round (as a new process has): every card is new to it
        cache = CardSecretsCache(settings.card_secrets_cache_size,
                                 ScrubSpans(settings.text_cache_size, settings.text_cache_chars))
        numbers = RedactedTextCache(settings.text_cache_size, settings.text_cache_chars)
        for customer in customers:
            body = json.dumps(customer.card, ensure_ascii=False).encode("utf-8")
            primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender=customer.gender)
            for fetch, ctx in enumerate((CallContext(identification=IdentificationLevel.NONE), primary, primary)):
                _FETCH[0] = fetch
                if steps:  # what the proxy reads of the comments before deciding (forward._owner_of), not in the total
                    began = time.thread_time()
                    _written_msisdns(customer.card.get("comments"), None, numbers)
                    key = (fetch, "the comments' customer numbers")
                    STEPS[key] = STEPS.get(key, 0.0) + time.thread_time() - began
                payload = with_absent_hidden(json.loads(body), policy)
                began = time.thread_time()
                shown = Shown.of(await filter_json(policy, engine, payload, ctx, cache, body))
                cpu[fetch] += time.thread_time() - began
                if round_ == 0:
                    digest.update(shown.body + b"\x00")
    return digest.hexdigest(), [1000 * seconds / (len(customers) * rounds) for seconds in cpu]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the cards, each with fresh memos")
    parser.add_argument("--comments", choices=("redacted", "written", "masked", "none"), default="redacted")
    parser.add_argument("--redactions", metavar="FILE",
                        help="the engine's redactions of the comments, read if FILE exists, else made and written there")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--steps", action="store_true", help="also print each step's CPU a fetch")
    args = parser.parse_args()
    if args.steps:
        _time_steps()
    rng = random.Random(args.seed)
    customers = [make_customer(rng, index) for index in range(args.customers)]
    if args.comments == "none":  # bench_proxy_realistic.py's plain workload: the same customers' cards without comments
        for customer in customers:
            customer.card = plain_card(customer)
    redacted: dict[str, str] = {}
    if args.comments == "redacted":
        if args.redactions and Path(args.redactions).exists():
            redacted = json.loads(Path(args.redactions).read_text(encoding="utf-8"))
        else:
            from guard import Redactor

            engine = Redactor()
            for customer in customers:
                texts = [comment["text"] for comment in customer.card["comments"]]
                redacted.update((text, result.text) for text, result in zip(texts, redact_texts(engine, texts)))
            if args.redactions:
                Path(args.redactions).write_text(json.dumps(redacted, ensure_ascii=False), encoding="utf-8")
    digest, per_fetch = asyncio.run(run(customers, StandInEngine(redacted, args.comments), args.rounds, args.steps))
    tree = Path(guard.__file__).resolve().parents[1]
    print(f"{tree}  comments {args.comments}  answers sha256 {digest[:16]}  CPU ms a fetch: open {per_fetch[0]:.2f}, "
          f"refresh 1 {per_fetch[1]:.2f}, refresh 2 {per_fetch[2]:.2f}")
    if args.steps:
        fetches = len(customers) * args.rounds
        print(f"  {'step (thread CPU ms a fetch)':42s} {'open':>7s} {'refr 1':>7s} {'refr 2':>7s}")
        for label in dict.fromkeys(label for _, label in sorted(STEPS, key=lambda key: key[1])):
            print(f"  {label:42s} " + " ".join(f"{1000 * STEPS.get((fetch, label), 0.0) / fetches:7.3f}"
                                               for fetch in range(3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
