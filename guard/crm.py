"""The sample CRM: serves customer cards (docs/interfaces.md §3) from a JSON file, unfiltered, like a real CRM would.

It exists so the proxy can be demonstrated and tested against a real HTTP server with realistic data;
everything it returns is exactly what an operator's screen would get WITHOUT guard in front of it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp import web

DEFAULT_CARDS = Path(__file__).parent / "data" / "cards.json"

CARDS_KEY = web.AppKey("cards", dict)
SERVED_KEY = web.AppKey("served", list)


def load_cards(path: str | Path = DEFAULT_CARDS) -> dict[str, dict[str, Any]]:
    """The cards file is a JSON list of cards; they are indexed by `msisdn`."""
    cards = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(cards, list) or not all(isinstance(c, dict) and c.get("msisdn") for c in cards):
        raise ValueError(f"{path}: expected a JSON list of cards, each with an msisdn")
    return {str(card["msisdn"]): card for card in cards}


def create_crm_app(cards: dict[str, dict[str, Any]]) -> web.Application:
    app = web.Application(middlewares=[_counted])
    app[CARDS_KEY] = cards
    app[SERVED_KEY] = [0]
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/api/customers", list_customers)
    app.router.add_get("/api/customers/{msisdn}", get_customer)
    app.router.add_get("/api/customers/{msisdn}/note", get_note)
    return app


async def healthz(request: web.Request) -> web.Response:
    """`served`: the card requests answered so far (a benchmark counts what the proxy in front asks of the CRM)."""
    return web.json_response({"status": "ok", "cards": len(request.app[CARDS_KEY]), "served": request.app[SERVED_KEY][0]})


@web.middleware
async def _counted(request: web.Request, handler: Any) -> web.StreamResponse:
    if request.path.startswith("/api/"):
        request.app[SERVED_KEY][0] += 1
    return await handler(request)


async def list_customers(request: web.Request) -> web.Response:
    return web.json_response({"msisdns": sorted(request.app[CARDS_KEY])})


def _card_or_404(request: web.Request) -> dict[str, Any]:
    card = request.app[CARDS_KEY].get(request.match_info["msisdn"])
    if card is None:
        raise web.HTTPNotFound(text=json.dumps({"error": "no such customer"}), content_type="application/json")
    return card


async def get_customer(request: web.Request) -> web.Response:
    return web.json_response(_card_or_404(request))


async def get_note(request: web.Request) -> web.Response:
    """The card's comments as plain text, one per line — the kind of free text the proxy must redact."""
    card = _card_or_404(request)
    lines = [f"{c.get('at', '')} {c.get('author', '')}: {c.get('text', '')}" for c in card.get("comments") or []]
    return web.Response(text="\n".join(lines) + "\n", content_type="text/plain", charset="utf-8")
