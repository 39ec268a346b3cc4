"""Every finding's every field, over the disclosure sets, the labeled set and whole calls: for a change that must not
move any verdict (how things are computed, not what they decide), dump in the tree before and after and compare.

    python -m benchmarks.disclosure_findings_dump --dump BEFORE.json          # in the tree before (its own .venv)
    python -m benchmarks.disclosure_findings_dump --dump AFTER.json           # in this tree
    python -m benchmarks.disclosure_findings_dump --compare BEFORE.json AFTER.json

What is checked, each with the shipped rules, model and verifier:
- every operator and client line of every `disc_*` / `disclosure_*` set under benchmarks/data, alone;
- the labeled set (benchmarks/disclosure_set.py), alone, with its whole card, and in a call with the operator's view
  of the card (the card policy applied to a primary identification, as the proxy's POST /v1/check passes it), each
  line after the labeled lines before it (what the caller and the operator said kept);
- whole calls through `guard.disclosure.qa.qa_call`: dial_a36's dialogues (written and ASR) with the redactor's text
  for the shown turns, and calls built from the labeled set's lines.
`--sets` narrows the disclosure sets; `--part` runs one part only (sets, labeled, calls).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from dataclasses import asdict  # noqa: E402
from pathlib import Path  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
_TURN = re.compile(r"^(оператор|клиент|operator|client)\s*:\s*", re.IGNORECASE)


def _fields(result) -> dict:
    return {"verdict": result.verdict, "violations": [f.as_dict() for f in result.violations],
            "hints": [f.as_dict() for f in result.hints]}


def sets_part(names: list[str] | None) -> dict[str, dict]:
    from benchmarks.disclosure_sets_summary import set_names
    from guard.disclosure import default_checker

    check = default_checker().check
    out: dict[str, dict] = {}
    for name in names or set_names():
        for n, row in enumerate(json.loads(line) for line in (DATA / name / "utterances.jsonl")
                                .read_text(encoding="utf-8").splitlines() if line.strip()):
            speaker = "client" if row.get("speaker") == "client" else "operator"
            out[f"set/{name}/{n}/{row.get('id')}"] = _fields(check(row["text"], speaker))
    return out


def _shown_card(card: dict) -> dict:
    from guard.callstate import CallState, IdentificationLevel
    from guard.policy.evaluator import default_policy_path, load_policy

    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    return load_policy(default_policy_path()).apply(card, state, redact_text=lambda text: "").card


def labeled_part() -> dict[str, dict]:
    from benchmarks.disclosure_set import OPERATOR, SAMPLE_CARD, labeled_set
    from guard.callstate import IdentificationLevel
    from guard.disclosure import CheckContext, default_checker
    from guard.disclosure.context import Said

    checker = default_checker()
    whole = CheckContext(card=SAMPLE_CARD, identification=IdentificationLevel.PRIMARY, caller_gender="male")
    shown = CheckContext(card=_shown_card(SAMPLE_CARD), shown=True, identification=IdentificationLevel.PRIMARY,
                         caller_gender="male")
    out: dict[str, dict] = {}
    said = Said()
    for n, item in enumerate(labeled_set()):
        speaker = "operator" if item.speaker == OPERATOR else "client"
        out[f"labeled/{n}/alone"] = _fields(checker.check(item.text, speaker))
        if item.card:
            out[f"labeled/{n}/card"] = _fields(checker.check(item.text, speaker, whole))
        if n % 12 == 0:
            said = Said()  # a new call every 12 lines
        out[f"labeled/{n}/call"] = _fields(checker.check(item.text, speaker, shown, said))
        if speaker == "client":
            said.add(item.text)
        else:
            said.add_operator(item.text)
    return out


def _dialogue_calls() -> list[dict]:
    calls = []
    for rendering in ("written", "asr"):
        for row in (json.loads(line) for line in (DATA / "dial_a36" / f"{rendering}.jsonl")
                    .read_text(encoding="utf-8").splitlines() if line.strip()):
            turns = []
            for line in row["text"].split("\n"):
                match = _TURN.match(line)
                if match is None:
                    if turns:
                        turns[-1]["text"] += " " + line
                    continue
                speaker = "client" if match.group(1).lower() in ("клиент", "client") else "operator"
                turns.append({"speaker": speaker, "text": line[match.end():]})
            calls.append({"call_id": row["id"], "operator_id": "op1", "started_at": "2026-11-01T10:00:00",
                          "turns": turns})
    return calls


def _built_calls(count: int) -> list[dict]:
    from benchmarks.disclosure_set import OPERATOR, labeled_set

    rng = random.Random(5)
    items = labeled_set()
    operator = [item.text for item in items if item.speaker == OPERATOR]
    client = [item.text for item in items if item.speaker != OPERATOR]
    calls = []
    for n in range(count):
        turns = [{"speaker": "operator", "text": "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?"}]
        for _ in range(rng.randint(3, 9)):
            turns.append({"speaker": "client", "text": rng.choice(client)})
            for _ in range(rng.randint(1, 2)):
                turns.append({"speaker": "operator", "text": rng.choice(operator)})
        turns.append({"speaker": "operator", "text": "Спасибо за звонок, всего доброго!"})
        calls.append({"call_id": f"built-{n}", "operator_id": f"op{n % 7}", "turns": turns})
    return calls


def calls_part(built: int) -> dict[str, dict]:
    from guard.disclosure.qa import qa_call
    from guard.engine import default_redactor

    redactor = default_redactor()
    out: dict[str, dict] = {}
    for call in _dialogue_calls():
        out[f"call/{call['call_id']}"] = qa_call(call, lambda text: redactor.redact(text).text).as_dict()
    for call in _built_calls(built):
        out[f"call/{call['call_id']}"] = qa_call(call, lambda text: text).as_dict()
    return out


def compare(before: dict, after: dict) -> list[str]:
    out = []
    for key in sorted(set(before) | set(after)):
        if key not in before or key not in after:
            out.append(f"{key}: only in {'after' if key not in before else 'before'}")
        elif before[key] != after[key]:
            out.append(f"{key}:\n  before {json.dumps(before[key], ensure_ascii=False)[:600]}\n"
                       f"  after  {json.dumps(after[key], ensure_ascii=False)[:600]}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--part", choices=("sets", "labeled", "calls"), action="append")
    parser.add_argument("--built-calls", type=int, default=150)
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in args.compare)
        differences = compare(before, after)
        print("\n".join(differences))
        print(f"{len(after)} results, {len(differences)} differ")
        return 1 if differences else 0
    parts = args.part or ["sets", "labeled", "calls"]
    found: dict[str, dict] = {}
    if "sets" in parts:
        found.update(sets_part(args.sets))
    if "labeled" in parts:
        found.update(labeled_part())
    if "calls" in parts:
        found.update(calls_part(args.built_calls))
    text = json.dumps(found, ensure_ascii=False, sort_keys=True, default=str)
    if args.dump:
        args.dump.write_text(text, encoding="utf-8")
    print(f"{len(found)} results")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
