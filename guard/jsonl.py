"""Reading JSONL input one line at a time, reporting bad lines by number instead of stopping."""
from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from typing import IO, Iterator


@dataclass(frozen=True)
class BadLine:
    """A line that could not be used; `reason` never quotes the line's content (it may hold personal data)."""

    line_no: int
    reason: str


# The deepest nesting of arrays and objects a line may have (a call record nests four levels, a card six): deeper, the
# line is a bad record, reported by its number, and every other line is read (red team bc33 f04: one line nested
# 100,000 deep raised RecursionError out of the parser and stopped `guard batch`, `redact` and `qa` with every later
# line unread). The proxy's default for a body or a CRM card (guard/config.py: max_json_depth) is the same.
MOST_NESTED = 64

# A JSON string (escapes included) and everything that is not a bracket: what is left is the nesting skeleton.
_JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]++")
_OPENING = frozenset(b"[{")


def json_depth_over(raw: bytes | str, limit: int) -> bool:
    """True when a JSON text nests arrays/objects more than `limit` deep (brackets inside strings do not count)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    depth = 0
    for byte in _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", raw)):
        depth += 1 if byte in _OPENING else -1
        if depth > limit:
            return True
    return False


def open_input(path: str) -> IO[bytes]:
    """'-' is stdin; '.gz' is decompressed on the fly."""
    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        import gzip
        return gzip.open(path, "rb")
    return open(path, "rb")


def open_named_input(path: str, command: str) -> IO[bytes] | None:
    """`open_input`, or None once "guard COMMAND: cannot open PATH: why" is on stderr (the command then exits 2)."""
    try:
        return open_input(path)
    except OSError as exc:
        print(f"guard {command}: cannot open {path}: {exc.strerror}", file=sys.stderr)
        return None


def open_output(path: str) -> IO[str]:
    if path == "-":
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True)
    if path.endswith(".gz"):
        import gzip
        return io.TextIOWrapper(gzip.open(path, "wb"), encoding="utf-8", newline="\n")
    return open(path, "w", encoding="utf-8", newline="\n")


def read_objects(stream: IO[bytes], required: tuple[str, ...] = (),
                 first_line_no: int = 1) -> Iterator[tuple[int, dict | BadLine]]:
    """Yield (line number, object) for every non-blank line, or (line number, BadLine) when it can't be used.

    Streams: one line in memory at a time, so a file of any size is fine. `first_line_no` numbers a
    stream that starts mid-file (a resumed batch job).
    """
    for line_no, raw in enumerate(stream, start=first_line_no):
        item = parse_line(line_no, raw, required)
        if item is not None:
            yield line_no, item


def parse_line(line_no: int, raw: bytes, required: tuple[str, ...] = ()) -> dict | BadLine | None:
    """One line as an object, a BadLine saying why not, or None when it is blank."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadLine(line_no, f"not valid UTF-8 (byte {exc.start})")
    if json_depth_over(raw, MOST_NESTED):  # before the parser: its recursion and every walk after it (bc33 f04)
        return BadLine(line_no, f"nests arrays or objects deeper than {MOST_NESTED} levels")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return BadLine(line_no, f"not JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return BadLine(line_no, "nests arrays or objects too deep to read")
    if not isinstance(obj, dict):
        return BadLine(line_no, f"expected a JSON object, got {type(obj).__name__}")
    if _holds_lone_surrogate(obj):  # "\ud800" is valid JSON but no Unicode text: nothing downstream can write it
        return BadLine(line_no, "contains a lone surrogate escape, not valid Unicode")
    missing = [key for key in required if key not in obj]
    if missing:
        return BadLine(line_no, f"missing field(s): {', '.join(missing)}")
    return obj


def _holds_lone_surrogate(value: object) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_holds_lone_surrogate(key) or _holds_lone_surrogate(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_holds_lone_surrogate(item) for item in value)
    return False


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
