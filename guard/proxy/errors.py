"""Errors the proxy answers with: a status and a reason that names the problem, never the data involved."""
from __future__ import annotations


class GuardError(Exception):
    """Raised anywhere in a request; the error middleware turns it into `{"error": reason}` with `status`.

    The reason is a fixed sentence written by us — never built from request text, card values or upstream bodies.
    """

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.kind: str | None = None  # a metrics label for upstream failures (guard/proxy/upstream.py)


def bad_request(reason: str) -> GuardError:
    return GuardError(400, reason)


def forbidden_method(reason: str) -> GuardError:
    return GuardError(405, reason)


def too_large(reason: str) -> GuardError:
    return GuardError(413, reason)


def not_found(reason: str) -> GuardError:
    return GuardError(404, reason)


def bad_gateway(reason: str) -> GuardError:
    return GuardError(502, reason)


def gateway_timeout(reason: str) -> GuardError:
    return GuardError(504, reason)


def unavailable(reason: str) -> GuardError:
    return GuardError(503, reason)
