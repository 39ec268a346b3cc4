"""The security suite's servers: guard in front of the sample CRM or the hostile CRM (hostile_crm.py), both real
aiohttp servers on 127.0.0.1, and what every attack needs to look at — the answer, the logs, the audit."""
from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web
from multidict import CIMultiDict

from guard.audit import AuditLog
from guard.config import Settings
from guard.crm import create_crm_app
from guard.disclosure.checker import default_checker
from guard.disclosure.context import Said
from guard.logs import configure_logging
from guard.proxy import create_app
from guard.proxy.auth import issue_token
from guard.proxy.serving import running_site

from security.hostile_crm import CARDS, create_hostile_crm

TOKEN_KEY = "security-suite-key-" + "k" * 32


@dataclass
class Servers:
    guard_url: str
    crm_url: str
    crm: web.Application
    settings: Settings
    audit_path: Path

    def audit(self) -> list[dict[str, Any]]:
        log = AuditLog(self.audit_path)
        try:
            return log.since(0, 100_000)
        finally:
            log.close()


def token(operator: str = "op1021", *, ttl_s: float = 600, now: float | None = None, key: str = TOKEN_KEY) -> str:
    return issue_token(key.encode(), operator, ttl_s=ttl_s, now=now)


def bearer(operator: str = "op1021") -> dict[str, str]:
    return {"Authorization": f"Bearer {token(operator)}"}


@contextlib.asynccontextmanager
async def servers(tmp_path: Path, engine: Any, policy: Any, *, crm: web.Application | None = None,
                  tweak: Callable[[web.Application], None] | None = None, **settings: Any) -> AsyncIterator[Servers]:
    """The hostile CRM (or `crm`) and guard in front of it; `tweak(app)` may set app keys before it starts."""
    upstream = crm if crm is not None else create_hostile_crm()
    async with running_site(upstream) as crm_url:
        config = Settings(**{"upstream": crm_url, "audit_path": str(tmp_path / "audit.sqlite3"), **settings})
        app = create_app(config, redactor=engine, policy=policy)
        if tweak is not None:
            tweak(app)
        async with running_site(app) as guard_url:
            yield Servers(guard_url, crm_url, upstream, config, tmp_path / "audit.sqlite3")


Scenario = Callable[[Servers, aiohttp.ClientSession], Awaitable[Any]]


@pytest.fixture
def attack(tmp_path: Path, engine: Any, policy: Any) -> Callable[..., Any]:
    """attack(scenario, crm=None, tweak=None, **settings): run `scenario(servers, client)` against fresh servers."""

    def run(scenario: Scenario, *, crm: web.Application | None = None,
            tweak: Callable[[web.Application], None] | None = None, **settings: Any) -> Any:
        async def main() -> Any:
            async with servers(tmp_path, engine, policy, crm=crm, tweak=tweak, **settings) as stack:
                async with aiohttp.ClientSession() as client:
                    return await scenario(stack, client)

        return asyncio.run(main())

    return run


@pytest.fixture
def sample_crm() -> web.Application:
    """The bundled sample CRM (guard crm) with the hostile CRM's cards."""
    return create_crm_app(dict(CARDS))


@pytest.fixture
def captured_logs() -> Any:
    """Everything logged while the test runs — guard's JSON lines and any library's records, aiohttp's included."""
    stream = io.StringIO()
    configure_logging("DEBUG", stream)
    everything = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(everything)
    level = root.level
    root.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        root.removeHandler(everything)
        root.setLevel(level)
        logging.getLogger("guard").handlers.clear()
        logging.getLogger("guard").setLevel(logging.NOTSET)


async def get(client: aiohttp.ClientSession, url: str, **kwargs: Any) -> tuple[int, CIMultiDict[str], str]:
    async with client.get(url, **kwargs) as resp:
        return resp.status, CIMultiDict(resp.headers), await resp.text()


async def open_call(client: aiohttp.ClientSession, guard_url: str, msisdn: str, operator: str = "op1021",
                    headers: dict[str, str] | None = None) -> str:
    async with client.post(f"{guard_url}/v1/calls", json={"msisdn": msisdn, "operator_id": operator},
                           headers=headers or {}) as resp:
        assert resp.status == 201, await resp.text()
        return (await resp.json())["call_id"]


def shown_text(body: str) -> str:
    """A JSON answer as the operator's screen reads it (no \\u escapes), or the text itself."""
    try:
        return json.dumps(json.loads(body), ensure_ascii=False)
    except ValueError:
        return body


def check_line(line: str, context: Any = None, said: Said | None = None) -> Any:
    """The checker's verdict on an operator's line: alone, or with a context and what was said before it."""
    return default_checker().check(line, "operator", context, said)


def check_in_call(card: dict[str, Any], line: str, call: Any = None, said: Said | None = None) -> Any:
    """The same line in a call whose card is `card` (an unidentified caller unless `call` says otherwise)."""
    from conftest import call_context
    return check_line(line, call_context(card, call), said if said is not None else Said())
