"""Issue 13, stop 53: the rest of what a card states alone read once a card content — neither changes an answer.

The policy's card kind in doubt (conditions._kind_in_doubt: whether the card writes its `payment_type` / `client_type`
again otherwise, in a record of its state or an entry of its lists) is a pure function of the card, as the contract's
end and the owner's doubt are (stop 52): it moved from a dict of one decision to the card's facts
(Situation.card_facts), which the proxy keeps one a body (guard/proxy/filtering.CardSecretsCache.facts) for the open's
two passes and the refreshes at other levels. The specification is each decision reading it for itself. The card's one
owner reading stays with its decision: it holds the owner's values, and the facts are kept between requests.
(docs/proxy-speed.md, "Stop 53".)
"""
from __future__ import annotations

import copy
import json
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import CardSecretsCache
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, _everything
from test_proxy_request_path_s47 import COMPILED_CARD
from test_proxy_request_path_s52 import cards_stating_ends

PRIMARY = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
NONE = CallContext(identification=IdentificationLevel.NONE)

# Where a card may write its kind again (red team bb25 f09, bb26 f03), agreeing or not with its own top-level value.
KIND_AGAIN = st.sampled_from([
    {}, {"paymentType": "prepaid"}, {"PAYMENT_TYPE": "Postpaid"}, {"clientType": "organization"},
    {"contract": {"payment_type": "prepaid"}}, {"account": {"client_type": "individual"}},
    {"numbers": [{"msisdn": "79161234567", "tariff": "Старт", "payment_type": "prepaid"}]},
    {"numbers": [{"msisdn": "79161234567", "tariff": "Старт", "payment_type": "postpaid"}]},
])


@st.composite
def cards_writing_their_kind_again(draw: st.DrawFn) -> dict:
    card = draw(cards_stating_ends())
    for key, value in draw(KIND_AGAIN).items():
        if isinstance(value, dict) and isinstance(card.get(key), dict):
            card[key] = {**card[key], **value}
        else:
            card[key] = value
    return card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards_writing_their_kind_again(), first=CONTEXTS, second=CONTEXTS)
def test_a_cards_kind_read_once_for_its_decisions_at_any_levels_decide_as_each_decision_alone(
        card, first, second):
    facts: dict = {}
    shared = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine, card_facts=facts))
              for ctx in (first, first, second, first)]  # the open's two passes, a refresh at another level, again
    alone = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine))
             for ctx in (first, first, second, first)]
    assert shared == alone


def test_a_cards_kind_is_read_once_for_every_decision_of_the_same_body(monkeypatch):
    from guard.policy import conditions

    card = copy.deepcopy(COMPILED_CARD)
    card["numbers"] = [{**entry, "payment_type": "prepaid"} for entry in card.get("numbers", [])]
    kinds = []
    real_kind = conditions._disagrees
    monkeypatch.setattr(conditions, "_disagrees", lambda c, key, value: kinds.append(key) or real_kind(c, key, value))
    cache = CardSecretsCache(16)
    body = json.dumps(card, ensure_ascii=False).encode("utf-8")
    for ctx in (NONE, NONE, PRIMARY, PRIMARY):
        COMPILED.apply(copy.deepcopy(card), ctx, card_facts=cache.facts(body))
    assert kinds and len(kinds) == len(set(kinds))  # each kind field once, for four decisions


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards_writing_their_kind_again(), first=CONTEXTS, second=CONTEXTS)
def test_the_facts_kept_for_a_body_hold_no_value_of_its_owner(card, first, second):
    """What the proxy keeps between requests holds no customer's value (tests/security/test_cache_isolation.py): the
    card's facts are answers about the card (a day's ends, booleans), never the owner's one reading, which holds the
    owner's names, birth date and documents as written (it stays with its decision)."""
    facts: dict = {}
    for ctx in (first, second):
        COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine, card_facts=facts)
    kept = pickle.dumps(facts)
    owner = card.get("owner") if isinstance(card.get("owner"), dict) else {}
    values = [value for value in (owner.get("last_name"), owner.get("first_name"), owner.get("middle_name"),
                                  owner.get("birth_date")) if isinstance(value, str) and len(value) >= 4]
    assert [value for value in values if value.encode("utf-8") in kept] == []


def test_a_decision_given_no_facts_reads_the_cards_kind_once_for_itself(monkeypatch):
    """Every caller but the proxy's filter (the speech checker, identify, the batch) gives no facts: each decision
    reads the card's kind once, as before, and keeps nothing for the next."""
    from guard.policy import conditions

    card = copy.deepcopy(COMPILED_CARD)
    kinds = []
    real_kind = conditions._disagrees
    monkeypatch.setattr(conditions, "_disagrees", lambda c, key, value: kinds.append(key) or real_kind(c, key, value))
    COMPILED.apply(copy.deepcopy(card), PRIMARY)
    once = len(kinds)
    assert once and once == len(set(kinds))
    COMPILED.apply(copy.deepcopy(card), PRIMARY)
    assert len(kinds) == 2 * once
