"""Every regular expression guard runs finishes in bounded time on pathological input (no catastrophic backtracking).

Collected: compiled `re.Pattern`s in the module globals and classes of every module under guard/ and recognizers/,
every attribute of the live recognizers (patterns built at init), and every Presidio `Pattern` of theirs
(compiled with Presidio's flags). Each is run to exhaustion (`finditer`, as recognizers use them) over 20,000-
character inputs made to trouble backtracking engines: long runs of digits, spaces, letters, separators and
almost-matches. On this machine each pair takes milliseconds; the bound is 2 s per regex and input — a
thousand-fold margin, so the test fails only on super-linear behaviour, never on a slow CI runner. The scan runs
in a child process with an overall timeout, so a runaway regex fails the test (named) instead of hanging it.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
BOUND_S = 2.0
SCAN_TIMEOUT_S = 600
N = 20_000
PATHOLOGICAL = {
    "digits": "1" * N,
    "spaces": " " * N,
    "cyrillic": "а" * N,
    "Cyrillic words": "Иванов " * (N // 7),
    "latin": "a" * N,
    "digit-space": "1 " * (N // 2),
    "digit-dash": "12-" * (N // 3),
    "digit-dot": "1." * (N // 2),
    "dots": "a." * (N // 2),
    "at-dots": "a@a." * (N // 4),
    "initials": "И. " * (N // 3),
    "spoken digits": "девять " * (N // 7),
    "mixed": "тел 8 916 " * (N // 10),
    "no-match tail": "8" * (N - 1) + "!",
}
# Regexes known to be super-linear and accepted as such: none (the two in the old guard/disclosure/detect.py got
# their lookbehinds). An entry here must say why it is bounded anyway.
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


def scan() -> None:
    """Child process: one JSON line before and after every (regex, input), so a hang names its regex."""
    patterns = collect()
    print(json.dumps({"collected": len(patterns)}), flush=True)
    for (source, flags), label in sorted(patterns.items(), key=lambda item: item[1]):
        compiled = re.compile(source, flags)
        worst, worst_input = 0.0, ""
        for input_name, text in PATHOLOGICAL.items():
            if label in KNOWN_SUPERLINEAR:
                text = text[:N // 4]  # a quarter of the input, a sixteenth of the time: keeps the suite quick
            print(json.dumps({"start": label, "input": input_name}), flush=True)
            started = time.perf_counter()
            for _ in compiled.finditer(text):
                pass
            elapsed = time.perf_counter() - started
            if elapsed > worst:
                worst, worst_input = elapsed, input_name
        print(json.dumps({"regex": label, "worst_s": round(worst, 4), "input": worst_input}), flush=True)


def _timings() -> list[dict]:
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
    timings = [line for line in lines if "regex" in line]
    assert collected >= 40 and len(timings) == collected  # guard and the recognizers have dozens; all were run
    return timings


_SCAN: list[dict] = []


def _scan_once() -> list[dict]:
    if not _SCAN:
        _SCAN.extend(_timings())
    return _SCAN


def test_every_regex_runs_in_bounded_time_on_20k_pathological_characters():
    slow = [line for line in _scan_once() if line["worst_s"] > BOUND_S and line["regex"] not in KNOWN_SUPERLINEAR]
    assert slow == [], f"regexes over {BOUND_S} s on 20k characters (super-linear): {slow}"


if __name__ == "__main__" and "--scan" in sys.argv:
    sys.path.insert(0, str(REPO))
    scan()
