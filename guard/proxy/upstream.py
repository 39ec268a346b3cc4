"""Talking to the CRM: one pooled client session, bounded time and size, every failure mapped to 502/504.

Whatever goes wrong upstream — refused connection, timeout, a reset in the middle of the body, a response
larger than the limit — the operator gets an error with a reason and no byte of the upstream body: a
half-read card cannot be filtered, so it is never shown.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from guard.config import Settings
from guard.metrics import Metrics
from guard.proxy.errors import GuardError, bad_gateway, gateway_timeout
from guard.proxy.models import json_depth_over

# RFC 9110 §7.6.1: these describe one connection, not the message; never forwarded in either direction.
HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
    "te", "trailer", "trailers", "transfer-encoding", "upgrade",
})
# The only request headers that go up to the CRM (an allow-list): what the body is and which form of it is wanted.
# Everything else stays here — above all the operator's credentials (Authorization, Cookie, the gateway's
# X-Operator-Id): the CRM must never be able to act as the operator, and a header we do not know may carry
# anything. Conditional and partial requests (If-None-Match, If-Match, If-(Un)Modified-Since, If-Range, Range)
# never go up: a CRM comparing the operator's value with the record's answers 304/412/206 for a right guess —
# an oracle on a hidden value with no /confirm and no guessing limit.
FORWARDED_UP = frozenset({"accept", "accept-language", "content-type"})
_READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class UpstreamResponse:
    status: int
    content_type: str  # lowercased media type without parameters; "" when absent
    charset: str | None
    headers: CIMultiDictProxy[str]
    body: bytes


def create_client_session(settings: Settings) -> aiohttp.ClientSession:
    """The one session the app shares: a pool of kept-alive connections to the upstream, timeouts from the settings.

    Bodies are asked for uncompressed (`Accept-Encoding: identity`): the CRM sits on the contact center's network,
    and compressing a card there only to decompress it here costs both ends CPU for nothing. A CRM that compresses
    anyway is still read (decompressed, then filtered like any other body)."""
    timeout = aiohttp.ClientTimeout(total=settings.upstream_timeout_s, connect=settings.upstream_connect_timeout_s)
    connector = aiohttp.TCPConnector(limit=settings.upstream_pool_size, limit_per_host=settings.upstream_pool_size)
    return aiohttp.ClientSession(
        timeout=timeout, connector=connector, auto_decompress=True, raise_for_status=False,
        cookie_jar=aiohttp.DummyCookieJar(), headers={"Accept-Encoding": "identity"},
    )


def headers_for_upstream(headers: CIMultiDictProxy[str], request_id: str | None = None) -> CIMultiDict[str]:
    """The allow-listed headers of the operator's request (FORWARDED_UP), plus guard's own request id."""
    named_in_connection = {h.strip().lower() for h in headers.get("Connection", "").split(",") if h.strip()}
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in FORWARDED_UP and lowered not in named_in_connection:
            out.add(name, value)
    if request_id is not None:
        out["X-Request-Id"] = request_id
    return out


async def fetch(
    client: aiohttp.ClientSession,
    settings: Settings,
    method: str,
    path_and_query: str,
    *,
    headers: CIMultiDict[str] | None = None,
    body: bytes | None = None,
    metrics: Metrics | None = None,
) -> UpstreamResponse:
    """One upstream exchange, fully read into memory (so it can be filtered) within the size limit.
    Failures are counted in `metrics` by kind (guard_upstream_errors_total)."""
    try:
        return await _exchange(client, settings, method, path_and_query, headers=headers, body=body)
    except GuardError as error:
        if metrics is not None:
            metrics.upstream_errors.inc(error.kind or "failed")
        raise


def _failure(kind: str, error: GuardError) -> GuardError:
    error.kind = kind
    return error


async def _exchange(
    client: aiohttp.ClientSession,
    settings: Settings,
    method: str,
    path_and_query: str,
    *,
    headers: CIMultiDict[str] | None,
    body: bytes | None,
) -> UpstreamResponse:
    url = URL(settings.upstream + path_and_query, encoded=True)
    limit = settings.max_response_bytes
    try:
        async with client.request(method, url, headers=headers, data=body or None, allow_redirects=False) as resp:
            if resp.content_length is not None and resp.content_length > limit:
                raise _failure("too_large", bad_gateway("upstream response is larger than the size limit"))
            chunks, size = [], 0
            async for chunk in resp.content.iter_chunked(_READ_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _failure("too_large", bad_gateway("upstream response is larger than the size limit"))
                chunks.append(chunk)
            received = b"".join(chunks)
            if (received.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
                    and json_depth_over(received, settings.max_json_depth)):
                # Every reader of a CRM body (the proxy, identification, /v1/check) would hit RecursionError on it.
                raise _failure("too_deep", bad_gateway(f"upstream JSON nests deeper than {settings.max_json_depth} levels"))
            return UpstreamResponse(
                status=resp.status,
                content_type=(resp.content_type or "").lower() if "Content-Type" in resp.headers else "",
                charset=resp.charset,
                headers=resp.headers,
                body=received,
            )
    except asyncio.TimeoutError:
        raise _failure("timeout", gateway_timeout("upstream did not answer in time")) from None
    except aiohttp.ClientPayloadError:
        raise _failure("cut_off", bad_gateway("upstream response was cut off")) from None
    except aiohttp.ServerDisconnectedError:
        raise _failure("disconnected", bad_gateway("upstream closed the connection")) from None
    except aiohttp.ClientConnectorError:
        raise _failure("unreachable", bad_gateway("upstream is unreachable")) from None
    except aiohttp.ClientResponseError:
        raise _failure("invalid_response", bad_gateway("upstream sent an invalid HTTP response")) from None
    except (aiohttp.ClientError, OSError, ValueError):
        raise _failure("failed", bad_gateway("upstream request failed")) from None
