"""`guard redact IN.jsonl -o OUT.jsonl` (docs/interfaces.md §2).

Each line `{"id", "text", ...}` comes out with `text` redacted and `entities` added
(offsets into the original text); other fields pass through, unless named with `--redact-field`,
and those holding text are named (never shown) in a warning on stderr (guard/fields.py). A bad
line is reported on stderr with its number and skipped; the rest of the file is still processed
and the exit code is 1 at the end.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from guard.fields import FieldNotRedacted, holds_text, redact_field, shown, warning
from guard.jsonl import BadLine, dump, open_named_input, open_output, read_objects
from guard.operators import OPERATOR_NAMES, key_file_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="JSONL file with {id, text} per line; '-' for stdin")
    parser.add_argument("-o", "--output", default="-", help="output JSONL; '-' for stdout (default)")
    parser.add_argument("--operator", choices=OPERATOR_NAMES, default="tag",
                        help="how values are replaced (default: <TYPE> tags)")
    parser.add_argument("--keep-last", type=int, default=4, help="characters kept by --operator mask_last")
    parser.add_argument("--key-file", help="secret key for --operator pseudonym/encrypt (raw bytes of the file)")
    parser.add_argument("--keep-operators-name", action="store_true",
                        help="keep the operator's own first name in their self-introduction ('Оператор: меня зовут "
                             "Ольга'); by default it is masked as any name (see guard/dialogue.py)")
    parser.add_argument("--redact-field", action="append", default=[], metavar="FIELD", dest="redact_fields",
                        help="also redact this field of each line as free text ('note', 'meta.comment'), repeatable; "
                             "other fields pass through, those holding text are named (never shown) in a warning")


def run(args: argparse.Namespace) -> int:
    key = None
    if args.key_file:
        try:
            with open(args.key_file, "rb") as handle:
                key = handle.read().strip()
        except OSError as exc:
            print(f"guard redact: cannot read key file: {exc.strerror}", file=sys.stderr)
            return 2
        if args.operator in ("pseudonym", "encrypt") and (problem := key_file_problem(key)) is not None:
            print(f"guard redact: {problem}", file=sys.stderr)
            return 2
    from guard.engine import Redactor

    try:
        redactor = Redactor(args.operator, keep_last=args.keep_last, key=key,
                            keep_operators_name=args.keep_operators_name)
    except ValueError as exc:
        print(f"guard redact: {exc}", file=sys.stderr)
        return 2
    source = open_named_input(args.input, "redact")
    if source is None:
        return 2

    bad = 0
    named = [name.strip().split(".") for name in args.redact_fields]
    passed_through: Counter = Counter()
    with source, open_output(args.output) as sink:
        for line_no, item in read_objects(source, required=("text",)):
            if isinstance(item, BadLine):
                bad += 1
                print(f"guard redact: line {line_no}: {item.reason}", file=sys.stderr)
                continue
            if not isinstance(item["text"], str):
                bad += 1
                print(f"guard redact: line {line_no}: field 'text' must be a string", file=sys.stderr)
                continue
            try:
                result = redactor.redact(item["text"])
            except Exception as exc:  # fail closed: a text we could not check is not written out
                bad += 1
                print(f"guard redact: line {line_no}: detection failed ({type(exc).__name__}); line withheld",
                      file=sys.stderr)
                continue
            try:
                for path in named:
                    redact_field(item, path, redactor.redact, Counter())
            except FieldNotRedacted as exc:
                bad += 1
                print(f"guard redact: line {line_no}: {exc}; line withheld", file=sys.stderr)
                continue
            item["text"] = result.text
            item["entities"] = result.entities_as_dicts()
            passed_through.update(shown(key) for key, value in item.items()
                                  if key not in ("id", "text", "entities") and [key] not in named and holds_text(value))
            sink.write(dump(item) + "\n")
    if passed_through:
        print(f"guard redact: {warning(passed_through, 'line')}", file=sys.stderr)
    if bad:
        print(f"guard redact: {bad} bad line(s) skipped; every other line was written", file=sys.stderr)
        return 1
    return 0
