"""`/crm/...`: forward to the CRM, then show the operator only what the policy allows for this call.

JSON goes through the policy in the call's context; text/plain through the text engine; content types named
in `allowed_content_types` pass unchanged; everything else is blocked. A body that cannot be parsed is blocked
too — the proxy never passes on what it could not inspect.
"""
from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from guard.audit import route_template
from guard.policy import CallContext, IdentificationLevel
from guard.proxy.auth import require_owner
from guard.proxy.detection import DetectionFailed, count_types
from guard.proxy.errors import GuardError, bad_gateway, bad_request, not_found, unavailable
from guard.proxy.filtering import Shown, filter_json
from guard.proxy import upstream
from guard.proxy.state import STATE, ProxyState
from guard.sessions import CallSession

CALL_HEADER = "X-Guard-Call"
_PREFIX = "/crm"
# Response headers worth keeping from the CRM; everything else (cookies, custom headers that may carry data,
# hop-by-hop, the original length and encoding) is dropped.
_KEPT_RESPONSE_HEADERS = ("Retry-After", "Content-Language")


def is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


async def resolve_call(state: ProxyState, request: web.Request) -> CallSession | None:
    """The call named by X-Guard-Call; no header -> None (identification none); unknown id -> 404;
    another operator's call -> 403 (with auth on)."""
    call_id = request.headers.get(CALL_HEADER)
    if call_id is None:
        return None
    session = await state.sessions.get(call_id.strip())
    if session is None:
        raise not_found("unknown or expired call id in X-Guard-Call")
    require_owner(request, session.operator_id)
    return session


def call_context(session: CallSession | None, payload: Any) -> CallContext:
    """The policy's CallContext. A call's identification covers only the card of the call's own number."""
    own_card = session is not None and isinstance(payload, dict) and str(payload.get("msisdn")) == session.msisdn
    if not own_card:
        return CallContext(identification=IdentificationLevel.NONE)
    return CallContext(
        identification=IdentificationLevel(session.identification),
        caller_gender=session.caller_gender,
        identified_by=session.identified_by,
        confirmed=session.confirmed,
        today=None,
    )


def _upstream_path(request: web.Request) -> str:
    """The path and query after /crm, as sent (still percent-encoded); no climbing out of the upstream's base."""
    path = request.raw_path[len(_PREFIX):] or "/"
    for spelled in (path.split("?", 1)[0], request.path):
        if {".", ".."} & set(spelled.split("/")):
            raise bad_request("path must not contain dot segments")
    return path


async def forward_crm(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    session = await resolve_call(state, request)
    body = await request.read()  # bounded by the app's client_max_size
    record: dict[str, Any] = {
        "call_id": session.call_id if session else None,
        "operator_id": session.operator_id if session else None,
        "route": route_template(request.method, request.path),
    }
    try:
        answer = await upstream.fetch(
            state.client, state.settings, request.method, _upstream_path(request),
            headers=upstream.headers_for_upstream(request.headers), body=body, metrics=state.metrics,
        )
        record["upstream_status"] = answer.status
        response = await _filtered_response(state, session, answer, record)
    except GuardError as error:
        # Upstream failures and blocked bodies are fail-closed decisions too: recorded, then answered.
        record.update(status=error.status, blocked=error.reason)
        await state.audit.record("proxy", **record)
        raise
    record["status"] = response.status
    await state.audit.record("proxy", **record)
    for name in _KEPT_RESPONSE_HEADERS:
        if name in answer.headers:
            response.headers[name] = answer.headers[name]
    return response


async def _filtered_response(
    state: ProxyState, session: CallSession | None, answer: upstream.UpstreamResponse, record: dict[str, Any]
) -> web.Response:
    if not answer.body:
        record["content"] = "empty"
        return web.Response(status=answer.status)
    content_type = answer.content_type
    if is_json(content_type):
        return await _json_response(state, session, answer, record)
    if content_type == "text/plain":
        return await _text_response(state, answer, record)
    if content_type and content_type in state.settings.allowed_content_types:
        record["content"] = "allow-listed"
        return web.Response(status=answer.status, body=answer.body, content_type=content_type)
    record["content"] = "blocked"
    state.metrics.upstream_errors.inc("content_type_blocked")
    raise bad_gateway("upstream content type is not allowed through the guard")


async def _json_response(
    state: ProxyState, session: CallSession | None, answer: upstream.UpstreamResponse, record: dict[str, Any]
) -> web.Response:
    record["content"] = "json"
    try:
        payload = json.loads(answer.body.decode(answer.charset or "utf-8"))
    except (ValueError, LookupError):
        state.metrics.upstream_errors.inc("malformed_json")
        raise bad_gateway("upstream JSON does not parse; blocked") from None
    ctx = call_context(session, payload)
    key = state.decisions.key(answer.body, ctx)
    shown = state.decisions.get(key)
    if shown is None:
        shown = Shown.of(await filter_json(state.policy, state.detector, payload, ctx))
        state.decisions.put(key, shown)
    filtered = shown.filtered
    for rule, action, _paths in shown.audit_rules:
        state.metrics.decisions.inc(rule, action)
    if filtered.fail_closed:
        state.metrics.fail_closed.inc("free_text_masked")
    record.update(
        identification=ctx.identification.value,
        refused=filtered.refused,
        rules=shown.audit_rules,
        fail_closed=shown.audit_fail_closed,
    )
    if filtered.detection_failure:
        record["detection_failure"] = filtered.detection_failure
    response = web.Response(
        status=answer.status,
        body=shown.body,
        content_type="application/json",
        charset="utf-8",
    )
    response.headers["X-Guard-Identification"] = record["identification"]
    response.headers["X-Guard-Refused"] = "true" if filtered.refused else "false"
    return response


async def _text_response(state: ProxyState, answer: upstream.UpstreamResponse, record: dict[str, Any]) -> web.Response:
    record["content"] = "text"
    try:
        text = answer.body.decode(answer.charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        state.metrics.upstream_errors.inc("bad_charset")
        raise bad_gateway("upstream text is not in its declared charset; blocked") from None
    if state.detector is None:
        raise unavailable("no text engine loaded; text withheld")
    try:
        redacted = await state.detector.redact(text)
    except DetectionFailed as error:
        record["detection_failure"] = str(error)
        raise unavailable(f"{error}; text withheld") from None
    record["entities"] = count_types(redacted.entities)
    return web.Response(status=answer.status, text=redacted.text, content_type="text/plain", charset="utf-8")

