"""Red team, session 23: attacks that test_redteam_s19/s20/s22.py did not try, each a real request against the real proxy
(or the Presidio API, or a real CLI run on a hostile file) with a hostile CRM on loopback (`crm_with`), the value
looked for where it could surface — the answer (body and headers), and for the long pieces /metrics, the audit and
the log.

Angles new here: card shapes the policy does not expect (the owner's data under a relative's or a payer's key, a
list of owners, an owner written as a string of JSON, the card inside a search result or a page of a list); fields
shown as a code carrying a phone in two-digit groups or the surname in Latin letters; digit separators that are
letters to a regular expression but blank on a screen (a Hangul filler, an Arabic tatweel); the owner's surname with
a typo; identification from part of the facts (the surname alone, the DE name, a passport without its series),
from confirmations, with duplicate call headers or a gender spelled otherwise; the 5-year rule across a time zone
boundary and with a list of contracts; deterministic side channels (a guess of a hidden cell id in a comment,
/metrics counters after a right and a wrong guess); the Presidio API (code from the client as a `custom` operator,
errors and decision-process output of the client's text); /v1/redact options that would turn redaction off; the
CLI on hostile files (`guard batch`, `guard qa`); a CRM's labels and malformed bodies, and request headers, as
log-injection vectors.

A leak is a strict xfail whose reason starts with "LEAK" (`leak`, as in test_redteam_s20.py); when it is mended the
mark goes in the same commit. At first contact 20 of the 112 cases leaked (7 tests); 18 were mended in guard/policy
(show_code counts all digits, the 5-year rule reads a UTC offset's earliest day and a future date of a terminated
contract) and guard/proxy/scrub.py (blank letters between digit groups, a surname inside a hyphenated word). Mended
since: `guard qa` ids, and the guess of a hidden cell id in a comment (round s24-k15: the engine's CELL_ID kind masks
any number after its cue). None is open. A comment the engine withheld whole ("[скрыто]") or a 503 over the budget proves
nothing either way: that attack is skipped, never passed. /metrics and the logs are judged on long pieces only.
"""
from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from guard.policy.operators import REDACTION_FAILED
from security.conftest import TOKEN_KEY, bearer, get, open_call
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import (
    PASSPORT_NUMBER,
    PASSPORT_SERIES,
    SURNAME,
    crm_with,
    everywhere,
    found_in,
    identify_primary,
    json_body,
    metrics_text,
)
from security.test_redteam_s22 import _card_url, _serve

STRANGER = "Сидоров Олег Ильич"
STRANGER_PHONE = "89265550011"
STRANGER_PASSPORT = "4510 123456"
STRANGER_PIECES = ["Сидоров", "9265550011", "5550011", "4510123456"]
OWNER_PIECES = [SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER, "9031234567", "1234567"]
LONG_PIECES = [SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567", "Сидоров", "9265550011"]


def _json_at(body: Any, status: int = 200):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=status, text=json_body(body), content_type="application/json")
    return handler


def _stranger_owner() -> dict[str, Any]:
    return {"last_name": "Сидоров", "first_name": "Олег", "middle_name": "Ильич", "gender": "male",
            "birth_date": "1971-02-03", "passport": {"series": "4510", "number": "123456"},
            "phone": STRANGER_PHONE}


def _fetch_card(attack, planted: dict[str, Any], **settings: Any) -> tuple[int, Any, str]:
    async def scenario(stack, client):
        return await get(client, _card_url(stack, planted["msisdn"]))

    return attack(scenario, crm=_serve(planted), **settings)


def _shown_comment(attack, text: str) -> str:
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    shown = json.loads(body)["comments"][0]["text"]
    if shown == REDACTION_FAILED:
        pytest.skip("the engine withheld the comment whole (budget): proves nothing")
    return shown


# --- 1. card shapes the policy does not expect -----------------------------------------------------------------
# The policy names owner.last_name, owner.passport, contact...; a CRM may keep another person under a key beside
# them, the owner's data under a payer's key, a list of owners, or the owner as a string of JSON.

_BESIDE_KNOWN_KEYS = {
    "spouse-under-owner": lambda c: c["owner"].update(spouse=_stranger_owner()),
    "payer-at-the-top": lambda c: c.update(payer=_stranger_owner()),
    "relatives-under-contact": lambda c: c["contact"].update(relatives=[_stranger_owner()]),
    "owner-of-a-number": lambda c: c["numbers"][0].update(owner=_stranger_owner()),
    "subscriber-of-a-call": lambda c: c["call_details"][0].update(subscriber=_stranger_owner()),
    "passport-beside-a-tariff": lambda c: c["numbers"][0].update(passport={"series": "4510", "number": "123456"},
                                                                 person=STRANGER, phone=STRANGER_PHONE),
    "de-holding-a-last-name": lambda c: c["de"].update(last_name="Сидоров", phone=STRANGER_PHONE),
}


@pytest.mark.parametrize("where", list(_BESIDE_KNOWN_KEYS))
def test_a_persons_data_under_a_key_beside_the_known_ones_is_not_shown(attack, where):
    planted = card(PLAIN["msisdn"])
    _BESIDE_KNOWN_KEYS[where](planted)
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert found_in(STRANGER_PIECES + ["Олег", "Ильич", "1971"], body) == [], body


@pytest.mark.parametrize("owner", [
    pytest.param(lambda: [PLAIN["owner"], _stranger_owner()], id="list-of-owners"),
    pytest.param(lambda: json.dumps(PLAIN["owner"], ensure_ascii=False), id="owner-as-a-json-string"),
    pytest.param(lambda: {"current": PLAIN["owner"], "previous": _stranger_owner()}, id="owners-by-role"),
])
def test_an_owner_written_in_another_shape_shows_nothing_of_the_owner(attack, owner):
    planted = card(PLAIN["msisdn"], owner=owner(),
                   comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": "клиент просил перезвонить"}])
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER, "1980", "Сидоров", "4510"],
                    body) == [], body


@pytest.mark.parametrize("shape", [
    pytest.param(lambda c: [c], id="top-level-list"),
    pytest.param(lambda c: {"results": [c], "total": 1}, id="results"),
    pytest.param(lambda c: {"items": [c], "page": 1}, id="items-the-wrapper-key"),
    pytest.param(lambda c: {"data": {"customer": c}}, id="nested-data"),
    pytest.param(lambda c: {"msisdn": c["msisdn"], "client_type": "individual", "matches": [c["owner"]]},
                 id="hit-claiming-the-number"),
])
def test_a_search_result_holding_the_card_shows_none_of_the_owners_data(attack, shape):
    crm = crm_with({"/api/search": _json_at(shape(PLAIN))})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        return await get(client, f"{stack.guard_url}/crm/api/search?page=1",  # (a query's value is refused: bb19, f01)
                         headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=crm)
    assert status in (200, 502)
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567", "Тверск", "petr.ivanov"], body) == [], body


def test_a_page_of_comments_with_a_cursor_spelling_the_owners_data_shows_no_cursor(attack):
    cursor = base64.urlsafe_b64encode(f"{SURNAME}|{PASSPORT_SERIES}{PASSPORT_NUMBER}".encode()).decode()
    page = {"comments": [{"at": "2026-10-30T09:00:00", "author": "op1", "text": "перезвонить"}],
            "next": f"/api/customers/{PLAIN['msisdn']}/comments?cursor={cursor}&after={SURNAME}",
            "prev_cursor": cursor, "total": 41}
    crm = crm_with({"/api/customers/{msisdn}/comments": _json_at(page)})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/comments?page=2")

    status, _, body = attack(scenario, crm=crm)
    assert status == 200
    assert cursor not in body and cursor[:12] not in body
    assert found_in([SURNAME], body) == [], body


# --- 2. fields the policy shows as a code, or as one word ----------------------------------------------------

@pytest.mark.parametrize("where", [
    pytest.param(lambda c, v: c.update(payment_type=v), id="payment-type"),
    pytest.param(lambda c, v: c.update(client_type=v), id="client-type"),
    pytest.param(lambda c, v: c["contract"].update(status=v), id="contract-status-under-refusal"),
])
@pytest.mark.parametrize("written", [
    pytest.param("8-92-65-55-00-11", id="phone-in-pairs"),
    pytest.param("45-10-12-34-56", id="passport-in-pairs"),
    pytest.param("8_92_65_55_00_11", id="phone-in-underscored-pairs"),
])
def test_a_code_field_holding_a_number_in_short_groups_shows_none_of_it(attack, where, written):
    planted = card(PLAIN["msisdn"])
    where(planted, written)
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert found_in(["9265550011", "4510123456", "5550011"], body) == [], body


@pytest.mark.parametrize("where", [
    pytest.param(lambda c, v: c.update(payment_type=v), id="payment-type"),
    pytest.param(lambda c, v: c["comments"][0].update(author=v), id="comment-author"),
    pytest.param(lambda c, v: c["call_details"][0].update(region=v), id="call-region"),
    pytest.param(lambda c, v: c["numbers"][0].update(tariff=v), id="tariff"),
])
@pytest.mark.parametrize("written", ["Ivanov", "IVANOV", "ivanov", "Ivanoff"])
def test_the_owners_surname_in_latin_letters_in_a_one_word_shown_field_is_masked(attack, where, written):
    planted = card(PLAIN["msisdn"])
    where(planted, written)
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert written not in body, body


def test_the_owners_passport_in_short_groups_in_a_code_field_is_masked(attack):
    planted = card(PLAIN["msisdn"], payment_type="45-05-67-89-01")
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert found_in([PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER], body) == [], body


# --- 3. digit separators a screen shows blank but a regular expression calls a letter ---------------------------

_BLANK_LETTERS = {"hangul-filler": "\u3164", "halfwidth-hangul-filler": "\uffa0", "hangul-jungseong-filler": "\u1160",
                  "arabic-tatweel": "\u0640", "khmer-vowel-inherent": "\u17b4"}


def _blank_read(text: str) -> str:
    """The text as a screen shows it: the blank letters gone (they take no room or look like a dash)."""
    return re.sub("[" + "".join(_BLANK_LETTERS.values()) + "]", "", text)


@pytest.mark.parametrize("blank", list(_BLANK_LETTERS))
def test_the_owners_numbers_split_by_a_blank_letter_in_a_comment_are_masked(attack, blank):
    sep = _BLANK_LETTERS[blank]
    shown = _shown_comment(attack, f"паспорт 4505{sep}678901, контакт 8 903{sep}123{sep}45{sep}67")
    assert found_in([PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567"], _blank_read(shown)) == [], shown


@pytest.mark.parametrize("blank", ["hangul-filler", "arabic-tatweel"])
def test_the_owners_surname_split_by_a_blank_letter_in_a_comment_is_masked(attack, blank):
    sep = _BLANK_LETTERS[blank]
    shown = _shown_comment(attack, f"звонил Ива{sep}нов, просил перезвонить")
    assert SURNAME not in _blank_read(shown), shown


# --- 4. the owner's surname written with a typo ------------------------------------------------------------

@pytest.mark.parametrize("typo", [
    "Иваннов",
    "Иванов-ой",
    "Ивановв",
])
def test_the_owners_surname_with_a_typo_in_a_comment_is_masked(attack, typo):
    shown = _shown_comment(attack, f"звонил {typo} П. С., просил перезвонить")
    assert typo not in shown and SURNAME not in shown, shown


# --- 5. identification from part of the facts ---------------------------------------------------------------

def _numbers_shown(body: str) -> str:
    shown = json.loads(body)
    return json.dumps([shown.get("msisdn"), shown.get("city_number"), shown.get("numbers")], ensure_ascii=False)


@pytest.mark.parametrize("full_name", [
    pytest.param(SURNAME, id="surname-alone"),
    pytest.param("Пётр Сергеевич", id="the-de-name"),
    pytest.param("Иванова Анна Петровна", id="the-contact-persons-name"),
    pytest.param("Иванов Иван Иванович", id="surname-with-another-name"),
])
def test_primary_identification_from_part_of_the_name_unlocks_no_last_4_digits(attack, full_name):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                "method": "primary", "full_name": full_name, "caller_gender": "male"}) as resp:
            assert resp.status == 200
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=_serve(PLAIN))
    assert status == 200
    assert "4567" not in _numbers_shown(body), body


@pytest.mark.parametrize("facts", [
    pytest.param({"passport": PASSPORT_NUMBER, "birth_date": "1980-03-12"}, id="passport-number-without-series"),
    pytest.param({"passport": PASSPORT_SERIES, "contract_number": "0123456789"}, id="passport-series-alone"),
    pytest.param({"birth_date": "1980", "contract_number": "0123456789"}, id="birth-year-alone"),
    pytest.param({"contract_number": "6789", "birth_date": "12.03.1980"}, id="contract-number-tail"),
    pytest.param({"passport": "4505 678901 4505 678902", "birth_date": "12.03.1980"}, id="two-passports-at-once"),
])
def test_alternative_identification_from_part_of_a_fact_is_not_reached(attack, facts):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                "method": "alternative", "caller_gender": "male", **facts}) as resp:
            return resp.status, await resp.json()

    status, answer = attack(scenario, crm=_serve(PLAIN))
    assert status == 200 and answer == {"identification": "none", "matched": False}, answer


def test_right_confirmations_of_two_facts_are_not_an_alternative_identification(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        for field, value in (("owner.passport", "4505 678901"), ("owner.birth_date", "12.03.1980"),
                             ("contract.number", "0123456789"), ("contact.phone", "89031234567")):
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                                   json={"field": field, "value": value}) as resp:
                assert (await resp.json())["matches"] is True
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=_serve(PLAIN))
    assert status == 200 and headers["X-Guard-Identification"] == "none"
    assert found_in(OWNER_PIECES + ["4567"], _numbers_shown(body)) == [], body


@pytest.mark.parametrize("order", ["mine-first", "theirs-first"])
def test_two_call_headers_one_of_them_another_operators_identified_call_unlock_nothing(attack, order):
    async def scenario(stack, client):
        theirs_auth = bearer("op2042")
        theirs = await open_call(client, stack.guard_url, PLAIN["msisdn"], "op2042", headers=theirs_auth)
        async with client.post(f"{stack.guard_url}/v1/calls/{theirs}/identify", headers=theirs_auth, json={
                "method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}) as resp:
            assert (await resp.json())["identification"] == "primary"
        mine = await open_call(client, stack.guard_url, PLAIN["msisdn"], headers=bearer("op1021"))
        calls = [mine, theirs] if order == "mine-first" else [theirs, mine]
        headers = [("Authorization", bearer("op1021")["Authorization"])] + [("X-Guard-Call", c) for c in calls]
        return await get(client, _card_url(stack), headers=headers)

    status, _, body = attack(scenario, crm=_serve(PLAIN), auth_mode="token", auth_key=TOKEN_KEY)
    assert "4567" not in body, body


@pytest.mark.parametrize("gender", ["Male", "m", "мужской", "male ", "MALE"])
def test_a_caller_gender_spelled_otherwise_does_not_unlock_the_last_4_digits(attack, gender):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                "method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": gender}) as resp:
            identified = resp.status
        return identified, await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    identified, (status, _, body) = attack(scenario, crm=_serve(card(PLAIN["msisdn"], owner__gender="female")))
    assert status == 200
    assert "4567" not in _numbers_shown(body), (identified, body)


# --- 6. the 5-year rule: time zones and lists of contracts ---------------------------------------------------

def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _over_5_years_in_utc_written_in(offset_hours: int) -> str:
    """A moment a day more than 5 years ago in UTC (and in Moscow), written in a zone far ahead, where its date is
    exactly 5 years ago (not 'more than')."""
    ended_utc = datetime.combine(_years_before(date.today(), 5) - timedelta(days=1), datetime.min.time(),
                                 tzinfo=timezone.utc) + timedelta(hours=11)
    return ended_utc.astimezone(timezone(timedelta(hours=offset_hours))).isoformat()


def _owner_shown(status: int, headers: Any, body: str) -> list[str]:
    if status != 200 or headers.get("X-Guard-Refused") == "true":
        return found_in(["Пётр", "Сергеевич"] + OWNER_PIECES, body)
    return found_in(["Пётр", "Сергеевич"] + OWNER_PIECES, body) or ["not refused"]


@pytest.mark.parametrize("offset_hours", [14, 13])
def test_the_five_year_rule_reads_a_moment_in_a_zone_far_ahead_as_the_day_it_was_in_utc(attack, offset_hours):
    old = card("79160000007", contract={"number": "0777777777", "status": "terminated",
                                        "terminated_at": _over_5_years_in_utc_written_in(offset_hours)})
    assert _owner_shown(*_fetch_card(attack, old)) == []


@pytest.mark.parametrize("contracts", [
    pytest.param(lambda old, new: [old, new], id="old-then-active"),
    pytest.param(lambda old, new: [new, old], id="active-then-old"),
    pytest.param(lambda old, new: {"current": new, "previous": old}, id="by-role"),
])
def test_a_list_of_contracts_with_one_terminated_long_ago_is_refused(attack, contracts):
    old = {"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"}
    new = {"number": "0888888888", "status": "active", "terminated_at": None}
    planted = card("79160000007", contract=contracts(old, new))
    assert _owner_shown(*_fetch_card(attack, planted)) == []


def test_an_active_status_beside_a_termination_date_over_5_years_old_is_refused(attack):
    planted = card("79160000007", contract={"number": "0777777777", "status": "active", "terminated_at": "2019-05-01"})
    assert _owner_shown(*_fetch_card(attack, planted)) == []


# --- 7. side channels: what differs with a hidden value -------------------------------------------------------

def _scrub_count(metrics: str) -> float:
    found = re.search(r'^guard_fail_closed_total\{[^}]*hidden_value_scrubbed[^}]*\}\s+(\S+)$', metrics, re.M)
    return float(found.group(1)) if found else 0.0


@pytest.mark.parametrize("template, right, wrong", [
    # mended in round s24-k15: the engine masks any number after a base station's cue (recognizers/cell_id.py)
    pytest.param("базовая станция {}, абонент жаловался на связь", "40211", "40213", id="cell-id"),
    pytest.param("LAI {} по жалобе", "7701-12345", "7701-12346", id="lai"),
    pytest.param("клиент назвал номер договора {}", "0123456789", "0123456780", id="contract-number"),
])
def test_a_comment_repeating_a_guess_of_a_hidden_technical_value_is_shown_alike(attack, template, right, wrong):
    """An operator who can write a comment in the CRM writes a guess of the hidden cell id, LAI or contract number,
    then reads the card through guard: if only the right guess is masked, the comment is an oracle."""
    right_shown, wrong_shown = (_shown_comment(attack, template.format(guess)) for guess in (right, wrong))
    assert (right in right_shown) == (wrong in wrong_shown), (right_shown, wrong_shown)


@pytest.mark.parametrize("right, wrong", [
    pytest.param("паспорт 4505 678901", "паспорт 4505 678902", id="passport"),
    pytest.param("звонил Иванов", "звонил Иванчук", id="surname"),
    pytest.param("контакт 8 903 123 45 67", "контакт 8 903 123 45 68", id="contact-phone"),
])
def test_metrics_count_alike_after_a_right_and_a_wrong_guess_in_a_comment(attack, right, wrong):
    def counted(text: str) -> tuple[float, str]:
        planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])

        async def scenario(stack, client):
            before = _scrub_count(await metrics_text(stack, client))
            status, _, body = await get(client, _card_url(stack))
            assert status == 200
            return _scrub_count(await metrics_text(stack, client)) - before, json.loads(body)["comments"][0]["text"]

        return attack(scenario, crm=_serve(planted))

    (right_count, right_shown), (wrong_count, wrong_shown) = counted(right), counted(wrong)
    if REDACTION_FAILED in (right_shown, wrong_shown):
        pytest.skip("the engine withheld a comment whole (budget): proves nothing")
    assert right_count == wrong_count, (right_shown, wrong_shown)


# --- 8. the Presidio API ----------------------------------------------------------------------------------------

def test_presidio_anonymize_never_runs_code_the_client_sends_as_a_custom_operator(attack, tmp_path):
    marker = tmp_path / "ran"
    code = f"lambda x: open({str(marker)!r}, 'w').write(x) and x"

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/anonymize", json={
                "text": f"{SURNAME} 4505 678901", "analyzer_results": [
                    {"start": 0, "end": 6, "score": 1.0, "entity_type": "PERSON"}],
                "anonymizers": {"PERSON": {"type": "custom", "lambda": code}}}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    assert status == 400 and not marker.exists(), body


_PRESIDIO_ECHOES = {
    "decision-process-with-correlation-id": ("/analyze", {
        "text": f"{SURNAME} Пётр, паспорт 4505 678901", "language": "ru", "return_decision_process": True,
        "correlation_id": f"{SURNAME}-4505678901"}),
    "ad-hoc-context-words": ("/analyze", {
        "text": "добрый день", "language": "ru", "context": [SURNAME, "4505678901"],
        "ad_hoc_recognizers": [{"name": "x", "supported_language": "ru", "supported_entity": "X",
                                "deny_list": [SURNAME, "4505678901"], "context": [SURNAME]}]}),
    "anonymize-offsets-out-of-range": ("/anonymize", {
        "text": f"{SURNAME} 4505678901", "analyzer_results": [
            {"start": -5, "end": 10_000, "score": 1.0, "entity_type": "PERSON"}]}),
    "anonymize-overlapping-results": ("/anonymize", {
        "text": f"{SURNAME} 4505678901", "analyzer_results": [
            {"start": 0, "end": 6, "score": 1.0, "entity_type": "PERSON"},
            {"start": 3, "end": 17, "score": "4505678901", "entity_type": SURNAME}]}),
    "deanonymize-bad-key": ("/deanonymize", {
        "text": f"{SURNAME} 4505678901", "anonymizer_results": [
            {"start": 0, "end": 6, "entity_type": "PERSON", "operator": "encrypt"}],
        "deanonymizers": {"DEFAULT": {"type": "decrypt", "key": f"{SURNAME}4505678901"}}}),
    "mask-char-and-chars-to-mask": ("/anonymize", {
        "text": f"{SURNAME} 4505678901", "analyzer_results": [
            {"start": 0, "end": 6, "score": 1.0, "entity_type": "PERSON"}],
        "anonymizers": {"DEFAULT": {"type": "mask", "masking_char": SURNAME, "chars_to_mask": "4505678901"}}}),
}


@pytest.mark.parametrize("case", list(_PRESIDIO_ECHOES))
def test_presidio_requests_leave_the_clients_text_in_no_log_metric_or_audit(attack, captured_logs, case):
    route, payload = _PRESIDIO_ECHOES[case]

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}{route}", json=payload) as resp:
            answer = resp.status, dict(resp.headers), await resp.text()
        return answer, await everywhere(stack, client, (answer[0], answer[1], ""))

    (status, _, body), seen = attack(scenario, crm=crm_with({}))
    assert found_in([SURNAME, "4505678901"], seen, captured_logs.getvalue()) == [], captured_logs.getvalue()
    if status >= 400:  # an error answer is guard's words, never the client's text
        assert found_in([SURNAME, "4505678901"], body) == [], body


# --- 9. /v1/redact options -----------------------------------------------------------------------------------

@pytest.mark.parametrize("options", [
    pytest.param({"entities": []}, id="no-entities"),
    pytest.param({"entities": ["EMAIL_ADDRESS"], "score_threshold": 1.0}, id="threshold-one"),
    pytest.param({"allow_list": [SURNAME, "4505 678901", "89031234567"]}, id="allow-list"),
    pytest.param({"language": "en"}, id="english"),
    pytest.param({"operators": {"DEFAULT": {"type": "keep"}}, "anonymizers": {"DEFAULT": {"type": "keep"}}},
                 id="keep-operator"),
    pytest.param({"mode": "off", "redact": False, "dry_run": True}, id="switches"),
])
def test_v1_redact_options_from_the_client_do_not_turn_redaction_off(attack, options):
    text = f"Клиент {SURNAME} Пётр Сергеевич, паспорт 4505 678901, тел. 89031234567"

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": text, **options}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert status in (200, 400)
    assert found_in([SURNAME, "4505678901", "678901", "9031234567"], body) == [], body


_SENTENCE = f"Клиент {SURNAME} Пётр Сергеевич, паспорт 4505 678901"


@pytest.mark.parametrize("text", [
    pytest.param(f"{_SENTENCE} \ud800", id="lone-surrogate"),
    pytest.param(_SENTENCE.replace(", паспорт", "\x00, паспорт"), id="nul"),
    pytest.param({"text": _SENTENCE}, id="text-as-an-object"),
])
def test_v1_redact_of_malformed_text_echoes_nothing_anywhere(attack, captured_logs, text):
    async def scenario(stack, client):
        raw = json.dumps({"text": text}, ensure_ascii=True)
        async with client.post(f"{stack.guard_url}/v1/redact", data=raw,
                               headers={"Content-Type": "application/json"}) as resp:
            answer = resp.status, dict(resp.headers), await resp.text()
        return answer, await everywhere(stack, client, (answer[0], answer[1], ""))

    (status, _, body), seen = attack(scenario, crm=crm_with({}))
    assert found_in([SURNAME, "4505678901"], seen, captured_logs.getvalue()) == []
    if status != 200:
        assert found_in([SURNAME, "4505678901"], body) == [], body
    else:
        assert found_in([SURNAME, "4505678901"], json.loads(body)["text"]) == [], body


# --- 10. the CLI on hostile files ------------------------------------------------------------------------------

def _guard(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guard", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def test_guard_batch_on_a_hostile_export_writes_no_unredacted_turn_text_or_bad_line(tmp_path):
    lines = [
        json.dumps({"call_id": "c1", "turns": [{"speaker": "client", "text": [f"{SURNAME} паспорт 4505 678901"]}]},
                   ensure_ascii=False),
        json.dumps({"call_id": "c2", "turns": [{"speaker": "client", "text": {"a": f"{SURNAME} 89031234567"}}]},
                   ensure_ascii=False),
        json.dumps({"call_id": "c3", "turns": {"0": {"speaker": "client", "text": f"{SURNAME} 89031234567"}}},
                   ensure_ascii=False),
        f'{{"call_id": "c4", "turns": [{{"speaker": "client", "text": "{SURNAME} 4505678901"}}]',  # cut off
        f"{SURNAME} 4505 678901 89031234567",
        json.dumps({"call_id": "c5", "turns": [{"speaker": "client", "text": f"я {SURNAME}, паспорт 4505 678901",
                                                "start": "4505678901"}]}, ensure_ascii=False),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = _guard("batch", str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    written = "\n".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("out*") if p.is_file())
    turns = [turn.get("text") for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
             for turn in json.loads(line).get("turns", [])]
    assert found_in([SURNAME, "4505678901"], json.dumps(turns, ensure_ascii=False)) == [], turns
    errors = "\n".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("out*error*"))
    assert found_in([SURNAME, "4505678901", "9031234567"], errors, run.stderr, run.stdout) == [], (errors, run.stderr)
    assert written


def test_guard_qa_report_of_a_hostile_export_shows_no_personal_data_from_its_ids(tmp_path):
    call = {"call_id": f"c1 {SURNAME} 4505678901", "operator_id": f"op {SURNAME} 89031234567",
            "started_at": "2026-11-01T10:15:00",
            "turns": [{"speaker": "operator", "start": 0.0, "end": 2.0,
                       "text": f"Здравствуйте, {SURNAME} Пётр Сергеевич, ваш паспорт 4505 678901"},
                      {"speaker": f"client {SURNAME}", "start": 2.0, "end": 4.0, "text": "да, до свидания"}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    run = _guard("qa", str(source), "--report", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json"),
                 cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    report = (tmp_path / "r.html").read_text(encoding="utf-8") + (tmp_path / "r.json").read_text(encoding="utf-8")
    assert found_in([SURNAME, "4505678901", "9031234567"], report, run.stderr, run.stdout) == []


# --- 11. a CRM's labels, malformed bodies and request headers as log injection --------------------------------

async def _labelled(request: web.Request) -> web.Response:
    return web.Response(body=b'{"client_type": "individual"}',
                        headers={"Content-Type": f"application/x-ivanov-4505678901; charset=ivanov-4505678901"})


async def _unparsable(request: web.Request) -> web.Response:
    return web.Response(text='{"owner": Иванов 4505678901, "x": }', content_type="application/json")


async def _reason_phrase(request: web.Request) -> web.Response:
    return web.Response(status=200, reason=f"OK {SURNAME} 4505678901", text='{"client_type": "individual"}',
                        content_type="application/json")


async def _error_in_prose(request: web.Request) -> web.Response:
    return web.Response(status=500, text=f"Traceback: KeyError: '{SURNAME} 4505678901'", content_type="text/x-python")


@pytest.mark.parametrize("handler", [
    pytest.param(_labelled, id="content-type-and-charset"),
    pytest.param(_unparsable, id="json-that-does-not-parse"),
    pytest.param(_reason_phrase, id="reason-phrase"),
    pytest.param(_error_in_prose, id="traceback-under-an-unknown-type"),
])
def test_a_crms_labels_and_malformed_bodies_reach_no_log_metric_audit_or_answer(attack, captured_logs, handler):
    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/odd")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm_with({"/api/odd": handler}))
    text = (seen + captured_logs.getvalue()).lower()
    assert "ivanov" not in text and found_in([SURNAME, "4505678901"], seen, captured_logs.getvalue()) == []
    assert found_in([SURNAME, "4505678901"], body) == [], body


def test_request_headers_with_line_breaks_forge_no_log_line_and_leave_no_data(attack, captured_logs):
    forged = '{"level": "info", "msg": "identify", "matched": true}'

    async def scenario(stack, client):
        headers = {"User-Agent": f"x\\n{forged} {SURNAME} 4505678901",
                   "X-Forwarded-For": f"1.2.3.4, {SURNAME}", "Referer": f"http://crm/{SURNAME}/4505678901",
                   "X-Request-Id": f"r1\\r\\n{forged}"}
        answer = await get(client, _card_url(stack), headers=headers)
        return answer, await everywhere(stack, client, answer)

    (status, _, _), seen = attack(scenario, crm=_serve(PLAIN))
    logs = captured_logs.getvalue()
    assert found_in([SURNAME, "4505678901"], seen, logs) == [], logs
    assert '"matched": true' not in logs and forged not in logs


# --- 12. late additions: confirmation of an empty value, a termination dated in the future ---------------------

@pytest.mark.parametrize("city_number, said", [
    pytest.param(None, "", id="null-confirmed-empty"),
    pytest.param("", "", id="empty-confirmed-empty"),
    pytest.param("7", "7", id="one-digit"),
    pytest.param("нет", "нет", id="a-word"),
    pytest.param("74951234567", "4567", id="last-4-digits-only"),
])
def test_confirming_a_city_number_the_card_does_not_really_hold_does_not_show_the_federal_number(attack, city_number,
                                                                                                said):
    planted = card(PLAIN["msisdn"], city_number=city_number)

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": "city_number", "value": said}) as resp:
            confirmed = resp.status, await resp.text()
        return confirmed, await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    confirmed, (status, _, body) = attack(scenario, crm=_serve(planted))
    assert status == 200
    assert "9161234567" not in body and "1234567" not in body, (confirmed, body)


@pytest.mark.parametrize("terminated_at", ["9999-12-31", "2999-01-01", "3026-12-03T00:00:00+03:00"])
def test_a_terminated_contract_dated_in_the_far_future_is_refused(attack, terminated_at):
    planted = card("79160000007", contract={"number": "0777777777", "status": "terminated",
                                            "terminated_at": terminated_at})
    assert _owner_shown(*_fetch_card(attack, planted)) == []
