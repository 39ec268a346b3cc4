"""One call in, one outcome out: the function every engine (local workers, Spark executors) runs per record.

Keeping it in one place is what makes `--engine spark` and the local engine write identical bytes.
A call that cannot be redacted whole — malformed turns, text that is not a string, the detector
raising — is not written at all (fail closed); its outcome carries a reason that names the turn and
the kind of problem, never the text.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from guard.batch.records import CALL_FIELDS, CSV_COLUMNS, TURN_FIELDS, Record, format_call, time_field_problem
from guard.fields import (OTHER_NAMES, FieldNotRedacted, dates_in, holds_text, reads_as_a_code, redact_field,
                          redacted_or_withheld, shown, unique_key)
from guard.document import WORD
from guard.jsonl import BadLine
from guard.recognizers.person import may_name_a_person

# qa_call(original call, redact(text) -> redacted text) -> a small picklable per-call QA result
QaFunction = Callable[[dict, Callable[[str], str]], Any]


class TextRedactor(Protocol):
    def redact(self, text: str) -> Any: ...


class BadCall(ValueError):
    """The call cannot be written; the message is safe to log (no content)."""


# Fields docs/interfaces.md §6 gives a call and a turn that pass through as they are (CONTRACTS.md §6): the two ids are
# read for personal data, to warn (red team bb5 06: "79161234567-2026-11-01", an operator's name and phone), and so is
# a turn's speaker label (red team bb7 10: a telephony export labels the caller's channel by its number or the CRM's
# name); a time is not. Any other field holding text passes through too unless named (`--redact-field`), and is
# warned of (guard/fields.py).
ID_FIELDS = ("call_id", "operator_id")
_TURN_PREFIX = "turns[]."


def field_path(name: str) -> str:
    """A field named on the command line as the warning names it: "summary", "meta.comment", "turns[].note" (also
    written "turns.note": a field of every turn)."""
    name = name.strip()
    if name.startswith("turns.") and not name.startswith(_TURN_PREFIX):
        name = _TURN_PREFIX + name[len("turns."):]
    return name


@dataclass
class CallOutcome:
    """What happened to one record: its output bytes, or the reason it went to the errors file."""

    line_no: int
    resume_line: int | None  # the input line a checkpoint after this record may say is done (Record.resume_after)
    output: bytes | None = None
    error: BadLine | None = None
    turns: int = 0
    entities: Counter = field(default_factory=Counter)
    qa: Any = None
    qa_failed: bool = False
    passed_through: Counter = field(default_factory=Counter)  # warned field paths, once per call (no value)
    split: bool = False  # a later part of a CSV call whose rows came apart beyond the window (Record.split)


@dataclass
class RedactedCall:
    call: dict
    turns: int
    entities: Counter
    redacted_texts: dict[str, str]  # original turn text -> redacted, for the QA pass to reuse
    passed_through: Counter = field(default_factory=Counter)


def redact_call(call: dict, redactor: TextRedactor, redact_fields: tuple[str, ...] = ()) -> RedactedCall:
    """The call with every turn's `text` redacted and `entities` added, and every field of `redact_fields` ("summary",
    "turns[].note": see `field_path`) redacted as free text; other fields pass through, and the string ones among them
    are counted in `passed_through` (the ids only when they read as personal data)."""
    turns = call.get("turns")
    if not isinstance(turns, list):
        raise BadCall("field 'turns' must be a list")
    problem = time_field_problem("started_at", call.get("started_at"))
    if problem:
        raise BadCall(problem)
    entities: Counter = Counter()
    redacted_texts: dict[str, str] = {}
    spoken: list[tuple[int, Any, str]] = []  # (turn number, speaker, text) of the turns with text
    for number, turn in enumerate(turns, start=1):
        if not isinstance(turn, dict):
            raise BadCall(f"turn {number}: expected an object")
        for name in ("start", "end"):
            problem = time_field_problem(name, turn.get(name))
            if problem:
                raise BadCall(f"turn {number}: {problem}")
        text = turn.get("text")
        if text is not None and not isinstance(text, str):
            raise BadCall(f"turn {number}: field 'text' must be a string")
        if text is not None:
            spoken.append((number, turn.get("speaker"), text))
    results = _redacted_turns(spoken, redactor)
    out_turns = [{**turn, "entities": []} for turn in turns]
    for (number, _, text), result in zip(spoken, results):
        found = result.entities_as_dicts()
        entities.update(entity["type"] for entity in found)
        redacted_texts.setdefault(text, result.text)
        out_turns[number - 1] = {**turns[number - 1], "text": result.text, "entities": found}
    paths = {field_path(name) for name in redact_fields}
    call_paths = [path.split(".") for path in paths if not path.startswith(_TURN_PREFIX)]
    turn_paths = [path[len(_TURN_PREFIX):].split(".") for path in paths if path.startswith(_TURN_PREFIX)]
    out = {**call, "turns": out_turns}
    try:
        out = _keys_redacted(out, redactor, entities)
        out_turns = out["turns"] = [_keys_redacted(turn, redactor, entities) for turn in out_turns]
        for path in call_paths:
            redact_field(out, path, redactor.redact, entities)
        for turn in out_turns:
            for path in turn_paths:
                redact_field(turn, path, redactor.redact, entities)
    except FieldNotRedacted as exc:
        raise BadCall(str(exc)) from None
    passed = _passed_through(out, paths, redactor)
    return RedactedCall(out, len(out_turns), entities, redacted_texts, passed)


def redacted_keys(keys: list, redactor: TextRedactor, entities: Counter) -> list:
    """`keys` with each one not shaped as an identifier read as text and redacted ("Шестопалов Пётр 89031234567" — a
    speaker map or a tag set keyed by the customer, a pivot's column: red team bb11 04), two that redact alike numbered
    apart; an identifier-shaped key ("call_id", "note_2") stays as it is. The same keys give the same names in every
    process: a CSV header and its rows agree."""
    out: dict = {}
    for key in keys:
        if isinstance(key, str) and shown(key) == OTHER_NAMES:
            result = redacted_or_withheld(key, redactor.redact, "a field's name")
            entities.update(entity.type for entity in result.entities)
            out[unique_key(result.text, out)] = key
        else:
            out[unique_key(key, out) if isinstance(key, str) else key] = key
    return list(out)


def _keys_redacted(record: dict, redactor: TextRedactor, entities: Counter) -> dict:
    """`record` with its own keys redacted (`redacted_keys`); every value as it is."""
    return dict(zip(redacted_keys(list(record), redactor, entities), record.values()))


def _passed_through(call: dict, named: set[str], redactor: TextRedactor) -> Counter:
    """The paths of the fields of the redacted `call` that pass through unredacted and hold text: a field outside the
    shape of docs/interfaces.md §6, an id that reads as personal data. Names only, never a value."""
    found: Counter = Counter()
    for key, value in call.items():
        if key == "turns" or key in named:
            continue
        if key in ID_FIELDS:
            if isinstance(value, str) and (_reads_as_personal_data(value, redactor) or key == "call_id" and (
                    not reads_as_a_code(value) or dates_in(value, _own_day(call.get("started_at"))))):
                found[key] = 1  # a call's id is the caller's data until it reads as a code (red team bb10, 22)
        elif key not in CALL_FIELDS and holds_text(value):
            found[shown(key)] = 1
    labels: dict[str, bool] = {}  # a call has a few distinct speaker labels: each read once
    for turn in call["turns"]:
        if isinstance(turn, dict):
            for key, value in turn.items():
                path = _TURN_PREFIX + key
                if path in named:
                    continue
                if key == "speaker":
                    if isinstance(value, str) and value.strip() and labels.setdefault(
                            value, _label_reads_as_personal_data(value, redactor)):
                        found[path] = 1
                elif key not in TURN_FIELDS and key != "entities" and holds_text(value):
                    found[shown(path)] = 1
    return found


def _own_day(started_at: Any) -> str | None:
    """The call's own day ("YYYY-MM-DD") from its start time: a date in its id that is this day names the call."""
    return started_at[:10] if isinstance(started_at, str) and len(started_at) >= 10 else None


def _label_reads_as_personal_data(label: str, redactor: TextRedactor) -> bool:
    """A speaker label holds personal data when the redactor finds some, or when a word of it may be a person's name
    (the PERSON kind's answer for one word: "Воронцов" yes, "client", "Оператор", "спикер" no): a label is a word or
    two, without the context that tells the redactor a lone surname is one (red team bb8 17; in doubt, warn)."""
    return _reads_as_personal_data(label, redactor) or any(may_name_a_person(word) for word in WORD.findall(label))


def _reads_as_personal_data(value: str, redactor: TextRedactor) -> bool:
    try:
        return bool(redactor.redact(value).entities)
    except Exception:  # in doubt, warn
        return True


def _redacted_turns(spoken: list[tuple[int, Any, str]], redactor: TextRedactor) -> list[Any]:
    """The turns redacted together when the redactor reads a dialogue (a number dictated across turns is masked in
    each, guard/dialogue.py), else one by one; a detector failure withholds the call (BadCall)."""
    by_dialogue = getattr(redactor, "redact_dialogue", None)
    if by_dialogue is not None:
        try:
            return by_dialogue([(speaker, text) for _, speaker, text in spoken])
        except Exception as exc:  # any detector failure: the call is withheld, the job goes on
            raise BadCall(f"redaction failed ({type(exc).__name__})") from None
    results = []
    for number, _, text in spoken:
        try:
            results.append(redactor.redact(text))
        except Exception as exc:
            raise BadCall(f"turn {number}: redaction failed ({type(exc).__name__})") from None
    return results


def as_redacted_in(redacted: RedactedCall, redactor: TextRedactor) -> Callable[[str], str]:
    """A turn's text -> its text as the whole call's reading redacted it (`redact_call`: values dictated across turns,
    answers to a question); a text not in the call alone. What the QA report shows of a call (`guard qa`, `guard batch
    --report`) is redacted the way the call's export is (red team bb8, 10)."""
    def redact_text(text: str) -> str:
        cached = redacted.redacted_texts.get(text)
        return cached if cached is not None else redactor.redact(text).text
    return redact_text


def process_record(record: Record, redactor: TextRedactor, fmt: str,
                   columns: tuple[str, ...] = CSV_COLUMNS, qa_call: QaFunction | None = None,
                   redact_fields: tuple[str, ...] = ()) -> CallOutcome:
    """Redact one record and format it for the output; a bad record becomes an error outcome."""
    where = {"line_no": record.line_no, "resume_line": record.resume_after, "split": record.split}
    if isinstance(record.call, BadLine):
        return CallOutcome(**where, error=record.call)
    try:
        redacted = redact_call(record.call, redactor, redact_fields)
        output = _encode(format_call(redacted.call, fmt, columns))
    except BadCall as exc:
        return CallOutcome(**where, error=BadLine(record.line_no, str(exc)))
    except Exception as exc:  # a record we did not foresee: withheld and reported, the job goes on
        reason = f"could not be processed ({type(exc).__name__})"
        return CallOutcome(**where, error=BadLine(record.line_no, reason))
    outcome = CallOutcome(**where, output=output, turns=redacted.turns,
                          entities=redacted.entities, passed_through=redacted.passed_through)
    if qa_call is not None:
        try:
            outcome.qa = qa_call(record.call, as_redacted_in(redacted, redactor))
        except Exception:  # the report is secondary: the redacted call is still written, the miss counted
            outcome.qa_failed = True
    return outcome


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # JSON may escape a lone surrogate ("\ud800"); it has no UTF-8 form
        raise BadCall("contains a lone surrogate escape, not valid Unicode") from None
