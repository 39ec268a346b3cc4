"""`/crm/...`: forward to the CRM, then show the operator only what the policy allows for this call.

A body is routed by what it is, not by its label (a CRM may call a card `text/plain`): anything that reads as a
JSON object or array goes through the policy in the call's context; other text/plain through the text engine;
content types named in `allowed_content_types` pass unchanged; everything else is blocked. A body that cannot be
parsed is blocked too — the proxy never passes on what it could not inspect — and so is text that starts like
JSON but does not parse (when in doubt, block).

Only `crm_methods` (GET and HEAD unless a setting says more) are forwarded, and only allow-listed request headers
(guard/proxy/upstream.py): the operator's credentials never reach the CRM.

A response about one customer — the card itself, or anything under a path naming the customer's number (a note,
a list of comments) — is decided with that customer's card: a contract terminated more than 5 years ago refuses
the note as it refuses the card (the 5-year rule), and every value the card hides is scrubbed from the answer
(guard/proxy/scrub.py). So is an answer anywhere but at a card's own route that writes a customer's number in its
body — a text note, a `key: value` export, JSON under any key: one step (`_owner_of`) tells which customers an answer
names, whatever its content type.
"""
from __future__ import annotations

import asyncio
import base64
import codecs
import html
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import unquote
from typing import Any

from aiohttp import web

from guard.audit import route_template
from guard.policy import HIDDEN, REDACTION_FAILED, CallContext, IdentificationLevel, hide
from guard.proxy.absent import with_absent_hidden
from guard.proxy.auth import identity_of, require_owner
from guard.proxy.calls import fetch_card, for_this_card
from guard.proxy.cardwork import CardSize, Runner, on_the_loop, size_of, text_bound
from guard.proxy.detection import DetectionFailed, count_types
from guard.proxy.echo import Echoes, TooManyValues, echoes_of, values_sent
from guard.proxy.errors import GuardError, bad_gateway, bad_request, forbidden_method, not_found, unavailable
from guard.proxy import jsoncodec
from guard.proxy.filtering import (WRITTEN_FIELDS, Shown, comments_alike, filter_json, texts_hidden, written_as_a_code,
                                   written_hidden)
from guard.proxy.middlewares import CALL_ID_KEY, REQUEST_ID_KEY
from guard.proxy.models import json_depth_over
from guard.proxy.scrub import NO_SECRETS, CardSecrets, collect_texts, encoded_runs_masked
from guard.proxy import upstream
from guard.proxy.state import STATE, ProxyState
from guard.proxy.textcache import RedactedTextCache
from guard.normalize import ascii_digits, lookalikes_as_digits, may_hold_ascii_number_words, readings
from guard.recognizers import phone
from guard.policy.operators import digits_of
from guard.sessions import CallSession, InvalidMsisdn, normalize_msisdn

CALL_HEADER = "X-Guard-Call"
_PREFIX = "/crm"
_BOM = "\ufeff"
# A byte-order mark names the body's encoding whatever the label says, and a browser honours it: a card sent as
# UTF-16 under an allow-listed type is still a card. UTF-32's marks begin with UTF-16's, so they are tried first.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Response headers worth keeping from the CRM (an allow-list), each with the only shape it may have; everything
# else (cookies, ETag, custom headers that may carry data, hop-by-hop, the original length and encoding) is
# dropped, and so is one of these whose value does not fit (a phone number in Retry-After, a name in
# Content-Language). Retry-After is never the CRM's digits: guard writes its own coarse value, and only on the
# statuses where it means "come back later" — "4505" or "4567" (a passport series, a number's last 4) in it
# would be on the operator's screen.
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_RETRY_AFTER_STEPS_S = (60, 600, 3600)
_RETRY_AFTER_MAX_S = 86_400
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|[A-Za-z]{4}|\d{3}))?$")
# A status the CRM may only answer to a conditional request guard never forwards (guard/proxy/upstream.py):
# passed on, it would tell a right guess from a wrong one. Withheld as an upstream error.
_CONDITIONAL_STATUSES = frozenset({304, 412})


def is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def safe_retry_after(value: str, status: int) -> str | None:
    """Guard's own coarse Retry-After for a 429/503 that asked for one: the CRM's delta-seconds (up to a day)
    rounded up to a minute, ten minutes or an hour, so no digit of the CRM's value reaches the screen. Any other
    status, a value over a day, or an HTTP date (any date can be written as one, the owner's birth date
    included: "Wed, 12 Mar 1980 ...") -> dropped."""
    value = value.strip()
    if status not in _RETRY_AFTER_STATUSES:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 6 and int(value) <= _RETRY_AFTER_MAX_S):
        return None
    seconds = int(value)
    return str(next((step for step in _RETRY_AFTER_STEPS_S if seconds <= step), _RETRY_AFTER_STEPS_S[-1]))


def safe_content_language(value: str, status: int) -> str | None:
    """A list of plain language tags (ru, ru-RU, en-419), at most 4; anything else is dropped."""
    tags = [tag.strip() for tag in value.split(",")]
    if not tags or len(tags) > 4 or not all(_LANGUAGE_TAG.match(tag) for tag in tags):
        return None
    return ", ".join(tags)


_SAFE_RESPONSE_HEADERS = {"Retry-After": safe_retry_after, "Content-Language": safe_content_language}
# A JSON member ("key": ...) inside text: a card behind a prefix (`)]}'`, a log line) is still a card, and the
# text engine does not know its fields. When in doubt, block.
_JSON_MEMBER = re.compile(r'[{\[,]\s*"[^"\n]{1,64}"\s*:')


async def resolve_call(state: ProxyState, request: web.Request) -> CallSession | None:
    """The call named by X-Guard-Call; no header -> None (identification none); unknown id -> 404;
    another operator's call -> 403 (with auth on)."""
    call_id = request.headers.get(CALL_HEADER)
    if call_id is None:
        return None
    session = await state.sessions.get(call_id.strip())
    if session is None:
        raise not_found("unknown or expired call id in X-Guard-Call")
    request[CALL_ID_KEY] = session.call_id
    require_owner(request, session.operator_id)
    return session


def call_context(session: CallSession | None, payload: Any, path_msisdns: list[str] | None = None) -> CallContext:
    """The policy's CallContext. A call's identification covers only the card of the call's own number: the body
    says it is that card (its msisdn, however written, is the call's number) and the path, when it names a
    customer, names only the call's. A card at another customer's path claiming the call's number is that other
    customer's card to the CRM's reader: identification none (fail closed when the two disagree)."""
    own_card = (session is not None and isinstance(payload, dict) and _same_msisdn(payload.get("msisdn"), session.msisdn)
                and all(named == session.msisdn for named in path_msisdns or ()))
    if not own_card:
        return CallContext(identification=IdentificationLevel.NONE)
    return CallContext(
        identification=IdentificationLevel(session.identification),
        caller_gender=session.caller_gender,
        identified_by=session.identified_by,
        confirmed=session.confirmed,
        today=None,
    )


def _same_msisdn(value: Any, msisdn: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return False
    try:
        return normalize_msisdn(str(value)) == msisdn
    except InvalidMsisdn:
        return False


def _upstream_path(request: web.Request) -> str:
    """The path and query after /crm, as sent (still percent-encoded); no climbing out of the upstream's base."""
    path = request.raw_path[len(_PREFIX):] or "/"
    for spelled in (path.split("?", 1)[0], request.path):
        if {".", ".."} & set(spelled.split("/")):
            raise bad_request("path must not contain dot segments")
    return path


async def forward_crm(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    if request.method not in state.settings.crm_methods:
        raise forbidden_method(f"the guard forwards only {', '.join(state.settings.crm_methods)} to the CRM")
    session = await resolve_call(state, request)
    body = await request.read()  # bounded by the app's client_max_size
    record: dict[str, Any] = {
        "call_id": session.call_id if session else None,
        "operator_id": session.operator_id if session else None,
        "route": route_template(request.method, request.path),
    }
    try:
        path = _upstream_path(request)
        echoes = _echoes_of(request, path, body)
        answer = await upstream.fetch(
            state.client, state.settings, request.method, path,
            headers=upstream.headers_for_upstream(request.headers, request.get(REQUEST_ID_KEY)),
            body=body if request.method not in ("GET", "HEAD") else None, metrics=state.metrics,
        )
        record["upstream_status"] = answer.status
        if answer.status in _CONDITIONAL_STATUSES:
            state.metrics.upstream_errors.inc("conditional_status")
            raise bad_gateway("upstream answered a conditional status to an unconditional request; withheld")
        response = await _filtered_response(state, session, path, answer, record, echoes, _reader(request, session))
    except GuardError as error:
        # Upstream failures and blocked bodies are fail-closed decisions too: recorded, then answered.
        record.update(status=error.status, blocked=error.reason)
        await state.audit.record("proxy", **record)
        raise
    record["status"] = response.status
    dropped = _copy_response_headers(answer, response)
    if dropped:
        record["headers_dropped"] = dropped
        state.metrics.fail_closed.inc("upstream_header_dropped")
    await state.audit.record("proxy", **record)
    return response


def _reader(request: web.Request, session: CallSession | None) -> str:
    """Who is shown the answer, as the comment-set budget counts it (guard/proxy/limits.py comment_sets_over): the
    authenticated operator, else the call's operator, else the one anonymous desk of auth off."""
    identity = identity_of(request)
    if identity is not None:
        return identity.operator_id
    return session.operator_id if session is not None else ""


def _echoes_of(request: web.Request, path: str, body: bytes) -> Echoes:
    """What the operator's request sent that the CRM's answer may echo (guard/proxy/echo.py): masked there whatever it
    holds, before any card is read — a guess comes back the same right or wrong (red team bb18, f01)."""
    read: dict[str, bool] = {}  # this request's pieces: values_sent and echoes_of ask of each segment and its words

    def names_a_customer(value: str) -> bool:
        found = read.get(value)
        if found is None:
            found = read[value] = bool(_msisdns_in_path(value))
        return found
    sent = values_sent(path.split("?", 1)[0], list(request.query.items()), body, request.content_type,
                       names_a_customer)
    if sent is not None:
        # one answer whatever the value holds: the CRM's verdict on a guess never reaches the operator (bb19, f01)
        raise bad_request(f"the request's {sent} sends a value that is not an id; not forwarded")
    try:
        return echoes_of(path.split("?", 1)[0], list(request.query.values()), body, request.content_type,
                         names_a_customer)
    except TooManyValues:
        raise bad_request("too many values in one request to read their echo") from None


def _echo_masked(body: "_Body", answer: upstream.UpstreamResponse,
                 echoes: Echoes) -> tuple["_Body", upstream.UpstreamResponse]:
    """The body with what the request sent masked wherever it is echoed; the answer's bytes rewritten to match (the
    decision caches are keyed by them), in UTF-8."""
    if body.kind == "text":
        text, count = echoes.text(body.text or "")
        if not count:
            return body, answer
        return _Body("text", text), replace(answer, body=text.encode("utf-8"), charset="utf-8")
    if body.kind in ("json", "fields"):
        if echoes.absent_from(body.payload):
            return body, answer  # nothing of the request anywhere in the value written out: nothing to walk for
        payload, count = echoes.payload(body.payload)
        if not count:
            return body, answer
        try:
            written = jsoncodec.dumps(payload)
        except jsoncodec.UnencodableJSON:
            state_error = "upstream JSON holds text that cannot be sent; blocked"
            raise bad_gateway(state_error) from None
        return _Body(body.kind, body.text, payload, body.size), replace(answer, body=written, charset="utf-8")
    return body, answer


def _copy_response_headers(answer: upstream.UpstreamResponse, response: web.Response) -> list[str]:
    """The kept headers whose values fit their shape; the names of those dropped (for the audit)."""
    dropped = []
    for name, safe in _SAFE_RESPONSE_HEADERS.items():
        if name in answer.headers:
            value = safe(answer.headers[name], answer.status)
            if value is None:
                dropped.append(name)
            else:
                response.headers[name] = value
    return dropped


# A line of a "key: value" export ("passport_series: 4505"): a card written as text is still a card.
_FIELD_LINE = re.compile(r"^\s*([A-Za-z_][\w.\-]{0,63})\s*[:=][ \t]*(.*?)\s*$")


def _fields_of(text: str) -> dict[str, str] | None:
    """A text made of "key: value" lines (two or more, at least half of its lines) as fields; None for prose.
    A line that is not a field, or a key met again, is kept under a key of its own, which no policy names:
    the policy's default deny hides it."""
    lines = [line for line in text.splitlines() if line.strip()]
    matched = [_FIELD_LINE.match(line) for line in lines]
    if sum(found is not None for found in matched) < max(2, (len(lines) + 1) // 2):
        return None
    fields: dict[str, str] = {}
    for number, (line, found) in enumerate(zip(lines, matched)):
        key, value = (found.group(1), found.group(2)) if found else (f"line_{number}", line)
        fields[key if key not in fields else f"{key}_{number}"] = value
    return fields


@dataclass(frozen=True)
class _Body:
    """What the upstream body is, found by looking at it: "json" (with the parsed value), "text" or "opaque"."""

    kind: str
    text: str | None = None
    payload: Any = None
    size: CardSize = CardSize()  # of a "json" or "fields" body: what reading it costs (guard/proxy/cardwork.py)


def _encoding_of(answer: upstream.UpstreamResponse) -> str:
    """The body's byte-order mark, else UTF-8 when the bytes are UTF-8, else its declared charset.

    A label is not the bytes: UTF-8 labelled ISO-8859-1 (an old servlet's default) reads as Latin-1 mojibake in
    which no engine finds a name, yet any screen undoes it (`.encode("latin-1").decode("utf-8")`). Non-ASCII bytes
    that decode as UTF-8 are UTF-8 (a real Latin-1 or cp1251 text almost never is), so guard scans what the
    screen would show — and answers in UTF-8, labelled so."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if answer.body.startswith(mark):
            return encoding
    charset = (answer.charset or "utf-8").lower()
    if charset in ("utf-8", "utf8") or _reads_as_utf8(answer.body):
        return "utf-8-sig"
    return charset


def _read_as(answer: upstream.UpstreamResponse) -> bytes:
    """What the caches key a card's decision and facts by: the bytes with the charset they were read in. A body read
    under one label is not the same card under another (review 53: bytes that are neither ASCII nor UTF-8 read as a
    Latin-1 key, then as a cp1251 look-alike of `payment_type`, and the first reading's facts were served to the
    second). A body whose bytes fix their reading (a byte-order mark, UTF-8) is keyed by its bytes alone; any other
    gets its charset after a NUL, which no charset's name holds, so two readings never share a key."""
    encoding = _encoding_of(answer)
    if encoding == "utf-8-sig":
        return answer.body
    return answer.body + b"\x00" + encoding.encode("ascii", "replace")


def _reads_as_utf8(body: bytes) -> bool:
    if body.isascii():
        return False  # the same text in every ASCII-compatible charset: the label may stand
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# An HTML character reference ("&#52;", "&#x418;", "&Icy;"): a screen that renders HTML shows the character.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _references_decoded(value: Any) -> Any:
    """Every string of a CRM body (keys too) with its HTML character references decoded: "&#52;&#53;&#48;&#53;" is
    "4505" on a screen that renders HTML, so the engine and the card-aware scrubbing read — and the operator is
    shown — the characters themselves, never a spelling of them they could not match."""
    if isinstance(value, str):
        return html.unescape(value) if _CHARACTER_REFERENCE.search(value) else value
    if isinstance(value, list):
        return [_references_decoded(item) for item in value]
    if isinstance(value, dict):
        return {_references_decoded(key): _references_decoded(item) for key, item in value.items()}
    return value


def _holds_json_members(body: bytes) -> bool:
    """Whether any part of a body reads as JSON members (`"last_name": ...`) in UTF-8, or — when it has NUL bytes, as
    UTF-16 and UTF-32 text has — in UTF-16 or UTF-32 of either byte order at any alignment: what guard filters as a
    card must not pass unfiltered under another label."""
    texts = [body.decode("utf-8", "ignore")]
    if b"\x00" in body:
        texts += [body[start:].decode(encoding, "ignore")
                  for encoding, width in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4))
                  for start in range(width)]
    return any(_JSON_MEMBER.search(text) for text in texts)


def _read_body(state: ProxyState, answer: upstream.UpstreamResponse) -> _Body:
    declared = answer.content_type
    try:
        text = answer.body.decode(_encoding_of(answer))
    except (UnicodeDecodeError, LookupError):
        text = None
    if text is not None:
        text = text.lstrip(_BOM)
    starts_like_json = text is not None and text.lstrip()[:1] in ("{", "[")
    if is_json(declared) or starts_like_json:
        # Labelled JSON, or any body that opens like JSON whatever its label (a card sent as text/plain).
        if text is None:
            state.metrics.upstream_errors.inc("bad_charset")
            raise bad_gateway("upstream JSON is not in its declared charset; blocked")
        if json_depth_over(text, state.settings.max_json_depth):
            state.metrics.upstream_errors.inc("json_too_deep")
            raise bad_gateway(f"upstream JSON nests deeper than {state.settings.max_json_depth} levels; blocked")
        try:
            payload = jsoncodec.loads(text)
        except (ValueError, RecursionError):
            state.metrics.upstream_errors.inc("malformed_json")
            raise bad_gateway("upstream JSON does not parse; blocked") from None
        size = within_card_budget(state, payload, text)
        payload = _long_texts_withheld(state, payload) if len(text) > state.settings.max_text_chars else payload
        return _Body("json", text, _references_decoded(payload) if "&" in text else payload, size)
    if declared == "text/plain":
        if text is None:
            state.metrics.upstream_errors.inc("bad_charset")
            raise bad_gateway("upstream text is not in its declared charset; blocked")
        if len(text) > state.settings.max_text_chars:
            state.metrics.upstream_errors.inc("text_too_long")
            raise bad_gateway("upstream text is longer than the guard reads; blocked")
        if _JSON_MEMBER.search(text):
            state.metrics.upstream_errors.inc("structured_text")
            raise bad_gateway("upstream text holds JSON that is not the whole body; blocked")
        text = _references_decoded(text) if "&" in text else text
        fields = _fields_of(text)
        if fields is not None:
            return _Body("fields", text, fields, within_card_budget(state, fields))
        return _Body("text", text)
    return _Body("opaque")


def within_card_budget(state: ProxyState, payload: Any, text: str | None = None) -> CardSize:
    """The size of a CRM answer as parsed (guard/proxy/cardwork.py), measured before anything reads it; an answer over
    the card budget is withheld whole (502, fail closed): 20,000 short comments, each under `max_text_chars`, kept the
    event loop reading for ~12 s (red team bb25, f03). The reason names the measure, never a value or a count.
    `text`: the JSON text it was parsed from, whose bound (cardwork.text_bound) answers for an ordinary card unwalked
    when even that bound is within the budget and on the loop's side."""
    if text is not None:
        bound = text_bound(text)
        if bound.over(state.settings) is None and not state.card_work.big(bound):
            return bound
    size = size_of(payload, state.settings)
    over = size.over(state.settings)
    if over is not None:
        state.metrics.upstream_errors.inc("card_too_large")
        raise bad_gateway(f"upstream answer holds more {over} than the guard reads; withheld")
    return size


def _long_texts_withheld(state: ProxyState, value: Any) -> Any:
    """Every string (key or value) of a CRM answer longer than `max_text_chars` as the fail-closed mask, before anything
    reads it: one 6 MB comment made the policy's reading, the card-aware scrubbing and the echo masking — work on the
    event loop, bounded by no detection budget — stall every operator's card for ~30 s (red team bb22, f11). Nothing of
    such a text is shown; the rest of the card is read as usual, and a withheld Flash note counts as a ban it could
    have said (guard/policy/conditions.py `_contains`: fail closed)."""
    limit = state.settings.max_text_chars

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            if len(item) > limit:
                state.metrics.fail_closed.inc("long_text_withheld")
                return REDACTION_FAILED
            return item
        if isinstance(item, list):
            return [walk(element) for element in item]
        if isinstance(item, dict):
            return {walk(key): walk(element) for key, element in item.items()}
        return item
    return walk(value)


async def _filtered_response(
    state: ProxyState, session: CallSession | None, path: str, answer: upstream.UpstreamResponse,
    record: dict[str, Any], echoes: Echoes | None = None, reader: str = "",
) -> web.Response:
    if not answer.body:
        record["content"] = "empty"
        return web.Response(status=answer.status)
    body = _read_body(state, answer)
    if echoes:
        body, answer = _echo_masked(body, answer, echoes)
    if body.kind == "json":
        return await _json_response(state, session, path, answer, body.payload, record, reader,
                                    state.card_work.runner(body.size))
    if body.kind == "text":
        return await _text_response(state, session, path, answer, body.text or "", record, reader,
                                    state.card_work.runner(CardSize(1, 0, len(body.text or ""))))
    if body.kind == "fields":
        return _as_fields(await _json_response(state, session, path, answer, body.payload, record, reader,
                                               state.card_work.runner(body.size)), record)
    content_type = answer.content_type
    if content_type and content_type in state.settings.allowed_content_types:
        if _holds_json_members(answer.body):
            # A label is not the bytes: a card behind a prefix, after an image's magic bytes or in a multipart part
            # is still a card, and whoever saves the "image" reads it. Passed unchanged means never looked at.
            state.metrics.upstream_errors.inc("structured_text")
            raise bad_gateway("upstream body under an allow-listed type holds JSON; blocked")
        record["content"] = "allow-listed"
        return web.Response(status=answer.status, body=answer.body, content_type=content_type)
    record["content"] = "blocked"
    state.metrics.upstream_errors.inc("content_type_blocked")
    raise bad_gateway("upstream content type is not allowed through the guard")


# --- the customer a response is about -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Owner:
    """The cards a response is about, decided under the call: refused if any is, and their hidden values."""

    refused: bool
    secrets: CardSecrets
    named: list[str]  # the customer numbers the path names (_msisdns_in_path) and the body claims (_claimed_msisdn)
    # a card at its own route: the other customers' numbers its comments write, not looked up yet — their cards are
    # asked for only when the answer shows something of the comments (_comments_owner_of); (): nobody else
    comments_write: tuple[str, ...] = ()
    # every customer whose card decides something of the answer (named, listed, written, the call's, the ones its
    # comments write): whose hidden values a comment may be scrubbed by, so whose comment-set budget a fetch spends
    about: tuple[str, ...] = ()


def _msisdns_in_path(path: str) -> list[str]:
    """Customer numbers the upstream path names (a card, its note, its comments): any segment or query value that
    is one as a CRM may read it — percent-encoding undone (`%37%39...`), and read as a number is read: any script's
    digits, separators between them and leading zeros ignored (`079160000007`, `7_916_000_00_07` and Arabic-Indic
    digits are the same customer to a CRM that calls int())."""
    found = []
    segments = [piece for piece in re.split(r"[/?&=;,]", _unquoted(path)) if piece]
    for segment in segments + [decoded for piece in segments for decoded in _decoded_ids(piece)]:
        digits = digits_of(ascii_digits(unicodedata.normalize("NFKC", segment)))
        if len(digits) < 10:
            continue
        for spelled in dict.fromkeys((segment, digits, digits.lstrip("0"))):
            try:
                found.append(normalize_msisdn(spelled))
            except InvalidMsisdn:
                continue
    return list(dict.fromkeys(found))


def _unquoted(path: str, rounds: int = 4) -> str:
    """The path with its percent-encoding undone as often as a CRM might undo it (`%2537` is `%37` is `7`)."""
    for _ in range(rounds):
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    return path


def _decoded_ids(segment: str) -> list[str]:
    """What an opaque id in a path may say to a CRM that decodes it: base64 (standard or URL-safe, padding
    optional) and hex. Only printable ASCII results are kept (a customer number is what is looked for)."""
    if len(segment) < 8 or len(segment) > 64:
        return []
    decoded = []
    padded = segment + "=" * (-len(segment) % 4)
    for decode in (base64.b64decode, base64.urlsafe_b64decode, bytes.fromhex):
        try:
            raw = decode(padded if decode is not bytes.fromhex else segment)
        except (ValueError, TypeError):
            continue
        text = raw.decode("ascii", "ignore")
        if text.isprintable() and any(ch.isdigit() for ch in text):
            decoded.append(text)
    return decoded


async def _owner_of(state: ProxyState, session: CallSession | None, path: str, itself: Any,
                    text: str | None = None, run: Runner = on_the_loop) -> _Owner:
    """The owning cards of a response (the path's customer, the customer the body says it is about, the call's
    customer, every customer whose number the body names anywhere) other than the body itself. A CRM's own ids
    ("/api/profiles/42") name nobody guard can read, but a body whose "msisdn" is a customer number is about that
    customer, and so is a note (text or JSON, under any key) that writes a customer's number: their card's refusal
    holds for it, and their card's hidden values are scrubbed from it. `text` is a text body (`itself` is None). `run`:
    where the reading of the body's numbers runs (guard/proxy/cardwork.py)."""
    own_msisdn = str(itself.get("msisdn")) if isinstance(itself, dict) and "msisdn" in itself else None
    named = _msisdns_in_path(path) + _claimed_msisdn(itself)
    at_own_route = own_msisdn is not None and named[-1:] == [own_msisdn] and path == state.settings.card_path.format(
        msisdn=own_msisdn)
    # A body anywhere but at its own card route is about every customer its numbers name too (numbers[].msisdn): its
    # own contract and status are only claims, and a number of a contract the 5-year rule refuses refuses it. So is
    # it about every customer number written anywhere in it (a note "Абонент 79160000007, фамилия ..."), whatever the
    # content type: one step decides which customers an answer names. A card at its own route is decided by the
    # policy itself, field by field (its contact phone and call-detail numbers are its own values, not its owners).
    written = [] if at_own_route else await run(_written_msisdns, itself, text, state.written_numbers)
    listed = [] if at_own_route else [msisdn for msisdn in _listed_msisdns(itself) + written if msisdn not in named]
    listed = list(dict.fromkeys(listed))
    if len(listed) > _MAX_NAMED_CUSTOMERS:
        # Each named customer's card is fetched and decided: an answer naming more than this is withheld rather than
        # let a CRM (or a comment's writer) make guard fetch without bound, or shown unchecked (fail closed).
        state.metrics.fail_closed.inc("too_many_customers_named")
        raise bad_gateway("the answer names too many customers to check; withheld")
    wanted = dict.fromkeys(named + listed + ([session.msisdn] if session else []))
    refused, secrets, told = False, NO_SECRETS, at_own_route or bool(named)
    # A card at its own route is its own owner's, but its free-text comments may be about someone else
    # ("Абонент 79160000007, фамилия ..."): those customers decide the comments alone (_Owner.comments_write), once
    # the policy has said what of the comments is shown (_json_response).
    comments_write = await run(_comments_write, state, itself, set(wanted)) if at_own_route else ()
    for msisdn in wanted:
        if msisdn == own_msisdn and path == state.settings.card_path.format(msisdn=msisdn):
            # The body is that card, fetched at the card's own route: the policy decides it directly. Anywhere
            # else a body's "msisdn" is only a claim (a sub-resource may carry its customer's number and an
            # "active" contract of its own): the customer's card is fetched and its refusal holds.
            continue
        try:
            card = await fetch_card(state, msisdn)
        except GuardError as error:
            if error.status == 404 and msisdn not in named:
                continue  # the call's customer, or a number the body lists, has no card: nothing to refuse or scrub by
            # A response under a customer's path whose card the CRM will not give cannot be checked against the
            # 5-year rule or scrubbed by the card's values: withheld (fail closed).
            raise bad_gateway("the card this response belongs to could not be checked; withheld") from None
        told = told or msisdn in listed
        decision = state.policy.apply(card, call_context(for_this_card(state, session, card), card),
                                      redact_text=lambda text: REDACTION_FAILED)
        refused = refused or decision.refused
        secrets = secrets | CardSecrets.of(decision)
    if not told and _is_card(itself):
        # A customer card (an owner) that names no customer guard can look up — not in the path, not at its top, not
        # in its numbers: whose card it is, and so whether the 5-year rule refuses it, cannot be told. Withheld.
        raise bad_gateway("the customer this card belongs to cannot be told; withheld")
    return _Owner(refused, secrets, named, comments_write, tuple(dict.fromkeys([*wanted, *comments_write])))


def _comments_write(state: ProxyState, card: Any, known: set[str]) -> tuple[str, ...]:
    """The customer numbers a card's comments write, other than `known` (the path's, the body's, the call's)."""
    comments = card.get("comments") if isinstance(card, dict) else None
    return tuple(msisdn for msisdn in _written_msisdns(comments, None, state.written_numbers) if msisdn not in known)


async def _comments_owner_of(state: ProxyState, session: CallSession | None,
                             written: list[str]) -> tuple[bool, CardSecrets] | None:
    """For a card at its own route and the customer numbers its comments write (`_comments_write`), each asked of the
    CRM: whether one of those customers is refused by the 5-year rule (or more numbers than guard checks are written:
    treated as refused), and their hidden values; None when the comments name nobody else. A number with no card names
    nobody; a card the CRM will not give otherwise withholds the answer (502)."""
    if not written:
        return None
    if len(written) > _MAX_NAMED_CUSTOMERS:
        # More than guard checks: the comments are hidden whole, as a refused customer's would be (fail closed).
        state.metrics.fail_closed.inc("too_many_customers_named")
        return True, NO_SECRETS
    refused, secrets, any_card = False, NO_SECRETS, False
    # The cards are asked for at once (each a round trip to the CRM: a comment writes two or three numbers, most of
    # them nobody's) and read in the order the comments write them, as one after the other would be.
    answers = await asyncio.gather(*(fetch_card(state, msisdn) for msisdn in written), return_exceptions=True)
    for other in answers:
        if isinstance(other, GuardError):
            if other.status == 404:
                continue
            raise bad_gateway("a card this response names could not be checked; withheld") from None
        if isinstance(other, BaseException):
            raise other
        decision = state.policy.apply(other, call_context(for_this_card(state, session, other), other),
                                      redact_text=lambda text: REDACTION_FAILED)
        refused, secrets, any_card = refused or decision.refused, secrets | CardSecrets.of(decision), True
    return (refused, secrets) if any_card else None


# At most this many customer numbers written in one answer are looked up (each one is a card fetched from the CRM).
_MAX_NAMED_CUSTOMERS = 32


def _written_msisdns(itself: Any, text: str | None, memo: WrittenNumbers | None = None) -> list[str]:
    """The customer numbers written anywhere in a body: in a text body, and in every string, number and key of a JSON
    one — each run of digit groups that reads as a Russian personal number (recognizers/phone.py, the one definition
    of a phone: "+7 (916) 000-00-07", "89160000007", "9160000007"), in any script's digits, or said in words ("восемь
    девятьсот шестнадцать ..."), read as every recognizer reads it (guard/normalize.readings). `memo`: what each
    text was read to hold before (a card's comments come back on each of its fetches)."""
    pieces: dict[str, None] = dict.fromkeys([text] if text is not None else [])
    collect_texts(itself, pieces, numbers=True)  # every string, key and number, as the card-aware scrub reads them
    found: list[str] = []
    for piece in pieces:
        found += written_msisdns(piece, memo)
    return list(dict.fromkeys(found))


# A text shorter than this is read again rather than looked up (a key, a date, a short value: reading is cheaper).
_MEMO_FROM_CHARS = 24
WrittenNumbers = RedactedTextCache[tuple[str, ...]]


def written_msisdns(piece: str, memo: WrittenNumbers | None = None) -> tuple[str, ...]:
    """The customer numbers one text writes, in the order its readings find them (repeats kept). A pure function of
    the text, so `memo` (keyed BLAKE2b of the text under a per-process key, in memory only) may answer for it."""
    remembered = memo.get(piece) if memo is not None and len(piece) >= _MEMO_FROM_CHARS else None
    if remembered is not None:
        return remembered
    found: list[str] = []
    read = ascii_digits(unicodedata.normalize("NFKC", piece))
    # as the redactor reads numbers, and wider: look-alike letters, whole groups of them too ("8 916 ООО ОО О8"), the
    # "00 7" prefix, the code after the number ("000-00-08 (916)"); a number read too much costs one lookup
    for reading in dict.fromkeys([read, lookalikes_as_digits(read)] + _readings_in_words(piece)):
        reading = ascii_digits(reading)
        found += _msisdns_in(reading) + [phone.msisdn(digits) for digits in phone.codes_after(reading)]
    answer = tuple(found)
    if memo is not None and len(piece) >= _MEMO_FROM_CHARS:
        memo.put(piece, answer)
    return answer


def _readings_in_words(piece: str) -> list[str]:
    """The readings of a text that may say a number in words (a letter, and not ASCII with no English number word)."""
    if not any(map(str.isalpha, piece)) or piece.isascii() and not may_hold_ascii_number_words(piece):
        return []
    return [reading.text for reading in readings(piece)]


def _msisdns_in(read: str) -> list[str]:
    """The customer numbers among the digit groups of a text read with ASCII digits."""
    found: list[str] = []
    if sum(map(str.isdigit, read)) >= 10:  # str.isdigit per character, as the generator it replaced: one C loop
        for run in phone.digit_runs(read):
            groups = [group.group() for group in run]
            # Every stretch of whole groups that holds 10 or 11 digits: "Абонент 79160000007 2019" is one run of
            # groups joined by spaces, and the number is its first group.
            for first in range(len(groups)):
                digits = ""
                for group in groups[first:]:
                    digits += group
                    if len(digits) > (13 if digits.startswith("00") else 11):
                        break
                    if len(digits) in (10, 11, 13) and phone.is_phone_digits(digits) and (
                            len(digits) == 10 or digits[0] in "78" or digits.startswith("007")):
                        found.append(phone.msisdn(digits))
    return found


def _is_card(itself: Any) -> bool:
    """Whether a JSON value is a customer card: an object with an `owner` object (docs/interfaces.md §3)."""
    return isinstance(itself, dict) and isinstance(itself.get("owner"), dict)


def _listed_msisdns(itself: Any) -> list[str]:
    """The customer numbers a card lists as its own (numbers[].msisdn), however written."""
    numbers = itself.get("numbers") if isinstance(itself, dict) else None
    if not isinstance(numbers, list):
        return []
    found = [msisdn for entry in numbers if isinstance(entry, dict) for msisdn in _claimed_msisdn(entry)]
    return list(dict.fromkeys(found))


def _claimed_msisdn(itself: Any) -> list[str]:
    """The customer number a JSON object's top-level "msisdn" names, however written; [] when it names none."""
    claimed = itself.get("msisdn") if isinstance(itself, dict) else None
    if isinstance(claimed, bool) or not isinstance(claimed, (str, int)):
        return []
    try:
        return [normalize_msisdn(str(claimed))]
    except InvalidMsisdn:
        return []


async def _json_response(
    state: ProxyState, session: CallSession | None, path: str, answer: upstream.UpstreamResponse, payload: Any,
    record: dict[str, Any], reader: str = "", run: Runner = on_the_loop,
) -> web.Response:
    """`run`: where the steps that read the whole answer run — on the loop, or a big answer's beside it
    (guard/proxy/cardwork.py); the answer is the same either way."""
    record["content"] = "json"
    owner = await _owner_of(state, session, path, payload, run=run)
    ctx = call_context(for_this_card(state, session, payload), payload, owner.named)
    read_as = _read_as(answer)
    key = state.decisions.key(read_as, ctx)
    plain = not owner.refused and not owner.secrets
    written, in_comments, unread = list(owner.comments_write), None, False
    shown = state.decisions.get(key) if plain else None
    if shown is not None and written:
        # A complete decision from before, its comments shown: it stands only if the customers they write still name
        # nobody whose card decides them.
        in_comments, written = await _comments_owner_of(state, session, written), []
        if in_comments is not None:
            shown = None
    if shown is None:
        filtered = await filter_json(state.policy, state.detector, await run(with_absent_hidden, payload, state.policy),
                                     ctx, state.card_secrets, read_as, run)
        if written:
            # The customers the comments write decide only what is shown of the comments: when nothing of their texts
            # is (masked whole: the engine failed or ran over its budget; hidden; no comments), their cards are not
            # asked for, and the comments' times and authors are hidden with the texts (fail closed) — what those
            # cards would have scrubbed there is not known.
            unread = _shows_no_comment_text(filtered.payload)
            if unread and isinstance(filtered.payload, dict) and isinstance(filtered.payload.get("comments"), list):
                filtered.payload["comments"] = _unread_comments_hidden(filtered.payload["comments"])
                state.metrics.fail_closed.inc("comments_owners_not_asked")
            else:
                in_comments = await _comments_owner_of(state, session, written)
        if in_comments is not None and isinstance(filtered.payload, dict) and "comments" in filtered.payload:
            # Comments about a customer the 5-year rule refuses are hidden whole; about another customer, scrubbed
            # by that customer's card.
            others_refused, others = in_comments
            if others_refused:
                filtered.payload["comments"] = texts_hidden(filtered.payload["comments"])
            else:
                comments_before = filtered.payload["comments"]
                filtered.payload["comments"], extra = await run(others.scrub_json, filtered.payload["comments"],
                                                                state.policy.known_keys)
                if filtered.payload["comments"] != comments_before:
                    filtered.payload["comments"] = texts_hidden(filtered.payload["comments"])  # alike: f01 below
                filtered.scrubbed += extra
        if owner.refused:
            # Something under a refused customer's path: nothing of it is shown (the 5-year rule).
            filtered.payload, filtered.refused, filtered.refusal = hide(filtered.payload), True, state.policy.refusal
        elif owner.secrets:
            filtered.payload, extra = comments_alike(filtered.payload, await run(
                owner.secrets.scrub_json, filtered.payload, state.policy.known_keys))
            filtered.scrubbed += extra
        try:
            shown = await run(Shown.of, filtered)
        except jsoncodec.UnencodableJSON:
            state.metrics.upstream_errors.inc("unencodable_json")
            raise bad_gateway("upstream JSON holds text that cannot be sent; blocked") from None
        if plain and in_comments is None and not unread:
            state.decisions.put(key, shown)
    filtered = shown.filtered
    body = shown.body
    if await _comment_sets_spent(state, reader, owner, path, payload) and isinstance(filtered.payload, dict) \
            and any(name in filtered.payload for name in WRITTEN_FIELDS):
        body = jsoncodec.dumps({**filtered.payload, **{name: written_hidden(name, filtered.payload[name])
                                                       for name in WRITTEN_FIELDS if name in filtered.payload}})
        record["comments_hidden"] = "comment_sets_spent"
        state.metrics.fail_closed.inc("comment_sets_spent")
    for rule, action, _paths in shown.audit_rules:
        if action != "drop":  # a dropped element leaves nothing on screen: counted, it would tell the screen it was there
            state.metrics.decisions.inc(rule, action)
    if filtered.fail_closed:
        state.metrics.fail_closed.inc("free_text_masked")
    if filtered.scrubbed:
        state.metrics.fail_closed.inc("hidden_value_scrubbed")
    record.update(
        identification=ctx.identification.value,
        refused=filtered.refused,
        rules=shown.audit_rules,
        fail_closed=shown.audit_fail_closed,
        scrubbed=filtered.scrubbed,
    )
    if filtered.detection_failure:
        record["detection_failure"] = filtered.detection_failure
    response = web.Response(
        status=answer.status,
        body=body,
        content_type="application/json",
        charset="utf-8",
    )
    response.headers["X-Guard-Identification"] = record["identification"]
    response.headers["X-Guard-Refused"] = "true" if filtered.refused else "false"
    return response


async def _comment_sets_spent(state: ProxyState, reader: str, owner: _Owner, path: str, payload: Any) -> bool:
    """Whether every comment text of this answer is hidden whatever it says: its set of comments, new or seen, counted
    against the reader's and the customers' comment-set budgets (guard/proxy/limits.py comment_sets_over) is over one.
    Whether the comments come back hidden tells one bit a fetch — some comment names a hidden value — to whoever
    writes them (red team bb22, f01); every set is counted, hidden or shown, so neither answer is free. An answer
    about no customer guard can name is counted under its path (an id: _echoes_of forwards nothing else)."""
    written = _written_of(payload)
    if written is None:
        return False
    customers = owner.about or ("path:" + path.split("?", 1)[0],)
    return await state.guesses().comment_sets_over(operator_id=reader, customers=customers, comments=written)


def _written_of(payload: Any) -> Any:
    """What of an answer its comment-set budget counts: the comments, and with them the Flash's notes when it has any
    but restriction codes (filtering.WRITTEN_FIELDS: the Flash answers alike too, so whether it came back hidden is the
    same one bit a fetch; red team bb25, f06). None when the answer writes nothing. A card with no Flash note counts
    its comments as before."""
    if not isinstance(payload, dict):
        return None
    comments = payload.get("comments")
    comments = None if comments is None or comments == [] or comments == {} else comments
    flash = payload.get("flash_restrictions")
    notes = [entry for entry in flash if not written_as_a_code(entry)] \
        if isinstance(flash, list) else ([] if flash is None or flash == {} or flash == "" else [flash])
    if not notes:
        return comments
    return {"comments": comments, "flash_restrictions": notes}


def _shows_no_comment_text(payload: Any) -> bool:
    """Whether an answer's comments (a card's, as the policy decided them) show nothing of any text: every comment's
    text masked whole or hidden, or no comments at all. Then nothing another customer's card decides is in them but
    the comments' times and authors (_unread_comments_hidden)."""
    comments = payload.get("comments") if isinstance(payload, dict) else None
    if comments is None or comments == HIDDEN:
        return True
    if not isinstance(comments, list):
        return False
    return all(_masked_text(comment.get("text") if isinstance(comment, dict) else comment) for comment in comments)


def _masked_text(text: Any) -> bool:
    return isinstance(text, str) and text in (REDACTION_FAILED, HIDDEN)


def _unread_comments_hidden(comments: list[Any]) -> list[Any]:
    """Comments whose texts show nothing (_shows_no_comment_text), with their other values hidden too: the texts as
    they are, every other value of a comment (its time, its author) hidden."""
    return [{key: value if key == "text" else hide(value) for key, value in comment.items()}
            if isinstance(comment, dict) else comment for comment in comments]


def _as_fields(decided: web.Response, record: dict[str, Any]) -> web.Response:
    """A "key: value" export decided as a card, written back as "key: value" lines (what the policy dropped is
    gone, what it hid is "***")."""
    record["content"] = "fields"
    card = json.loads(decided.body)
    lines = [f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
             for key, value in (card.items() if isinstance(card, dict) else ())]
    response = web.Response(status=decided.status, text="\n".join(lines) + "\n", content_type="text/plain",
                            charset="utf-8")
    for name in ("X-Guard-Identification", "X-Guard-Refused"):
        response.headers[name] = decided.headers[name]
    return response


async def _text_response(
    state: ProxyState, session: CallSession | None, path: str, answer: upstream.UpstreamResponse, text: str,
    record: dict[str, Any], reader: str = "", run: Runner = on_the_loop,
) -> web.Response:
    """`run`: where the reading of a long note's numbers and its scrub run (guard/proxy/cardwork.py)."""
    record["content"] = "text"
    owner = await _owner_of(state, session, path, None, text, run=run)
    if owner.refused:
        record["refused"] = True
        response = web.Response(status=answer.status, text=state.policy.refusal, content_type="text/plain", charset="utf-8")
        response.headers["X-Guard-Refused"] = "true"
        return response
    if state.detector is None:
        raise unavailable("no text engine loaded; text withheld")
    try:
        redacted = await state.detector.redact(text)
    except DetectionFailed as error:
        record["detection_failure"] = str(error)
        raise unavailable(f"{error}; text withheld") from None
    shown, scrubbed = await run(owner.secrets.scrub_text, redacted.text)
    if not owner.secrets:  # no card read (an answer naming no customer): its encoded runs are masked card-blind
        shown, encoded = await run(encoded_runs_masked, shown)
        scrubbed += encoded
    elif scrubbed:
        # A note about a customer is answered alike, as a card's comments are (filtering.comments_alike): masking only
        # the word that matched a hidden value told whoever writes notes which of their guesses is the card's, on one
        # fetch (red team bb22, f01, in a text note). Then it is one bit a fetch, counted below.
        shown = HIDDEN
    if owner.about and await state.guesses().comment_sets_over(operator_id=reader, customers=owner.about,
                                                                comments=text):
        shown = HIDDEN  # the customers' comment-set budget is spent: whatever the note says (_comment_sets_spent)
        record["comments_hidden"] = "comment_sets_spent"
        state.metrics.fail_closed.inc("comment_sets_spent")
    if scrubbed:
        state.metrics.fail_closed.inc("hidden_value_scrubbed")
    record.update(entities=count_types(redacted.entities), refused=False, scrubbed=scrubbed)
    response = web.Response(status=answer.status, text=shown, content_type="text/plain", charset="utf-8")
    response.headers["X-Guard-Refused"] = "false"
    return response
