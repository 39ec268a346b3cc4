"""An export read as calls and calls written back, in JSONL (docs/interfaces.md §6) or CSV, one record at a time.

A *record* is the unit the job accounts for: one JSONL line, or one CSV call (its consecutive rows,
one turn per row). It is either a call shaped as docs/interfaces.md §6 or a BadLine saying why not.
`last_line` is the input line the record ends on, so a checkpoint can say "everything through line N
is done" and a resumed run can skip exactly that much.

CSV rows of one call must be consecutive, as an export writes them. A call with any unusable row is
reported whole (fail closed: half a call is not written). Input bytes that are not UTF-8 are kept
as surrogate escapes while parsing, so one bad row does not stop the file.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import IO, Iterator

from guard.jsonl import BadLine, dump, read_objects

JSONL = "jsonl"
CSV = "csv"
FORMATS = (JSONL, CSV)

CALL_FIELDS = ("call_id", "operator_id", "started_at")
TURN_FIELDS = ("speaker", "start", "end", "text")
CSV_COLUMNS = CALL_FIELDS + TURN_FIELDS
REQUIRED_CSV_COLUMNS = ("call_id", "text")
_NUMERIC_FIELDS = ("start", "end")

# A time field must be a time (red team bb9 18: a name, a passport, a birth date typed into `started_at`, `start` or
# `end` passed through untouched). When the call started: a date, perhaps with its time, as an export writes it
# ("2026-11-01T10:15:00+03:00", "01.11.2026 10:15"); where a turn starts and ends: seconds (or milliseconds) from the
# call's start. Anything else makes the call unusable: it is reported by the field's name, never written (fail closed).
STARTED_AT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
                        r"|\d{2}\.\d{2}\.\d{4}(?: \d{1,2}:\d{2}(?::\d{2})?)?")
# An offset of nine digits or more is no moment of a call (a day is 86,400,000 ms): a document's or a phone's digits
_LONGEST_OFFSET = 10 ** 8


def time_field_problem(name: str, value: object) -> str | None:
    """Why the value of the time field `name` is no time, or None when it is one (or absent). Never the value."""
    if value is None or value == "":
        return None
    if name == "started_at":
        return None if isinstance(value, str) and STARTED_AT.fullmatch(value.strip()) else \
            f"field {name!r} is not a date and time"
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not (math.isfinite(value) and 0 <= value < _LONGEST_OFFSET):
        return f"field {name!r} is not a number of seconds"
    return None

csv.field_size_limit(1 << 30)  # a long monologue is one field; the default 128 KiB would reject it


class ExportError(ValueError):
    """The export as a whole cannot be read (e.g. a CSV header without the needed columns)."""


@dataclass(frozen=True)
class Record:
    line_no: int
    last_line: int
    call: dict | BadLine


@dataclass
class Export:
    """The records of an export, and the CSV columns a CSV writer should use for them."""

    records: Iterator[Record]
    columns: tuple[str, ...] = CSV_COLUMNS


def detect_format(path: str, explicit: str | None = None) -> str:
    """`explicit` if given, else CSV for `*.csv` / `*.csv.gz`, JSONL for everything else (and '-')."""
    if explicit:
        return explicit
    name = path[:-3] if path.endswith(".gz") else path
    return CSV if name.lower().endswith(".csv") else JSONL


def open_export(stream: IO[bytes], fmt: str, after_line: int = 0) -> Export:
    """The records of `stream` that end after input line `after_line` (0: all of them)."""
    if fmt == CSV:
        return _csv_export(stream, after_line)
    return Export(_jsonl_records(stream, after_line))


def _jsonl_records(stream: IO[bytes], after_line: int) -> Iterator[Record]:
    lines = _without_bom(iter(stream))
    for _ in islice(lines, after_line):
        pass
    for line_no, item in read_objects(lines, required=("turns",), first_line_no=after_line + 1):
        yield Record(line_no, line_no, item)


def _without_bom(lines: Iterator[bytes]) -> Iterator[bytes]:
    """Windows tools start UTF-8 files with a byte-order mark; JSON does not allow one."""
    first = next(lines, None)
    if first is None:
        return
    yield first.removeprefix(b"\xef\xbb\xbf")
    yield from lines


# --- CSV ---------------------------------------------------------------------------------------------

def _csv_export(stream: IO[bytes], after_line: int) -> Export:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    first = text.readline()
    if not first:
        return Export(iter(()))
    first = first.lstrip("\ufeff")
    reader = csv.reader(chain([first], text), delimiter=_delimiter(first))
    header = [name.strip() for name in next(reader)]
    missing = [name for name in REQUIRED_CSV_COLUMNS if name not in header]
    if missing:
        raise ExportError(f"the CSV header lacks column(s): {', '.join(missing)}")
    extra = tuple(name for name in header if name not in CSV_COLUMNS)
    return Export(_csv_records(reader, header, after_line), CSV_COLUMNS + extra)


def _delimiter(header_line: str) -> str:
    """',' as written in the issue; ';' and tab too, as spreadsheets with a Russian locale export them."""
    return max((",", ";", "\t"), key=lambda candidate: (
        sum(name.strip() in CSV_COLUMNS for name in header_line.split(candidate)), candidate == ","))


@dataclass
class _CallRows:
    """Consecutive rows of one call, gathered into a call dict (or the first reason it is unusable)."""

    call_id: str
    first_line: int
    last_line: int = 0
    call: dict = field(default_factory=dict)
    bad: BadLine | None = None

    def record(self) -> Record:
        if self.bad is not None:
            reason = f"{self.bad.reason} (the call on lines {self.first_line}-{self.last_line} is not written)"
            return Record(self.first_line, self.last_line, BadLine(self.bad.line_no, reason))
        return Record(self.first_line, self.last_line, self.call)


def _csv_records(reader: csv.reader, header: list[str], after_line: int) -> Iterator[Record]:
    call_id_at = header.index("call_id")
    group: _CallRows | None = None
    previous_end = reader.line_num
    for row in reader:
        first_line, last_line = previous_end + 1, reader.line_num
        previous_end = last_line
        if last_line <= after_line or not row:
            continue
        call_id = row[call_id_at] if len(row) > call_id_at else None
        if group is not None and (call_id is None or call_id != group.call_id):
            yield group.record()
            group = None
        if call_id is None:
            yield Record(first_line, last_line, BadLine(first_line, f"expected {len(header)} fields, got {len(row)}"))
            continue
        if group is None:
            group = _CallRows(call_id, first_line)
        group.last_line = last_line
        if group.bad is None:
            problem = _add_row(group.call, header, row)
            if problem:
                group.bad = BadLine(first_line, problem)
    if group is not None:
        yield group.record()


def _add_row(call: dict, header: list[str], row: list[str]) -> str | None:
    """Add the row's turn to `call`; the reason when the row cannot be used (never its content)."""
    if any(_has_undecodable(value) for value in row):
        return "not valid UTF-8"
    if len(row) != len(header):
        return f"expected {len(header)} fields, got {len(row)}"
    values = dict(zip(header, row))
    if not call:
        call.update({name: values[name] for name in CALL_FIELDS if name in values})
        call["turns"] = []
        problem = time_field_problem("started_at", call.get("started_at"))
        if problem:
            return problem
    turn: dict = {}
    for name, value in values.items():
        if name in CALL_FIELDS:
            continue
        if name in _NUMERIC_FIELDS:
            try:
                value = _number(value)
            except ValueError:
                return f"column {name!r} is not a number"
            problem = time_field_problem(name, value)
            if problem:
                return problem
        turn[name] = value
    call["turns"].append(turn)
    return None


def _has_undecodable(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _number(value: str) -> int | float | None:
    """The cell as a number (None when empty); ValueError when it is not one."""
    value = value.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        number = float(value.replace(",", ".", 1) if "." not in value else value)  # "2,5": a Russian locale
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


# --- writing -----------------------------------------------------------------------------------------

def csv_header(columns: tuple[str, ...]) -> str:
    return _csv_lines([list(columns) + ["entities"]])


def format_call(call: dict, fmt: str, columns: tuple[str, ...] = CSV_COLUMNS) -> str:
    """The call as output text: one JSONL line, or its CSV rows (one per turn; an empty turn if it has none)."""
    if fmt == JSONL:
        return dump(call) + "\n"
    rows = []
    for turn in call.get("turns") or [{}]:
        row = [_cell(turn.get(name) if name not in CALL_FIELDS else call.get(name)) for name in columns]
        row.append(json.dumps(turn.get("entities", []), ensure_ascii=False, separators=(",", ":")))
        rows.append(row)
    return _csv_lines(rows)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _csv_lines(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
