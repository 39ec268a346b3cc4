"""Call-session rules: msisdn forms, identification levels, the guessing locks (seeds 003), the store."""
from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guard.sessions import (
    CallSession,
    InMemorySessionStore,
    InvalidMsisdn,
    new_call_id,
    normalize_msisdn,
    record_confirmation,
    record_identification,
)


def _session(**changes) -> CallSession:
    return CallSession(call_id="call-x", msisdn="79161234567", operator_id="op1", created_at=0.0, **changes)


@pytest.mark.parametrize("raw", ["79161234567", "+79161234567", "89161234567", "+7 (916) 123-45-67", "8-916-123-45-67"])
def test_msisdn_accepts_7_plus7_and_8_forms(raw):
    assert normalize_msisdn(raw) == "79161234567"


@pytest.mark.parametrize("raw", ["", "9161234567", "791612345678", "69161234567", "7916123456a", "+8 916 123 45 67"])
def test_msisdn_rejects_anything_else_without_echoing_it(raw):
    with pytest.raises(InvalidMsisdn) as error:
        normalize_msisdn(raw)
    assert raw not in str(error.value) or raw == ""


def test_call_ids_are_unguessable_and_distinct():
    ids = {new_call_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(call_id) >= 25 for call_id in ids)


def test_success_sets_level_and_how_the_caller_was_identified():
    outcome = record_identification(_session(), method="primary", matched=True, identified_by="full_name",
                                    caller_gender="male", max_attempts=3)
    assert outcome.matched and outcome.session.identification == "primary"
    assert outcome.session.identified_by == "full_name" and outcome.session.caller_gender == "male"


def test_an_alternative_identification_after_a_primary_one_brings_the_call_to_alternative():
    """Инструкция запретов, п. 6: the later identification is the caller on the line now; under an alternative
    one no last 4 digits are shown, whatever identified the call before."""
    primary = _session(identification="primary", identified_by="full_name", caller_gender="male",
                       gender_heard="male")
    outcome = record_identification(primary, method="alternative", matched=True, identified_by=None,
                                    caller_gender="male", max_attempts=3)
    assert outcome.matched and outcome.session.identification == "alternative"
    assert outcome.session.identified_by is None


GENDERS = ("male", "female", "unknown")


@given(st.lists(st.sampled_from(GENDERS), min_size=1, max_size=6))
def test_a_call_that_heard_two_genders_at_its_identifications_keeps_neither(said):
    """Инструкция запретов, п. 6: the last 4 digits need the caller's gender to match the owner's. One caller has one
    gender: once two matched identifications of a call heard "male" and "female", the call's gender is unknown for
    good; while they agree, the last one said stands."""
    session = _session()
    for gender in said:
        session = record_identification(session, method="primary", matched=True, identified_by="full_name",
                                        caller_gender=gender, max_attempts=3).session
    known = [gender for gender in said if gender != "unknown"]
    if len(set(known)) > 1:
        assert session.caller_gender == "unknown" and session.gender_heard == "both"
    else:
        assert session.caller_gender == said[-1] and session.gender_heard == (known[0] if known else "unknown")


@given(st.lists(st.tuples(st.sampled_from(("primary", "alternative")), st.sampled_from(GENDERS)), min_size=1,
                max_size=6))
def test_the_later_identification_decides_the_level_and_no_two_genders_leave_one(said):
    """Инструкция запретов, п. 6, in any order of methods: the call's level is the last matched identification's,
    and a gender is kept only when every matched identification of the call heard that gender or none (red team
    bb8, 14)."""
    session = _session()
    for method, gender in said:
        session = record_identification(session, method=method, matched=True,
                                        identified_by="full_name" if method == "primary" else None,
                                        caller_gender=gender, max_attempts=3).session
    assert session.identification == said[-1][0]
    known = {gender for _, gender in said if gender != "unknown"}
    assert session.caller_gender == (said[-1][1] if len(known) < 2 else "unknown")


def test_a_contradicted_gender_survives_the_session_store_round_trip():
    from guard.sessions import session_from_json, session_to_json

    session = _session()
    for gender in ("female", "male"):
        session = record_identification(session, method="primary", matched=True, identified_by="full_name",
                                        caller_gender=gender, max_attempts=3).session
    assert session_from_json(session_to_json(session)) == session


def test_third_failure_locks_the_call_at_none_and_withdraws_an_earlier_success():
    session = _session(identification="primary", identified_by="full_name")
    for _ in range(3):
        session = record_identification(session, method="primary", matched=False, identified_by=None,
                                        caller_gender="male", max_attempts=3).session
    assert session.identification_locked and session.identification == "none"
    outcome = record_identification(session, method="primary", matched=True, identified_by="full_name",
                                    caller_gender="male", max_attempts=3)
    assert not outcome.matched and outcome.session.identification == "none"


def test_confirming_a_number_remembers_it_for_the_federal_city_rule_and_other_fields_are_not_remembered():
    session = record_confirmation(_session(), field="msisdn", matches=True, max_failures=5, value_digest="d1").session
    session = record_confirmation(session, field="contract.number", matches=True, max_failures=5,
                                  value_digest="d2").session
    assert session.confirmed == frozenset({"msisdn"}) and session.confirmed_values == frozenset({"d1"})


def test_a_confirmed_number_without_the_digest_of_what_was_said_is_not_remembered():
    outcome = record_confirmation(_session(), field="city_number", matches=True, max_failures=5)
    assert outcome.matches and outcome.session.confirmed == frozenset()


def test_confirm_lock_after_max_failures_answers_false_to_the_truth():
    session = _session()
    for _ in range(5):
        session = record_confirmation(session, field="msisdn", matches=False, max_failures=5).session
    outcome = record_confirmation(session, field="msisdn", matches=True, max_failures=5)
    assert outcome.session.confirm_locked and not outcome.matches and outcome.session.confirmed == frozenset()


def test_in_memory_store_creates_gets_updates_and_forgets_expired_calls():
    async def scenario() -> None:
        store = InMemorySessionStore(ttl_s=3600)
        fresh = CallSession(call_id="call-a", msisdn="79161234567", operator_id="op1", created_at=__import__("time").time())
        await store.create(fresh)
        assert await store.get("call-a") == fresh
        await store.update(record_confirmation(fresh, field="msisdn", matches=True, max_failures=5,
                                               value_digest="d1").session)
        assert (await store.get("call-a")).confirmed == frozenset({"msisdn"})
        await store.create(CallSession(call_id="call-old", msisdn="79161234567", operator_id="op1", created_at=0.0))
        assert await store.get("call-old") is None
        assert await store.get("call-unknown") is None

    asyncio.run(scenario())
