"""Requests that never reach a route: a malformed request line or header is answered and logged without an echo.

aiohttp answers an unparseable request itself, before any middleware: it logs a traceback whose message quotes
the offending bytes (`Invalid HTTP header: b'...'`) and sends that message back as a plain-text 400. A client can
put a phone number or a name there, so both would reach a log and a response unfiltered (issue 10, item 9).
`install()` replaces those two steps for every aiohttp server in the process: one JSON log line with the status
and the exception's type name, and `{"error": reason}` with a fixed reason — the same shape as every other error.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

log = logging.getLogger("guard.proxy")

_REASONS = {
    400: "malformed HTTP request",
    413: "request line or headers are too large",
    431: "request headers are too large",
    500: "internal error",
}


def _handle_error(self: RequestHandler, request: Any, status: int = 500, exc: BaseException | None = None,
                  message: str | None = None) -> web.StreamResponse:
    log.warning("request rejected before routing", extra={"fields": {
        "status": status, "error_type": type(exc).__name__ if exc is not None else None}})
    if request.writer.output_size > 0:  # as aiohttp: a response already started cannot be replaced
        raise ConnectionError("Response is sent already, cannot send another response with the error message")
    reason = _REASONS.get(status, "request rejected")
    response = web.Response(status=status, text=json.dumps({"error": reason}), content_type="application/json")
    response.force_close()
    return response


def _log_exception(self: RequestHandler, *args: Any, **kwargs: Any) -> None:
    exc_info = kwargs.get("exc_info")
    error_type = type(exc_info).__name__ if isinstance(exc_info, BaseException) else None
    message = args[0] if args and isinstance(args[0], str) and "%" not in args[0] else "server error"
    log.error(message, extra={"fields": {"error_type": error_type}})  # no traceback: its frames quote data


def install() -> None:
    """Idempotent; called by the app factory (guard/proxy/app.py)."""
    RequestHandler.handle_error = _handle_error  # type: ignore[method-assign]
    RequestHandler.log_exception = _log_exception  # type: ignore[method-assign]
