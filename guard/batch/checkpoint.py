"""Surviving `kill -9`: outputs under a temporary name, a checkpoint that says how far they are good.

    OUT.partial            the output so far            ─┐ fsync'd, then
    ERRORS.partial         the errors file so far         │
    OUT.checkpoint         {input_line, output_bytes,  <─┘ written to a temp name, fsync'd, renamed
                            errors_bytes, counts, ...}

A resumed run truncates both partial files to the checkpointed sizes, skips the input through the
checkpointed line and carries on; nothing after a checkpoint is trusted, nothing before it is
redone. On completion a final checkpoint marked `done` is written before the renames, so a crash
between the two renames is finished by the next `--resume` instead of being redone.

Checkpoints fall every N records of the input, not every N seconds: the places where a gzip member
ends are then the same in every run, and a resumed `.gz` output is byte-identical to an
uninterrupted one (each segment between checkpoints is one gzip member, mtime 0, no file name).
"""
from __future__ import annotations

import gzip
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from typing import IO, Any

CHECKPOINT_VERSION = 1


@dataclass
class Checkpoint:
    input_line: int = 0
    output_bytes: int = 0
    errors_bytes: int = 0
    counts: dict[str, Any] = field(default_factory=dict)
    job: dict[str, Any] = field(default_factory=dict)  # what must match for a resume to be valid
    done: bool = False
    report_state: str = ""  # the --report state saved with this checkpoint (a file of its own per checkpoint)
    version: int = CHECKPOINT_VERSION


def checkpoint_path(output: str) -> str:
    return output + ".checkpoint"


def load_checkpoint(path: str) -> Checkpoint | None:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    if data.get("version") != CHECKPOINT_VERSION:
        raise ValueError(f"checkpoint {path} has version {data.get('version')}, expected {CHECKPOINT_VERSION}")
    return Checkpoint(**data)


def save_checkpoint(path: str, checkpoint: Checkpoint) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(asdict(checkpoint), handle, ensure_ascii=False, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_directory(path)


def remove_checkpoint(path: str) -> None:
    for name in (path, path + ".tmp"):
        try:
            os.remove(name)
        except FileNotFoundError:
            pass
    _fsync_directory(path)


def _fsync_directory(path: str) -> None:
    descriptor = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class ResumableOutput:
    """A file written as `path.partial`, durable up to the last `sync()`, renamed to `path` by `finish()`.

    `resume_at`: the byte size to truncate an existing partial file to (None: start empty).
    `gzip_members`: compress, one gzip member per segment between syncs.
    """

    def __init__(self, path: str, *, gzip_members: bool = False, resume_at: int | None = None) -> None:
        self.path = path
        self.partial = path + ".partial"
        if resume_at is None:
            self._file = open(self.partial, "wb")
        else:
            self._file = open(self.partial, "r+b")
            self._file.truncate(resume_at)
            self._file.seek(resume_at)
        self._gzip_members = gzip_members
        self._member: gzip.GzipFile | None = None

    def write(self, data: bytes) -> None:
        if not self._gzip_members:
            self._file.write(data)
            return
        if self._member is None:
            self._member = gzip.GzipFile(filename="", mode="wb", fileobj=self._file, mtime=0)
        self._member.write(data)

    def sync(self) -> int:
        """Make everything written so far durable; the byte size a resume may truncate to."""
        if self._member is not None:
            self._member.close()  # ends the gzip member; the underlying file stays open
            self._member = None
        self._file.flush()
        os.fsync(self._file.fileno())
        return self._file.tell()

    def finish(self) -> None:
        if self._gzip_members and self.sync() == 0:
            self.write(b"")  # an empty export is still a valid .gz: one empty member
        self.sync()
        self._file.close()
        os.replace(self.partial, self.path)

    def close(self) -> None:
        if self._member is not None:
            self._member.close()
        self._file.close()


class StreamOutput:
    """stdout: written through, nothing to resume or rename."""

    def __init__(self, stream: IO[bytes] | None = None) -> None:
        self._stream = stream or sys.stdout.buffer

    def write(self, data: bytes) -> None:
        self._stream.write(data)

    def sync(self) -> int:
        self._stream.flush()
        return 0

    def finish(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        pass
