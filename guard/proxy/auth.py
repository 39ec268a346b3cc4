"""Who is calling: the operator behind each request, from a signed token or from a trusted gateway's header.

`GUARD_AUTH_MODE`:
- `none`    — no identity (docs/interfaces.md §7 as written: demos, tests, a single desk). `guard serve` warns at start.
- `token`   — `Authorization: Bearer <token>`, a compact token signed with HMAC-SHA256 under `GUARD_AUTH_KEY`:
              `base64url(payload).base64url(signature)`, payload `{"sub": operator id, "roles": [...], "exp": unix time}`.
              `guard token issue --operator op1021 [--role audit] [--ttl 8h]` makes one.
- `gateway` — the operator id from `X-Operator-Id` (and roles from `X-Operator-Roles`), believed only when the
              connection comes from an address in `GUARD_TRUSTED_PROXIES`; anyone else gets 401.

With auth on, a request without an identity is 401 with a reason, and a call session belongs to the operator who
opened it: another operator's call id (identify, confirm, X-Guard-Call, /v1/check) is 403. An `operator_id` in the
POST /v1/calls body must equal the identity's (403 otherwise) and may be left out. `/healthz`, `/readyz` and
`/metrics` stay open: probes and the Prometheus scraper carry no operator identity, and none of the three says
anything about a customer (metrics have no per-call or per-number labels); restrict them at the network.
The audit export (`GET /v1/audit`) needs the role `audit`, which an ordinary operator token does not have.
What the caller said (POST /v1/check with `speaker: client`) counts only from the caller's side: the telephony/ASR
feed's credential, the role `caller-feed`, which may post client lines to any call; an operator's client line is
checked and unlocks nothing (red team bb5, 24; docs/disclosure.md, "Who may say what the caller said").
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Iterable

from aiohttp import web

from guard.config import Settings
from guard.proxy.errors import GuardError

OPERATOR_ID = re.compile(r"^[\w.@-]{1,64}$", re.ASCII)
ROLE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
AUDIT_ROLE = "audit"
CALLER_FEED_ROLE = "caller-feed"  # the telephony/ASR side: may say what the caller said, in any call
# Probes and the scraper: no identity, nothing about a customer in their answers.
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
_MAX_TOKEN = 4096


class InvalidToken(ValueError):
    """The token is malformed, wrongly signed or expired; the reason names which, never the token."""


@dataclass(frozen=True)
class Identity:
    operator_id: str
    roles: frozenset[str] = frozenset()


IDENTITY = web.RequestKey("guard.identity", object)  # Identity, or None when auth is off


def unauthorized(reason: str) -> GuardError:
    return GuardError(401, reason)


def forbidden(reason: str) -> GuardError:
    return GuardError(403, reason)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, payload_part: str) -> str:
    return _b64(hmac.new(key, payload_part.encode("ascii"), hashlib.sha256).digest())


def issue_token(key: bytes, operator_id: str, *, roles: Iterable[str] = (), ttl_s: float, now: float | None = None) -> str:
    if not OPERATOR_ID.match(operator_id):
        raise ValueError("operator id must be 1-64 letters, digits or . _ @ -")
    roles = sorted(set(roles))
    if not all(ROLE.match(role) for role in roles):
        raise ValueError("a role is a short lowercase word")
    issued = int(now if now is not None else time.time())
    payload = {"sub": operator_id, "roles": roles, "iat": issued, "exp": issued + int(ttl_s)}
    payload_part = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    return f"{payload_part}.{_sign(key, payload_part)}"


def verify_token(key: bytes, token: str, *, now: float | None = None) -> Identity:
    if len(token) > _MAX_TOKEN or not token.isascii() or token.count(".") != 1:
        raise InvalidToken("token is malformed")
    payload_part, signature = token.split(".")
    if not hmac.compare_digest(_sign(key, payload_part), signature):
        raise InvalidToken("token signature is not valid")
    try:
        payload: Any = json.loads(_unb64(payload_part))
    except ValueError:
        raise InvalidToken("token is malformed") from None
    if not isinstance(payload, dict):
        raise InvalidToken("token is malformed")
    operator, roles, expires = payload.get("sub"), payload.get("roles", []), payload.get("exp")
    if not isinstance(operator, str) or not OPERATOR_ID.match(operator):
        raise InvalidToken("token names no valid operator")
    if not isinstance(roles, list) or not all(isinstance(r, str) and ROLE.match(r) for r in roles):
        raise InvalidToken("token roles are malformed")
    if not isinstance(expires, int) or expires <= (now if now is not None else time.time()):
        raise InvalidToken("token has expired")
    return Identity(operator, frozenset(roles))


def parse_ttl(text: str) -> int:
    """'8h', '30m', '3600', '2d' -> seconds."""
    match = re.fullmatch(r"\s*(\d{1,7})\s*([smhd]?)\s*", text)
    if not match:
        raise ValueError("ttl is a number with an optional unit s, m, h or d (e.g. 8h)")
    return int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


class Authenticator:
    """Turns a request into an Identity (or None with auth off) or raises 401. Built once per app from Settings."""

    def __init__(self, settings: Settings) -> None:
        self.mode = settings.auth_mode
        self._key = settings.auth_secret() if self.mode == "token" else None
        self._header = settings.gateway_header
        self._roles_header = settings.gateway_roles_header
        self._trusted = [ipaddress.ip_network(item, strict=False) for item in settings.trusted_proxies]

    def identify(self, request: web.Request) -> Identity | None:
        if self.mode == "none":
            return None
        if self.mode == "token":
            return self._from_token(request)
        return self._from_gateway(request)

    def _from_token(self, request: web.Request) -> Identity:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("no operator identity: send Authorization: Bearer <token>")
        assert self._key is not None
        try:
            return verify_token(self._key, token.strip())
        except InvalidToken as error:
            raise unauthorized(str(error)) from None

    def _from_gateway(self, request: web.Request) -> Identity:
        try:
            remote = ipaddress.ip_address(request.remote or "")
        except ValueError:
            remote = None
        if remote is None or not any(remote in network for network in self._trusted):
            raise unauthorized("request did not come through a trusted gateway")
        operator = request.headers.get(self._header, "").strip()
        if not OPERATOR_ID.match(operator):
            raise unauthorized(f"no valid operator identity in {self._header}")
        roles = {r.strip() for r in request.headers.get(self._roles_header, "").split(",") if r.strip()}
        return Identity(operator, frozenset(r for r in roles if ROLE.match(r)))


AUTHENTICATOR = web.AppKey("guard.authenticator", Authenticator)


@web.middleware
async def authenticate(request: web.Request, handler) -> web.StreamResponse:
    """Every route but the probes needs an identity when auth is on; the handlers read it as `request[IDENTITY]`."""
    if request.path in PUBLIC_PATHS:
        request[IDENTITY] = None
        return await handler(request)
    request[IDENTITY] = request.app[AUTHENTICATOR].identify(request)
    return await handler(request)


def identity_of(request: web.Request) -> Identity | None:
    identity = request.get(IDENTITY)
    return identity if isinstance(identity, Identity) else None


def require_owner(request: web.Request, owner_operator_id: str) -> None:
    """A call belongs to the operator who opened it (auth off: everyone is the same anonymous desk)."""
    identity = identity_of(request)
    if identity is not None and identity.operator_id != owner_operator_id:
        raise forbidden("this call belongs to another operator")


def speaks_for_the_caller(request: web.Request, trusted_without_auth: bool) -> bool:
    """May this request tell what the caller said? With auth on, only an identity holding CALLER_FEED_ROLE; with auth
    off nobody is known, so only when the deployment says its one desk's software is the feed (`trusted_without_auth`,
    Settings.client_lines_trusted)."""
    identity = identity_of(request)
    if identity is None:
        return trusted_without_auth and request.app[AUTHENTICATOR].mode == "none"
    return CALLER_FEED_ROLE in identity.roles


def require_role(request: web.Request, role: str) -> Identity:
    identity = identity_of(request)
    if identity is None:
        raise forbidden(f"role {role} needs authentication (auth_mode token or gateway)")
    if role not in identity.roles:
        raise forbidden(f"role {role} is required")
    return identity
