"""Red team, session 19: attacks on the CRM proxy that tests/security/ did not try yet, each against the real proxy on
loopback in front of a hostile CRM built for the attack (`crm_with`), looking for the value where it could surface —
the operator's answer (body and headers), the logs, GET /metrics and the audit file.

An attack that leaks is kept as a strict xfail whose reason starts with "LEAK", so the suite stays green and the leak
stays on record until guard/proxy/* or the policy is fixed; the test then passes, strict xfail fails, and the mark
must go.

Values are compared as a reader of the screen takes them in (`readable`): NFKC (full-width digits), other scripts'
decimal digits as 0-9 (Arabic-Indic), invisible format characters (zero-width space, soft hyphen) removed, Latin
look-alike letters read as Cyrillic, separators between digits removed.
"""
from __future__ import annotations

import asyncio
import gc
import gzip
import json
import re
import threading
import time
import unicodedata
from typing import Any, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from guard.proxy.serving import running_site
from security.conftest import Servers, get, open_call, servers, shown_text
from security.hostile_crm import PLAIN, card

SURNAME, PASSPORT_SERIES, PASSPORT_NUMBER = "Иванов", "4505", "678901"
CONTACT_PHONE = "79031234567"
OWNER_PIECES = [SURNAME, PASSPORT_SERIES, PASSPORT_NUMBER, "9031234567", "0123456789", "Тверск"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# --- helpers ------------------------------------------------------------------------------------------------

def crm_with(routes: dict[str, Handler], cards: dict[str, dict[str, Any]] | None = None) -> web.Application:
    """A CRM answering `routes` (path -> handler), plus every card of `cards` at /api/customers/{msisdn} (the card
    guard fetches to decide a response about that customer)."""
    cards = cards if cards is not None else {PLAIN["msisdn"]: PLAIN}
    app = web.Application()

    async def one_card(request: web.Request) -> web.Response:
        found = cards.get(request.match_info["msisdn"])
        if found is None:
            raise web.HTTPNotFound(text='{"error": "no such customer"}', content_type="application/json")
        return web.Response(text=json.dumps(found, ensure_ascii=False), content_type="application/json")

    for path, handler in routes.items():
        app.router.add_route("*", path, handler)
    app.router.add_get("/api/customers/{msisdn}", one_card)
    return app


def json_body(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# Latin letters that look like Cyrillic ones: the reader sees "Иванов" in "Ив" + Latin "a" + "нов".
_LOOK_ALIKES = str.maketrans("aeopcxyAEOPCXBKMHT", "аеорсхуАЕОРСХВКМНТ")


def readable(text: str) -> str:
    """`text` as its reader takes it in: NFKC, every script's decimal digits as 0-9, invisible characters (format and
    control characters but line breaks and tabs, the combining grapheme joiner) gone, Latin look-alikes read as the
    Cyrillic letters they look like, and the separators between two digits gone."""
    text = unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKES)
    text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text
                   if unicodedata.category(ch) not in ("Cf", "Cc") and ch != "\u034f" or ch in "\n\t")
    return re.sub(r"(?<=\d)[\s\-_.,·()/+]+(?=\d)", "", text)


def found_in(pieces: list[str], *texts: str) -> list[str]:
    """The pieces that appear in any of the texts, read as their reader reads them (see `readable`)."""
    joined = "\n".join(readable(shown_text(text)) for text in texts)
    return [piece for piece in pieces if readable(piece) in joined]


async def metrics_text(stack: Servers, client: aiohttp.ClientSession) -> str:
    status, _, text = await get(client, f"{stack.guard_url}/metrics")
    assert status == 200
    return text


async def everywhere(stack: Servers, client: aiohttp.ClientSession, answer: tuple[int, Any, str]) -> str:
    """The answer (body and headers), /metrics and the audit file, as one text to look for values in."""
    status, headers, body = answer
    header_text = "\n".join(f"{name}: {value}" for name, value in headers.items())
    return "\n".join([body, header_text, await metrics_text(stack, client),
                      json.dumps(stack.audit(), ensure_ascii=False)])


def identify_primary(client: aiohttp.ClientSession, guard_url: str, call_id: str, gender: str = "male") -> Any:
    return client.post(f"{guard_url}/v1/calls/{call_id}/identify",
                       json={"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": gender})


# --- 1. fields the policy shows as they are ------------------------------------------------------------------
# The policy shows a handful of fields unchanged (region, network, tariff, author, DE, the contract's status and
# date...). A CRM can put anything there; card-aware scrubbing (guard/proxy/scrub.py) subtracts whatever is shown
# from the secrets, so a hidden value repeated in a shown field stops being a secret everywhere.

def test_the_owners_hidden_values_copied_into_shown_fields_are_masked(attack, captured_logs):
    planted = card(PLAIN["msisdn"])
    planted["call_details"][0].update(region=SURNAME, network=f"{PASSPORT_SERIES} {PASSPORT_NUMBER}",
                                      duration_s=int(PASSPORT_SERIES + PASSPORT_NUMBER))
    planted["comments"][0]["author"] = "Иванов П.С."
    crm = crm_with({}, {planted["msisdn"]: planted})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm)
    assert status == 200 and json.loads(body)["owner"]["last_name"] == "***"
    assert found_in([SURNAME, PASSPORT_SERIES, PASSPORT_NUMBER, PASSPORT_SERIES + PASSPORT_NUMBER], body) == []
    # /metrics timings, the audit's hashes and the log's durations hold short digit runs by chance: long pieces there
    assert found_in([SURNAME, PASSPORT_SERIES + PASSPORT_NUMBER], seen, captured_logs.getvalue()) == []


def test_a_refused_card_shows_no_owner_data_through_the_fields_shown_under_refusal(attack, captured_logs):
    old = card("79160000017", owner__last_name="Журавлёва",
               contract={"number": "0777777777", "status": "terminated",
                         "terminated_at": "2019-05-01 Журавлёва 4505 678901"},
               flash_restrictions=["no_contact_person", "Журавлёва паспорт 4505 678901"], client_type="Журавлёва")
    crm = crm_with({}, {old["msisdn"]: old})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{old['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, headers, body), seen = attack(scenario, crm=crm)
    assert status == 200 and headers["X-Guard-Refused"] == "true"
    assert found_in(["Журавлёв", PASSPORT_SERIES, PASSPORT_NUMBER], body) == []
    # /metrics timings, the audit's hashes and the log's durations hold short digit runs by chance: long pieces there
    assert found_in(["Журавлёв", PASSPORT_SERIES + PASSPORT_NUMBER], seen, captured_logs.getvalue()) == []


def test_an_object_under_a_shown_field_shows_nothing_of_its_keys_or_values(attack):
    planted = card(PLAIN["msisdn"])
    planted["numbers"][0]["tariff"] = {"Сидоров Олег Ильич": "паспорт 4510 123456"}
    planted["de"] = {"first_name": {"last_name": "Иванов", "snils": "112-233-445 95"}, "middle_name": "Сергеевич"}
    crm = crm_with({}, {planted["msisdn"]: planted})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm)
    assert status == 200
    assert found_in(["Сидоров", "4510", "123456", SURNAME, "11223344595"], body) == []


# --- 2. keys: duplicated, differing by case or by look --------------------------------------------------------

def test_duplicate_case_variant_and_lookalike_keys_reveal_nothing(attack, captured_logs):
    # Duplicates: the last one wins in guard's parser and in the re-serialised answer (one key per name, no trace of
    # the first). Case and look-alikes (Cyrillic о/е, full-width, zero-width joiner, trailing space) name no policy
    # path, so they are default-denied — and, not being field names, dropped with their values.
    raw = json_body(PLAIN)[:-1] + (
        ', "de": {"first_name": "Иванов 4505 678901", "first_name": "Пётр"}'
        ', "Owner": {"last_name": "Иванов"}, "OWNER": "Иванов 4505 678901"'
        ', "оwner": {"last_name": "Иванов"}, "d\u0435": {"first_name": "Иванов"}'
        ', "\uff44\uff45": {"first_name": "Иванов"}, "de\u200d": {"first_name": "Иванов 4505678901"}'
        ', "de ": {"first_name": "Иванов"}, "payment_type": "postpaid"}')
    assert raw.count('"de"') == 2

    async def as_is(request: web.Request) -> web.Response:
        return web.Response(text=raw, content_type="application/json")

    crm = crm_with({"/raw/{msisdn}": as_is})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/raw/{PLAIN['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm)
    assert status == 200 and json.loads(body)["de"] == {"first_name": "Пётр"}
    assert found_in(OWNER_PIECES, seen, captured_logs.getvalue()) == []


# --- 3. the owner's values in comments, written so a pattern or a dictionary misses them ----------------------

_DISGUISED = {
    "full-width digits": "перезвонить на \uff18\uff19\uff10\uff13\uff11\uff12\uff13\uff14\uff15\uff16\uff17, "
                         "паспорт \uff14\uff15\uff10\uff15 \uff16\uff17\uff18\uff19\uff10\uff11",
    "Arabic-Indic digits": "перезвонить на \u0668\u0669\u0660\u0663\u0661\u0662\u0663\u0664\u0665\u0666\u0667, "
                           "паспорт \u0664\u0665\u0660\u0665 \u0666\u0667\u0668\u0669\u0660\u0661",
    "zero-width spaces": "перезвонить на 8\u200b903\u200b123\u200b45\u200b67, паспорт 45\u200b05 67\u200b89\u200b01",
    "soft hyphens and a zero-width joiner": "клиент Ива\u00adнов, тел. 8\u00ad903\u00ad123\u00ad45\u00ad67, "
                                            "паспорт 4505\u200d678901",
    "NUL characters": "перезвонить на 8\x00903\x00123\x0045\x0067",
    "invisible marks": "клиент Ива\u034fнов, тел. 8\u2060903\u2060123\u206045\u206067, паспорт 4505\u2063678901",
    "odd separators": "перезвонить на 8_903_123_45_67 или 8·903·123·45·67, паспорт 4505|678901",
    "Latin letters": "звонил Ivanov Petr Sergeevich, prosil perezvonit na 8 903 123 45 67",
    "Latin look-alike letters": "звонил Ив\u0061нов, тел. 8 903 123 45 67",  # a Latin 'a' in the surname
}


@pytest.mark.parametrize("disguise", [
    "full-width digits",
    "Arabic-Indic digits",
    "zero-width spaces",
    "soft hyphens and a zero-width joiner",
    "Latin letters",
    "Latin look-alike letters",
    "invisible marks",
    pytest.param("NUL characters"),
    pytest.param("odd separators"),
])
def test_the_owners_numbers_and_surname_in_a_comment_are_masked_however_they_are_written(attack, captured_logs,
                                                                                          disguise):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": _DISGUISED[disguise]}])
    crm = crm_with({}, {planted["msisdn"]: planted})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm)
    assert status == 200
    shown = json.loads(body)["comments"][0]["text"]
    assert found_in(["9031234567", "1234567", PASSPORT_SERIES + PASSPORT_NUMBER, PASSPORT_NUMBER, SURNAME, "Ivanov"],
                    shown, seen, captured_logs.getvalue()) == [], shown


# --- 4. what the operator's request leaves in the audit --------------------------------------------------------

def test_a_name_in_the_request_path_does_not_reach_the_audit(attack, captured_logs):
    async def search(request: web.Request) -> web.Response:
        return web.json_response({"found": 0})

    crm = crm_with({"/api/search/{name}": search})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/search/Zhuravleva-Inna_Olegovna")
        return answer, await everywhere(stack, client, answer)

    (status, _, _), seen = attack(scenario, crm=crm)
    assert status == 400  # a name sent in the path is a value, not an id: not forwarded (red team bb19, f01)
    assert found_in(["Zhuravleva", "Olegovna"], seen, captured_logs.getvalue()) == []


def test_digits_smuggled_into_the_confirm_field_do_not_reach_the_audit(attack, captured_logs):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": f"numbers[{CONTACT_PHONE}].msisdn", "value": "1"}) as resp:
            answer = (resp.status, resp.headers, await resp.text())
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm_with({}))
    assert status == 400 or json.loads(body) == {"matches": False}
    assert found_in([CONTACT_PHONE], seen, captured_logs.getvalue()) == []


def test_a_method_or_a_call_id_made_of_a_number_leaves_no_trace(attack, captured_logs):
    async def scenario(stack, client):
        host, port = stack.guard_url.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(f"M{CONTACT_PHONE} /crm/api/customers/{PLAIN['msisdn']} HTTP/1.1\r\nHost: x\r\n"
                     "Connection: close\r\n\r\n".encode())
        await writer.drain()
        raw = (await reader.read()).decode("utf-8", "replace")
        writer.close()
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}",
                           headers={"X-Guard-Call": f"call-{CONTACT_PHONE}abcdefgh"})
        return raw, answer, await everywhere(stack, client, answer)

    raw, (status, _, _), seen = attack(scenario, crm=crm_with({}))
    assert raw.startswith("HTTP/1.") and " 400 " in raw.split("\r\n", 1)[0] and status == 404
    assert found_in([CONTACT_PHONE], raw, seen, captured_logs.getvalue()) == []


# --- 5. the 5-year rule when the number in the path is spelled the way a CRM reads it ------------------------

_OLD = card("79160000007", contract={"number": "0777777777", "status": "terminated", "terminated_at": "2021-05-01"},
            comments=[{"at": "2021-04-01T10:00:00", "author": "op7", "text": "Клиент просил перезвонить позже"}])


def _numeric_id_crm() -> web.Application:
    """A CRM that reads the customer number as an integer, as a typed route (`msisdn: int`) or `int()` does: leading
    zeros, '_' between digits and any script's decimal digits name the same customer."""
    async def lookup(request: web.Request) -> dict[str, Any]:
        try:
            key = str(int(request.match_info["msisdn"]))
        except ValueError:
            raise web.HTTPNotFound(text='{"error": "bad number"}', content_type="application/json") from None
        if key != _OLD["msisdn"]:
            raise web.HTTPNotFound(text='{"error": "no such customer"}', content_type="application/json")
        return _OLD

    async def one_card(request: web.Request) -> web.Response:
        return web.json_response(await lookup(request))

    async def note(request: web.Request) -> web.Response:
        lines = [f"{c['at']} {c['author']}: {c['text']}" for c in (await lookup(request))["comments"]]
        return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")

    app = web.Application()
    app.router.add_get("/api/customers/{msisdn}", one_card)
    app.router.add_get("/api/customers/{msisdn}/note", note)
    return app


@pytest.mark.parametrize("spelled", [
    pytest.param("0" + _OLD["msisdn"], id="leading-zero"),
    pytest.param("7_916_000_00_07", id="underscores"),
    pytest.param("".join(chr(0x0660 + int(d)) for d in _OLD["msisdn"]), id="arabic-indic"),
    pytest.param("+" + _OLD["msisdn"], id="plus"),
])
def test_the_five_year_rule_holds_for_the_number_as_a_numeric_id_crm_reads_it(attack, spelled):
    async def scenario(stack, client):
        path = "".join(ch if ch.isascii() else "".join(f"%{b:02X}" for b in ch.encode()) for ch in spelled)
        note = await get(client, URL(f"{stack.guard_url}/crm/api/customers/{path}/note", encoded=True))
        whole = await get(client, URL(f"{stack.guard_url}/crm/api/customers/{path}", encoded=True))
        return note, whole

    (status, headers, text), (card_status, card_headers, _) = attack(scenario, crm=_numeric_id_crm())
    assert card_status == 200 and card_headers["X-Guard-Refused"] == "true"  # the card itself: refused by its body
    assert status in (200, 404) and "перезвонить" not in text
    assert status == 404 or headers["X-Guard-Refused"] == "true"


# --- 6. the CRM's transport: slow, cut off, compressed, redirected -------------------------------------------

def _card_bytes() -> bytes:
    return json_body(PLAIN).encode("utf-8")


def _no_card_in(answer: tuple[int, Any, str]) -> list[str]:
    status, headers, body = answer
    return found_in(OWNER_PIECES, body, "\n".join(f"{k}: {v}" for k, v in headers.items()))


def test_a_crm_that_stalls_before_or_during_its_answer_fails_closed_with_504(attack, captured_logs):
    async def stall_before(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.Response(body=_card_bytes(), content_type="application/json")

    async def stall_during(request: web.Request) -> web.StreamResponse:
        body = _card_bytes()
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[: len(body) // 2])
        await asyncio.sleep(2)
        await response.write(body[len(body) // 2:])
        return response

    crm = crm_with({"/slow/headers": stall_before, "/slow/body": stall_during})

    async def scenario(stack, client):
        answers = [await get(client, f"{stack.guard_url}/crm/slow/headers"),
                   await get(client, f"{stack.guard_url}/crm/slow/body")]
        return answers, await everywhere(stack, client, answers[-1])

    answers, seen = attack(scenario, crm=crm, upstream_timeout_s=0.5)
    for status, headers, body in answers:
        assert status == 504 and json.loads(body) == {"error": "upstream did not answer in time"}
        assert _no_card_in((status, headers, body)) == []
    assert found_in(OWNER_PIECES, seen, captured_logs.getvalue()) == []


class _CutOff(Exception):
    """Raised by a CRM handler mid-answer: aiohttp drops the connection."""


def test_a_crm_answer_cut_off_mid_body_is_502_and_no_byte_of_it_is_shown(attack, captured_logs):
    async def short_of_its_length(request: web.Request) -> web.StreamResponse:
        body = _card_bytes()
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(body) + 100
        await response.prepare(request)
        await response.write(body)
        raise _CutOff()

    async def unfinished_chunks(request: web.Request) -> web.StreamResponse:
        body = _card_bytes()
        response = web.StreamResponse(headers={"Content-Type": "text/plain"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(b"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2 4505 678901\n")  # "Иванов 4505 678901"
        await response.write(body[:200])
        raise _CutOff()

    crm = crm_with({"/cut/length": short_of_its_length, "/cut/chunked": unfinished_chunks})

    async def scenario(stack, client):
        return [await get(client, f"{stack.guard_url}/crm/cut/length"),
                await get(client, f"{stack.guard_url}/crm/cut/chunked")]

    answers = attack(scenario, crm=crm)
    for status, headers, body in answers:
        assert status == 502 and "cut off" in json.loads(body)["error"]
        assert _no_card_in((status, headers, body)) == []
    assert found_in(OWNER_PIECES, captured_logs.getvalue()) == []


def test_compressed_crm_answers_are_filtered_and_a_compression_bomb_or_a_lie_is_blocked(attack):
    bomb = gzip.compress(b'{"comments": [{"text": "' + b"0" * 3_000_000 + b'"}]}')

    async def gzipped(request: web.Request) -> web.Response:
        return web.Response(body=gzip.compress(_card_bytes()),
                            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})

    async def exploding(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})

    async def not_really(request: web.Request) -> web.Response:
        return web.Response(body=_card_bytes(), headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})

    crm = crm_with({"/gz/card": gzipped, "/gz/bomb": exploding, "/gz/lie": not_really})

    async def scenario(stack, client):
        return [await get(client, f"{stack.guard_url}/crm/gz/{name}") for name in ("card", "bomb", "lie")]

    (status, _, body), (bomb_status, _, bomb_body), (lie_status, _, lie_body) = attack(
        scenario, crm=crm, max_response_bytes=1_000_000)
    assert len(bomb) < 1_000_000 < 3_000_000  # small on the wire, over the limit once inflated
    assert status == 200 and json.loads(body)["owner"]["passport"] == "***"
    assert bomb_status == 502 and "size limit" in json.loads(bomb_body)["error"]
    assert lie_status == 502
    for text in (body, bomb_body, lie_body):
        assert found_in(OWNER_PIECES, text) == []


def test_a_redirect_and_headers_carrying_data_are_neither_followed_nor_passed_on(attack, captured_logs):
    data_headers = {
        "Location": "/api/customers/79161234567?surname=Ivanov&passport=4505678901",
        "Set-Cookie": "owner=Ivanov-4505678901; Path=/",
        "X-Customer": "Ivanov 4505 678901",
        "Link": "</api/customers/79031234567>; rel=related",
        "Content-Disposition": 'attachment; filename="Ivanov_4505678901.json"',
        "ETag": '"4505678901"',
        "Warning": '199 - "Ivanov 4505678901"',
        "Refresh": "0; url=/api/customers/79031234567",
    }
    seen_paths: list[str] = []

    async def redirect(request: web.Request) -> web.Response:
        seen_paths.append(request.path)
        return web.Response(status=302, headers=data_headers)

    async def card_with_headers(request: web.Request) -> web.Response:
        seen_paths.append(request.path)
        return web.Response(body=_card_bytes(), headers={**data_headers, "Content-Type": "application/json"})

    crm = crm_with({"/moved": redirect, "/with-headers": card_with_headers})

    async def scenario(stack, client):
        moved = await get(client, f"{stack.guard_url}/crm/moved", allow_redirects=False)
        carded = await get(client, f"{stack.guard_url}/crm/with-headers")
        return moved, carded, await everywhere(stack, client, carded)

    moved, carded, seen = attack(scenario, crm=crm)
    assert seen_paths == ["/moved", "/with-headers"]  # the redirect was not followed by guard
    assert moved[0] == 302 and "Location" not in moved[1] and carded[0] == 200
    for _, headers, _ in (moved, carded):
        assert not {"Set-Cookie", "X-Customer", "Link", "Content-Disposition", "ETag", "Warning", "Refresh"} & set(headers)
    assert found_in(["Ivanov", "4505678901", "79031234567", "9031234567"],
                    seen, *(f"{k}: {v}" for k, v in moved[1].items()), captured_logs.getvalue()) == []


# --- 7. labels: a card under another name ---------------------------------------------------------------------

def test_a_card_under_any_json_label_or_none_is_filtered(attack):
    def labelled(content_type: str | None, encoding: str = "utf-8") -> Handler:
        async def handler(request: web.Request) -> web.Response:
            headers = {"Content-Type": content_type} if content_type else {}
            return web.Response(body=json_body(PLAIN).encode(encoding), headers=headers)
        return handler

    routes = {
        "/vendor": labelled("application/vnd.crm.customer.v2+json"),
        "/problem": labelled("application/problem+json"),
        "/unlabelled": labelled(None),
        "/utf16": labelled("application/json; charset=utf-16", "utf-16"),
        "/windows-cyrillic": labelled("text/plain; charset=windows-1251", "cp1251"),
        "/octets": labelled("application/octet-stream"),
    }
    crm = crm_with(routes)

    async def scenario(stack, client):
        return {path: await get(client, f"{stack.guard_url}/crm{path}") for path in routes}

    answers = attack(scenario, crm=crm)
    for path, (status, headers, body) in answers.items():
        assert status == 200 and json.loads(body)["owner"]["last_name"] == "***", path
        assert _no_card_in((status, headers, body)) == [], path


def test_a_card_in_utf16_under_an_allow_listed_type_is_still_filtered(attack):
    async def utf16(request: web.Request) -> web.Response:
        return web.Response(body=json_body(PLAIN).encode("utf-16"), headers={"Content-Type": "text/html"})

    crm = crm_with({"/utf16-html": utf16})

    async def scenario(stack, client):
        async with client.get(f"{stack.guard_url}/crm/utf16-html") as resp:
            return resp.status, await resp.read()

    status, raw = attack(scenario, crm=crm, allowed_content_types=["text/html"])
    shown = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8", "replace")
    assert found_in(OWNER_PIECES, shown) == [], status


def test_a_crm_error_answer_holding_the_card_is_filtered_like_the_card(attack):
    async def failing(request: web.Request) -> web.Response:
        return web.Response(status=500, body=_card_bytes(), content_type="application/json")

    async def not_found_quoting(request: web.Request) -> web.Response:
        return web.Response(status=404, text=f"нет заявки для Иванов, паспорт 4505 678901, тел. 8 903 123-45-67",
                            content_type="text/plain")

    crm = crm_with({"/err/server-error": failing, "/api/customers/{msisdn}/tickets": not_found_quoting})

    async def scenario(stack, client):
        return [await get(client, f"{stack.guard_url}/crm/err/server-error"),
                await get(client, f"{stack.guard_url}/crm/api/customers/{PLAIN['msisdn']}/tickets")]

    (status, _, body), (text_status, _, text) = attack(scenario, crm=crm)
    assert status == 500 and json.loads(body)["owner"]["last_name"] == "***"
    assert text_status == 404
    for shown in (body, text):
        assert found_in(OWNER_PIECES, shown) == [], shown


# --- 8. the operator's request: raising identification, changing the call's context ----------------------------

_TWO_NUMBERS = card(PLAIN["msisdn"], numbers=[{"msisdn": PLAIN["msisdn"], "tariff": "Мой безлимит"},
                                              {"msisdn": "79260001122", "tariff": "Планшет"}])


def test_identification_cannot_be_raised_by_headers_query_or_extra_body_fields(attack):
    crm = crm_with({}, {_TWO_NUMBERS["msisdn"]: _TWO_NUMBERS})
    claims = {"X-Guard-Identification": "primary", "X-Guard-Caller-Gender": "male", "X-Guard-Identified-By": "full_name",
              "X-Guard-Confirmed": "msisdn,city_number", "X-Operator-Roles": "audit"}

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"])
        # A wrong name, with every field a screen could add to claim the outcome; then the card with claims.
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                               json={"method": "primary", "full_name": "Петров Пётр Сергеевич", "caller_gender": "male",
                                     "identification": "primary", "matched": True, "identified_by": "full_name",
                                     "confirmed": ["msisdn", "city_number"]}) as resp:
            identified = await resp.json()
        url = (f"{stack.guard_url}/crm/api/customers/{_TWO_NUMBERS['msisdn']}"
               "?identification=primary&caller_gender=male")
        with_call = await get(client, url, headers={**claims, "X-Guard-Call": call_id})
        without_call = await get(client, url, headers=claims)
        return identified, with_call, without_call

    identified, with_call, without_call = attack(scenario, crm=crm)
    assert identified == {"identification": "none", "matched": False}
    for status, headers, body in (with_call, without_call):
        shown = json.loads(body)
        assert status == 200 and headers["X-Guard-Identification"] == "none"
        assert shown["msisdn"] == "***" and shown["city_number"] == "***" and len(shown["numbers"]) == 1
        assert found_in(["4567", "1122", "79260001122"], body) == []


def test_an_identified_call_unlocks_only_its_own_card_whatever_the_path_says(attack):
    other = card("79169998877", owner__last_name="Петрова", owner__gender="male")
    crm = crm_with({}, {_TWO_NUMBERS["msisdn"]: _TWO_NUMBERS, other["msisdn"]: other})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        own = await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO_NUMBERS['msisdn']}",
                        headers={"X-Guard-Call": call_id})
        other_card = await get(client, f"{stack.guard_url}/crm/api/customers/{other['msisdn']}"
                                       f"?msisdn={_TWO_NUMBERS['msisdn']}", headers={"X-Guard-Call": call_id})
        return own, other_card

    (_, own_headers, own_body), (status, headers, body) = attack(scenario, crm=crm)
    assert own_headers["X-Guard-Identification"] == "primary" and json.loads(own_body)["msisdn"] == "*******4567"
    assert status == 200 and headers["X-Guard-Identification"] == "none"
    assert json.loads(body)["msisdn"] == "***" and found_in(["8877", "Петров"], body) == []


# --- 9. the decision cache and the text cache across calls, levels and customers ------------------------------

def test_a_cached_decision_is_never_served_to_another_identification_level_or_caller(attack):
    crm = crm_with({}, {_TWO_NUMBERS["msisdn"]: _TWO_NUMBERS})
    url_of = f"/crm/api/customers/{_TWO_NUMBERS['msisdn']}"

    async def scenario(stack, client):
        # three operators' calls read in turn (one open call per operator: red team bb17, 22)
        identified = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"], "op-identified")
        async with identify_primary(client, stack.guard_url, identified) as resp:
            assert (await resp.json())["identification"] == "primary"
        woman = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"], "op-woman")
        async with identify_primary(client, stack.guard_url, woman, gender="female") as resp:
            assert (await resp.json())["identification"] == "primary"
        alternative = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"], "op-alternative")
        async with client.post(f"{stack.guard_url}/v1/calls/{alternative}/identify",
                               json={"method": "alternative", "passport": "4505 678901", "birth_date": "1980-03-12",
                                     "caller_gender": "male"}) as resp:
            assert (await resp.json())["identification"] == "alternative"
        answers = []
        for call_id in (identified, None, woman, alternative, identified, None):
            headers = {"X-Guard-Call": call_id} if call_id else {}
            answers.append(await get(client, stack.guard_url + url_of, headers=headers))
        return answers

    answers = attack(scenario, crm=crm)
    shown = [json.loads(body) for _, _, body in answers]
    assert [one["msisdn"] for one in shown] == ["*******4567", "***", "***", "***", "*******4567", "***"]
    for one, (_, _, body) in list(zip(shown, answers))[1:4] + [(shown[5], answers[5])]:
        assert len(one["numbers"]) == 1 and found_in(["4567", "1122"], body) == []


def test_a_comment_redacted_for_one_customer_is_scrubbed_by_the_card_it_appears_on(attack):
    # The text cache keeps the engine's result per text; card-aware scrubbing runs per response, on the card at hand.
    # "номер заявки ..." is a number nobody owns for the engine (a ticket), so only the card can say it is the
    # contact phone — on the card whose contact it is, whatever another card got for the same text.
    note = "номер заявки 89031234567, повторная заявка 4505 678901"
    first = card("79160000021", comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": note}],
                 contact={"phone": "79265550011", "person": "Сидоров Олег Ильич", "email": None},
                 owner__passport={"series": "4510", "number": "123456", "issued_by": "ОВД", "issued_at": "2010-01-01"})
    second = card("79160000022", comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": note}])
    crm = crm_with({}, {first["msisdn"]: first, second["msisdn"]: second})

    async def scenario(stack, client):
        return [await get(client, f"{stack.guard_url}/crm/api/customers/{one['msisdn']}") for one in (first, second)]

    (first_status, _, _), (_, _, second_body) = attack(scenario, crm=crm)
    assert first_status == 200
    second_text = json.loads(second_body)["comments"][0]["text"]
    assert found_in(["9031234567", "1234567", PASSPORT_SERIES, PASSPORT_NUMBER], second_text) == [], second_text


# --- 10. failures that could quote what failed ----------------------------------------------------------------

class _QuotingEngine:
    """A text engine that fails the way a lookup fails — a KeyError naming the word it choked on — after `delay_s`.
    Whatever asyncio or the pool do with the exception, the word must not reach a log."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.raised = threading.Event()

    def redact(self, text: str) -> Any:
        time.sleep(self.delay_s)
        self.raised.set()
        raise KeyError(f"{text} Иванов 4505 678901")


@pytest.mark.parametrize(("delay_s", "budget_s"), [
    pytest.param(0.0, 30.0, id="within-the-budget"),
    pytest.param(0.5, 0.1, id="after-the-budget"),
])
def test_an_engine_exception_quoting_the_text_reaches_no_log_answer_or_audit(tmp_path, policy, captured_logs, delay_s,
                                                                              budget_s):
    quoted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": "Сидоров звонил"}])
    engine = _QuotingEngine(delay_s)

    async def main() -> Any:
        async with servers(tmp_path, engine, policy, crm=crm_with({}, {quoted["msisdn"]: quoted}),
                           detection_budget_s=budget_s, decision_cache_size=0, text_cache_size=0) as stack:
            async with aiohttp.ClientSession() as client:
                answer = await get(client, f"{stack.guard_url}/crm/api/customers/{quoted['msisdn']}")
                for _ in range(600):  # the late exception lands after its request has left (bounded: 30 s)
                    if engine.raised.is_set():
                        break
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.2)  # its state reaches the loop's futures
                gc.collect()
                await asyncio.sleep(0.05)
                return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = asyncio.run(main())
    gc.collect()
    assert engine.raised.is_set()
    assert status == 200 and json.loads(body)["comments"][0]["text"] == "[скрыто]"
    assert found_in(["Сидоров", SURNAME, PASSPORT_NUMBER], seen, captured_logs.getvalue()) == []


def test_a_note_whose_card_the_crm_will_not_give_is_withheld(attack):
    async def note(request: web.Request) -> web.Response:
        return web.Response(text="2019-04-01 op7: просил перезвонить, контакт 8 903 123-45-67\n", content_type="text/plain")

    # The card route knows no customer (crm_with with no cards); the note route still answers for the number.
    crm = crm_with({"/api/customers/{msisdn}/note": note}, {})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79160000031/note")

    status, headers, text = attack(scenario, crm=crm)
    assert status != 200 or headers.get("X-Guard-Refused") == "true" or "перезвонить" not in text, text


# --- 11. a number split across two comments, and the text cache -----------------------------------------------
# The engine reads a card's new comments together (guard/proxy/detection.py: joined by a blank line), so a number
# split over two comments is found across them. The text cache keeps each comment's result alone: a piece first
# seen alone — on another card, or on this card before the CRM added the rest — is answered from the cache, and
# the pieces are never read together again.

_HALVES = ["перезвоните на 8 903 123", "45 67"]  # the contact phone 79031234567, in two comments


def _with_comments(msisdn: str, texts: list[str]) -> dict[str, Any]:
    return card(msisdn, comments=[{"at": f"2026-10-30T09:0{i}:00", "author": "op1", "text": text}
                                  for i, text in enumerate(texts)])


def _comments_read_together(body: str) -> str:
    return " ".join(comment["text"] for comment in json.loads(body)["comments"])


def test_a_number_split_over_two_new_comments_is_masked(attack):
    split = _with_comments(PLAIN["msisdn"], _HALVES)

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{split['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {split["msisdn"]: split}))
    assert status == 200
    assert found_in(["9031234567", "1234567"], _comments_read_together(body)) == [], body


def test_a_number_split_over_two_comments_already_seen_apart_is_masked(attack):
    first_half = _with_comments("79160000041", _HALVES[:1])
    second_half = _with_comments("79160000042", _HALVES[1:])
    split = _with_comments(PLAIN["msisdn"], _HALVES)
    crm = crm_with({}, {one["msisdn"]: one for one in (first_half, second_half, split)})

    async def scenario(stack, client):
        for one in (first_half, second_half):
            status, _, _ = await get(client, f"{stack.guard_url}/crm/api/customers/{one['msisdn']}")
            assert status == 200
        return await get(client, f"{stack.guard_url}/crm/api/customers/{split['msisdn']}")

    status, _, body = attack(scenario, crm=crm)
    assert status == 200
    assert found_in(["9031234567", "1234567"], _comments_read_together(body)) == [], body


# --- 12. data that fits the shape guard lets through: identifier-like keys, an HTTP date ----------------------

def test_a_transliterated_name_used_as_a_key_reaches_neither_the_screen_nor_the_audit(attack, captured_logs):
    planted = card(PLAIN["msisdn"])
    planted["zhuravleva_inna"] = "x"
    planted["contact"] = {"ivanov": None, "petrivanov": "mobile"}

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    assert status == 200 and json.loads(body)["owner"]["last_name"] == "***"
    assert [piece for piece in ("zhuravleva", "ivanov") if piece in seen.lower() + captured_logs.getvalue().lower()] == []


def test_a_retry_after_date_carrying_the_birth_date_is_dropped(attack):
    async def dated(request: web.Request) -> web.Response:
        return web.Response(body=_card_bytes(), content_type="application/json",
                            headers={"Retry-After": "Wed, 12 Mar 1980 00:00:00 GMT"})

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/dated")

    status, headers, _ = attack(scenario, crm=crm_with({"/dated": dated}))
    assert status == 200 and "1980" not in headers.get("Retry-After", "")


# --- 13. a card written as text, at a path that names no customer ----------------------------------------------
# Any JSON body meets the policy's default deny; text goes to the engine alone when the path names no customer
# (no card to scrub by). A CRM export in key: value lines is text.

def test_a_card_written_as_key_value_text_shows_no_passport_phone_or_name(attack):
    export = ("last_name: Иванов\nfirst_name: Пётр\npassport_series: 4505\npassport_number: 678901\n"
              "contact_phone: 79031234567\nregistration: г. Москва, ул. Тверская, д. 5, кв. 12\n")

    async def as_text(request: web.Request) -> web.Response:
        return web.Response(text=export, content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/export/last-call")

    status, _, text = attack(scenario, crm=crm_with({"/api/export/last-call": as_text}))
    assert status == 200
    assert found_in([SURNAME, PASSPORT_SERIES, PASSPORT_NUMBER, "9031234567", "Тверск"], text) == [], text


# --- 14. the request target and the call's context, once more -------------------------------------------------

def test_an_absolute_form_request_target_cannot_send_guard_to_another_server(attack):
    """`GET http://host:port/crm/... HTTP/1.1` is legal HTTP; guard builds the upstream URL from the raw target.
    Whatever it builds, nothing may reach a server other than the configured CRM, and nothing unfiltered comes back."""
    internal_seen: list[str] = []

    async def internal(request: web.Request) -> web.Response:
        internal_seen.append(request.path)
        return web.Response(text=json_body(PLAIN), content_type="text/html")

    internal_app = web.Application()
    internal_app.router.add_route("*", "/{tail:.*}", internal)

    async def scenario(stack, client):
        async with running_site(internal_app) as internal_url:
            host, port = stack.guard_url.removeprefix("http://").split(":")
            internal_host = internal_url.removeprefix("http://")
            answers = []
            for target in (f"http://{internal_host}/crm/api/customers/{PLAIN['msisdn']}",
                           f"http://x@{internal_host}/crm/api/customers/{PLAIN['msisdn']}",
                           f"http://{host}:{port}/crm/@{internal_host}/crm/x"):
                reader, writer = await asyncio.open_connection(host, int(port))
                writer.write(f"GET {target} HTTP/1.1\r\nHost: {internal_host}\r\nConnection: close\r\n\r\n".encode())
                await writer.drain()
                answers.append((await reader.read()).decode("utf-8", "replace"))
                writer.close()
            return answers

    answers = attack(scenario, crm=crm_with({}))
    assert internal_seen == []
    for raw in answers:
        head, _, body = raw.partition("\r\n\r\n")
        assert head.startswith("HTTP/1.1 "), head
        assert found_in(OWNER_PIECES, body) == [], raw


def test_a_failed_identification_cannot_change_the_callers_gender(attack):
    crm = crm_with({}, {_TWO_NUMBERS["msisdn"]: _TWO_NUMBERS})

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, _TWO_NUMBERS["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id, gender="female") as resp:
            assert await resp.json() == {"identification": "primary", "matched": True}
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                               json={"method": "primary", "full_name": "Петров Пётр Сергеевич",
                                     "caller_gender": "male"}) as resp:
            # red team bb13, 15: a failed identification after a matched one withdraws it (fail closed)
            assert await resp.json() == {"identification": "none", "matched": False}
        return await get(client, f"{stack.guard_url}/crm/api/customers/{_TWO_NUMBERS['msisdn']}",
                         headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=crm)
    assert status == 200 and headers["X-Guard-Identification"] == "none"
    assert json.loads(body)["msisdn"] == "***" and found_in(["4567", "1122"], body) == []


# --- 15. the owner's e-mail and birth date in a comment, spelled out ----------------------------------------

def _letters_and_digits(text: str) -> str:
    """What is left when spaces and punctuation are read past: 'petr . ivanov @ mail . ru' -> 'petrivanovmailru'."""
    return re.sub(r"[\W_]+", "", readable(text.lower()))


@pytest.mark.parametrize(("written", "pieces"), [
    pytest.param("почта petr.ivanov (at) mail.ru", ["petrivanov"], id="at-in-brackets"),
    pytest.param("почта PETR.IVANOV@MAIL.RU", ["petrivanov"], id="capitals"),
    pytest.param("ДР: 12-03-1980, д.р. 12/03/80", ["12031980", "120380"], id="dates-with-dashes-and-slashes"),
    pytest.param("почта petr . ivanov @ mail . ru", ["petrivanov"], id="spaced-e-mail"),
    pytest.param("почта p e t r . i v a n o v @ mail.ru", ["petrivano"], id="letter-by-letter"),
    pytest.param("родился 12.III.1980", ["12iii"], id="roman-month"),
])
def test_the_owners_e_mail_and_birth_date_in_a_comment_are_masked(attack, written, pieces):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": written}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")

    status, _, body = attack(scenario, crm=crm_with({}, {planted["msisdn"]: planted}))
    shown = json.loads(body)["comments"][0]["text"]
    assert status == 200
    assert [piece for piece in pieces if _letters_and_digits(piece) in _letters_and_digits(shown)] == [], shown
