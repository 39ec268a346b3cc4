"""`guard serve`: the CRM proxy and the /v1 API (docs/interfaces.md §7). Settings: flags > GUARD_* env > --config file."""
from __future__ import annotations

import argparse
import asyncio
import sys

from pydantic import ValidationError

from guard.config import load_settings
from guard.logs import configure_logging
from guard.policy import PolicyError
from guard.proxy import create_app
from guard.proxy.serving import serve_until_stopped


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--upstream", help="CRM base URL, e.g. http://127.0.0.1:9000 (GUARD_UPSTREAM)")
    parser.add_argument("--host", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--config", help="settings file: YAML, or KEY=VALUE lines with GUARD_ names")
    parser.add_argument("--policy", help="policy YAML (default: the bundled 152-FZ policy)")
    parser.add_argument("--audit-db", help="audit SQLite file (default ./guard-audit.sqlite3)")


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(
            args.config, upstream=args.upstream, host=args.host, port=args.port,
            policy_path=args.policy, audit_path=args.audit_db,
        )
    except (ValidationError, ValueError, OSError) as error:
        print(f"guard serve: bad settings: {error}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    if settings.auth_mode == "none":
        print("guard serve: WARNING: auth is off (GUARD_AUTH_MODE=none): any client on the network acts as any "
              "operator; set GUARD_AUTH_MODE=token or gateway in production", file=sys.stderr, flush=True)
    try:
        app = create_app(settings)
    except Exception as error:  # e.g. a redis:// store without the redis package
        print(f"guard serve: cannot start: {error}", file=sys.stderr)
        return 1
    try:
        asyncio.run(serve_until_stopped(app, settings.host, settings.port, "guard serve", f"(upstream {settings.upstream})"))
    except (OSError, PolicyError) as error:  # port taken, policy file missing or invalid
        print(f"guard serve: cannot start: {error}", file=sys.stderr)
        return 1
    return 0
