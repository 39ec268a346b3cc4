"""Quality review of whole calls (docs/interfaces.md §6 transcripts) for a compliance officer.

Per call: the operator greets first and says goodbye last (004, 002); every operator turn is
checked for forbidden wording and disclosures, with the client's earlier turns as "said by the
caller"; an abusive client is warned twice before the operator ends the call (003). The client's
turns yield hints (termination, operator change, guessing...), never judged.

`qa_call` runs in batch worker processes, so its input and output are plain data (CallQa pickles)
and the redaction of the turns it keeps is passed in: texts in the report are always redacted, and
the words a rule fired on are marked in the redacted text (a marked fragment that still looks like
personal data after redaction is hidden outright). `QaReport` aggregates calls one at a time
(memory grows with the utterances kept, which are capped, `block` kept before `warn`).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable

from guard.disclosure.checker import MODEL_PREFIX, DisclosureChecker, default_checker
from guard.disclosure.context import Said
from guard.disclosure.personal import quick_entities
from guard.disclosure.patterns import find
from guard.disclosure.report import item_title, rule_title, safe_id, verdict_title
from guard.batch.records import STARTED_AT
from guard.fields import dates_in, masked_between_tags, reads_as_a_code
from guard.policy.operators import joined_spans, spans_hidden
from guard.disclosure.rules import CallRule, CallRules
from guard.disclosure.text import Utterance, utterance_of
from guard.recognizers.lexicon import SPELLED_LETTER

MAX_OFFENCES_KEPT = 20_000  # utterances with violations (and, separately, client turns with hints, and calls) listed
HIDDEN = "[скрыто]"
_ALIGN_LIMIT = 20_000       # longer turns are shown without marks: aligning them would cost more than it tells
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_VERDICT_RANK = {"hint": 0, "allow": 0, "warn": 1, "block": 2}


@dataclass(frozen=True)
class QaViolation:
    turn: int              # index into the call's turns; -1 when the call has no operator turn
    rule: str
    verdict: str           # warn | block
    item: str
    message: str
    suggestion: str | None
    start: int = 0         # offsets into the turn's ORIGINAL text; start == end for a rule about the whole call
    end: int = 0
    phrase: str | None = None            # the marked words as the report shows them (redacted), None when hidden
    mark: tuple[int, int] | None = None  # where they are in the shown (redacted) text of the turn


@dataclass(frozen=True)
class QaHint:
    """What the client said that the operator should act on (a transfer line, a written request, a warning)."""
    turn: int
    rule: str
    item: str
    message: str
    suggestion: str | None
    start: int = 0
    end: int = 0
    phrase: str | None = None
    mark: tuple[int, int] | None = None


@dataclass(frozen=True)
class ShownTurn:
    """A turn as the report shows it: redacted, marked fragments that still looked personal hidden."""
    speaker: str
    text: str


@dataclass
class CallQa:
    call_id: str | None    # None: the export's id is not shown (_shown_call_id), the report numbers the call
    operator_id: str
    started_at: str | None
    turns: int
    greeting: bool
    farewell: bool
    violations: list[QaViolation] = field(default_factory=list)
    hint_findings: list[QaHint] = field(default_factory=list)
    shown_turns: dict[int, ShownTurn] = field(default_factory=dict)  # turn -> redacted text, for turns listed

    @property
    def verdict(self) -> str:
        verdicts = {v.verdict for v in self.violations}
        return "block" if "block" in verdicts else "warn" if verdicts else "allow"

    @property
    def hints(self) -> dict[str, int]:
        return dict(Counter(hint.rule for hint in self.hint_findings))

    def as_dict(self) -> dict:
        data = asdict(self)
        data["shown_turns"] = {str(k): asdict(v) for k, v in self.shown_turns.items()}
        data["verdict"] = self.verdict
        return data


def _says(rule: CallRule, text: str) -> bool:
    utterance = utterance_of(text)
    hits = list(find(rule.phrases, utterance))
    if not hits:
        return False
    excepted = list(find(rule.exceptions, utterance)) if rule.exceptions else []
    return any(not any(a <= last and first <= b for a, b in excepted) for first, last in hits)


# A word told by its letters, one by one ("v o r o n c o v", "гэ, эр, и …"): four letters or letters' names in a row
_SPELLED_RUN = re.compile(r"(?<![\w])" + SPELLED_LETTER + r"(?:[\s,.\-]+" + SPELLED_LETTER + r"){3,}", re.IGNORECASE)
# What may stand between two groups of one number said in groups: a comma, a dash, "и" (red team bb8, 10)
_BETWEEN_GROUPS = re.compile(r"[\s,;:./\-–—]*(?:\bи\b[\s,]*)?")  # a slash too: "79/06/<DATE_OF_BIRTH>"


def _plainly_wording(fragment: str) -> bool:
    """A marked fragment may be shown only if nothing in it could be personal data: no digits (spoken
    ones too), no name, no '@', no word told by its letters — cheaper than the redactor, and stricter. Tags like
    <PERSON> pass."""
    utterance = Utterance(fragment)
    if "@" in fragment or utterance.digit_groups or _SPELLED_RUN.search(fragment) or quick_entities(utterance):
        return False
    return not any(t.info.top_grammemes & {"Name", "Surn", "Patr", "Geox"} for t in utterance.tokens)


def _with_its_number(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the number groups said right before or after it ("серия [сорок пять], ноль пять";
    "[двенадцать] тридцать четыре и пятьдесят шесть …"): a value's span hides the whole number it is part of."""
    groups = Utterance(text).digit_groups
    grown = True
    while grown:
        grown = False
        for group in groups:
            if group.start < end and start < group.end and (group.start < start or group.end > end) \
                    or group.start >= end and _BETWEEN_GROUPS.fullmatch(text, end, group.start) \
                    or group.end <= start and _BETWEEN_GROUPS.fullmatch(text, group.end, start):
                start, end, grown = min(start, group.start), max(end, group.end), True
    return start, end


def _call_violation(rule: CallRule, turn: int) -> QaViolation:
    return QaViolation(turn, rule.id, rule.verdict, rule.item, rule.message, rule.suggestion)


class _Alignment:
    """Offsets in a turn's original text -> offsets in its redacted text. Redaction replaces spans and
    keeps everything between them, so the equal stretches of the two texts pin the mapping; a position
    inside a replaced span goes to the edge of its replacement (a mark never cuts a tag in two)."""

    def __init__(self, original: str, redacted: str) -> None:
        self.length = len(redacted)
        if original == redacted:
            self.ops = [("equal", 0, len(original), 0, len(redacted))]
        else:
            self.ops = SequenceMatcher(None, original, redacted, autojunk=False).get_opcodes()

    def start(self, position: int) -> int:
        for tag, i1, i2, j1, j2 in self.ops:
            if i1 <= position < i2:
                return j1 + position - i1 if tag == "equal" else j1
        return self.length

    def end(self, position: int) -> int:
        for tag, i1, i2, j1, j2 in self.ops:
            if i1 < position <= i2:
                return j1 + position - i1 if tag == "equal" else j2
        return 0


# What the report cannot vouch for where the redactor left it (red team bb10, 11: a Kazakh ИИН, a Ukrainian phone, an
# English name — kinds guard does not read yet): a number of six digits or more, its groups apart by spaces, dashes,
# dots, brackets or a line break, and a word in Latin letters written as a name is ("John", "Smith"). The report is
# read for the wording; it shows no number and no Latin name it cannot tell from personal data (fail closed).
_UNVOUCHED = re.compile(r"(?<![\w<])\+?\d(?:[ \t\n\-–—.()/]{0,3}\d){5,}(?!\w)|(?<![^\W\d_])[A-Z][a-z]+(?:['’\-][A-Za-z]+)?(?![^\W\d_])")

# A tag the redactor wrote ("<PERSON>"): a rule's value in a fragment holding one is the redactor's to have masked.
_REDACTED_ALREADY = re.compile(r"<[A-Z_]+>")


def show_turn(original: str, redacted: str, spans: list[tuple[int, int]],
              values: frozenset[int] = frozenset()) -> tuple[str, list[tuple[int, int] | None]]:
    """The redacted text with each span of the original mapped into it; a mapped fragment that does not
    read as plain wording is replaced by HIDDEN (the detector saw personal data the redactor left), and so is one
    whose index is in `values` with no tag in it, however plain it reads: a rule found a value there that the redactor
    did not mask ("владелец Зима": the surname is an ordinary word; red team bb7, 12)."""
    unvouched = [[m.start(), m.end()] for m in _UNVOUCHED.finditer(redacted)]
    if not spans or len(original) > _ALIGN_LIMIT or len(redacted) > _ALIGN_LIMIT:
        return _hide(redacted, unvouched, [None] * len(spans))
    alignment = _Alignment(original, redacted)
    mapped: list[tuple[int, int] | None] = []
    for start, end in spans:
        if end <= start:
            mapped.append(None)
            continue
        a, b = alignment.start(start), alignment.end(end)
        mapped.append((a, b) if a < b else None)
    hidden: list[list[int]] = []  # merged stretches of the redacted text to hide
    for index, span in sorted(((i, s) for i, s in enumerate(mapped) if s is not None), key=lambda pair: pair[1]):
        fragment = redacted[span[0]:span[1]]
        if _plainly_wording(fragment) and (index not in values or _REDACTED_ALREADY.search(fragment)):
            # a value the redactor masked only in part ("79-06-<DATE_OF_BIRTH>": red team bb9, 09): the number groups
            # said with its tag are the same value's and are hidden with it
            if index not in values or _with_its_number(redacted, *span) == span:
                continue
        if index in values:
            span = _with_its_number(redacted, *span)
        hidden.append([span[0], span[1]])
    return _hide(redacted, hidden + unvouched, mapped)


def _hide(redacted: str, stretches: list[list[int]], mapped: list[tuple[int, int] | None]
          ) -> tuple[str, list[tuple[int, int] | None]]:
    """The redacted text with each stretch (merged where they touch) replaced by HIDDEN, the marks moved with it."""
    hidden = joined_spans((a, b) for a, b in stretches)
    if not hidden:
        return redacted, mapped

    def moved(position: int, side: str) -> int:
        shift = 0
        for a, b in hidden:
            if position >= b:
                shift += len(HIDDEN) - (b - a)
            elif position > a or (position == a and side == "end"):
                return a + shift + (len(HIDDEN) if side == "end" else 0)
        return position + shift

    return spans_hidden(redacted, hidden, HIDDEN), [None if s is None else (moved(s[0], "start"), moved(s[1], "end"))
                                                    for s in mapped]


def _shown_id(value: object, redact: Callable[[str], str], own_day: str | None = None) -> str:
    """An operator's id as the report shows it: redacted like the turns, since an export may put a
    name or a number there, and what makes it no code masked besides (`fields.masked_id`: a Latin
    surname "vorobiev_ps" -> "<…>_ps", a date; red team bb13 04); a plain code comes through as it is."""
    text = "" if value is None else value if isinstance(value, str) else str(value)
    return masked_between_tags(redact(text), own_day) if text else ""


def _shown_call_id(value: object, redact: Callable[[str], str], own_day: str | None = None) -> str | None:
    """A call's id as the report shows it, or None: only an id that reads as a code naming no one
    (`fields.reads_as_a_code`), writes no date but the call's own day (`fields.dates_in`: "PVS-19800312" packs
    initials and a birth date; red team bb13 04) and holds nothing the redactor reads; any other ("vorobyov_petr.wav",
    "Lebedev-Alexey-2026": red team bb10, 22) is the caller's data and the report numbers the call instead
    (`QaReport.add`). What the report cannot vouch for it does not print, redacted or not."""
    text = "" if value is None else value if isinstance(value, str) else str(value)
    return text if text and reads_as_a_code(text) and not dates_in(text, own_day) and redact(text) == text else None


def _role(turn: dict) -> str:
    """Who spoke, as the report names it: the client or the operator, never the export's own label."""
    return "client" if turn.get("speaker") == "client" else "operator"


def _ends_the_call_over_abuse(calls: CallRules, turns: list[dict], index: int, after_abuse: bool) -> bool:
    """The operator's turn `index` says goodbye and is the call's last, straight after the client's abuse
    (`after_abuse`: the client's turn before it was hinted as abuse): the call was ended over the abuse however it was
    worded ("до свидания", "спасибо за звонок, всего доброго" — red team bb11 17), so 003's two warnings were due."""
    return after_abuse and index == len(turns) - 1 and _says(calls.farewell, _text(turns[index]))


def qa_call(call: dict, redact: Callable[[str], str], checker: DisclosureChecker | None = None) -> CallQa:
    """Review one call; `redact` turns a text into its redacted form for the report."""
    checker = checker or default_checker()
    turns = [turn for turn in call.get("turns") or [] if isinstance(turn, dict)]
    started_at = call.get("started_at")
    # shown only when the whole value is a date or a date-time (the export's own rule); anything else is dropped
    started_at = started_at if isinstance(started_at, str) and STARTED_AT.fullmatch(started_at) else None
    own_day = started_at[:10] if started_at else None
    result = CallQa(_shown_call_id(call.get("call_id"), redact, own_day), _shown_id(call.get("operator_id"), redact, own_day),
                    started_at, len(turns), greeting=False, farewell=False)
    said = Said()
    calls = checker.rules.calls
    operator_turns = [i for i, turn in enumerate(turns) if turn.get("speaker", "operator") != "client"]
    first_abuse: int | None = None
    after_abuse = False  # the last client turn was abusive
    warnings = 0
    violations: list[QaViolation] = []
    hints: list[QaHint] = []
    for index, turn in enumerate(turns):
        text = _text(turn)
        if turn.get("speaker") == "client":
            found = checker.check(text, "client")
            hints.extend(QaHint(index, h.rule, h.item, h.message, h.suggestion, h.start, h.end) for h in found.hints)
            abusive = any(hint.rule == "abuse" for hint in found.hints)
            if first_abuse is None and abusive:
                first_abuse = index
            after_abuse = abusive
            said.add(text)
            continue
        found = checker.check(text, "operator", None, said)
        said.add_operator(text)  # read with the next line: a value split over the operator's lines is told (H7)
        violations.extend(QaViolation(index, v.rule, v.verdict, v.item, v.message, v.suggestion, v.start, v.end)
                          for v in found.violations)
        if calls is not None and first_abuse is not None:
            if _says(calls.abuse_ending, text) or _ends_the_call_over_abuse(calls, turns, index, after_abuse):
                if warnings < calls.warnings_before_ending:
                    violations.append(_call_violation(calls.abuse_ending, index))
                first_abuse, warnings = None, 0
            elif _says(calls.abuse_warning, text):
                warnings += 1
    if calls is not None and operator_turns:
        opening = operator_turns[:2]
        result.greeting = any(_says(calls.greeting, _text(turns[i])) for i in opening)
        closing = operator_turns[-2:]
        result.farewell = any(_says(calls.farewell, _text(turns[i])) for i in closing)
        if not result.greeting:
            violations.append(_call_violation(calls.greeting, operator_turns[0]))
        if not result.farewell:
            violations.append(_call_violation(calls.farewell, operator_turns[-1]))
    elif calls is not None:
        violations.append(_call_violation(calls.greeting, -1))

    # Each listed turn is redacted once; the marks are placed in that redacted text.
    by_turn: dict[int, list] = defaultdict(list)
    for finding in violations + hints:
        if finding.turn >= 0:
            by_turn[finding.turn].append(finding)
    shown: dict[int, ShownTurn] = {}
    placed: dict[int, tuple[tuple[int, int] | None, str | None]] = {}
    for turn_index, findings in by_turn.items():
        text = _text(turns[turn_index])
        redacted = redact(text) if text else ""
        values = frozenset(i for i, finding in enumerate(findings) if _names_a_value(checker, finding.rule))
        shown_text, marks = show_turn(text, redacted, [(f.start, f.end) for f in findings], values)
        shown[turn_index] = ShownTurn(_role(turns[turn_index]), shown_text)
        for finding, mark in zip(findings, marks):
            placed[id(finding)] = (mark, shown_text[mark[0]:mark[1]] if mark else None)
    result.shown_turns = dict(sorted(shown.items()))
    # in text order within a turn; a rule about the whole call (no words to mark) after the words
    result.violations = sorted((_placed(v, placed) for v in violations),
                               key=lambda v: (v.turn, v.end <= v.start, v.start, v.rule))
    result.hint_findings = sorted((_placed(h, placed) for h in hints), key=lambda h: (h.turn, h.start, h.rule))
    return result


def _names_a_value(checker: DisclosureChecker, rule_id: str) -> bool:
    """A rule about a value (of the card, or of a kind of personal data): its words are that value, never shown; the
    model's guess of such a rule ("model:owner-name") too."""
    rule = checker.rules.by_id.get(rule_id.removeprefix(MODEL_PREFIX))
    return rule is not None and bool(rule.card or rule.entities)


def _text(turn: dict) -> str:
    text = turn.get("text")
    return text if isinstance(text, str) else ""


def _placed(finding, placed: dict):
    mark, phrase = placed.get(id(finding), (None, None))
    return replace(finding, mark=mark, phrase=None if phrase == HIDDEN else phrase)


def _rule_fields(rule: str, item: str, message: str, suggestion: str | None) -> dict:
    return {"title": rule_title(rule, message), "item": item, "item_title": item_title(item),
            "message": message, "suggestion": suggestion}


# A file's name is text like any other: "жалоба_Вершинин_79265550193.jsonl" names a customer (red team bb9, 28). The
# report shows the path with what the redactor finds in it masked, its separators read as blanks so that the words
# between them are words, and any run of five digits or more masked whatever kind it is (fail closed).
_PATH_SEPARATORS = str.maketrans("_-.+/\\", " " * 6)
_LONG_DIGITS = re.compile(r"\d{5,}")  # not guard.document.DIGITS: a short run (a rule's item, a line's number) stays


def shown_source(path: str | None) -> str | None:
    """The export's path as the QA report shows it: the personal data in it masked (tags), "-" (stdin) as it is."""
    if not path or path == "-":
        return path
    from guard.engine import default_redactor

    found = [(entity.start, entity.end, f"<{entity.type}>")
             for entity in default_redactor().redact(path.translate(_PATH_SEPARATORS)).entities]
    found += [(m.start(), m.end(), "<NUMBER>") for m in _LONG_DIGITS.finditer(path)
              if not any(start < m.end() and m.start() < end for start, end, _ in found)]
    shown, at = [], 0
    for start, end, tag in sorted(found):
        if start >= at:
            shown += [path[at:start], tag]
            at = end
    written = "".join(shown) + path[at:]
    folder, slash, name = written.rpartition("/")  # the file's own name: a code, or its words masked (red team bb13 04)
    return folder + slash + masked_between_tags(name)


class QaReport:
    """Calls reviewed so far: per utterance, per call, per operator, per rule, per day; JSON and HTML."""

    def __init__(self, max_offences: int = MAX_OFFENCES_KEPT, source: str | None = None) -> None:
        self.source = source  # the export the calls came from, its personal data masked (shown_source)
        self.calls = 0
        self.calls_with_violations = 0
        self.no_greeting = 0
        self.no_farewell = 0
        self.first_started: str | None = None
        self.last_started: str | None = None
        self.by_rule: Counter[str] = Counter()
        self.rule_info: dict[str, dict] = {}
        self.by_operator: dict[str, Counter[str]] = defaultdict(Counter)
        self.operator_stats: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_day: dict[str, Counter[str]] = defaultdict(Counter)
        self.hints: Counter[str] = Counter()
        self.hint_info: dict[str, dict] = {}
        self.block_entries: list[dict] = []
        self.warn_entries: list[dict] = []
        self.entries_dropped = 0
        self.hint_entries: list[dict] = []
        self.hint_entries_dropped = 0
        self.max_offences = max_offences
        self.per_call: list[dict] = []  # one line per call (clean ones too), capped like the utterances
        self.calls_dropped = 0
        self._ids_seen: Counter[str] = Counter()

    def add(self, call: CallQa) -> None:
        self.calls += 1
        if call.call_id is None:  # an id the report cannot vouch for: the call's number in the review, in its place
            call.call_id = f"№{self.calls}"  # ASCII codes only are shown: no clash
        # two calls whose ids read alike once redacted stay two rows, two anchors
        self._ids_seen[call.call_id] += 1
        if self._ids_seen[call.call_id] > 1:
            call.call_id = f"{call.call_id} №{self._ids_seen[call.call_id]}"
        verdict = call.verdict
        stats = self.operator_stats[call.operator_id]
        stats["calls"] += 1
        stats["calls_without_greeting"] += not call.greeting
        stats["calls_without_farewell"] += not call.farewell
        self.no_greeting += not call.greeting
        self.no_farewell += not call.farewell
        day = call.started_at[:10] if call.started_at and _DAY.match(call.started_at) else ""
        if day:
            self.first_started = min(self.first_started or call.started_at, call.started_at)
            self.last_started = max(self.last_started or call.started_at, call.started_at)
        counts = self.by_day[day]
        counts["calls"] += 1
        counts[f"calls_{verdict}"] += 1
        counts["violations"] += len(call.violations)
        counts["block_violations"] += sum(v.verdict == "block" for v in call.violations)
        for hint in call.hint_findings:
            self.hints[hint.rule] += 1
            self.hint_info.setdefault(hint.rule, _rule_fields(hint.rule, hint.item, hint.message, hint.suggestion))
        self._add_entries(call)
        if len(self.per_call) < self.max_offences:
            self.per_call.append(self._call_line(call))
        else:
            self.calls_dropped += 1
        if not call.violations:
            return
        self.calls_with_violations += 1
        stats["calls_with_violations"] += 1
        stats["calls_with_block"] += verdict == "block"
        for violation in call.violations:
            self.by_rule[violation.rule] += 1
            self.by_operator[call.operator_id][violation.rule] += 1
            stats["violations"] += 1
            stats["block_violations"] += violation.verdict == "block"
            self.rule_info.setdefault(violation.rule, {
                "verdict": violation.verdict, "verdict_title": verdict_title(violation.verdict),
                **_rule_fields(violation.rule, violation.item, violation.message, violation.suggestion)})

    def _call_line(self, call: CallQa) -> dict:
        flagged = defaultdict(list)
        for violation in call.violations:
            flagged[violation.turn].append(violation.verdict)
        return {"call_id": call.call_id, "anchor": call_anchor(call.call_id), "operator_id": call.operator_id,
                "started_at": call.started_at,
                "turns": call.turns, "verdict": call.verdict, "verdict_title": verdict_title(call.verdict),
                "greeting": call.greeting, "farewell": call.farewell, "violations": len(call.violations),
                "block_violations": sum(v.verdict == "block" for v in call.violations), "hints": call.hints,
                "flagged_turns": [{"turn": turn, "verdict": max(verdicts, key=_VERDICT_RANK.__getitem__),
                                   "anchor": anchor(call.call_id, turn)} for turn, verdicts in sorted(flagged.items())],
                "hint_turns": [{"turn": turn, "anchor": anchor(call.call_id, turn)}
                               for turn in sorted({h.turn for h in call.hint_findings})]}

    def _add_entries(self, call: CallQa) -> None:
        for turn, violations in _group(call.violations).items():
            entry = self._entry(call, turn, violations)
            entry["violations"] = [{"rule": v.rule, "verdict": v.verdict, "verdict_title": verdict_title(v.verdict),
                                    **_rule_fields(v.rule, v.item, v.message, v.suggestion),
                                    "phrase": v.phrase, "mark": list(v.mark) if v.mark else None,
                                    "whole_call": v.end <= v.start} for v in violations]
            entry["verdict"] = "block" if any(v.verdict == "block" for v in violations) else "warn"
            entry["verdict_title"] = verdict_title(entry["verdict"])
            self._keep(entry)
        for turn, hints in _group(call.hint_findings).items():
            entry = self._entry(call, turn, hints)
            entry["hints"] = [{"rule": h.rule, **_rule_fields(h.rule, h.item, h.message, h.suggestion),
                               "phrase": h.phrase, "mark": list(h.mark) if h.mark else None} for h in hints]
            if len(self.hint_entries) < self.max_offences:
                self.hint_entries.append(entry)
            else:
                self.hint_entries_dropped += 1

    @staticmethod
    def _entry(call: CallQa, turn: int, findings: list) -> dict:
        shown = call.shown_turns.get(turn)
        return {"anchor": anchor(call.call_id, turn), "call_id": call.call_id, "operator_id": call.operator_id,
                "started_at": call.started_at, "turn": turn, "turns": call.turns,
                "speaker": shown.speaker if shown else "operator", "text": shown.text if shown else ""}

    def _keep(self, entry: dict) -> None:
        """Up to max_offences utterances; past that, a `block` one takes the place of the latest `warn` one."""
        if len(self.block_entries) + len(self.warn_entries) >= self.max_offences:
            self.entries_dropped += 1
            if entry["verdict"] != "block" or not self.warn_entries:
                return
            self.warn_entries.pop()
        (self.block_entries if entry["verdict"] == "block" else self.warn_entries).append(entry)

    @property
    def source(self) -> str | None:
        return self._source

    @source.setter
    def source(self, path: str | None) -> None:
        self._source = shown_source(path)  # set by the command line and by guard batch --report: masked either way

    def period(self) -> dict:
        days = sorted(day for day in self.by_day if day)
        return {"from": self.first_started, "to": self.last_started, "days": len(days),
                "calls_without_date": self.by_day[""]["calls"] if "" in self.by_day else 0}

    def to_json(self, generated_at: datetime | None = None) -> dict:
        generated_at = generated_at or datetime.now(timezone.utc)
        rules = sorted(self.by_rule.items(), key=lambda kv: (-_VERDICT_RANK[self.rule_info[kv[0]]["verdict"]], -kv[1], kv[0]))
        return {
            "title": "Контроль качества звонков: разглашение и формулировки",
            "source": self.source,
            "generated_at": generated_at.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "period": self.period(),
            "calls": self.calls,
            "calls_with_violations": self.calls_with_violations,
            "calls_with_block": sum(stats["calls_with_block"] for stats in self.operator_stats.values()),
            "violations": sum(self.by_rule.values()),
            "block_violations": sum(c for rule, c in self.by_rule.items() if self.rule_info[rule]["verdict"] == "block"),
            "calls_without_greeting": self.no_greeting,
            "calls_without_farewell": self.no_farewell,
            "by_rule": {rule: {"count": count, **self.rule_info[rule]} for rule, count in rules},
            "by_operator": {
                operator: {"calls": stats["calls"], "calls_with_violations": stats["calls_with_violations"],
                           "calls_with_block": stats["calls_with_block"], "violations": stats["violations"],
                           "block_violations": stats["block_violations"],
                           "calls_without_greeting": stats["calls_without_greeting"],
                           "calls_without_farewell": stats["calls_without_farewell"],
                           "by_rule": dict(self.by_operator[operator].most_common())}
                for operator, stats in sorted(self.operator_stats.items())
            },
            "by_day": {day or "unknown": {"calls": c["calls"], "calls_with_violations": c["calls_warn"] + c["calls_block"],
                                          "calls_with_block": c["calls_block"], "violations": c["violations"],
                                          "block_violations": c["block_violations"]}
                       for day, c in sorted(self.by_day.items(), key=lambda kv: kv[0] or "9999")},
            "client_hints": dict(self.hints.most_common()),
            "client_hint_rules": {rule: {"count": count, **self.hint_info[rule]} for rule, count in self.hints.most_common()},
            "utterances": self.block_entries + self.warn_entries,  # block first, then in the order of the export
            "utterances_not_listed": self.entries_dropped,
            "client_turns": self.hint_entries,
            "client_turns_not_listed": self.hint_entries_dropped,
            "per_call": self.per_call,
            "calls_not_listed": self.calls_dropped,
        }

    def write_json(self, path: str | Path, data: dict | None = None) -> None:
        data = data or self.to_json()
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def write_html(self, path: str | Path, data: dict | None = None) -> None:
        from guard.disclosure.report import render_html

        Path(path).write_text(render_html(data or self.to_json()), encoding="utf-8")


def _group(findings: list) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for finding in findings:
        grouped[finding.turn].append(finding)
    return dict(sorted(grouped.items()))


def anchor(call_id: str, turn: int) -> str:
    """The #anchor of one turn in the HTML report: letters, digits and '-' only."""
    return f"{call_anchor(call_id)}-turn-{turn}"


def call_anchor(call_id: str) -> str:
    return safe_id("call", call_id)


def qa_calls(calls: Iterable[dict], redact: Callable[[str], str], source: str | None = None) -> QaReport:
    report = QaReport(source=source)
    for call in calls:
        report.add(qa_call(call, redact))
    return report
