"""`guard crm`: the sample CRM on bundled (or given) cards, for demos, tests and benchmarks."""
from __future__ import annotations

import argparse
import asyncio
import sys

from guard.crm import DEFAULT_CARDS, create_crm_app, load_cards
from guard.proxy.serving import serve_until_stopped


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=str(DEFAULT_CARDS), help="JSON list of cards (default: bundled sample)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000, help="0 picks a free port (the ready line names it)")


def run(args: argparse.Namespace) -> int:
    try:
        cards = load_cards(args.data)
    except (OSError, ValueError) as error:
        print(f"guard crm: cannot load cards: {error}", file=sys.stderr)
        return 2
    app = create_crm_app(cards)
    asyncio.run(serve_until_stopped(app, args.host, args.port, "guard crm", f"({len(cards)} cards)"))
    return 0
