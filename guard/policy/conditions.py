"""Rule conditions, evaluated over the card and the call context. Structured data only: nothing is eval'd."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterator, Protocol, get_args

from guard.policy.context import CallContext
from guard.policy.flash import RESTRICTION_CODES, folded, named_codes, restriction_codes
from guard.policy.operators import REDACTION_FAILED, number_digits, parse_date
from guard.policy.owner import IN_DOUBT, owner_fact_of, owner_in_doubt, owner_reading
from guard.policy.paths import ANY_INDEX, MISSING, PathPattern, resolve
from guard.policy.termination import LATEST_RUSSIAN_OFFSET, policy_today, terminations_stated  # noqa: F401 (re-exported)
from guard.policy.termination import key_code as _key_code, values_stated
from guard.policy.schema import DURATION, AllOf, AnyOf, ContextAttribute, FieldTest, NotOf


@dataclass(frozen=True)
class Situation:
    """What a condition may look at: the card, the call, the named lists, and the indices the rule's `[*]` bound."""

    card: dict
    ctx: CallContext
    today: date
    lists: dict[str, tuple[str, ...]]
    bound: tuple[int, ...] = ()
    # What the whole card states, read once a decision rather than once a condition that asks it, and not kept beyond
    # the decision (the owner's one reading: it holds the owner's values): one dict shared by the situation's bound
    # copies (evaluator._with_bound).
    read_once: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    # What the card alone states, whatever the call (its contract's end by a day, whether its owner is in doubt,
    # whether it writes its kind twice otherwise): pure functions of the card, and no value of it (what the proxy keeps
    # between requests holds no customer's value: tests/security/test_cache_isolation.py), so one dict may serve every
    # decision of the same card content — the proxy keeps one a body (guard/proxy/filtering.CardSecretsCache.facts: a
    # call's open, its passes and its refreshes read them once); a decision given none reads them once itself.
    card_facts: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)


class Condition(Protocol):
    def holds(self, situation: Situation) -> bool: ...


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]

    def holds(self, situation: Situation) -> bool:
        return all(part.holds(situation) for part in self.parts)


@dataclass(frozen=True)
class Any_:
    parts: tuple[Condition, ...]

    def holds(self, situation: Situation) -> bool:
        return any(part.holds(situation) for part in self.parts)


@dataclass(frozen=True)
class Not:
    part: Condition

    def holds(self, situation: Situation) -> bool:
        return not self.part.holds(situation)


@dataclass(frozen=True)
class Test:
    field: PathPattern | None
    context: str | None
    test: str
    expected: Any

    def holds(self, situation: Situation) -> bool:
        value = self._subject(situation)
        return TESTS[self.test](value, self.expected, situation)

    def _subject(self, situation: Situation) -> Any:
        if self.field is not None:
            return field_value(self.field, situation)
        return context_value(self.context, situation.ctx)


def field_value(pattern: PathPattern, situation: Situation) -> Any:
    path = pattern.bind(situation.bound)
    value = MISSING if path is None else resolve(situation.card, path)
    value = None if value is MISSING else value
    if path is not None and len(path) == 1 and path[0] in _KIND_FIELDS and _kind_in_doubt(situation, path[0], value):
        return IN_DOUBT
    if path and (path[0] == "owner" or len(path) == 1 and path[0] in _KIND_FIELDS) and _owner_in_doubt(situation):
        return IN_DOUBT  # another owner record names another person or gender (guard/policy/owner.py; bb21, f07)
    if path is not None and len(path) == 2 and path[0] == "owner" and (fact := owner_fact_of(path[1])) is not None:
        return _owner_reading(situation).one(fact)  # under any spelling of its key ("sex", "Gender"; bb27, f06)
    if path in _CONTRACT_END_FIELDS:
        return _contract_end(situation, path, value)
    return value


# The 5-year rule's fields: a termination the card states anywhere else (guard/policy/termination.py) is read into them
_CONTRACT_END_FIELDS = frozenset({("contract", "status"), ("contract", "terminated_at")})


def _contract_end(situation: Situation, path: tuple, value: Any) -> Any:
    """`contract.status` / `contract.terminated_at` as the whole card states them (red team bb18, f06): when the card
    says elsewhere that the contract ended, the status is in doubt (no test that opens on "active" opens) and the end
    is the earliest one stated — one no one can read before any date (the 5-year rule reads it as old)."""
    stated = _terminations(situation)
    if not stated:
        return value
    if path[1] == "status":
        return IN_DOUBT
    if not _may_take_a_stated_end(situation, value, stated):
        return value
    ends = [end for end in [value, *(found.end for found in stated)] if end not in (None, "")]
    if not ends:
        return value
    unreadable = [end for end in ends if parse_date(end) is None]
    if unreadable:
        return unreadable[0]
    return min(ends, key=lambda end: earliest_day(end, parse_date(end)))


# The 5-year rule's live statuses (policies/152fz.yaml, contract_terminated_over_5_years: `in: [active, suspended]`)
_LIVE_STATUSES = ("active", "suspended")


def _may_take_a_stated_end(situation: Situation, value: Any, stated: list) -> bool:
    """Whether an end stated outside the contract's own fields may stand for `contract.terminated_at` (review of stop
    53, F1: such an end only adds a refusal). The card's own fields refuse a contract that is not live and whose end
    is unknown or after today; a note's date ("закрыт 01.06.2025", a request, a refused termination) must not supply
    or move that end, or the card is shown. So an unknown or future own end stays as written — unless the card's own
    status is live and every statement elsewhere gives a date: then the card's own fields show it, and the earliest
    stated end can only refuse it (older than 5 years, after today, unreadable)."""
    if value not in (None, "") and not _after_today(value, True, situation):
        return True  # an own end in the past: the earliest end only moves it earlier (older: refused sooner)
    status = resolve(situation.card, ("contract", "status"))
    return status in _LIVE_STATUSES and all(found.end not in (None, "") for found in stated)


def _terminations(situation: Situation) -> list:
    """terminations_stated of the situation's card and today, read once a card content (Situation.card_facts): a pure
    function of the two, and neither changes while the policy decides one card."""
    key = ("terminations", situation.today)
    stated = situation.card_facts.get(key)
    if stated is None:
        stated = situation.card_facts[key] = terminations_stated(situation.card, situation.today)
    return stated


def _owner_in_doubt(situation: Situation) -> bool:
    """owner_in_doubt of the situation's card, read once a card content (as _terminations): every condition on an owner
    field or the card's kind asked it, and it walks the whole card for owner records."""
    in_doubt = situation.card_facts.get("owner_in_doubt")
    if in_doubt is None:
        in_doubt = situation.card_facts["owner_in_doubt"] = owner_in_doubt(situation.card)
    return in_doubt


def _owner_reading(situation: Situation) -> Any:
    """owner_reading of the situation's card, read once a decision — never kept in the card's facts, which the proxy
    keeps between requests: the reading holds the owner's names, dates and documents as the card writes them."""
    reading = situation.read_once.get("owner_reading")
    if reading is None:
        reading = situation.read_once["owner_reading"] = owner_reading(situation.card)
    return reading


# The card's codes for what kind of contract and payment it is: a list entry may write them again for itself
_KIND_FIELDS = frozenset({"payment_type", "client_type"})


def _kind_in_doubt(situation: Situation, key: str, value: Any) -> bool:
    """_disagrees of the situation's card, read once a card content (as _terminations): п. 6's rule asks the payment
    kind once for every number of the card, and every decision of the card (a call's open, its passes, its refreshes)
    asks it again. `value` is the card's own top-level `key` (field_value reads it so), so the answer is a function of
    the card and the key alone."""
    # kept only for the card's own value (review 53): a caller asking with another value gets its own answer, and the
    # facts the proxy keeps between requests hold no value of the card's (a key's repr could be anything the CRM sent)
    if value is not situation.card.get(key):
        return _disagrees(situation.card, key, value)
    cache_key = ("kind_in_doubt", key)
    in_doubt = situation.card_facts.get(cache_key)
    if in_doubt is None:
        in_doubt = situation.card_facts[cache_key] = _disagrees(situation.card, key, value)
    return in_doubt


def _disagrees(card: dict, key: str, value: Any) -> bool:
    """Whether the card writes its kind (`payment_type`, `client_type`) again with another value — one reading of
    every record of it (red team bb26, f03): the card's own records of its state, where the contract's end is read
    (guard/policy/termination.values_stated: the top level under another spelling of the key, "paymentType",
    "PAYMENT_TYPE"; the contract, a subscription, an account, the owner's record), and every entry of the card's
    lists (`numbers[*].payment_type` "prepaid": п. 6 holds per number, and a number of the contract the card itself
    marks prepaid makes the contract's payment kind one the card does not settle, red team bb25, f09). Which of two
    values holds, the card does not say: the stricter reading, no number's last 4 digits. A card too large to read
    whole is in doubt too."""
    if not isinstance(card, dict) or not isinstance(value, (str, int, float, bool)) and value is not None:
        return False
    wanted = _key_code(key)
    stated = values_stated(card, wanted)
    if stated is None:
        return True
    entries = [other for member in card.values() if isinstance(member, list)
               for item in member if isinstance(item, dict)
               for item_key, other in item.items() if isinstance(item_key, str) and _key_code(item_key) == wanted]
    return any(_another_value(other, value) for other in [*stated, *entries])


def _another_value(other: Any, value: Any) -> bool:
    """Whether `other` states a value that is not `value`: nothing (None) states none; a code in another case or
    with other separators ("Postpaid", "POST_PAID" for "post-paid") is the same value."""
    if other is None or other == value:
        return False
    return not (isinstance(other, str) and isinstance(value, str) and _code(other) == _code(value))


def context_value(attribute: str, ctx: CallContext) -> Any:
    value = getattr(ctx, attribute)
    return getattr(value, "value", value)


def _equals(value: Any, expected: Any, situation: Situation) -> bool:
    return value == expected


def _in(value: Any, expected: list, situation: Situation) -> bool:
    return value in expected


def _equals_field(value: Any, other: PathPattern, situation: Situation) -> bool:
    # Two absent values are not "equal": nothing was established about either.
    return value is not None and value == field_value(other, situation)


def _equals_context(value: Any, attribute: str, situation: Situation) -> bool:
    return value is not None and value == context_value(attribute, situation.ctx)


def _contains(value: Any, expected: Any, situation: Situation) -> bool:
    """Whether `value` holds `expected` as a CRM's reader would find it: a list, a lone string, or an object
    ({"code": "no_contact_person"}), at any depth; strings compared without case, surrounding spaces, or the
    difference between "_", "-" and a space — or a note in words that means that code ("Запрет: контактное лицо",
    guard/policy/flash.py: fail closed)."""
    wanted = _code(expected) if isinstance(expected, str) else None
    restriction = wanted is not None and wanted in RESTRICTION_CODES
    if restriction and any(wanted in named_codes(entry) for entry in _restriction_entries(value, wanted)):
        return True
    return any(item == expected or wanted is not None and isinstance(item, str)
               and (_code(item) == wanted or wanted in restriction_codes(item))
               # a restriction written in no shape a reader can read (a number, `true`, a value the card contradicts)
               # restricts whatever it could concern (red team bb17, 12)
               or restriction and not isinstance(item, str) and item is not False
               # a note the proxy withheld unread (longer than it reads, `max_text_chars`): it could say the ban
               or restriction and item == REDACTION_FAILED
               for item in _items(value))


def _restriction_entries(value: Any, code: str) -> Iterator[str]:
    """Every text of a Flash value a restriction could be written in: strings at any depth and an object's keys
    whatever their value ({"contact_person": false}, {"allow_contact_person": false} are read as the ban: fail
    closed) — except the code itself explicitly switched off ({"no_contact_person": false}), the one shape that
    says for certain there is no ban (red team bb22, f08)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                if _code(folded(key)) == code and (item is None or item is False or item == 0):
                    continue
                yield key
            yield from _restriction_entries(item, code)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _restriction_entries(item, code)
    elif isinstance(value, str):
        yield value


def _items(value: Any) -> Iterator[Any]:
    """The items a CRM's reader finds in a value, at any depth: a list's items, an object's values — and an object's
    keys set to a true flag or given a note ({"no_contact_person": true}, {"contact_person": "запрет"}: the key is the
    code; red team bb17, 12)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list, tuple, set, frozenset)):
                yield from _items(item)
            elif isinstance(item, str):
                yield item
                if isinstance(key, str) and item.strip():
                    yield f"{key}: {item}"
            elif item is not None and item is not False and item != 0:
                yield key if isinstance(key, str) else item  # {"no_contact_person": true}: the key is the code
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _items(item)
    elif value is not None:
        yield value


def _code(text: str) -> str:
    """A code as one spelling: without case, surrounding spaces, or the difference between "_", "-", a space and a
    camelCase word break ("noContactPerson", "NO-CONTACT-PERSON", "no contact person" are `no_contact_person`)."""
    text = re.sub(r"(?<=[a-zа-яё0-9])(?=[A-ZА-ЯЁ])", "_", text.strip())
    return re.sub(r"[\s_-]+", "_", text.casefold())


def _older_than(value: Any, duration: str, situation: Situation) -> bool:
    if value is None or value == "":
        return False
    moment = parse_date(value)
    if moment is None:
        # Fail closed: a date that cannot be read counts as old, so the refusal applies
        # rather than disclosing a contract that may have ended long ago.
        return True
    try:
        return add_duration(earliest_day(value, moment), duration) < situation.today
    except (ValueError, OverflowError):  # past year 9999: no day of it is older than anything
        return False


def _after_today(value: Any, expected: bool, situation: Situation) -> bool:
    """A date later than today (`after_today: true`) or not (`false`); a value that is no date holds neither."""
    moment = parse_date(value)
    return moment is not None and (moment > situation.today) is bool(expected)


def earliest_day(value: Any, day: date) -> date:
    """The earliest calendar day a moment fell on: a date-time with a UTC offset is read on its own date or on its
    date in UTC, whichever is earlier. "…T01:00:00+14:00" is the day before in UTC (and in Moscow): read on its own
    date, a contract that ended more than 5 years ago would not be refused for another day (fail closed)."""
    text = value.strip() if isinstance(value, str) else None
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(text) if text else None
    except ValueError:
        return day
    if moment is None or moment.tzinfo is None or moment.utcoffset() is None:
        return day
    return min(day, moment.astimezone(timezone.utc).date())


def _in_list(value: Any, name: str, situation: Situation) -> bool:
    # Only a value written as a number can be a listed one: "Мама 0611" has a service number's digits, not its form.
    digits = number_digits(value)
    return bool(digits) and fits_any(digits, situation.lists.get(name, ()))


TESTS = {
    "equals": _equals,
    "in_": _in,
    "equals_field": _equals_field,
    "equals_context": _equals_context,
    "contains": _contains,
    "older_than": _older_than,
    "after_today": _after_today,
    "in_list": _in_list,
}


def number_fits(digits: str, entry: str) -> bool:
    """THE matcher of Инструкция запретов, п. 9 entries, for both policies (the card policy's `in_list`, the speech
    rules' `public`): `0611` fits `0###`, `#` is any one digit and lengths must agree; an entry ending in `*`
    (the speech rules allow it) fits any continuation of what stands before it."""
    if entry.endswith("*"):
        head = entry[:-1]
        return len(digits) >= len(head) and digits.isdigit() and number_fits(digits[:len(head)], head)
    return len(digits) == len(entry) and all(want in ("#", have) for want, have in zip(entry, digits))


def fits_any(digits: str, entries: tuple[str, ...]) -> bool:
    """Whether `digits` fits one of `entries` — `any(number_fits(digits, entry) for entry in entries)`, with the
    entries without a final `*` joined once into one regex (a call detail's number was compared with ~20 entries
    one by one, per request)."""
    joined, open_ended = _joined_entries(tuple(entries))
    return (joined is not None and joined.fullmatch(digits) is not None
            or any(number_fits(digits, entry) for entry in open_ended))


@lru_cache(maxsize=64)
def _joined_entries(entries: tuple[str, ...]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """number_fits's rule as one regex for entries of a fixed length (`#` any one character, anything else itself),
    joined in a fixed order; entries ending in `*` are left to number_fits (its `isdigit` reading of the rest)."""
    fixed = sorted({entry for entry in entries if not entry.endswith("*")}, key=lambda entry: (-len(entry), entry))
    joined = re.compile("|".join("".join("." if ch == "#" else re.escape(ch) for ch in entry) for entry in fixed),
                        re.DOTALL) if fixed else None
    return joined, tuple(entry for entry in entries if entry.endswith("*"))


def add_duration(start: date, duration: str) -> date:
    """Calendar arithmetic as ГК РФ ст. 192: a term in years or months ends on the same day of
    the final month, or on that month's last day when it has no such day (29.02 + 1y -> 28.02)."""
    found = DURATION.fullmatch(duration)
    assert found is not None, duration  # the schema validated it
    amount, unit = int(found["amount"]), found["unit"]
    if unit == "d":
        return date.fromordinal(start.toordinal() + amount)
    months = amount * 12 if unit == "y" else amount
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def compile_condition(model: Any) -> Condition:
    if isinstance(model, AllOf):
        return All(tuple(compile_condition(part) for part in model.all))
    if isinstance(model, AnyOf):
        return Any_(tuple(compile_condition(part) for part in model.any))
    if isinstance(model, NotOf):
        return Not(compile_condition(model.not_))
    assert isinstance(model, FieldTest)
    test = model.test
    expected = getattr(model, test)
    if test == "equals_field":
        expected = PathPattern.parse(expected)
    return Test(
        field=PathPattern.parse(model.field) if model.field is not None else None,
        context=model.context,
        test=test,
        expected=expected,
    )


# --- conditions settled by the call state (issue 13: a route compiled once per card shape and call state) ----------

CONTEXT_ATTRIBUTES: tuple[str, ...] = get_args(ContextAttribute)
# Tests that read nothing but their subject and expected value: on a call-state subject, the call state answers them.
# (older_than and after_today read today; in_list the policy's lists; equals_field the card.)
_STATE_ONLY_TESTS = frozenset({"equals", "in_", "equals_context", "contains"})


def call_state_key(ctx: CallContext) -> tuple:
    """Everything of the call a condition may read (the schema's context attributes), as a hashable key: two calls
    with the same key get the same answer from every test of the call state. No value of a card is in it."""
    return tuple(context_value(attribute, ctx) for attribute in CONTEXT_ATTRIBUTES)


def settle(condition: Condition, ctx: CallContext) -> Condition | bool:
    """`condition` with every test of the call state answered for `ctx`: True or False when the call state alone
    decides it, else the condition left to ask of the card (an `all` without its true parts, ...). Exact: every test
    is pure and total on JSON values, so leaving out a part the call state answers changes no answer."""
    if isinstance(condition, Test):
        if condition.field is None and condition.test in _STATE_ONLY_TESTS:
            return bool(condition.holds(Situation(card={}, ctx=ctx, today=date.min, lists={})))
        return condition
    if isinstance(condition, Not):
        part = settle(condition.part, ctx)
        return (not part) if isinstance(part, bool) else Not(part)
    if isinstance(condition, (All, Any_)):
        decisive = isinstance(condition, Any_)  # the answer one part settles the whole with
        left = []
        for part in condition.parts:
            settled = settle(part, ctx)
            if settled is decisive:
                return decisive
            if not isinstance(settled, bool):
                left.append(settled)
        if not left:
            return not decisive
        return left[0] if len(left) == 1 else type(condition)(tuple(left))
    return condition  # a condition of another kind: asked as it is


def reads_context(condition: Condition) -> bool:
    """Whether the condition may read the call state (a test of a context attribute, a field compared with one); a
    condition of another kind is read as one that does (asked once a decision). One that does not answers the same for
    every call on one card, one day and one policy's lists."""
    if isinstance(condition, Test):
        return condition.field is None or condition.context is not None or condition.test == "equals_context"
    if isinstance(condition, Not):
        return reads_context(condition.part)
    if isinstance(condition, (All, Any_)):
        return any(reads_context(part) for part in condition.parts)
    return True


def reads_bound(condition: Condition) -> bool:
    """Whether the condition reads the element its rule is deciding (`[*]` in a path): if not, its answer is the
    same for every element, and asked once a card."""
    if isinstance(condition, Test):
        patterns = [condition.field, condition.expected if isinstance(condition.expected, PathPattern) else None]
        return any(pattern is not None and ANY_INDEX in pattern.segments for pattern in patterns)
    if isinstance(condition, Not):
        return reads_bound(condition.part)
    if isinstance(condition, (All, Any_)):
        return any(reads_bound(part) for part in condition.parts)
    return True
