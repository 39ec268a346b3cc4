"""Running an aiohttp app from a command: bind, print one ready line, stop cleanly on SIGTERM or Ctrl-C.

Shared by `guard serve`, `guard crm` and `guard demo`, so all of them announce readiness and shut down the
same way (scripts and tests wait for the ready line, then read the URL from it).
"""
from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import AsyncIterator

from aiohttp import web


@contextlib.asynccontextmanager
async def running_site(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Start `app` on host:port (0 picks a free port) and yield its base URL; clean up on exit."""
    # No access log: request paths carry phone numbers. In-flight requests get a few seconds to finish on stop.
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=5.0)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_host, bound_port = runner.addresses[0][:2]
        yield f"http://{bound_host}:{bound_port}"
    finally:
        await runner.cleanup()


async def wait_for_stop_signal() -> None:
    """Return on SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)


async def serve_until_stopped(app: web.Application, host: str, port: int, name: str, detail: str = "") -> None:
    """Serve until SIGTERM/SIGINT, printing `<name>: ready on <url>` once the socket accepts connections."""
    async with running_site(app, host, port) as url:
        print(f"{name}: ready on {url}{(' ' + detail) if detail else ''}", flush=True)
        await wait_for_stop_signal()
    print(f"{name}: stopped", flush=True)
