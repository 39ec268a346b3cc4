"""The shipped table of compiled patterns (guard/pattern_table.py) gives exactly what Python's re would compile, and
exactly the parse facts guard.analysis would read: it may lack a pattern (then re compiles it as always), never
hold a wrong one. Pattern objects compare equal only when pattern, flags and compiled code are the same."""
from __future__ import annotations

import marshal
import re
import zlib
from re import _compiler

import _sre
import pytest
from hypothesis import given, settings, strategies as st

import guard  # noqa: F401  (installs the table)
from guard import pattern_table
from guard.analysis import _fewest_digits, _required_literals

TABLE = pattern_table._load()
shipped = pytest.mark.skipif(not TABLE, reason=f"the table was built by another Python than {pattern_table.BUILD}")


def _from_entry(pattern: str, entry: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, pattern_table.code_words(code), groups, dict(groupindex), indexgroup)


def test_importing_guard_installs_the_table_before_re_compiler():
    assert _compiler.compile is pattern_table._compile


def test_pattern_equality_compares_compiled_code():
    """What the equivalence tests below rely on: the same pattern and flags with other code are not equal."""
    flags, code, groups, groupindex, indexgroup = pattern_table.compiled_entry("ab", 0)
    code = pattern_table.code_words(code)
    other = list(code)
    other[other.index(ord("b"))] = ord("c")
    assert _sre.compile("ab", flags, code, groups, groupindex, indexgroup) == pattern_table._ORIGINAL_COMPILE("ab")
    assert _sre.compile("ab", flags, other, groups, groupindex, indexgroup) != pattern_table._ORIGINAL_COMPILE("ab")


@shipped
def test_every_shipped_pattern_is_what_re_compiles():
    compiled = TABLE["compiled"]
    assert len(compiled) > 300  # guard's own patterns, its stdlib twins and cue patterns
    for (pattern, flags), entry in compiled.items():
        assert _from_entry(pattern, entry) == pattern_table._ORIGINAL_COMPILE(pattern, flags), pattern[:80]


@shipped
def test_every_shipped_parse_fact_is_what_the_parse_gives():
    for name, compute in (("fewest_digits", _fewest_digits), ("required_literals", _required_literals)):
        assert TABLE[name]
        for (pattern, flags), value in TABLE[name].items():
            expected = compute(pattern, flags)
            assert (frozenset(value) if type(value) is tuple else value) == expected, (name, pattern[:80])


@shipped
def test_re_compile_reads_a_shipped_pattern_from_the_table(monkeypatch):
    (pattern, flags), _ = next(iter(TABLE["compiled"].items()))
    monkeypatch.setattr(pattern_table, "_ORIGINAL_COMPILE", lambda *args: pytest.fail("compiled, not read"))
    re.purge()
    assert re.compile(pattern, flags).pattern == pattern


def test_a_pattern_the_table_lacks_is_compiled_as_always():
    pattern = r"(?P<never>shipped)\s+in\s+(?:the|a)\s+table\d{2,}"
    assert (pattern, 0) not in TABLE.get("compiled", {})
    re.purge()
    assert re.compile(pattern) == pattern_table._ORIGINAL_COMPILE(pattern, 0)
    assert re.compile(pattern).groupindex == {"never": 1}


def test_a_table_of_another_build_is_not_read(tmp_path, monkeypatch):
    stale = tmp_path / "table.marshal"
    stale.write_bytes(zlib.compress(marshal.dumps({"build": "cpython-00 0.0.0", "compiled": {("x", 0): (0, [], 0, {}, ())}})))
    monkeypatch.setattr(pattern_table, "TABLE_PATH", stale)
    monkeypatch.setattr(pattern_table, "_table", None)
    assert pattern_table._load() == {}
    re.purge()
    assert re.compile("x").match("x")


_ATOMS = st.sampled_from([r"\d", r"\w", r"[а-яё]", r"[^\W\d_]", "a", "б", r"\.", r"\s", r"(?<!\d)", r"(?=\w)", r"\b",
                          "(?P<n>x)", "(?:ab|cd)", "[0-9a-f]"])
_REPEATS = st.sampled_from(["", "?", "*", "+", "{2}", "{1,3}", "*?", "+?"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_ATOMS, _REPEATS), min_size=1, max_size=8),
       st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE | re.DOTALL, re.ASCII]))
def test_an_entry_builds_the_pattern_re_compiles(parts, flags):
    pattern = "".join(atom + (repeat if not atom.startswith(("(?<", "(?=", r"\b")) else "") for atom, repeat in parts)
    if pattern.count("(?P<n>") > 1:
        pattern = pattern.replace("(?P<n>", "(", pattern.count("(?P<n>") - 1)
    entry = pattern_table.compiled_entry(pattern, int(flags))
    assert marshal.loads(marshal.dumps(entry, pattern_table.MARSHAL_VERSION)) == entry
    assert _from_entry(pattern, entry) == pattern_table._ORIGINAL_COMPILE(pattern, int(flags))
