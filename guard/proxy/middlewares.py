"""Cross-cutting concerns of every proxy response: error mapping, a deadline per request, no caching.

Handlers raise; this is the one place that turns an exception into an HTTP answer, so every error is
`{"error": reason}` JSON and none can carry a card value, request text or a traceback to the operator.
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from guard.audit import AuditUnavailable
from guard.proxy.errors import GuardError, gateway_timeout
from guard.proxy.state import STATE

log = logging.getLogger("guard.proxy")

# Reasons for the errors aiohttp raises itself (unknown route, body too large, ...): fixed text, no echo.
_HTTP_REASONS = {
    404: "no such route",
    405: "method not allowed on this route",
    413: "request body is larger than the size limit",
}


def error_response(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


@web.middleware
async def errors_as_json(request: web.Request, handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except GuardError as error:
        return error_response(error.status, error.reason)
    except AuditUnavailable:
        # Fail closed: a decision that cannot be recorded is not served.
        return error_response(503, "audit log is not writable; nothing is served unaudited")
    except web.HTTPException as error:
        if error.status < 400:
            raise
        return error_response(error.status, _HTTP_REASONS.get(error.status, "request rejected"))
    except Exception as error:  # the type name only: the message may quote data
        log.error("unhandled %s on %s", type(error).__name__, request.method)
        return error_response(500, "internal error")


@web.middleware
async def no_store(request: web.Request, handler) -> web.StreamResponse:
    """Filtered personal data must not linger in browser or intermediary caches."""
    response = await handler(request)
    response.headers["Cache-Control"] = "no-store"
    return response


@web.middleware
async def deadline(request: web.Request, handler) -> web.StreamResponse:
    """No request holds a connection longer than `request_timeout_s`, whatever it waits on."""
    try:
        async with asyncio.timeout(request.app[STATE].settings.request_timeout_s):
            return await handler(request)
    except TimeoutError:
        raise gateway_timeout("request did not finish within its deadline") from None
