"""Issue 13, stop 46: what a plain card's request no longer does changes no answer.

Three cuts of the request path (docs/proxy-speed.md, "Stop 46"): the contract's end a card states anywhere is read once
a decision instead of once a condition asking it (guard/policy/conditions.py, Situation.read_once); the operator's
request is looked for in a JSON answer's value written out, in one search, before the value is walked for it
(guard/proxy/echo.py, Echoes.absent_from); and the empty secrets a response starts from are built once a process
(guard/proxy/scrub.py, NO_SECRETS); the call state's keyed digests made by one C call (guard/proxy/calls.py,
keyed_digest); and a hidden value without a letter passed over when its streets are read (scrub._street_lemmas). Each is
checked against the definition it replaced, kept here as the specification.
"""
from __future__ import annotations

import copy
import hashlib
import hmac
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel, conditions
from guard.policy.termination import terminations_stated
from guard.proxy import scrub
from guard.proxy.calls import keyed_digest
from guard.proxy.echo import Echoes
from guard.proxy.scrub import NO_SECRETS, CardSecrets
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, _everything, cards

# --- the contract's end, read once a decision --------------------------------------------------------------------------

# What a card may say of its contract's end outside contract.status / terminated_at (guard/policy/termination.py).
ENDS = st.sampled_from([None, ("comment", "Договор расторгнут 12.03.2015"), ("comment", "расторжение 01.02.19"),
                        ("top", "closed_at", "2015-01-01"), ("top", "closed", True), ("top", "status", "Закрыт"),
                        ("contract", "closed_on", "2018-04-30"), ("contract", "ended", "не дата")])


@st.composite
def cards_stating_ends(draw: st.DrawFn) -> dict:
    card = draw(cards())
    end = draw(ENDS)
    if end is not None and end[0] == "comment":
        card["comments"] = [*card.get("comments", []), {"at": "2026-11-20T10:00:00", "author": "op1021",
                                                        "text": end[1]}]
    elif end is not None and end[0] == "top":
        card[end[1]] = end[2]
    elif end is not None and isinstance(card.get("contract"), dict):
        card["contract"][end[1]] = end[2]
    return card


def _read_each_time(situation: conditions.Situation) -> list:
    """The definition replaced: terminations_stated of the card read again for each condition that asks it."""
    return terminations_stated(situation.card, situation.today)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=cards_stating_ends(), second=cards_stating_ends(), ctx=CONTEXTS)
def test_the_end_a_card_states_read_once_a_decision_decides_as_reading_it_for_each_condition(first, second, ctx):
    # two cards one after the other: what one decision read never answers for the next card
    read_once = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)) for card in (first, second)]
    saved = conditions._terminations
    conditions._terminations = _read_each_time
    try:
        each_time = [_everything(COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine))
                     for card in (first, second)]
    finally:
        conditions._terminations = saved
    assert read_once == each_time


def test_the_end_a_card_states_is_read_once_a_decision(monkeypatch):
    calls = []
    monkeypatch.setattr(conditions, "terminations_stated", lambda card, today: calls.append(1) or [])
    card = copy.deepcopy(COMPILED_CARD)
    for ctx in (CONTEXT_NONE, CONTEXT_NONE):  # a new decision reads it again
        before = len(calls)
        COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)
        assert len(calls) - before == 1


# --- the operator's request looked for in the answer's text first -------------------------------------------------------

WORDS = st.sampled_from(["Иванов", "иванов", "ИВАНОВ", "Ёлкин", "елкин", "4505", "678901", "customers", "api", "Пётр",
                         "ivanov", "a\"b", "x\\y", "&amp;", "tab\there", "Ivanov-Petrov", "петр.иванов", "cu\u017ftomers",
                         "\u212aelvin", "kelvin", "ap\u0130", "ap\u0131", "API", "Customers", "page 2", "42"])
TEXTS = st.lists(WORDS, min_size=0, max_size=4).map(" ".join) | WORDS
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**12) | TEXTS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXTS, inner, max_size=4),
    max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(value=JSON_VALUES, everywhere=st.lists(WORDS, max_size=2), values_only=st.lists(WORDS, max_size=3))
def test_a_request_not_found_in_a_json_value_written_out_is_nowhere_in_the_value(value, everywhere, values_only):
    echoes = Echoes(everywhere, values_only)
    if echoes.absent_from(value):
        assert echoes.payload(value) == (value, 0)


def test_a_value_written_with_escapes_or_a_case_twin_or_sent_in_another_script_is_walked():
    assert not Echoes([], ['a"b']).absent_from({"note": 'a"b'})  # written 'a\"b': walked, and found there
    assert Echoes([], ['a"b']).payload({"note": 'a"b'})[1] == 1
    assert not Echoes([], ["Иванов"]).absent_from({"note": "иванов"})  # case-blind, as the walk
    assert not Echoes([], ["Иванов"]).absent_from({"note": "Петров"})  # a value sent that is not ASCII: walked
    assert Echoes([], []).absent_from({"note": "Иванов"})  # nothing sent: nothing to mask
    assert not Echoes([], ["ab"+"c"]).absent_from({"n": 2**70, "note": "abc"})  # past orjson: the fallback writer
    # re.IGNORECASE reads these four as ASCII letters: the walk masks them, so they are never passed over
    for twin, sent in (("cu\u017ftomers", "customers"), ("\u212aelvin", "kelvin"), ("ap\u0131", "api"), ("ap\u0130", "api")):
        assert Echoes([], [sent]).payload({"note": twin})[1] == 1
        assert not Echoes([], [sent]).absent_from({"note": twin})
    assert Echoes([], ["customers", "api"]).absent_from({"note": "CUSTOMER", "вапи": "капитан"})
    assert not Echoes([], ["customers", "api"]).absent_from({"note": "см. API"})


# --- the empty secrets, built once a process -----------------------------------------------------------------------------

def test_the_empty_secrets_a_response_starts_from_remember_nothing_and_mask_nothing():
    card = {"owner": {"last_name": "Иванов"}, "note": "Иванов 4505 678901 petr@mail.ru", "n": 79161234567}
    assert not NO_SECRETS
    assert NO_SECRETS.scrub_json(card) == (card, 0)
    assert NO_SECRETS.scrub_text(card["note"]) == (card["note"], 0)
    assert NO_SECRETS.spans_in(card["note"]) == []
    joined = NO_SECRETS | CardSecrets.from_values(["Иванов"])
    assert joined is not NO_SECRETS and joined.scrub_text("Иванов")[1] == 1
    assert not NO_SECRETS and NO_SECRETS._scrubbed == {} and NO_SECRETS.words == frozenset()
    fresh = CardSecrets()
    assert (fresh.numbers, fresh.words, fresh.literals, fresh.dates) == (
        NO_SECRETS.numbers, NO_SECRETS.words, NO_SECRETS.literals, NO_SECRETS.dates)


COMPILED_CARD = {"msisdn": "79161234567", "client_type": "individual", "owner": {"last_name": "Иванов"},
                 "contract": {"number": "1234567890", "status": "active", "terminated_at": None}, "comments": []}
CONTEXT_NONE = CallContext(identification=IdentificationLevel.NONE)


# --- the call state's keyed digests, one C call each ---------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(key=st.binary(min_size=0, max_size=64), data=st.binary(max_size=300))
def test_a_keyed_digest_is_the_first_128_bits_of_the_hmac_sha256_it_replaced(key, data):
    assert keyed_digest(key, data) == hmac.new(key, data, hashlib.sha256).hexdigest()[:32]


# --- the streets of hidden values: a value with no letter is passed over ---------------------------------------------------

def _street_lemmas_reading_every_value(hidden: list[str]) -> frozenset[str]:
    """scrub._street_lemmas before stop 46: every value split into its address parts, letters or not."""
    streets: set[str] = set()
    for value in dict.fromkeys(hidden):
        lowered = scrub.cyrillic_lookalikes(value).lower()
        if not scrub._HAS_DIGIT.search(value) and scrub.STREET_WORDS.isdisjoint(scrub.NAME_WORD.findall(lowered)):
            continue
        for part in scrub._ADDRESS_PART.split(lowered):
            words = scrub.NAME_WORD.findall(part)
            if scrub.STREET_WORDS.isdisjoint(words):
                before_a_house = scrub._WORDS_THEN_A_NUMBER.match(part)
                if before_a_house is None:
                    continue
                words = scrub.NAME_WORD.findall(before_a_house.group(1))
            streets.update(lemma for word in map(scrub.normalize_word, words) if word not in scrub._COMMON_WORDS
                           for lemma in scrub.lemmas(word))
    return frozenset(streets)


PIECES = st.sampled_from(["ул. Тверская", "Тверская 5-12", "д. 5", "кв. 12", "1980-03-12", "+7 (916) 123-45-67",
                          "4505 678901", "Новый Арбат 15", "Ивaнов", "ул Ленина, 7", "٣٤٥", "１２３", "—", " ", ",",
                          "ⅻ", "5-12", "Москва", "2005-04-01"])


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.lists(PIECES, max_size=4).map(" ".join) | st.lists(PIECES, max_size=3).map(", ".join),
                       max_size=6))
def test_the_streets_of_hidden_values_are_those_read_from_every_value(values):
    assert scrub._street_lemmas(values) == _street_lemmas_reading_every_value(values)
