"""Reading and writing the JSON of CRM answers: orjson where it gives the same values, the standard library where not.

A card is parsed and written once per request; with the standard library that was a tenth of the proxy's own
time on a plain card. orjson reads and writes the same values, with two differences that matter here:

- an integer beyond 64 bits becomes a float when read (its digits rounded: a long number would slip past the
  card-aware scrubbing, which matches digits), and cannot be written at all. A body with a run of 19 or more
  digits is read by the standard library, and a value orjson will not write is written by it too;
- NaN, Infinity and lone surrogates (`"\\ud800"`) are refused by orjson; the standard library reads them, so
  such a body is decided exactly as before. orjson writes NaN as null; a string that cannot be UTF-8 (a lone
  surrogate) is refused by both writers: `UnencodableJSON`, and the caller blocks the answer.

The text written is compact (no spaces after `:` and `,`) and keeps non-ASCII characters as they are.
"""
from __future__ import annotations

import json
from typing import Any

import orjson

# 19 digits in a row may be an integer past 64 bits (2**63 has 19 digits): read those bodies exactly. Looked for
# as a run of "0" in the UTF-8 bytes with every digit made "0" (two C passes; a regex over the text costs more than
# parsing it).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_DIGIT_RUN = b"0" * 19


class UnencodableJSON(ValueError):
    """A decided value that cannot be written as UTF-8 JSON (a lone surrogate): nothing is sent."""


def loads(text: str | bytes) -> Any:
    """The value of a JSON text, as `json.loads` reads it. Raises ValueError (or RecursionError) on bad JSON."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    if _LONG_DIGIT_RUN not in raw.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # NaN, a lone surrogate, not UTF-8, or not JSON at all: the standard library decides which
    return json.loads(text)


def dumps(value: Any) -> bytes:
    """UTF-8 JSON of a value read by `loads` (and decided by the policy)."""
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer past 64 bits, or a lone surrogate
        pass
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        raise UnencodableJSON("the decided answer cannot be written as JSON") from None
