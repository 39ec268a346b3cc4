"""Load with a leak oracle: 20,000 card requests at 100 concurrent through guard, every response checked.

    python benchmarks/bench_load.py                    # 20,000 requests, 100 concurrent, at most 300 s
    python benchmarks/bench_load.py -n 2000 -c 20 --time-cap 60

The sample CRM (`guard crm`, the bundled cards) and `guard serve` run as separate processes on loopback, the
proxy as a deployment runs it: operator tokens (GUARD_AUTH_MODE=token), calls opened and identified through
the API. Every bundled card is served at four identification levels — no call, a call identified by the
primary method (full name / organization), a call after a wrong name, a call identified by the alternative
method (passport + birth date) — and the requests cycle through all of them. `--notes` adds each card's notes
as text/plain, which go through the text engine on every request (no decision cache for text): on a small
machine the detection thread then saturates, and notes over the detection budget are answered 503 — withheld,
counted as errors here, never leaked.

The leak oracle does not ask guard's policy what should be hidden: it takes every value the Инструкция hides
at all levels (surname, passport, birth date, addresses, e-mail, contact person and phone, contract number, city
number, full mobile numbers, called numbers, cell and LAI ids) and fails a response that contains a piece of
one — the whole value, any maximal run of 3+ of its digits, or any capitalised word of it that no public field
of the card also holds. Last-4 digits ("*******4567") are not a run of the hidden number and pass.

Printed: throughput, p50/p99 latency, errors (any status but 200, any failure to answer) and leaks. Exit 0 only
with 0 leaks, 0 errors and every request answered within the time cap.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.bench_proxy import start, stop  # noqa: E402  (one way to run the servers)
from guard.proxy.auth import issue_token  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CARDS = REPO / "guard" / "data" / "cards.json"

# --- the leak oracle ------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"\d{3,}")
_CAPITALIZED = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]{2,}")
# Fields everyone may see (or that are not personal data): their words are not secrets even where a hidden value
# repeats them (region «Москва» in an address; DE first name and patronymic).
_PUBLIC_KEYS = {"client_type", "payment_type", "status", "gender", "kind", "direction", "network", "region",
                "tariff", "at", "author", "duration_s", "first_name", "middle_name", "terminated_at"}


def _strings(node: Any, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    if isinstance(node, dict):
        for inner_key, inner in node.items():
            yield from _strings(inner, inner_key)
    elif isinstance(node, list):
        for inner in node:
            yield from _strings(inner, key)
    elif isinstance(node, str) and node:
        yield key, node


def hidden_values(card: dict[str, Any], level: str) -> set[str]:
    """Values hidden at this identification level (Инструкция запретов): the owner's and contacts' data, numbers.

    One exception by level: an organization identified by its name may be told its contact person's name
    (п. 4: «можно сообщить ФИО контактного лица ... после идентификации по названию организации»), unless Flash
    forbids it (`no_contact_person`)."""
    owner = card.get("owner") or {}
    passport = owner.get("passport") or {}
    values = [owner.get("last_name"), owner.get("birth_date"), passport.get("series"), passport.get("number"),
              passport.get("issued_by"), card.get("email"), card.get("city_number"), card.get("msisdn"),
              (card.get("contract") or {}).get("number")]
    contact = dict(card.get("contact") or {})
    if (level == "primary" and card.get("client_type") == "organization"
            and "no_contact_person" not in (card.get("flash_restrictions") or [])):
        contact.pop("person", None)
    values += list((card.get("addresses") or {}).values()) + list(contact.values())
    values += [n.get("msisdn") for n in card.get("numbers") or []]
    for detail in card.get("call_details") or []:
        values += [detail.get("lai"), detail.get("cell_id")]
        if len(re.sub(r"\D", "", detail.get("number") or "")) >= 10:  # 0611, 0600: service numbers, nobody's data
            values.append(detail.get("number"))
    return {value for value in values if isinstance(value, str) and value}


def leak_pieces(card: dict[str, Any], level: str) -> list[re.Pattern[str]]:
    """What may not appear in a response at `level`: whole values and digit runs anywhere, words as whole words."""
    public = {w.lower() for key, value in _strings(card) if key in _PUBLIC_KEYS for w in _CAPITALIZED.findall(value)}
    pieces: set[str] = set()
    for secret in hidden_values(card, level):
        pieces.add(re.escape(secret.lower()))
        pieces.update(_DIGIT_RUN.findall(secret))
        pieces.update(rf"(?<!\w){re.escape(w.lower())}(?!\w)" for w in _CAPITALIZED.findall(secret) if w.lower() not in public)
    return [re.compile(piece) for piece in sorted(pieces)]


def leaks(pieces: list[re.Pattern[str]], body: str) -> list[str]:
    haystack = json.loads(body) if body.startswith(("{", "[")) else body  # JSON: compare the text, not \u escapes
    haystack = (json.dumps(haystack, ensure_ascii=False) if not isinstance(haystack, str) else haystack).lower()
    return [piece.pattern for piece in pieces if piece.search(haystack)]


# --- the run --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """One URL at one identification level, with the pieces no response to it may hold."""

    path: str
    headers: dict[str, str]
    level: str
    pieces: list[re.Pattern[str]]


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    leaks: list[tuple[str, str, list[str]]] = field(default_factory=list)
    by_level: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def _full_name(card: dict[str, Any]) -> str:
    owner = card["owner"]
    return " ".join(part for part in (owner.get("last_name"), owner.get("first_name"), owner.get("middle_name")) if part)


async def _post(client: aiohttp.ClientSession, url: str, token: str, body: dict[str, Any]) -> dict[str, Any]:
    async with client.post(url, json=body, headers={"Authorization": f"Bearer {token}"}) as resp:
        answer = await resp.json(content_type=None)
        if resp.status not in (200, 201):
            raise SystemExit(f"setup request {url.split('/v1/')[-1]} failed: {resp.status} {answer}")
        return answer


async def prepare_targets(guard_url: str, cards: list[dict[str, Any]], key: bytes, notes: bool) -> list[Target]:
    """Calls at each level for every card, each opened by its own operator (a token per operator)."""
    targets: list[Target] = []
    async with aiohttp.ClientSession() as client:
        for index, card in enumerate(cards):
            msisdn = card["msisdn"]
            operator = f"op{1000 + index}"
            token = issue_token(key, operator, ttl_s=3600)
            auth = {"Authorization": f"Bearer {token}"}
            calls: dict[str, dict[str, str]] = {"none": {}}
            gender = (card["owner"].get("gender") or "unknown")
            attempts = {
                "primary": ({"method": "primary", "organization": card["owner"].get("organization")}
                            if card["client_type"] == "organization"
                            else {"method": "primary", "full_name": _full_name(card)}),
                "wrong name": {"method": "primary", "full_name": "Петров Иван Сергеевич",
                               "organization": "ООО Вектор"},
                "alternative": {"method": "alternative",
                                "passport": " ".join(filter(None, ((card["owner"].get("passport") or {}).get(k)
                                                                   for k in ("series", "number")))),
                                "birth_date": card["owner"].get("birth_date"),
                                "contract_number": (card.get("contract") or {}).get("number")},
            }
            for level, attempt in attempts.items():
                if level == "alternative" and sum(bool(v) for k, v in attempt.items() if k != "method") < 2:
                    continue  # an organization has no passport or birth date: no alternative identification
                call_id = (await _post(client, f"{guard_url}/v1/calls", token, {"msisdn": msisdn}))["call_id"]
                body = {key_: value for key_, value in attempt.items() if value}
                await _post(client, f"{guard_url}/v1/calls/{call_id}/identify", token, {**body, "caller_gender": gender})
                calls[level] = {"X-Guard-Call": call_id}
            for level, call_header in calls.items():
                headers = {**auth, **call_header}
                pieces = leak_pieces(card, level)
                targets.append(Target(f"/crm/api/customers/{msisdn}", headers, level, pieces))
                if notes and card.get("comments"):
                    targets.append(Target(f"/crm/api/customers/{msisdn}/note", headers, f"{level} (note)", pieces))
    return targets


async def run_load(guard_url: str, targets: list[Target], n: int, concurrency: int, time_cap_s: float) -> tuple[Tally, float]:
    tally = Tally()
    issued = 0
    deadline = time.monotonic() + time_cap_s
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency), timeout=timeout) as client:

        async def worker() -> None:
            nonlocal issued
            while issued < n and time.monotonic() < deadline:
                target = targets[issued % len(targets)]
                issued += 1
                began = time.perf_counter()
                try:
                    async with client.get(guard_url + target.path, headers=target.headers) as resp:
                        body = await resp.text()
                        status = resp.status
                except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                    tally.error(type(error).__name__)
                    continue
                finally:
                    tally.latencies_ms.append((time.perf_counter() - began) * 1000)
                if status != 200:
                    tally.error(f"HTTP {status}")
                found = leaks(target.pieces, body)
                if found:
                    tally.leaks.append((target.path, target.level, found))
                tally.by_level[target.level] = tally.by_level.get(target.level, 0) + 1

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return tally, time.perf_counter() - began


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=20_000, help="requests (default 20,000)")
    parser.add_argument("-c", type=int, default=100, help="concurrent requests (default 100)")
    parser.add_argument("--time-cap", type=float, default=300, help="seconds of load at most (default 300)")
    parser.add_argument("--notes", action="store_true", help="also request the cards' notes as text/plain")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="guard-load-"))
    cards = json.loads(CARDS.read_text(encoding="utf-8"))
    key = secrets.token_hex(32)
    python = sys.executable
    procs = []
    try:
        crm, crm_url = start([python, "-m", "guard", "crm", "--data", str(CARDS), "--port", "0"])
        procs.append(crm)
        proxy, guard_url = start([python, "-m", "guard", "serve", "--upstream", crm_url, "--port", "0",
                                  "--audit-db", str(workdir / "audit.sqlite3")],
                                 env={"GUARD_AUTH_MODE": "token", "GUARD_AUTH_KEY": key})  # JSON request logs on, as deployed
        procs.append(proxy)
        targets = asyncio.run(prepare_targets(guard_url, cards, key.encode(), args.notes))
        print(f"{len(cards)} cards x 4 identification levels -> {len(targets)} targets{' (cards and notes)' if args.notes else ''}; "
              f"{args.n} requests, {args.c} concurrent, at most {args.time_cap:.0f} s; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
        tally, seconds = asyncio.run(run_load(guard_url, targets, args.n, args.c, args.time_cap))
    finally:
        for proc in reversed(procs):
            stop(proc)

    answered = len(tally.latencies_ms)
    errors = sum(tally.errors.values())
    print(f"requests   {answered} in {seconds:.1f} s  ->  {answered / seconds:.0f} req/s")
    print(f"latency    p50 {_pct(tally.latencies_ms, 0.5):.1f} ms   p99 {_pct(tally.latencies_ms, 0.99):.1f} ms   "
          f"max {max(tally.latencies_ms, default=float('nan')):.1f} ms")
    print("by level   " + ", ".join(f"{level}: {count}" for level, count in sorted(tally.by_level.items())))
    print(f"errors     {errors}" + (f"  {tally.errors}" if errors else ""))
    print(f"leaks      {len(tally.leaks)}")
    for path, level, found in tally.leaks[:10]:
        print(f"  LEAK {level} {path}: {len(found)} hidden piece(s)")  # which pieces: not printed, they are the data
    complete = answered >= args.n
    if not complete:
        print(f"INCOMPLETE: {answered} of {args.n} requests within {args.time_cap:.0f} s")
    ok = complete and errors == 0 and not tally.leaks
    print("ACCEPTANCE " + ("PASS" if ok else "FAIL") + ": 0 leaks, 0 errors, every request answered")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
