"""Issue 13, stop 45: what a card's secrets work out from their hidden words is built once a card, not once a level.

A call's open (identification none) and its first refresh (primary) decide the same card at two levels: each gets its
own CardSecrets (other numbers are hidden or shown), but both hide the same words and streets (200 of 200 cards of the
realistic bench), and each built the words' stems, forms, near forms, skeletons and phonetic keys again.
`CardSecrets.share_word_tables` lets the second take the first's (each a pure function of the words and streets), and
`CardSecretsCache.of` offers a card's last secrets to its next ones.

What must hold: secrets that took another's tables scrub every text, and every JSON answer, byte for byte as the same
secrets built alone; secrets with other words or streets take nothing; through the cache, a card at its next level
shares with its last one, another card never."""
from __future__ import annotations

import json
from importlib import resources

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import CardSecretsCache
from guard.proxy.scrub import CardSecrets, ScrubSpans
from test_policy_compiled_vs_walked import COMPILED
from test_scrub_spans_memo import NUMBERS, TEXT, WORDS

SECRETS_WORDS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True)
SECRETS_NUMBERS = st.lists(st.sampled_from(NUMBERS), max_size=3, unique=True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=SECRETS_WORDS, first_numbers=SECRETS_NUMBERS, next_numbers=SECRETS_NUMBERS,
       first_texts=st.lists(TEXT, max_size=4), texts=st.lists(TEXT, min_size=1, max_size=4))
def test_secrets_that_took_another_levels_word_tables_scrub_as_secrets_built_alone(words, first_numbers, next_numbers,
                                                                                  first_texts, texts):
    """The same hidden words with other numbers (the next level): whatever the first secrets read before (their tables
    built or not), the next level's answers — text by text and as one JSON answer — are those of its secrets alone."""
    first = CardSecrets.from_values(words + first_numbers)
    first.scrub_texts(list(dict.fromkeys(first_texts)), COMPILED.known_keys)
    shared, alone = CardSecrets.from_values(words + next_numbers), CardSecrets.from_values(words + next_numbers)
    assert shared.share_word_tables(first)
    texts = list(dict.fromkeys(texts))
    assert shared.scrub_texts(texts, COMPILED.known_keys) == alone.scrub_texts(texts, COMPILED.known_keys)
    payload = {"comments": [{"author": "op1", "text": text} for text in texts], "last_name": "***"}
    shared, alone = CardSecrets.from_values(words + next_numbers), CardSecrets.from_values(words + next_numbers)
    shared.share_word_tables(first)
    assert shared.scrub_json(payload, COMPILED.known_keys) == alone.scrub_json(payload, COMPILED.known_keys)


def test_secrets_with_other_hidden_words_or_streets_take_no_table():
    first = CardSecrets.from_values(["Иванов", "г. Москва, ул. Тверская, д. 5"])
    first.scrub_text("Иванову звонили, Ivanov, ромашечка, ул. Тверская 5-12")  # its tables built
    other_words = CardSecrets.from_values(["Петров", "г. Москва, ул. Тверская, д. 5"])
    other_street = CardSecrets.from_values(["Иванов", "г. Москва, ул. Лесная, д. 7"])
    for other in (other_words, other_street):
        assert not other.share_word_tables(first)
        built = [name for name in CardSecrets._WORD_TABLES if getattr(first, name) is not None]
        assert "_word_stems" in built and all(getattr(other, name) is not getattr(first, name) for name in built)
    assert other_words.scrub_text("Иванову звонили")[1] == 0  # not the first card's words


def test_the_secrets_cache_shares_a_cards_word_tables_with_its_next_level_only():
    """Through CardSecretsCache as the proxy builds it: the card at none, then primary — the second takes the first's
    tables; another card's body takes none."""
    card = json.loads(resources.files("guard.data").joinpath("cards.json").read_text(encoding="utf-8"))[0]
    card["numbers"] = card["numbers"][:1]  # its second number's tariff is hidden at none only: other words then
    cache = CardSecretsCache(16, ScrubSpans(64))
    body = json.dumps(card, ensure_ascii=False).encode("utf-8")
    none = CallContext(identification=IdentificationLevel.NONE)
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    opened = cache.of(COMPILED.apply(card, none), body, none)
    opened.scrub_texts(["Кл. Иванов просил перезвонить, ул. Лавочкина 5-12"], COMPILED.known_keys)
    refreshed = cache.of(COMPILED.apply(card, primary), body, primary)
    assert refreshed is not opened and refreshed.words == opened.words and refreshed != opened  # other shown parts
    # the same values hidden and shown whole at both levels: the refresh's secrets are built from the open's
    # (CardSecretsCache.values_shared, stop 47), word tables and all; other values would share the tables alone
    assert cache.tables_shared + cache.values_shared == 1 and refreshed._word_stems is opened._word_stems
    other = {**card, "msisdn": "79169998877", "numbers": [{"msisdn": "79169998877", "tariff": "Тариф Б"}]}
    other_body = json.dumps(other, ensure_ascii=False).encode("utf-8")
    cache.of(COMPILED.apply(other, none), other_body, none)
    assert cache.tables_shared + cache.values_shared == 1  # a new body: its own tables
