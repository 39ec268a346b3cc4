"""Card paths: `owner.passport.number`, `call_details[0].number`, and patterns over them.

A concrete path is a tuple of keys (str) and list indices (int). A pattern may
also hold `ANY_KEY` (`*` as a whole segment: any key of a mapping) and
`ANY_INDEX` (`[*]`: any element of a list). Matching a pattern binds the
indices its `[*]` stood for, so a condition in the same rule can talk about
"this element" (`numbers[*].msisdn` while deciding `numbers[2]`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]


class _Wildcard:
    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


ANY_KEY = _Wildcard("*")
ANY_INDEX = _Wildcard("[*]")
MISSING: Any = _Wildcard("<missing>")

_SEGMENT = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*|\*)(?P<indices>(?:\[(?:\d+|\*)\])*)")
_INDEX = re.compile(r"\[(\d+|\*)\]")


class PathSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class PathPattern:
    segments: tuple[Any, ...]
    text: str

    @classmethod
    def parse(cls, text: str) -> "PathPattern":
        if not isinstance(text, str) or not text.strip():
            raise PathSyntaxError("a path is a non-empty string such as owner.last_name or call_details[*].number")
        segments: list[Any] = []
        for part in text.split("."):
            found = _SEGMENT.fullmatch(part)
            if found is None:
                raise PathSyntaxError(
                    f"bad path {text!r}: segment {part!r} is not a key, `*`, or a key followed by [N] / [*]"
                )
            key = found["key"]
            segments.append(ANY_KEY if key == "*" else key)
            for index in _INDEX.findall(found["indices"]):
                segments.append(ANY_INDEX if index == "*" else int(index))
        return cls(tuple(segments), text)

    def __len__(self) -> int:
        return len(self.segments)

    def match(self, path: Path) -> tuple[int, ...] | None:
        """The indices bound by `[*]` if the pattern matches `path` exactly, else None."""
        if len(path) != len(self.segments):
            return None
        return self.match_prefix(path)

    def match_prefix(self, path: Path) -> tuple[int, ...] | None:
        """Like `match`, but only the first len(path) segments of the pattern must match."""
        if len(path) > len(self.segments):
            return None
        bound: list[int] = []
        for want, have in zip(self.segments, path):
            if want is ANY_INDEX:
                if not isinstance(have, int):
                    return None
                bound.append(have)
            elif want is ANY_KEY:
                if not isinstance(have, str):
                    return None
            elif want != have:
                return None
        return tuple(bound)

    def bind(self, indices: tuple[int, ...]) -> Path | None:
        """The concrete path with each `[*]` replaced by the next bound index; None if it cannot be made concrete."""
        pending = list(indices)
        concrete: list[str | int] = []
        for segment in self.segments:
            if segment is ANY_INDEX:
                if not pending:
                    return None
                concrete.append(pending.pop(0))
            elif segment is ANY_KEY:
                return None
            else:
                concrete.append(segment)
        return tuple(concrete)


def parse_path(text: str) -> Path:
    """A concrete path (no wildcards), as written in policy test cases."""
    pattern = PathPattern.parse(text)
    if any(segment is ANY_KEY or segment is ANY_INDEX for segment in pattern.segments):
        raise PathSyntaxError(f"path {text!r} must name one field: no `*` or `[*]` here")
    return tuple(pattern.segments)


def format_path(path: Path) -> str:
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += ("." if text else "") + segment
    return text


def resolve(document: Any, path: Path) -> Any:
    """The value at `path`, or MISSING."""
    node = document
    for segment in path:
        if isinstance(segment, int):
            if not isinstance(node, list) or not 0 <= segment < len(node):
                return MISSING
        elif not isinstance(node, dict) or segment not in node:
            return MISSING
        node = node[segment]
    return node
