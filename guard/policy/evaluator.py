"""Deciding what the operator may see of a customer card.

How a card is decided, node by node from the root:
1. The deciding rule of a node is the first rule in file order whose path matches the node
   or one of its ancestors and whose `when` holds.
2. If a rule earlier in the file than the deciding one names something *inside* the node,
   the node is not decided as a whole: its children are decided one by one (so
   `contract.status: show` placed before the 5-year refusal keeps the status visible).
3. Otherwise the deciding rule's action applies to the whole node; with no deciding rule the
   node is hidden (default deny), so a field the policy does not know never leaks.
4. A key is data too: a key that is not a field name (operators.is_field_name: named by a policy
   path, a field of the card shape, or identifier-like) is dropped with its node unless a rule
   shows something under it —
   `{"Иванов паспорт 4505678901": ...}` never reaches the screen as a key.

Compiled once per card shape (issue 13). What the walk above does depends on the card's shape (its keys, in
order, and where lists and mappings are) and on the answers of the rule conditions it asks (a few per card: the
5-year rule, "is this element the call's number", п. 6) — on nothing else of the card's values. The first card of
a shape is decided by the walk, which records the conditions it asked, their answers, and what it did at each node
(`_Route`). A later card of the same shape asks the same conditions in the same order, each against its own values;
when every answer is the same, the walk would go exactly the same way, so the route is replayed — the actions
applied to this card's values — without looking rules up per field. An answer that differs means another route
(kept beside the first, a few per shape) or the walk again. A route holds paths, rule ids and actions, never a
value; shapes with a key that is not a field name (a key that may be a value) are never compiled.

Routes are kept per shape *and call state* (identification, caller's gender, how identified, what was confirmed:
conditions.call_state_key). What the call state alone answers — "identified by full name", "the caller confirmed
the city number" — is answered once, when the route is compiled (conditions.settle), and only what is left of a
condition for the card's values is asked per request; a condition that does not read the element being decided
(the п. 6 conditions, asked for each number) is asked once a card, and equal conditions of different rules once.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path as FilePath
from typing import Any, Callable, Hashable

from pydantic import ValidationError

from guard.audit import safe_path
from guard.policy.conditions import (Condition, Situation, call_state_key, compile_condition, policy_today,
                                     reads_bound, reads_context, settle)
from guard.policy.context import CallContext
from guard.policy.operators import ACTIONS, CARD_SHAPE_KEYS, Transform, is_field_name
from guard.policy.paths import Path, PathPattern, format_path
from guard.policy.schema import PolicyModel
from guard.policy.source import PolicyError, import_lists, read_yaml

DEFAULT_DENY_RULE = "default_deny"
DEFAULT_DENY_ITEM = "152-ФЗ: не разрешено ни одним правилом политики (по умолчанию скрыто)"


@dataclass
class AppliedRule:
    """One line of explanation; never holds a value from the card."""

    rule: str
    item: str
    path: str
    action: str
    at: Path = ()  # the same path as a tuple (card-aware scrubbing reads the value there; never stored)


@dataclass
class PolicyDecision:
    card: dict
    refused: bool
    refusal: str | None
    applied: list[AppliedRule] | tuple[AppliedRule, ...]
    fail_closed: list[str]
    # The card's values as the decision met them: what it hid (whole values) and what it showed. Card-aware
    # scrubbing reads them (guard/proxy/scrub.py); they are the request's own and are never kept beyond it.
    hidden: list[tuple[Path, Any]] = field(default_factory=list)  # (path, value) as the actions met them
    shown: list[tuple[Path, Any]] = field(default_factory=list)
    partly: dict[Path, Any] = field(default_factory=dict)  # paths of `hidden` shown in part (last4, prefix) -> shown
    # `applied` grouped for the audit: ((rule id, action, (path, ...)), ...) in the order the rules first fired,
    # paths made safe (guard/audit.py safe_path). Worked out once per compiled route.
    summary: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    item: str
    patterns: tuple[PathPattern, ...]
    when: Condition | None
    action: str
    line: int | None

    def bindings(self, path: Path) -> tuple[tuple[int, ...], ...]:
        """The list indices each of the rule's patterns binds where it matches `path` or an ancestor of it.

        Pure structure: the same for every card with this path, so CardPolicy caches it."""
        out = []
        for pattern in self.patterns:
            if len(pattern) <= len(path):
                bound = pattern.match(path[: len(pattern)])
                if bound is not None:
                    out.append(bound)
        return tuple(out)

    def holds(self, bindings: tuple[tuple[int, ...], ...], situation: Situation) -> bool:
        """The rule's condition holds for one of its matches."""
        return any(self.when is None or self.when.holds(_with_bound(situation, bound)) for bound in bindings)

    def covers(self, path: Path, situation: Situation) -> bool:
        """The rule matches `path` or an ancestor of it, and its condition holds there."""
        return self.holds(self.bindings(path), situation)

    def names_inside(self, path: Path) -> bool:
        """The rule names something strictly inside `path`."""
        return any(len(pattern) > len(path) and pattern.match_prefix(path) is not None for pattern in self.patterns)


def _with_bound(situation: Situation, bound: tuple[int, ...]) -> Situation:
    return Situation(situation.card, situation.ctx, situation.today, situation.lists, bound, situation.read_once,
                     situation.card_facts)


_DROPPED = object()
# Actions that let something of a node through; a node decided only by others shows nothing of itself.
REVEALING_ACTIONS = frozenset({"show", "show_text", "show_code", "show_time", "show_name", "last4", "prefix", "redact"})


@dataclass
class _Decision:
    transform: Transform
    applied: list[AppliedRule] = field(default_factory=list)
    refused: bool = False
    # (rule index, bound list indices) -> whether the rule's condition holds. Within one card a condition
    # with the same binding always gives the same answer: the 5-year rule covers every node, and is
    # worked out once per card instead of once per node.
    held: dict[tuple[int, tuple[int, ...]], bool] = field(default_factory=dict)
    # While compiling a route: every condition asked, in the order asked, with its answer.
    asked: list[tuple[int, tuple[int, ...], bool]] | None = None


@dataclass(frozen=True)
class _Plan:
    """What the policy knows about one path before seeing any card: compiled once per path, shared by every card
    of that shape (cards of one CRM share their structure)."""

    candidates: tuple[tuple[int, tuple[tuple[int, ...], ...]], ...]  # rules matching it structurally, with bindings
    first_inside: int  # index of the first rule naming something inside it
    text: str  # the path as written in explanations (format_path)
    field_name: bool  # its last key names a field (is_field_name), so the key may stay on screen


class CardPolicy:
    def __init__(self, name: str, refusal: str, lists: dict[str, tuple[str, ...]], rules: list[Rule], source: str = "") -> None:
        self.name = name
        self.refusal = refusal
        self.lists = lists
        self.rules = rules
        self.source = source
        # Cards share their structure, so a path's plan is computed once per path, not per card.
        self._plans: dict[Path, _Plan] = {}
        # Cards share their shape too: how the walk went for a shape and call state is replayed on the next card of
        # them (_Route); each rule's condition settled for a call state is worked out once (_settled).
        self._routes: dict[Hashable, list[_Route]] = {}
        self._settled: dict[tuple[int, tuple], tuple[Condition | bool, str, bool]] = {}
        # This policy's own mark in a card's facts (Situation.card_facts): a route's condition that reads no call state
        # answers the same for every decision of the card, by this policy's lists and on one day.
        self._facts_mark = object()
        self._card_only: dict[str, bool] = {}  # a settled condition's text -> it reads the card alone
        self.known_keys = CARD_SHAPE_KEYS | {segment for rule in rules for pattern in rule.patterns
                                             for segment in pattern.segments if isinstance(segment, str)}

    def _plan(self, path: Path) -> _Plan:
        plan = self._plans.get(path)
        if plan is None:
            candidates = tuple((index, bound) for index, rule in enumerate(self.rules)
                               if (bound := rule.bindings(path)))
            first_inside = next((index for index, rule in enumerate(self.rules) if rule.names_inside(path)),
                                len(self.rules))
            field_name = bool(path) and is_field_name(path[-1], self.known_keys)
            plan = _Plan(candidates, first_inside, format_path(path), field_name)
            # Only paths of field names and indices are remembered: a key that may be a value (a surname, a phone
            # number used as a key) is planned again on each card and never kept in memory.
            if field_name and all(isinstance(key, int) or is_field_name(key, self.known_keys) for key in path):
                if len(self._plans) > 50_000:  # a CRM that invents paths must not grow this without bound
                    self._plans.clear()
                self._plans[path] = plan
        return plan

    def apply(self, card: dict, ctx: CallContext, redact_text: Callable[[str], str] | None = None,
              card_facts: dict | None = None) -> PolicyDecision:
        """`card_facts`: what earlier decisions of the same card content read of the card alone (Situation.card_facts),
        read and added to; None: this decision reads them for itself."""
        situation = Situation(card=card, ctx=ctx, today=ctx.today or policy_today(), lists=self.lists,
                              card_facts=card_facts if card_facts is not None else {})
        transform = Transform(redact_text or redact_with_engine, known_keys=self.known_keys)
        shape = card_shape(card, self.known_keys)
        if shape is not None:
            shape = (shape, call_state_key(ctx))
        route = self._route(shape, situation) if shape is not None else None
        if route is not None:
            shown = _replay(route.step, card, transform)
            applied: list[AppliedRule] | tuple[AppliedRule, ...] = route.applied  # shared, read-only
            refused, summary = route.refused, route.summary
        else:
            # The walk, with a memo of its own: the conditions it asks are recorded from the first.
            decision = _Decision(transform, asked=[] if shape is not None else None)
            shown, step = self._decide(card, (), situation, decision)
            applied, refused, summary = decision.applied, decision.refused, audit_summary(decision.applied, self.known_keys)
            if shape is not None and decision.asked is not None:
                asked = self._left_to_ask(decision.asked, ctx, shape[1])
                if asked is not None:
                    self._remember(shape, _Route(asked, step, tuple(applied), refused, summary))
        return PolicyDecision(
            card=shown if isinstance(shown, dict) else {},
            refused=refused,
            refusal=self.refusal if refused else None,
            applied=applied,
            fail_closed=transform.fail_closed,
            hidden=transform.hidden,
            shown=transform.shown,
            partly=transform.partly,
            summary=summary,
        )

    def _route(self, shape: Hashable, situation: Situation) -> "_Route | None":
        """The route a card of this shape and call state takes: the first one whose conditions — what is left of
        them for the card's values — all answer as they did when it was compiled. Each is asked at most once a card."""
        held: dict[Hashable, bool] = {}
        facts, card_only = situation.card_facts, self._card_only
        for route in self._routes.get(shape, ()):
            for key, condition, bound, answer in route.asked:
                found = held.get(key)
                if found is None:
                    # a condition of the card alone is asked once a card content, whatever the level (its answer is
                    # kept in the card's facts, which the proxy keeps a body); one that reads the call, once a decision
                    only = card_only.get(key[0])
                    if only is None:
                        only = card_only[key[0]] = not reads_context(condition)
                    fact = (self._facts_mark, key, situation.today) if only else None
                    found = facts.get(fact) if only else None
                    if found is None:
                        found = bool(condition.holds(_with_bound(situation, bound)))
                        if only:
                            facts[fact] = found
                    held[key] = found
                if found is not answer:
                    break
            else:
                return route
        return None

    def _left_to_ask(self, asked: list[tuple[int, tuple[int, ...], bool]], ctx: CallContext,
                     state: tuple) -> "tuple[_Asked, ...] | None":
        """The walk's conditions as a route asks them on the next card: each settled for the call state, those the
        state answers left out, the rest once per (condition, element it reads). None — do not compile — if an
        answer disagrees with the settled condition (it cannot: the walk and the route read the same tests)."""
        left: dict[tuple[str, tuple[int, ...]], _Asked] = {}
        for index, bound, answer in asked:
            settled, text, reads = self._settle(index, ctx, state)
            if isinstance(settled, bool):
                if settled is not answer:
                    return None
                continue
            key = (text, bound if reads else ())
            if key in left:
                if left[key][3] is not answer:
                    return None
                continue
            left[key] = (key, settled, key[1], answer)
        return tuple(left.values())

    def _settle(self, index: int, ctx: CallContext, state: tuple) -> tuple[Condition | bool, str, bool]:
        """Rule `index`'s condition settled for the call state: (what is left, its text, whether it reads `[*]`)."""
        found = self._settled.get((index, state))
        if found is None:
            when = self.rules[index].when
            settled = True if when is None else settle(when, ctx)
            found = (settled, repr(settled), not isinstance(settled, bool) and reads_bound(settled))
            if len(self._settled) > 50_000:  # call states invented by a client must not grow this without bound
                self._settled.clear()
            self._settled[(index, state)] = found
        return found

    def _remember(self, shape: Hashable, route: "_Route") -> None:
        routes = self._routes.get(shape)
        if routes is None:
            if len(self._routes) >= MAX_SHAPES:  # a CRM that invents shapes must not grow this without bound
                self._routes.clear()
            self._routes[shape] = [route]
        elif len(routes) < MAX_ROUTES_PER_SHAPE:
            self._routes[shape] = routes + [route]  # a new list: a reader iterating the old one is undisturbed

    def _decide(self, value: Any, path: Path, situation: Situation, decision: _Decision) -> tuple[Any, Any]:
        """The node decided, and the step that replays the decision on another card of this shape (`_replay`)."""
        plan = self._plan(path)
        deciding_index = next((index for index, bindings in plan.candidates
                               if self._holds(index, bindings, situation, decision)), len(self.rules))
        deciding = self.rules[deciding_index] if deciding_index < len(self.rules) else None
        if isinstance(value, (dict, list)) and (not path or plan.first_inside < deciding_index):
            return self._decide_children(value, path, situation, decision)
        if deciding is None:
            decision.applied.append(AppliedRule(DEFAULT_DENY_RULE, DEFAULT_DENY_ITEM, plan.text, "hide", path))
            return decision.transform.apply("hide", value, path), (_ACT, "hide", path)
        decision.applied.append(AppliedRule(deciding.id, deciding.item, plan.text, deciding.action, path))
        if deciding.action == "refuse":
            decision.refused = True
        if deciding.action == "drop" and path and isinstance(path[-1], int):
            decision.transform.dropped(value, path)
            return _DROPPED, (_DROP, path)
        return decision.transform.apply(deciding.action, value, path), (_ACT, deciding.action, path)

    def _holds(self, index: int, bindings: tuple[tuple[int, ...], ...], situation: Situation,
               decision: _Decision) -> bool:
        rule = self.rules[index]
        if rule.when is None:
            return True
        for bound in bindings:
            key = (index, bound)
            held = decision.held.get(key)
            if held is None:
                held = decision.held[key] = bool(rule.when.holds(_with_bound(situation, bound)))
                if decision.asked is not None:
                    decision.asked.append((index, bound, held))
            if held:
                return True
        return False

    def _decide_children(self, value: dict | list, path: Path, situation: Situation,
                         decision: _Decision) -> tuple[Any, Any]:
        steps = []
        if isinstance(value, dict):
            shown = {}
            for key, inner in value.items():
                before = len(decision.applied)
                inner_path = path + (key,)
                decided, step = self._decide(inner, inner_path, situation, decision)
                keep = self._plan(inner_path).field_name or any(a.action in REVEALING_ACTIONS
                                                                for a in decision.applied[before:])
                if keep:
                    shown[key] = decided
                steps.append((keep, step))
            return shown, (_MAPPING, tuple(steps))
        kept = []
        for index, inner in enumerate(value):
            decided, step = self._decide(inner, path + (index,), situation, decision)
            steps.append(step)
            if decided is not _DROPPED:
                kept.append(decided)
        return kept, (_LIST, tuple(steps))


# --- routes: the walk compiled for one card shape (see the module's docstring) ---------------------------------

MAX_SHAPES = 512  # card shapes x call states remembered; a CRM's cards come in a handful, call states in a few dozen
MAX_ROUTES_PER_SHAPE = 16  # routes per shape and call state (condition answers); past it, the walk
MAX_SHAPE_NODES = 2_000  # a bigger card is walked, not compiled

_ACT, _MAPPING, _LIST, _DROP = range(4)
# One condition a route asks of a card: (key, the condition settled for the call state, the bound indices it reads,
# the answer the route was compiled with); key = (the condition's text, those indices), one answer per key a card.
_Asked = tuple[tuple[str, tuple[int, ...]], Condition, tuple[int, ...], bool]
_LEAF = 0


@dataclass(frozen=True)
class _Route:
    """How the walk went for one shape and one set of condition answers. Paths, rule ids, actions: no values."""

    asked: tuple[_Asked, ...]  # what is left to ask of a card's values, each once, in the order first asked
    step: Any  # nested steps: (_ACT, action, path) | (_MAPPING, ((keep key, step), ...)) | (_LIST, steps) | (_DROP, path)
    applied: tuple[AppliedRule, ...]
    refused: bool
    summary: tuple[tuple[str, str, tuple[str, ...]], ...]  # audit_summary(applied)


def audit_summary(applied: list[AppliedRule] | tuple[AppliedRule, ...],
                  known_keys: frozenset[str] = CARD_SHAPE_KEYS) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """((rule id, action, (path, ...)), ...) in the order the rules first fired; paths stripped of anything
    value-like (guard/audit.py), and every key that is not a field name written "*" (a key may be a value: a
    name written as an identifier) — what the audit record says about a decision."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for item in applied:
        path = item.at if all(isinstance(key, int) or key in known_keys for key in item.at) \
            else tuple(key if isinstance(key, int) or key in known_keys else "*" for key in item.at)
        grouped.setdefault((item.rule, item.action), []).append(safe_path(format_path(path)))
    return tuple((rule, action, tuple(paths)) for (rule, action), paths in grouped.items())


def card_shape(card: Any, known_keys: frozenset[str]) -> Hashable | None:
    """The card's structure: its keys in order, where mappings and lists are and how long the lists are — no
    values. None when it is not worth compiling or not safe to remember: a key that is not a field name (it may be
    a value: a surname, a phone number), or more than MAX_SHAPE_NODES nodes."""
    budget = [MAX_SHAPE_NODES]

    def shape(value: Any) -> Any:
        if isinstance(value, dict):
            budget[0] -= len(value)
            if budget[0] < 0 or not (known_keys.issuperset(value) or all(is_field_name(key) for key in value)):
                raise _NotCompiled
            # a leaf inline, not a call: most of a card's nodes are leaves
            return (_MAPPING, tuple(value), tuple([shape(inner) if isinstance(inner, (dict, list)) else _LEAF
                                                   for inner in value.values()]))
        if isinstance(value, list):
            budget[0] -= len(value)
            if budget[0] < 0:
                raise _NotCompiled
            return (_LIST, tuple([shape(inner) if isinstance(inner, (dict, list)) else _LEAF for inner in value]))
        return _LEAF

    try:
        return shape(card)
    except (_NotCompiled, RecursionError):  # too deep to read here: the walk decides (or fails) as it always has
        return None


class _NotCompiled(Exception):
    pass


def _replay(step: Any, value: Any, transform: Transform) -> Any:
    """A recorded route applied to a card of the same shape: the same actions at the same paths, on its values."""
    kind = step[0]
    if kind == _ACT:
        return ACTIONS[step[1]](transform, value, step[2])
    if kind == _MAPPING:
        shown = {}
        for (key, inner), (keep, inner_step) in zip(value.items(), step[1]):
            # an action inline, not a call: most of a card's steps are a field's action
            decided = (ACTIONS[inner_step[1]](transform, inner, inner_step[2]) if inner_step[0] == _ACT
                       else _replay(inner_step, inner, transform))
            if keep:
                shown[key] = decided
        return shown
    if kind == _LIST:
        kept = []
        for inner, inner_step in zip(value, step[1]):
            decided = _replay(inner_step, inner, transform)
            if decided is not _DROPPED:
                kept.append(decided)
        return kept
    transform.dropped(value, step[1])
    return _DROPPED


def redact_with_engine(text: str) -> str:
    """The default free-text redactor: the engine, imported only when a comment needs it.
    If it cannot be loaded this raises, and the text is masked (fail closed)."""
    return _engine_redactor().redact(text).text


@lru_cache(maxsize=1)
def _engine_redactor() -> Any:
    import guard

    redactor_class = getattr(guard, "Redactor", None)
    if redactor_class is None:
        from guard.engine import Redactor as redactor_class
    return redactor_class()


def load_policy(path: str | FilePath) -> CardPolicy:
    source = read_yaml(path)
    if not isinstance(source.data, dict):
        raise PolicyError(source.file, source.line_of(()), "a policy file is a mapping with name, refusal, lists and rules")
    raw_lists = import_lists(source)  # `name: {from: lists.yaml}` -> the shared list (policies/lists.yaml)
    known_lists = set(raw_lists) if isinstance(raw_lists, dict) else set()
    data = {**source.data, "lists": raw_lists} if "lists" in source.data else source.data
    try:
        model = PolicyModel.model_validate(data, context={"lists": known_lists})
    except ValidationError as exc:
        raise source.validation_error(exc) from None
    seen: dict[str, int] = {}
    rules: list[Rule] = []
    for index, rule in enumerate(model.rules):
        if rule.id in seen:
            raise source.error(("rules", index, "id"), f"rule id {rule.id!r} is already used by rules[{seen[rule.id]}]")
        seen[rule.id] = index
        rules.append(Rule(
            id=rule.id,
            item=rule.item,
            patterns=tuple(PathPattern.parse(text) for text in rule.paths),
            when=compile_condition(rule.when) if rule.when is not None else None,
            action=rule.action,
            line=source.line_of(("rules", index)),
        ))
    lists = {name: tuple(entries) for name, entries in model.lists.items()}
    return CardPolicy(model.name, model.refusal, lists, rules, source=source.file)


def default_policy_path() -> FilePath:
    """The bundled policies/152fz.yaml, or the file GUARD_POLICY_PATH names (guard.config.PolicyFiles)."""
    from guard.config import PolicyFiles

    return PolicyFiles().card_policy()
