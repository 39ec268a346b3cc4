"""`guard qa IN.jsonl --report report.html [--json report.json]`: quality review of whole calls.

The input is a transcript export (docs/interfaces.md §6, one call per line). The HTML report is for a
compliance officer (the offending utterances with the words marked, block first; every call; per
operator, per rule, per day; client hints; the period, the source and the time of generation; texts
redacted); the JSON holds the same for machines. A bad line is reported on stderr by number and skipped.
"""
from __future__ import annotations

import argparse
import sys

from guard.commands import rules_checker
from guard.jsonl import BadLine, open_named_input, read_objects


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="transcript export, JSONL, one call per line; '-' for stdin")
    parser.add_argument("--report", required=True, help="the HTML report to write")
    parser.add_argument("--json", dest="json_path", default=None, help="also write the report as JSON")
    parser.add_argument("--rules", default=None,
                        help="the rules file (default: $GUARD_DISCLOSURE_RULES_PATH, else the bundled policies/disclosure.yaml)")


def run(args: argparse.Namespace) -> int:
    from guard.batch.calls import BadCall, as_redacted_in, redact_call
    from guard.disclosure.qa import QaReport, qa_call
    from guard.engine import default_redactor

    checker = rules_checker(args.rules, "qa")
    if checker is None:
        return 2
    redactor = default_redactor()

    def redact(text: str) -> str:
        return redactor.redact(text).text

    def redact_in(call: dict):
        """The call's texts as its whole reading redacts them (as `guard batch` and `guard redact` of the call)."""
        try:
            return as_redacted_in(redact_call(call, redactor), redactor)
        except BadCall:  # a turn that is no object or no text: each text alone
            return redact

    source = open_named_input(args.input, "qa")
    if source is None:
        return 2
    report = QaReport(source=args.input)
    bad = 0
    with source:
        for line_no, item in read_objects(source, required=("turns",)):
            problem = item.reason if isinstance(item, BadLine) else None
            if problem is None and not isinstance(item["turns"], list):
                problem = "field 'turns' must be a list"
            if problem:
                bad += 1
                print(f"guard qa: line {line_no}: {problem}", file=sys.stderr)
                continue
            report.add(qa_call(item, redact_in(item), checker))
    data = report.to_json()  # one generation time for both files
    try:
        report.write_html(args.report, data)
        if args.json_path:
            report.write_json(args.json_path, data)
    except OSError as exc:
        print(f"guard qa: cannot write the report: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"guard qa: {report.calls} call(s), {report.calls_with_violations} with violations; report: {args.report}",
          file=sys.stderr)
    if bad:
        print(f"guard qa: {bad} bad line(s) skipped", file=sys.stderr)
        return 1
    return 0
