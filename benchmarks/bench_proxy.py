"""What guard costs in front of a CRM: throughput and latency against a bare aiohttp pass-through proxy.

    python benchmarks/bench_proxy.py                 # 3,000 requests per case at 50 concurrent, 3 rounds
    python benchmarks/bench_proxy.py -n 1000 -c 20 --rounds 1
    python benchmarks/bench_proxy.py --compare-tree /tmp/old   # also guard from another checkout, same run

In one run, on loopback, each server in its own process (the client here does not share their event loop):
the sample CRM directly, a bare pass-through proxy (below: the same aiohttp client/server machinery with no
policy, no detection, no audit), and `guard serve` — for a card without comments and one with a 500-character
comment. Guard requests carry an identified call (primary, by full name), the common case on a live line.
Guard runs twice: as configured (decisions memoized by body hash — an operator's screen re-fetches the same
card during a call) and with GUARD_DECISION_CACHE_SIZE=0, where every request is decided from scratch.

Acceptance (printed at the end; issue 13): for plain cards guard with the decision cache off keeps >= 0.5x the bare
proxy's throughput and adds <= 10 ms to its p99 at 50 concurrent requests. The cached run is printed beside it: a
card re-fetched unchanged is served from memory, which says little about the work a new card costs.
"""
from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
READY = re.compile(r"ready on (http://\S+)")
PLAIN_MSISDN, COMMENT_MSISDN = "79990000001", "79990000002"
# A realistic CRM comment: a name, numbers, an address, padded to exactly 500 characters.
COMMENT = (
    "Кл. Иванов Пётр Сергеевич звонил по поводу списаний за роуминг, просил перезвонить на 8-916-123-45-67 "
    "после 18:00 или на городской 8 (495) 987-65-43. Паспорт 4505 678901 продиктовал сам, сверено. "
    "Доставка счетов: г. Москва, ул. Тверская, д. 5, кв. 12. Жена, Иванова Анна Петровна, тоже пользуется "
    "номером 8-903-555-66-77, просил не сообщать ей детализацию. Предложен тариф «Мой безлимит», клиент "
    "подумает, повторный звонок назначен. e-mail для счетов petr.ivanov@mail.ru, подтверждён по СМС. "
)
COMMENT = (COMMENT * 2)[:500]


# --- the bare pass-through proxy (run with --bare-proxy in its own process) ----------------------

def bare_proxy_app(upstream: str) -> web.Application:
    """Forward GET /crm/<path> to the upstream and return its body as is: the floor guard is compared with."""
    app = web.Application()
    client_key = web.AppKey("client", aiohttp.ClientSession)

    async def start(app: web.Application) -> None:
        app[client_key] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))

    async def stop(app: web.Application) -> None:
        await app[client_key].close()

    async def forward(request: web.Request) -> web.Response:
        async with app[client_key].get(upstream + request.raw_path[len("/crm"):]) as resp:
            body = await resp.read()
            return web.Response(status=resp.status, body=body, content_type=resp.content_type)

    app.router.add_get("/crm/{path:.*}", forward)
    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    return app


def run_bare_proxy(upstream: str, port: int = 0) -> None:
    sys.path.insert(0, str(REPO))
    from guard.proxy.serving import serve_until_stopped

    asyncio.run(serve_until_stopped(bare_proxy_app(upstream), "127.0.0.1", port, "bare proxy"))


# --- processes ------------------------------------------------------------------------------------

def start(args: list[str], timeout_s: float = 60, env: dict[str, str] | None = None,
          cwd: Path = REPO) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=cwd,
                            env={**os.environ, **(env or {})})
    found: list[str] = []
    seen: list[str] = []

    def read() -> None:
        for line in proc.stdout:
            seen.append(line)
            match = READY.search(line)
            if match:
                found.append(match.group(1))
                break
        for _ in proc.stdout:  # keep draining so the child never blocks on a full pipe
            pass

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout_s
    while not found and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if not found:
        proc.kill()
        raise SystemExit(f"{' '.join(args[:4])} did not start: {''.join(seen)[-2000:]}")
    return proc, found[0]


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def guard_builds(compare_tree: str | None) -> list[tuple[str, str, Path]]:
    """(label prefix, python, source tree) of each guard build to run: this checkout, and with --compare-tree
    another one (an older commit, say), started with its own .venv when it has one — both in the same run, so
    their ratios to the bare proxy are measured under the same load."""
    builds = [("", sys.executable, REPO)]
    if compare_tree:
        tree = Path(compare_tree).resolve()
        python = tree / ".venv" / "bin" / "python"
        builds.append(("old ", str(python) if python.exists() else sys.executable, tree))
    return builds


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), steadier than wall-clock under other load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of the live child processes of `pid` (guard's detection workers: the engine
    runs there, so the server's own figure leaves it out)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def peak_rss_mb(pid: int, children: bool = False) -> float:
    """The peak resident memory (VmHWM, Linux /proc) of a process, or with `children` the largest of its live child
    processes' (guard's detection workers), in MB; 0 when it cannot be read."""
    pids = [pid]
    if children:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    pids.append(int(stat.parent.name))
            except (OSError, ValueError):
                continue
    peaks = [0.0]
    for each in pids:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
    return max(peaks)


def bench_cards() -> list[dict]:
    cards = json.loads((REPO / "guard" / "data" / "cards.json").read_text(encoding="utf-8"))
    base = next(c for c in cards if c["client_type"] == "individual" and c["payment_type"] == "postpaid"
                and c["contract"]["status"] == "active")
    plain = copy.deepcopy(base)
    plain.update(msisdn=PLAIN_MSISDN, comments=[])
    plain["numbers"][0]["msisdn"] = PLAIN_MSISDN
    commented = copy.deepcopy(plain)
    commented.update(msisdn=COMMENT_MSISDN, comments=[{"at": "2026-11-20T10:00:00", "author": "op1021", "text": COMMENT}])
    commented["numbers"][0]["msisdn"] = COMMENT_MSISDN
    return [plain, commented]


# --- load -----------------------------------------------------------------------------------------

@dataclass
class Result:
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int
    server_cpu_s: float = 0.0  # CPU the proxy (or the CRM, for direct) spent on this run

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class Summary:
    rps: float
    p50: float
    p99: float
    errors: int
    cpu_ms: float  # server CPU per request

    @classmethod
    def of(cls, runs: list[Result]) -> "Summary":
        return cls(
            statistics.median(r.rps for r in runs),
            statistics.median(r.pct(0.5) for r in runs),
            statistics.median(r.pct(0.99) for r in runs),
            sum(r.errors for r in runs),
            statistics.median(r.server_cpu_s * 1000 / max(r.requests, 1) for r in runs),
        )


async def load(url: str, headers: dict[str, str], n: int, concurrency: int, time_cap_s: float) -> Result:
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.monotonic() + time_cap_s
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as client:

        async def worker() -> None:
            nonlocal issued, errors
            while issued < n and time.monotonic() < deadline:
                issued += 1
                began = time.perf_counter()
                async with client.get(url, headers=headers) as resp:
                    await resp.read()
                    if resp.status != 200:
                        errors += 1
                latencies.append((time.perf_counter() - began) * 1000)

        # warm-up: connections open, caches filled
        for _ in range(3):
            async with client.get(url, headers=headers) as resp:
                await resp.read()
        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return Result(len(latencies), elapsed, latencies, errors)


async def identified_call(guard_url: str, msisdn: str, full_name: str, gender: str, operator_id: str = "bench") -> str:
    """An identified call on `msisdn`, opened by `operator_id`. One operator's next call ends the one before it
    (guard's one_call_per_operator): each call the bench keeps open needs an operator of its own."""
    async with aiohttp.ClientSession() as client:
        async with client.post(f"{guard_url}/v1/calls", json={"msisdn": msisdn, "operator_id": operator_id}) as resp:
            call_id = (await resp.json())["call_id"]
        body = {"method": "primary", "full_name": full_name, "caller_gender": gender}
        async with client.post(f"{guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
            assert (await resp.json())["matched"], "benchmark call failed identification"
    return call_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="requests per case (default 3000)")
    parser.add_argument("-c", type=int, default=50, help="concurrent requests (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over all targets; medians are reported (default 3)")
    parser.add_argument("--time-cap", type=float, default=10, help="seconds per case and round at most (default 10)")
    parser.add_argument("--compare-tree", metavar="DIR",
                        help="also run guard from this source tree (e.g. the commit before), labelled 'old'")
    parser.add_argument("--port-base", type=int, default=0, metavar="PORT",
                        help="loopback ports PORT, PORT+1, ... for the servers started (the CRM, the bare proxy, each "
                             "guard); default 0: any free port the system gives")
    parser.add_argument("--bare-proxy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--upstream", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_proxy:
        run_bare_proxy(args.upstream, args.port)
        return 0
    ports = iter(range(args.port_base, args.port_base + 100)) if args.port_base else iter(lambda: 0, None)

    workdir = Path(tempfile.mkdtemp(prefix="guard-bench-"))
    cards = bench_cards()
    (workdir / "cards.json").write_text(json.dumps(cards, ensure_ascii=False), encoding="utf-8")
    owner = cards[0]["owner"]
    full_name = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"
    python = sys.executable
    procs = []
    try:
        crm, crm_url = start([python, "-m", "guard", "crm", "--data", str(workdir / "cards.json"),
                              "--port", str(next(ports))])
        procs.append(crm)
        bare, bare_url = start([python, str(Path(__file__).resolve()), "--bare-proxy", "--upstream", crm_url,
                                "--port", str(next(ports))])
        procs.append(bare)
        guards = {}
        for prefix, guard_python, tree in guard_builds(args.compare_tree):
            for name, cache in ((f"{prefix}guard", "2048"), (f"{prefix}guard, no cache", "0")):
                env, cwd = {"GUARD_DECISION_CACHE_SIZE": cache}, tree
                if prefix and (tree / "pk").is_dir():  # another tree laid out as bench_proxy_realistic.py describes
                    env["PYTHONPATH"], cwd = os.pathsep.join(str(path) for path in (tree / "pk", tree)), tree / "pk"
                proc, url = start([guard_python, "-m", "guard", "serve", "--upstream", crm_url,
                                   "--port", str(next(ports)), "--audit-db", str(workdir / f"audit-{len(procs)}.sqlite3")],
                                  env=env, cwd=cwd)
                procs.append(proc)
                # an operator a call: with one operator the plain card's call was ended (and its identification
                # withdrawn) when the note's call opened, and the plain card was read at identification none
                calls = {m: asyncio.run(identified_call(url, m, full_name, owner["gender"], f"bench{n}"))
                         for n, m in enumerate((PLAIN_MSISDN, COMMENT_MSISDN))}
                guards[name] = (url, calls, proc)

        print(f"{args.n} requests per case and round (at most {args.time_cap:.0f} s), {args.c} concurrent; "
              f"CRM, bare proxy and guard each in its own process; {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} at start (other work on the machine skews p99)\n")
        print(f"{'card':<15}{'target':<22}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/req':>12}{'errors':>8}"
              f"   (median of {args.rounds} rounds; CPU = the server process's own)")
        results: dict[tuple[str, str], Summary] = {}
        for label, msisdn in (("plain", PLAIN_MSISDN), ("500-char note", COMMENT_MSISDN)):
            targets = {
                "CRM direct": (f"{crm_url}/api/customers/{msisdn}", {}, crm),
                "bare proxy": (f"{bare_url}/crm/api/customers/{msisdn}", {}, bare),
                **{name: (f"{url}/crm/api/customers/{msisdn}", {"X-Guard-Call": calls[msisdn]}, proc)
                   for name, (url, calls, proc) in guards.items()},
            }
            rounds: dict[str, list[Result]] = {target: [] for target in targets}
            for _ in range(args.rounds):  # targets interleaved, so a burst of other load hits all of them alike
                for target, (url, headers, proc) in targets.items():
                    before = cpu_seconds(proc.pid)
                    result = asyncio.run(load(url, headers, args.n, args.c, args.time_cap))
                    result.server_cpu_s = cpu_seconds(proc.pid) - before
                    rounds[target].append(result)
            for target, runs in rounds.items():
                summary = results[(label, target)] = Summary.of(runs)
                print(f"{label:<15}{target:<22}{summary.rps:>8.0f}{summary.p50:>9.1f}{summary.p99:>9.1f}"
                      f"{summary.cpu_ms:>12.2f}{summary.errors:>8}")

        print()
        verdicts = []
        for label in ("plain", "500-char note"):
            for name in guards:
                bare_r, guard_r = results[(label, "bare proxy")], results[(label, name)]
                ratio = guard_r.rps / bare_r.rps
                added = guard_r.p99 - bare_r.p99
                print(f"{label:<15}{name:<22}{ratio:.2f}x bare throughput, p99 {added:+.1f} ms over bare, "
                      f"{guard_r.cpu_ms - bare_r.cpu_ms:+.2f} ms CPU per request over bare")
                if label == "plain" and name == "guard, no cache":
                    verdicts.append(ratio >= 0.5 and added <= 10)
        ok = all(verdicts)
        print(f"\nacceptance (plain cards, decision cache off: >= 0.5x bare throughput, added p99 <= 10 ms): "
              f"{'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1
    finally:
        for proc in reversed(procs):
            stop(proc)


if __name__ == "__main__":
    sys.exit(main())
