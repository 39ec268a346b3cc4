"""Cross-cutting concerns of every proxy response: observation, error mapping, a deadline per request, no caching.

Handlers raise; this is the one place that turns an exception into an HTTP answer, so every error is
`{"error": reason}` JSON and none can carry a card value, request text or a traceback to the operator.
`observe` (outermost) counts and times every request for /metrics and writes its one JSON log line.
"""
from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import web

from guard.audit import AuditUnavailable, route_template
from guard.logs import request_id_for
from guard.proxy.auth import identity_of
from guard.proxy.errors import GuardError, bad_request, gateway_timeout, too_large
from guard.proxy.models import json_depth_over
from guard.proxy.state import STATE
from guard.sessions import SessionStoreUnavailable

log = logging.getLogger("guard.proxy")
access_log = logging.getLogger("guard.access")

# The request id guard logs, echoes and sends to the CRM: always guard's own (a keyed hash of the client's, or a
# fresh one; guard/logs.py), never the client's text.
REQUEST_ID_KEY = web.RequestKey("guard.request_id", str)
# The call a request turned out to be about, set by whoever found its session (guard/proxy/calls.py,
# guard/proxy/forward.py): only a call id guard minted and found is logged. A made-up one fits the id's shape
# and may spell a name ("call-Zhuravleva_Inna_Olegovna"): it is logged as "unknown", never as sent.
CALL_ID_KEY = web.RequestKey("guard.call_id", str)
_UNKNOWN_CALL = "unknown"
CHECK_ROUTE = "/v1/check"
# Denials worth an audit record: who was turned away from what (the reason is ours, never the request's text).
_AUDITED_DENIALS = (401, 403, 405)

# Reasons for the errors aiohttp raises itself (unknown route, body too large, ...): fixed text, no echo.
_HTTP_REASONS = {
    404: "no such route",
    405: "method not allowed on this route",
    413: "request body is larger than the size limit",
}


def error_response(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


def route_label(request: web.Request) -> str:
    """The matched route's template ('/v1/calls/{call_id}/identify'): never the path itself, which holds numbers."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "unmatched"


@web.middleware
async def observe(request: web.Request, handler) -> web.StreamResponse:
    """Request id in and out, the request counted and timed per route, one JSON log line — ids only, no values;
    and `Cache-Control: no-store` on every answer (filtered personal data must not linger in browser or
    intermediary caches) — here rather than in a middleware of its own: one hop less per request."""
    started = time.perf_counter()
    request_id = request_id_for(request.headers.get("X-Request-Id"))
    request[REQUEST_ID_KEY] = request_id
    status = 500
    try:
        response = await handler(request)
        status = response.status
        response.headers["X-Request-Id"] = request_id
        response.headers["Cache-Control"] = "no-store"
        return response
    except web.HTTPException as error:  # redirects and the like, passed through errors_as_json
        status = error.status
        raise
    finally:
        elapsed = time.perf_counter() - started
        route = route_label(request)
        metrics = request.app[STATE].metrics
        metrics.requests.inc(route, request.method, str(status))
        metrics.latency.observe(elapsed, route)
        if status in (401, 403):
            metrics.auth_rejections.inc(str(status))
        identity = identity_of(request)
        sent_a_call = bool(request.match_info.get("call_id") or request.headers.get("X-Guard-Call"))
        call_id = request.get(CALL_ID_KEY) or (_UNKNOWN_CALL if sent_a_call else None)
        access_log.info("request", extra={"fields": {
            "request_id": request_id, "route": route, "method": request.method, "status": status,
            "duration_ms": round(elapsed * 1000, 2), "call_id": call_id,
            "operator_id": identity.operator_id if identity else None,
        }})


@web.middleware
async def errors_as_json(request: web.Request, handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except GuardError as error:
        if error.status in _AUDITED_DENIALS:
            await _audit_denial(request, error.status, error.reason)
        return error_response(error.status, error.reason)
    except AuditUnavailable:
        # Fail closed: a decision that cannot be recorded is not served.
        request.app[STATE].metrics.fail_closed.inc("audit_unwritable")
        return error_response(503, "audit log is not writable; nothing is served unaudited")
    except SessionStoreUnavailable:
        request.app[STATE].metrics.fail_closed.inc("session_store_unreachable")
        return error_response(503, "call session store is unreachable; try again")
    except web.HTTPException as error:
        if error.status < 400:
            raise
        return error_response(error.status, _HTTP_REASONS.get(error.status, "request rejected"))
    except Exception as error:  # the type name only: the message may quote data
        log.error("unhandled error", extra={"fields": {"error_type": type(error).__name__, "route": route_label(request)}})
        return error_response(500, "internal error")


async def _audit_denial(request: web.Request, status: int, reason: str) -> None:
    """A refused request leaves a record too (an operator probing another's calls shows up in the audit).
    Nothing was served, so an audit log that cannot take the record does not change the answer."""
    state = request.app[STATE]
    identity = identity_of(request)
    try:
        await state.audit.record("denied", route=route_template(request.method, request.path), status=status,
                                 reason=reason, operator_id=identity.operator_id if identity else None)
    except AuditUnavailable:
        state.metrics.fail_closed.inc("audit_unwritable")


@web.middleware
async def bounded_bodies(request: web.Request, handler) -> web.StreamResponse:
    """API request bodies measured before any handler parses them: /v1/check's own size limit (one utterance,
    not a transcript), and the JSON nesting depth (a body nested thousands deep is a 400, not a 500)."""
    if request.body_exists and not request.path.startswith("/crm/"):
        settings = request.app[STATE].settings
        if request.path == CHECK_ROUTE and (request.content_length or 0) > settings.check_max_bytes:
            raise too_large(f"{CHECK_ROUTE} takes at most {settings.check_max_bytes} bytes")
        raw = await request.read()  # bounded by client_max_size; kept for the handler
        if request.path == CHECK_ROUTE and len(raw) > settings.check_max_bytes:
            raise too_large(f"{CHECK_ROUTE} takes at most {settings.check_max_bytes} bytes")
        # Presidio's routes too: a body nested too deep is bad input, a 400 with its reason, not Presidio's 500
        # (red team bc33 f04); the shape is Presidio's own, {"error": reason}.
        if json_depth_over(raw, settings.max_json_depth):
            raise bad_request(f"body nests deeper than {settings.max_json_depth} levels")
    return await handler(request)


@web.middleware
async def deadline(request: web.Request, handler) -> web.StreamResponse:
    """No request holds a connection longer than `request_timeout_s`, whatever it waits on."""
    try:
        async with asyncio.timeout(request.app[STATE].settings.request_timeout_s):
            return await handler(request)
    except TimeoutError:
        raise gateway_timeout("request did not finish within its deadline") from None
