"""What Python's re works out for guard's patterns at every start, worked out once at build time and shipped.

Compiling a pattern in Python's re is pure Python (its parser and code generator): guard's ~470 stdlib patterns
(the modules' own, and the stdlib twins and cue-word parses of guard/analysis.py) cost ~0.3-0.4 s of CPU in every
process, a tenth of a whole run over 1,000 short texts (docs/redactor-speed.md, stop 31). This table holds, for each
(pattern, flags) a build run met, what re's compiler produced (`re._compiler.compile`'s final call to `_sre.compile`)
and what guard.analysis read from the parse (fewest digits, required strings). A pattern found in it is built from
those values, one not found is compiled as always, so the table can only be missing entries, never wrong ones:
it is used only by the CPython build that wrote it (its version and `_sre.MAGIC`), and
tests/test_pattern_table.py checks every entry against what re compiles now (Pattern objects compare by code).

Rebuilt by `python benchmarks/build_pattern_table.py` (deterministic: sorted entries, marshal format 2 — no
references — zlib level 9) after a change to guard's patterns; a stale table only costs speed.
"""
from __future__ import annotations

import marshal
import re
from array import array
import sys
import zlib
from pathlib import Path
from re import _compiler as _re_compiler, _parser as _re_parser
from typing import Callable

import _sre

TABLE_PATH = Path(__file__).with_name("data") / "re_patterns.marshal.z"  # zlib: 12.6 MB -> 0.98 MB, ~45 ms to open at load 25 (stop 55)
MARSHAL_VERSION = 2  # no references between objects: the same table gives the same bytes
# The CPython build the compiled codes belong to: another reads the codes otherwise, so it gets none of them.
BUILD = f"{sys.implementation.cache_tag} {sys.version.split()[0]} sre {_sre.MAGIC} {_sre.CODESIZE} {sys.byteorder}"
# A compiled code is kept as the bytes of an array of sre's code words: 7.4 MB of int lists in memory -> ~1 MB
_CODE_WORD = "I" if array("I").itemsize == _sre.CODESIZE else "L"

_ORIGINAL_COMPILE = _re_compiler.compile
_table: dict | None = None
_recorded_facts: dict[str, dict] | None = None  # set while a build run records (see `recording`)


def _load() -> dict:
    global _table
    if _table is None:
        try:
            table = marshal.loads(zlib.decompress(TABLE_PATH.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError, zlib.error):
            table = {}
        _table = table if isinstance(table, dict) and table.get("build") == BUILD else {}
    return _table


def compiled_entry(pattern: str, flags: int) -> tuple:
    """What re's compiler passes `_sre.compile` for `pattern`: (flags, code, groups, groupindex, indexgroup)
    — `re._compiler.compile`'s own steps; the code as bytes (`code_words` reads it back)."""
    parsed = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array(_CODE_WORD, code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def code_words(code: bytes) -> list[int]:
    """A compiled entry's code as `_sre.compile` takes it."""
    words = array(_CODE_WORD)
    words.frombytes(code)
    return words.tolist()


def _compile(pattern, flags=0):
    """re._compiler.compile, answered from the table for a str pattern it holds."""
    if type(pattern) is str and isinstance(flags, int):  # regex's flags (an IntFlag of its own) reach here as they are
        entry = _load().get("compiled", {}).get((pattern, int(flags)))
        if entry is not None:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, final_flags, code_words(code), groups, dict(groupindex), indexgroup)
    return _ORIGINAL_COMPILE(pattern, flags)


def install() -> None:
    """Python's re reads compiled patterns from the table (for the patterns it holds; every other as before).
    The table itself is read at the first compile, not here: `import guard` stays cheap."""
    _re_compiler.compile = _compile


def parse_fact(name: str, pattern: str, flags: int, compute: Callable):
    """`compute(pattern, flags)` (a fact read from re's parse: "fewest_digits", "required_literals"), from the table
    when it holds it. Sets come back as frozensets (the table stores sorted tuples)."""
    key = (pattern, int(flags))
    if _recorded_facts is not None:
        value = _recorded_facts.setdefault(name, {})[key] = compute(pattern, flags)
        return value
    facts = _load().get(name)
    if facts is not None and key in facts:
        value = facts[key]
        return frozenset(value) if type(value) is tuple else value
    return compute(pattern, flags)


def build(entries: dict, facts: dict[str, dict]) -> bytes:
    """The table's bytes: compiled entries and parse facts, keys sorted, sets as sorted tuples."""
    def plain(value):
        return tuple(sorted(value)) if isinstance(value, frozenset) else value

    table = {"build": BUILD,
             "compiled": {key: entries[key] for key in sorted(entries)}}
    for name, values in sorted(facts.items()):
        table[name] = {key: plain(values[key]) for key in sorted(values)}
    return zlib.compress(marshal.dumps(table, MARSHAL_VERSION), 9)


def recording() -> tuple[dict, dict[str, dict]]:
    """From now on compile with re's own compiler and keep what it produced, for `build`: (compiled entries, parse
    facts — filled by guard.analysis through `parse_fact`). For the build script only: the table is not read."""
    global _table, _recorded_facts
    entries: dict = {}

    def record(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and not flags & re.DEBUG:
            entries[(pattern, int(flags))] = compiled_entry(pattern, int(flags))
        return _ORIGINAL_COMPILE(pattern, flags)

    _table, _recorded_facts = {}, {}
    _re_compiler.compile = record
    return entries, _recorded_facts
