"""A route compiled per card shape and call state (issue 13): what the call state alone answers is answered once, when
the route is compiled, and only what is left of a condition for the card's values is asked per request — exactly:
the settled condition answers as the whole one on every card, and a list of п. 9 entries matched in one regex answers
as number_fits entry by entry."""
from __future__ import annotations

import copy
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_card
from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
from guard.policy import conditions
from guard.policy.conditions import Situation, fits_any, number_fits, settle
from test_policy_compiled_vs_walked import CONTEXTS, cards

POLICY = load_policy(default_policy_path())
IDENTIFIED = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name",
                         today=date(2026, 12, 3))
TWO_NUMBERS = make_card(numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"},
                                 {"msisdn": "79260001122", "tariff": "Мой безлимит"}], comments=[])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), ctx=CONTEXTS, bound=st.sampled_from([(), (0,), (1,), (2,), (5,)]))
def test_every_rule_condition_settled_for_a_call_state_answers_as_the_whole_condition(card, ctx, bound):
    situation = Situation(card=card, ctx=ctx, today=ctx.today, lists=POLICY.lists, bound=bound)
    for rule in POLICY.rules:
        if rule.when is None:
            continue
        settled = settle(rule.when, ctx)
        answer = settled if isinstance(settled, bool) else settled.holds(situation)
        assert answer == rule.when.holds(situation), rule.id


def _asked_of(monkeypatch) -> list[conditions.Test]:
    asked: list[conditions.Test] = []
    subject = conditions.Test._subject

    def counting(self: conditions.Test, situation: Situation):
        asked.append(self)
        return subject(self, situation)

    monkeypatch.setattr(conditions.Test, "_subject", counting)
    return asked


def test_a_card_of_a_compiled_shape_and_call_state_is_not_asked_what_the_call_state_answers(monkeypatch):
    POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str)  # compiles the route
    asked = _asked_of(monkeypatch)
    POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str)
    assert asked, "the card's values are still asked"
    assert [test.context for test in asked if test.field is None] == []


def test_the_item_6_conditions_are_asked_once_a_card_not_once_a_number(monkeypatch):
    # п. 6 (payment type, client type, owner's gender) is asked for msisdn, city_number and each number on the
    # contract (numbers_of_contract_last4); it does not read the number being decided, so one answer serves them all.
    # Once more inside other_numbers_of_contract, for the number that is not the call's (a condition of its own).
    POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str)
    asked = _asked_of(monkeypatch)
    POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str)
    assert [test.field.text for test in asked if test.field is not None].count("payment_type") == 2


def test_a_call_state_settled_once_is_never_the_answer_for_another_call_state():
    # the same card, identified then not: the route compiled for the first state must not serve the second
    shown = POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str).card
    again = POLICY.apply(copy.deepcopy(TWO_NUMBERS), IDENTIFIED, redact_text=str).card
    anonymous = POLICY.apply(copy.deepcopy(TWO_NUMBERS), CallContext(today=date(2026, 12, 3)), redact_text=str).card
    assert shown["msisdn"] == again["msisdn"] == "*******4567"
    assert anonymous["msisdn"] == "***" and len(anonymous["numbers"]) == 1


ENTRY = st.text(alphabet="0123456789#*", max_size=6)
DIGITS = st.text(alphabet="0123456789#*a٣²", max_size=8)


@settings(max_examples=500, deadline=None)
@given(digits=DIGITS, entries=st.lists(ENTRY, max_size=8))
def test_a_list_joined_into_one_regex_fits_exactly_what_number_fits_fits(digits, entries):
    assert fits_any(digits, tuple(entries)) == any(number_fits(digits, entry) for entry in entries)


def test_the_service_numbers_are_matched_without_asking_each_entry(monkeypatch):
    calls = []
    monkeypatch.setattr(conditions, "number_fits", lambda *args: calls.append(args) or False)
    service = POLICY.lists["service_numbers"]
    assert fits_any("0611", service) and fits_any("112", service) and not fits_any("79161234567", service)
    assert calls == []
