"""The HTTP bodies of the /v1 API (docs/interfaces.md §2, §7), validated at the edge; unknown fields are ignored.

JSON from outside — a request body or a CRM card — is measured before it is parsed: one nested thousands deep
makes the parser and every recursive walk after it raise RecursionError (a 500). `json_depth_over` finds that
in one pass over the brackets, so the answer is a 400 / 502 with a reason instead.
"""
from __future__ import annotations

import json
from typing import Literal, TypeVar

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.jsonl import json_depth_over  # one reading of a JSON text's depth: every reader of JSON from outside
from guard.proxy.errors import bad_request

__all__ = ["json_depth_over"]  # read here by the proxy's modules


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class RedactBody(BaseModel):
    model_config = ConfigDict(extra="ignore")  # no stripping: entity offsets index the text as sent

    text: str = Field(strict=True)


class CreateCallBody(_Body):
    msisdn: str = Field(strict=True, min_length=1, max_length=32)
    # Required with auth off; with auth on the identity names the operator (guard/proxy/calls.py).
    operator_id: str | None = Field(None, strict=True, min_length=1, max_length=64, pattern=r"^[\w.@-]+$")


class IdentifyBody(_Body):
    """`primary`: full_name (individual, sole proprietor) or organization (organization), as the caller said it.

    `alternative`: at least two of passport, birth_date, contract_number, all of them right; it identifies the
    caller for what the policy allows at the `alternative` level, which never includes the last 4 digits of
    numbers (Инструкция запретов, п. 6: «Альтернативная идентификация не применяется»).
    """

    method: Literal["primary", "alternative"]
    caller_gender: Literal["male", "female", "unknown"]
    full_name: str | None = Field(None, strict=True, max_length=300)
    organization: str | None = Field(None, strict=True, max_length=300)
    passport: str | None = Field(None, strict=True, max_length=64)
    birth_date: str | None = Field(None, strict=True, max_length=32)
    contract_number: str | None = Field(None, strict=True, max_length=64)


class ConfirmBody(_Body):
    field: str = Field(strict=True, min_length=1, max_length=64)
    value: str = Field(strict=True, max_length=300)


def _reason(error: ValidationError) -> str:
    """'caller_gender: Input should be ...' — locations and messages only; pydantic's `input` (the value) is dropped."""
    parts = []
    for item in error.errors(include_input=False, include_url=False, include_context=False)[:5]:
        where = ".".join(str(p) for p in item["loc"]) or "body"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


BodyModel = TypeVar("BodyModel", bound=BaseModel)


async def read_body(request: web.Request, model: type[BodyModel]) -> BodyModel:
    """The request's JSON body as `model`, or a 400 with a reason that quotes no part of the body."""
    raw = await request.read()  # its depth was measured by the bounded_bodies middleware
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise bad_request("body is not valid JSON") from None
    if not isinstance(data, dict):
        raise bad_request("body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise bad_request(_reason(error)) from None
