"""A differential run: the redactor's entities and the speech checker's verdicts over the training sets, one JSON
line per input, to compare two trees (a merge of two definitions must change nothing but where they disagreed).

    python -m benchmarks.diff_outputs dump OUT.jsonl [--part red|chk|all]   # with this tree's guard
    python -m benchmarks.diff_outputs compare BEFORE.jsonl AFTER.jsonl      # what differs, verdict changes first

For the tree before a change: `git archive` it to a folder, copy `guard/`, `recognizers/` and `policies/` to
FOLDER/pk/guard/{.,recognizers,policies}, and run `dump` from FOLDER with PYTHONPATH=FOLDER/pk:FOLDER.
Redactor: every text of the sets below (`Redactor.analyze`); dialogues of three ASR lines with back-channels between
(`redact_dialogue`); the same lines as one transcript with inline, bare and line labels (`redact`). Checker: every line
of the disclosure sets alone, and each operator line in a simulated call (6 lines a call, the operator's lines kept).
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
DATA = Path.cwd() / "benchmarks" / "data"
REDACTOR_SETS = ("pii_r28", "packed_c28", "pii_p27", "packed_a27", "pii_asr1", "kinds_check7", "pii_written1", "heldout3")
CHECKER_SETS = ("disc_w28", "disclosure_u27", "disclosure_check_s27", "disclosure_blind7")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _redactor_outputs():
    from guard.engine import default_redactor

    redactor = default_redactor()
    for name in REDACTOR_SETS:
        for path in sorted((DATA / name).glob("*.jsonl")):
            for n, item in enumerate(_lines(path)):
                if isinstance(item.get("text"), str):
                    yield f"red:{name}/{path.name}:{item.get('id', n)}", sorted(
                        (e.start, e.end, e.type) for e in redactor.analyze(item["text"]))
    for name in ("pii_r28", "pii_asr1"):
        for path in sorted((DATA / name).glob("asr*.jsonl")):
            texts = [item["text"] for item in _lines(path) if isinstance(item.get("text"), str)][:60]
            for n in range(0, len(texts) - 3, 3):
                turns = [("c", texts[n]), ("o", "угу"), ("c", texts[n + 1]), ("o", "записываю"), ("c", texts[n + 2])]
                yield f"dlg:{name}:{n}", [r.text for r in redactor.redact_dialogue(turns)]
                for form, text in (("inline", f"Клиент: {texts[n]}. Оператор: угу. Клиент: {texts[n + 1]}"),
                                   ("bare", f"клиент {texts[n]} оператор да клиент {texts[n + 1]}"),
                                   ("lines", f"Клиент: {texts[n]}\nОператор: записываю\nКлиент: {texts[n + 1]}")):
                    yield f"one:{form}:{name}:{n}", redactor.redact(text).text


def _checker_outputs():
    from guard.disclosure import default_checker
    from guard.disclosure.context import Said

    checker = default_checker()

    def verdict(result) -> list:
        return [result.verdict, sorted((f.rule, f.start, f.end) for f in result.violations + result.hints)]

    for name in CHECKER_SETS:
        said = Said()
        for n, item in enumerate(_lines(DATA / name / "utterances.jsonl")):
            speaker = item.get("speaker", "operator")
            yield f"chk:{name}:{item['id']}", verdict(checker.check(item["text"], speaker))
            if n % 6 == 0:
                said = Said()
            if speaker == "operator":
                yield f"call:{name}:{item['id']}", verdict(checker.check(item["text"], "operator", None, said))
                said.add_operator(item["text"])
            else:
                said.add(item["text"])


def dump(out: Path, part: str) -> None:
    with out.open("w", encoding="utf-8") as sink:
        for source in ((_redactor_outputs,) if part == "red" else (_checker_outputs,) if part == "chk"
                       else (_redactor_outputs, _checker_outputs)):
            for key, value in source():
                sink.write(json.dumps({"k": key, "v": value}, ensure_ascii=False) + "\n")


def compare(before: Path, after: Path) -> None:
    old = {item["k"]: item["v"] for item in _lines(before)}
    new = {item["k"]: item["v"] for item in _lines(after)}
    verdicts = [k for k in old if k.startswith(("chk:", "call:")) and new.get(k, [None])[0] != old[k][0]]
    for key in verdicts:
        print(f"VERDICT {key}: {old[key][0]} -> {new.get(key, [None])[0]}")
    differ = [k for k in old if old[k] != new.get(k)]
    for key in differ:
        print(f"{key}\n  before: {old[key]}\n  after:  {new.get(key)}")
    print(f"{len(differ)} of {len(old)} outputs differ, {len(verdicts)} verdicts changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--part", choices=("red", "chk", "all"), default="all")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    dump(args.out, args.part) if args.command == "dump" else compare(args.before, args.after)


if __name__ == "__main__":
    main()
