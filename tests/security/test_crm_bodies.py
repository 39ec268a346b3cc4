"""Attacks by the CRM's answer (issue 10): whatever a hostile CRM sends, the operator sees only what the policy allows.

Each test is one attack against guard in front of the hostile CRM (hostile_crm.py), both on loopback.
"""
from __future__ import annotations

import json

import pytest
from aiohttp import web
from yarl import URL

from guard.policy import HIDDEN
from security.conftest import get, open_call, shown_text
from security.hostile_crm import CARDS, create_hostile_crm
from security.hostile_crm import CALL_DETAIL_TEXT, KEYS_AS_VALUES, PLAIN, QUOTING, TERMINATED_2021, TERMINATED_UNDATED

PASSPORT_AND_CONTRACT = ["4505", "678901", "0123456789", "40211", "7701", "Иванов", "Тверск"]


def _none_of(pieces: list[str], body: str) -> list[str]:
    text = shown_text(body)
    return [piece for piece in pieces if piece in text]


# --- item 4: route by what the body is ----------------------------------------------------------------------

def test_json_labelled_text_plain_goes_to_the_card_policy(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/as-text")

    status, headers, body = attack(scenario)
    assert status == 200 and headers["X-Guard-Identification"] == "none"
    assert json.loads(body)["owner"]["passport"] == "***"
    assert _none_of(PASSPORT_AND_CONTRACT, body) == []


def test_json_labelled_as_an_allow_listed_type_still_goes_to_the_card_policy(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/as-html")

    status, headers, body = attack(scenario, allowed_content_types=["text/html"])
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert _none_of(PASSPORT_AND_CONTRACT, body) == []


def test_text_that_opens_like_json_but_does_not_parse_is_blocked(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/broken-as-text")

    status, _, body = attack(scenario)
    assert status == 502 and "does not parse" in json.loads(body)["error"]
    assert _none_of(PASSPORT_AND_CONTRACT, body) == []


def test_text_holding_json_behind_a_prefix_is_blocked(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/prefixed-as-text")

    status, _, body = attack(scenario)
    assert status == 502 and "holds JSON" in json.loads(body)["error"]
    assert _none_of(PASSPORT_AND_CONTRACT, body) == []


# --- item 5: keys are data too ------------------------------------------------------------------------------

def test_object_keys_holding_values_never_reach_the_screen(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{KEYS_AS_VALUES['msisdn']}")

    status, _, body = attack(scenario)
    assert status == 200
    shown = json.loads(body)
    assert "Иванов паспорт 4505678901" not in shown
    assert shown["addresses"] == HIDDEN and shown["contact"] == {"person": HIDDEN}
    assert _none_of(["4505678901", "Тверская", "79031234567", "Иванов"], body) == []


# --- item 6: call-detail numbers ----------------------------------------------------------------------------

def test_call_detail_entries_with_service_digits_show_no_digits_or_words(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{CALL_DETAIL_TEXT['msisdn']}")

    status, _, body = attack(scenario)
    assert status == 200
    numbers = [detail["number"] for detail in json.loads(body)["call_details"]]
    assert all(number and set(number) == {"*"} for number in numbers)
    assert _none_of(["Иванова", "Анна", "112", "Мама", "0611", "дом", "кв 12"], body) == []


# --- item 7: the 5-year rule on every route -----------------------------------------------------------------

def test_five_year_refusal_holds_for_the_note_of_a_contract_terminated_in_2021(attack):
    async def scenario(stack, client):
        card = await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_2021['msisdn']}")
        note = await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_2021['msisdn']}/note")
        listed = await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_2021['msisdn']}/comments")
        return card, note, listed

    card, note, listed = attack(scenario)
    assert card[1]["X-Guard-Refused"] == "true"
    status, headers, text = note
    assert status == 200 and headers["X-Guard-Refused"] == "true"
    assert "152-ФЗ" in text and "перезвонить" not in text and "Иванов" not in text
    status, headers, body = listed
    assert status == 200 and headers["X-Guard-Refused"] == "true"
    assert "перезвонить" not in shown_text(body)


def test_five_year_refusal_holds_when_the_number_is_percent_encoded_or_in_the_query(attack):
    encoded = "".join(f"%{ord(ch):02X}" for ch in TERMINATED_2021["msisdn"])

    async def scenario(stack, client):
        return [await get(client, URL(f"{stack.guard_url}/crm/api/customers/{encoded}/note", encoded=True)),
                await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_2021['msisdn']}/note?x=1"),
                await get(client, f"{stack.guard_url}/crm/api/customers/8{TERMINATED_2021['msisdn'][1:]}/note")]

    answers = attack(scenario, crm=create_hostile_crm(dict(CARDS, **{"8" + TERMINATED_2021["msisdn"][1:]: TERMINATED_2021})))
    for status, headers, text in answers:
        assert status == 200 and headers["X-Guard-Refused"] == "true" and "перезвонить" not in text


def test_a_terminated_contract_without_a_date_is_refused(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, TERMINATED_UNDATED["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                               json={"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}):
            pass
        card = await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_UNDATED['msisdn']}",
                         headers={"X-Guard-Call": call_id})
        note = await get(client, f"{stack.guard_url}/crm/api/customers/{TERMINATED_UNDATED['msisdn']}/note")
        return card, note

    (status, headers, body), (note_status, note_headers, _) = attack(scenario)
    assert status == 200 and headers["X-Guard-Refused"] == "true"
    assert json.loads(body)["de"] == "***"
    assert note_status == 200 and note_headers["X-Guard-Refused"] == "true"


# --- item 12: a card nested thousands deep ------------------------------------------------------------------

def test_a_crm_card_nested_thousands_deep_is_502_with_a_reason(attack):
    async def scenario(stack, client):
        first = await get(client, f"{stack.guard_url}/crm/deep")
        still = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}")
        return first, still

    (status, _, body), (still_status, _, _) = attack(scenario)
    assert status == 502 and "nests deeper" in json.loads(body)["error"]
    assert still_status == 200


# --- item 13: BOM, headers ----------------------------------------------------------------------------------

def test_a_utf8_bom_on_crm_json_is_accepted_and_filtered(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/bom")

    status, _, body = attack(scenario)
    assert status == 200 and json.loads(body)["owner"]["last_name"] == "***"


def test_retry_after_and_content_language_carrying_data_are_dropped(attack):
    async def scenario(stack, client):
        bad = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/headers")
        good = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/good-headers")
        return bad, good, stack.audit()

    (status, headers, _), (_, good_headers, _), audit = attack(scenario)
    assert status == 200 and "Retry-After" not in headers and "Content-Language" not in headers
    # A 503's Retry-After comes back as guard's own coarse value (rounded up to ten minutes), never the CRM's digits.
    assert good_headers["Retry-After"] == "600" and good_headers["Content-Language"] == "ru-RU"
    assert any(record.get("headers_dropped") == ["Retry-After", "Content-Language"] for record in audit)


# --- card-aware scrubbing -----------------------------------------------------------------------------------

def test_hidden_values_quoted_elsewhere_in_the_card_are_masked_in_any_written_or_spoken_form(attack):
    async def scenario(stack, client):
        card = await get(client, f"{stack.guard_url}/crm/api/customers/{QUOTING['msisdn']}")
        note = await get(client, f"{stack.guard_url}/crm/api/customers/{QUOTING['msisdn']}/note")
        return card, note, stack.audit()

    (status, _, body), (note_status, _, note), audit = attack(scenario)
    assert status == 200
    if note_status == 503:  # the engine went over its budget on a loaded machine and withheld the note whole
        assert "89857748893" not in note and "Журавлёвой" not in note
        pytest.skip("the note was withheld whole (detection over its budget, fail-closed): nothing to judge")
    assert note_status == 200
    comments = [comment["text"] for comment in json.loads(body)["comments"]]
    for text in comments + [note]:
        assert "89857748893" not in text and "774-88-93" not in text and "21.12.1999" not in text
        assert "345 678" not in text and "Журавлёвой" not in text and "девяносто три" not in text
        assert "12 марта 1980" not in text
    # every answer's record counts what the card-aware scrub masked (since stop 35 the redactor masks all of these
    # first — "номер 345 678" a phone, a passport's issue date —, so the count may be 0; the scrub's own reach is
    # judged in tests/security/test_scrub_*.py)
    records = [record for record in audit if record.get("kind") == "proxy"]
    assert records and all(isinstance(record.get("scrubbed"), int) for record in records)


def test_scrubbing_leaves_what_the_policy_shows(attack):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{QUOTING['msisdn']}")

    # A loaded machine can push the card's texts over the default detection budget, which masks them whole (fail
    # closed, judged elsewhere); this test is about what the scrub leaves, so the budget is generous.
    status, _, body = attack(scenario, detection_budget_s=60.0)
    shown = json.loads(body)
    assert status == 200
    assert shown["de"] == {"first_name": "Инна", "middle_name": "Олеговна"}
    assert shown["call_details"][0]["region"] == "Москва" and shown["numbers"][0]["tariff"] == "Мой безлимит"


# --- garbage from the CRM (issue 13: the card is read by orjson now, guard/proxy/jsoncodec.py) ----------------

_CARD_TEXT = json.dumps(PLAIN, ensure_ascii=False)
# A 24-digit integer in a shown field and a 23-digit one in a hidden one: read exactly (not rounded to a float),
# decided as ever. (Sharing digits, the shown one would be masked too: tests/security/test_scrub_numbers.py.)
_BIG_NUMBER = "987" * 8
_BIG_HIDDEN = "456" * 7 + "45"
GARBAGE = {
    "truncated": ("application/json", _CARD_TEXT[: len(_CARD_TEXT) // 2].encode("utf-8")),
    "not-utf8": ("application/json", _CARD_TEXT.encode("utf-8").replace("Иванов".encode("utf-8"), b"\xff\xfe\xfd")),
    "binary": ("application/json", b"\x00\x01{\x02" + "Иванов 4505 678901".encode("utf-8")),
    "two-documents": ("application/json", (_CARD_TEXT + _CARD_TEXT).encode("utf-8")),
    "trailing-garbage": ("application/json", (_CARD_TEXT + " Иванов 4505 678901").encode("utf-8")),
    "nan": ("application/json", _CARD_TEXT.replace('"Иванов"', "NaN").encode("utf-8")),
    # in a field the policy shows: the answer cannot be written as UTF-8, so nothing is sent
    "lone-surrogate": ("application/json", _CARD_TEXT.replace('"Мой безлимит"', '"\\ud800Мой безлимит"').encode("utf-8")),
    "big-integers": ("application/json", _CARD_TEXT.replace('"duration_s": 120', f'"duration_s": {_BIG_NUMBER}')
                     .replace('"0123456789"', _BIG_HIDDEN).encode("utf-8")),
    "bare-string": ("application/json", json.dumps("Иванов Пётр, паспорт 4505 678901", ensure_ascii=False).encode()),
    "cyrillic-declared-utf8": ("application/json", _CARD_TEXT.encode("cp1251", "replace")),
}


def _garbage_crm() -> web.Application:
    app = web.Application()

    async def serve(request: web.Request) -> web.Response:
        content_type, body = GARBAGE[request.match_info["kind"]]
        return web.Response(body=body, headers={"Content-Type": f"{content_type}; charset=utf-8"})

    async def the_card(request: web.Request) -> web.Response:
        # A body claiming a customer's number is checked against that customer's card (guard/proxy/forward.py).
        return web.Response(text=_CARD_TEXT, content_type="application/json")

    app.router.add_get("/garbage/{kind}", serve)
    app.router.add_get(f"/api/customers/{PLAIN['msisdn']}", the_card)
    return app


def test_whatever_garbage_the_crm_sends_the_operator_sees_no_hidden_value(attack):
    async def scenario(stack, client):
        return {kind: await get(client, f"{stack.guard_url}/crm/garbage/{kind}") for kind in GARBAGE}

    seen = attack(scenario, crm=_garbage_crm())
    for kind, (status, _, body) in seen.items():
        assert status in (200, 502), kind
        assert _none_of(PASSPORT_AND_CONTRACT + ["79161234567", "petr.ivanov"], body) == [], kind
    blocked = {kind for kind, (status, _, _) in seen.items() if status == 502}
    assert {"truncated", "not-utf8", "binary", "two-documents", "trailing-garbage", "lone-surrogate",
            "cyrillic-declared-utf8"} <= blocked
    assert json.loads(seen["bare-string"][2]) is None  # not a card: the policy's default deny hides it
    big = json.loads(seen["big-integers"][2])
    # Read (not blocked), and a "duration" of 24 digits is no duration: hidden (show_time). That integers past 64 bits
    # are read exactly is tests/test_proxy_jsoncodec.py's.
    assert seen["big-integers"][0] == 200 and big["call_details"][0]["duration_s"] == HIDDEN
    assert big["contract"]["number"] == HIDDEN  # hidden, whatever its type


def test_json_members_are_found_in_any_body_whatever_its_encoding_or_what_comes_before_them():
    """guard/proxy/forward.py passes an allow-listed type unchanged only if no part of it reads as a card's JSON."""
    from guard.proxy.forward import _holds_json_members

    member = '{"last_name": "Иванов"}'
    for body in (b"\x89PNG\r\n\x1a\n" + member.encode(), b")]}'\n" + member.encode(), member.encode("utf-16-le"),
                 b"\x00" + member.encode("utf-16-be"), member.encode("utf-32-be"),
                 b"--b\r\nContent-Type: application/json\r\n\r\n" + member.encode()):
        assert _holds_json_members(body), body[:20]
    for body in (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"%PDF-1.7 (a report)", "Иванов: нет".encode()):
        assert not _holds_json_members(body), body[:20]


def test_html_character_references_in_a_crm_body_are_read_and_shown_as_the_characters_they_display():
    from guard.proxy.forward import _references_decoded

    assert _references_decoded({"&#x418;&#x432;": ["&#52;&#53;&#48;&#53;", "&Icy;", 7, "a & b"]}) == \
        {"Ив": ["4505", "И", 7, "a & b"]}


def test_a_body_says_which_customer_it_is_about_by_its_top_level_msisdn_however_written():
    from guard.proxy.forward import _claimed_msisdn

    assert _claimed_msisdn({"msisdn": "+7 (916) 000-00-07"}) == _claimed_msisdn({"msisdn": 79160000007}) == ["79160000007"]
    for body in ({"msisdn": "не номер"}, {"msisdn": True}, {"msisdn": ["79160000007"]}, ["79160000007"], None):
        assert _claimed_msisdn(body) == []
