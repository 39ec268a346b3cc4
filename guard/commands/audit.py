"""`guard audit tail|verify`: read the audit log; verify its hash chain (exit 1 naming the first broken record)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guard.audit import AuditLog
from guard.config import load_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    tail = sub.add_parser("tail", help="print the last records as JSON lines")
    tail.add_argument("-n", type=int, default=20, help="how many records (default 20)")
    verify = sub.add_parser("verify", help="check the hash chain; exit 0 when intact")
    for action in (tail, verify):
        action.add_argument("--db", help="audit SQLite file (default: GUARD_AUDIT_PATH or ./guard-audit.sqlite3)")


def run(args: argparse.Namespace) -> int:
    path = args.db or load_settings().audit_path
    if not Path(path).is_file():
        print(f"guard audit: no audit log at {path}", file=sys.stderr)
        return 2
    log = AuditLog(path)
    try:
        if args.audit_command == "tail":
            for record in log.tail(max(args.n, 0)):
                print(json.dumps(record, ensure_ascii=False))
            return 0
        result = log.verify()
    finally:
        log.close()
    if result.ok:
        print(f"ok: {result.records} records, chain intact, head {result.head_hash}")
        return 0
    print(f"BROKEN at record {result.first_broken_seq}: {result.reason}")
    return 1
