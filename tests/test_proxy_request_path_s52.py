"""Issue 13, stop 52: what a card states alone read once a card content, and the parts a decision shows read without
building forms it throws away — neither changes an answer.

1. The policy's card facts (guard/policy/conditions.Situation.card_facts: the contract's end stated anywhere by a day,
   whether an owner record contradicts the owner) are pure functions of the card: the proxy keeps one dict a body
   (guard/proxy/filtering.CardSecretsCache.facts) that the open's two passes and the refreshes at other levels share.
   The specification is each decision reading them for itself.
2. `shown_parts_of` reads the numbers hidden elsewhere only when a number shown in part has digits to compare, and never
   builds a hidden date's written forms (it kept only numbers, never forms). The specification is stop 47's reading,
   kept below as `_shown_parts_as_before`.
(docs/proxy-speed.md, "Stop 52".)
"""
from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy import scrub
from guard.proxy.filtering import CardSecretsCache
from guard.proxy.scrub import DIGITS, _MIN_NUMBER_DIGITS, _leaves, _number_secrets, _whole_numbers, shown_parts_of
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, _everything, cards
from test_proxy_request_path_s47 import COMPILED_CARD, cards_with_owner_records

PRIMARY = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
NONE = CallContext(identification=IdentificationLevel.NONE)

# What a card may state of its contract's end outside contract.status, and owner records beside the owner.
ENDS = st.sampled_from([
    {}, {"comments": [{"at": "2016-02-01", "author": "op", "text": "Договор расторгнут 01.01.2015 по заявлению"}]},
    {"history": [{"type": "termination", "date": "2014-03-01"}]},
    {"contract": {"status": "active", "terminated_at": None, "state": {"name": "Расторгнут", "since": "2013-05-05"}}},
    {"flash_restrictions": ["расторжение договора 12.12.2012"]},
])


@st.composite
def cards_stating_ends(draw: st.DrawFn) -> dict:
    card = draw(st.one_of(cards(), cards_with_owner_records()))
    for key, value in draw(ENDS).items():
        if key == "contract" and isinstance(card.get("contract"), dict):
            card["contract"] = {**card["contract"], "state": value["state"]}
        else:
            card[key] = value
    return card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards_stating_ends(), first=CONTEXTS, second=CONTEXTS)
def test_a_cards_facts_shared_by_its_decisions_at_any_levels_decide_as_each_decision_reading_them_itself(
        card, first, second):
    facts: dict = {}
    shared = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine, card_facts=facts))
              for ctx in (first, first, second, first)]  # the open's two passes, a refresh at another level, again
    alone = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine))
             for ctx in (first, first, second, first)]
    assert shared == alone


def test_a_cards_facts_are_read_once_for_every_decision_of_the_same_body(monkeypatch):
    from guard.policy import conditions

    card = copy.deepcopy(COMPILED_CARD)
    card["owners"] = [{"last_name": "Петрова", "gender": "female"}]
    card["comments"] = [{"at": "2016-02-01", "author": "op", "text": "Договор расторгнут 01.01.2015"}]
    ends, owners = [], []
    real_ends, real_owner = conditions.terminations_stated, conditions.owner_in_doubt
    monkeypatch.setattr(conditions, "terminations_stated", lambda c, today: ends.append(1) or real_ends(c, today))
    monkeypatch.setattr(conditions, "owner_in_doubt", lambda c: owners.append(1) or real_owner(c))
    cache = CardSecretsCache(16)
    body = json.dumps(card, ensure_ascii=False).encode("utf-8")
    for ctx in (NONE, NONE, PRIMARY, PRIMARY):
        COMPILED.apply(copy.deepcopy(card), ctx, card_facts=cache.facts(body))
    assert len(ends) == 1 and len(owners) <= 1  # each at most once (the owner's doubt: when a condition asks it)


def test_card_facts_are_kept_by_body_never_for_another_body_and_bounded():
    """Keyed by the body's keyed digest: another customer's card — here the same values written otherwise — has facts
    of its own; at most `size` bodies are kept; a cache of size 0 keeps none."""
    cache = CardSecretsCache(2)
    card = copy.deepcopy(COMPILED_CARD)
    body, other = json.dumps(card).encode(), json.dumps(card, indent=1).encode()
    facts = cache.facts(body)
    COMPILED.apply(copy.deepcopy(card), PRIMARY, card_facts=facts)
    assert facts and cache.facts(body) is facts
    assert cache.facts(other) == {} and cache.facts(other) is not facts
    cache.facts(b"{}"), cache.facts(b"[]")
    assert cache.facts(body) == {}  # pushed out by two other bodies: read again
    assert CardSecretsCache(0).facts(body) is None


def _shown_parts_as_before(decision) -> tuple[frozenset[str], frozenset[str]]:
    """Stop 47's shown_parts_of: every hidden value's number secrets, forms and all, read for every decision."""
    if not decision.partly:
        return frozenset(), frozenset()
    whole = {secret.digits for path, value in decision.hidden if path not in decision.partly
             for leaf in _leaves([value]) for secret in _number_secrets(leaf) if not secret.form}
    shown, cut, hidden_at = set(), set(), dict(decision.hidden)
    for path, masked in decision.partly.items():
        hidden = {secret.digits for leaf in _leaves([hidden_at.get(path)])
                  for secret in _number_secrets(leaf) if not secret.form}
        parts = {run for leaf in _leaves([masked]) for run in DIGITS.findall(leaf) if len(run) >= _MIN_NUMBER_DIGITS}
        (cut if hidden & whole else shown).update(parts)
    return frozenset(shown - cut), frozenset(cut)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards_stating_ends(), ctx=CONTEXTS, contact=st.sampled_from([None, "89161234567", "+7 916 123-45-67"]))
def test_the_parts_a_decision_shows_are_read_as_before(card, ctx, contact):
    if contact is not None:  # the contact phone one of the card's numbers: a number hidden whole and shown in part
        card["contact_phone"] = contact
    decision = COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)
    assert shown_parts_of(decision) == _shown_parts_as_before(decision)


VALUES = st.one_of(
    st.text(alphabet="0123456789 -.:/+()абвT", max_size=30),
    st.sampled_from(["1980-03-12", "1980-03-12 (со слов)", "2024-13-45", " 1999-12-21", "4505 678901", "+7 916 123-45-67",
                     "89161234567", "12.03.1980", "2019-02-30 8 916 000 00 07"]),
)


@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_a_values_whole_numbers_are_its_number_secrets_that_are_not_forms(value):
    assert _whole_numbers(value) == [secret.digits for secret in _number_secrets(value) if not secret.form]


def test_the_parts_a_decision_shows_build_no_written_forms_of_a_hidden_date(monkeypatch):
    """A card hides its owner's birth date and shows a number in part: the date's forms (21.12.1999, 1999-12 ...) are
    no number a part could be cut from, and are not built to be thrown away."""
    built = []
    real = scrub._date_forms
    monkeypatch.setattr(scrub, "_date_forms", lambda moment: built.append(1) or real(moment))
    card = copy.deepcopy(COMPILED_CARD)
    decision = COMPILED.apply(card, PRIMARY)
    assert decision.partly and any(scrub._iso_date(leaf) for _, value in decision.hidden for leaf in _leaves([value]))
    shown_parts_of(decision)
    assert built == []


def test_a_route_asks_a_condition_of_the_card_alone_once_a_card_content_whatever_the_level(monkeypatch):
    """The compiled policy's route asks what is left of its conditions for the card's values; those that read no call
    state answer the same at every level of one card on one day: kept in the card's facts, not asked again."""
    from guard.policy import conditions

    card = copy.deepcopy(COMPILED_CARD)
    for ctx in (NONE, PRIMARY):  # the routes of both levels compiled
        COMPILED.apply(copy.deepcopy(card), ctx)
    asked = []
    real = conditions.field_value
    monkeypatch.setattr(conditions, "field_value", lambda pattern, situation: asked.append(1) or real(pattern, situation))
    COMPILED.apply(copy.deepcopy(card), PRIMARY)
    afresh = len(asked)
    facts: dict = {}
    COMPILED.apply(copy.deepcopy(card), NONE, card_facts=facts)
    asked.clear()
    COMPILED.apply(copy.deepcopy(card), PRIMARY, card_facts=facts)
    assert afresh > 0 and len(asked) < afresh


def test_a_condition_reads_the_call_state_when_one_of_its_tests_reads_a_context_attribute():
    from guard.policy.conditions import All, Any_, Not, Test, reads_context
    from guard.policy.paths import PathPattern

    field = Test(PathPattern.parse("owner.gender"), None, "equals", "male")
    level = Test(None, "identification", "equals", "primary")
    compared = Test(field.field, None, "equals_context", "caller_gender")
    assert not reads_context(field) and not reads_context(Not(All((field, field))))
    assert reads_context(level) and reads_context(compared)
    assert reads_context(Any_((field, level))) and reads_context(Not(level))
    assert reads_context(object())  # a condition of another kind: asked once a decision
