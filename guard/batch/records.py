"""An export read as calls and calls written back, in JSONL (docs/interfaces.md §6) or CSV, one record at a time.

A *record* is the unit the job accounts for: one JSONL line, or one CSV call (its rows, one turn per
row). It is either a call shaped as docs/interfaces.md §6 or a BadLine saying why not. `last_line` is
the input line the record ends on; `resume_line` the line a checkpoint after this record may say
"everything through line N is done" of, so a resumed run can skip exactly that much (None: no such
line yet, while rows of a call not yet written lie before the end of this one).

A CSV's rows of one call may interleave with other calls' rows, as an export ordered by time writes
them (red team bb11 21): a call stays open while its call_id was seen within the last CALL_IDLE_ROWS
rows (and, among other calls' rows, while it spans at most CALL_SPAN_ROWS rows: memory stays bounded);
calls are written in the order of their first rows. A call whose rows come apart beyond that is read
as two calls, and the record of the later part says so (`split`; the summary warns, no value). A call
with any unusable row is reported whole (fail closed: half a call is not written). Input bytes that are
not UTF-8 are kept as surrogate escapes while parsing, so one bad row does not stop the file.
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
    resume_line: int | None = -1  # -1: last_line (a JSONL line); None: no checkpoint may fall after this record
    split: bool = False  # a CSV call whose rows came apart beyond the window: this is a later part of it

    @property
    def resume_after(self) -> int | None:
        return self.last_line if self.resume_line == -1 else self.resume_line


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
    delimiter = _delimiter(first)
    lines = _Lines(chain([first], text))
    reader = csv.reader(lines, delimiter=delimiter)
    header = [name.strip() for name in next(reader)]
    lines.take()
    missing = [name for name in REQUIRED_CSV_COLUMNS if name not in header]
    if missing:
        raise ExportError(f"the CSV header lacks column(s): {', '.join(missing)}")
    extra = tuple(name for name in header if name not in CSV_COLUMNS)
    return Export(_csv_records(reader, lines, header, delimiter, after_line), CSV_COLUMNS + extra)


class _Lines:
    """The physical lines under the CSV reader, numbered as read, and lines given back to be read again (a quote
    that ran over them: `_runs_over`). The reader pulls the lines of one row at a time; `take` says which they were."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = iter(lines)
        self._back: list[tuple[int, str]] = []  # given back, the next one last
        self._taken: list[tuple[int, str]] = []
        self.line_no = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self._back:
            item = self._back.pop()
        else:
            line = next(self._lines)
            self.line_no += 1
            item = (self.line_no, line)
        self._taken.append(item)
        return item[1]

    def take(self) -> list[tuple[int, str]]:
        """The (number, text) of the lines read since the last take."""
        taken, self._taken = self._taken, []
        return taken

    def give_back(self, items: list[tuple[int, str]]) -> None:
        self._back.extend(reversed(items))


def _runs_over(row: list[str], items: list[tuple[int, str]], header: list[str], delimiter: str) -> bool:
    """Whether a row read over several lines is a quote that ran over other rows (red team bb16, 18: one stray quote in
    `operator_id` pulled the next rows into it, a caller's turn written out unredacted as an operator id): a line
    break in a field other than `text` (only a turn's text may hold one), or a line it swallowed that is a whole row
    of its own (the header's number of fields)."""
    if any(("\n" in value or "\r" in value) for name, value in zip(header, row) if name != "text"):
        return True
    for _, line in items[1:]:
        try:
            alone = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(alone) == len(header):
            return True
    return False


def _call_id_alone(line: str, at: int, delimiter: str) -> str | None:
    """The call_id of a line read alone, when it holds one unquoted (else None: not to be trusted)."""
    try:
        alone = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])
    except csv.Error:
        return None
    value = alone[at] if len(alone) > at else None
    return value if value and '"' not in line.split(delimiter)[at] else None


def _delimiter(header_line: str) -> str:
    """',' as written in the issue; ';' and tab too, as spreadsheets with a Russian locale export them."""
    return max((",", ";", "\t"), key=lambda candidate: (
        sum(name.strip() in CSV_COLUMNS for name in header_line.split(candidate)), candidate == ","))


# How far apart one call's CSV rows may lie and still be read as one call (docs/interfaces.md §6)
CALL_IDLE_ROWS = 1000    # a call stays open while its call_id was seen within this many rows
CALL_SPAN_ROWS = 20000   # ...and, while other calls' rows arrive, while its first row is within this many rows


@dataclass
class _CallRows:
    """The rows of one call read so far, gathered into a call dict (or the first reason it is unusable)."""

    call_id: str | None
    first_line: int
    last_line: int = 0
    first_row: int = 0  # the row index of its first row
    last_row: int = 0  # the row index its call_id was last seen at
    call: dict = field(default_factory=dict)
    bad: BadLine | None = None
    closed: bool = False
    split: bool = False

    def record(self, resume_line: int | None) -> Record:
        if self.bad is not None:
            reason = f"{self.bad.reason} (the call on lines {self.first_line}-{self.last_line} is not written)"
            if self.call_id is None:
                reason = self.bad.reason
            return Record(self.first_line, self.last_line, BadLine(self.bad.line_no, reason), resume_line, self.split)
        return Record(self.first_line, self.last_line, self.call, resume_line, self.split)


class _CallGrouper:
    """CSV rows -> calls by call_id, written in the order of their first rows, with bounded memory."""

    def __init__(self) -> None:
        self.unwritten: dict[int, _CallRows] = {}  # first line -> call, open or closed, in the order of first rows
        self.open: dict[str, _CallRows] = {}       # call_id -> its open call, least recently seen first
        self.recently_closed: dict[str, int] = {}  # call_id -> the row it closed at (to warn of a split call)
        self.rows = 0
        self.written_to = 0  # the last line of any call written so far

    def add(self, call_id: str | None, first_line: int, last_line: int) -> _CallRows:
        """The call the row on these lines belongs to (a new one for a row without a call_id)."""
        self.rows += 1
        self._close_idle(call_id)
        group = self.open.pop(call_id, None) if call_id is not None else None
        if group is None:
            group = _CallRows(call_id, first_line, first_row=self.rows)
            group.split = call_id is not None and call_id in self.recently_closed
            self.unwritten[first_line] = group
        group.last_line, group.last_row = last_line, self.rows
        if call_id is None:
            group.closed = True
        else:
            self.open[call_id] = group  # to the end: the most recently seen
        return group

    def _close_idle(self, call_id: str | None) -> None:
        for other_id, group in list(self.open.items()):  # least recently seen first
            if self.rows - group.last_row <= CALL_IDLE_ROWS:
                break
            self._close(other_id)
        for group in list(self.unwritten.values()):  # oldest first row first
            if self.rows - group.first_row <= CALL_SPAN_ROWS:
                break
            if not group.closed and group.call_id != call_id:
                self._close(group.call_id)
        for other_id, row in list(self.recently_closed.items()):
            if self.rows - row <= CALL_SPAN_ROWS:
                break
            del self.recently_closed[other_id]

    def _close(self, call_id: str) -> None:
        group = self.open.pop(call_id)
        group.closed = True
        self.recently_closed.pop(call_id, None)
        self.recently_closed[call_id] = self.rows

    def close_all(self) -> None:
        for call_id in list(self.open):
            self._close(call_id)

    def ready(self, last_line_read: int) -> Iterator[Record]:
        """The calls that can be written now: closed, and every call that began before them written."""
        while self.unwritten:
            first_line, group = next(iter(self.unwritten.items()))
            if not group.closed:
                return
            del self.unwritten[first_line]
            self.written_to = max(self.written_to, group.last_line)
            cut = next(iter(self.unwritten), last_line_read + 1) - 1
            yield group.record(cut if self.written_to <= cut else None)


def _csv_records(reader: csv.reader, lines: _Lines, header: list[str], delimiter: str,
                 after_line: int) -> Iterator[Record]:
    call_id_at = header.index("call_id")
    calls = _CallGrouper()
    previous_end = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        items = lines.take()
        if not items:
            continue
        first_line, last_line = items[0][0], items[-1][0]
        if len(items) > 1 and row and _runs_over(row, items, header, delimiter):
            # A quote opened on the first line ran over the next ones: that line is reported (its call is not
            # written), the lines after it are read again as rows of their own. Nothing it swallowed is written.
            lines.give_back(items[1:])
            last_line = first_line
            previous_end = max(previous_end, last_line)
            if last_line <= after_line:
                continue
            group = calls.add(_call_id_alone(items[0][1], call_id_at, delimiter), first_line, last_line)
            group.bad = group.bad or BadLine(first_line, "a quoted field opened on this line runs over the lines after "
                                                         "it (a stray quote?)")
            yield from calls.ready(last_line)
            continue
        previous_end = max(previous_end, last_line)
        if last_line <= after_line or not row:
            continue
        call_id = row[call_id_at] if len(row) > call_id_at else None
        group = calls.add(call_id, first_line, last_line)
        if call_id is None:
            group.bad = BadLine(first_line, f"expected {len(header)} fields, got {len(row)}")
        elif group.bad is None:
            problem = _add_row(group.call, header, row)
            if problem:
                group.bad = BadLine(first_line, problem)
        yield from calls.ready(last_line)
    calls.close_all()
    yield from calls.ready(previous_end)


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
