"""Red team, session 22: attacks on the CRM proxy that test_redteam_s19.py and test_redteam_s20.py did not try, each a
real request against the real proxy on loopback in front of a hostile CRM built for it (`crm_with`), the value looked
for where it could surface — the operator's answer (body and headers), and for the long pieces /metrics, the audit
and the log.

Angles new here: fields the policy shows "as they are" (dates, times, durations) carrying a stranger's data after
a well-formed start; digits written in forms neither the engine nor the card-aware scrubbing reads as digits
(superscript, circled, mathematical, Devanagari, letters that look like digits, combining marks over them); a
surname with combining marks or a Greek look-alike; a card behind a prefix or inside a multipart body under an
allow-listed content type; chunked, deflated and falsely "br"-labelled cards; NDJSON; headers a CRM may set
(cookies, links, locations, disposition); identification claimed when the call is opened, an expired call, another
operator's call, a card fetched while the call is being identified; the 5-year rule with the date in other
scripts' digits and the status with a look-alike letter, nested contracts; the guard's own errors echoing what
was sent; and deterministic side channels — the answer's size and headers for two cards that differ only in a
hidden value, and a comment that repeats a guess of a hidden value.

A leak is a strict xfail whose reason starts with "LEAK" (the `leak` mark of test_redteam_s20.py; none is open in
this round: each was mended and its mark removed in the same commit). A comment the engine withheld whole
("[скрыто]") proves nothing either way: that attack is skipped.
"""
from __future__ import annotations

import asyncio
import json
import unicodedata
import zlib
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
)

STRANGER = "Сидоров Олег Ильич"
STRANGER_PHONE = "89265550011"
STRANGER_PIECES = ["Сидоров", "9265550011", "5550011"]
OWNER_NUMBERS = ["9031234567", "1234567", PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER]


def _card_url(stack, msisdn: str = PLAIN["msisdn"]) -> str:
    return f"{stack.guard_url}/crm/api/customers/{msisdn}"


def _serve(*planted: dict[str, Any], routes: dict[str, Any] | None = None) -> web.Application:
    """A CRM serving each of `planted` as the card of its own number (and `routes`, other paths it answers)."""
    return crm_with(routes or {}, {c["msisdn"]: c for c in planted})


def _as_read(text: str) -> str:
    """What a reader takes in beyond `readable` (test_redteam_s19.py): combining marks dropped (a stress mark, an
    overline), the letters that look like digits read as digits next to digits, Greek look-alikes as Cyrillic."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    text = unicodedata.normalize("NFC", text).translate(str.maketrans("οΟαΑεΕ", "оОаАеЕ"))
    out = list(text)
    digit_like = {"О": "0", "O": "0", "о": "0", "o": "0", "З": "3", "l": "1", "I": "1", "б": "6"}
    for index, ch in enumerate(text):
        if ch in digit_like:
            near = text[max(0, index - 2):index] + text[index + 1:index + 3]
            if any(c.isdigit() for c in near):
                out[index] = digit_like[ch]
    return "".join(out)


def _comment_shown(body: str) -> str:
    shown = json.loads(body)["comments"][0]["text"]
    if shown == REDACTION_FAILED:
        pytest.skip("the engine withheld the comment whole (budget): proves nothing")
    return shown


def _shown_comment(attack, text: str) -> str:
    """The owner's card with one comment `text` planted by the CRM, read through guard: the comment as shown."""
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}])

    async def scenario(stack, client):
        return await get(client, _card_url(stack))

    status, _, body = attack(scenario, crm=_serve(planted))
    assert status == 200
    return _comment_shown(body)


# --- 1. fields the policy shows as they are: a stranger after a well-formed start --------------------------
# `show` passed a scalar unchanged: a date, a time, a duration; and the 5-year rule read only the first 10 characters
# of contract.terminated_at as a date, so "2025-05-01 <anything>" was a recent date to the rule, the whole text on the
# screen, even under the refusal. Mended: `show_time` (guard/policy/operators.py), a date only when the whole value
# is one (parse_date).

_SHOWN_AS_IS = {
    "terminated-at-of-an-active-contract": lambda c: c["contract"].update(
        status="active", terminated_at=f"2025-05-01 доверенность на {STRANGER}, тел. {STRANGER_PHONE}"),
    "terminated-at-of-a-refused-contract": lambda c: c["contract"].update(
        status="terminated", terminated_at=f"2019-05-01 доверенность на {STRANGER}, тел. {STRANGER_PHONE}"),
    "call-time": lambda c: c["call_details"][0].update(at=f"2026-11-01T10:15:00 звонил {STRANGER} {STRANGER_PHONE}"),
    "comment-time": lambda c: c["comments"][0].update(at=f"2026-10-30T09:00:00 от {STRANGER} {STRANGER_PHONE}"),
    "call-duration-as-a-phone": lambda c: c["call_details"][0].update(duration_s=int(STRANGER_PHONE)),
    "tariff-as-a-float": lambda c: c["numbers"][0].update(tariff=float(STRANGER_PHONE)),
}


@pytest.mark.parametrize("where", [
    pytest.param("terminated-at-of-an-active-contract"),
    pytest.param("terminated-at-of-a-refused-contract"),
    pytest.param("call-time"),
    pytest.param("comment-time"),
    pytest.param("call-duration-as-a-phone"),
    pytest.param("tariff-as-a-float"),
])
def test_a_strangers_data_after_a_well_formed_date_or_as_a_number_in_a_shown_field_is_not_shown(attack, where):
    planted = card(PLAIN["msisdn"])
    _SHOWN_AS_IS[where](planted)

    async def scenario(stack, client):
        return await get(client, _card_url(stack))

    status, _, body = attack(scenario, crm=_serve(planted))
    assert status == 200
    assert found_in(STRANGER_PIECES, body) == [], body


# --- 2. the owner's numbers in digits a pattern does not read as digits ---------------------------------------

def _digits_in(table: str, text: str) -> str:
    return text.translate(str.maketrans("0123456789", table))


_ODD_DIGITS = {
    "superscript": "перезвонить на " + _digits_in("⁰¹²³⁴⁵⁶⁷⁸⁹", "8 903 123 45 67")
                   + ", паспорт " + _digits_in("⁰¹²³⁴⁵⁶⁷⁸⁹", "4505 678901"),
    "circled": "перезвонить на " + _digits_in("⓪①②③④⑤⑥⑦⑧⑨", "8 903 123 45 67")
               + ", паспорт " + _digits_in("⓪①②③④⑤⑥⑦⑧⑨", "4505 678901"),
    "mathematical-bold": "перезвонить на " + _digits_in("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "8 903 123 45 67")
                         + ", паспорт " + _digits_in("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "4505 678901"),
    "devanagari": "перезвонить на " + _digits_in("०१२३४५६७८९", "8 903 123 45 67")
                  + ", паспорт " + _digits_in("०१२३४५६७८९", "4505 678901"),
    "cyrillic-letters-for-digits": "перезвонить на 8 9О3 12З 45 67, паспорт 45О5 6789О1",
    "latin-letters-for-digits": "перезвонить на 8 9O3 l23 45 67, паспорт 45O5 6789Ol",
    "combining-overline": "перезвонить на " + "\u0305".join("89031234567") + "\u0305, паспорт "
                          + "\u0305".join("4505678901") + "\u0305",
}


@pytest.mark.parametrize("written", list(_ODD_DIGITS))
def test_the_owners_numbers_in_a_comment_are_masked_in_digits_of_any_form(attack, written):
    shown = _shown_comment(attack, _ODD_DIGITS[written])
    assert found_in(OWNER_NUMBERS, _as_read(shown)) == [], shown


# --- 3. the owner's surname with marks a reader does not see -------------------------------------------------

_MARKED_SURNAMES = {
    "stress-mark": "звонил Ива\u0301нов, просил перезвонить",
    "greek-omicron": "звонил Иван\u03bfв, просил перезвонить",
    "underlined-letters": "звонил " + "".join(ch + "\u0332" for ch in SURNAME) + ", просил перезвонить",
}


@pytest.mark.parametrize("written", list(_MARKED_SURNAMES))
def test_the_owners_surname_with_combining_or_greek_marks_in_a_comment_is_masked(attack, written):
    shown = _shown_comment(attack, _MARKED_SURNAMES[written])
    assert found_in([SURNAME], _as_read(shown)) == [], shown


# --- 4. the transport and the label ----------------------------------------------------------------------------

def _plain_card() -> bytes:
    return json_body(PLAIN).encode("utf-8")


async def _chunked(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    raw = _plain_card()
    for start in range(0, len(raw), 17):
        await response.write(raw[start:start + 17])
    await response.write_eof()
    return response


async def _deflated(request: web.Request) -> web.Response:
    return web.Response(body=zlib.compress(_plain_card()),
                        headers={"Content-Type": "application/json", "Content-Encoding": "deflate"})


async def _false_brotli(request: web.Request) -> web.Response:
    return web.Response(body=_plain_card(), headers={"Content-Type": "application/json", "Content-Encoding": "br"})


async def _ndjson(request: web.Request) -> web.Response:
    lines = [json_body(PLAIN), json_body(card("79160000005"))]
    return web.Response(text="\n".join(lines) + "\n", content_type="application/x-ndjson")


def _no_owner_data(status: int, body: str) -> list[str]:
    return found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567", "Тверск"], body)


@pytest.mark.parametrize("handler", [
    pytest.param(_chunked, id="chunked"),
    pytest.param(_deflated, id="deflate"),
    pytest.param(_false_brotli, id="labelled-br-but-plain"),
    pytest.param(_ndjson, id="ndjson"),
])
def test_a_card_chunked_compressed_or_streamed_as_lines_is_filtered_or_blocked(attack, handler):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/stream/{PLAIN['msisdn']}")

    status, headers, body = attack(scenario, crm=crm_with({"/api/stream/{msisdn}": handler}))
    assert status in (200, 502), (status, body)
    assert _no_owner_data(status, body) == [], body
    assert "Content-Encoding" not in headers or headers["Content-Encoding"] == "identity"


# A card under a content type the deployment passes unchanged (an image, a multipart bundle): the label is not
# the bytes, and an operator who saves the "image" reads the card. Mended: such a body holding JSON members is
# blocked (guard/proxy/forward.py, _holds_json_members).
_BOUNDARY = "b0undary"


def _labelled(content_type: str, body: bytes, extra: list[tuple[str, str]] = ()):
    async def handler(request: web.Request) -> web.Response:
        response = web.Response(body=body)
        response.headers["Content-Type"] = content_type
        for name, value in extra:
            response.headers.add(name, value)
        return response
    return handler


@pytest.mark.parametrize("content_type, body, extra", [
    pytest.param("image/png", b")]}'\n" + _plain_card(), [], id="xssi-prefix-as-an-image"),
    pytest.param("image/png", b"\x89PNG\r\n\x1a\n" + _plain_card(), [], id="png-magic-then-the-card"),
    pytest.param(f"multipart/mixed; boundary={_BOUNDARY}",
                 (f"--{_BOUNDARY}\r\nContent-Type: application/json\r\n\r\n").encode() + _plain_card()
                 + f"\r\n--{_BOUNDARY}--\r\n".encode(), [], id="multipart-with-a-json-part"),
    pytest.param("image/png", b")]}'\n" + _plain_card(), [("Content-Type", "application/json")],
                 id="two-content-types"),
])
def test_a_card_under_an_allow_listed_content_type_is_not_passed_unchanged(attack, content_type, body, extra):
    async def scenario(stack, client):
        async with client.get(f"{stack.guard_url}/crm/api/export/{PLAIN['msisdn']}") as resp:
            return resp.status, (await resp.read()).decode("utf-8", "replace")

    crm = crm_with({"/api/export/{msisdn}": _labelled(content_type, body, extra)})
    status, text = attack(scenario, crm=crm, allowed_content_types=["image/png", "multipart/mixed"])
    assert _no_owner_data(status, text) == [], text[:300]


_DATA_HEADERS = [
    ("Set-Cookie", f"last={SURNAME.encode('utf-8').hex()}; Path=/"), ("Set-Cookie", "passport=4505678901"),
    ("Link", f"</api/customers/79031234567>; rel=related; title=\"{PASSPORT_SERIES}{PASSPORT_NUMBER}\""),
    ("Location", "/api/customers/79031234567?passport=4505678901"),
    ("Content-Location", "/api/customers/79031234567"), ("ETag", '"4505678901"'),
    ("Content-Disposition", "attachment; filename=\"ivanov_4505678901.json\""),
    ("Refresh", "0; url=/api/customers/79031234567"), ("Warning", "199 - \"4505678901\""),
    ("Server-Timing", "db;desc=\"4505678901\""), ("X-Owner", "4505678901"), ("Vary", "X-4505678901"),
]


@pytest.mark.parametrize("status_code", [200, 302, 404, 500])
def test_headers_a_crm_sets_with_data_in_them_never_reach_the_operator(attack, status_code):
    async def handler(request: web.Request) -> web.Response:
        response = web.Response(status=status_code, text=json_body({"client_type": "individual"}),
                                content_type="application/json")
        for name, value in _DATA_HEADERS:
            response.headers.add(name, value)
        return response

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/x", allow_redirects=False)

    status, headers, _ = attack(scenario, crm=crm_with({"/api/x": handler}))
    header_text = "\n".join(f"{name}: {value}" for name, value in headers.items())
    assert found_in(["4505678901", "9031234567", SURNAME.encode("utf-8").hex()], header_text) == [], header_text
    assert not {"Set-Cookie", "Location", "Link", "ETag", "Content-Disposition"} & set(headers)


# --- 5. identification: claimed, expired, borrowed, raced --------------------------------------------------

def test_identification_claimed_in_the_body_that_opens_a_call_unlocks_nothing(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/calls", json={
                "msisdn": PLAIN["msisdn"], "operator_id": "op1021", "identification": "primary",
                "caller_gender": "male", "identified_by": "full_name", "confirmed": ["msisdn", "city_number"],
                "identification_locked": False}) as resp:
            call_id = (await resp.json())["call_id"]
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=_serve(PLAIN))
    shown = json.loads(body)
    assert status == 200 and headers["X-Guard-Identification"] == "none"
    assert shown["msisdn"] == "***" and shown["city_number"] == "***"


def test_an_expired_call_shows_nothing_of_what_its_identification_unlocked(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        before = await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})
        await asyncio.sleep(1.3)  # past session_ttl_s: a wait, not a timing threshold
        after = await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            again = resp.status
        return before, after, again

    before, (status, _, body), again = attack(scenario, crm=_serve(PLAIN), session_ttl_s=1.0)
    assert json.loads(before[2])["msisdn"] == "*******4567"  # the attack is real: it was unlocked
    assert status == 404 and "4567" not in body and again == 404


def test_another_operators_identified_call_id_unlocks_nothing_for_me(attack):
    async def scenario(stack, client):
        mine = bearer("op1021")
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"], headers=mine)
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", headers=mine, json={
                "method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"}) as resp:
            assert (await resp.json())["identification"] == "primary"
        theirs = {**bearer("op2042"), "X-Guard-Call": call_id}
        card_answer = await get(client, _card_url(stack), headers=theirs)
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm", headers=theirs,
                               json={"field": "contact.phone", "value": "79031234567"}) as resp:
            confirm = resp.status, await resp.text()
        return card_answer, confirm

    (status, _, body), (confirm_status, confirm_body) = attack(scenario, crm=_serve(PLAIN), auth_mode="token",
                                                               auth_key=TOKEN_KEY)
    assert status == 403 and "4567" not in body
    assert confirm_status == 403 and "true" not in confirm_body.lower()


def test_a_card_fetched_while_the_call_is_being_identified_matches_its_own_identification_header(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        fetches = [get(client, _card_url(stack), headers={"X-Guard-Call": call_id}) for _ in range(12)]

        async def identify() -> None:
            async with identify_primary(client, stack.guard_url, call_id) as resp:
                await resp.read()
        results = await asyncio.gather(*fetches[:6], identify(), *fetches[6:])
        return [result for result in results if result is not None]

    answers = attack(scenario, crm=_serve(PLAIN))
    for status, headers, body in answers:
        shown = json.loads(body)
        expected = "*******4567" if headers["X-Guard-Identification"] == "primary" else "***"
        assert status == 200 and shown["msisdn"] == expected, (headers["X-Guard-Identification"], shown["msisdn"])


# --- 6. the 5-year rule, written in other scripts and shapes -------------------------------------------------

def _owner_shown(status: int, headers: Any, body: str) -> list[str]:
    pieces = ["Пётр", "Сергеевич", SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER, "9031234567"]
    if status == 200 and headers.get("X-Guard-Refused") != "true":
        return found_in(pieces, body) or ["not refused"]
    return found_in(pieces, body)


@pytest.mark.parametrize("contract", [
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "２０１９-０５-０１"}, id="full-width-date"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "٢٠١٩-٠٥-٠١"}, id="arabic-indic-date"),
    pytest.param({"number": "0777777777", "status": "t\u0435rminated", "terminated_at": None}, id="cyrillic-e-in-status"),
    pytest.param({"number": "0777777777", "status": "active\u200b", "terminated_at": "2019-05-01"},
                 id="zero-width-active-with-an-old-date"),
    pytest.param([[{"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"}]],
                 id="nested-list-of-contracts"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": 2019.0501}, id="date-as-a-float"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01\x00"}, id="nul-after-date"),
    pytest.param({"number": "0777777777", "status": "terminated", "terminated_at": "2019-5-1"}, id="unpadded-date"),
])
def test_the_five_year_rule_holds_with_the_contract_written_in_other_scripts_and_shapes(attack, contract):
    old = card("79160000007", contract=contract)

    async def scenario(stack, client):
        return await get(client, _card_url(stack, old["msisdn"]))

    status, headers, body = attack(scenario, crm=_serve(old))
    assert _owner_shown(status, headers, body) == [], body


def test_a_refused_card_with_duplicate_contract_keys_is_refused_as_the_screen_reads_it(attack):
    """Two "contract" members: every JSON reader guard uses and the screen's JSON.parse take the last; the first,
    active one must not decide the refusal."""
    old = card("79160000007")
    raw = json_body(old)[:-1] + ', "contract": {"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"}}'

    async def at_card(request: web.Request) -> web.Response:
        return web.Response(text=raw, content_type="application/json")

    async def scenario(stack, client):
        return await get(client, _card_url(stack, old["msisdn"]))

    crm = web.Application()
    crm.router.add_get("/api/customers/{msisdn}", at_card)
    status, headers, body = attack(scenario, crm=crm)
    assert _owner_shown(status, headers, body) == [], body


# --- 7. the guard's own errors ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path, payload", [
    pytest.param("/v1/calls", {"msisdn": f"{SURNAME} 4505678901", "operator_id": "op1021"}, id="open-call-msisdn"),
    pytest.param("/v1/calls", {"msisdn": "79161234567", "operator_id": f"{SURNAME} 4505678901"}, id="open-call-operator"),
    pytest.param("/v1/calls/{call}/identify", {"method": f"{SURNAME} 4505678901", "caller_gender": "male"},
                 id="identify-method"),
    pytest.param("/v1/calls/{call}/identify", {"method": "primary", "caller_gender": "male",
                                               "full_name": ["Иванов", "4505678901"]}, id="identify-name-as-a-list"),
    pytest.param("/v1/calls/{call}/confirm", {"field": f"{SURNAME} 4505678901", "value": "x"}, id="confirm-field"),
    pytest.param("/v1/calls/{call}/confirm", {"field": "owner.passport", "value": "4505678901" * 40}, id="confirm-too-long"),
])
def test_guard_errors_do_not_echo_what_was_sent(attack, captured_logs, path, payload):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(stack.guard_url + path.format(call=call_id), json=payload) as resp:
            answer = resp.status, resp.headers.copy(), await resp.text()
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=_serve(PLAIN))
    assert status >= 400 or "confirm" in path
    assert found_in([SURNAME, "4505678901"], body, seen, captured_logs.getvalue()) == [], body


# --- 8. side channels: what differs with a hidden value ------------------------------------------------------

@pytest.mark.parametrize("hidden_change", [
    pytest.param(lambda c: c["owner"].update(last_name="Ким"), id="surname-length"),
    pytest.param(lambda c: c["owner"]["passport"].update(number="67890"), id="passport-number-length"),
    pytest.param(lambda c: c.update(email="a@b.ru"), id="e-mail-length"),
    pytest.param(lambda c: c["contact"].update(phone="+7 (903) 123-45-67"), id="contact-phone-written-otherwise"),
    pytest.param(lambda c: c["addresses"].update(registration="г. Москва, ул. Тверская, д. 5"), id="address-length"),
    pytest.param(lambda c: c["owner"].update(birth_date="1980-03-13"), id="birth-date"),
])
def test_two_cards_differing_only_in_a_hidden_value_give_the_same_answer(attack, hidden_change):
    """Size, status and headers are deterministic: any of them differing with a hidden value tells it apart."""
    assert_same_answer(attack, hidden_change, ("X-Guard-Identification", "X-Guard-Refused", "Content-Type"))


def assert_same_answer(attack, hidden_change, headers: tuple[str, ...]) -> None:
    """The plain card and a copy changed by `hidden_change` in hidden values only are answered alike: status, size,
    body and the named headers."""
    other = card(PLAIN["msisdn"])
    hidden_change(other)

    async def scenario(stack, client):
        return await get(client, _card_url(stack))

    (status1, headers1, body1), (status2, headers2, body2) = (attack(scenario, crm=_serve(c)) for c in (PLAIN, other))
    assert (status1, len(body1)) == (status2, len(body2))
    assert json.loads(body1) == json.loads(body2)
    for name in headers:
        assert headers1.get(name) == headers2.get(name)


@pytest.mark.parametrize("template, right, wrong", [
    pytest.param("клиент назвал серию {}, не совпало?", PASSPORT_SERIES, "4506", id="passport-series"),
    pytest.param("клиент назвал хвост контактного {}, проверить", "4567", "4576", id="contact-phone-tail"),
    pytest.param("клиент говорит, что фамилия {}", SURNAME, "Иванчук", id="surname"),
])
def test_a_comment_repeating_a_guess_is_masked_alike_for_a_right_and_a_wrong_guess(attack, template, right, wrong):
    """An operator who can write a comment in the CRM (another screen) writes a guess into it, then reads the card
    through guard: masked if it is the hidden value, shown as written if not — an oracle with no guessing limit."""
    right_shown, wrong_shown = (_shown_comment(attack, template.format(guess)) for guess in (right, wrong))
    assert (right in right_shown) == (wrong in wrong_shown), (right_shown, wrong_shown)


# --- 9. text the screen displays otherwise than it is stored ------------------------------------------------
# A right-to-left override shows "109876 5054" as "4505 678901"; a screen that renders HTML shows "&#52;" as "4";
# mathematical and full-width Latin letters read as the plain ones.

def _displayed(text: str) -> str:
    """`text` as a screen displays it: HTML character references decoded, and a run after a right-to-left override
    (up to the pop or the end) shown reversed."""
    import html
    import re

    text = html.unescape(text)
    return re.sub(r"\u202e([^\u202c]*)\u202c?", lambda m: m.group(1)[::-1], text)


_DISPLAYED_OTHERWISE = {
    "right-to-left-override": "перезвонить на \u202e76 54 321 309 8\u202c, паспорт \u202e109876 5054\u202c",
    "html-numeric-references": "паспорт " + "".join(f"&#{ord(ch)};" for ch in "4505 678901")
                               + ", клиент " + "".join(f"&#x{ord(ch):x};" for ch in SURNAME),
    "mathematical-latin-surname": "звонил \U0001d408\U0001d42f\U0001d41a\U0001d427\U0001d428\U0001d42f, просил перезвонить",
    "full-width-latin-surname-and-e-mail": "звонил Ｉｖａｎｏｖ, пишет с petr.ivanov＠mail.ru",
}


@pytest.mark.parametrize("written", list(_DISPLAYED_OTHERWISE))
def test_the_owners_data_in_a_comment_the_screen_displays_otherwise_is_masked(attack, written):
    shown = _shown_comment(attack, _DISPLAYED_OTHERWISE[written])
    assert found_in(OWNER_NUMBERS + [SURNAME, "Ivanov", "petr.ivanov"], _as_read(_displayed(shown))) == [], shown


def test_a_head_request_tells_nothing_of_the_cards_hidden_values_by_its_headers(attack):
    """A HEAD answer has no body but may carry the GET body's length: two cards differing only in hidden values'
    lengths must not be told apart by it."""
    other = card(PLAIN["msisdn"], owner__last_name="Ким", email="a@b.ru")

    async def scenario(stack, client):
        async with client.head(_card_url(stack)) as resp:
            return resp.status, {name: value for name, value in resp.headers.items()
                                 if name.lower() not in ("date", "x-request-id")}

    first, second = (attack(scenario, crm=_serve(c)) for c in (PLAIN, other))
    assert first == second


# --- 10. the 5-year rule for a body that names its customer where the path does not ----------------------------
# Under a path naming a customer guard checks that customer's card (s20). A CRM's own ids ("/api/profiles/42") name
# nobody guard can read, but the body says whose it is: a refused customer's profile claiming an active contract.

_REFUSED = card("79160000007", contract={"number": "0777777777", "status": "terminated", "terminated_at": "2019-05-01"})


@pytest.mark.parametrize("msisdn", [
    pytest.param(_REFUSED["msisdn"], id="as-stored"),
    pytest.param("+7 (916) 000-00-07", id="formatted"),
])
def test_a_body_at_an_opaque_path_claiming_a_refused_customers_number_is_refused(attack, msisdn):
    profile = {"msisdn": msisdn, "client_type": "individual", "payment_type": "postpaid",
               "contract": {"status": "active", "terminated_at": None},
               "de": {"first_name": "Пётр", "middle_name": "Сергеевич"}}

    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=json_body(profile), content_type="application/json")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/profiles/42")

    status, headers, body = attack(scenario, crm=crm_with({"/api/profiles/42": handler}, {_REFUSED["msisdn"]: _REFUSED}))
    assert _owner_shown(status, headers, body) == [], body


# --- 11. the one name shown as it is: the organization's contact person ----------------------------------------
# Инструкция запретов, п. 4: after identification by the organization's name the contact person's name may be told.
# The field was shown as it is — and a CRM may write more than a name there. Mended: `show_name`
# (guard/policy/operators.py), a name or nothing.

@pytest.mark.parametrize("person", [
    pytest.param(f"{STRANGER}, паспорт 4510 123456, тел. {STRANGER_PHONE}", id="passport-and-phone-after-the-name"),
    pytest.param(f"{STRANGER} ({STRANGER_PHONE})", id="phone-in-brackets"),
])
def test_the_contact_person_shown_after_organization_identification_shows_only_a_name(attack, person):
    org = card("79160000031", client_type="organization", owner__organization="ООО «Ромашка»",
               owner__last_name=None, owner__first_name=None, owner__middle_name=None,
               contact={"phone": "79031234567", "person": person, "email": None})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, org["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                "method": "primary", "organization": "Ромашка", "caller_gender": "unknown"}) as resp:
            assert (await resp.json())["identification"] == "primary"
        return await get(client, _card_url(stack, org["msisdn"]), headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=_serve(org))
    assert status == 200
    assert found_in(["4510123456", "123456", "9265550011", "5550011"], body) == [], body


# --- 12. the numbers shown whole once the caller confirmed one (Инструкция запретов, п. 5) ---------------------

def test_the_city_number_shown_after_the_caller_confirmed_it_shows_no_strangers_number_written_beside_it(attack):
    planted = card(PLAIN["msisdn"], city_number=f"74951234567, доп. {STRANGER} {STRANGER_PHONE}")

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, planted["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": "city_number", "value": "8 495 123-45-67"}) as resp:
            confirmed = (await resp.json())["matches"]
        return confirmed, await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    confirmed, (status, _, body) = attack(scenario, crm=_serve(planted))
    assert status == 200
    assert found_in(STRANGER_PIECES, body) == [], (confirmed, body)
