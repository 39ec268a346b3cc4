"""Policy test cases (docs/interfaces.md §4): YAML files of cases, each checked against the policy.

A case file is `cases: [...]`. Each case is handed to the first registered case kind that
claims it (by its keys). Today there is one kind, card cases (`card` / `card_file`); another
kind, e.g. operator utterances (`text` / `speaker`), is added by writing a `CaseKind` and
calling `register_case_kind` — the runner, the CLI and the report do not change.
"""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guard.document import DIGITS
from guard.callstate import CallState
from guard.policy.context import CallContext
from guard.policy.evaluator import CardPolicy, load_policy
from guard.policy.operators import dialled_digits, digits_of
from guard.policy.paths import MISSING, PathSyntaxError, format_path, parse_path, resolve
from guard.policy.source import PolicyError, YamlSource, read_yaml


# --- the run ---------------------------------------------------------------------------------

@dataclass
class RunEnv:
    """What cases may need; the card policy is loaded on first use, once."""

    policy_path: Path
    redact_text: Callable[[str], str] | None = None
    _card_policy: CardPolicy | None = None

    @property
    def card_policy(self) -> CardPolicy:
        if self._card_policy is None:
            self._card_policy = load_policy(self.policy_path)
        return self._card_policy


class Case(Protocol):
    name: str
    line: int | None

    def check(self, env: RunEnv) -> list[str]:
        """What failed, one phrase each; empty when the case passes."""
        ...


class CaseKind(Protocol):
    name: str

    def claims(self, raw: dict) -> bool: ...

    def load(self, raw: dict, source: YamlSource, index: int) -> Case:
        """Raises PolicyError naming the file and line when the case is malformed."""
        ...


CASE_KINDS: list[CaseKind] = []


def register_case_kind(kind: CaseKind) -> None:
    CASE_KINDS.append(kind)


@dataclass
class CaseResult:
    file: str
    line: int | None
    name: str
    failures: list[str]

    @property
    def passed(self) -> bool:
        return not self.failures

    def describe(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.name}: " + "; ".join(self.failures)


@dataclass
class RunReport:
    results: list[CaseResult] = field(default_factory=list)
    errors: list[PolicyError] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(result.passed for result in self.results)

    @property
    def failed(self) -> int:
        return len(self.results) - self.passed

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> str:
        return f"{self.passed} passed, {self.failed} failed"


def collect_case_files(paths: list[str | Path]) -> list[Path]:
    """The *.yaml files named, and those under the folders named (recursively), in a stable order."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise PolicyError(path, None, "no such file or folder")
    return found


def load_cases(path: str | Path) -> list[Case]:
    source = read_yaml(path)
    data = source.data
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise PolicyError(source.file, source.line_of(()), "a case file is a mapping with `cases:`, a list of cases")
    unknown = sorted(set(data) - {"cases"})
    if unknown:
        raise source.error((unknown[0],), "unknown key; a case file holds only `cases:`")
    cases: list[Case] = []
    for index, raw in enumerate(data["cases"]):
        if not isinstance(raw, dict):
            raise source.error(("cases", index), "a case is a mapping with name, card or card_file, context and expect")
        kind = next((kind for kind in CASE_KINDS if kind.claims(raw)), None)
        if kind is None:
            raise source.error(
                ("cases", index),
                f"unknown case kind: no registered kind ({', '.join(k.name for k in CASE_KINDS)}) takes a case "
                f"with keys {', '.join(sorted(map(str, raw)))}",
            )
        cases.append(kind.load(raw, source, index))
    return cases


def run_case_files(paths: list[str | Path], policy_path: str | Path,
                   redact_text: Callable[[str], str] | None = None) -> RunReport:
    report = RunReport()
    env = RunEnv(Path(policy_path), redact_text)
    try:
        files = collect_case_files(paths)
    except PolicyError as exc:
        report.errors.append(exc)
        return report
    if not files:
        report.errors.append(PolicyError(", ".join(map(str, paths)), None, "no *.yaml case files here"))
    for file in files:
        try:
            cases = load_cases(file)
        except PolicyError as exc:
            report.errors.append(exc)
            continue
        for case in cases:
            try:
                failures = case.check(env)
            except PolicyError as exc:
                report.errors.append(exc)
                return report
            report.results.append(CaseResult(str(file), case.line, case.name, failures))
    return report


# --- card cases --------------------------------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _concrete_paths(value: list[str]) -> list[str]:
    for text in value:
        try:
            parse_path(text)
        except PathSyntaxError as exc:
            raise ValueError(str(exc)) from None
    return value


class CardContextModel(_Strict):
    identification: Literal["none", "primary", "alternative"] = "none"
    caller_gender: Literal["male", "female", "unknown"] = "unknown"
    identified_by: Literal["full_name", "organization"] | None = None
    confirmed: list[str] = Field(default_factory=list)


class CardExpectModel(_Strict):
    refused: bool | None = None
    visible: list[str] = Field(default_factory=list)
    hidden: list[str] = Field(default_factory=list)
    last4: list[str] = Field(default_factory=list)
    prefix: list[str] = Field(default_factory=list)

    @field_validator("visible", "hidden", "last4", "prefix")
    @classmethod
    def _paths(cls, value: list[str]) -> list[str]:
        return _concrete_paths(value)


class CardCaseModel(_Strict):
    name: str = Field(min_length=1)
    today: date | None = None
    card: dict | None = None
    card_file: str | None = None
    card_overrides: dict[str, Any] = Field(
        default_factory=dict, description="path -> value set on the card before the policy runs (not in §4; an addition)"
    )
    context: CardContextModel = Field(default_factory=CardContextModel)
    expect: CardExpectModel = Field(default_factory=CardExpectModel)

    @model_validator(mode="after")
    def _one_card(self) -> "CardCaseModel":
        if (self.card is None) == (self.card_file is None):
            raise ValueError("a card case has exactly one of `card` and `card_file`")
        return self

    @field_validator("card_overrides")
    @classmethod
    def _override_paths(cls, value: dict[str, Any]) -> dict[str, Any]:
        _concrete_paths(list(value))
        return value


@dataclass
class CardCase:
    name: str
    line: int | None
    card: dict
    ctx: CallContext
    expect: CardExpectModel

    def check(self, env: RunEnv) -> list[str]:
        decision = env.card_policy.apply(self.card, self.ctx, env.redact_text)
        shown = decision.card
        failures: list[str] = []
        if self.expect.refused is not None and decision.refused != self.expect.refused:
            failures.append(f"refused: expected {str(self.expect.refused).lower()}, got {str(decision.refused).lower()}")
        if decision.refused and not decision.refusal:
            failures.append("refused without the refusal wording")
        for expectation, check, paths in (
            ("visible", check_visible, self.expect.visible),
            ("hidden", check_hidden, self.expect.hidden),
            ("last4", check_last4, self.expect.last4),
            ("prefix", check_prefix, self.expect.prefix),
        ):
            for text in paths:
                path = parse_path(text)
                if resolve(self.card, path) is MISSING:
                    failures.append(f"{text}: no such field in the card")
                    continue
                problem = check(Outcome(path, self.card, shown))
                if problem:
                    failures.append(f"{expectation} {text}: {problem}")
        return failures


class CardCaseKind:
    name = "card"

    def claims(self, raw: dict) -> bool:
        return "card" in raw or "card_file" in raw

    def load(self, raw: dict, source: YamlSource, index: int) -> CardCase:
        loc = ("cases", index)
        try:
            model = CardCaseModel.model_validate(raw)
        except ValidationError as exc:
            raise source.validation_error(exc, within=loc) from None
        card = case_card(model, source, loc)
        for text, value in model.card_overrides.items():
            if not _set_path(card, parse_path(text), value):
                raise source.error(loc + ("card_overrides", text), f"{text}: the card has no place for this path")
        # the one construction of a call state from a `context` object (guard/callstate.py), as `guard check` does
        ctx = replace(CallState.from_context(model.context.model_dump()), today=model.today)
        return CardCase(model.name, source.line_of(loc), card, ctx, model.expect)


register_case_kind(CardCaseKind())


def case_card(model: Any, source: YamlSource, loc: tuple) -> dict | None:
    """A case's card: read from `card_file` (relative to the case file) or a copy of the inline `card`.

    Every case kind that carries a card (card cases, utterance cases) loads it here."""
    if model.card_file is not None:
        return _read_card(Path(source.file).parent / model.card_file, source, loc + ("card_file",))
    return copy.deepcopy(model.card)


def _read_card(path: Path, source: YamlSource, loc: tuple) -> dict:
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise source.error(loc, f"cannot read card file {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise PolicyError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    if not isinstance(card, dict):
        raise PolicyError(path, 1, "a card file holds one card: a JSON object")
    return card


def _set_path(document: Any, path: tuple, value: Any) -> bool:
    parent = resolve(document, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        if not isinstance(parent, list) or not 0 <= last < len(parent):
            return False
    elif not isinstance(parent, dict):
        return False
    parent[last] = value
    return True


# --- what each expectation means ----------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _leaves(value: Any, path: tuple = ()) -> list[tuple[tuple, Any]]:
    if isinstance(value, dict):
        return [leaf for key, inner in value.items() for leaf in _leaves(inner, path + (key,))]
    if isinstance(value, list):
        return [leaf for index, inner in enumerate(value) for leaf in _leaves(inner, path + (index,))]
    return [(path, value)] if value is not None and not isinstance(value, bool) else []


# A value shown exactly as the CRM has it in its own field, of at most this many words, is a label
# (a region, a network, the DE name): "Москва" as the region of a call does not disclose an address
# in Москва. Labels are not searched for words of a hidden value; free text, masked and redacted values
# are, and digits are searched everywhere.
LABEL_WORDS = 3


@dataclass(frozen=True)
class Outcome:
    """One expectation's view of a decided card: the field, the card as given, the card as shown."""

    path: tuple
    given: dict
    shown: dict

    @property
    def original(self) -> Any:
        return resolve(self.given, self.path)

    @property
    def value(self) -> Any:
        return resolve(self.shown, self.path)


def find_leaks(outcome: Outcome) -> list[str]:
    """Pieces of the original value found in the shown card: a word of it, or a run of 3 of its
    digits (docs/interfaces.md §4 `hidden`); labels outside the field itself are not searched for words."""
    words: set[str] = set()
    windows: set[str] = set()
    for _, value in _leaves(outcome.original):
        text = str(value)
        words.update(_fold(word) for word in _WORD.findall(text))
        digits = digits_of(text)
        windows.update(digits[i:i + 3] for i in range(len(digits) - 2))
    leaks: list[str] = []
    for path, value in _leaves(outcome.shown):
        text = str(value)
        if not _is_label(path, value, outcome):
            leaks.extend(f"word {word!r} appears at {format_path(path)}"
                         for word in _WORD.findall(text) if _fold(word) in words)
        runs = DIGITS.findall(text)
        leaks.extend(f"digits {window!r} appear at {format_path(path)}"
                     for window in sorted(windows) if any(window in run for run in runs))
    return leaks


def _is_label(path: tuple, value: Any, outcome: Outcome) -> bool:
    inside_hidden_field = path[: len(outcome.path)] == outcome.path
    return (
        not inside_hidden_field
        and isinstance(value, str)
        and resolve(outcome.given, path) == value
        and len(value.split()) <= LABEL_WORDS
    )


def check_visible(outcome: Outcome) -> str | None:
    if outcome.value is MISSING:
        # A field inside a section hidden whole (a refused owner, a passport) is in no output: the section reads "***".
        hidden_whole = next((section for end in range(len(outcome.path) - 1, 0, -1)
                             if isinstance(section := resolve(outcome.shown, outcome.path[:end]), str)), MISSING)
        if hidden_whole is MISSING:
            return "missing from the output"
        return f"shown as {json.dumps(hidden_whole, ensure_ascii=False)}, not unchanged"
    if outcome.value == outcome.original:
        return None
    return f"shown as {json.dumps(outcome.value, ensure_ascii=False, default=str)}, not unchanged"


def check_hidden(outcome: Outcome) -> str | None:
    leaks = find_leaks(outcome)
    return ", ".join(leaks[:3]) + (f" (+{len(leaks) - 3} more)" if len(leaks) > 3 else "") if leaks else None


def check_last4(outcome: Outcome) -> str | None:
    shown = outcome.value
    if shown is MISSING or shown is None:
        return "missing from the output"
    all_digits, got = dialled_digits(outcome.original), digits_of(shown)
    if len(all_digits) <= 4:
        return "the original has 4 digits or fewer: last4 would show all of it"
    if got != all_digits[-4:] or not str(shown).endswith(got):
        return f"shown as {json.dumps(shown, ensure_ascii=False)}, not only the last 4 digits"
    return None


def check_prefix(outcome: Outcome) -> str | None:
    shown = outcome.value
    if shown is MISSING or shown is None:
        return "missing from the output"
    all_digits, got = dialled_digits(outcome.original), digits_of(shown)
    if not (str(shown).startswith(got) and all_digits.startswith(got) and len(got) <= 4 and len(got) < len(all_digits)):
        return f"shown as {json.dumps(shown, ensure_ascii=False)}, not only a prefix of at most 4 digits"
    return None


# Utterance cases (`text`, `speaker`) for the disclosure rules are a second kind: guard/disclosure/cases.py.
from guard.disclosure.cases import register as _register_utterance_cases  # noqa: E402

_register_utterance_cases()
