"""The proxy application: one factory, routes in one place, cross-cutting concerns as middlewares.

    create_app(settings)                          # loads the policy and the text engine at startup
    create_app(settings, redactor=r, policy=p)    # tests pass loaded ones (or stand-ins) once per session

Routes:
    GET  /healthz                       200 once the policy, the engine and the audit log are up
    POST /v1/redact                     CONTRACTS §2
    POST /v1/calls                      CONTRACTS §7, calls.py
    POST /v1/calls/{call_id}/identify
    POST /v1/calls/{call_id}/confirm
    POST /v1/check                      CONTRACTS §5, guard/disclosure/http.py with the call's card from calls.py
    *    /crm/{path}                    forward.py: the CRM, filtered by the policy for the call in X-Guard-Call
"""
from __future__ import annotations

import asyncio
import functools
import gc

from aiohttp import web

from guard.audit import AuditWriter
from guard.config import Settings
from guard.disclosure.http import add_routes as add_check_routes
from guard.policy import CardPolicy
from guard.proxy import calls, forward
from guard.proxy.detection import BudgetedRedactor, DetectionFailed, TextRedactor, count_types
from guard.proxy.errors import unavailable
from guard.proxy.filtering import DecisionCache
from guard.proxy.middlewares import deadline, errors_as_json, no_store
from guard.proxy.models import RedactBody, read_body
from guard.proxy.state import STATE, ProxyState
from guard.proxy.upstream import create_client_session
from guard.sessions import InMemorySessionStore, SessionStore


def create_app(
    settings: Settings,
    *,
    redactor: TextRedactor | None = None,
    policy: CardPolicy | None = None,
    sessions: SessionStore | None = None,
) -> web.Application:
    """The proxy. Without `redactor`/`policy` they are loaded once at startup (the engine takes a second or two)."""
    app = web.Application(middlewares=[no_store, errors_as_json, deadline], client_max_size=settings.max_request_bytes)
    state = ProxyState(
        settings=settings,
        audit=AuditWriter(settings.audit_path),
        sessions=sessions or InMemorySessionStore(ttl_s=settings.session_ttl_s),
        policy=policy,
        decisions=DecisionCache(settings.decision_cache_size),
    )
    if redactor is not None:
        state.detector = BudgetedRedactor(redactor, budget_s=settings.detection_budget_s, threads=settings.redactor_threads)
    app[STATE] = state

    app.router.add_get("/healthz", healthz)
    app.router.add_post("/v1/redact", redact)
    app.router.add_post("/v1/calls", calls.create_call)
    app.router.add_post("/v1/calls/{call_id}/identify", calls.identify)
    app.router.add_post("/v1/calls/{call_id}/confirm", calls.confirm)
    add_check_routes(app, check_context=functools.partial(calls.check_context, state))
    app.router.add_route("*", "/crm/{path:.*}", forward.forward_crm)

    app.on_startup.append(_start)
    app.on_cleanup.append(_stop)
    return app


async def _start(app: web.Application) -> None:
    state = app[STATE]
    settings = state.settings
    loop = asyncio.get_running_loop()
    if state.policy is None:
        from guard.policy import default_policy_path, load_policy

        state.policy = load_policy(settings.policy_path or default_policy_path())
    if state.detector is None:
        redactor = await loop.run_in_executor(None, _load_engine)
        state.detector = BudgetedRedactor(redactor, budget_s=settings.detection_budget_s, threads=settings.redactor_threads)
    await loop.run_in_executor(None, _warm_identification)
    await state.audit.start()
    state.client = create_client_session(settings)
    # The models are ~150k long-lived objects: a full collection walking them stalls the loop for ~100 ms.
    # Move everything loaded so far out of the collector's sight; request garbage is still collected.
    gc.collect()
    gc.freeze()


def _load_engine() -> TextRedactor:
    from guard import Redactor

    redactor = Redactor()
    redactor.redact("Прогрев: Иванов Пётр, тел. 89161234567.")  # first call loads the models
    return redactor


def _warm_identification() -> None:
    """The name matcher and the disclosure rules load on first use; pay that at startup, not on a caller's turn."""
    from guard.disclosure import check
    from guard.identification import match_full_name

    match_full_name("Иванов Пётр", {"owner": {"last_name": "Иванов", "first_name": "Пётр"}})
    check("Добрый день, Пётр Сергеевич, ваш номер 79161234567", "operator")


async def _stop(app: web.Application) -> None:
    state = app[STATE]
    if state.client is not None:
        await state.client.close()
    await state.audit.close()
    if state.detector is not None:
        state.detector.close()


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def redact(request: web.Request) -> web.Response:
    """CONTRACTS §2 over HTTP. The engine failing or running late is a 503: unchecked text is never echoed."""
    state = request.app[STATE]
    body = await read_body(request, RedactBody)
    try:
        result = await state.detector.redact(body.text)
    except DetectionFailed as error:
        await state.audit.record("redact", route="POST /v1/redact", status=503, detection_failure=str(error))
        raise unavailable(f"{error}; nothing returned") from None
    await state.audit.record("redact", route="POST /v1/redact", status=200, entities=count_types(result.entities))
    return web.json_response({"text": result.text, "entities": sorted(result.entities, key=lambda e: e["start"])})
