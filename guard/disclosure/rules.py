"""The disclosure rules file (policies/disclosure.yaml) as pydantic models, compiled for matching.

The file is what a compliance officer edits, so every rule quotes the instruction item it comes
from, and a mistake is reported as "disclosure.yaml:41: rules[7].phrases[2]: ..." rather than a
traceback. Compiling turns each rule's patterns and regexes into matchers once, at load time.

A rule says what it looks for with one or more of:
    phrases:   word patterns (guard.disclosure.patterns), matched over lemmas
    without_card: word patterns that count only when there is no card to compare with (a number's
               last digits: with the card, п. 6 may allow them; without it, nobody can tell)
    regex:     regular expressions over the text with spoken numbers as digits (hosts, IPs, URLs)
    numbers:   numbers said near some words (other departments' phones), minus public numbers (written
               in the rule or named lists: `public: [service_numbers]`, imported from policies/lists.yaml)
    card:      values from the caller's card that the caller has not said themselves
    entities:  personal data the engine detects, when there is no card to compare with
and may narrow it with `near` (words that must stand close), `exceptions` (patterns that,
overlapping a match, make it fine) and `unless` (patterns that, anywhere, make the rule silent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guard import recognizers
from guard.disclosure.patterns import Pattern, PatternSyntaxError, Slot, compile_pattern, compile_patterns
from guard.policy.conditions import fits_any
from guard.policy.source import PolicyError, import_lists, read_yaml

Verdict = Literal["allow", "warn", "block"]
Speaker = Literal["operator", "client"]
ValueKind = Literal["digits", "name", "address", "email", "date", "words"]
ENTITY_TYPES = recognizers.ENTITY_TYPES  # a rule may name any kind the registry knows
_LIST_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CARD_PATH = re.compile(r"^[a-z_]+(?:\[\*\])?(?:\.[a-z_]+(?:\[\*\])?)*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _patterns(value: list[str]) -> list[str]:
    for text in value:
        try:
            compile_patterns([text])
        except PatternSyntaxError as exc:
            raise ValueError(str(exc)) from None
    return value


class NearModel(_Strict):
    words: list[str] = Field(min_length=1, description="words (with |, =, @ as in patterns), one of which must stand near")
    window: int = Field(4, ge=1, le=20, description="how many words before or after the match")

    @field_validator("words")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        return _patterns(value)


def _public_entries(value: list[str]) -> list[str]:
    for entry in value:
        if not (re.fullmatch(r"[0-9#]+\*?", entry) or _LIST_NAME.fullmatch(entry)):
            raise ValueError(f"{entry!r}: digits and # only, optionally ending in * (any continuation), "
                             "or the name of a list under `lists:`")
    return value


# Numbers that may be said (Инструкция запретов, п. 9): digit patterns (# any digit, a final * any continuation)
# or the name of a list under `lists:` (`service_numbers`, imported from policies/lists.yaml).
PublicNumbers = Annotated[list[str], AfterValidator(_public_entries)]


class CardValueModel(_Strict):
    path: str = Field(description="card path; [*] for every item of a list, e.g. call_details[*].number")
    kind: ValueKind = Field(alias="as")
    allowed_if_confirmed: str | None = Field(None, description="the caller confirmed this path: the value may be said (п. 5)")
    last4_when_identified: bool = Field(False, description="the last 4 digits may be said under п. 6")
    skip_if_equal_to: str | None = Field(None, description="not this rule's business when equal to this path")
    min_digits: int = Field(4, ge=1, le=20, description="shorter numbers are not protected (service numbers, п. 9)")
    public: PublicNumbers = Field(default_factory=list, description="values that may be said (п. 9)")

    @field_validator("path", "skip_if_equal_to")
    @classmethod
    def _path(cls, value: str | None) -> str | None:
        if value is not None and not _CARD_PATH.match(value):
            raise ValueError(f"{value!r} is not a card path like owner.last_name or numbers[*].msisdn")
        return value


class NumbersModel(_Strict):
    min_digits: int = Field(3, ge=2, le=20)
    near: NearModel
    public: PublicNumbers = Field(default_factory=list, description="numbers anyone may be told (п. 9)")


class RuleModel(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    item: str = Field(min_length=3, description="the instruction item, e.g. 'Инструкция запретов, п. 7'")
    quote: str | None = None
    speaker: Speaker = "operator"
    verdict: Literal["warn", "block", "hint"]
    message: str = Field(min_length=3)
    suggestion: str | None = None
    phrases: list[str] = Field(default_factory=list)
    without_card: list[str] = Field(default_factory=list, description="phrases that count only without the call's card")
    regex: list[str] = Field(default_factory=list)
    numbers: NumbersModel | None = None
    card: list[CardValueModel] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    near: NearModel | None = None
    exceptions: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)

    @field_validator("phrases", "without_card", "exceptions", "unless")
    @classmethod
    def _pattern_list(cls, value: list[str]) -> list[str]:
        return _patterns(value)

    @field_validator("regex")
    @classmethod
    def _regex(cls, value: list[str]) -> list[str]:
        for text in value:
            try:
                re.compile(text)
            except re.error as exc:
                raise ValueError(f"{text!r} is not a regular expression: {exc}") from None
        return value

    @field_validator("entities")
    @classmethod
    def _entities(cls, value: list[str]) -> list[str]:
        unknown = [name for name in value if name not in ENTITY_TYPES]
        if unknown:
            raise ValueError(f"unknown entity type {unknown[0]!r}; one of {', '.join(ENTITY_TYPES)}")
        return value

    @model_validator(mode="after")
    def _looks_for_something(self) -> "RuleModel":
        if not (self.phrases or self.without_card or self.regex or self.numbers or self.card or self.entities):
            raise ValueError("a rule needs at least one of phrases, without_card, regex, numbers, card, entities")
        if self.verdict == "hint" and self.speaker != "client":
            raise ValueError("hints are for the client's speech: set speaker: client")
        if self.speaker == "client" and self.without_card:
            raise ValueError("without_card is about the operator disclosing card data: not for the client's speech")
        if self.speaker == "client" and self.verdict != "hint":
            raise ValueError("the client's speech gives hints, not verdicts: set verdict: hint")
        return self


class CallRuleModel(_Strict):
    """A rule about a whole call (guard qa): what must be said, or what must come before what."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    item: str = Field(min_length=3)
    quote: str | None = None
    verdict: Literal["warn", "block"] = "warn"
    message: str = Field(min_length=3)
    suggestion: str | None = None
    phrases: list[str] = Field(min_length=1, description="what counts as said (the greeting, a warning, ...)")
    exceptions: list[str] = Field(default_factory=list)

    @field_validator("phrases", "exceptions")
    @classmethod
    def _pattern_list(cls, value: list[str]) -> list[str]:
        return _patterns(value)


class CallRulesModel(_Strict):
    greeting: CallRuleModel
    farewell: CallRuleModel
    abuse_warning: CallRuleModel = Field(description="one polite warning to an abusive client (003)")
    abuse_ending: CallRuleModel = Field(description="ending the call over abuse; fires with fewer than `warnings_before_ending`")
    warnings_before_ending: int = Field(2, ge=0, le=5)


class RulesFileModel(_Strict):
    name: str
    # named lists rules refer to (`public: [service_numbers]`); `name: {from: lists.yaml}` imports the shared
    # one (policies/lists.yaml, also read by the card policy) and is resolved before validation
    lists: dict[str, list[str]] = Field(default_factory=dict)
    rules: list[RuleModel] = Field(min_length=1)
    calls: CallRulesModel | None = None

    @field_validator("lists")
    @classmethod
    def _digit_lists(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, entries in value.items():
            for entry in entries:
                if not re.fullmatch(r"[0-9#]+", entry):
                    raise ValueError(f"list {name!r}: {entry!r} is not digits with `#` for any digit")
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> "RulesFileModel":
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
            for entry in [*(rule.numbers.public if rule.numbers else ()), *(e for v in rule.card for e in v.public)]:
                if _LIST_NAME.fullmatch(entry) and entry not in self.lists:
                    raise ValueError(f"rule {rule.id!r}: public names {entry!r}, which is not under `lists:` "
                                     f"(known: {', '.join(sorted(self.lists)) or 'none'})")
        return self


# --- compiled -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Near:
    slots: tuple[Slot, ...]
    window: int


@dataclass(frozen=True)
class CardValue:
    path: str
    kind: str
    allowed_if_confirmed: str | None
    last4_when_identified: bool
    skip_if_equal_to: str | None
    min_digits: int = 4
    public: tuple[str, ...] = ()  # п. 9 entries (digits, # for any digit, a final * for any continuation)

    def is_public(self, digits: str) -> bool:
        return fits_any(digits, self.public)


@dataclass(frozen=True)
class Numbers:
    min_digits: int
    near: Near
    public: tuple[str, ...]  # п. 9 entries, matched as the card policy matches its lists

    def is_public(self, digits: str) -> bool:
        return fits_any(digits, self.public)


@dataclass(frozen=True)
class Rule:
    id: str
    item: str
    speaker: str
    verdict: str
    message: str
    suggestion: str | None
    phrases: tuple[Pattern, ...]
    without_card: tuple[Pattern, ...]
    regex: tuple[re.Pattern, ...]
    numbers: Numbers | None
    card: tuple[CardValue, ...]
    entities: frozenset[str]
    near: Near | None
    exceptions: tuple[Pattern, ...]
    unless: tuple[Pattern, ...]


@dataclass(frozen=True)
class CallRule:
    id: str
    item: str
    verdict: str
    message: str
    suggestion: str | None
    phrases: tuple[Pattern, ...]
    exceptions: tuple[Pattern, ...]


@dataclass(frozen=True)
class CallRules:
    greeting: CallRule
    farewell: CallRule
    abuse_warning: CallRule
    abuse_ending: CallRule
    warnings_before_ending: int


@dataclass(frozen=True)
class RuleSet:
    name: str
    rules: tuple[Rule, ...]
    source: str = ""
    calls: CallRules | None = None
    by_id: dict[str, Rule] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_id.update({rule.id: rule for rule in self.rules})


def _near(model: NearModel | None) -> Near | None:
    if model is None:
        return None
    # a cue word is the value's attribute: an adjective there is never the adverb of its spelling ("прямо" сейчас)
    return Near(tuple(replace(compile_pattern(word).first, attribute=True) for word in model.words), model.window)


def _public_numbers(entries: list[str], lists: dict[str, list[str]] | None) -> tuple[str, ...]:
    """Digit patterns, a list's name standing for the list's entries (`service_numbers`: policies/lists.yaml);
    matched by guard.policy.conditions.number_fits, the card policy's own matcher."""
    return tuple(number for entry in entries
                 for number in ((lists or {})[entry] if _LIST_NAME.fullmatch(entry) else (entry,)))


def compile_rule(model: RuleModel, lists: dict[str, list[str]] | None = None) -> Rule:
    numbers = None
    if model.numbers is not None:
        numbers = Numbers(model.numbers.min_digits, _near(model.numbers.near), _public_numbers(model.numbers.public, lists))
    return Rule(
        id=model.id, item=model.item, speaker=model.speaker, verdict=model.verdict, message=model.message.strip(),
        suggestion=model.suggestion.strip() if model.suggestion else None,
        phrases=compile_patterns(model.phrases),
        without_card=compile_patterns(model.without_card),
        regex=tuple(re.compile(text, re.IGNORECASE) for text in model.regex),
        numbers=numbers,
        card=tuple(CardValue(v.path, v.kind, v.allowed_if_confirmed, v.last4_when_identified, v.skip_if_equal_to, v.min_digits,
                             _public_numbers(v.public, lists))
                   for v in model.card),
        entities=frozenset(model.entities), near=_near(model.near),
        exceptions=compile_patterns(model.exceptions),
        unless=compile_patterns(model.unless),
    )


def load_rules(path: str | Path) -> RuleSet:
    """Read, validate and compile a rules file; PolicyError names the file and line of any problem."""
    source = read_yaml(path)
    data = source.data
    if isinstance(data, dict) and "lists" in data:
        data = {**data, "lists": import_lists(source)}  # `name: {from: lists.yaml}` -> policies/lists.yaml
    try:
        model = RulesFileModel.model_validate(data)
    except ValidationError as exc:
        raise source.validation_error(exc) from None
    calls = None
    if model.calls is not None:
        calls = CallRules(*(_call_rule(getattr(model.calls, name))
                            for name in ("greeting", "farewell", "abuse_warning", "abuse_ending")),
                          model.calls.warnings_before_ending)
    return RuleSet(model.name, tuple(compile_rule(rule, model.lists) for rule in model.rules), source.file, calls)


def _call_rule(model: CallRuleModel) -> CallRule:
    return CallRule(model.id, model.item, model.verdict, model.message.strip(),
                    model.suggestion.strip() if model.suggestion else None,
                    compile_patterns(model.phrases),
                    compile_patterns(model.exceptions))


def default_rules_path() -> Path:
    """The bundled policies/disclosure.yaml, or the file GUARD_DISCLOSURE_RULES_PATH names (guard.config.PolicyFiles)."""
    from guard.config import PolicyFiles

    return PolicyFiles().disclosure_rules()


@lru_cache(maxsize=4)
def cached_rules(path: str) -> RuleSet:
    return load_rules(path)


__all__ = ["PolicyError", "Rule", "RuleSet", "load_rules", "default_rules_path", "cached_rules"]
