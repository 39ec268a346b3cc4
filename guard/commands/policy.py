"""`guard policy test PATH...`: run the policy test cases (docs/interfaces.md §4)."""
from __future__ import annotations

import argparse
import sys

from guard.config import bundled_policy
from guard.policy import default_policy_path
from guard.policy.testing import run_case_files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    test = actions.add_parser(
        "test",
        help="run policy test cases; exit 0 only if every case passes",
        description="Run policy test cases (files or folders of *.yaml). Prints one line per failing case "
                    "and closes with `N passed, M failed`. Exit 0: all passed; 1: some failed; 2: a broken file.",
    )
    test.add_argument("paths", nargs="*", metavar="PATH",
                      help="a case file, or a folder searched for *.yaml (default: the cases bundled with guard)")
    test.add_argument("--policy", metavar="FILE", default=None,
                      help="the policy file (default: the bundled policies/152fz.yaml, or $GUARD_POLICY_PATH)")
    parser.set_defaults(_parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.action != "test":
        args._parser.print_help(sys.stderr)
        return 2
    report = run_case_files(args.paths or [str(bundled_policy("tests"))], args.policy or default_policy_path())
    for result in report.results:
        if not result.passed:
            print(f"FAIL {result.describe()}")
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report.summary())
    return report.exit_code
