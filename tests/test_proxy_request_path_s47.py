"""Issue 13, stop 47: a card's secrets at its next identification level built from its last ones change no answer.

A call's open (identification none) and its first refresh (primary) decide the same card; on the bench's cards both
decisions hide and show the same values whole and differ only in what they show of numbers in part (a prefix at one
level, the last 4 digits at the other). CardSecretsCache then builds the refresh's secrets from the open's
(CardSecrets.with_parts: the parts read anew, everything else taken) instead of reading every hidden value again
(docs/proxy-speed.md, "Stop 47"). The specification is CardSecrets.of read afresh for each decision.
"""
from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import CardSecretsCache
from guard.proxy.scrub import CardSecrets, ScrubSpans, _NumberSecret
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, cards

# Texts a shown field or comment may hold: the card's numbers whole, cut, in pieces; its names; nothing of it.
TEXTS = st.lists(st.sampled_from([
    "Перезвонить на 89161234567", "номер 7916 и 4567", "код 1234, ещё 4567", "Иванов Пётр звонил", "4505 678901",
    "паспорт 45 05 678 901", "звонок на 79260001122", "без цифр", "ул. Тверская 5-12", "петр.иванов@mail.ru",
]), max_size=4)


def _as_read_afresh(decision) -> CardSecrets:
    return CardSecrets.of(decision)


def _answer(secrets: CardSecrets, decision, texts: list[str]) -> tuple[str, dict]:
    card = copy.deepcopy(decision.card)
    return (json.dumps(secrets.scrub_json(card, COMPILED.known_keys), ensure_ascii=False),
            secrets.scrub_texts(texts, COMPILED.known_keys))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), first=CONTEXTS, second=CONTEXTS, texts=TEXTS)
def test_a_cards_secrets_at_its_next_level_equal_the_secrets_read_afresh_for_that_level(card, first, second, texts):
    cache = CardSecretsCache(16, ScrubSpans(64))
    body = json.dumps(card, ensure_ascii=False).encode("utf-8")
    opened_decision = COMPILED.apply(copy.deepcopy(card), first, redact_text=_engine)
    opened = cache.of(opened_decision, body, first)
    assert _answer(opened, opened_decision, texts) == _answer(_as_read_afresh(opened_decision), opened_decision, texts)
    refreshed_decision = COMPILED.apply(copy.deepcopy(card), second, redact_text=_engine)
    refreshed = cache.of(refreshed_decision, body, second)  # built from `opened` when the values whole are the same
    alone = _as_read_afresh(refreshed_decision)
    assert refreshed == alone  # numbers, words, literals, dates, shown phones, streets, parts
    assert (refreshed._pieces, refreshed._quads, refreshed._grams, refreshed._heads, refreshed._tails) == \
        (alone._pieces, alone._quads, alone._grams, alone._heads, alone._tails)
    assert _answer(refreshed, refreshed_decision, texts) == _answer(alone, refreshed_decision, texts)


def test_the_bench_card_at_primary_is_built_from_its_open_and_equals_it_read_afresh():
    """The case the change is for: hidden and shown the same at none and primary, the parts of the numbers differ."""
    card = copy.deepcopy(COMPILED_CARD)
    cache = CardSecretsCache(16, ScrubSpans(64))
    body = json.dumps(card, ensure_ascii=False).encode("utf-8")
    none = CallContext(identification=IdentificationLevel.NONE)
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    at_none, at_primary = COMPILED.apply(copy.deepcopy(card), none), COMPILED.apply(copy.deepcopy(card), primary)
    assert (at_none.hidden, at_none.shown) == (at_primary.hidden, at_primary.shown) and at_none.partly != at_primary.partly
    opened = cache.of(at_none, body, none)
    refreshed = cache.of(at_primary, body, primary)
    assert cache.values_shared == 1 and refreshed is not opened
    assert refreshed == CardSecrets.of(at_primary) != opened


def test_secrets_with_other_parts_start_with_an_empty_memo_of_scrubbed_texts():
    """A piece of a number is masked or not by the parts shown: what the last secrets scrubbed a text to is not taken."""
    cut = CardSecrets(numbers=(_NumberSecret("9161234567", True),), cut_parts=frozenset({"1234"}))
    text = "код 1234 назвал"
    assert cut.scrub_texts([text])[text][1] == 1  # remembered, masked
    shown = cut.with_parts(frozenset({"1234"}), frozenset())
    assert shown.scrub_texts([text])[text] == CardSecrets(numbers=cut.numbers, shown_parts=frozenset({"1234"}))\
        .scrub_texts([text])[text]
    assert shown.scrub_texts([text])[text][1] == 0
    assert cut.with_parts(cut.shown_parts, cut.cut_parts) is cut  # the same parts: the same secrets, memo and all


def test_secrets_are_never_built_from_another_bodys_secrets_even_with_the_same_values():
    """Keyed by the body's keyed digest: another customer's card — here the same values written otherwise — reads its
    own secrets, whatever values it shares."""
    cache = CardSecretsCache(16, ScrubSpans(64))
    none = CallContext(identification=IdentificationLevel.NONE)
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    card = copy.deepcopy(COMPILED_CARD)
    opened = cache.of(COMPILED.apply(copy.deepcopy(card), none), json.dumps(card).encode(), none)
    other_body = json.dumps(card, indent=1).encode()
    other = cache.of(COMPILED.apply(copy.deepcopy(card), primary), other_body, primary)
    assert cache.values_shared == 0 and cache.tables_shared == 0 and other is not opened
    again = cache.of(COMPILED.apply(copy.deepcopy(card), none), other_body, none)
    assert cache.values_shared == 1 and again is not opened  # from `other`, its own body's, never from `opened`


def _bench_like_card() -> dict:
    from conftest import make_card

    return make_card(numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"}], comments=[])


COMPILED_CARD = _bench_like_card()


# --- whether another owner record contradicts the card's owner, read once a decision -----------------------------------

# Owner records a CRM may write beside `owner`: the same person, another person, another gender, nothing comparable.
RECORDS = st.sampled_from([
    None, {"last_name": "Иванов", "gender": "male"}, {"last_name": "Петрова", "gender": "female"}, {"sex": "female"},
    {"fio": "Иванов Пётр Сергеевич"}, {"favourite": "чай"}, [{"surname": "ИВАНОВ"}, {"name": "Анна"}],
])
WHERE = st.sampled_from([("owners",), ("numbers", 0, "owner"), ("history", "holder"), ("contract", "subscribers")])


@st.composite
def cards_with_owner_records(draw: st.DrawFn) -> dict:
    card = draw(cards())
    for _ in range(draw(st.integers(0, 2))):
        record, where = draw(RECORDS), draw(WHERE)
        if record is None:
            continue
        node = card
        for key in where[:-1]:
            if isinstance(node, dict):
                node = node.setdefault(key, {})
            elif isinstance(node, list) and node and isinstance(key, int):
                node = node[key]
            else:
                break
        else:
            if isinstance(node, dict):
                node[where[-1]] = record
    return card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=cards_with_owner_records(), second=cards_with_owner_records(), ctx=CONTEXTS)
def test_an_owner_record_contradicting_the_owner_read_once_a_decision_decides_as_reading_it_for_each_condition(
        first, second, ctx):
    from _pytest.monkeypatch import MonkeyPatch

    from guard.policy import conditions
    from guard.policy.owner import owner_in_doubt
    from test_policy_compiled_vs_walked import _everything

    # two cards one after the other: what one decision read never answers for the next card
    read_once = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)) for card in (first, second)]
    with MonkeyPatch.context() as patch:  # the definition replaced: the card walked again for each condition
        patch.setattr(conditions, "_owner_in_doubt", lambda situation: owner_in_doubt(situation.card))
        each_time = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine))
                     for card in (first, second)]
    assert read_once == each_time


def test_whether_an_owner_record_contradicts_the_owner_is_read_once_a_decision(monkeypatch):
    from guard.policy import conditions

    card = copy.deepcopy(COMPILED_CARD)
    card["owners"] = [{"last_name": "Петрова", "gender": "female"}]
    calls = []
    real = conditions.owner_in_doubt
    monkeypatch.setattr(conditions, "owner_in_doubt", lambda c: calls.append(1) or real(c))
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    decision = COMPILED.apply(copy.deepcopy(card), primary)
    assert len(calls) == 1
    assert decision.card["owner"]["last_name"] != card["owner"]["last_name"]  # in doubt: nothing opens on the owner
