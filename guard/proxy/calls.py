"""`/v1/calls`: call sessions, identification and confirmation, decided by the proxy against the hidden card.

The operator types what the caller said; the proxy fetches the card from the CRM itself and compares, so the
operator's screen can never claim an identification (docs/interfaces.md §7). Answers are levels and booleans only —
`confirm` says whether the caller was right, never what the right value is.

Decisions (tests/test_proxy_calls.py shows each):
- primary: `full_name` for an individual or sole proprietor, `organization` for an organization; giving only
  the one that does not fit the client type is a failed attempt, giving neither is a 400. It records
  `identified_by` for the policy (Инструкция запретов, п. 4, 6).
- alternative: at least two of passport, birth_date, contract_number (fewer is a 400), every one given right;
  an organization has no passport or birth date, so in practice it is identified by name only. The policy never
  lets `alternative` unlock the last 4 digits of numbers (п. 6: «Альтернативная идентификация не применяется»).
- guessing lock (seeds 003): `max_identification_attempts` failed identify calls lock the call at `none` for
  good; `max_confirm_failures` wrong confirms lock `confirm` (always false, nothing more added to `confirmed`).
  The counters are separate: a caller checking a number they half remember does not lose identification.
- confirm on a contract terminated more than 5 years ago still answers: «Подтвердить, если Клиент назовет сам».
- ownership (auth on, guard/proxy/auth.py): a call belongs to the operator who opened it; another operator's
  call id is 403. The identity names the operator: an `operator_id` in the body must agree with it (403), or
  may be left out. With auth off the body's `operator_id` is required, as docs/interfaces.md §7 has it.
- counters are updated through `SessionStore.transact`, atomic across processes sharing a Redis store.
"""
from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

from aiohttp import web

from guard.disclosure import CheckContext
from guard.identification import CONFIRMABLE_FIELDS, match_full_name, match_organization, match_value
from guard.proxy import upstream
from guard.proxy.auth import forbidden, identity_of, require_owner
from guard.proxy.errors import bad_gateway, bad_request, not_found
from guard.proxy.models import ConfirmBody, CreateCallBody, IdentifyBody, read_body
from guard.proxy.state import STATE, ProxyState
from guard.sessions import (
    CallSession,
    InvalidMsisdn,
    new_call_id,
    normalize_msisdn,
    record_confirmation,
    record_identification,
)

# alternative identification: body field -> the card field it is compared with.
ALTERNATIVE_FACTS = {"passport": "owner.passport", "birth_date": "owner.birth_date", "contract_number": "contract.number"}
ALTERNATIVE_MIN_FACTS = 2


async def create_call(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, CreateCallBody)
    try:
        msisdn = normalize_msisdn(body.msisdn)
    except InvalidMsisdn as error:
        raise bad_request(str(error)) from None
    identity = identity_of(request)
    operator_id = body.operator_id
    if identity is not None:
        if operator_id is not None and operator_id != identity.operator_id:
            raise forbidden("operator_id differs from the authenticated operator")
        operator_id = identity.operator_id
    if operator_id is None:
        raise bad_request("operator_id: Field required")
    session = CallSession(call_id=new_call_id(), msisdn=msisdn, operator_id=operator_id, created_at=time.time())
    await state.sessions.create(session)
    await state.audit.record("call", call_id=session.call_id, operator_id=session.operator_id)
    return web.json_response({"call_id": session.call_id}, status=201)


async def _session(state: ProxyState, request: web.Request) -> CallSession:
    session = await state.sessions.get(request.match_info["call_id"])
    if session is None:
        raise not_found("unknown or expired call id")
    require_owner(request, session.operator_id)
    return session


async def fetch_card(state: ProxyState, msisdn: str) -> dict[str, Any]:
    """The unfiltered card, for comparison only: it never leaves this module."""
    answer = await upstream.fetch(state.client, state.settings, "GET", state.settings.card_path.format(msisdn=msisdn),
                                  metrics=state.metrics)
    if answer.status == 404:
        raise not_found("the CRM has no card for this call's number")
    if answer.status != 200:
        raise bad_gateway("the CRM did not return the card")
    try:
        card = json.loads(answer.body)
    except ValueError:
        raise bad_gateway("the CRM's card does not parse") from None
    if not isinstance(card, dict):
        raise bad_gateway("the CRM's card is not a JSON object")
    return card


def primary_match(body: IdentifyBody, card: dict[str, Any]) -> tuple[bool, str | None]:
    """(matched, identified_by) for primary identification (Инструкция запретов, п. 1: ФИО or organization name)."""
    if card.get("client_type") == "organization":
        return (bool(body.organization) and match_organization(body.organization, card)), "organization"
    return (bool(body.full_name) and match_full_name(body.full_name, card)), "full_name"


def alternative_match(body: IdentifyBody, card: dict[str, Any]) -> bool:
    given = {card_field: getattr(body, name) for name, card_field in ALTERNATIVE_FACTS.items() if getattr(body, name)}
    if len(given) < ALTERNATIVE_MIN_FACTS:
        return False
    return all(match_value(card_field, said, card) for card_field, said in given.items())


async def identify(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, IdentifyBody)
    if body.method == "primary" and not (body.full_name or body.organization):
        raise bad_request("primary identification needs full_name or organization")
    if body.method == "alternative" and sum(bool(getattr(body, name)) for name in ALTERNATIVE_FACTS) < ALTERNATIVE_MIN_FACTS:
        raise bad_request("alternative identification needs at least two of: " + ", ".join(ALTERNATIVE_FACTS))
    async with state.call_lock(request.match_info["call_id"]):
        session = await _session(state, request)
        matched, identified_by = False, None
        if not session.identification_locked:
            card = await fetch_card(state, session.msisdn)
            # Name matching uses the morphological dictionaries: milliseconds, off the event loop all the same.
            if body.method == "primary":
                matched, identified_by = await asyncio.to_thread(primary_match, body, card)
            else:
                matched = await asyncio.to_thread(alternative_match, body, card)
        # Applied to the session as it is NOW: another process may have counted a failure meanwhile.
        outcome = await state.sessions.transact(session.call_id, lambda current: record_identification(
            current, method=body.method, matched=matched, identified_by=identified_by,
            caller_gender=body.caller_gender, max_attempts=state.settings.max_identification_attempts,
        ))
        if outcome is None:
            raise not_found("unknown or expired call id")
        after = outcome.session
        state.metrics.identifications.inc(
            body.method, "locked" if after.identification_locked else "matched" if outcome.matched else "not_matched")
        await state.audit.record(
            "identify", call_id=after.call_id, operator_id=after.operator_id, method=body.method,
            matched=outcome.matched, identification=after.identification, identified_by=after.identified_by,
            caller_gender=after.caller_gender, failures=after.identify_failures, locked=after.identification_locked,
        )
    return web.json_response({"identification": after.identification, "matched": outcome.matched})


async def check_context(state: ProxyState, call_id: str) -> CheckContext | None:
    """For POST /v1/check (guard/disclosure/http.py): the call's card and identification, or None for an unknown call.

    The card is the unfiltered one — the checker compares the operator's words with what is hidden from them.
    If the CRM cannot be reached the check fails (502) rather than running blind.
    """
    session = await state.sessions.get(call_id)
    if session is None:
        return None
    card = await fetch_card(state, session.msisdn)
    return CheckContext(card=card, identification=session.identification,
                        caller_gender=session.caller_gender, confirmed=session.confirmed)


@web.middleware
async def check_call_owner(request: web.Request, handler) -> web.StreamResponse:
    """POST /v1/check names its call in the body (guard/disclosure/http.py reads it): the owner rule holds there too."""
    if request.method == "POST" and request.path == "/v1/check" and identity_of(request) is not None:
        try:
            data = json.loads(await request.read())  # aiohttp keeps the body for the handler
        except (ValueError, UnicodeDecodeError):
            data = None
        call_id = data.get("call_id") if isinstance(data, dict) else None
        if isinstance(call_id, str):
            session = await request.app[STATE].sessions.get(call_id)
            if session is not None:
                require_owner(request, session.operator_id)
    return await handler(request)


def confirmable(field: str) -> bool:
    """A card path the matcher can compare (list indices as in the card: numbers[0].msisdn)."""
    return re.sub(r"\[\d+\]", "[*]", field) in CONFIRMABLE_FIELDS


async def confirm(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, ConfirmBody)
    if not confirmable(body.field):
        raise bad_request("field cannot be confirmed; one of: " + ", ".join(sorted(CONFIRMABLE_FIELDS)))
    async with state.call_lock(request.match_info["call_id"]):
        session = await _session(state, request)
        matches = False
        if not session.confirm_locked:
            card = await fetch_card(state, session.msisdn)
            try:
                matches = await asyncio.to_thread(match_value, body.field, body.value, card)
            except ValueError:
                raise bad_request("field cannot be confirmed") from None
        outcome = await state.sessions.transact(session.call_id, lambda current: record_confirmation(
            current, field=body.field, matches=matches, max_failures=state.settings.max_confirm_failures
        ))
        if outcome is None:
            raise not_found("unknown or expired call id")
        after = outcome.session
        state.metrics.confirmations.inc("locked" if after.confirm_locked else "matches" if outcome.matches else "mismatch")
        await state.audit.record(
            "confirm", call_id=after.call_id, operator_id=after.operator_id, field=body.field,
            matches=outcome.matches, failures=after.confirm_failures, locked=after.confirm_locked,
        )
    return web.json_response({"matches": outcome.matches})
