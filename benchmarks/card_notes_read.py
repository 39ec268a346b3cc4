"""What the card policy reads from free text, over every text of the training sets: how many notes state the
contract's end (any date, and over five years back) and how many Flash-like notes ban the contact person.

The proxy reads a CRM note, a comment and a Flash entry as the contract's end (guard/policy/termination.py
`_stated_in_comment`) and a Flash entry as a ban (guard/policy/flash.py `restriction_codes`). A wider reading costs
live cards: a note read as an end over five years ago refuses the card; a note read as a ban hides the contact person.
The sets under benchmarks/data are CRM notes, chats and transcripts written for the redactor and the checker — none
of them is a terminated contract's note by design, so every end read in them is a reading to look at (a false
refusal when it is over five years old). Run before and after a change of either reading:

    python -m benchmarks.card_notes_read [--show N] [--contract-note] [--dump F]

`--contract-note` reads every text as a contract record's own note (`contract_named`: the contract needs no word of
its own — where stop 56's «Старая SIM заблокирована навсегда» refused a live card); `--dump F` writes each text read
as an end (its set, its number in the set, the end) as JSON lines, to compare two trees' readings text by text.

Prints, per family of sets (the folder's name without its suffix), the texts read, those stating an end, those
stating one over five years before 2026-12-07, and those read as a contact-person ban; with --show, the first N of
each in full (they are the sets' own synthetic texts).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from guard.policy.flash import restriction_codes
from guard.policy.termination import _stated_in_comment

TODAY = date(2026, 12, 7)
DATA = Path(__file__).resolve().parent / "data"


def _texts(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            if isinstance(record.get("text"), str):
                yield record["text"]
            for turn in record.get("turns") or ():
                if isinstance(turn, dict) and isinstance(turn.get("text"), str):
                    yield turn["text"]


def _old(end) -> bool:
    if not isinstance(end, date):
        return True  # unreadable or undated: refused
    return end < date(TODAY.year - 5, TODAY.month, TODAY.day)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--contract-note", action="store_true", help="read each text as a contract's own note")
    parser.add_argument("--dump", type=Path, help="write each text read as an end here (JSON lines)")
    args = parser.parse_args()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    counts: dict[str, Counter] = {}
    shown: dict[str, list[str]] = {"end": [], "old end": [], "ban": []}
    for path in sorted(DATA.rglob("*.jsonl*")):
        family = re.sub(r"(_[a-z]{1,2}\d+|\d+)$", "", path.parent.name) or path.parent.name
        tally = counts.setdefault(family, Counter())
        for number, text in enumerate(_texts(path)):
            tally["texts"] += 1
            end = _stated_in_comment(text, TODAY, contract_named=args.contract_note)
            if end is not None:
                if dump:
                    dump.write(json.dumps([str(path.relative_to(DATA)), number, str(end)]) + "\n")
                tally["end"] += 1
                shown["end"].append(text)
                if _old(end):
                    tally["old end"] += 1
                    shown["old end"].append(text)
            if "no_contact_person" in restriction_codes(text):
                tally["ban"] += 1
                shown["ban"].append(text)
    total = Counter()
    print(f"{'family':24} {'texts':>7} {'end':>5} {'old end':>8} {'ban':>6}")
    for family, tally in sorted(counts.items()):
        total.update(tally)
        print(f"{family:24} {tally['texts']:7} {tally['end']:5} {tally['old end']:8} {tally['ban']:6}")
    print(f"{'all':24} {total['texts']:7} {total['end']:5} {total['old end']:8} {total['ban']:6}")
    for kind, texts in shown.items():
        for text in texts[:args.show]:
            print(f"[{kind}] {text[:300]}")


if __name__ == "__main__":
    main()
