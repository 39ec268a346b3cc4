"""Issue 13, stop 31: a card's hidden values are read into matchable forms once a card, not once a request.

The proxy keeps the CardSecrets of the cards it decided lately (guard/proxy/filtering.py, CardSecretsCache), and each
CardSecrets remembers what it scrubbed (guard/proxy/scrub.py, scrub_texts). What must hold: an answer from the cache
is byte for byte the answer a process without it gives; an entry serves only the same card, decided the same way, at
the same identification level; the key holds no value and no unkeyed digest of one."""
from __future__ import annotations

import copy
import hashlib
import json
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import CardSecretsCache
from guard.proxy.scrub import CardSecrets
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, cards

PRIMARY = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
LEVELS = [CallContext(identification=level) for level in IdentificationLevel] + [PRIMARY]


def _body(card: dict) -> bytes:
    return json.dumps(card, ensure_ascii=False).encode("utf-8")


def _shown(card: dict, ctx: CallContext, cache: CardSecretsCache | None) -> str:
    decision = COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)
    secrets = cache.of(decision, _body(card), ctx) if cache is not None else CardSecrets.of(decision)
    return json.dumps(secrets.scrub_json(decision.card, COMPILED.known_keys), ensure_ascii=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), other=cards(), ctx=CONTEXTS, order=st.lists(st.sampled_from([0, 1]), min_size=2, max_size=6))
def test_an_answer_scrubbed_with_cached_secrets_is_the_answer_without_the_cache(card, other, ctx, order):
    cache = CardSecretsCache(1 + len(order) % 3)  # small: entries are evicted and read again
    for which in order:
        chosen = (card, other)[which]
        assert _shown(chosen, ctx, cache) == _shown(chosen, ctx, None)


def test_a_card_fetched_again_reuses_its_secrets_and_what_they_scrubbed():
    from conftest import make_card

    card, cache = make_card(), CardSecretsCache(8)
    first = _shown(card, PRIMARY, cache)
    assert cache.hits == 0
    assert _shown(card, PRIMARY, cache) == first and cache.hits == 1
    (secrets,) = cache._entries.values()
    assert secrets._scrubbed  # the second answer's texts were found, not scanned again


def test_no_entry_serves_another_customer_or_another_identification_level():
    """Customers A, B, A at every level: each answer equals a process without the cache, and every (customer, level)
    has its own entry — even two customers whose answers hide the same values."""
    from conftest import make_card

    first, second = make_card(owner__last_name="Статус"), make_card()
    twin = dict(reversed(second.items()))  # another body, the same values: its decision hides what the second's hides
    cache = CardSecretsCache(64)
    for ctx in LEVELS + list(reversed(LEVELS)):
        for card in (first, second, twin, first):
            assert _shown(card, ctx, cache) == _shown(card, ctx, None)
    assert len(cache._entries) == len(LEVELS) * 3
    keys = list(cache._entries)
    assert len({(key[0], key[2], key[3], key[4]) for key in keys}) == len(keys)  # body digest x call state
    assert len({key[1] for key in keys}) < len(keys)  # the twin's decision digest is the second's: the body tells


def test_the_key_is_keyed_per_process_and_holds_no_value():
    from conftest import make_card

    card = make_card()
    decision = COMPILED.apply(copy.deepcopy(card), PRIMARY, redact_text=_engine)
    one, other = CardSecretsCache(4), CardSecretsCache(4)
    assert one.key(decision, _body(card), PRIMARY) == one.key(decision, _body(card), PRIMARY)
    assert one.key(decision, _body(card), PRIMARY)[:2] != other.key(decision, _body(card), PRIMARY)[:2]
    kept = pickle.dumps(one.key(decision, _body(card), PRIMARY))
    assert hashlib.sha256(_body(card)).digest() not in kept and hashlib.blake2b(_body(card)).digest() not in kept
    for value in ("Иванов", "4505", "678901", "79031234567", "petr.ivanov"):
        assert value.encode("utf-8") not in kept


def test_the_cache_off_keeps_nothing():
    from conftest import make_card

    cache = CardSecretsCache(0)
    _shown(make_card(), PRIMARY, cache)
    assert not cache._entries and cache.hits == 0


TEXTS = st.lists(st.sampled_from(["Иванов", "иванову", "status", "last_name", "***", "4505 678901", "79031234567",
                                  "перезвонить на 8 903 123", "45 67", "petr.ivanov@mail.ru", "Москва",
                                  "21 декабря 1999", "Ivanov", "b64 NDUwNTY3ODkwMQ==", "ул. Тверская, д. 5"]),
                 min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(rounds=st.lists(TEXTS, min_size=1, max_size=4))
def test_what_a_secrets_object_remembers_scrubbing_is_what_scrubbing_each_text_alone_gives(rounds):
    secrets = CardSecrets.from_values(["Иванов", "4505 678901", "79031234567", "petr.ivanov@mail.ru",
                                       "1999-12-21", "г. Москва, ул. Тверская, д. 5"])
    for texts in rounds:
        texts = list(dict.fromkeys(texts))
        assert secrets.scrub_texts(texts, COMPILED.known_keys) == {text: secrets.scrub_text(text) for text in texts}


def test_a_huge_text_is_scrubbed_as_ever_and_not_remembered():
    from guard.proxy import scrub

    secrets = CardSecrets.from_values(["Иванов", "79031234567"])
    huge = "Звонил Иванов, номер 79031234567. " + "x" * scrub._MEMO_CHARS
    assert secrets.scrub_texts(["Иванов"], COMPILED.known_keys) == {"Иванов": ("***", 1)}
    first = secrets.scrub_texts([huge, "Иванов"], COMPILED.known_keys)
    assert first[huge] == secrets.scrub_text(huge) and first[huge][1] == 2
    assert huge not in secrets._scrubbed and "Иванов" in secrets._scrubbed
    assert secrets.scrub_texts([huge], COMPILED.known_keys) == {huge: first[huge]}
