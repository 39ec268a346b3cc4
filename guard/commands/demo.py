"""`guard demo`: the sample CRM and the proxy on free loopback ports, and a walkthrough of one call.

It shows, for one postpaid individual from the bundled cards: the card as the CRM gives it (what an operator's
screen shows without guard), the same card through guard before identification, after a wrong name, after the
right full name (the last 4 digits of the number appear, Инструкция запретов, п. 6), and the audit records of
all of it — with curl commands that do the same. `--keep-running` leaves both servers up for those commands.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import shlex
import sys
import tempfile
from pathlib import Path
from typing import Any

import aiohttp

from guard.audit import AuditLog
from guard.config import Settings
from guard.crm import DEFAULT_CARDS, create_crm_app, load_cards
from guard.proxy import create_app
from guard.proxy.serving import running_site, wait_for_stop_signal

WRONG_NAME = "Петров Иван Сергеевич"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-running", action="store_true", help="keep both servers up until Ctrl-C / SIGTERM")
    parser.add_argument("--data", default=str(DEFAULT_CARDS), help="cards file (default: the bundled sample)")
    parser.add_argument("--audit-db", help="audit SQLite file (default: a new temporary file)")


def run(args: argparse.Namespace) -> int:
    cards = load_cards(args.data)
    card = pick_demo_card(cards)
    if card is None:
        print("guard demo: no active postpaid individual card in the data", file=sys.stderr)
        return 2
    audit_path = args.audit_db or str(Path(tempfile.mkdtemp(prefix="guard-demo-")) / "audit.sqlite3")
    return asyncio.run(_demo(cards, card, audit_path, keep_running=args.keep_running))


def pick_demo_card(cards: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A postpaid individual on an active contract, with a comment if there is one: every rule has something to do."""
    fitting = [
        c for c in cards.values()
        if c.get("client_type") == "individual" and c.get("payment_type") == "postpaid"
        and (c.get("contract") or {}).get("status") == "active" and (c.get("owner") or {}).get("gender") in ("male", "female")
    ]
    fitting.sort(key=lambda c: not c.get("comments"))
    return fitting[0] if fitting else None


class _Out:
    """Headings in bold when the terminal shows it; plain text when piped."""

    def __init__(self) -> None:
        self.tty = sys.stdout.isatty()

    def heading(self, text: str) -> None:
        print(f"\n\033[1m{text}\033[0m" if self.tty else f"\n== {text}")

    def note(self, text: str) -> None:
        print(f"\033[2m{text}\033[0m" if self.tty else text)

    def command(self, text: str) -> None:
        print(f"  $ {text}")

    def card(self, payload: Any) -> None:
        """One line per top-level field: four cards stay readable one under another."""
        if not isinstance(payload, dict):
            print(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        print("{")
        for index, (key, value) in enumerate(payload.items()):
            comma = "," if index < len(payload) - 1 else ""
            print(f"  {json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}{comma}")
        print("}")


def _curl(method: str, url: str, body: dict[str, Any] | None = None, call_id: str | None = None) -> str:
    parts = ["curl", "-s"]
    if method != "GET":
        parts += ["-X", method]
    if call_id:
        parts += ["-H", f"X-Guard-Call: {call_id}"]
    if body is not None:
        parts += ["-H", "Content-Type: application/json", "-d", json.dumps(body, ensure_ascii=False)]
    return " ".join(shlex.quote(part) for part in parts + [url])


async def _demo(cards: dict[str, dict[str, Any]], card: dict[str, Any], audit_path: str, *, keep_running: bool) -> int:
    out = _Out()
    msisdn = card["msisdn"]
    owner = card["owner"]
    full_name = " ".join(part for part in (owner.get("last_name"), owner.get("first_name"), owner.get("middle_name")) if part)
    out.note("starting the sample CRM and guard (loading the text engine takes a couple of seconds)...")
    async with running_site(create_crm_app(cards)) as crm_url:
        settings = Settings(upstream=crm_url, audit_path=audit_path)
        async with running_site(create_app(settings)) as guard_url, aiohttp.ClientSession() as client:
            print(f"sample CRM: {crm_url}    guard: {guard_url}    audit: {audit_path}")

            async def get_card(url: str, call_id: str | None = None) -> Any:
                headers = {"X-Guard-Call": call_id} if call_id else {}
                async with client.get(url, headers=headers) as resp:
                    return await resp.json()

            async def post(url: str, body: dict[str, Any]) -> Any:
                async with client.post(url, json=body) as resp:
                    return await resp.json()

            direct_url = f"{crm_url}/api/customers/{msisdn}"
            guarded_url = f"{guard_url}/crm/api/customers/{msisdn}"

            out.heading("1. Карточка напрямую из CRM — так её видит оператор без guard")
            out.command(_curl("GET", direct_url))
            out.card(await get_card(direct_url))

            out.heading("2. Та же карточка через guard, клиент не идентифицирован")
            out.command(_curl("GET", guarded_url))
            out.card(await get_card(guarded_url))

            out.heading("3. Звонок: оператор вводит ФИО, которое назвал звонящий — неверное")
            call_body = {"msisdn": msisdn, "operator_id": "op1021"}
            out.command(_curl("POST", f"{guard_url}/v1/calls", call_body))
            call_id = (await post(f"{guard_url}/v1/calls", call_body))["call_id"]
            print(f"  -> call_id: {call_id}")
            identify_url = f"{guard_url}/v1/calls/{call_id}/identify"
            wrong = {"method": "primary", "full_name": WRONG_NAME, "caller_gender": owner["gender"]}
            out.command(_curl("POST", identify_url, wrong))
            print(f"  -> {json.dumps(await post(identify_url, wrong), ensure_ascii=False)}")
            out.command(_curl("GET", guarded_url, call_id=call_id))
            out.card(await get_card(guarded_url, call_id))

            out.heading("4. Основная идентификация по ФИО пройдена — видны последние 4 цифры номера (п. 6)")
            right = {"method": "primary", "full_name": full_name, "caller_gender": owner["gender"]}
            out.command(_curl("POST", identify_url, right))
            print(f"  -> {json.dumps(await post(identify_url, right), ensure_ascii=False)}")
            out.command(_curl("GET", guarded_url, call_id=call_id))
            identified = await get_card(guarded_url, call_id)
            out.card(identified)
            out.note(f"msisdn: {identified.get('msisdn')}  — the guard decided it, not the operator's screen")

            out.heading("5. Журнал аудита: решения и правила, без самих данных")
            out.command(f"guard audit tail -n 6 --db {shlex.quote(audit_path)}")
            log = AuditLog(audit_path)
            try:
                for record in log.tail(6):
                    rules = record.pop("rules", None)
                    if rules is not None:
                        record["rules"] = f"[{len(rules)} rule decisions]"
                    print("  " + json.dumps(record, ensure_ascii=False))
                verdict = log.verify()
            finally:
                log.close()
            out.command(f"guard audit verify --db {shlex.quote(audit_path)}")
            print(f"  -> chain {'intact' if verdict.ok else 'BROKEN'}: {verdict.records} records")

            if keep_running:
                out.heading("Both servers are up; the commands above work. Ctrl-C to stop.")
                await wait_for_stop_signal()
            else:
                out.note("\nRun `guard demo --keep-running` to keep both servers up and try the commands yourself.")
    return 0
