"""The operator's own request, echoed back by the CRM, is masked wherever it turns up — whatever it holds.

A CRM search page or a 404 page often writes the query back ("По запросу «Воробьёв» найден абонент 7916…"). The
card-aware scrub (guard/proxy/scrub.py) masks a hidden value of the named customer's card wherever it appears, so
without this step the echo came back masked exactly when the guess was right and as typed when it was wrong: a free,
unbudgeted oracle on every hidden value (red team bb18, f01). Here what the operator sent — every query value, every
path segment but a customer number, every value of a form or JSON body, and each of their words — is masked in the
CRM's answer before any card is read, card-blind: a right and a wrong guess of one shape come back the same ("***").

Only what is at least as long as the shortest value the scrub matches alone (3 letters or digits) is masked: a
shorter one ("1" of page=1) is no value the scrub could tell right from wrong. Matching is case-blind and reads "ё"
as "е" (offsets do not move), at word edges. A JSON member whose key holds an echoed query or body value is left out,
as the scrub leaves out a member whose key holds a hidden value; a path segment is masked in values only (a list
page's "customers" key is the route's word, not a guess).

Masking an echo is not enough when the CRM answers a guess with a verdict of its own — a 200 or a 404, a one-word
"совпадает", a search page's count, a `Content-Language` — and echoes nothing (red team bb19, f01). So a request that
sends a value at all is not forwarded (`values_sent`): `/crm/` passes on only what names nothing but ids — a customer
number (that customer's card decides the answer), a route's word (lowercase Latin letters, fewer digits after
them than any value has: `api`, `customers`, `v2`, `utf16`, `verify_text`) and a number shorter than any value the scrub matches alone (`page=2`,
`/api/profiles/42`); any other path segment, query key or value, or value of a request body is a value the CRM may
tell right from wrong, so the answer must not depend on it: the request is refused with one answer, whatever it holds.
"""
from __future__ import annotations

import json
import re
from typing import Any, Callable
from urllib.parse import parse_qsl, unquote

from guard.policy import HIDDEN
from guard.proxy import jsoncodec
from guard.proxy.scrub import MIN_WORD  # the shortest value the scrub matches alone: the shortest echo masked

MASK = HIDDEN  # what the scrub writes for a hidden value: a masked echo reads the same
MAX_VALUES = 64  # values of one request read; a request with more is refused (each is a pattern alternative)
_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+(?:[.\-'][^\W_]+)*")
_SEGMENT_SPLIT = re.compile(r"[/;,]")


_ID = re.compile(r"[a-z]+[0-9]{0,%d}(?:[_.\-][a-z]+[0-9]{0,%d})*|[0-9]{1,%d}" % ((MIN_WORD - 1,) * 3))


# The non-ASCII letters re.IGNORECASE takes for an ASCII one (long s, Kelvin sign, dotless i, dotted capital I).
_ASCII_CASE_TWINS = ("\u017f", "\u212a", "\u0131", "\u0130")


class TooManyValues(ValueError):
    """A request with more values than MAX_VALUES: not forwarded (its echo would not be read)."""


class Echoes:
    """The values of one request that its answer may echo: masked in texts, JSON values and (query/body) keys."""

    def __init__(self, everywhere: list[str], values_only: list[str]) -> None:
        self._everywhere = _pattern(everywhere)
        self._values = _pattern(everywhere + values_only)
        sent = {value.lower() for value in everywhere + values_only}
        self._ascii = tuple(sent) if all(value.isascii() for value in sent) else None  # absent_from's needles

    def __bool__(self) -> bool:
        return self._values is not None

    def text(self, text: str) -> tuple[str, int]:
        """`text` with every echoed value masked, and how many were."""
        return _masked(self._values, text)

    def absent_from(self, value: Any) -> bool:
        """Whether `payload(value)` would mask nothing, told without the walk when every value sent is ASCII (a route's
        words, "api", "customers": each value's pattern, run on each of a card's strings, cost ~60 us a card) — by a
        substring search of the value written as JSON, lowercased. Why it is a superset of the walk's matches: guard's
        JSON writer (jsoncodec) escapes nothing but quotes, backslashes and control characters, so with no backslash
        written every key and string stands in the text as it is; re.IGNORECASE matches an ASCII character only to
        itself, its other case, and four non-ASCII letters (ſ, K, ı, İ — the text is walked when it holds one); and
        str.lower keeps every other character one character long. A value the walk finds is then in the lowercased text
        at the same place. Any value sent that is not ASCII: False (walked, as ever)."""
        if self._values is None:
            return True
        if self._ascii is None:
            return False
        try:
            written = jsoncodec.dumps(value).decode("utf-8")
        except jsoncodec.UnencodableJSON:
            return False
        if "\\" in written or not written.isascii() and any(twin in written for twin in _ASCII_CASE_TWINS):
            return False
        lowered = written.lower()
        return not any(sent in lowered for sent in self._ascii)

    def payload(self, value: Any) -> tuple[Any, int]:
        """A JSON value with every echoed value masked in its strings; a member whose key holds an echoed query or
        body value is left out."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            total, out = 0, []
            for item in value:
                masked, count = self.payload(item)
                out.append(masked)
                total += count
            return out, total
        if isinstance(value, dict):
            total, kept = 0, {}
            for key, item in value.items():
                if isinstance(key, str) and _masked(self._everywhere, key)[1]:
                    total += 1
                    continue
                masked, count = self.payload(item)
                kept[key] = masked
                total += count
            return kept, total
        return value, 0


def echoes_of(path: str, query: list[str], body: bytes, content_type: str,
              names_a_customer: Callable[[str], bool]) -> Echoes:
    """What one request sent that its answer may echo. `path`: the path (percent-encoded or not); `query`: its
    decoded values; `names_a_customer`: whether a value is a customer number (that customer's own card decides it,
    and the number is never masked as an echo)."""
    sent = list(query) + _body_values(body, content_type)
    segments = [unquote(piece) for piece in _SEGMENT_SPLIT.split(path) if piece]
    everywhere = _with_words(sent, names_a_customer)
    values_only = [value for value in _with_words(segments, names_a_customer) if value not in everywhere]
    if len(everywhere) + len(values_only) > MAX_VALUES:
        raise TooManyValues(f"more than {MAX_VALUES} values in one request")
    return Echoes(everywhere, values_only)


def values_sent(path: str, query: list[tuple[str, str]], body: bytes, content_type: str,
                names_a_customer: Callable[[str], bool]) -> str | None:
    """Where a request sends a value other than an id (`"path"`, `"query"`, `"body"`), or None: such a request is
    not forwarded — whatever the CRM answers it (a status, a verdict, a count, a header) could tell a right guess
    from a wrong one. Never the value itself (it may be a guess of a hidden one)."""
    def an_id(piece: str) -> bool:
        return not piece or _ID.fullmatch(piece) is not None or names_a_customer(piece)

    if not all(an_id(unquote(piece)) for piece in _SEGMENT_SPLIT.split(path)):
        return "path"
    if not all(an_id(key) and an_id(value) for key, value in query):
        return "query"
    if body and not all(an_id(value) for value in _body_values(body, content_type) or [body.decode("utf-8", "replace")]):
        return "body"
    return None


def _with_words(values: list[str], names_a_customer: Callable[[str], bool]) -> list[str]:
    found: dict[str, None] = {}
    for value in values:
        for piece in [value.strip(), *_WORD.findall(value)]:
            if len(_ALNUM.findall(piece)) >= MIN_WORD and not names_a_customer(piece):
                found[piece] = None
    return list(found)


def _body_values(body: bytes, content_type: str) -> list[str]:
    """The string values of a form or JSON request body (a search sent by POST); nothing of another body."""
    if not body:
        return []
    text = body.decode("utf-8", "replace")
    if "json" in content_type or text.lstrip()[:1] in ("{", "["):
        try:
            return list(_strings(json.loads(text)))
        except (ValueError, RecursionError):
            return []
    if "form" in content_type:
        return [value for _, value in parse_qsl(text, keep_blank_values=False)]
    return []


def _strings(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield str(value)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _pattern(values: list[str]) -> re.Pattern[str] | None:
    if not values:
        return None
    alternatives = []
    for value in sorted({_fold(value) for value in values}, key=len, reverse=True):
        before = r"(?<!\w)" if re.match(r"\w", value) else ""
        after = r"(?!\w)" if re.search(r"\w$", value) else ""
        alternatives.append(before + re.escape(value).replace("е", "[её]") + after)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _masked(pattern: re.Pattern[str] | None, text: str) -> tuple[str, int]:
    if pattern is None or not text:
        return text, 0
    pieces, last, count = [], 0, 0
    for match in pattern.finditer(text):
        pieces.append(text[last:match.start()])
        pieces.append(MASK)
        last, count = match.end(), count + 1
    if not count:
        return text, 0
    pieces.append(text[last:])
    return "".join(pieces), count
