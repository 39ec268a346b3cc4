"""Quality review of whole calls (docs/interfaces.md §6 transcripts) for a compliance officer.

Per call: the operator greets first and says goodbye last (004, 002); every operator turn is
checked for forbidden wording and disclosures, with the client's earlier turns as "said by the
caller"; an abusive client is warned twice before the operator ends the call (003). The client's
turns yield hints (termination, operator change, guessing...), counted, never judged.

`qa_call` runs in batch worker processes, so its input and output are plain data (CallQa pickles)
and the redaction of offending turns is passed in: texts in the report are always redacted.
`QaReport` aggregates calls one at a time (memory grows with offences kept, which are capped).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from guard.disclosure.checker import DisclosureChecker, default_checker
from guard.disclosure.context import Said
from guard.disclosure.personal import quick_entities
from guard.disclosure.patterns import find
from guard.disclosure.rules import CallRule
from guard.disclosure.text import Utterance

MAX_OFFENCES_KEPT = 20_000


@dataclass(frozen=True)
class QaViolation:
    turn: int              # index into the call's turns; -1 when the call has no operator turn
    rule: str
    verdict: str           # warn | block
    item: str
    message: str
    suggestion: str | None
    start: int = 0         # offsets into the turn's ORIGINAL text (the report shows redacted text)
    end: int = 0
    phrase: str | None = None  # the forbidden wording itself, for wording rules only, redacted


@dataclass
class CallQa:
    call_id: str
    operator_id: str
    started_at: str | None
    turns: int
    greeting: bool
    farewell: bool
    violations: list[QaViolation] = field(default_factory=list)
    hints: dict[str, int] = field(default_factory=dict)
    redacted_turns: dict[int, tuple[str, str]] = field(default_factory=dict)  # turn -> (speaker, redacted text)

    @property
    def verdict(self) -> str:
        verdicts = {v.verdict for v in self.violations}
        return "block" if "block" in verdicts else "warn" if verdicts else "allow"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["redacted_turns"] = {str(k): {"speaker": s, "text": t} for k, (s, t) in self.redacted_turns.items()}
        data["verdict"] = self.verdict
        return data


def _says(rule: CallRule, text: str) -> bool:
    utterance = Utterance(text)
    hits = list(find(rule.phrases, utterance))
    if not hits:
        return False
    excepted = list(find(rule.exceptions, utterance)) if rule.exceptions else []
    return any(not any(a <= last and first <= b for a, b in excepted) for first, last in hits)


def _plainly_wording(fragment: str) -> bool:
    """A forbidden phrase may be quoted in the report only if nothing in it could be personal data:
    no digits (spoken ones too), no name, no '@' — cheaper than the redactor, and stricter."""
    utterance = Utterance(fragment)
    if "@" in fragment or utterance.digit_groups or quick_entities(utterance):
        return False
    return not any(t.info.top_grammemes & {"Name", "Surn", "Patr", "Geox"} for t in utterance.tokens)


def _call_violation(rule: CallRule, turn: int) -> QaViolation:
    return QaViolation(turn, rule.id, rule.verdict, rule.item, rule.message, rule.suggestion)


def qa_call(call: dict, redact: Callable[[str], str], checker: DisclosureChecker | None = None) -> CallQa:
    """Review one call; `redact` turns a text into its redacted form for the report."""
    checker = checker or default_checker()
    turns = [turn for turn in call.get("turns") or [] if isinstance(turn, dict)]
    result = CallQa(str(call.get("call_id", "")), str(call.get("operator_id", "")), call.get("started_at"),
                    len(turns), greeting=False, farewell=False)
    said = Said()
    calls = checker.rules.calls
    operator_turns = [i for i, turn in enumerate(turns) if turn.get("speaker", "operator") != "client"]
    first_abuse: int | None = None
    warnings = 0
    hints: Counter[str] = Counter()
    for index, turn in enumerate(turns):
        text = turn.get("text") if isinstance(turn.get("text"), str) else ""
        if turn.get("speaker") == "client":
            found = checker.check(text, "client")
            hints.update(hint.rule for hint in found.hints)
            if first_abuse is None and any(hint.rule == "abuse" for hint in found.hints):
                first_abuse = index
            said.add(text)
            continue
        found = checker.check(text, "operator", None, said)
        for violation in found.violations:
            phrase = None
            if violation.verdict == "warn":
                fragment = text[violation.start:violation.end]
                phrase = fragment if _plainly_wording(fragment) else None
            result.violations.append(QaViolation(index, violation.rule, violation.verdict, violation.item,
                                                 violation.message, violation.suggestion,
                                                 violation.start, violation.end, phrase))
        if calls is not None and first_abuse is not None:
            if _says(calls.abuse_ending, text):
                if warnings < calls.warnings_before_ending:
                    result.violations.append(_call_violation(calls.abuse_ending, index))
                first_abuse, warnings = None, 0
            elif _says(calls.abuse_warning, text):
                warnings += 1
    if calls is not None and operator_turns:
        opening = operator_turns[:2]
        result.greeting = any(_says(calls.greeting, turns[i].get("text") or "") for i in opening)
        closing = operator_turns[-2:]
        result.farewell = any(_says(calls.farewell, turns[i].get("text") or "") for i in closing)
        if not result.greeting:
            result.violations.append(_call_violation(calls.greeting, operator_turns[0]))
        if not result.farewell:
            result.violations.append(_call_violation(calls.farewell, operator_turns[-1]))
    elif calls is not None:
        result.violations.append(_call_violation(calls.greeting, -1))
    result.violations.sort(key=lambda v: (v.turn, v.start, v.rule))
    result.hints = dict(hints)
    for turn_index in sorted({v.turn for v in result.violations if v.turn >= 0}):
        turn = turns[turn_index]
        text = turn.get("text") if isinstance(turn.get("text"), str) else ""
        result.redacted_turns[turn_index] = (str(turn.get("speaker", "operator")), redact(text) if text else "")
    return result


class QaReport:
    """Calls reviewed so far, by operator and by rule; JSON for machines, HTML for people."""

    def __init__(self, max_offences: int = MAX_OFFENCES_KEPT) -> None:
        self.calls = 0
        self.calls_with_violations = 0
        self.no_greeting = 0
        self.no_farewell = 0
        self.by_rule: Counter[str] = Counter()
        self.rule_info: dict[str, dict] = {}
        self.by_operator: dict[str, Counter[str]] = defaultdict(Counter)
        self.operator_calls: Counter[str] = Counter()
        self.operator_flagged_calls: Counter[str] = Counter()
        self.hints: Counter[str] = Counter()
        self.offences: list[dict] = []
        self.offences_dropped = 0
        self.max_offences = max_offences
        self.per_call: list[dict] = []  # one small line per call, for machines; capped like the offences

    def add(self, call: CallQa) -> None:
        self.calls += 1
        self.operator_calls[call.operator_id] += 1
        self.no_greeting += not call.greeting
        self.no_farewell += not call.farewell
        self.hints.update(call.hints)
        if len(self.per_call) < self.max_offences:
            self.per_call.append({"call_id": call.call_id, "operator_id": call.operator_id, "verdict": call.verdict,
                                  "greeting": call.greeting, "farewell": call.farewell,
                                  "violations": len(call.violations), "hints": call.hints})
        if not call.violations:
            return
        self.calls_with_violations += 1
        self.operator_flagged_calls[call.operator_id] += 1
        for violation in call.violations:
            self.by_rule[violation.rule] += 1
            self.by_operator[call.operator_id][violation.rule] += 1
            self.rule_info.setdefault(violation.rule, {"item": violation.item, "verdict": violation.verdict,
                                                       "message": violation.message, "suggestion": violation.suggestion})
            if len(self.offences) >= self.max_offences:
                self.offences_dropped += 1
                continue
            speaker, text = call.redacted_turns.get(violation.turn, ("operator", ""))
            self.offences.append({
                "anchor": anchor(call.call_id, violation.turn), "call_id": call.call_id,
                "operator_id": call.operator_id, "started_at": call.started_at, "turn": violation.turn,
                "rule": violation.rule, "verdict": violation.verdict, "message": violation.message,
                "suggestion": violation.suggestion, "phrase": violation.phrase, "speaker": speaker, "text": text,
            })

    def to_json(self) -> dict:
        return {
            "calls": self.calls,
            "calls_with_violations": self.calls_with_violations,
            "violations": sum(self.by_rule.values()),
            "calls_without_greeting": self.no_greeting,
            "calls_without_farewell": self.no_farewell,
            "by_rule": {rule: {"count": count, **self.rule_info[rule]} for rule, count in self.by_rule.most_common()},
            "by_operator": {
                operator: {"calls": self.operator_calls[operator],
                           "calls_with_violations": self.operator_flagged_calls[operator],
                           "violations": sum(self.by_operator[operator].values()),
                           "by_rule": dict(self.by_operator[operator].most_common())}
                for operator in sorted(self.operator_calls)
            },
            "client_hints": dict(self.hints.most_common()),
            "offences": self.offences,
            "offences_not_listed": self.offences_dropped,
            "per_call": self.per_call,
        }

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")

    def write_html(self, path: str | Path) -> None:
        from guard.disclosure.report import render_html

        Path(path).write_text(render_html(self.to_json()), encoding="utf-8")


def anchor(call_id: str, turn: int) -> str:
    """The #anchor of one turn in the HTML report: letters, digits and '-' only."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in call_id)
    return f"call-{safe}-turn-{turn}"


def qa_calls(calls: Iterable[dict], redact: Callable[[str], str]) -> QaReport:
    report = QaReport()
    for call in calls:
        report.add(qa_call(call, redact))
    return report
