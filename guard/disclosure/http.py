"""POST /v1/check (docs/interfaces.md §5): one utterance in, the same object back with verdict and violations.

The handler knows nothing of the proxy's sessions or CRM client: whoever builds the app hands
`add_routes` an async callable `check_context(call_id) -> CheckContext | None` (the call's card and
identification). The proxy hands the card as the operator sees it (`CheckContext.shown`), never the hidden
one, so the verdict is no oracle on hidden values; it also audits each check and counts it against the
guessing limits (guard/proxy/calls.py, `check_call_owner`). What the caller has said is remembered here, per call id and bounded: a line with
`speaker: client` and a `call_id` is recorded after it is checked, so the operator may repeat it — but only when the
request comes from the caller's side (red team bb5, 24: a "client" line posted by the operator's own software made the
card's values count as the caller's). Who that is, the app decides (`trusts_caller_line`; the proxy: a credential with
the role `caller-feed`, guard/proxy/auth.py); an app that says nothing trusts no one (fail closed). An untrusted client
line is still checked for hints; it unlocks nothing.

The check is pure CPU work: under a millisecond on most utterances, seconds on a pathological long one. An app
that sets `CHECK_RUNNER` (the proxy: guard/proxy/offload.py) runs it there — off the event loop, within a time
budget; without one it runs inline.
"""
from __future__ import annotations

import json
from typing import Awaitable, Callable, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.disclosure.checker import DisclosureChecker, default_checker
from guard.disclosure.context import CheckContext, SaidMemory
from guard.disclosure.speaker_change import SPEAKER_CHANGED_RULE

ContextProvider = Callable[[str], Awaitable[CheckContext | None]]

CHECKER = web.AppKey("guard.disclosure.checker", DisclosureChecker)
CHECK_CONTEXT = web.AppKey("guard.check_context", object)
SAID = web.AppKey("guard.disclosure.said", SaidMemory)
# request -> may this request say what the caller said (the telephony/ASR side, not the operator's desk)?
CallerLineTrust = Callable[[web.Request], bool]
TRUSTS_CALLER_LINE = web.AppKey("guard.disclosure.trusts_caller_line", object)
# async (work, *args) -> work(*args), run elsewhere; raising an HTTP-mapped error when it cannot finish in time.
CHECK_RUNNER = web.AppKey("guard.disclosure.check_runner", object)
MAX_TEXT = 100_000


class CheckBody(BaseModel):
    """The request: docs/interfaces.md §5 fields; anything else is passed back untouched."""

    model_config = ConfigDict(extra="allow")

    id: str | int | None = None
    text: str = Field(strict=True, max_length=MAX_TEXT)
    call_id: str | None = None
    speaker: Literal["operator", "client"] = "operator"


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def handle_check(request: web.Request) -> web.Response:
    try:
        raw = await request.json(loads=json.loads)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _error(400, "the body must be a JSON object")
    if not isinstance(raw, dict):
        return _error(400, "the body must be a JSON object")
    try:
        body = CheckBody.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        return _error(400, f"{where}: {first['msg']}")  # pydantic's message names the field, not its value

    app = request.app
    checker = app.get(CHECKER) or default_checker()
    memory = app[SAID]
    context = None
    said = None
    if body.call_id:
        provider = app.get(CHECK_CONTEXT)
        if provider is not None:
            try:
                context = await provider(body.call_id)
            except Exception:  # noqa: BLE001 — no card (CRM down, unknown call): check without one, which is stricter
                context = None
        said = memory.said(body.call_id)
    runner = app.get(CHECK_RUNNER)
    if runner is not None:
        result = await runner(checker.check, body.text, body.speaker, context, said)
    else:
        result = checker.check(body.text, body.speaker, context, said)
    if body.speaker == "client" and body.call_id:
        if any(hint.rule == SPEAKER_CHANGED_RULE for hint in result.hints):
            memory.new_caller(body.call_id)  # the earlier caller's words are not the new one's (any side may say so)
        if _trusts_caller_line(request):
            memory.record(body.call_id, body.text)
        else:  # the operator's side speaking for the caller: it unlocks nothing, only makes the next verdict stricter
            memory.record_heard(body.call_id, body.text)
    elif body.call_id:  # read with the operator's next line: a value split over lines is told (H7)
        memory.record_operator(body.call_id, body.text)
    answer = dict(raw)
    answer.update(result.as_fields())
    return web.json_response(answer, dumps=lambda value: json.dumps(value, ensure_ascii=False))


def _trusts_caller_line(request: web.Request) -> bool:
    trusts = request.app.get(TRUSTS_CALLER_LINE)
    if trusts is None:
        return False
    try:
        return bool(trusts(request))
    except Exception:  # noqa: BLE001 — in doubt the line is not the caller's: it unlocks nothing
        return False


def add_routes(app: web.Application, *, check_context: ContextProvider | None = None,
               checker: DisclosureChecker | None = None, said: SaidMemory | None = None,
               trusts_caller_line: CallerLineTrust | None = None) -> None:
    """Mount POST /v1/check on `app`; `check_context` gives the call's card and identification, `trusts_caller_line`
    says which requests may tell what the caller said (none when not given)."""
    if trusts_caller_line is not None:
        app[TRUSTS_CALLER_LINE] = trusts_caller_line
    if checker is not None:
        app[CHECKER] = checker
    if check_context is not None:
        app[CHECK_CONTEXT] = check_context
    app[SAID] = said or SaidMemory()
    app.router.add_post("/v1/check", handle_check)
