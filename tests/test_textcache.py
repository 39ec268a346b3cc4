"""The cache of redacted free text: keyed by a per-process HMAC, bounded, and never a way for one customer's
or one identification level's answer to reach another."""
from __future__ import annotations

import asyncio
import hashlib
import json
from typing import Any

import aiohttp

from guard.proxy.detection import BudgetedRedactor, DetectionFailed, Redacted
from guard.proxy.textcache import RedactedTextCache
from tests.conftest import guard_stack, make_card

COMMENT = "Кл. Иванов П.С. просил перезвонить на 89161234567, паспорт 4505 678901"


class _CountingEngine:
    """Wraps the real engine and counts what reaches it."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.texts: list[str] = []

    def redact(self, text: str) -> Any:
        self.texts.append(text)
        return self.engine.redact(text)


class _FlakyEngine:
    """Raises on its first call, then works: a failure must not be remembered as a result."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.calls = 0

    def redact(self, text: str) -> Any:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("engine hiccup")
        return self.engine.redact(text)


def test_the_key_is_a_keyed_digest_never_the_text_or_its_plain_hash():
    first, second = RedactedTextCache(10), RedactedTextCache(10)
    first.put(COMMENT, "redacted")
    (stored,) = first._entries  # the only thing the cache holds about the input
    assert isinstance(stored, bytes) and COMMENT.encode() not in stored
    assert stored != hashlib.sha256(COMMENT.encode()).digest()
    assert first.digest(COMMENT) != second.digest(COMMENT), "each process draws its own key"


def test_a_result_is_returned_only_for_the_text_it_was_computed_from():
    cache = RedactedTextCache(10)
    cache.put(COMMENT, "for this comment")
    assert cache.get(COMMENT) == "for this comment"
    assert cache.get(COMMENT + " ") is None
    assert cache.get(COMMENT.replace("4505", "4506")) is None
    assert cache.get(COMMENT, context=("another input",)) is None


def test_the_cache_is_bounded_in_entries_and_in_characters_least_recently_used_out_first():
    cache = RedactedTextCache(2, max_chars=1000)
    cache.put("a", 1), cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    cache.put("x" * 600, 4), cache.put("y" * 600, 5)
    assert cache.get("x" * 600) is None and cache.get("y" * 600) == 5
    assert RedactedTextCache(0).get("a") is None


def test_a_repeated_text_reaches_the_engine_once_and_gets_the_same_answer(engine):
    counting = _CountingEngine(engine)
    detector = BudgetedRedactor(counting, budget_s=30, text_cache=RedactedTextCache(100))

    async def twice() -> tuple[list[Redacted], list[Redacted]]:
        return await detector.redact_many([COMMENT, COMMENT]), await detector.redact_many([COMMENT, "Иванов"])

    try:
        first, second = asyncio.run(twice())
    finally:
        detector.close()
    assert counting.texts == [COMMENT, "Иванов"]
    assert first[0] == first[1] == second[0] == Redacted(engine.redact(COMMENT).text,
                                                         [e.as_dict() for e in engine.redact(COMMENT).entities])
    assert "89161234567" not in second[0].text and "Иванов" not in second[1].text


def test_a_failed_detection_is_not_cached_and_is_tried_again(engine):
    flaky = _FlakyEngine(engine)
    detector = BudgetedRedactor(flaky, budget_s=30, text_cache=RedactedTextCache(100))

    async def run() -> Redacted:
        try:
            await detector.redact(COMMENT)
        except DetectionFailed:
            pass
        else:
            raise AssertionError("the first call must fail")
        return await detector.redact(COMMENT)

    try:
        result = asyncio.run(run())
    finally:
        detector.close()
    assert flaky.calls == 2 and "89161234567" not in result.text


def test_the_same_comment_on_two_customers_and_at_two_levels_gives_each_its_own_correct_card(tmp_path, engine, policy):
    """One comment text on two cards: the cached redaction is the same text's, and the policy still decides per
    request — a refused card (contract ended over 5 years ago) shows nothing of it, the other card shows it
    redacted, at every identification level, whatever was served (and cached) before."""
    comments = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": COMMENT}]
    active = make_card(comments=comments)
    refused = make_card(msisdn="79170000002", numbers=[{"msisdn": "79170000002", "tariff": "Старт"}],
                        contract={"number": "0999999999", "status": "terminated", "terminated_at": "2019-05-01"},
                        comments=comments)
    counting = _CountingEngine(engine)
    expected = engine.redact(COMMENT).text

    async def scenario() -> None:
        async with guard_stack(tmp_path, counting, policy, cards=[active, refused]) as stack:
            async with aiohttp.ClientSession() as client:
                async def card(msisdn: str, call: str | None) -> dict:
                    headers = {"X-Guard-Call": call} if call else {}
                    async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}", headers=headers) as resp:
                        assert resp.status == 200
                        return json.loads(await resp.text())

                async def identified_call(msisdn: str, matches: bool) -> str:
                    async with client.post(f"{stack.guard_url}/v1/calls",
                                           json={"msisdn": msisdn, "operator_id": "op1"}) as resp:
                        call_id = (await resp.json())["call_id"]
                    body = {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}
                    async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
                        # A refused card's owner is never identified: nothing of it is compared (red team s27, M9).
                        assert (await resp.json())["matched"] is matches
                    return call_id

                # A call is about its own customer: each card is fetched under a call opened for that card (under
                # a call for a customer whose contract ended over 5 years ago the proxy refuses what it fetches).
                calls = {msisdn: await identified_call(msisdn, msisdn == active["msisdn"])
                         for msisdn in (active["msisdn"], refused["msisdn"])}
                for first, second in ((active, refused), (refused, active)):  # both orders of who is served first
                    for identified in (False, True):  # identification none, then the call's own level
                        for served in (first, second):
                            level_call = calls[served["msisdn"]] if identified else None
                            shown = await card(served["msisdn"], level_call)
                            if served is active:
                                assert shown["comments"][0]["text"] == expected
                            else:
                                assert shown["comments"] == "***"  # refused: hidden whole
                                assert COMMENT not in json.dumps(shown, ensure_ascii=False)
                                assert expected not in json.dumps(shown, ensure_ascii=False)

    asyncio.run(scenario())
    assert counting.texts.count(COMMENT) == 1, "the comment went through the engine once, then came from the cache"


class _GatedEngine:
    """Blocks until released, then redacts: a job that outlives its request's budget."""

    def __init__(self, engine: Any) -> None:
        import threading

        self.engine = engine
        self.gate = threading.Event()
        self.texts: list[str] = []

    def redact(self, text: str) -> Any:
        self.texts.append(text)
        self.gate.wait(10)
        return self.engine.redact(text)


def test_a_job_over_its_budget_fails_closed_and_its_late_result_serves_the_next_fetch(engine):
    gated = _GatedEngine(engine)
    detector = BudgetedRedactor(gated, budget_s=0.2, text_cache=RedactedTextCache(100))

    async def run() -> Redacted:
        try:
            await detector.redact(COMMENT)
        except DetectionFailed:
            pass
        else:
            raise AssertionError("over budget must fail closed")
        gated.gate.set()
        for _ in range(100):  # the running job finishes on its own and lands in the cache
            if detector.text_cache.get(COMMENT) is not None:
                break
            await asyncio.sleep(0.05)
        return await detector.redact(COMMENT)

    try:
        result = asyncio.run(run())
    finally:
        detector.close()
    assert gated.texts == [COMMENT], "the text went through the engine once"
    assert result.text == engine.redact(COMMENT).text


def test_concurrent_requests_for_one_text_share_one_job(engine):
    gated = _GatedEngine(engine)
    detector = BudgetedRedactor(gated, budget_s=30, text_cache=RedactedTextCache(100))

    async def run() -> list[list[Redacted]]:
        waiting = [asyncio.ensure_future(detector.redact_many([COMMENT, "Иванов"])) for _ in range(3)]
        await asyncio.sleep(0.2)
        gated.gate.set()
        return await asyncio.gather(*waiting)

    try:
        answers = asyncio.run(run())
    finally:
        detector.close()
    assert sorted(gated.texts) == sorted([COMMENT, "Иванов"])
    assert answers[0] == answers[1] == answers[2]


def test_with_a_backlog_queued_work_outlives_its_budget_and_serves_the_next_fetch_without_it_queued_work_is_dropped(engine):
    """A request is over budget while its text still waits in the queue (behind another request's text, held by
    the engine): with a backlog that text is redacted anyway (the request itself fails closed) and the next fetch
    is served from the cache; without, the queued text is cancelled and never reaches the engine. (The texts of
    one request are one engine call, so the queue is of requests.)"""
    def scenario(backlog: int) -> tuple[list[str], Redacted | None]:
        gated = _GatedEngine(engine)
        detector = BudgetedRedactor(gated, budget_s=0.2, text_cache=RedactedTextCache(100), backlog=backlog)

        async def run() -> Redacted | None:
            # The first request's text holds the engine; the comment queues behind it; both run out of budget.
            answers = await asyncio.gather(detector.redact("Иванов"), detector.redact(COMMENT), return_exceptions=True)
            assert all(isinstance(answer, DetectionFailed) for answer in answers)
            gated.gate.set()
            for _ in range(60):
                if detector.text_cache.get(COMMENT) is not None:
                    return await detector.redact(COMMENT)
                await asyncio.sleep(0.05)
            return None

        try:
            return gated.texts, asyncio.run(run())
        finally:
            detector.close()

    texts, served = scenario(backlog=10)
    assert texts == ["Иванов", COMMENT] and served is not None and "89161234567" not in served.text
    texts, served = scenario(backlog=0)
    assert texts == ["Иванов"] and served is None


class _BlindEngine:
    """Finds nothing: whatever is masked in a comment was masked by the proxy's card-aware scrubbing, per card."""

    operator = "tag"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def redact(self, text: str) -> Any:
        self.texts.append(text)
        return Redacted(text, [])

    def analyze(self, text: str) -> list:
        self.texts.append(text)
        return []


def test_one_customers_card_aware_masking_is_never_cached_for_another_customer_or_level(tmp_path, policy):
    """The text cache holds the engine's answer only. One comment on both cards quotes customer B's contact phone:
    B's answer hides it, A's shows it, at identification none and primary, in both orders — what was scrubbed for one
    card never reaches another's answer."""
    # B's phone shares no six digits in a row with A's numbers: six shared digits read as A's number to card-aware
    # scrubbing, which masks them in A's answer (guard/proxy/scrub.py, tests/security/test_scrub_numbers.py).
    # Written in groups of up to 3 digits: a bare run of 4+ is masked for every card alike (guard/proxy/bare_numbers.py).
    # Only B's value is in the comment: B's own card finds it and hides the comments (red team bb22, f01: alike),
    # A's finds nothing of A's and shows the engine's answer — B's phone among it, never B's masking cached for A.
    # (A passport's cue hides a comment for every card: the phone, in groups, is what only B's card reads.)
    comment = "Клиент просил перезвонить на 7 905 888 66 44"
    comments = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": comment}]
    card_a = make_card(comments=comments)  # passport 4505 678901 (SAMPLE_CARD)
    card_b = make_card(msisdn="79160000009", numbers=[{"msisdn": "79160000009", "tariff": "Старт"}],
                       owner__passport={"series": "4600", "number": "112233", "issued_by": "ОВД района Сокол",
                                        "issued_at": "2010-01-01"},
                       contact={"phone": "79058886644", "person": None, "email": None}, comments=comments)
    blind = _BlindEngine()

    async def scenario() -> list[tuple[str, str, str]]:
        seen = []
        async with guard_stack(tmp_path, blind, policy, cards=[card_a, card_b]) as stack:
            async with aiohttp.ClientSession() as client:
                async def call_for(msisdn: str) -> str:
                    async with client.post(f"{stack.guard_url}/v1/calls",
                                           json={"msisdn": msisdn, "operator_id": "op1"}) as resp:
                        call_id = (await resp.json())["call_id"]
                    body = {"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}
                    async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
                        assert (await resp.json())["matched"]
                    return call_id

                calls = {card["msisdn"]: await call_for(card["msisdn"]) for card in (card_a, card_b)}
                for order in ((card_a, card_b), (card_b, card_a)):
                    for identified in (False, True):
                        for card in order:
                            headers = {"X-Guard-Call": calls[card["msisdn"]]} if identified else {}
                            async with client.get(f"{stack.guard_url}/crm/api/customers/{card['msisdn']}",
                                                  headers=headers) as resp:
                                assert resp.status == 200
                                shown = json.loads(await resp.text())
                            who = "a" if card is card_a else "b"
                            seen.append((who, "primary" if identified else "none", shown["comments"][0]["text"]))
        return seen

    seen = asyncio.run(scenario())
    assert len(seen) == 8
    for who, level, text in seen:
        digits = "".join(ch for ch in text if ch.isdigit())
        if who == "b":  # its own contact phone: hidden, the comments alike
            assert "8886644" not in digits and text == "***", (who, level, text)
        else:  # nothing of A's: the engine's answer as it is, B's masking never cached for A
            assert "79058886644" in digits, (who, level, text)
    # A card's texts reach the engine in one batch (the tariff and the comment's author, shown through the engine,
    # beside the comment): the comment is in exactly one of them, once.
    assert sum(text.count(comment) for text in blind.texts) == 1, \
        "the engine saw the comment once; every other answer came from the cache"


def test_a_text_whose_engine_call_already_runs_is_not_sent_again_by_the_next_fetch(engine):
    """The first fetch runs out of budget while the engine works on its comment (it fails closed); the refresh that
    comes while that call still runs waits for it instead of queueing the same text behind it — under overload,
    work is not done twice."""
    gated = _GatedEngine(engine)
    detector = BudgetedRedactor(gated, budget_s=0.2, text_cache=RedactedTextCache(100))

    async def run() -> Redacted:
        try:
            await detector.redact(COMMENT)
        except DetectionFailed:
            pass
        else:
            raise AssertionError("over budget must fail closed")
        detector.budget_s = 30
        refresh = asyncio.ensure_future(detector.redact(COMMENT))
        await asyncio.sleep(0.1)
        gated.gate.set()
        return await refresh

    try:
        result = asyncio.run(run())
    finally:
        detector.close()
    assert gated.texts == [COMMENT], "the comment reached the engine once"
    assert result.text == engine.redact(COMMENT).text
