"""POST /v1/check (docs/interfaces.md §5): one utterance in, the same object back with verdict and violations.

The handler knows nothing of the proxy's sessions or CRM client: whoever builds the app hands
`add_routes` an async callable `check_context(call_id) -> CheckContext | None` (the call's card and
identification). The proxy hands the card as the operator sees it (`CheckContext.shown`), never the hidden
one, so the verdict is no oracle on hidden values; it also audits each check and counts it against the
guessing limits (guard/proxy/calls.py, `check_call_owner`). What the caller has said is remembered here, per call id and bounded: a line with
`speaker: client` and a `call_id` is recorded after it is checked, so the operator may repeat it.

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

ContextProvider = Callable[[str], Awaitable[CheckContext | None]]

CHECKER = web.AppKey("guard.disclosure.checker", DisclosureChecker)
CHECK_CONTEXT = web.AppKey("guard.check_context", object)
SAID = web.AppKey("guard.disclosure.said", SaidMemory)
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
        memory.record(body.call_id, body.text)
    elif body.call_id:  # read with the operator's next line: a value split over lines is told (H7)
        memory.record_operator(body.call_id, body.text)
    answer = dict(raw)
    answer.update(result.as_fields())
    return web.json_response(answer, dumps=lambda value: json.dumps(value, ensure_ascii=False))


def add_routes(app: web.Application, *, check_context: ContextProvider | None = None,
               checker: DisclosureChecker | None = None, said: SaidMemory | None = None) -> None:
    """Mount POST /v1/check on `app`; `check_context` gives the call's card and identification."""
    if checker is not None:
        app[CHECKER] = checker
    if check_context is not None:
        app[CHECK_CONTEXT] = check_context
    app[SAID] = said or SaidMemory()
    app.router.add_post("/v1/check", handle_check)
