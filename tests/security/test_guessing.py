"""Attacks on the hidden card by guessing (issue 10, items 1-3, and the item-6 decisions), each a named rule.

Real servers on loopback: the sample CRM and guard (tests/conftest.py `guard_stack`), and for the replica
tests a real `redis-server` on a free port shared by two guards. Every test states the rule it checks.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import pytest

from conftest import SAMPLE_CARD, SAMPLE_CARDS, guard_stack, make_card
from guard.audit import AuditLog
from guard.config import Settings
from guard.disclosure import CheckContext, check
from guard.proxy.limits import Budget, InMemoryLimitStore

MSISDN = SAMPLE_CARD["msisdn"]
ORG_CARD = make_card(
    msisdn="79031112233", city_number="74957551188", client_type="organization",
    owner__last_name=None, owner__first_name=None, owner__middle_name=None, owner__organization="ООО Ромашка",
    owner__gender=None, owner__birth_date=None, owner__passport=None,  # an organization has neither
    numbers=[{"msisdn": "79031112233", "tariff": "Бизнес 500"}, {"msisdn": "79037654410", "tariff": "Бизнес"}],
)
CARDS = SAMPLE_CARDS + [ORG_CARD]
# Small budgets so an attack runs into them in a few requests; the per-call locks stay as they are.
TIGHT = {"guess_limit_identify_per_number": 4, "guess_limit_identify_per_operator": 8,
         "guess_limit_confirm_per_number": 4, "guess_limit_confirm_per_operator": 8,
         "guess_limit_check_per_number": 4, "guess_limit_check_per_operator": 8}


async def _post(client: aiohttp.ClientSession, url: str, body: Any) -> tuple[int, Any, Any]:
    async with client.post(url, json=body) as resp:
        return resp.status, await resp.json(content_type=None), resp.headers


async def _call(client: aiohttp.ClientSession, url: str, msisdn: str = MSISDN, operator: str = "op1021") -> str:
    status, body, _ = await _post(client, f"{url}/v1/calls", {"msisdn": msisdn, "operator_id": operator})
    assert status == 201
    return body["call_id"]


async def _identify(client, url, call_id, full_name, gender="male"):
    return await _post(client, f"{url}/v1/calls/{call_id}/identify",
                       {"method": "primary", "full_name": full_name, "caller_gender": gender})


async def _confirm(client, url, call_id, field, value):
    return await _post(client, f"{url}/v1/calls/{call_id}/confirm", {"field": field, "value": value})


async def _check(client, url, call_id, text, speaker="operator"):
    return await _post(client, f"{url}/v1/check", {"id": 1, "call_id": call_id, "text": text, "speaker": speaker})


async def _card(client, url, msisdn, call_id) -> dict:
    async with client.get(f"{url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call_id}) as resp:
        return json.loads(await resp.text())


def _audit(tmp_path) -> list[dict]:
    log = AuditLog(tmp_path / "audit.sqlite3")
    try:
        return log.since(0, 100_000)
    finally:
        log.close()


def _verdicts(answer: dict) -> tuple[str, list[tuple[str, int, int]]]:
    return answer["verdict"], [(v["rule"], v["start"], v["end"]) for v in answer["violations"]]


# --- item 1: /v1/check in a call is no oracle ---------------------------------------------------------

# (right guess, wrong guess of the same shape): the hidden card must not tell them apart.
GUESS_PAIRS = [
    ("Ваша фамилия Иванов?", "Ваша фамилия Петров?"),
    ("ваша фамилия иванов", "ваша фамилия петров"),
    ("Владелец номера Иванов Пётр", "Владелец номера Смирнов Пётр"),
    ("Ваш городской номер 8 495 123-45-67", "Ваш городской номер 8 495 765-43-21"),
    ("Второй номер на договоре 8 916 765-43-21", "Второй номер на договоре 8 916 111-22-33"),
    ("Ваша почта petr.ivanov@mail.ru", "Ваша почта anna.sidorova@mail.ru"),
    ("Вы родились 12.03.1980", "Вы родились 14.07.1975"),
    ("Вы прописаны на улице Тверская, дом 5", "Вы прописаны на улице Ленина, дом 7"),
    ("Контактное лицо Иванова Анна Петровна", "Контактное лицо Сидорова Мария Ивановна"),
    ("паспорт 4505 678901", "паспорт 4510 123456"),
    ("вы звонили на 8 903 555 66 77", "вы звонили на 8 903 444 22 11"),
]


@pytest.mark.parametrize("right, wrong", GUESS_PAIRS)
def test_check_in_a_call_gives_a_right_and_a_wrong_guess_of_hidden_data_the_same_verdict(tmp_path, engine, policy,
                                                                                          right, wrong):
    """Issue 10, item 1: the verdict never depends on whether a guessed value equals hidden card data."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url)
            _, right_answer, _ = await _check(client, stack.guard_url, call_id, right)
            _, wrong_answer, _ = await _check(client, stack.guard_url, call_id, wrong)
            assert right_answer["verdict"] == wrong_answer["verdict"] == "block"
            assert {v["rule"] for v in right_answer["violations"]} == {v["rule"] for v in wrong_answer["violations"]}

    asyncio.run(scenario())


def test_check_in_a_call_after_identification_is_no_oracle_either(tmp_path, engine, policy):
    """Issue 10, item 1: identified or not, a hidden surname guessed right and wrong is judged alike."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url, ORG_CARD["msisdn"])
            await _post(client, f"{stack.guard_url}/v1/calls/{call_id}/identify",
                        {"method": "primary", "organization": "Ромашка", "caller_gender": "female"})
            answers = [(await _check(client, stack.guard_url, call_id, f"Ваш контактный телефон {number}"))[1]
                       for number in ("8 903 123 45 67", "8 903 765 43 21")]
            assert answers[0]["verdict"] == answers[1]["verdict"] == "block"

    asyncio.run(scenario())


def test_check_repeats_what_the_caller_said_and_still_blocks_what_they_did_not(tmp_path, engine, policy):
    """Issue 10, item 1: data the caller said themselves may be repeated; the card is not what decides. The caller's
    line comes from the caller's side (auth off: a desk that is its own feed, docs/interfaces.md §5): since red team
    bb12 (16) a surname said bare is read in a call, and an untrusted client line unlocks nothing."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS, client_lines_trusted=True) as stack, \
                aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url)
            await _check(client, stack.guard_url, call_id, "моя фамилия Иванов", speaker="client")
            _, answer, _ = await _check(client, stack.guard_url, call_id, "Иванов, верно?")
            assert answer["verdict"] == "allow"

    asyncio.run(scenario())


def test_every_check_is_audited_with_verdict_and_rules_never_the_text(tmp_path, engine, policy):
    """Issue 10, item 1: each check leaves one audit record — call, operator, verdict, rule names — without values."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url)
            await _check(client, stack.guard_url, call_id, "Ваша фамилия Иванов?")
            await _check(client, stack.guard_url, call_id, "Добрый день, чем могу помочь?")

    asyncio.run(scenario())
    checks = [record for record in _audit(tmp_path) if record["kind"] == "check"]
    assert [record["verdict"] for record in checks] == ["block", "allow"]
    assert checks[0]["operator_id"] == "op1021" and checks[0]["rules"] and checks[0]["probe"] is True
    text = json.dumps(checks, ensure_ascii=False)
    assert "Иванов" not in text and "помочь" not in text


def test_the_audit_not_the_answer_tells_a_real_disclosure_from_a_wrong_guess(tmp_path, engine, policy):
    """Issue 10, item 1: the answers to a right and a wrong surname are the same; the audit record of the right one
    names the rule whose hidden value was said (for the auditor, by rule name, never the value)."""
    async def scenario() -> list[dict]:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url)
            answers = [(await _check(client, stack.guard_url, call_id, text))[1]
                       for text in ("Ваша фамилия Иванов?", "Ваша фамилия Петров?")]
            return answers

    right, wrong = asyncio.run(scenario())
    assert right.pop("text") != wrong.pop("text")
    assert right == wrong and right["verdict"] == "block"  # same length surnames: the very same answer
    checks = [record for record in _audit(tmp_path) if record["kind"] == "check"]
    assert "owner-name" in checks[0]["hidden_values"] and checks[1]["hidden_values"] == []


def test_checks_that_name_personal_data_count_against_the_guessing_limits_across_calls(tmp_path, engine, policy):
    """Issue 10, items 1 and 3: a check that blocks in a call spends a guess of the number's budget; a fresh call
    does not reset it; clean checks cost nothing."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS, **TIGHT) as stack, \
                aiohttp.ClientSession() as client:
            for _ in range(10):
                call_id = await _call(client, stack.guard_url)
                status, _, _ = await _check(client, stack.guard_url, call_id, "Добрый день, чем могу помочь?")
                assert status == 200
            statuses = []
            for guess in ("Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов"):
                call_id = await _call(client, stack.guard_url)
                status, answer, _ = await _check(client, stack.guard_url, call_id, f"Ваша фамилия {guess}?")
                statuses.append(status)
            assert statuses == [200, 200, 200, 200, 429, 429]
            assert answer["locked"] == "number" and answer["kind"] == "check"

    asyncio.run(scenario())


# --- item 2: the call's own number proves nothing ---------------------------------------------------------

@pytest.mark.parametrize("spelled", ["79161234567", "+7 916 123-45-67", "8 (916) 123 45 67",
                                     "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"])
def test_confirming_the_calls_own_number_unlocks_nothing(tmp_path, engine, policy, spelled):
    """Issue 10, item 2: confirm of msisdn with what the operator typed shows neither city_number nor msisdn."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url)
            for field in ("msisdn", "numbers[0].msisdn"):
                status, answer, _ = await _confirm(client, stack.guard_url, call_id, field, spelled)
                assert status == 200 and answer == {"matches": True}
            card = await _card(client, stack.guard_url, MSISDN, call_id)
            assert card["city_number"] == "***" and card["msisdn"] == "***"
            assert "1234567" not in json.dumps(card)
            _, answer, _ = await _check(client, stack.guard_url, call_id, "Ваш городской номер 8 495 123-45-67")
            assert answer["verdict"] == "block"

    asyncio.run(scenario())
    confirms = [record for record in _audit(tmp_path) if record["kind"] == "confirm"]
    assert confirms and all(record["unlocked"] is False for record in confirms)


# --- item 3: limits per number and per operator, across calls and replicas ------------------------------

def test_a_fresh_call_for_the_same_number_does_not_reset_the_identify_limit(tmp_path, engine, policy):
    """Issue 10, item 3: the number's budget holds across calls; once spent even the right name is refused (429)
    before it is compared, with a reason, Retry-After, an audit record and a metric — never the number."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS, **TIGHT) as stack, \
                aiohttp.ClientSession() as client:
            statuses = []
            for guess in ("Петров Иван", "Сидоров Пётр", "Смирнов Олег", "Кузнецов Иван", "Попов Павел"):
                call_id = await _call(client, stack.guard_url)  # a new call every guess
                status, answer, headers = await _identify(client, stack.guard_url, call_id, guess)
                statuses.append(status)
            assert statuses == [200, 200, 200, 200, 429]
            assert answer["locked"] == "number" and "number" in answer["error"]
            assert int(headers["Retry-After"]) > 0
            assert MSISDN not in json.dumps(answer) and MSISDN[1:] not in json.dumps(answer)
            call_id = await _call(client, stack.guard_url)
            status, answer, _ = await _identify(client, stack.guard_url, call_id, "Иванов Пётр Сергеевич")
            assert status == 429
            card = await _card(client, stack.guard_url, MSISDN, call_id)
            assert card["msisdn"] == "***"
            async with client.get(f"{stack.guard_url}/metrics") as resp:
                metrics = await resp.text()
            assert 'guard_guesses_refused_total{scope="number",kind="identify"} 2' in metrics
            # another customer's number is not locked by this one's budget (conftest's ORGANIZATION_CARD carries the
            # sample owner's passport: the same person to the owner's budget, test_redteam_bb8_proxy.py)
            other = await _call(client, stack.guard_url, ORG_CARD["msisdn"], operator="op2000")
            status, _, _ = await _post(client, f"{stack.guard_url}/v1/calls/{other}/identify",
                                       {"method": "primary", "organization": "Ромашка", "caller_gender": "male"})
            assert status == 200

    asyncio.run(scenario())
    records = [record for record in _audit(tmp_path) if record["kind"] == "guess_limit"]
    assert len(records) == 2 and records[0]["locked"] == "number" and records[0]["operator_id"] == "op1021"
    assert MSISDN not in json.dumps(records)


def test_rotating_calls_does_not_reset_the_confirm_limit_on_a_passport_series(tmp_path, engine, policy):
    """Issue 10, item 3: a fresh call every few confirms still spends the number's confirm budget."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS, **TIGHT) as stack, \
                aiohttp.ClientSession() as client:
            statuses = []
            for series in range(4500, 4506):  # the right one, 4505, comes after the budget is spent
                call_id = await _call(client, stack.guard_url)
                status, answer, _ = await _confirm(client, stack.guard_url, call_id, "owner.passport.series", str(series))
                statuses.append((status, answer.get("matches")))
            assert statuses == [(200, False)] * 4 + [(429, None)] * 2

    asyncio.run(scenario())


def test_an_operator_guessing_across_many_numbers_is_locked_out(tmp_path, engine, policy):
    """Issue 10, item 3: the operator's budget holds across customer numbers (of ten customers: one customer's
    numbers share the owner's budget, test_redteam_bb8_proxy.py)."""
    cards = [make_card(msisdn=f"7916000{index:04d}", numbers=[], owner__birth_date=f"1980-03-{index + 10:02d}",
                       owner__passport={"series": "4505", "number": f"67890{index}"}) for index in range(10)]

    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=cards, **TIGHT) as stack, \
                aiohttp.ClientSession() as client:
            statuses = []
            for card in cards:
                call_id = await _call(client, stack.guard_url, card["msisdn"], operator="op7")
                status, answer, _ = await _identify(client, stack.guard_url, call_id, "Петров Иван")
                statuses.append(status)
            assert statuses == [200] * 8 + [429] * 2
            assert answer["locked"] == "operator"
            call_id = await _call(client, stack.guard_url, cards[9]["msisdn"], operator="op8")
            status, _, _ = await _identify(client, stack.guard_url, call_id, "Иванов Пётр Сергеевич")
            assert status == 200  # another operator, another budget

    asyncio.run(scenario())


def test_the_legitimate_flow_costs_nothing(tmp_path, engine, policy):
    """Issue 10, item 3: right identifications and confirmations, repeated far past every budget, are never refused."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS, **TIGHT) as stack, \
                aiohttp.ClientSession() as client:
            for _ in range(12):
                call_id = await _call(client, stack.guard_url)
                status, answer, _ = await _identify(client, stack.guard_url, call_id, "Иванов Пётр Сергеевич")
                assert (status, answer["identification"]) == (200, "primary")
                status, answer, _ = await _confirm(client, stack.guard_url, call_id, "contract.number", "0123456789")
                assert (status, answer) == (200, {"matches": True})
                status, answer, _ = await _check(client, stack.guard_url, call_id, "Номер заканчивается на 4567")
                assert (status, answer["verdict"]) == (200, "allow")

    asyncio.run(scenario())


def test_a_lock_out_ends_after_the_lockout_period():
    """Issue 10, item 3: a number locked out is refused until guess_lockout_s has passed, then counted afresh."""
    now = [1000.0]
    store = InMemoryLimitStore(clock=lambda: now[0])
    budgets = (Budget("number", "n1", 2, 900.0),)

    async def scenario() -> None:
        assert await store.take("identify", budgets, 3600) is None
        assert await store.take("identify", budgets, 3600) is None
        refused = await store.take("identify", budgets, 3600)
        assert refused is not None and refused.scope == "number" and refused.retry_after_s == 900
        now[0] += 899
        assert await store.take("identify", budgets, 3600) is not None
        now[0] += 2
        assert await store.take("identify", budgets, 3600) is None

    asyncio.run(scenario())


def test_limits_hold_across_replicas_sharing_a_redis_store(tmp_path, engine, policy, redis_url):
    """Issue 10, item 3: guesses spread over two guards (one Redis) spend one budget; parallel ones too."""
    from guard.crm import create_crm_app
    from guard.proxy import create_app
    from guard.proxy.serving import running_site

    async def scenario() -> None:
        async with running_site(create_crm_app({c["msisdn"]: c for c in CARDS})) as crm_url:
            def replica(name: str):
                config = Settings(upstream=crm_url, audit_path=str(tmp_path / f"audit-{name}.sqlite3"),
                                  session_store=redis_url, **TIGHT)
                return running_site(create_app(config, redactor=engine, policy=policy))

            async with replica("a") as one, replica("b") as two, aiohttp.ClientSession() as client:
                # eight operators' calls, one each (an operator's new call ends the one before: red team bb17, 22)
                calls = [(url, await _call(client, url, operator=f"op{100 + index}"))
                         for index, url in enumerate((one, two, one, two, one, two, one, two))]
                answers = await asyncio.gather(*(_identify(client, url, call_id, f"Петров{'ф' * index} Иван")
                                                 for index, (url, call_id) in enumerate(calls)))
                statuses = sorted(status for status, _, _ in answers)
                assert statuses == [200] * 4 + [429] * 4
                for url in (one, two):
                    call_id = await _call(client, url)
                    status, _, _ = await _identify(client, url, call_id, "Иванов Пётр Сергеевич")
                    assert status == 429

    asyncio.run(scenario())


# --- item 6: one decision for the card and the speech -----------------------------------------------------

def test_the_last_4_digits_the_card_shows_may_be_said_item6(tmp_path, engine, policy):
    """Decision «One decision for item 6»: when the card shows *******2233, «номер, который заканчивается на 2233»
    is allowed — for the call's number and for every number on the contract; digits the card does not show are not."""
    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=CARDS) as stack, aiohttp.ClientSession() as client:
            call_id = await _call(client, stack.guard_url, ORG_CARD["msisdn"])
            status, _, _ = await _post(client, f"{stack.guard_url}/v1/calls/{call_id}/identify",
                                       {"method": "primary", "organization": "ООО «Ромашка»", "caller_gender": "female"})
            card = await _card(client, stack.guard_url, ORG_CARD["msisdn"], call_id)
            assert [n["msisdn"] for n in card["numbers"]] == ["*******2233", "*******4410"]
            for text in ("Номер, который заканчивается на 2233", "Больше всего потратил номер, который заканчивается на 4410"):
                _, answer, _ = await _check(client, stack.guard_url, call_id, text)
                assert answer["verdict"] == "allow", text
            _, answer, _ = await _check(client, stack.guard_url, call_id, "Номер, который заканчивается на 9876")
            assert answer["verdict"] == "block"  # digits no number of the card shows
            unidentified = await _call(client, stack.guard_url, ORG_CARD["msisdn"], operator="op2")
            _, answer, _ = await _check(client, stack.guard_url, unidentified, "Номер, который заканчивается на 2233")
            assert answer["verdict"] == "block"

    asyncio.run(scenario())


def test_the_offline_checker_and_the_card_policy_agree_on_item6():
    """Decision «One decision for item 6»: with the whole card (guard check, guard qa) the policy decides too —
    an organization identified by its name may hear its numbers' last 4 digits."""
    context = CheckContext(card=ORG_CARD, identification="primary", identified_by="organization")
    for text in ("Номер, который заканчивается на 2233", "Больше всего потратил номер, который заканчивается на 4410"):
        assert check(text, "operator", context).verdict == "allow", text
    by_person = CheckContext(card=ORG_CARD, identification="primary", identified_by="full_name", caller_gender="male")
    assert check("Номер, который заканчивается на 2233", "operator", by_person).verdict == "block"
