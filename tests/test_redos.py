"""Every regular expression guard runs grows linearly with its input (no catastrophic or quadratic backtracking).

Collected: compiled `re.Pattern`s in the module globals and classes of every module under guard/ and recognizers/,
every attribute of the live recognizers (patterns built at init), and every Presidio `Pattern` of theirs
(compiled with Presidio's flags). Each is run to exhaustion (`finditer`, as recognizers use them) over inputs made to
trouble backtracking engines: long runs of digits, spaces, letters, separators and almost-matches.

The criterion is growth, not wall time (these machines run at load ~20; a time bound failed linear regexes): each
(regex, input) is timed at N and 2N characters, the two sizes back to back, the minimum of a few rounds, in CPU time
of the thread (time spent waiting for a core is not counted). Linear work doubles (ratio ~2), quadratic work
quadruples (~4); the bound 3 is halfway: a linear pair must read 50% slow in its best round to reach it, a quadratic
one 25% fast to hide under it (measured here: linear pairs 1.7-2.6, quadratic ones 3.6-4.2). A pair over the bound is
measured again, with more rounds, before it fails. A pair faster at 2N than a baseline linear regex (`(?s).`, one
match per character) on the same input in the same run is too fast to time reliably and is not judged — a quadratic
pair takes N^2/2 steps, far above that. The scan runs in a child process with an overall timeout (a hang guard for
catastrophic backtracking, generous; not a threshold), so a runaway regex fails the test, named, instead of hanging it.
"""
from __future__ import annotations

import gc
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
N = 5_000  # and 2N = 10,000: quadratic work already dominates there (measured ratios 3.6-4.2)
GROWTH_BOUND = 3.0  # t(2N) / t(N): linear ~2, quadratic ~4 (see the module's docstring)
ROUNDS, RECHECK_ROUNDS = 2, 5  # rounds of (N, 2N) per judged pair; more for a pair over the bound before it fails
SCAN_TIMEOUT_S = 900  # hang guard for the whole scan (it takes well under a minute), not a timing criterion
BASELINE = re.compile(r"(?s).")  # a linear regex with a match at every character: the floor of what is timed
PATHOLOGICAL_UNITS = {
    "digits": "1",
    "spaces": " ",
    "cyrillic": "а",
    "Cyrillic words": "Иванов ",
    "latin": "a",
    "digit-space": "1 ",
    "digit-dash": "12-",
    "digit-dot": "1.",
    "dots": "a.",
    "at-dots": "a@a.",
    "initials": "И. ",
    "spoken digits": "девять ",
    "mixed": "тел 8 916 ",
}


def pathological(size: int) -> dict[str, str]:
    """The inputs at `size` characters: each unit repeated, and a run of digits that fails at its last character."""
    inputs = {name: (unit * (size // len(unit) + 1))[:size] for name, unit in PATHOLOGICAL_UNITS.items()}
    inputs["no-match tail"] = "8" * (size - 1) + "!"
    return inputs


# Regexes known to be super-linear and accepted as such: none (the two in the old guard/disclosure/detect.py got
# their lookbehinds, as did person._AND_BETWEEN, dialogue._ASKED and proxy.scrub._HOUSE_AFTER). An entry here must say
# why it is bounded anyway.
KNOWN_SUPERLINEAR: dict[str, str] = {}
# Modules not to import for the scan: optional heavy dependencies (pyspark); __main__ runs the CLI.
_SKIP_MODULES = {"guard.spark"}


def _modules():
    for package_name in ("guard", "guard.recognizers"):
        package = importlib.import_module(package_name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if info.name in _SKIP_MODULES or info.name.endswith(".__main__"):
                continue
            try:
                yield importlib.import_module(info.name)
            except ImportError:
                continue


def _patterns_in(obj, where: str, found: dict):
    from presidio_analyzer import Pattern as PresidioPattern

    from guard.analysis import ReadOnceAWhole

    values = list(vars(obj).items()) if hasattr(obj, "__dict__") else []
    for name, value in values:
        items = value if isinstance(value, (list, tuple)) else [value]
        for index, item in enumerate(items):
            label = f"{where}.{name}" + (f"[{index}]" if items is value else "")
            if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                found.setdefault((item.pattern, item.flags), label)
            elif isinstance(item, PresidioPattern):
                flags = re.DOTALL | re.MULTILINE | re.IGNORECASE  # presidio's PatternRecognizer default
                found.setdefault((item.regex, flags), label)
            elif isinstance(item, ReadOnceAWhole):  # a module pattern whose whole-text matches a document keeps
                found.setdefault((item.compiled.pattern, item.compiled.flags), label)
            elif isinstance(item, tuple) and item and isinstance(item[0], re.Pattern):
                found.setdefault((item[0].pattern, item[0].flags), label)


def collect() -> dict[tuple[str, int], str]:
    found: dict[tuple[str, int], str] = {}
    for module in _modules():
        _patterns_in(module, module.__name__, found)
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == module.__name__:
                _patterns_in(value, f"{module.__name__}.{value.__name__}", found)
    from guard.engine import default_redactor

    redactor = default_redactor()
    analyzer = getattr(redactor, "analyzer", None) or getattr(redactor, "_analyzer", None)
    for recognizer in (analyzer.registry.recognizers if analyzer is not None else []):
        _patterns_in(recognizer, type(recognizer).__name__, found)
        for pattern in getattr(recognizer, "patterns", []) or []:
            _patterns_in(type("P", (), {"p": pattern})(), type(recognizer).__name__, found)
    return found


def _cpu_seconds(compiled: re.Pattern, text: str) -> float:
    started = time.thread_time()
    for _ in compiled.finditer(text):
        pass
    return time.thread_time() - started


def growth(compiled: re.Pattern, small: str, large: str, rounds: int, first_large: float | None = None) -> dict:
    """t(large) / t(small) of `compiled`, each the minimum of `rounds` rounds, the two sizes back to back in a round."""
    best_small, best_large = float("inf"), first_large if first_large is not None else float("inf")
    for _ in range(rounds):
        best_small = min(best_small, _cpu_seconds(compiled, small))
        best_large = min(best_large, _cpu_seconds(compiled, large))
    return {"ratio": round(best_large / max(best_small, 1e-9), 2), "t_n_ms": round(best_small * 1e3, 3),
            "t_2n_ms": round(best_large * 1e3, 3)}


def scan() -> None:
    """Child process: one JSON line before every (regex, input), so a hang names its regex, and one per regex."""
    gc.disable()  # a collection inside one timing and not the other would read as growth
    patterns = collect()
    print(json.dumps({"collected": len(patterns)}), flush=True)
    small, large = pathological(N), pathological(2 * N)
    floor = {name: min(_cpu_seconds(BASELINE, large[name]) for _ in range(5)) for name in large}
    for (source, flags), label in sorted(patterns.items(), key=lambda item: item[1]):
        compiled = re.compile(source, flags)
        judged, superlinear = 0, []
        for input_name in large:
            print(json.dumps({"start": label, "input": input_name}), flush=True)
            first_large = _cpu_seconds(compiled, large[input_name])
            if first_large < floor[input_name]:
                continue  # too fast to time reliably, and far from what quadratic work costs
            judged += 1
            measured = growth(compiled, small[input_name], large[input_name], ROUNDS, first_large)
            if measured["ratio"] > GROWTH_BOUND:
                again = growth(compiled, small[input_name], large[input_name], RECHECK_ROUNDS)
                if again["ratio"] > GROWTH_BOUND:
                    superlinear.append({"input": input_name, "first": measured, "again": again})
        print(json.dumps({"regex": label, "judged": judged, "superlinear": superlinear}), flush=True)


def _scan_lines() -> list[dict]:
    try:
        result = subprocess.run([sys.executable, __file__, "--scan"], capture_output=True, text=True, cwd=REPO,
                                timeout=SCAN_TIMEOUT_S)
    except subprocess.TimeoutExpired as expired:
        lines = (expired.stdout or b"").decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        last = [json.loads(line) for line in lines.splitlines() if line.startswith("{")][-1:]
        raise AssertionError(f"regex scan did not finish in {SCAN_TIMEOUT_S} s; stuck on {last}") from None
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    collected = lines[0]["collected"]
    regexes = [line for line in lines if "regex" in line]
    assert collected >= 40 and len(regexes) == collected  # guard and the recognizers have dozens; all were run
    return regexes


_SCAN: list[dict] = []


def _scan_once() -> list[dict]:
    if not _SCAN:
        _SCAN.extend(_scan_lines())
    return _SCAN


def test_every_regex_grows_linearly_on_pathological_input():
    superlinear = [line for line in _scan_once() if line["superlinear"] and line["regex"] not in KNOWN_SUPERLINEAR]
    assert superlinear == [], f"regexes whose time grows more than {GROWTH_BOUND}x from {N} to {2 * N} characters " \
                              f"(super-linear): {superlinear}"


def test_the_scan_judges_the_slow_pairs():
    # The floor skips the pairs too fast to time; the ones that cost something are judged (dozens of regexes).
    assert sum(1 for line in _scan_once() if line["judged"]) >= 40


def test_the_growth_criterion_tells_quadratic_work_from_linear():
    quadratic = re.compile(r"[ \t]*\?")  # dialogue._ASKED before its lookbehind: every start scans the run of blanks
    spaces = pathological(N)["spaces"], pathological(2 * N)["spaces"]
    assert growth(quadratic, *spaces, rounds=RECHECK_ROUNDS)["ratio"] > GROWTH_BOUND
    assert growth(BASELINE, *spaces, rounds=RECHECK_ROUNDS)["ratio"] < GROWTH_BOUND


if __name__ == "__main__" and "--scan" in sys.argv:
    sys.path.insert(0, str(REPO))
    scan()
