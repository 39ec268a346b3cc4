"""Issue 13, a plain card's decision made cheaper: what changed for speed must change no output.

Card-aware scrubbing leaves out of its scan the policy's field names that no secret of the response could match
(guard/proxy/scrub.py, _key_readings). The differential test: on generated cards and call states, scrub_json with
that shortcut gives byte for byte what scrubbing every text of the answer alone (scrub_text, no shortcut, no
joining) gives. The isolation test: the per-process table of field names holds policy data only."""
from __future__ import annotations

import copy
import json
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guard.proxy.scrub as scrub
from guard.policy import CallContext, IdentificationLevel
from guard.proxy.scrub import CardSecrets
from test_policy_compiled_vs_walked import COMPILED, CONTEXTS, _engine, cards


def _each_text_alone(secrets: CardSecrets, payload):
    """The reference: every string and key scrubbed by itself with scrub_text, as the docstring of scrub_texts
    promises the joined scan does."""
    texts: dict[str, None] = {}
    scrub.collect_texts(payload, texts, bool(secrets.numbers))
    memo = {text: secrets.scrub_text(text) for text in texts}
    if not any(count for _, count in memo.values()):
        return payload, 0
    return secrets._scrub_json(payload, memo)


# Hidden values aimed at the field names: a surname whose Latin reading is a key ("Статус" is "status"), an e-mail
# whose local part is inside a key ("name@..." in "first_name"), one typed in the Latin layout, and ordinary ones.
AIMED = st.lists(st.sampled_from(["Статус", "Ласт", "Нейм", "name@mail.ru", "last.name@mail.ru", "tariff@x.ru",
                                  "Иванов", "4505 678901", "1980-03-12", "petr.ivanov@mail.ru", "ыефегы",
                                  "Мсисдн", "Кontakt", "ivanov@mail.ru"]), max_size=4)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), ctx=CONTEXTS, aimed=AIMED)
def test_field_names_left_out_of_the_scan_are_scrubbed_as_each_text_alone_would_be(card, ctx, aimed):
    decision = COMPILED.apply(copy.deepcopy(card), ctx, redact_text=_engine)
    for secrets in (CardSecrets.of(decision), CardSecrets.of(decision) | CardSecrets.from_values(aimed)):
        fast = secrets.scrub_json(copy.deepcopy(decision.card), COMPILED.known_keys)
        alone = _each_text_alone(secrets, copy.deepcopy(decision.card))
        assert json.dumps(fast, ensure_ascii=False) == json.dumps(alone, ensure_ascii=False)


def test_a_field_name_a_secret_could_match_is_still_scanned_and_dropped():
    answer = {"status": "active", "first_name": "***", "tariff": "Мой безлимит"}
    scrubbed, count = CardSecrets.from_values(["Статус"]).scrub_json(answer, COMPILED.known_keys)
    assert "status" not in scrubbed and count >= 1  # "status" read in Cyrillic is the hidden surname
    scrubbed, count = CardSecrets.from_values(["name@mail.ru"]).scrub_json(answer, COMPILED.known_keys)
    assert "first_name" not in scrubbed and count >= 1  # the e-mail's local part is inside the key
    scrubbed, count = CardSecrets.from_values(["Иванов"]).scrub_json(answer, COMPILED.known_keys)
    assert scrubbed == answer and count == 0


def test_the_field_name_table_holds_the_policys_field_names_only():
    secrets = CardSecrets.from_values(["Иванов", "petr.ivanov@mail.ru", "4505 678901"])
    answer = {"last_name": "***", "ivanov_note": "Ivanov 4505678901", "email": "zhuravleva@mail.ru"}
    secrets.scrub_json(answer, COMPILED.known_keys)
    table = scrub._key_readings(COMPILED.known_keys)
    assert set(table) <= COMPILED.known_keys and "last_name" in table
    kept = pickle.dumps({name: (sorted(reading), reading.lowered) for tables in scrub._KEY_READINGS.values()
                         for name, reading in tables.items()})
    for value in (b"ivanov", b"zhuravleva", b"4505", "иванов".encode()):
        assert value not in kept


def _shown(card, ctx, policy=COMPILED):
    decision = policy.apply(copy.deepcopy(card), ctx, redact_text=_engine)
    return json.dumps(CardSecrets.of(decision).scrub_json(decision.card, policy.known_keys), ensure_ascii=False)


def _fresh_table_shown(card, ctx, policy=COMPILED):
    saved = dict(scrub._KEY_READINGS)
    scrub._KEY_READINGS.clear()
    try:
        return _shown(card, ctx, policy)
    finally:
        scrub._KEY_READINGS.clear()
        scrub._KEY_READINGS.update(saved)


def test_what_is_left_out_of_the_scan_carries_over_no_customer_or_identification_level():
    """One customer's surname reads as a field name ("Статус" is "status" in Latin letters): their answers drop the
    key; the next customer's keep it; the first again drops it — at every identification level, each answer equal
    to the one a process that never saw another card gives."""
    from conftest import make_card

    status_owner = make_card(owner__last_name="Статус")
    other = make_card()
    levels = [CallContext(identification=level) for level in IdentificationLevel]
    for ctx in levels + list(reversed(levels)):
        for card in (status_owner, other, status_owner):
            alone = _fresh_table_shown(card, ctx)
            assert _shown(card, ctx) == alone
            assert ('"status"' in alone) is (card is other)


def test_the_field_name_table_is_the_policy_versions_own():
    """A policy with other field names (another version of the file) reads its own names, never another's table."""
    from guard.policy import CardPolicy
    from guard.policy.paths import PathPattern

    extra = COMPILED.rules[0].__class__(id="show_statys", item="test", patterns=(PathPattern.parse("statys"),),
                                        when=None, action="show", line=None)
    newer = CardPolicy(COMPILED.name, COMPILED.refusal, COMPILED.lists, [extra] + COMPILED.rules)
    from conftest import make_card

    card = {"statys": "ok", **make_card(owner__last_name="Статус")}
    ctx = CallContext(identification=IdentificationLevel.NONE)
    CardSecrets.from_values(["Статус"]).scrub_json({"status": "x"}, COMPILED.known_keys)  # the older version's table
    assert "statys" not in scrub._key_readings(COMPILED.known_keys)
    assert "statys" in scrub._key_readings(newer.known_keys)
    assert _shown(card, ctx, newer) == _fresh_table_shown(card, ctx, newer)
