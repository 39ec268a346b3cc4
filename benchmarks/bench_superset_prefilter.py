"""Would one set-matching prefilter for all kinds pay? (issue 13, stop 53: measured, not built; docs/redactor-speed.md)

Stop 52 named the lever: the kinds' gates (each kind's hint, its cue patterns, its patterns' stdlib twins: ~150 Python
`re` searches a text) replaced by one pass of a set-matching engine over a superset of every one of those patterns,
the exact search run only for the patterns whose superset matched. This script builds those supersets from the patterns
themselves (read from Python re's parse, never copied: every look-around, boundary and anchor dropped, back-references
read as any text, a counted repeat past --longest-count read as unbounded, \\d \\w \\s as Python reads them on str)
and measures, on the bench's texts (benchmarks/corpus.py), what the engines cost against what the gates cost now:

    python -m benchmarks.bench_superset_prefilter              # RE2's Set (pip install google-re2), Hyperscan if there
    python -m benchmarks.bench_superset_prefilter --n 100 --asr

Neither engine is a dependency of guard: the script reports an engine it cannot import and goes on.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _constants as _c, _parser as _p
import argparse
import time

try:
    import re2
except ImportError:
    re2 = None
try:
    import hyperscan
except ImportError:
    hyperscan = None

_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII
# A counted repeat past this is read as unbounded (fewer counted at most): RE2 spells out every count, and a class of
# Unicode letters counted to 64 made one pattern's search ~4 ms a text
_LONGEST_COUNT = 4
_ANY = r"(?s:.)"
# Python's \d, \w and \s for str patterns (Unicode) in RE2's terms: \d is Nd; \w alphanumeric or "_" (letters,
# numbers); \s str.isspace (the ASCII controls, U+001C-001F, U+0085, the separators). Mapping them to "ASCII members or
# any non-ASCII character" instead made the set's DFA slower still (13 ms a text): a digit then matches every Cyrillic
# letter
_DIGIT = r"\p{Nd}"
_WORD = r"\p{L}\p{N}_"
_SPACE = r"\t\n\x{0b}\f\r \x{1c}-\x{1f}\x{85}\p{Z}"
_POSITIVE = {_c.CATEGORY_DIGIT: _DIGIT, _c.CATEGORY_WORD: _WORD, _c.CATEGORY_SPACE: _SPACE}


class NoSuperset(Exception):
    """The parse holds something this module does not write as a superset."""


def _char(code: int) -> str:
    char = chr(code)
    if char.isalnum():
        return char
    return r"\x{%x}" % code


def _class(items, ignore_case: bool) -> str:
    negate = bool(items) and items[0][0] is _c.NEGATE
    body = []
    for op, arg in items[1:] if negate else items:
        if op is _c.LITERAL:
            body.append(_char(arg))
        elif op is _c.RANGE:
            body.append(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is _c.CATEGORY and arg in _POSITIVE and not negate:
            body.append(_POSITIVE[arg])
        else:
            return _ANY  # a negated category (\D, \W, \S) or a category in a negated class: any character
    if negate:
        # Python and RE2 may fold a negated class's letters otherwise: under a case ignored, any character
        return _ANY if ignore_case or not body else "[^" + "".join(body) + "]"
    return "[" + "".join(body) + "]" if body else "[^\\x{0}-\\x{10ffff}]"


def _write(parsed, ignore_case: bool) -> str:
    out = []
    for op, arg in parsed:
        if op is _c.LITERAL:
            out.append(_char(arg))
        elif op is _c.NOT_LITERAL:
            out.append(_ANY if ignore_case else "[^" + _char(arg) + "]")
        elif op is _c.ANY:
            out.append(".")
        elif op is _c.IN:
            out.append(_class(arg, ignore_case))
        elif op is _c.BRANCH:
            out.append("(?:" + "|".join(_write(branch, ignore_case) for branch in arg[1]) + ")")
        elif op is _c.SUBPATTERN:
            _group, add, remove, sub = arg
            inner = ignore_case and not remove & re.IGNORECASE or bool(add & re.IGNORECASE)
            flags = ("i" if add & re.IGNORECASE else "") + ("s" if add & re.DOTALL else "")
            off = ("i" if remove & re.IGNORECASE else "") + ("s" if remove & re.DOTALL else "")
            prefix = flags + ("-" + off if off else "")
            out.append("(?" + prefix + ":" + _write(sub, inner) + ")")
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            low = min(low, _LONGEST_COUNT)
            body = "(?:" + _write(sub, ignore_case) + ")"
            if high is _c.MAXREPEAT or high > _LONGEST_COUNT:
                out.append(body + ("*" if low == 0 else "+" if low == 1 else "{%d,}" % low))
            else:
                out.append(body + "{%d,%d}" % (low, high))
        elif op is _c.ATOMIC_GROUP:
            out.append("(?:" + _write(arg, ignore_case) + ")")
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # an anchor, a boundary, a look-around: dropped, the superset matches wherever the pattern does
        elif op is _c.GROUPREF:
            out.append(r"(?s:.*)")
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = arg
            out.append("(?:" + _write(yes, ignore_case) + "|" + (_write(no, ignore_case) if no else "") + ")")
        else:
            raise NoSuperset(op)
    return "".join(out)


def superset_source(pattern: str, flags: int = 0) -> str | None:
    """`pattern` (Python re's syntax and `flags`) as an RE2 pattern every match of it matches too; None when the parse
    holds something not written here, or re cannot parse it (regex's own syntax)."""
    if "[[" in pattern:
        return None  # a nested set: regex reads it otherwise than re
    try:
        parsed = _p.parse(pattern, flags & _RE_FLAGS)
        every = flags | parsed.state.flags
        body = _write(parsed, bool(every & re.IGNORECASE))
    except (NoSuperset, re.error, RecursionError, TypeError, ValueError, OverflowError):
        return None
    prefix = ("i" if every & re.IGNORECASE else "") + ("s" if every & re.DOTALL else "")
    return f"(?{prefix}:{body})" if prefix else body


def gate_patterns() -> list[tuple[str, int, str]]:
    """(pattern, flags, what it is) of every gate a kind searches with Python re before its analysis: the distinct
    hints, every recognizer's cue patterns (LazyPattern), its patterns that have a stdlib twin (guard.analysis)."""
    from guard.analysis import stdlib_twin
    from guard.recognizers import _hints, all_recognizers
    from guard.recognizers.base import LazyPattern

    found: dict[tuple[str, int], str] = {}
    for hint in _hints():
        found.setdefault((hint.pattern, int(hint.flags)), "hint")
    for recognizer in all_recognizers():
        for value in vars(recognizer).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                lazy = item[0] if isinstance(item, tuple) and item else item
                if isinstance(lazy, LazyPattern):
                    found.setdefault((lazy.pattern, int(lazy.flags)), "cue")
        flags = int(getattr(recognizer, "global_regex_flags", 0) or 0)
        for pattern in getattr(recognizer, "patterns", []):
            if stdlib_twin(pattern.regex, flags) is not None:
                found.setdefault((pattern.regex, flags), "pattern")
    return [(pattern, flags, what) for (pattern, flags), what in found.items()]


def _options():
    options = re2.Options()
    options.max_mem = 256 << 20
    return options


def _cpu(function, *args) -> tuple[float, object]:
    began = time.process_time()
    value = function(*args)
    return time.process_time() - began, value


def main() -> None:
    global _LONGEST_COUNT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="corpus items (benchmarks/corpus.py, seed 7)")
    parser.add_argument("--asr", action="store_true", help="the ASR texts instead of the written ones")
    parser.add_argument("--longest-count", type=int, default=_LONGEST_COUNT)
    parser.add_argument("--largest", type=int, default=0, help="only supersets of at most this many characters in the set")
    args = parser.parse_args()
    _LONGEST_COUNT = args.longest_count
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.corpus import generate

    items = generate(args.n, 7)
    texts = [(item.asr if args.asr else item.written).text for item in items]
    patterns = gate_patterns()
    sources = [(superset_source(p, f), p, f, what) for p, f, what in patterns]
    print(f"{len(patterns)} gate patterns ({sum(w == 'hint' for *_, w in patterns)} hints), {len(texts)} texts; "
          f"supersets derived: {sum(s is not None for s, *_ in sources)}")
    # Python re, each gate pattern searched in every text: what a perfect prefilter could save at most
    compiled = [(re.compile(p, f), s) for s, p, f, _ in sources if s is not None]
    for pattern, _ in compiled:
        pattern.search(texts[0])
    python_cpu, _ = _cpu(lambda: [pattern.search(text) for pattern, _ in compiled for text in texts])
    print(f"Python re, every derived pattern searched in every text: {python_cpu / len(texts) * 1e3:.2f} ms a text "
          f"(the kinds' literal gates already skip most of these searches)")
    if re2 is None:
        print("RE2: not installed (pip install google-re2)")
    else:
        kept = [s for s, *_ in sources if s is not None and (not args.largest or len(s) <= args.largest)]
        accepted = []
        for source in kept:
            try:
                re2.compile(source, _options())
                accepted.append(source)
            except Exception:  # noqa: BLE001 - RE2 refuses it: such a pattern would be searched as before
                pass
        built = re2.Set.SearchSet(_options())
        build_cpu, _ = _cpu(lambda: ([built.Add(source) for source in [""] + accepted], built.Compile()))
        for text in texts[:5]:
            built.Match(text)
        match_cpu, answers = _cpu(lambda: [built.Match(text) or [] for text in texts])
        failed = sum(0 not in answer for answer in answers)
        matched = sum(len(answer) - 1 for answer in answers) / len(texts)
        in_set = set(accepted)
        theirs, _ = _cpu(lambda: [pattern.search(text) for pattern, source in compiled if source in in_set
                                  for text in texts])
        print(f"RE2 set: {len(accepted)} supersets, built in {build_cpu:.2f} s CPU, {match_cpu / len(texts) * 1e3:.2f} ms "
              f"a text to match (Python re searching each of those patterns in every text: "
              f"{theirs / len(texts) * 1e3:.2f} ms), {matched:.1f} of them match a text on average; {failed} matches "
              f"failed inside RE2")
    if hyperscan is None:
        print("Hyperscan: not installed (pip install hyperscan)")
    else:
        flags = (hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_PREFILTER
                 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY)
        refused, began = 0, time.process_time()
        for number, (pattern, pattern_flags, what) in enumerate(patterns):
            if what != "hint":
                continue
            extra = (hyperscan.HS_FLAG_CASELESS if pattern_flags & re.IGNORECASE else 0) | (
                hyperscan.HS_FLAG_DOTALL if pattern_flags & re.DOTALL else 0)
            try:
                hyperscan.Database().compile(expressions=[pattern.encode()], ids=[number], flags=[flags | extra])
            except Exception:  # noqa: BLE001 - e.g. "Pattern length exceeds limit."
                refused += 1
        print(f"Hyperscan, prefilter mode, the hints alone: compiled in {time.process_time() - began:.1f} s CPU, "
              f"{refused} refused")


if __name__ == "__main__":
    main()
