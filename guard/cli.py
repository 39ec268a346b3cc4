"""The `guard` command line: one sub-command per module in guard/commands/.

Each command module defines `add_arguments(parser)` and `run(args) -> int`.
Modules are imported only when their command runs, so `guard redact` does not
pay for aiohttp and `guard serve` does not pay for the batch machinery.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

# natasha's NER runs on numpy: one BLAS thread per process. More only spin against the event loop and the
# other batch workers on a small machine (measured: a 500-character note cost 3x the CPU with the default).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

# command name -> (module under guard.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "redact": ("redact", "redact personal data in a JSONL file of texts (docs/interfaces.md §2)"),
    "check": ("check", "check operator utterances against the disclosure rules (docs/interfaces.md §5)"),
    "qa": ("qa", "quality report over whole transcripts: greeting, wording, disclosures (docs/interfaces.md §6)"),
    "batch": ("batch", "redact an export of call transcripts (docs/interfaces.md §6)"),
    "serve": ("serve", "run the CRM proxy and the /v1 API (docs/interfaces.md §7, §8)"),
    "crm": ("crm", "run the bundled sample CRM (the card shape: docs/interfaces.md §3)"),
    "demo": ("demo", "run the sample CRM and the proxy on bundled data, with ready commands"),
    "policy": ("policy", "policy tools: `guard policy test PATH...` (docs/interfaces.md §4)"),
    "audit": ("audit", "audit log tools: `guard audit tail`, `guard audit verify`"),
    "token": ("token", "operator tokens for GUARD_AUTH_MODE=token: `guard token issue --operator ID`"),
}


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guard", description="152-FZ privacy and disclosure guard",
        epilog="The stable interfaces (CLI, HTTP, card shape, policy tests) are described in docs/interfaces.md "
               "of the guard repository; where each kind of personal data and each shared list is defined, in "
               "docs/one-home.md. `guard COMMAND --help` for each command.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = argv[0] if argv else None
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == wanted:
            module = importlib.import_module(f"guard.commands.{module_name}")
            module.add_arguments(command_parser)
            command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    run = getattr(args, "_run", None)
    if run is None:
        parser.print_help()
        return 2
    try:
        return int(run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 141


if __name__ == "__main__":
    sys.exit(main())
