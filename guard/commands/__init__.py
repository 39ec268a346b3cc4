"""The CLI's commands, one module each (guard/cli.py dispatches), and what more than one of them does the same way."""
from __future__ import annotations

import sys


def rules_checker(rules: str | None, command: str):
    """The disclosure checker on `rules` (None: the shipped rules), or None once "guard COMMAND: why" is on stderr
    (a policy that does not load; the command then exits 2)."""
    from guard.disclosure import default_checker
    from guard.policy.source import PolicyError

    try:
        return default_checker(rules)
    except PolicyError as exc:
        print(f"guard {command}: {exc}", file=sys.stderr)
        return None
