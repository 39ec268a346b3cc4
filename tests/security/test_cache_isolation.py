"""What the proxy remembers between requests (issue 13): the decision cache, the cache of redacted comments and the
policy's compiled routes. None of them may answer one customer with another's card, an unidentified caller with
what an identified one was shown, or hold a value the policy hides — as a key or as a value, in plain text or as an
unkeyed hash of it.

The card secrets cache (stop 31) is the one exception by design: it exists to keep a card's hidden values read into
matchable forms between the fetches of a call. It holds them in memory only, bounded, keyed by keyed digests, and
serves only the same body decided the same way at the same identification level — the last test below. The memo of
the customer numbers a comment writes (stop 33, `ProxyState.written_numbers`) keeps those numbers the same way: keyed
by a keyed digest of the text, in memory only, bounded, each text answered with its own numbers
(tests/test_written_numbers_memo.py) — a pure function of the text, so no customer's card or call enters it. The memo
of the scrub's word pass (stop 43, `CardSecretsCache.scrub_spans`) keeps offsets only, keyed by keyed digests of the
text, the card's hidden words and streets and the policy's field names (tests/test_scrub_spans_memo.py): it is among
what `_cached` reads below, so no hidden value may be in it either. Neither may the card facts (stop 52,
`CardSecretsCache.facts`: what the policy reads of a card alone — its contract's end, whether its owner is in doubt, the
answers of its route's conditions that read no call state — kept by a keyed digest of the body, never another body's:
tests/test_proxy_request_path_s52.py)."""
from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import pickle
from typing import Any

import aiohttp
import pytest
from aiohttp import web

import guard.audit
import guard.logs
import guard.metrics
import guard.policy.evaluator
import guard.proxy.detection
import guard.proxy.filtering
import guard.proxy.forward
import guard.proxy.scrub
import guard.proxy.textcache
from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import DecisionCache
from guard.proxy.state import STATE
from guard.proxy.textcache import RedactedTextCache
from security.conftest import get, open_call, servers, shown_text
from security.hostile_crm import KEYS_AS_VALUES, card, create_hostile_crm

# A third person's data in a comment both customers' cards carry, word for word.
SHARED_COMMENT = "Звонил Сидоров Аркадий, просил перезвонить на 89265554433 после обеда"
FIRST = card("79161234567", comments=[
    {"at": "2026-10-30T09:00:00", "author": "op1", "text": SHARED_COMMENT},
    {"at": "2026-10-30T09:05:00", "author": "op1", "text": "Клиент Иванов подтвердил паспорт 4505 678901"},
])
SECOND = card("79169998877", city_number="74997776655", owner__last_name="Петрова", owner__first_name="Ольга",
              owner__middle_name="Игоревна", owner__gender="female", email="o.petrova@yandex.ru",
              owner__passport={"series": "4610", "number": "112233", "issued_by": "ОВД района Сокол",
                               "issued_at": "2010-02-03"},
              contact={"phone": "79047776655", "person": None, "email": None},
              numbers=[{"msisdn": "79169998877", "tariff": "Тариф Б"}],
              de={"first_name": "Ольга", "middle_name": "Игоревна"},
              comments=[{"at": "2026-10-31T10:00:00", "author": "op2", "text": SHARED_COMMENT}])
# What no response at identification `none` and no cache may hold, for either customer.
FIRST_HIDDEN = ["Иванов", "4505", "678901", "0123456789", "79031234567", "petr.ivanov", "Тверская", "1980-03-12"]
SECOND_HIDDEN = ["Петрова", "4610", "112233", "79047776655", "74997776655", "o.petrova", "Сокол", "2010-02-03"]
COMMENT_VALUES = ["Сидоров", "89265554433", "9265554433"]


def _cached(app: web.Application) -> bytes:
    """Everything the proxy keeps between requests, as bytes (pickle writes str as UTF-8)."""
    state = app[STATE]
    return pickle.dumps((list(state.decisions._entries.items()), list(state.detector.text_cache._entries.items()),
                         state.policy._routes, list(state.policy._plans), state.policy._settled,
                         list(state.card_secrets.scrub_spans.texts._entries.items()),
                         list(state.card_secrets._facts_of_body.items())))


# The engine in this process's thread, and as `guard serve` runs it on a machine with cores to spare: in a worker
# process, with a backlog finishing texts whose request gave up (their results go into the same text cache).
DETECTION = {"thread": {}, "worker process": {"redactor_processes": 1, "detection_backlog": 32}}


@pytest.mark.parametrize("detection", list(DETECTION))
def test_no_cache_answers_another_customer_or_another_identification_level_or_keeps_a_hidden_value(
        tmp_path, engine, policy, detection):
    apps: list[web.Application] = []

    async def main() -> dict[str, Any]:
        crm = create_hostile_crm({c["msisdn"]: c for c in (FIRST, SECOND)})
        async with servers(tmp_path, engine, policy, crm=crm, tweak=apps.append, **DETECTION[detection]) as stack:
            async with aiohttp.ClientSession() as client:
                url = f"{stack.guard_url}/crm/api/customers/"
                seen = {}
                identified = await open_call(client, stack.guard_url, FIRST["msisdn"], "op-identified")
                async with client.post(f"{stack.guard_url}/v1/calls/{identified}/identify",
                                       json={"method": "primary", "full_name": "Иванов Пётр Сергеевич",
                                             "caller_gender": "male"}) as resp:
                    assert (await resp.json())["identification"] == "primary"
                for _ in range(2):  # the second answer comes from the decision cache
                    seen["first, primary"] = await get(client, url + FIRST["msisdn"],
                                                       headers={"X-Guard-Call": identified})
                stranger = await open_call(client, stack.guard_url, FIRST["msisdn"], "op-stranger")
                seen["first, none"] = await get(client, url + FIRST["msisdn"], headers={"X-Guard-Call": stranger})
                second = await open_call(client, stack.guard_url, SECOND["msisdn"], "op-second")
                for _ in range(2):
                    seen["second, none"] = await get(client, url + SECOND["msisdn"], headers={"X-Guard-Call": second})
                return seen

    seen = asyncio.run(main())
    assert all(status == 200 for status, _, _ in seen.values())
    first_primary, first_none, second_none = (json.loads(seen[k][2]) for k in ("first, primary", "first, none",
                                                                                "second, none"))
    assert first_primary["msisdn"] == "*******4567"  # п. 6: the last 4 digits, for the identified caller only
    assert first_none["msisdn"] == "***" and seen["first, none"][1]["X-Guard-Identification"] == "none"
    second_text = shown_text(seen["second, none"][2])
    assert [piece for piece in FIRST_HIDDEN + ["4567", "Пётр", "Мой безлимит"] if piece in second_text] == []
    assert [piece for piece in SECOND_HIDDEN + COMMENT_VALUES if piece in second_text] == []
    # The shared comment is shown alike to both (redacted once, from the cache the second time), never in plain.
    shared = [c["text"] for c in first_none["comments"]][0]
    assert second_none["comments"][0]["text"] == shared and "Сидоров" not in shared and "<PHONE_NUMBER>" in shared
    state = apps[0][STATE]
    assert state.detector.text_cache.hits >= 1 and len(state.decisions._entries) >= 2
    assert len(state.card_secrets.scrub_spans) >= 1  # the word pass's memo holds entries: what `_cached` reads of it
    assert any(state.card_secrets._facts_of_body.values())  # and the card facts too

    cached = _cached(apps[0])
    plain = FIRST_HIDDEN + SECOND_HIDDEN + COMMENT_VALUES + [FIRST["msisdn"], SECOND["msisdn"], SHARED_COMMENT]
    assert [piece for piece in plain if piece.encode("utf-8") in cached] == []
    bodies = [json.dumps(c, ensure_ascii=False).encode("utf-8") for c in (FIRST, SECOND)]
    assert not any(hashlib.sha256(body).digest() in cached for body in bodies)  # no unkeyed digest of a card


def test_decision_cache_keys_are_keyed_per_process_and_name_the_call_state():
    body = json.dumps(FIRST, ensure_ascii=False).encode("utf-8")
    none = CallContext(identification=IdentificationLevel.NONE)
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")
    one, other = DecisionCache(16), DecisionCache(16)
    assert one.key(body, none) == one.key(body, none)
    assert one.key(body, none) != one.key(body, primary)
    assert one.key(body, none)[0] != other.key(body, none)[0]  # another process, another key: not a plain hash
    assert hashlib.sha256(body).digest() not in one.key(body, none)


def test_the_policy_does_not_remember_a_path_whose_key_may_be_a_value(policy):
    from guard.policy import load_policy, default_policy_path

    fresh = load_policy(default_policy_path())
    fresh.apply(KEYS_AS_VALUES, CallContext(identification=IdentificationLevel.NONE), redact_text=lambda text: "")
    kept = pickle.dumps((list(fresh._plans), fresh._routes))
    assert b"4505678901" not in kept and "Иванов".encode() not in kept and b"79031234567" not in kept
    assert "Тверская".encode() not in kept
    assert any(path and path[0] == "owner" for path in fresh._plans)  # plans of field names are remembered


def test_no_memo_of_the_proxy_or_the_policy_is_keyed_by_a_plain_text():
    """functools caches key by their arguments as given: none is left on a function that sees card values or paths."""
    memoized = []
    for module in (guard.proxy.scrub, guard.proxy.filtering, guard.proxy.forward, guard.proxy.textcache,
                   guard.proxy.detection, guard.policy.evaluator, guard.audit, guard.logs, guard.metrics):
        for name, function in inspect.getmembers(module, callable):
            if hasattr(function, "cache_info") and getattr(function, "__module__", "") == module.__name__:
                if inspect.signature(function).parameters:  # a memo of a function without arguments keeps nothing
                    memoized.append(f"{module.__name__}.{name}")
    assert memoized == []


def test_the_text_cache_finds_a_text_by_its_keyed_digest_only():
    cache: RedactedTextCache[str] = RedactedTextCache(8)
    cache.put(SHARED_COMMENT, "Звонил <PERSON>, просил перезвонить на <PHONE_NUMBER> после обеда")
    assert cache.get(SHARED_COMMENT) is not None and cache.get(SHARED_COMMENT + " ") is None
    assert SHARED_COMMENT.encode("utf-8") not in pickle.dumps(list(cache._entries))
    assert RedactedTextCache(8).digest(SHARED_COMMENT) != cache.digest(SHARED_COMMENT)


def test_what_scrubbing_works_out_from_one_response_is_not_kept_for_the_next():
    """The hidden words read, and the e-mail patterns built, while scrubbing one response live in that response's
    CardSecrets: another customer's response starts from nothing (guard/proxy/scrub.py)."""
    first = guard.proxy.scrub.CardSecrets.from_values(FIRST_HIDDEN + ["petr.ivanov@mail.ru"])
    assert first.scrub_text("пишите на petr.ivanov@mail.ru, Иванову")[1] == 2
    second = guard.proxy.scrub.CardSecrets.from_values(SECOND_HIDDEN + ["o.petrova@yandex.ru"])
    assert second.scrub_text("пишите на petr.ivanov@mail.ru, Иванову") == ("пишите на petr.ivanov@mail.ru, Иванову", 0)
    kept = pickle.dumps((second.words, second.literals, second.numbers, list(second._patterns)))
    assert b"petr.ivanov" not in kept and "иванов".encode() not in kept


def test_the_latin_words_read_once_a_process_are_the_policys_field_names_only(policy):
    """Scrubbing reads the Latin words of the keys the policy knows once a process ("last_name" -> "last", "name");
    a Latin word of a card's value (an e-mail's "ivanov", a key that is a surname) is read per response and kept by
    none of the proxy's tables (guard/proxy/scrub.py, _FIELD_WORDS)."""
    secrets = guard.proxy.scrub.CardSecrets.from_values(["Иванов", "petr.ivanov@mail.ru"])
    answer = {"last_name": "***", "ivanov_note": "Ivanov", "email": "zhuravleva@mail.ru"}
    scrubbed, count = secrets.scrub_json(answer, policy.known_keys)
    assert "ivanov_note" not in scrubbed and scrubbed["email"] == "zhuravleva@mail.ru" and count >= 2
    kept = pickle.dumps(guard.proxy.scrub._FIELD_WORDS)
    assert b"ivanov" not in kept and b"zhuravleva" not in kept and "иванов".encode() not in kept
    assert any("last" in words for words in guard.proxy.scrub._FIELD_WORDS.values())


def test_the_card_secrets_cache_answers_as_a_proxy_without_it_across_customers_and_levels(tmp_path, engine, policy):
    """Decision cache off, so every answer is decided again and scrubbed with the secrets the proxy kept (stop 31):
    A identified, A not, B, A identified again give what a proxy that keeps no secrets gives."""
    apps: list[web.Application] = []

    async def answers(**settings: Any) -> list[tuple[str, str, str]]:
        crm = create_hostile_crm({c["msisdn"]: c for c in (FIRST, SECOND)})
        # a budget no loaded machine misses: a comment withheld for time in one run and shown in the other would be
        # two decisions (two entries), not a difference the cache made
        async with servers(tmp_path, engine, policy, crm=crm, tweak=apps.append, decision_cache_size=0,
                           detection_budget_s=60.0, **settings) as stack:
            async with aiohttp.ClientSession() as client:
                url = f"{stack.guard_url}/crm/api/customers/"
                # three operators' calls read in turn (one open call per operator: red team bb17, 22)
                identified = await open_call(client, stack.guard_url, FIRST["msisdn"], "op-identified")
                async with client.post(f"{stack.guard_url}/v1/calls/{identified}/identify",
                                       json={"method": "primary", "full_name": "Иванов Пётр Сергеевич",
                                             "caller_gender": "male"}) as resp:
                    assert (await resp.json())["identification"] == "primary"
                stranger = await open_call(client, stack.guard_url, FIRST["msisdn"], "op-stranger")
                second = await open_call(client, stack.guard_url, SECOND["msisdn"], "op-second")
                seen = []
                for msisdn, call in [(FIRST["msisdn"], identified), (FIRST["msisdn"], stranger),
                                     (SECOND["msisdn"], second), (FIRST["msisdn"], identified),
                                     (FIRST["msisdn"], stranger), (SECOND["msisdn"], second)]:
                    status, headers, body = await get(client, url + msisdn, headers={"X-Guard-Call": call})
                    seen.append((status, headers["X-Guard-Identification"], body))
                return seen

    kept = asyncio.run(answers(card_secrets_cache_size=16))
    assert apps[0][STATE].card_secrets.hits >= 3 and len(apps[0][STATE].card_secrets._entries) == 3
    assert kept == asyncio.run(answers(card_secrets_cache_size=0))
    assert [level for _, level, _ in kept] == ["primary", "none", "none"] * 2
    assert [piece for piece in FIRST_HIDDEN if piece in shown_text(kept[4][2])] == []


def test_a_cards_facts_never_answer_for_another_customers_card_of_the_same_shape(policy):
    """Two customers' cards of one shape, one whose comment says its contract ended long ago (the 5-year rule refuses
    it) and one that says nothing of it, decided in turn at both levels with one card secrets cache (its card facts:
    the contract's end, the route's answers of the card alone): each answer is the one a proxy keeping nothing gives."""
    from guard.proxy.filtering import CardSecretsCache, filter_json
    from guard.proxy.scrub import ScrubSpans

    ended = card("79161234567", comments=[{"at": "2016-02-01T10:00:00", "author": "op1",
                                             "text": "Договор расторгнут 01.01.2010 по заявлению абонента"}])
    active = card("79169998877", comments=[{"at": "2016-02-01T10:00:00", "author": "op1",
                                              "text": "Договор продлён 01.01.2010 по заявлению абонента"}])
    none = CallContext(identification=IdentificationLevel.NONE)
    primary = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")

    async def decide(cache: CardSecretsCache | None) -> list[tuple[bool, str]]:
        seen = []
        for which, ctx in [(ended, none), (active, none), (ended, primary), (active, primary), (active, none),
                           (ended, none)]:
            body = json.dumps(which, ensure_ascii=False).encode("utf-8")
            filtered = await filter_json(policy, None, json.loads(body), ctx, cache, body if cache else None)
            seen.append((filtered.refused, json.dumps(filtered.payload, ensure_ascii=False, sort_keys=True)))
        return seen

    cache = CardSecretsCache(16, ScrubSpans(64))
    kept = asyncio.run(decide(cache))
    assert len(cache._facts_of_body) == 2 and all(cache._facts_of_body.values())
    assert kept == asyncio.run(decide(None))
    assert [refused for refused, _ in kept] == [True, False, True, False, False, True]
