"""Red team, session 20: attacks on the CRM proxy that tests/security/ (test_redteam_s19.py and before) did not try,
each against the real proxy on loopback, with a hostile CRM built for the attack (`crm_with`), looking for the value
where it could surface — the operator's answer (body and headers), the logs, GET /metrics and the audit file.

Angles new here: data that is NOT the card's own hidden value in a field the policy shows (a third person's phone in
a tariff, a stranger's passport in the DE name, any JSON at any path with a shown key); the 5-year rule when the CRM
spells the status or shapes the contract otherwise, for sub-resources that carry their own msisdn, and for customer
ids only the CRM decodes; the caller's gender taken from a later alternative identification; a card at another
customer's path claiming the call's number; the Flash ban spelled otherwise; hidden values sent as JSON numbers;
comment texts that are not strings; the text engine and the Presidio endpoints fed a whole card; ids the client makes
up (request ids, call ids, operator ids) in the log and the audit; conditional request headers as an oracle; the one
CRM header that passes (Retry-After); caches across path spellings and genders; many, huge, concurrent and slow.

An attack that leaks is a strict xfail whose reason starts with "LEAK", so the suite stays green and the leak stays on
record until guard/proxy/* or the policy is fixed; the test then passes, strict xfail fails, and the mark must go.
Values are compared as a reader of the screen takes them in (`readable`, from test_redteam_s19.py).
"""
from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web
from yarl import URL

from guard.policy.operators import REDACTION_FAILED
from security.conftest import get, open_call
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import (
    CONTACT_PHONE,
    PASSPORT_NUMBER,
    PASSPORT_SERIES,
    SURNAME,
    crm_with,
    everywhere,
    found_in,
    identify_primary,
    json_body,
)

# A third person nobody hid: a stranger the CRM mentions (a trusted person, a previous owner, the called party).
STRANGER = "Сидоров Олег Ильич"
STRANGER_PHONE = "79265550011"
STRANGER_PASSPORT = "4510 123456"
STRANGER_PIECES = ["Сидоров", "9265550011", "5550011", "4510123456", "123456"]
OWNER_PIECES = [SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER, "9031234567", "1234567"]
DE_NAME = ["Пётр", "Сергеевич"]


def leak(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"LEAK: {what}")


async def _answer_and_everywhere(stack, client, path: str, headers: dict[str, str] | None = None):
    answer = await get(client, f"{stack.guard_url}{path}", headers=headers or {})
    return answer, await everywhere(stack, client, answer)


# --- 1. data that is not the card's own, in a field the policy shows as it is --------------------------------
# Card-aware scrubbing masks the card's OWN hidden values wherever they appear (s19 tried that). A value nobody hid —
# a stranger's name, phone or passport — written into a field the policy shows (tariff, region, author, DE name,
# payment type) meets neither the policy (it shows the field) nor the scrubbing (it is not one of the card's values).

_SHOWN_FIELDS_WITH_A_STRANGER = {
    "tariff": ("numbers", lambda c: c["numbers"][0].update(
        tariff=f"Мой безлимит; доверенное лицо {STRANGER}, тел. {STRANGER_PHONE}, паспорт {STRANGER_PASSPORT}")),
    "comment-author": ("comments", lambda c: c["comments"][0].update(
        author=f"{STRANGER} {STRANGER_PHONE} паспорт {STRANGER_PASSPORT}")),
    "call-region": ("call_details", lambda c: c["call_details"][0].update(
        region=f"{STRANGER}, {STRANGER_PHONE}, паспорт {STRANGER_PASSPORT}")),
    "de-first-name": ("de", lambda c: c["de"].update(
        first_name=f"Пётр (звонил {STRANGER}, {STRANGER_PHONE}, паспорт {STRANGER_PASSPORT})")),
    "flash-restriction": ("flash_restrictions", lambda c: c.update(
        flash_restrictions=[f"не соединять с {STRANGER} {STRANGER_PHONE} паспорт {STRANGER_PASSPORT}"])),
}


@pytest.mark.parametrize("where", list(_SHOWN_FIELDS_WITH_A_STRANGER))
def test_a_strangers_personal_data_in_a_field_the_policy_shows_is_masked(attack, where):
    planted = card(PLAIN["msisdn"])
    _SHOWN_FIELDS_WITH_A_STRANGER[where][1](planted)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200
    assert found_in(STRANGER_PIECES, body) == [], body


def _any_json_at(path_body: dict[str, Any]):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=json_body(path_body), content_type="application/json")
    return handler


@pytest.mark.parametrize("shape", [
    pytest.param({"payment_type": f"{SURNAME} Пётр Сергеевич, паспорт 4505 678901, тел. 8 903 123-45-67"},
                 id="payment-type"),
    pytest.param({"de": {"first_name": f"{SURNAME} Пётр Сергеевич", "middle_name": "паспорт 4505 678901"}},
                 id="de-name"),
    pytest.param({"contract": {"status": f"{SURNAME}, паспорт 4505 678901, тел. 89031234567"}}, id="contract-status"),
    pytest.param({"client_type": "individual", "flash_restrictions": [f"{SURNAME} 4505 678901 89031234567"]},
                 id="flash-restrictions"),
])
def test_any_json_with_a_shown_key_at_a_path_naming_no_customer_shows_no_personal_data(attack, shape):
    """A CRM answer that is not a card (a search hit, an export, an audit trail) at a path naming no customer: the
    policy shows its shown keys as they are, and there is no card whose values could be scrubbed."""
    crm = crm_with({"/api/search/last": _any_json_at(shape)})

    async def scenario(stack, client):
        return await _answer_and_everywhere(stack, client, "/crm/api/search/last")

    (status, _, body), seen = attack(scenario, crm=crm)
    assert status in (200, 502)
    # Long pieces only: /metrics holds timings whose digits could hold a short run by chance.
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567"], body) == [], body
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567"], seen) == [], body


def test_a_key_value_export_with_a_shown_key_shows_no_personal_data(attack):
    export = (f"client_type: individual\npayment_type: postpaid ({SURNAME} Пётр Сергеевич, паспорт 4505 678901)\n"
              "contract.status: active\n")

    async def as_text(request: web.Request) -> web.Response:
        return web.Response(text=export, content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/brief")

    status, _, text = attack(scenario, crm=crm_with({"/api/export/brief": as_text}))
    assert status in (200, 502)
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER], text) == [], text


def test_the_counterparts_full_number_copied_into_a_shown_call_detail_field_is_masked(attack):
    # call_details[0].number shows only its prefix; the same number written whole into `network` and `kind`.
    planted = card(PLAIN["msisdn"])
    planted["call_details"][0].update(network="МТС 8 (903) 555-66-77", kind="mobile 79035556677")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200
    assert found_in(["9035556677", "5556677"], body) == [], body


def test_the_owners_birth_date_copied_into_a_call_details_time_is_masked(attack):
    planted = card(PLAIN["msisdn"])
    planted["call_details"][0]["at"] = "1980-03-12T10:15:00"
    planted["comments"][0]["at"] = "12.03.1980"

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200
    assert found_in(["1980-03-12", "12.03.1980", "19800312", "12031980"], body) == [], body


# --- 2. the 5-year rule when the CRM writes the contract another way ------------------------------------------
# The refusal holds for `contract.terminated_at` older than 5 years, or `contract.status == "terminated"` with no
# date. A CRM that spells the status otherwise, or shapes the contract otherwise, still means a contract ended
# long ago; the refusal must hold (nothing of the owner, not even the DE name), or the answer must be withheld.

def _refused_or_shows_no_owner(status: int, headers: Any, body: str) -> list[str]:
    if status != 200 or headers.get("X-Guard-Refused") == "true":
        return found_in(DE_NAME + OWNER_PIECES, body)
    return found_in(DE_NAME + OWNER_PIECES, body) or ["not refused"]


@pytest.mark.parametrize("contract", [
    pytest.param({"number": "0777777777", "status": "Terminated", "terminated_at": None}, id="capitalised-status"),
    pytest.param({"number": "0777777777", "status": "TERMINATED", "terminated_at": None}, id="upper-case-status"),
    pytest.param({"number": "0777777777", "status": "terminated ", "terminated_at": None}, id="status-trailing-space"),
    pytest.param({"number": "0777777777", "status": "расторгнут", "terminated_at": None}, id="status-in-russian"),
    pytest.param({"number": "0777777777", "status": "terminated"}, id="date-key-absent"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": 1556668800}, id="epoch-seconds"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "01.05.2019"}, id="russian-date"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01T00:00:00+03:00"},
                 id="iso-datetime-with-offset"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "20190501"}, id="basic-iso-date"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "2019-W18-3"}, id="iso-week-date"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": ["2019-05-01"]}, id="date-in-a-list"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "   "}, id="blank-date"),
])
def test_the_five_year_rule_holds_however_the_crm_writes_the_terminated_contract(attack, contract):
    old = card("79160000007", contract=contract)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{old['msisdn']}")

    status, headers, body = attack(scenario, crm=crm_with({}, {old["msisdn"]: old}))
    assert _refused_or_shows_no_owner(status, headers, body) == [], body


@pytest.mark.parametrize("shape", [
    pytest.param(lambda c: c.update(contract=[{"number": "0777777777", "status": "terminated",
                                               "terminated_at": "2019-05-01"}]), id="contract-as-a-list"),
    pytest.param(lambda c: c.update(contract={"number": "0777777777", "status": "terminated",
                                              "terminatedAt": "2019-05-01"}), id="camel-case-date-key"),
    pytest.param(lambda c: c.update(contract={"number": "0777777777", "status": "closed",
                                              "closed_at": "2019-05-01"}), id="closed-with-closed-at"),
    pytest.param(lambda c: c.update(contract=None, terminated_at="2019-05-01", status="terminated"),
                 id="dates-at-the-top"),
])
def test_the_five_year_rule_holds_when_the_crm_shapes_the_contract_otherwise(attack, shape):
    old = card("79160000007")
    shape(old)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{old['msisdn']}")

    status, headers, body = attack(scenario, crm=crm_with({}, {old["msisdn"]: old}))
    assert _refused_or_shows_no_owner(status, headers, body) == [], body


def test_a_refused_customers_note_stays_refused_after_the_same_note_was_shown_elsewhere(attack):
    # The same JSON body first at a path naming no customer (decided and cached), then under the refused one's path.
    note = {"comments": [{"at": "2019-04-01T10:00:00", "author": "op7", "text": "Пётр Сергеевич просил перезвонить"}]}
    old = card("79160000007", contract={"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"})
    crm = crm_with({"/api/customers/{msisdn}/comments": _any_json_at(note), "/api/inbox/latest": _any_json_at(note)},
                   {old["msisdn"]: old})

    async def scenario(stack, client):
        first = await get(client, f"{stack.guard_url}/crm/api/inbox/latest")
        second = await get(client, f"{stack.guard_url}/crm/api/customers/{old['msisdn']}/comments")
        return first, second

    (first_status, _, _), (status, headers, body) = attack(scenario, crm=crm)
    assert first_status == 200
    assert headers.get("X-Guard-Refused") == "true" and found_in(["Пётр", "перезвонить"], body) == [], body


# --- 3. identification: the caller's gender, other calls, other customers -------------------------------------

_TWO = card("79161234567", numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"},
                                    {"msisdn": "79162221122", "tariff": "Мой безлимит"}])


async def _identify(client, guard_url: str, call_id: str, **body: Any) -> dict[str, Any]:
    async with client.post(f"{guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
        return await resp.json()


def test_a_later_alternative_identification_cannot_change_the_gender_primary_identification_heard(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        first = await _identify(client, stack.guard_url, call_id, method="primary",
                                full_name="Иванов Пётр Сергеевич", caller_gender="female")
        assert first == {"identification": "primary", "matched": True}
        before = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                           headers={"X-Guard-Call": call_id})
        second = await _identify(client, stack.guard_url, call_id, method="alternative", passport="4505 678901",
                                 birth_date="1980-03-12", caller_gender="male")
        assert second["matched"] is True
        after = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                          headers={"X-Guard-Call": call_id})
        return before, after

    (_, _, before), (status, headers, after) = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}))
    assert found_in(["4567", "1122"], before) == [], before
    assert status == 200 and found_in(["4567", "1122"], after) == [], after


def test_a_call_identified_for_one_customer_shows_nothing_more_of_a_card_naming_it_as_a_number(attack):
    # Customer B's card lists A's number among its numbers; the operator holds A's identified call.
    other = card("79165550000", numbers=[{"msisdn": "79165550000", "tariff": "Мой безлимит"},
                                         {"msisdn": _TWO["msisdn"], "tariff": "Мой безлимит"}],
                 owner__last_name="Петрова", owner__gender="female")

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        return await get(client, f"{stack.guard_url}/crm/api/customers/{other['msisdn']}",
                         headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=crm_with({}, {c["msisdn"]: c for c in (_TWO, other)}))
    assert status == 200 and headers.get("X-Guard-Identification") == "none"
    assert found_in(["Петров", "5550000", "0000"], body) == [], body


@pytest.mark.parametrize("msisdn_as", [
    pytest.param(79165550000, id="number"),
    pytest.param("+7 916 555-00-00", id="formatted"),
    pytest.param("79165550000", id="same-string"),
])
def test_a_card_at_another_customers_path_claiming_the_calls_number_gets_no_identification(attack, msisdn_as):
    # The call is for 79165550000 (identified, a woman); at 79161234567's path the CRM answers a card whose msisdn
    # names the call's number. The path says whose card it is: 79161234567's, under identification none.
    own = card("79165550000", owner__last_name="Петрова", owner__first_name="Анна", owner__middle_name="Ильинична",
               owner__gender="female", de={"first_name": "Анна", "middle_name": "Ильинична"})
    foreign = card("79161234567", owner__gender="female")
    foreign["msisdn"] = msisdn_as

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, own["msisdn"])
        assert (await _identify(client, stack.guard_url, call_id, method="primary",
                                full_name="Петрова Анна Ильинична", caller_gender="female"))["matched"]
        return await get(client, f"{stack.guard_url}/crm/api/customers/79161234567",
                         headers={"X-Guard-Call": call_id})

    crm = crm_with({}, {own["msisdn"]: own, "79161234567": foreign})
    status, headers, body = attack(scenario, crm=crm)
    assert found_in(["4567", SURNAME] + OWNER_PIECES, body) == [], body


def test_identifying_concurrently_with_a_right_and_many_wrong_names_never_leaves_the_call_unlocked(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        wrong = [_identify(client, stack.guard_url, call_id, method="primary", full_name=f"Петров Пётр {n}ович",
                           caller_gender="male") for n in ("Иван", "Олег", "Андре", "Павл", "Глеб", "Кирилл")]
        right = _identify(client, stack.guard_url, call_id, method="primary", full_name="Иванов Пётр Сергеевич",
                          caller_gender="male")
        results = await asyncio.gather(*wrong, right, return_exceptions=True)
        card_answer = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                                headers={"X-Guard-Call": call_id})
        return results, card_answer

    results, (status, headers, body) = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}),
                                              max_identification_attempts=3)
    # Three wrong names lock the call at `none` for good, whatever order the seven attempts ran in.
    assert headers.get("X-Guard-Identification") == "none"
    assert found_in(["4567", "1122"], body) == [], body


def test_a_call_id_with_trailing_whitespace_or_in_another_case_is_not_another_key_to_the_call(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        answers = []
        for spelled in (call_id.upper(), call_id + "\t", call_id[:-1]):
            answers.append(await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                                     headers={"X-Guard-Call": spelled}))
        return answers

    (upper, _, upper_body), (_, _, _), (cut, _, cut_body) = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}))
    assert upper == 404 and cut == 404
    assert found_in(["1122", "4567"], upper_body, cut_body) == []


# --- 4. hidden values sent as JSON numbers, and quoted where the engine does not see them -----------------------

@pytest.mark.parametrize("typed", [
    pytest.param(lambda c: c["owner"].update(passport={"series": 4505, "number": 678901, "issued_by": "ОВД",
                                                       "issued_at": "2005-04-01"}), id="passport-as-numbers"),
    pytest.param(lambda c: c["contact"].update(phone=79031234567), id="contact-phone-as-a-number"),
    pytest.param(lambda c: c["contact"].update(phone=7.9031234567e10), id="contact-phone-in-exponent-form"),
    pytest.param(lambda c: c["owner"].update(passport=[4505, 678901]), id="passport-as-a-list-of-numbers"),
])
def test_hidden_values_the_crm_sends_as_json_numbers_are_still_scrubbed_from_comments(attack, typed):
    planted = card(PLAIN["msisdn"], comments=[
        {"at": "2026-10-30T09:00:00", "author": "op1", "text": "заявка 4505 678901 закрыта"},
        {"at": "2026-10-30T09:05:00", "author": "op1", "text": "номер обращения 903-123-45-67 в работе"},
    ])
    typed(planted)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200
    shown = " ".join(c["text"] for c in json.loads(body)["comments"])
    assert found_in(["4505678901", "678901", "9031234567", "1234567"], shown) == [], shown


# --- 5. the text engine and the Presidio API fed a whole card ---------------------------------------------------
# /v1/redact and Presidio's /analyze + /anonymize are how a screen or a script may redact a card it holds. A card
# serialised as JSON splits the passport into two fields and puts the surname alone in a quoted string.

_CARD_AS_TEXT = json_body(PLAIN)


def judged_answer(status: int, answer: dict, pieces: list[str]) -> dict:
    """The engine's answer to judge; a 503 (detection over its budget on a loaded machine) withheld the text whole, so
    there is nothing to judge: the attack is skipped, not passed, after checking the refusal itself echoes nothing."""
    if status == 503:
        assert found_in(pieces, json.dumps(answer, ensure_ascii=False)) == [], answer
        pytest.skip("the engine went over its budget and withheld the text (fail-closed): nothing to judge")
    assert status == 200, (status, answer)
    return answer


def test_v1_redact_fed_a_whole_card_as_json_text_leaves_no_surname_passport_or_phone(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": _CARD_AS_TEXT}) as resp:
            return resp.status, await resp.json()

    pieces = OWNER_PIECES + ["0123456789", "petr.ivanov", "1980-03-12", "Тверская"]
    answer = judged_answer(*attack(scenario, crm=crm_with({})), pieces)
    assert found_in(pieces, answer["text"]) == [], answer["text"]


def test_v1_redact_fed_a_card_as_key_value_lines_leaves_no_passport_or_birth_date(attack):
    text = "\n".join(f"{key}: {value}" for key, value in (
        ("last_name", SURNAME), ("first_name", "Пётр"), ("series", PASSPORT_SERIES), ("number", PASSPORT_NUMBER),
        ("birth_date", "1980-03-12"), ("contact", CONTACT_PHONE), ("registration", "г. Москва, ул. Тверская, д. 5, кв. 12")))

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": text}) as resp:
            return resp.status, await resp.json()

    pieces = [SURNAME, PASSPORT_NUMBER, "1980-03-12", "9031234567", "Тверск"]
    answer = judged_answer(*attack(scenario, crm=crm_with({})), pieces)
    assert found_in(pieces, answer["text"]) == [], answer


def test_presidio_analyze_then_anonymize_of_a_whole_card_leaves_no_surname_passport_or_phone(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/analyze", json={"text": _CARD_AS_TEXT, "language": "ru"}) as resp:
            found = await resp.json()
        async with client.post(f"{stack.guard_url}/anonymize",
                               json={"text": _CARD_AS_TEXT, "analyzer_results": found}) as resp:
            return resp.status, await resp.json()

    pieces = OWNER_PIECES + ["0123456789", "petr.ivanov", "Тверская"]
    answer = judged_answer(*attack(scenario, crm=crm_with({})), pieces)
    assert found_in(pieces, answer["text"]) == [], answer["text"]


_PRESIDIO_SIDE_FIELDS = {
    "correlation-id": ("/analyze", {"text": "добрый день", "language": "ru", "correlation_id": "Zhuravleva-Inna-Olegovna"}),
    "ad-hoc-recognizer": ("/analyze", {"text": "добрый день", "language": "ru", "ad_hoc_recognizers": [
        {"name": "Zhuravleva", "supported_language": "ru", "supported_entity": "Zhuravleva",
         "patterns": [{"name": "Zhuravleva", "regex": "Zhuravleva(", "score": 1}]}]}),
    "language": ("/analyze", {"text": "добрый день", "language": "xx-Zhuravleva"}),
    "entities": ("/analyze", {"text": "Журавлёва", "language": "ru", "entities": ["Zhuravleva"]}),
    "regex-flags": ("/analyze", {"text": "добрый день", "language": "ru", "allow_list": ["Zhuravleva"],
                                 "allow_list_match": "regex", "regex_flags": "Zhuravleva"}),
    "anonymizer-type": ("/anonymize", {"text": "x", "analyzer_results": [],
                                       "anonymizers": {"DEFAULT": {"type": "Zhuravleva", "new_value": "Zhuravleva"}}}),
}
@pytest.mark.parametrize("field", list(_PRESIDIO_SIDE_FIELDS))
def test_presidio_requests_carrying_a_name_in_their_side_fields_leave_it_in_no_log_metric_or_audit(attack, captured_logs,
                                                                                                  field):
    route, body = _PRESIDIO_SIDE_FIELDS[field]

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}{route}", json=body) as resp:
            answer = (resp.status, dict(resp.headers), await resp.text())
        return answer, await everywhere(stack, client, (answer[0], answer[1], ""))

    (status, _, text), seen = attack(scenario, crm=crm_with({}))
    error_body = text if status >= 400 else ""
    assert "zhuravleva" not in (error_body + seen + captured_logs.getvalue()).lower(), captured_logs.getvalue()


def test_v1_check_of_a_sentence_full_of_card_data_leaves_none_in_logs_metrics_or_audit(attack, captured_logs):
    said = f"Ваша фамилия {SURNAME}, паспорт {PASSPORT_SERIES} {PASSPORT_NUMBER}, контактный {CONTACT_PHONE}"

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/check",
                               json={"id": f"u-{SURNAME}", "text": said, "call_id": call_id,
                                     "speaker": f"operator {SURNAME}"}) as resp:
            answer = (resp.status, dict(resp.headers), "")
        return await everywhere(stack, client, answer)

    seen = attack(scenario, crm=crm_with({}))
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567"], seen, captured_logs.getvalue()) == []


# --- 6. ids the client makes up: request ids and call ids that spell a name -------------------------------------

def test_a_request_id_spelling_a_name_is_neither_logged_nor_echoed(attack, captured_logs):
    async def scenario(stack, client):
        return await _answer_and_everywhere(stack, client, f"/crm/api/customers/{PLAIN['msisdn']}",
                                            headers={"X-Request-Id": "Zhuravleva-Inna-Olegovna"})

    (status, headers, _), seen = attack(scenario, crm=crm_with({}))
    assert status == 200
    assert "zhuravleva" not in (seen + captured_logs.getvalue()).lower()


@pytest.mark.parametrize("where", ["header", "path"])
def test_a_made_up_call_id_spelling_a_name_is_not_logged(attack, captured_logs, where):
    fake = "call-Zhuravleva_Inna_Olegovna"

    async def scenario(stack, client):
        if where == "header":
            return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                             headers={"X-Guard-Call": fake})
        async with client.post(f"{stack.guard_url}/v1/calls/{fake}/confirm",
                               json={"field": "email", "value": "x"}) as resp:
            return resp.status, resp.headers, await resp.text()

    status, _, body = attack(scenario, crm=crm_with({}))
    assert status == 404 and "zhuravleva" not in body.lower()
    assert "zhuravleva" not in captured_logs.getvalue().lower(), captured_logs.getvalue()


# --- 7. the 5-year rule for a sub-resource that names its customer in its own body ----------------------------
# Under a customer's path guard fetches the customer's card to apply the 5-year rule — unless the body itself says
# it is that customer's card (its "msisdn" is the path's number): then the body alone decides. A sub-resource of a
# refused customer that carries "msisdn" but no contract is not a card, and must not escape the refusal.

_REFUSED = card("79160000007", contract={"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"})


def test_a_refused_customers_sub_resource_carrying_its_msisdn_is_refused_too(attack):
    profile = {"msisdn": _REFUSED["msisdn"], "de": {"first_name": "Пётр", "middle_name": "Сергеевич"},
               "payment_type": "postpaid"}
    crm = crm_with({"/api/customers/{msisdn}/profile": _any_json_at(profile)}, {_REFUSED["msisdn"]: _REFUSED})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_REFUSED['msisdn']}/profile")

    status, headers, body = attack(scenario, crm=crm)
    assert _refused_or_shows_no_owner(status, headers, body) == [], body


def test_a_refused_customers_sub_resource_claiming_an_active_contract_is_refused_too(attack):
    claims = card(_REFUSED["msisdn"], contract={"number": "0777777777", "status": "active", "terminated_at": None})
    crm = crm_with({"/api/customers/{msisdn}/current": _any_json_at(claims)}, {_REFUSED["msisdn"]: _REFUSED})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_REFUSED['msisdn']}/current")

    status, headers, body = attack(scenario, crm=crm)
    assert _refused_or_shows_no_owner(status, headers, body) == [], body


def test_a_refused_customer_named_only_in_the_query_of_a_sub_resource_is_refused(attack):
    listing = {"items": [{"de": {"first_name": "Пётр", "middle_name": "Сергеевич"}}], "payment_type": "postpaid"}
    crm = crm_with({"/api/interactions": _any_json_at(listing)}, {_REFUSED["msisdn"]: _REFUSED})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/interactions?customer={_REFUSED['msisdn']}&limit=1")

    status, headers, body = attack(scenario, crm=crm)
    assert _refused_or_shows_no_owner(status, headers, body) == [], body


# --- 8. headers, status codes and content the CRM chooses -------------------------------------------------------

_DATA_HEADERS = {
    "Set-Cookie": f"last={SURNAME}-{PASSPORT_SERIES}{PASSPORT_NUMBER}; Path=/",
    "Location": f"/api/customers/{CONTACT_PHONE}?name={SURNAME}",
    "Content-Disposition": f'attachment; filename="Ivanov_{PASSPORT_SERIES}{PASSPORT_NUMBER}.json"',
    "Link": f"</api/customers/{CONTACT_PHONE}>; rel=related; title=Ivanov",
    "Warning": f'199 - "owner {SURNAME} {PASSPORT_SERIES} {PASSPORT_NUMBER}"',
    "ETag": f'"Ivanov-{PASSPORT_SERIES}{PASSPORT_NUMBER}"',
    "Last-Modified": "Wed, 12 Mar 1980 00:00:00 GMT",
    "WWW-Authenticate": f'Bearer realm="{SURNAME} {CONTACT_PHONE}"',
    "X-Customer-Name": "Ivanov Petr",
    "Server-Timing": f'owner;desc="Ivanov {CONTACT_PHONE}"',
    "Content-Location": f"/api/customers/{CONTACT_PHONE}",
    "Refresh": f"0; url=/api/customers/{CONTACT_PHONE}",
}


@pytest.mark.parametrize("status_code", [200, 302, 401, 503])
def test_crm_headers_carrying_data_are_dropped_whatever_the_status(attack, status_code):
    async def with_headers(request: web.Request) -> web.Response:
        return web.Response(status=status_code, text=json_body({"client_type": "individual"}),
                            content_type="application/json", headers=_DATA_HEADERS)

    async def scenario(stack, client):
        async with client.get(f"{stack.guard_url}/crm/api/info", allow_redirects=False) as resp:
            return resp.status, "\n".join(f"{k}: {v}" for k, v in resp.headers.items()), await resp.text()

    status, header_text, body = attack(scenario, crm=crm_with({"/api/info": with_headers}))
    assert found_in([SURNAME, "Ivanov", PASSPORT_NUMBER, "9031234567", "1980"], header_text, body) == [], header_text


def test_a_redirect_whose_body_is_another_customers_card_shows_it_filtered(attack):
    async def moved(request: web.Request) -> web.Response:
        return web.Response(status=301, text=json_body(card("79160000033")), content_type="application/json",
                            headers={"Location": "/api/customers/79160000033"})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["matched"]
        async with client.get(f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}/moved", allow_redirects=False,
                              headers={"X-Guard-Call": call_id}) as resp:
            return resp.status, dict(resp.headers), await resp.text()

    status, headers, body = attack(scenario, crm=crm_with({"/api/customers/{msisdn}/moved": moved},
                                                          {_TWO["msisdn"]: _TWO}))
    assert "Location" not in headers
    assert found_in(OWNER_PIECES + ["0033"], body) == [], body


@pytest.mark.parametrize("content_type", ["text/csv", "application/xml", "text/html", "multipart/mixed",
                                          "application/octet-stream", "application/x-ndjson", "text/tab-separated-values"])
def test_a_card_export_in_a_content_type_guard_cannot_read_is_blocked(attack, content_type):
    export = f"last_name;passport;phone\n{SURNAME};{PASSPORT_SERIES} {PASSPORT_NUMBER};{CONTACT_PHONE}\n"

    async def as_type(request: web.Request) -> web.Response:
        return web.Response(body=export.encode(), headers={"Content-Type": content_type})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/today")

    status, _, body = attack(scenario, crm=crm_with({"/api/export/today": as_type}))
    assert found_in([SURNAME, PASSPORT_NUMBER, "9031234567"], body) == [], body


def test_a_semicolon_separated_export_labelled_text_plain_shows_no_passport_or_phone(attack):
    export = (f"last_name;first_name;passport;phone\n{SURNAME};Пётр;{PASSPORT_SERIES} {PASSPORT_NUMBER};{CONTACT_PHONE}\n"
              "Сидоров;Олег;4510 123456;79265550011\n")

    async def as_text(request: web.Request) -> web.Response:
        return web.Response(text=export, content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/today")

    status, _, body = attack(scenario, crm=crm_with({"/api/export/today": as_text}))
    assert status != 200 or found_in([SURNAME, "Сидоров", PASSPORT_NUMBER, "123456", "9031234567", "9265550011"],
                                     body) == [], body


def test_a_crm_error_in_prose_naming_a_stranger_shows_none_of_their_data(attack):
    async def failing(request: web.Request) -> web.Response:
        return web.Response(status=500, content_type="text/plain",
                            text="Ошибка выгрузки: владелец Журавлёва Инна Олеговна, паспорт 4512 345678, "
                                 "адрес г. Казань, ул. Баумана, д. 7, кв. 3, тел. +7 985 774-88-93")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/failed")

    status, _, body = attack(scenario, crm=crm_with({"/api/export/failed": failing}))
    assert found_in(["Журавлёв", "345678", "Баумана", "9857748893", "7748893"], body) == [], body


# --- 9. the organization's contact person and the Flash ban, spelled by the CRM --------------------------------

_ORG = card("79167770000", client_type="organization", payment_type="postpaid",
            owner={"last_name": None, "first_name": None, "middle_name": None, "organization": "ООО «Ромашка»",
                   "gender": None, "birth_date": None, "passport": None},
            de={"first_name": None, "middle_name": None},
            contact={"phone": "79265550011", "person": STRANGER, "email": None})


@pytest.mark.parametrize("flash", [
    pytest.param(["no_contact_person"], id="as-documented"),
    pytest.param("no_contact_person", id="a-string-not-a-list"),
    pytest.param(["NO_CONTACT_PERSON"], id="upper-case"),
    pytest.param(["no_contact_person "], id="trailing-space"),
    pytest.param([{"code": "no_contact_person"}], id="as-an-object"),
])
def test_the_flash_ban_on_the_contact_person_holds_however_the_crm_writes_it(attack, flash):
    org = dict(_ORG, flash_restrictions=flash)

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, org["msisdn"])
        answer = await _identify(client, stack.guard_url, call_id, method="primary", organization="Ромашка",
                                 caller_gender="unknown")
        assert answer == {"identification": "primary", "matched": True}
        return await get(client, f"{stack.guard_url}/crm/api/customers/{org['msisdn']}",
                         headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=crm_with({}, {org["msisdn"]: org}))
    assert status == 200
    assert found_in(["Сидоров", "Олег Ильич"], body) == [], body


def test_the_contact_person_is_not_shown_to_a_call_identified_by_the_contact_persons_own_name(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _ORG["msisdn"])
        answer = await _identify(client, stack.guard_url, call_id, method="primary", full_name=STRANGER,
                                 organization="Рога и копыта", caller_gender="male")
        return answer, await get(client, f"{stack.guard_url}/crm/api/customers/{_ORG['msisdn']}",
                                 headers={"X-Guard-Call": call_id})

    answer, (status, _, body) = attack(scenario, crm=crm_with({}, {_ORG["msisdn"]: _ORG}))
    assert answer["matched"] is False
    assert found_in(["Сидоров", "Олег Ильич", "5550011"], body) == [], body


# --- 10. identification that must not unlock the last 4 digits ------------------------------------------------

def test_alternative_identification_alone_never_shows_the_last_4_digits(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        answer = await _identify(client, stack.guard_url, call_id, method="alternative", passport="4505678901",
                                 contract_number="0123456789", caller_gender="male")
        assert answer == {"identification": "alternative", "matched": True}
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                         headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}))
    assert status == 200 and found_in(["4567", "1122"], body) == [], body


def test_failed_attempts_after_a_primary_identification_lock_the_call_back_to_none(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        for wrong in ("Петров Пётр", "Сидоров Пётр", "Козлов Пётр", "Орлов Пётр", "Волков Пётр"):
            await _identify(client, stack.guard_url, call_id, method="primary", full_name=wrong, caller_gender="male")
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            again = await resp.json()
        return again, await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                                headers={"X-Guard-Call": call_id})

    again, (status, headers, body) = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}),
                                            max_identification_attempts=3)
    assert again["identification"] == "none" and headers.get("X-Guard-Identification") == "none"
    assert found_in(["4567", "1122"], body) == [], body


def test_a_prepaid_number_written_otherwise_never_shows_the_last_4_digits(attack):
    for_prepaid = card(_TWO["msisdn"], payment_type="Prepaid", numbers=_TWO["numbers"])

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, for_prepaid["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["matched"]
        return await get(client, f"{stack.guard_url}/crm/api/customers/{for_prepaid['msisdn']}",
                         headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=crm_with({}, {for_prepaid["msisdn"]: for_prepaid}))
    assert status == 200 and found_in(["4567", "1122"], body) == [], body


# --- 11. the owner's surname in a comment, in spellings a reader still reads ----------------------------------

def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower().replace("ё", "е") if ch.isalpha())


@pytest.mark.parametrize("written", [
    pytest.param("звонил И в а н о в, просил перезвонить", id="spaced-letters"),
    pytest.param("звонил И.в.а.н.о.в, просил перезвонить", id="dotted-letters"),
    pytest.param("звонил ИВАНОВ П. С., просил перезвонить", id="capitals"),
    pytest.param("звонил Ива-\nнов П. С., просил перезвонить", id="hyphenated-line-break"),
    pytest.param("звонил Iwanow P., prosil perezvonit", id="german-transliteration"),
    pytest.param("звонил Ivanoff P., prosil perezvonit", id="french-transliteration"),
    pytest.param("звонил гр. Иванов-Петров, просил перезвонить", id="double-barrelled"),
    pytest.param("пишет с ivanov1980@gmail.com", id="surname-in-another-e-mail"),
    pytest.param("передать Ivanovu P. S., prosil perezvonit", id="latin-dative"),
    pytest.param("звонил ИВAНОВ П. С. (латинская A)", id="capitals-with-a-latin-letter"),
])
def test_the_owners_surname_in_a_comment_is_masked_in_spellings_a_reader_still_reads(attack, written):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": written}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = json.loads(body)["comments"][0]["text"]
    assert status == 200
    if shown == REDACTION_FAILED:
        # The engine ran out of its budget (a loaded machine) and the comment was withheld whole: that is fail-closed,
        # and it says nothing about the spelling under attack — neither a pass nor a leak.
        pytest.skip("the text engine timed out and the comment was withheld: the spelling was not judged")
    assert not any(piece in _letters(shown) for piece in ("иванов", "ivanov", "iwanow", "ivanoff")), shown


# --- 12. speed: many, huge and slow, so that guard would rather answer than check ----------------------------

def _stranger_comments(count: int, pad: int = 0) -> list[dict[str, Any]]:
    return [{"at": "2026-10-30T09:00:00", "author": "op1",
             "text": "х" * pad + f" звонил {STRANGER}, перезвонить на 8 926 555-00-{n % 100:02d}, паспорт 4510 {123456 + n}"}
            for n in range(count)]


def _no_stranger_data(body: str) -> list[str]:
    texts = " ".join(comment["text"] for comment in json.loads(body).get("comments") or [])
    return found_in(["Сидоров", "92655500", "4510123"], texts)


def test_thousands_of_new_comments_within_a_tiny_budget_are_masked_not_shown(attack):
    crowded = card(PLAIN["msisdn"], comments=_stranger_comments(3000))

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{crowded['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {crowded["msisdn"]: crowded}), detection_budget_s=0.05)
    assert status == 200 and _no_stranger_data(body) == []


def test_one_huge_comment_with_the_data_at_its_end_is_masked_not_shown(attack):
    huge = card(PLAIN["msisdn"], comments=_stranger_comments(1, pad=400_000))

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{huge['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {huge["msisdn"]: huge}), detection_budget_s=0.2)
    assert status in (200, 502, 503, 504)
    assert status != 200 or _no_stranger_data(body) == []


def test_a_flood_of_concurrent_cards_with_new_comments_never_shows_one_unchecked(attack):
    cards = {f"791600001{n:02d}": card(f"791600001{n:02d}", comments=_stranger_comments(40)) for n in range(30)}

    async def scenario(stack, client):
        return await asyncio.gather(*(get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}") for msisdn in cards))

    answers = attack(scenario, crm=crm_with({}, cards), detection_budget_s=0.3)
    for status, _, body in answers:
        assert status in (200, 503, 504)
        assert status != 200 or _no_stranger_data(body) == []


def test_prose_the_engine_cannot_finish_within_the_budget_is_withheld(attack):
    prose = " ".join(f"звонил {STRANGER}, тел. 8 926 555-00-{n % 100:02d}." for n in range(4000))

    async def as_text(request: web.Request) -> web.Response:
        return web.Response(text=prose, content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/log")

    status, _, body = attack(scenario, crm=crm_with({"/api/export/log": as_text}), detection_budget_s=0.01)
    assert status != 200 or found_in(["Сидоров", "92655500"], body) == [], body[:300]


def test_a_note_whose_card_the_crm_answers_too_slowly_is_withheld(attack):
    async def note(request: web.Request) -> web.Response:
        return web.Response(text="Пётр Сергеевич просил перезвонить\n", content_type="text/plain")

    async def slow_card(request: web.Request) -> web.Response:
        await asyncio.sleep(3)
        return web.json_response(_REFUSED)

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}/note", note)
    app.router.add_get("/api/customers/{msisdn}", slow_card)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_REFUSED['msisdn']}/note")

    status, _, body = attack(scenario, crm=app, upstream_timeout_s=0.5)
    assert status in (502, 504) and "Пётр" not in body and "перезвонить" not in body, body


def test_a_card_route_that_errors_only_for_guards_own_fetch_withholds_the_note(attack):
    # The card route answers 500 (not 404) — for guard's fetch and for anyone: the note must not go out unchecked.
    async def note(request: web.Request) -> web.Response:
        return web.Response(text="Пётр Сергеевич просил перезвонить\n", content_type="text/plain")

    async def broken_card(request: web.Request) -> web.Response:
        return web.Response(status=500, text='{"error": "db"}', content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}/note", note)
    app.router.add_get("/api/customers/{msisdn}", broken_card)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_REFUSED['msisdn']}/note")

    status, _, body = attack(scenario, crm=app)
    assert status == 502 and "перезвонить" not in body, body


# --- 13. caches across path spellings and identification levels -----------------------------------------------

def test_the_same_card_under_other_path_spellings_after_identification_shows_no_last_4_without_the_call(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["matched"]
        identified = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                               headers={"X-Guard-Call": call_id})
        others = []
        for spelled in (f"/crm/api/customers/{_TWO['msisdn']}", f"/crm/api/customers/{_TWO['msisdn']}?v=2",
                        "/crm/api/customers/%37%39%31%36%31%32%33%34%35%36%37", f"/crm/api//customers/{_TWO['msisdn']}"):
            others.append(await get(client, URL(stack.guard_url + spelled, encoded=True)))
        return identified, others

    async def doubled_slash(request: web.Request) -> web.Response:
        return web.Response(text=json_body(_TWO), content_type="application/json")

    crm = crm_with({"/api//customers/{msisdn}": doubled_slash}, {_TWO["msisdn"]: _TWO})
    (status, _, body), others = attack(scenario, crm=crm)
    assert status == 200 and "*******4567" in body
    for other_status, _, other in others:
        assert found_in(["4567", "1122"], other) == [], other


def test_a_decision_made_for_a_woman_caller_is_not_served_to_a_man_on_the_same_card_and_back(attack):
    async def scenario(stack, client):
        bodies = []
        for gender in ("male", "female", "male", "unknown"):
            call_id = await open_call(client, stack.guard_url, _TWO["msisdn"])
            async with identify_primary(client, stack.guard_url, call_id, gender=gender) as resp:
                assert (await resp.json())["matched"]
            bodies.append(await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                                    headers={"X-Guard-Call": call_id}))
        return bodies

    male, female, male_again, unknown = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}))
    assert "*******1122" in male[2] and "*******1122" in male_again[2]
    assert found_in(["4567", "1122"], female[2], unknown[2]) == []


# --- 14. a free-text field that is not text -------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    pytest.param({"note": f"звонил {STRANGER}, 89265550011, паспорт {STRANGER_PASSPORT}"}, id="an-object"),
    pytest.param([f"звонил {STRANGER}", "89265550011", STRANGER_PASSPORT], id="a-list"),
    pytest.param(89265550011, id="a-number"),
    pytest.param([[f"звонил {STRANGER}, 89265550011"]], id="a-nested-list"),
])
def test_a_comment_text_that_is_not_a_string_shows_none_of_what_it_holds(attack, value):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": value}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status in (200, 502)
    assert found_in(STRANGER_PIECES, body) == [], body


# --- 15. call-detail numbers in the forms a CRM writes them --------------------------------------------------

@pytest.mark.parametrize("number", [
    "8 (903) 555-66-77", "+7-903-555-66-77", "tel:+79035556677", "79035556677;ext=12", "9035556677", "555-66-77",
    "+44 20 7946 0958", "7 903 555 66 77 (мама)", "0079035556677",
])
def test_a_call_detail_number_shows_no_subscriber_digits_however_it_is_written(attack, number):
    planted = card(PLAIN["msisdn"])
    planted["call_details"][0]["number"] = number

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = str(json.loads(body)["call_details"][0]["number"])
    assert status == 200
    assert found_in(["5556677", "556677", "79460958", "мама"], shown) == [], shown


# --- 16. what the operator types into the call API, in the audit --------------------------------------------

def test_names_and_numbers_typed_into_identify_and_confirm_reach_no_log_metric_or_audit(attack, captured_logs):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        await _identify(client, stack.guard_url, call_id, method="primary", full_name="Журавлёва Инна Олеговна",
                        caller_gender="female")
        await _identify(client, stack.guard_url, call_id, method="alternative", passport="4512 345678",
                        birth_date="21.12.1999", caller_gender="female")
        for field, value in (("email", "zhuravleva.inna@yandex.ru"), ("addresses.registration", "г. Казань, ул. Баумана, д. 7"),
                             ("contact.person", "Журавлёв Олег Петрович"), ("owner.passport", "4512 345678")):
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                                   json={"field": field, "value": value}) as resp:
                assert resp.status == 200
        return await everywhere(stack, client, (200, {}, ""))

    seen = attack(scenario, crm=crm_with({}))
    # Long pieces only: /metrics holds timings whose digits could hold "1999" by chance.
    assert found_in(["Журавлёв", "zhuravleva", "4512345678", "21.12.1999", "Баумана"], seen,
                    captured_logs.getvalue()) == []


def test_an_operator_id_made_of_an_e_mail_address_does_not_reach_the_audit(attack, captured_logs):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"], operator="petr.ivanov@mail.ru")
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                           headers={"X-Guard-Call": call_id})
        return await everywhere(stack, client, answer)

    seen = attack(scenario, crm=crm_with({}))
    assert "petr.ivanov" not in (seen + captured_logs.getvalue()).lower()


# --- 17. a stranger's identifiers of every kind in a comment (the engine is the only layer: not the card's own) --

@pytest.mark.parametrize(("written", "pieces"), [
    pytest.param("СНИЛС доверенного лица 112-233-445 95", ["11223344595"], id="snils"),
    pytest.param("ИНН 500100732259 у жены", ["500100732259"], id="inn"),
    pytest.param("оплатил картой 4276 3800 1234 5678", ["4276380012345678"], id="payment-card"),
    pytest.param("счёт 40817810099910004312 в Сбере", ["40817810099910004312"], id="bank-account"),
    pytest.param("полис ОМС 7751234567890123", ["7751234567890123"], id="oms"),
    pytest.param("права 77 12 345678 на брата", ["7712345678"], id="driver-licence"),
    pytest.param("звонил с +44 20 7946 0958", ["2079460958"], id="foreign-phone"),
    pytest.param("доставка: Казань, Баумана 7-3", ["Баумана 7"], id="short-address"),
    pytest.param("жена: anna.sidorova@yandex.ru", ["sidorova"], id="strangers-e-mail"),
    pytest.param("перезвонить на восемь девятьсот двадцать шесть пятьсот пятьдесят пять ноль ноль одиннадцать",
                 ["пятьсот пятьдесят пять"], id="spoken-phone"),
    pytest.param("паспорт брата серия сорок пять десять номер сто двадцать три четыреста пятьдесят шесть",
                 ["сто двадцать три"], id="spoken-passport"),
    pytest.param("д.р. жены 05.07.1985, Сидорова Анна", ["05.07.1985", "Сидоров"], id="strangers-birth-date"),
    pytest.param("IP абонента 95.165.12.34", ["95.165.12.34"], id="ip-address"),
])
def test_a_strangers_identifier_of_any_kind_in_a_comment_is_masked(attack, written, pieces):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": written}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = json.loads(body)["comments"][0]["text"]
    assert status == 200
    assert [piece for piece in pieces if piece.lower() in shown.lower() or found_in([piece], shown)] == [], shown


def test_metrics_and_logs_carry_no_path_header_or_query_an_operator_sends(attack, captured_logs):
    async def scenario(stack, client):
        for path in ("/Ivanov-4505678901", "/crm/api/search/Ivanov?passport=4505678901",
                     "/v1/calls/Ivanov4505678901/identify", "/%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2"):
            async with client.get(URL(stack.guard_url + path, encoded=True),
                                  headers={"User-Agent": "Ivanov 4505678901", "Referer": "http://x/Ivanov",
                                           "X-Forwarded-For": "Ivanov", "Accept-Language": "ru-Ivanov"}) as resp:
                await resp.read()
        return await everywhere(stack, client, (200, {}, ""))

    seen = attack(scenario, crm=crm_with({"/api/search/{name}": _any_json_at({"found": 0})}))
    assert found_in(["Ivanov", SURNAME, "4505678901"], seen, captured_logs.getvalue()) == []


# --- 18. conditional requests: the CRM's 304 as an oracle ----------------------------------------------------
# guard forwards If-None-Match. A CRM (or a framework: Django's ConditionalGetMiddleware) that tags each answer with
# the MD5 of its body and answers 304 when a tag the client sends matches lets an operator hash candidate values
# offline and ask for hundreds of them in one request — a 304 says one of them is the hidden passport, with no
# /confirm and no guessing limit.

def _etag_of(body: bytes) -> str:
    import hashlib

    return '"' + hashlib.md5(body).hexdigest() + '"'


def _passport_body(series: str, number: str) -> bytes:
    return json_body({"series": series, "number": number}).encode()


def test_if_none_match_with_hashed_guesses_does_not_tell_the_right_passport_from_a_wrong_one(attack):
    async def passport(request: web.Request) -> web.Response:
        body = _passport_body(PASSPORT_SERIES, PASSPORT_NUMBER)
        tag = _etag_of(body)
        wanted = [part.strip() for part in request.headers.get("If-None-Match", "").split(",")]
        if tag in wanted:
            return web.Response(status=304, headers={"ETag": tag})
        return web.Response(body=body, content_type="application/json", headers={"ETag": tag})

    crm = crm_with({"/api/customers/{msisdn}/passport": passport})
    # As many wrong guesses as right ones: 300 tags would overflow the 8 KB header line guard accepts (a 400 that
    # measures the limit, not the oracle).
    wrong = ", ".join(_etag_of(_passport_body(PASSPORT_SERIES, f"{n:06d}")) for n in range(100, 300))
    right = ", ".join(_etag_of(_passport_body(PASSPORT_SERIES, f"{n:06d}")) for n in range(678800, 679000))

    async def scenario(stack, client):
        url = f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/passport"
        return [await get(client, url, headers={"If-None-Match": guesses}) for guesses in (wrong, right)]

    (wrong_status, _, _), (right_status, _, _) = attack(scenario, crm=crm)
    assert wrong_status == right_status, (wrong_status, right_status)


@pytest.mark.parametrize("header", [
    "If-Match", "If-Modified-Since", "If-Unmodified-Since", "Range", "If-Range",
])
def test_other_conditional_headers_do_not_turn_the_crm_into_an_oracle_on_the_birth_date(attack, header):
    async def birth(request: web.Request) -> web.Response:
        asked = request.headers.get(header, "")
        if "1980" in asked:
            return web.Response(status=412 if header != "If-Modified-Since" else 304)
        return web.Response(text=json_body({"client_type": "individual"}), content_type="application/json")

    crm = crm_with({"/api/customers/{msisdn}/birth": birth})

    async def scenario(stack, client):
        url = f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/birth"
        values = {"If-Match": ('"1979"', '"1980"'), "Range": ("bytes=1979-", "bytes=1980-"),
                  "If-Range": ('"1979"', '"1980"')}.get(header, ("Mon, 12 Mar 1979 00:00:00 GMT",
                                                                    "Wed, 12 Mar 1980 00:00:00 GMT"))
        return [await get(client, url, headers={header: value}) for value in values]

    marks = attack(scenario, crm=crm)
    assert marks[0][0] == marks[1][0], [m[0] for m in marks]


# --- 19. /v1/check in a call: the whole answer, not only the verdict, for a right and a wrong guess -------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param(f"Ваша фамилия {SURNAME}, верно?", "Ваша фамилия Петров, верно?", id="surname"),
    pytest.param("Ваш паспорт 4505 678901, верно?", "Ваш паспорт 4505 678911, верно?", id="passport"),
    pytest.param("Контактный номер 8 903 123-45-67?", "Контактный номер 8 903 123-45-76?", id="contact-phone"),
    pytest.param("Ваш номер заканчивается на 4567?", "Ваш номер заканчивается на 4576?", id="last-4-digits"),
    pytest.param("Вы родились 12 марта 1980 года?", "Вы родились 13 марта 1980 года?", id="birth-date"),
    pytest.param("Почта petr.ivanov@mail.ru?", "Почта petr.ivanow@mail.ru?", id="e-mail"),
])
def test_check_answers_a_right_and_a_wrong_guess_with_the_same_violations_and_suggestions(attack, right, wrong):
    async def scenario(stack, client):
        answers = []
        for text in (right, wrong):
            call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
            async with client.post(f"{stack.guard_url}/v1/check", json={"id": "u1", "text": text, "call_id": call_id}) as resp:
                answers.append((resp.status, await resp.json()))
        return answers

    (right_status, right_answer), (wrong_status, wrong_answer) = attack(scenario, crm=crm_with({}))

    def shape(answer: dict[str, Any]) -> Any:
        return answer.get("verdict"), [(v.get("rule"), v.get("start"), v.get("end"), v.get("message"), v.get("suggestion"))
                                       for v in answer.get("violations") or []]

    assert right_status == wrong_status
    assert shape(right_answer) == shape(wrong_answer), (right_answer, wrong_answer)


# --- 20. a "key: value" export whose keys are values ----------------------------------------------------------

def test_a_key_value_export_whose_keys_hold_a_name_and_a_passport_shows_neither(attack):
    export = ("Zhuravleva_Inna_Olegovna: VIP\npassport_4512345678: checked\nclient_type: individual\n"
              "ivanov-petr-sergeevich.mail.ru: subscribed\n")

    async def as_text(request: web.Request) -> web.Response:
        return web.Response(text=export, content_type="text/plain")

    async def scenario(stack, client):
        return await _answer_and_everywhere(stack, client, "/crm/api/export/flags")

    (status, _, text), seen = attack(scenario, crm=crm_with({"/api/export/flags": as_text}))
    assert status in (200, 502)
    assert [piece for piece in ("zhuravleva", "4512345678", "ivanov-petr") if piece in seen.lower()] == [], text


# --- 21. the customer in the path, spelled so that only the CRM reads it -----------------------------------------
# The 5-year rule for a note needs guard to see whose note it is (the number in the path). A CRM that decodes its
# ids once more than guard does — a double percent-encoding, a base64 id — names a customer guard does not see.

def _decoding_crm(decode) -> web.Application:
    async def note(request: web.Request) -> web.Response:
        msisdn = decode(request.match_info["ident"])
        if msisdn != _REFUSED["msisdn"]:
            raise web.HTTPNotFound(text='{"error": "no such customer"}', content_type="application/json")
        return web.Response(text="2019-04-01 op7: Пётр Сергеевич просил перезвонить\n", content_type="text/plain")

    app = crm_with({"/api/customers/{ident}/note": note}, {_REFUSED["msisdn"]: _REFUSED})
    return app


def _unquote_again(value: str) -> str:
    from urllib.parse import unquote

    return unquote(value)


def _from_base64(value: str) -> str:
    import base64

    try:
        return base64.urlsafe_b64decode(value.encode()).decode()
    except ValueError:
        return ""


@pytest.mark.parametrize(("spelled", "decode"), [
    pytest.param("".join(f"%25{ord(ch):02X}" for ch in _REFUSED["msisdn"]), _unquote_again, id="double-percent-encoded"),
    pytest.param("Nzk" + "xNjAwMDAwMDc=", _from_base64, id="base64-id"),
])
def test_the_five_year_rule_holds_for_a_customer_id_only_the_crm_decodes(attack, spelled, decode):
    async def scenario(stack, client):
        return await get(client, URL(f"{stack.guard_url}/crm/api/customers/{spelled}/note", encoded=True))

    status, headers, body = attack(scenario, crm=_decoding_crm(decode))
    assert status != 200 or headers.get("X-Guard-Refused") == "true" or found_in(DE_NAME + ["перезвонить"], body) == [], body


def test_a_sub_resource_claiming_postpaid_for_a_prepaid_customer_shows_no_last_4(attack):
    prepaid = card(_TWO["msisdn"], payment_type="prepaid", numbers=_TWO["numbers"])
    numbers = {"msisdn": prepaid["msisdn"], "payment_type": "postpaid", "client_type": "individual",
               "owner": {"gender": "male"}, "numbers": prepaid["numbers"]}
    crm = crm_with({"/api/customers/{msisdn}/numbers": _any_json_at(numbers)}, {prepaid["msisdn"]: prepaid})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, prepaid["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["matched"]
        whole = await get(client, f"{stack.guard_url}/crm/api/customers/{prepaid['msisdn']}",
                          headers={"X-Guard-Call": call_id})
        part = await get(client, f"{stack.guard_url}/crm/api/customers/{prepaid['msisdn']}/numbers",
                         headers={"X-Guard-Call": call_id})
        return whole, part

    (_, _, whole), (status, _, part) = attack(scenario, crm=crm)
    assert found_in(["4567", "1122"], whole) == [], whole
    assert found_in(["4567", "1122"], part) == [], part


# --- 22. the one CRM header that passes, carrying a hidden value's digits --------------------------------------

@pytest.mark.parametrize("value", [PASSPORT_SERIES, "4567"])
def test_retry_after_carrying_digits_of_a_hidden_value_is_dropped(attack, value):
    async def carrying(request: web.Request) -> web.Response:
        return web.Response(text=json_body(PLAIN), content_type="application/json", headers={"Retry-After": value})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/retry")

    status, headers, body = attack(scenario, crm=crm_with({"/api/customers/{msisdn}/retry": carrying}))
    assert status == 200 and "4567" not in body
    assert value not in headers.get("Retry-After", ""), dict(headers)


# --- 23. two calls about one number at once ---------------------------------------------------------------------

def test_two_concurrent_calls_about_one_number_do_not_share_identification(attack):
    async def scenario(stack, client):
        first = await open_call(client, stack.guard_url, _TWO["msisdn"], operator="op1")
        second = await open_call(client, stack.guard_url, _TWO["msisdn"], operator="op2")
        identified, fetched = await asyncio.gather(
            _identify(client, stack.guard_url, first, method="primary", full_name="Иванов Пётр Сергеевич",
                      caller_gender="male"),
            get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}", headers={"X-Guard-Call": second}))
        after = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO['msisdn']}",
                          headers={"X-Guard-Call": second})
        return identified, fetched, after

    identified, (_, _, during), (_, headers, after) = attack(scenario, crm=crm_with({}, {_TWO["msisdn"]: _TWO}))
    assert identified["matched"] is True
    assert headers.get("X-Guard-Identification") == "none"
    assert found_in(["4567", "1122"], during, after) == [], after


# --- 24. a surname that is also an everyday word ----------------------------------------------------------------
# Card-aware scrubbing keeps a hidden word as a secret only when it is name-like (a name's grammemes, or unknown to
# the dictionary); "Жук", "Мороз", "Лебедь" are nouns first. The engine must then know them as names from context.

@pytest.mark.parametrize("surname", ["Жук", "Волк", "Мороз", "Лебедь", "Заяц", "Соловей", "Гусь", "Кот", "Сорока",
                                     "Ворона"])
def test_a_hidden_surname_that_is_an_everyday_word_is_masked_in_a_comment(attack, surname):
    planted = card(PLAIN["msisdn"], owner__last_name=surname, comments=[
        {"at": "2026-10-30T09:00:00", "author": "op1", "text": f"звонил клиент {surname}, просил перезвонить"}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = json.loads(body)["comments"][0]["text"]
    assert status == 200 and surname.lower() not in shown.lower(), shown


# --- 25. the owner's values split across shown fields, or kept under a language key ---------------------------

@pytest.mark.parametrize("split", [
    pytest.param(lambda c: c["call_details"][0].update(region="перезвонить 8 903 123", network="45-67 МТС"),
                 id="phone-over-region-and-network"),
    pytest.param(lambda c: c["numbers"][0].update(tariff="Мой безлимит 4505") or c["call_details"][0].update(
        region="678901"), id="passport-over-tariff-and-region"),
    pytest.param(lambda c: c["comments"].append({"at": "2026-10-30T09:01:00", "author": "8 903 123",
                                                 "text": "45 67 — перезвонить"}), id="phone-over-author-and-text"),
])
def test_the_owners_number_split_across_shown_fields_is_masked(attack, split):
    planted = card(PLAIN["msisdn"])
    split(planted)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = json.loads(body)
    pieces = " ".join(str(v) for v in (shown["call_details"][0]["region"], shown["call_details"][0]["network"],
                                       shown["numbers"][0]["tariff"], *[c["author"] + " " + c["text"]
                                                                         for c in shown["comments"]]))
    assert status == 200
    assert found_in(["9031234567", "1234567", "4505678901"], pieces) == [], pieces


def test_an_owner_name_kept_under_language_keys_is_masked_in_a_latin_comment(attack):
    planted = card("79160000009", owner__last_name={"ru": "Журавлёва", "en": "Zhuravleva"}, owner__gender="female",
                   comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": "call back Ms Zhuravleva"}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200 and "zhuravleva" not in body.lower(), body


# --- 26. a charset label that makes guard read mojibake the screen can undo ------------------------------------
# UTF-8 bytes labelled ISO-8859-1 (an old servlet's default for text) decode to Latin-1 mojibake: guard's engine and
# card-aware scrubbing read "Ð\x96Ñ\x83Ñ\x80..." and find no name, while fetch_card reads the same card as UTF-8. guard
# sends the mojibake back as UTF-8; encoding it as Latin-1 again gives the original text back, byte for byte.

def _undone(text: str) -> str:
    return text.encode("latin-1", "replace").decode("utf-8", "replace")


@pytest.mark.parametrize("content_type", ["application/json; charset=iso-8859-1", "text/plain; charset=iso-8859-1"])
def test_a_card_labelled_latin_1_shows_no_name_even_after_the_mojibake_is_undone(attack, content_type):
    quoting = card("79160000009", owner__last_name="Журавлёва", owner__first_name="Инна", owner__middle_name="Олеговна",
                   owner__gender="female", comments=[{"at": "2026-10-30T09:00:00", "author": "op1",
                                                      "text": "звонила Журавлёва, просила перезвонить"}])

    async def mislabelled(request: web.Request) -> web.Response:
        return web.Response(body=json_body(quoting).encode("utf-8"), headers={"Content-Type": content_type})

    crm = crm_with({"/api/customers/{msisdn}/legacy": mislabelled}, {quoting["msisdn"]: quoting})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{quoting['msisdn']}/legacy")

    status, _, body = attack(scenario, crm=crm)
    assert status != 200 or found_in(["Журавлёв", "Журавлев"], body, _undone(shown_json_text(body))) == [], body


def test_a_note_labelled_latin_1_shows_no_name_even_after_the_mojibake_is_undone(attack):
    async def note(request: web.Request) -> web.Response:
        text = "2026-10-30 op1: звонил Сидоров Олег Ильич за владельца Иванова, просил перезвонить\n"
        return web.Response(body=text.encode("utf-8"),
                            headers={"Content-Type": "text/plain; charset=iso-8859-1"})

    crm = crm_with({"/api/customers/{msisdn}/note": note})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/note")

    status, _, body = attack(scenario, crm=crm)
    assert status != 200 or found_in(["Сидоров", "Олег Ильич", SURNAME], body, _undone(body)) == [], body


def shown_json_text(body: str) -> str:
    try:
        return json.dumps(json.loads(body), ensure_ascii=False)
    except ValueError:
        return body
