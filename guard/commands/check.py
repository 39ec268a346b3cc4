"""`guard check IN.jsonl -o OUT.jsonl` (docs/interfaces.md §5): operator utterances against the disclosure rules.

Each line `{"id", "text"}` with optional `call_id` and `speaker` (`operator` by default) comes out
with `verdict` (allow | warn | block), `violations` and, for the client's lines, `hints`. Lines of
one call (same `call_id`) are read in order: what the client said earlier in the call is theirs to
hear back. A line may also carry `card` (docs/interfaces.md §3) and `context` ({identification,
caller_gender, identified_by, confirmed}: the call state, guard/callstate.py) to check against the call's card.
A bad line, or one whose check fails, is reported on stderr with its number (never its content) and skipped; the rest
is processed, and the exit code is then 1.
"""
from __future__ import annotations

import argparse
import sys

from guard.callstate import CallState
from guard.commands import rules_checker
from guard.jsonl import BadLine, dump, open_named_input, open_output, read_objects


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="JSONL file with {id, text[, call_id, speaker]} per line; '-' for stdin")
    parser.add_argument("-o", "--output", default="-", help="output JSONL; '-' for stdout (default)")
    parser.add_argument("--rules", default=None,
                        help="the rules file (default: $GUARD_DISCLOSURE_RULES_PATH, else the bundled policies/disclosure.yaml)")


def line_problem(item: dict) -> str | None:
    """Why a parsed line cannot be checked, or None. Never quotes the line's values."""
    if not isinstance(item.get("text"), str):
        return "field 'text' must be a string"
    if item.get("speaker", "operator") not in ("operator", "client"):
        return "field 'speaker' must be 'operator' or 'client'"
    if "call_id" in item and not isinstance(item["call_id"], (str, int)):
        return "field 'call_id' must be a string"
    if "card" in item and item["card"] is not None and not isinstance(item["card"], dict):
        return "field 'card' must be an object"
    try:
        CallState.from_context(item.get("context"))
    except ValueError as error:
        return str(error)
    return None


def context_of(item: dict):
    """The CheckContext a line carries (card + context, one call state: guard/callstate.py), or None."""
    from guard.disclosure import CheckContext

    card = item.get("card")
    if not card:
        return None
    return CheckContext.of(CallState.from_context(item.get("context")), card)


def run(args: argparse.Namespace) -> int:
    from guard.disclosure import SaidMemory

    checker = rules_checker(args.rules, "check")
    if checker is None:
        return 2
    source = open_named_input(args.input, "check")
    if source is None:
        return 2

    memory = SaidMemory()
    bad = 0
    with source, open_output(args.output) as sink:
        for line_no, item in read_objects(source, required=("text",)):
            problem = item.reason if isinstance(item, BadLine) else line_problem(item)
            if problem:
                bad += 1
                print(f"guard check: line {line_no}: {problem}", file=sys.stderr)
                continue
            speaker = item.get("speaker", "operator")
            call_id = str(item["call_id"]) if item.get("call_id") is not None else None
            said = memory.said(call_id) if call_id is not None else None
            try:
                result = checker.check(item["text"], speaker, context_of(item), said)
            except Exception as exc:  # fail closed: a line we could not check gets no verdict; the batch goes on
                bad += 1
                print(f"guard check: line {line_no}: the check failed ({type(exc).__name__}); line withheld",
                      file=sys.stderr)
                continue
            if speaker == "client" and call_id is not None:
                memory.record(call_id, item["text"])
            elif call_id is not None:  # read with the operator's next line (a value split over lines, H7)
                memory.record_operator(call_id, item["text"])
            item.update(result.as_fields())
            sink.write(dump(item) + "\n")
    if bad:
        print(f"guard check: {bad} bad line(s) skipped; every other line was written", file=sys.stderr)
        return 1
    return 0
