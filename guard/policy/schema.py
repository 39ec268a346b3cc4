"""The policy file as pydantic models: the edge where a person's YAML becomes trusted data.

A policy file (see policies/152fz.yaml):

    name: ...
    refusal: ...              # the wording shown when the 5-year rule refuses
    lists:                    # named lists conditions can refer to (`in_list`)
      service_numbers: {from: lists.yaml}       # a shared list (policies/lists.yaml), imported by name
      own_numbers: ["112", "0###", ...]         # or written here: digits; `#` is any one digit
    rules:                    # first matching rule wins; anything no rule covers is hidden
      - id: owner_surname
        item: "Инструкция запретов, п. 1"
        paths: [owner.last_name, owner.organization]
        when: {...}           # optional condition
        action: hide          # show | show_text | show_code | show_time | show_name | hide | last4 | prefix | redact | refuse | drop

A condition is `all: [...]`, `any: [...]`, `not: {...}`, or a test: one subject
(`field: <card path>` or `context: <call context attribute>`) and one test
(`equals`, `in`, `equals_field`, `equals_context`, `contains`, `older_than`, `after_today`, `in_list`).
"""
from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationInfo, field_validator, model_validator

from guard.policy.paths import ANY_INDEX, PathPattern, PathSyntaxError

ACTIONS = ("show", "show_text", "show_code", "show_time", "show_name", "hide", "last4", "prefix", "redact", "refuse", "drop")
ContextAttribute = Literal["identification", "caller_gender", "identified_by", "confirmed"]
Scalar = Union[str, int, float, bool, None]
TESTS = ("equals", "in_", "equals_field", "equals_context", "contains", "older_than", "after_today", "in_list")
DURATION = re.compile(r"(?<!\d)(?P<amount>\d+)(?P<unit>[ymd])")  # lookbehind: linear on long digit runs
LIST_ENTRY = re.compile(r"[0-9#]+")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


def _check_path(text: str) -> str:
    try:
        PathPattern.parse(text)
    except PathSyntaxError as exc:
        raise ValueError(str(exc)) from None
    return text


class FieldTest(_Strict):
    field: str | None = None
    context: ContextAttribute | None = None
    equals: Scalar = None
    in_: list[Scalar] | None = Field(None, alias="in")
    equals_field: str | None = None
    equals_context: ContextAttribute | None = None
    contains: Scalar = None
    older_than: str | None = None
    after_today: bool | None = None  # a date later than today (true) or not (false); a value that is no date: neither
    in_list: str | None = None

    @field_validator("field", "equals_field")
    @classmethod
    def _paths(cls, value: str | None) -> str | None:
        return None if value is None else _check_path(value)

    @field_validator("older_than")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value is not None and not DURATION.fullmatch(value):
            raise ValueError(f"older_than takes a duration like 5y, 6m or 30d, not {value!r}")
        return value

    @field_validator("in_list")
    @classmethod
    def _known_list(cls, value: str | None, info: ValidationInfo) -> str | None:
        known = (info.context or {}).get("lists")
        if value is not None and known is not None and value not in known:
            raise ValueError(f"in_list names {value!r}, which is not under `lists:` (known: {', '.join(sorted(known)) or 'none'})")
        return value

    @model_validator(mode="after")
    def _one_subject_one_test(self) -> "FieldTest":
        given = self.model_fields_set
        subjects = [name for name in ("field", "context") if name in given]
        if len(subjects) != 1:
            raise ValueError("a test names exactly one subject: `field: <card path>` or `context: <attribute>`")
        tests = [name for name in TESTS if name in given]
        if len(tests) != 1:
            raise ValueError(
                "a test has exactly one of: equals, in, equals_field, equals_context, contains, older_than, after_today, "
                "in_list"
                + (f" (found {', '.join(t.rstrip('_') for t in tests)})" if tests else "")
            )
        return self

    @property
    def test(self) -> str:
        return next(name for name in TESTS if name in self.model_fields_set)


class AllOf(_Strict):
    all: list["Condition"] = Field(min_length=1)


class AnyOf(_Strict):
    any: list["Condition"] = Field(min_length=1)


class NotOf(_Strict):
    not_: "Condition" = Field(alias="not")


def _condition_kind(raw: Any) -> str | None:
    if isinstance(raw, dict):
        for key in ("all", "any", "not"):
            if key in raw:
                return key
        return "test"
    for kind, model in (("all", AllOf), ("any", AnyOf), ("not", NotOf), ("test", FieldTest)):
        if isinstance(raw, model):
            return kind
    return None


Condition = Annotated[
    Union[
        Annotated[AllOf, Tag("all")],
        Annotated[AnyOf, Tag("any")],
        Annotated[NotOf, Tag("not")],
        Annotated[FieldTest, Tag("test")],
    ],
    Discriminator(
        _condition_kind,
        custom_error_type="condition",
        custom_error_message="a condition is a mapping: all: [...], any: [...], not: {...}, or a field/context test",
    ),
]

AllOf.model_rebuild()
AnyOf.model_rebuild()
NotOf.model_rebuild()


class RuleModel(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    item: str = Field(min_length=1, description="the instruction item the rule comes from, quoted")
    paths: list[str] = Field(min_length=1)
    when: Condition | None = None
    action: Literal["show", "show_text", "show_code", "show_time", "show_name", "hide", "last4", "prefix", "redact", "refuse", "drop"]
    note: str | None = None

    @field_validator("paths")
    @classmethod
    def _paths(cls, value: list[str]) -> list[str]:
        return [_check_path(text) for text in value]

    @model_validator(mode="after")
    def _drop_takes_list_elements(self) -> "RuleModel":
        if self.action == "drop":
            for text in self.paths:
                if PathPattern.parse(text).segments[-1] is not ANY_INDEX:
                    raise ValueError(f"drop removes list elements: its paths end in [*], not {text!r}")
        return self


class PolicyModel(_Strict):
    name: str = Field(min_length=1)
    refusal: str = Field(min_length=1, description="the operator's wording when the 5-year rule refuses")
    lists: dict[str, list[str]] = Field(default_factory=dict)
    rules: list[RuleModel] = Field(min_length=1)

    @field_validator("lists")
    @classmethod
    def _digit_patterns(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, entries in value.items():
            for entry in entries:
                if not LIST_ENTRY.fullmatch(entry):
                    raise ValueError(f"list {name!r}: {entry!r} is not digits with `#` for any digit")
        return value
