"""`guard token issue`: a signed operator token for GUARD_AUTH_MODE=token (guard/proxy/auth.py).

    guard token issue --operator op1021                   # 8 hours, an operator's shift
    guard token issue --operator auditor7 --role audit --ttl 1h

The key comes from GUARD_AUTH_KEY or GUARD_AUTH_KEY_FILE (or --key-file), as `guard serve` reads it.
The token goes to stdout alone, so `TOKEN=$(guard token issue ...)` works.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from guard.config import load_settings
from guard.proxy.auth import issue_token, parse_ttl


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    issue = sub.add_parser("issue", help="print a signed token for one operator")
    issue.add_argument("--operator", required=True, help="operator id, e.g. op1021")
    issue.add_argument("--role", action="append", default=[], help="a role, e.g. audit (repeatable)")
    issue.add_argument("--ttl", default="8h", help="lifetime: 3600, 30m, 8h, 2d (default 8h)")
    issue.add_argument("--key-file", help="file with the key (default: GUARD_AUTH_KEY / GUARD_AUTH_KEY_FILE)")


def _key(key_file: str | None) -> bytes | None:
    """The key as `guard serve` reads it (Settings.auth_secret), or from --key-file."""
    if key_file:
        return Path(key_file).read_text(encoding="utf-8").strip().encode("utf-8")
    return load_settings().auth_secret()


def run(args: argparse.Namespace) -> int:
    try:
        key = _key(args.key_file)
        if key is None or len(key) < 32:
            print("guard token: no key of at least 32 characters (GUARD_AUTH_KEY, GUARD_AUTH_KEY_FILE or --key-file)",
                  file=sys.stderr)
            return 2
        print(issue_token(key, args.operator, roles=args.role, ttl_s=parse_ttl(args.ttl)))
    except (OSError, ValueError, ValidationError) as error:
        print(f"guard token: {error}", file=sys.stderr)
        return 2
    return 0
