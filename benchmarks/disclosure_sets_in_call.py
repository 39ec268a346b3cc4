"""Every disclosure set's operator lines checked as if said in a call: what the call's readings cost on clean lines.

    python -m benchmarks.disclosure_sets_in_call [--dump D.json] [--sets disc_x31 disc_b33]
    python -m benchmarks.disclosure_sets_in_call --compare BEFORE.json AFTER.json   # lines whose verdict changed

The sets hold lines alone (`benchmarks.disclosure_sets_summary` checks them so: no card, no call), and the readings
that apply only in a call — a value said bare, a surname in a naming or confirming slot, pieces of a number — never
run there. Here each operator line is checked in a simulated call, twice: an unidentified caller and a primary
identified man, the operator's view of a sample card as the shipped policy shows it (card-blind: the verdict may
depend only on what the view shows), the caller having said nothing and no line before it. A clean line flagged
here is a line a real call would flag when the caller had not said its values first.
"""
from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

from benchmarks.disclosure_sets_summary import DATA, set_names

# a postpaid individual with a second number and a call detail (docs/interfaces.md §3's shape)
SAMPLE_CARD = {
    "msisdn": "79161234567", "city_number": "74951234567", "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Гусевин", "first_name": "Пётр", "middle_name": "Сергеевич", "organization": None,
              "gender": "male", "birth_date": "1974-05-06",
              "passport": {"series": "4505", "number": "678901", "issued_by": "ОВД Тверского района г. Москвы",
                           "issued_at": "2005-04-01"}},
    "de": {"first_name": "Пётр", "middle_name": "Сергеевич"},
    "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
    "addresses": {"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None, "billing": None,
                  "delivery": None},
    "email": "petr.gusevin@mail.ru",
    "contact": {"phone": "79031233308", "person": "Гусевина Анна Петровна", "email": None},
    "flash_restrictions": [],
    "numbers": [{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79167650797", "tariff": "Старт"}],
    "call_details": [{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
                      "network": "МТС", "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 120}],
    "comments": [],
}
STATES = ("none", "primary")


def _contexts():
    from guard.callstate import CallState, IdentificationLevel
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    policy = load_policy(default_policy_path())
    out = {}
    for state in STATES:
        call = CallState(msisdn=SAMPLE_CARD["msisdn"]) if state == "none" else CallState(
            msisdn=SAMPLE_CARD["msisdn"], identification=IdentificationLevel.PRIMARY, caller_gender="male",
            identified_by="full_name")
        shown = policy.apply(copy.deepcopy(SAMPLE_CARD), call, redact_text=lambda text: "").card
        out[state] = CheckContext.of(call, shown, shown=True)
    return out


def summarize(names: list[str]) -> dict[str, dict]:
    from guard.disclosure import default_checker
    from guard.disclosure.context import Said

    check = default_checker().check
    contexts = _contexts()
    found: dict[str, dict] = {}
    for name in names:
        lines = {}
        for raw in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            row = json.loads(raw)
            if row.get("speaker", "operator") != "operator":
                continue
            verdicts = {}
            for state, context in contexts.items():
                result = check(row["text"], "operator", context, Said())
                verdicts[state] = [result.verdict, sorted(result.rules)]
            lines[row["id"]] = {"violating": bool(row["violating"]), "rendering": row.get("rendering", "written"),
                                "text": row["text"], **verdicts}
        found[name] = lines
    return found


def table(found: dict[str, dict]) -> list[str]:
    out = [f"{'set':24} " + "   ".join(f"{state + ': violating / clean flagged':>36}" for state in STATES)]
    total = {state: [0, 0, 0, 0] for state in STATES}
    for name, lines in found.items():
        cells = []
        for state in STATES:
            v = [line for line in lines.values() if line["violating"]]
            c = [line for line in lines.values() if not line["violating"]]
            counts = (sum(line[state][0] != "allow" for line in v), len(v),
                      sum(line[state][0] != "allow" for line in c), len(c))
            total[state] = [t + x for t, x in zip(total[state], counts)]
            cells.append(f"{counts[0]:>14}/{counts[1]:<6} {counts[2]:>6}/{counts[3]:<6}")
        out.append(f"{name:24} " + "   ".join(f"{cell:>36}" for cell in cells))
    out.append(f"{'all':24} " + "   ".join(f"{t[0]:>14}/{t[1]:<6} {t[2]:>6}/{t[3]:<6}".rjust(36)
                                         for t in total.values()))
    return out


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    out = []
    for name, lines in after.items():
        for key, line in lines.items():
            old = before.get(name, {}).get(key)
            if old is None:
                continue
            for state in STATES:
                if old[state][0] != line[state][0]:
                    kind = "violating" if line["violating"] else "CLEAN"
                    out.append(f"{name} {key} {state} {kind}: {old[state][0]} -> {line[state][0]} "
                               f"{line[state][1]}  {line['text']}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", help="set names under benchmarks/data (default: every disc_*, disclosure_*)")
    parser.add_argument("--dump", type=Path, help="write each line's verdicts here (JSON)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in args.compare)
        print("\n".join(table(before)))
        print()
        print("\n".join(table(after)))
        changed = compare(before, after)
        print(f"\n{len(changed)} line verdicts changed")
        print("\n".join(changed))
        return 0
    found = summarize(args.sets or set_names())
    if args.dump:
        args.dump.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
