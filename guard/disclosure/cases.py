"""Utterance cases for `guard policy test` (docs/interfaces.md §4, extended): the disclosure rules, tested as data.

    cases:
      - name: the word "сбой" in the genitive warns with the item 7 phrase
        text: "Из-за сбоя связь пропала"
        speaker: operator                  # operator (default) | client
        card_file: ../cards/ivanov.json    # optional: the call's card (or `card: {...}`)
        context:                           # optional
          identification: primary          # none | primary | alternative
          caller_gender: male              # male | female | unknown
          identified_by: full_name         # full_name | organization: how primary identification was passed
          confirmed: [msisdn]              # card paths the caller stated correctly (п. 5)
          said: ["мой номер 8 916 ..."]     # what the caller has said earlier in the call
        expect:
          verdict: warn                    # allow | warn | block
          rules: [service-failure-words]   # must fire
          not_rules: [delay-verb]          # must not fire
          hints: []                        # client hints that must be given

A case is told from a card case by its `text` (with an `expect`). It runs against policies/disclosure.yaml (or
$GUARD_DISCLOSURE_RULES_PATH), not the card policy.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from guard.callstate import CallState
from guard.policy.source import YamlSource


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UtteranceContextModel(_Strict):
    identification: Literal["none", "primary", "alternative"] = "none"
    caller_gender: Literal["male", "female", "unknown"] = "unknown"
    identified_by: Literal["full_name", "organization"] | None = None
    confirmed: list[str] = Field(default_factory=list)
    said: list[str] = Field(default_factory=list)


class UtteranceExpectModel(_Strict):
    verdict: Literal["allow", "warn", "block"] | None = None
    rules: list[str] = Field(default_factory=list)
    not_rules: list[str] = Field(default_factory=list)
    hints: list[str] = Field(default_factory=list)


class UtteranceCaseModel(_Strict):
    name: str = Field(min_length=1)
    text: str
    speaker: Literal["operator", "client"] = "operator"
    card: dict | None = None
    card_file: str | None = None
    context: UtteranceContextModel = Field(default_factory=UtteranceContextModel)
    expect: UtteranceExpectModel

    @model_validator(mode="after")
    def _at_most_one_card(self) -> "UtteranceCaseModel":
        if self.card is not None and self.card_file is not None:
            raise ValueError("an utterance case has at most one of `card` and `card_file`")
        return self


@dataclass
class UtteranceCase:
    name: str
    line: int | None
    text: str
    speaker: str
    context: object | None  # guard.disclosure.context.CheckContext; imported when a case runs (it loads morphology)
    said: tuple[str, ...]
    expect: UtteranceExpectModel

    def check(self, env: object) -> list[str]:
        from guard.disclosure.checker import default_checker
        from guard.disclosure.context import Said

        checker = default_checker()
        # a case with the caller's turns (`said`) is checked within a call; without, as a line alone (said_back.py)
        result = checker.check(self.text, self.speaker, self.context, Said.of(self.said) if self.said else None)
        fired = {finding.rule for finding in result.violations}
        hinted = {finding.rule for finding in result.hints}
        failures: list[str] = []
        known = set(checker.rules.by_id)
        for rule in self.expect.rules + self.expect.not_rules + self.expect.hints:
            if rule not in known:
                failures.append(f"no rule {rule!r} in {checker.rules.source}")
        if self.expect.verdict is not None and result.verdict != self.expect.verdict:
            failures.append(f"verdict: expected {self.expect.verdict}, got {result.verdict}"
                            + (f" ({', '.join(sorted(fired))})" if fired else ""))
        missing = [rule for rule in self.expect.rules if rule not in fired]
        if missing:
            failures.append(f"rules not fired: {', '.join(missing)}" + (f" (fired: {', '.join(sorted(fired))})" if fired else ""))
        unwanted = [rule for rule in self.expect.not_rules if rule in fired]
        if unwanted:
            failures.append(f"rules fired that must not: {', '.join(unwanted)}")
        missing_hints = [rule for rule in self.expect.hints if rule not in hinted]
        if missing_hints:
            failures.append(f"hints not given: {', '.join(missing_hints)}" + (f" (given: {', '.join(sorted(hinted))})" if hinted else ""))
        return failures


class UtteranceCaseKind:
    name = "utterance"

    def claims(self, raw: dict) -> bool:
        # `text` and `expect`: a case without expectations is no test (and stays an unknown kind)
        return "text" in raw and "expect" in raw

    def load(self, raw: dict, source: YamlSource, index: int) -> UtteranceCase:
        loc = ("cases", index)
        try:
            model = UtteranceCaseModel.model_validate(raw)
        except ValidationError as exc:
            raise source.validation_error(exc, within=loc) from None
        # imported here: guard.policy.testing registers this module's case kind when it loads
        from guard.policy.testing import case_card

        card = case_card(model, source, loc)
        context = None
        if card is not None:
            from guard.disclosure.context import CheckContext

            # the one construction of a call state from a `context` object (guard/callstate.py), as `guard check` does
            state = CallState.from_context(model.context.model_dump(exclude={"said"}))
            context = CheckContext.of(state, card)
        return UtteranceCase(model.name, source.line_of(loc), model.text, model.speaker, context,
                             tuple(model.context.said), model.expect)


def register() -> None:
    """Add utterance cases to `guard policy test`, ahead of card cases: a case with `text` is an
    utterance case even when it carries a `card` for context."""
    from guard.policy import testing

    if not any(isinstance(kind, UtteranceCaseKind) for kind in testing.CASE_KINDS):
        testing.CASE_KINDS.insert(0, UtteranceCaseKind())
