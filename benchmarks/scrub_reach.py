"""How many ordinary words the card-aware scrub hides: the sample cards' hidden values read against the written texts
of the synthetic corpus (benchmarks/corpus.py, texts of other people), whose words are never a sample card's.

Every word masked is a cost (a word the operator loses): run it on two trees to see what a wider reading costs (stop
34 measured the stem reading of red team bb9 so). It prints the count twice: the per-text readings alone, and with the
pieces of hidden values a response's texts lose too (guard/proxy/marked_pieces.py, stop 41). Deterministic: the same cards, the same corpus seed.

    .venv/bin/python -m benchmarks.scrub_reach [--n 400] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import re
from importlib import resources

from benchmarks.corpus import generate
from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
from guard.proxy.scrub import CardSecrets

_WORD = re.compile(r"[^\W\d_]{3,}")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    cards = json.loads(resources.files("guard.data").joinpath("cards.json").read_text(encoding="utf-8"))
    policy = load_policy(default_policy_path())
    texts = [item.written.text for item in generate(args.n, args.seed)]
    for pieces in (False, True):  # the per-text readings alone, and with the pieces a response's texts lose too
        words = masked = 0
        examples: dict[str, int] = {}
        for card in cards:
            decision = policy.apply(card, CallContext(identification=IdentificationLevel.NONE),
                                    redact_text=lambda t: t)
            secrets = CardSecrets.of(decision)
            for text in texts:
                spans = secrets.spans_in(text, pieces=pieces)
                for word in _WORD.finditer(text):
                    words += 1
                    if _inside(spans, *word.span()):
                        masked += 1
                        examples[word.group().lower()] = examples.get(word.group().lower(), 0) + 1
        print("with value pieces (guard/proxy/marked_pieces.py)" if pieces else "without value pieces")
        print(f"cards {len(cards)}, texts {len(texts)}, words read {words}")
        print(f"masked {masked} ({masked / words:.4%})")
        print("words masked (times):", json.dumps(dict(sorted(examples.items(), key=lambda kv: (-kv[1], kv[0]))),
                                                   ensure_ascii=False))

if __name__ == "__main__":
    main()
