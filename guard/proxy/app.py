"""The proxy application: one factory, routes in one place, cross-cutting concerns as middlewares.

    create_app(settings)                          # loads the policy and the text engine at startup
    create_app(settings, redactor=r, policy=p)    # tests pass loaded ones (or stand-ins) once per session

Routes:
    GET  /healthz                       liveness: 200 while the process serves (docs/interfaces.md §7)
    GET  /readyz                        readiness: 200 only with the policy, the engine, the audit log and the session store up
    GET  /metrics                       Prometheus text format (guard/metrics.py)
    GET  /v1/audit                      audit export, role `audit` (guard/proxy/auth.py)
    POST /v1/redact                     docs/interfaces.md §2
    POST /v1/calls                      docs/interfaces.md §7, calls.py
    POST /v1/calls/{call_id}/identify
    POST /v1/calls/{call_id}/confirm
    POST /v1/check                      docs/interfaces.md §5, guard/disclosure/http.py with the call's card from calls.py
    *    /crm/{path}                    forward.py: the CRM, filtered by the policy for the call in X-Guard-Call
    POST /analyze, /anonymize, /deanonymize; GET /health, /recognizers, /supportedentities, /anonymizers,
         /deanonymizers                 Presidio's REST API, docs/interfaces.md §8, guard/presidio/http.py
"""
from __future__ import annotations

import asyncio
import functools
import gc
import json

from aiohttp import web

from guard.audit import AuditLog, AuditWriter
from guard.config import Settings
from guard.disclosure.http import CHECK_RUNNER
from guard.disclosure.http import add_routes as add_check_routes
from guard.presidio.http import add_routes as add_presidio_routes
from guard.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from guard.policy import CardPolicy
from guard.proxy import calls, forward
from guard.proxy.auth import (AUDIT_ROLE, AUTHENTICATOR, Authenticator, authenticate, require_role,
                              speaks_for_the_caller)
from guard.proxy.detection import BudgetedRedactor, DetectionFailed, TextRedactor, count_types
from guard.proxy.errors import bad_request, unavailable
from guard.proxy.filtering import CardSecretsCache, DecisionCache
from guard.proxy.scrub import ScrubSpans
from guard.proxy import wire
from guard.proxy.middlewares import bounded_bodies, deadline, errors_as_json, observe
from guard.proxy.models import RedactBody, read_body
from guard.proxy.offload import BudgetedPool
from guard.proxy.state import STATE, ProxyState
from guard.proxy.textcache import RedactedTextCache
from guard.proxy.upstream import create_client_session
from guard.sessions import SessionStore, open_session_store

AUDIT_EXPORT_MAX = 1000


def create_app(
    settings: Settings,
    *,
    redactor: TextRedactor | None = None,
    policy: CardPolicy | None = None,
    sessions: SessionStore | None = None,
) -> web.Application:
    """The proxy. Without `redactor`/`policy` they are loaded once at startup (the engine takes a second or two)."""
    wire.install()  # malformed requests aiohttp answers itself: no echo, no traceback
    app = web.Application(
        # Outermost first: observe sees the final status (and marks every answer no-store); errors become JSON
        # before it; identity before handlers; bodies measured (size, depth) before anything parses them.
        middlewares=[observe, errors_as_json, authenticate, bounded_bodies, calls.check_call_owner, deadline],
        client_max_size=settings.max_request_bytes,
    )
    state = ProxyState(
        settings=settings,
        audit=AuditWriter(settings.audit_path),
        sessions=sessions or open_session_store(settings.session_store, ttl_s=settings.session_ttl_s),
        policy=policy,
        decisions=DecisionCache(settings.decision_cache_size),
        card_secrets=CardSecretsCache(settings.card_secrets_cache_size,
                                      ScrubSpans(settings.text_cache_size, settings.text_cache_chars)),
        written_numbers=RedactedTextCache(settings.text_cache_size, settings.text_cache_chars),
    )
    if redactor is not None:
        # An engine handed in (tests, stand-ins) runs here, in a thread, unless the settings name worker processes.
        state.detector = _budgeted(redactor, state, settings.redactor_processes or 0)
    app[STATE] = state
    app[AUTHENTICATOR] = Authenticator(settings)

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/v1/audit", audit_export)
    app.router.add_post("/v1/redact", redact)
    app.router.add_post("/v1/calls", calls.create_call)
    app.router.add_post("/v1/calls/{call_id}/identify", calls.identify)
    app.router.add_post("/v1/calls/{call_id}/confirm", calls.confirm)
    add_check_routes(app, check_context=functools.partial(calls.check_context, state),
                     trusts_caller_line=functools.partial(speaks_for_the_caller,
                                                          trusted_without_auth=settings.client_lines_trusted))
    app[CHECK_RUNNER] = BudgetedPool(budget_s=settings.check_budget_s, name="guard_check", metrics=state.metrics)
    app.router.add_route("*", "/crm/{path:.*}", forward.forward_crm)
    add_presidio_routes(app, audit=state.audit)  # Presidio's REST API (docs/interfaces.md §8), guard/presidio/http.py

    app.on_startup.append(_start)
    app.on_cleanup.append(_stop)
    return app


async def _start(app: web.Application) -> None:
    state = app[STATE]
    settings = state.settings
    loop = asyncio.get_running_loop()
    if state.policy is None:
        from guard.policy import load_policy

        state.policy = load_policy(settings.card_policy())
    if state.detector is None:
        # With worker processes each loads its own engine and this process needs none (~300 MB saved); the pool is
        # started (and its engines warmed) off the loop.
        processes = settings.detection_processes()
        redactor = None if processes else await loop.run_in_executor(None, _load_engine)
        state.detector = await loop.run_in_executor(None, _budgeted, redactor, state, processes)
    await loop.run_in_executor(None, _warm_identification)
    await state.audit.start()
    state.client = create_client_session(settings)
    # The models are ~150k long-lived objects: a full collection walking them stalls the loop for ~100 ms.
    # Move everything loaded so far out of the collector's sight; request garbage is still collected.
    gc.collect()
    gc.freeze()


def _budgeted(redactor: TextRedactor | None, state: ProxyState, processes: int) -> BudgetedRedactor:
    settings = state.settings
    return BudgetedRedactor(redactor, budget_s=settings.detection_budget_s, threads=settings.redactor_threads,
                            processes=processes, backlog=settings.detection_backlog,
                            metrics=state.metrics,
                            text_cache=RedactedTextCache(settings.text_cache_size, settings.text_cache_chars))


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
    await state.sessions.close()
    if state.detector is not None:
        state.detector.close()
    app[CHECK_RUNNER].close()
    state.card_work.close()


async def healthz(request: web.Request) -> web.Response:
    """Liveness: the process answers. Not readiness — a pod whose audit disk is full must not be restarted in a
    loop, it must be taken out of the Service (readyz) while it answers 503 to everything it cannot audit."""
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """Ready to serve operators: policy and engine loaded, audit log open, session store answering."""
    state = request.app[STATE]
    checks = {
        "policy": state.policy is not None,
        "engine": state.detector is not None,
        "audit": state.audit.ready,
        "sessions": await state.sessions.ping(),
    }
    ready = all(checks.values())
    return web.json_response({"status": "ready" if ready else "not ready", "checks": checks}, status=200 if ready else 503)


async def metrics(request: web.Request) -> web.Response:
    body = request.app[STATE].metrics.render()
    return web.Response(body=body.encode("utf-8"), headers={"Content-Type": METRICS_CONTENT_TYPE})


async def audit_export(request: web.Request) -> web.Response:
    """`GET /v1/audit?after=SEQ&limit=N`: records after a sequence number, oldest first, for the `audit` role only.
    The export itself is audited (who took which range)."""
    identity = require_role(request, AUDIT_ROLE)
    state = request.app[STATE]
    try:
        after = int(request.query.get("after", "0"))
        limit = int(request.query.get("limit", "100"))
    except ValueError:
        raise bad_request("after and limit must be integers") from None
    if after < 0 or not 1 <= limit <= AUDIT_EXPORT_MAX:
        raise bad_request(f"after must be >= 0 and limit between 1 and {AUDIT_EXPORT_MAX}")

    def read() -> list[dict]:
        log = AuditLog(state.settings.audit_path)
        try:
            return log.since(after, limit)
        finally:
            log.close()

    records = await asyncio.to_thread(read)
    await state.audit.record("audit_export", operator_id=identity.operator_id, after=after, count=len(records))
    return web.json_response({"records": records}, dumps=functools.partial(json.dumps, ensure_ascii=False))


async def redact(request: web.Request) -> web.Response:
    """docs/interfaces.md §2 over HTTP. The engine failing or running late is a 503: unchecked text is never echoed."""
    state = request.app[STATE]
    body = await read_body(request, RedactBody)
    try:
        result = await state.detector.redact(body.text)
    except DetectionFailed as error:
        state.metrics.fail_closed.inc("redact_refused")
        await state.audit.record("redact", route="POST /v1/redact", status=503, detection_failure=str(error))
        raise unavailable(f"{error}; nothing returned") from None
    await state.audit.record("redact", route="POST /v1/redact", status=200, entities=count_types(result.entities))
    return web.json_response({"text": result.text, "entities": sorted(result.entities, key=lambda e: e["start"])})
