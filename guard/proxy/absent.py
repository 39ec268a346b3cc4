"""A hidden field the CRM left out reads as one it sent: "***" at the place the card shape gives it.

An absent value is information — "this customer has no e-mail on file", "the owner has no patronymic" — and a hidden one
is "***" whatever it was, null included (guard/policy/operators.py hide). So before the policy decides a customer card,
each field a rule hides outright (a path with no index or wildcard: owner.middle_name, email, contact) that the card's
section lacks is put in as null, where the card shape (docs/interfaces.md §3, the bundled sample cards' key order)
places it (a section as its keys, each null), and the policy hides it like any other (red team rounds 25 and 27). Only a card is filled in — a JSON object
with an `owner` object — never a sub-resource or a search hit, and only sections the card has.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from guard.policy import CardPolicy

_HIDING = ("hide", "refuse")


@lru_cache(maxsize=1)
def _shape_order() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each section's keys in the order the bundled cards (the card shape of docs/interfaces.md §3) write them."""
    cards = json.loads(resources.files("guard").joinpath("data/cards.json").read_text(encoding="utf-8"))
    order: dict[tuple[str, ...], list[str]] = {}

    def walk(section: dict[str, Any], at: tuple[str, ...]) -> None:
        keys = order.setdefault(at, [])
        for key, value in section.items():
            if key not in keys:
                keys.append(key)
            if isinstance(value, dict):
                walk(value, at + (key,))

    for card in cards:
        walk(card, ())
    return {at: tuple(keys) for at, keys in order.items()}


@lru_cache(maxsize=8)
def _hidden_fields(policy: CardPolicy) -> tuple[tuple[str, ...], ...]:
    """The fields the policy's rules hide by name, without an index or a wildcard: ("owner", "middle_name"), ("email",)."""
    paths = []
    for rule in policy.rules:
        if rule.action in _HIDING and rule.when is None:
            paths += [pattern.segments for pattern in rule.patterns
                      if all(isinstance(segment, str) and segment != "*" for segment in pattern.segments)]
    return tuple(dict.fromkeys(tuple(path) for path in paths))


def _nothing(at: tuple[str, ...]) -> Any:
    """What stands for an absent field: null, or for a section the card shape has (`contact`) its keys, each null —
    a section the policy reads key by key shows its keys."""
    keys = _shape_order().get(at)
    return None if keys is None else {key: _nothing(at + (key,)) for key in keys}


def _placed(section: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """`section` with the field `path` ends in put in as nothing, after the nearest key the card shape places before it
    (else first)."""
    key, order = path[-1], _shape_order().get(path[:-1], ())
    at = order.index(key) if key in order else len(order)
    before = next((k for k in reversed(order[:at]) if k in section), None)
    nothing = _nothing(path)
    out: dict[str, Any] = {} if before is not None else {key: nothing}
    for name, value in section.items():
        out[name] = value
        if name == before:
            out[key] = nothing
    return out


def with_absent_hidden(card: Any, policy: CardPolicy) -> Any:
    """`card` with every field the policy hides by name, absent from a section it has, put in as null."""
    if not isinstance(card, dict) or not isinstance(card.get("owner"), dict):
        return card
    out = card
    for path in _hidden_fields(policy):
        parents, key = path[:-1], path[-1]
        section = out
        for name in parents:
            section = section.get(name) if isinstance(section, dict) else None
        if not isinstance(section, dict) or key in section:
            continue
        placed = _placed(section, path)
        out = _replaced(out, parents, placed)
    return out


def _replaced(card: dict[str, Any], at: tuple[str, ...], section: dict[str, Any]) -> dict[str, Any]:
    """A copy of `card` with the section at `at` replaced (the CRM's own objects are never changed in place)."""
    if not at:
        return section
    return {key: (_replaced(value, at[1:], section) if key == at[0] else value) for key, value in card.items()}
