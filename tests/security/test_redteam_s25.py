"""Red team, session 25: attacks that rounds 19, 20, 22, 23 and 24 did not try, each a real request against the real
proxy (or /v1/redact, the Presidio API, or a real CLI run on a hostile file) with a hostile CRM on loopback
(`crm_with`), the value looked for where it could surface — the answer, and for long pieces /metrics and the log.

Angles new here, most of them differential oracles — two cards or two requests that differ only in something hidden
and must be answered alike: a hidden value's presence, its type (string, object, list, number), the keys and their
order inside a hidden section, how many numbers the contract has (in the answer and in /metrics), how many digits a
masked number has; hidden values reached through forms of other fields (a file name in camelCase, a vCard, a
payment QR string, an e-mail's local part without its dots, a URL slug, a guess of the delivery street or of the
e-mail); the identification dialogue raced on one call, and a number handed to a new owner between identification
and the card; the 5-year rule with the date as a number, a week date, a list, an object, at a day boundary in a
zone twelve hours behind; a card compiled for one shape and replayed on a refused card of the same shape; size and
depth limits with the value at the end; control characters between the digits of /v1/redact's and Presidio's text.

A leak is a strict xfail whose reason starts with "LEAK" (`leak`, from test_redteam_s20.py); when it is mended the
mark goes in the same commit. At first contact 15 of the 40 cases leaked; 8 were mended: a hidden node reads "***"
whatever it was, a mapping or a list too (guard/policy/operators.py hide — round 24's open passport-presence
finding), last4 shows seven "*" whatever the number's length, a dropped list element's fields are hidden each by its
own kind (its tariff no longer scrubbed from the shown one) and /metrics does not count the drop. Open: a field the
policy hides that the CRM left out is left out on screen (guard/policy/evaluator.py); a guess of the e-mail's local
part or the issuing office in a comment is masked only when right (recognizers/). Mended after the round by the
maintainer: a call's identification is bound to the owner it identified (guard/proxy/calls.py for_this_card); a
NUL or another control character between a number's digits is read as nothing, as a screen shows it
(guard/normalize.py); a file name in camelCase is read by its parts (guard/proxy/scrub.py). A comment the engine withheld whole ("[скрыто]") or a 503 over the budget proves
nothing either way: that attack is skipped, never passed. /metrics and the logs are judged on long pieces only.
Mended in round 27 (test_redteam_s27.py): the key left out (guard/proxy/absent.py) and the issuing office
(recognizers/passport_issuer.py); the e-mail's local part without a login word stays open.
All test texts here were written for this round by hand.
"""
from __future__ import annotations

import asyncio
import json
import re
from datetime import date, timedelta
from typing import Any, Callable

import pytest
from aiohttp import web

from guard.policy.conditions import policy_today
from guard.policy.operators import REDACTION_FAILED
from security.conftest import get, open_call
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import (
    PASSPORT_NUMBER,
    PASSPORT_SERIES,
    SURNAME,
    crm_with,
    found_in,
    identify_primary,
    json_body,
    metrics_text,
)
from security.test_redteam_s20 import leak
from security.test_redteam_s22 import _card_url, _serve
from security.test_redteam_s23 import _fetch_card, _guard, _shown_comment

PASSPORT = PASSPORT_SERIES + PASSPORT_NUMBER
CONTACT = "9031234567"
OWNER_PIECES = [SURNAME, PASSPORT, PASSPORT_NUMBER, CONTACT, "1234567", "Тверск"]


def _answer(attack, planted: dict[str, Any], identify: bool = False, **settings: Any) -> tuple[int, Any, str]:
    """The card `planted` read through guard: in an unidentified request (round 23's `_fetch_card`), or in a call
    identified by the full name."""
    if not identify:
        return _fetch_card(attack, planted, **settings)

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, planted["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        return await get(client, _card_url(stack, planted["msisdn"]), headers={"X-Guard-Call": call_id})

    return attack(scenario, crm=_serve(planted), **settings)


def _alike(attack, change: Callable[[dict[str, Any]], None], identify: bool = False) -> None:
    """The plain card and a copy changed by `change` in hidden things only are answered alike: status, body bytes
    (so key order and length too) and the headers guard sets."""
    other = card(PLAIN["msisdn"])
    change(other)
    (status1, headers1, body1), (status2, headers2, body2) = (
        _answer(attack, planted, identify=identify) for planted in (card(PLAIN["msisdn"]), other))
    assert (status1, body1) == (status2, body2)
    for name in ("X-Guard-Identification", "X-Guard-Refused", "Content-Type", "Content-Length"):
        assert headers1.get(name) == headers2.get(name), name


# --- 1. a hidden value's presence, type, keys and their order --------------------------------------------------
# A hidden scalar reads "***" whatever it was (round 24); a hidden mapping kept its field-name keys, each "***", and a
# hidden list read [] — so a passport present ({"series": "***", ...}) was told from none ("***"), a passport the CRM
# keeps without its issue date from one with it, and an e-mail kept as a list of two from one e-mail.

def _without_key(section: str, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda c: c[section].pop(key)


_HIDDEN_SHAPES = {
    "passport-absent": lambda c: c["owner"].update(passport=None),
    "passport-without-its-issue-date": lambda c: c["owner"]["passport"].pop("issued_at"),
    "passport-keys-in-another-order": lambda c: c["owner"].update(
        passport=dict(reversed(list(c["owner"]["passport"].items())))),
    "passport-as-one-string": lambda c: c["owner"].update(passport="4505 678901"),
    "e-mail-as-a-list-of-two": lambda c: c.update(email=["petr.ivanov@mail.ru", "p.ivanov@yandex.ru"]),
    "legal-address-key-left-out": _without_key("addresses", "legal"),
    "middle-name-key-left-out": _without_key("owner", "middle_name"),
    "birth-date-as-a-number": lambda c: c["owner"].update(birth_date=19800312),
    "contact-e-mail-present": lambda c: c["contact"].update(email="anna.ivanova@mail.ru"),
    "inn-beside-the-owner": lambda c: c["owner"].update(inn="770123456789"),
}




_ABSENT_KEY_LEAK = leak("a field the policy hides, left out by the CRM, is left out on screen: its absence is told "
                        "(guard/policy/evaluator.py decides the keys a card has, not the ones the policy names)")
_MARKS: dict[str, Any] = {}


@pytest.mark.parametrize("where", [pytest.param(where, marks=_MARKS.get(where, ())) for where in _HIDDEN_SHAPES])
def test_a_hidden_values_presence_type_and_keys_do_not_change_the_answer(attack, where):
    _alike(attack, _HIDDEN_SHAPES[where])


# --- 2. how many numbers the contract has, and how long they are -------------------------------------------------
# Инструкция запретов, п. 8: how many numbers are on the contract is not said. The list keeps the call's number only;
# /metrics counted the rule that dropped the others — one fetch on a quiet proxy said "this customer has more".

def _decisions(metrics: str) -> dict[str, float]:
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^(guard_decisions_total\{[^}]*\})\s+(\S+)$",
                                                                metrics, re.M)}


def test_another_number_on_the_contract_shows_neither_in_the_answer_nor_in_metrics(attack):
    def read(planted: dict[str, Any]) -> tuple[str, dict[str, float]]:
        async def scenario(stack, client):
            status, _, body = await get(client, _card_url(stack, planted["msisdn"]))
            assert status == 200
            return body, _decisions(await metrics_text(stack, client))

        return attack(scenario, crm=_serve(planted))

    more = card(PLAIN["msisdn"], numbers=[{"msisdn": PLAIN["msisdn"], "tariff": "Мой безлимит"},
                                          {"msisdn": "79035550102", "tariff": "Мой безлимит"}])
    assert read(card(PLAIN["msisdn"])) == read(more)


def test_the_last_4_digits_of_a_number_tell_nothing_of_its_length(attack):
    """After identification the contract's numbers show their last 4 digits: one "*" per other digit told a foreign
    number (12 digits) from a Russian one (11) and a city number kept with its 7 from one kept without."""
    def shown(numbers: list[str], city: str) -> str:
        planted = card(PLAIN["msisdn"], city_number=city,
                       numbers=[{"msisdn": PLAIN["msisdn"], "tariff": "Мой безлимит"}]
                       + [{"msisdn": number, "tariff": "Мой безлимит"} for number in numbers])
        status, _, body = _answer(attack, planted, identify=True)
        assert status == 200
        card_shown = json.loads(body)
        return json.dumps([card_shown["city_number"], [n["msisdn"] for n in card_shown["numbers"]]])

    assert shown(["79035550102"], "74951234567") == shown(["375291550102"], "4951234567")


# --- 3. the owner's data in a comment, written as other things write it -----------------------------------------

_OTHER_FORMS = {
    "file-name-in-camel-case": ("скан приложен: IvanovPetrSergeevich4505678901.pdf", [SURNAME, PASSPORT]),
    "vcard": ("BEGIN:VCARD\nVERSION:3.0\nN:Ivanov;Petr;Sergeevich\nTEL;TYPE=CELL:+7(903)123-45-67\nEND:VCARD",
              [SURNAME, CONTACT]),
    "payment-qr-string": ("QR: ST00012|Name=ПАО|LastName=Иванов|FirstName=Пётр|PayerIdType=01|PayerIdNum=4505678901"
                          "|Phone=89031234567", [SURNAME, PASSPORT, CONTACT]),
    "e-mail-local-part-without-dots": ("пишет с petrivanov@gmail.com", ["petrivanov", "petr.ivanov"]),
    "url-slug": ("профиль: https://vk.com/petr-ivanov-4505678901", [SURNAME, PASSPORT]),
    "json-in-a-comment": ('{"fio": "Иванов П.С.", "doc": "45 05 678901", "tel": "8-903-123-45-67"}',
                          [SURNAME, PASSPORT, CONTACT]),
}


def _ivanov_read(text: str) -> str:
    """Latin spellings of the surname read as the surname (what a reader of "Ivanov" understands)."""
    return re.sub(r"ivanov", SURNAME, text, flags=re.IGNORECASE)


@pytest.mark.parametrize("form", list(_OTHER_FORMS))
def test_the_owners_data_in_a_comment_written_as_a_file_name_a_card_or_a_code_is_masked(attack, form):
    text, pieces = _OTHER_FORMS[form]
    shown = _shown_comment(attack, text)
    assert found_in(pieces, _ivanov_read(shown)) == [], shown


@pytest.mark.parametrize("template, right, wrong", [
    pytest.param("курьер едет на {}, 1", "Ленина", "Гагарина", id="delivery-street"),
    pytest.param("просил писать на {}, не на рабочий", "petr.ivanov", "petr.sidorov", id="e-mail-local-part",
                 marks=leak("card-aware scrubbing masks the hidden e-mail's local part, the engine no login-like word: "
                            "a right guess is masked, a wrong one shown (recognizers/, guard/engine.py)")),
    pytest.param("паспорт выдан ОВД {} района", "Тверского", "Пресненского", id="issuing-office"),
])
def test_a_comment_repeating_a_guess_of_an_address_an_e_mail_or_an_office_is_shown_alike(attack, template, right,
                                                                                          wrong):
    """An operator who writes a comment in the CRM writes a guess, then reads the card through guard: masked only
    when it is the hidden value, the comment is an oracle with no guessing limit."""
    right_shown, wrong_shown = (_shown_comment(attack, template.format(guess)) for guess in (right, wrong))
    assert (right in right_shown) == (wrong in wrong_shown), (right_shown, wrong_shown)


# --- 4. the identification dialogue ------------------------------------------------------------------------------

def test_two_identifications_raced_on_one_call_never_mix_into_last_4_digits(attack):
    """Primary identification heard a woman (the owner is a man: no last 4 digits), an alternative one "a man" (never
    last 4 digits): raced, neither alone unlocks the last 4 digits, and a mix of the two must not either."""
    async def scenario(stack, client):
        shown = []
        for _ in range(4):
            call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])

            async def identify(body: dict[str, Any]) -> None:
                async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
                    await resp.read()

            await asyncio.gather(
                identify({"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "female"}),
                identify({"method": "alternative", "passport": "4505 678901", "contract_number": "0123456789",
                          "caller_gender": "male"}))
            status, _, body = await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})
            shown.append(json.loads(body)["msisdn"])
        return shown

    assert all("4567" not in msisdn for msisdn in attack(scenario, crm=_serve(PLAIN))), "last 4 digits shown"


def test_a_right_guess_raced_among_wrong_ones_leaves_the_call_unidentified(attack):
    """Wrong guesses past the limit lock the call at none whatever came first; a right one hidden among them, sent at
    the same moment, must not leave the call identified."""
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])

        async def identify(name: str) -> None:
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "full_name": name, "caller_gender": "male"}) as resp:
                await resp.read()

        names = [f"Иванов Пётр {patronymic}" for patronymic in ("Ильич", "Олегович", "Петрович", "Игоревич")]
        await asyncio.gather(*(identify(name) for name in names[:2]), identify("Иванов Пётр Сергеевич"),
                             *(identify(name) for name in names[2:]))
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    status, headers, body = attack(scenario, crm=_serve(PLAIN))
    assert headers["X-Guard-Identification"] == "none" and "4567" not in json.loads(body)["msisdn"], body


def test_a_number_handed_to_a_new_owner_after_identification_shows_nothing_of_theirs(attack):
    """The CRM answers the identification with the old owner's card, then the number's new owner (a number given to
    another customer, or a CRM that answers otherwise to the second read): the identification was of the old owner,
    and the new owner's city number must not show its last 4 digits under it."""
    old = card(PLAIN["msisdn"])
    new = card(PLAIN["msisdn"], owner__last_name="Петров", owner__first_name="Игорь", owner__middle_name="Олегович",
               city_number="74997776655", de={"first_name": "Игорь", "middle_name": "Олегович"})
    reads = []

    async def one_card(request: web.Request) -> web.Response:
        reads.append(request.path)
        return web.Response(text=json_body(old if len(reads) == 1 else new), content_type="application/json")

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert (await resp.json())["identification"] == "primary"
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    crm = web.Application()
    crm.router.add_get("/api/customers/{msisdn}", one_card)
    status, _, body = attack(scenario, crm=crm)
    assert "6655" not in json.loads(body)["city_number"], body


# --- 5. the 5-year rule, dates in other shapes and at a day's edge ----------------------------------------------

def _refused_or_hidden(status: int, headers: Any, body: str) -> list[str]:
    pieces = ["Пётр", "Сергеевич", SURNAME, PASSPORT, CONTACT]
    if status == 200 and headers.get("X-Guard-Refused") != "true":
        return found_in(pieces, body) or ["not refused"]
    return found_in(pieces, body)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


_OVER_5_YEARS = _years_before(policy_today(), 5) - timedelta(days=1)


@pytest.mark.parametrize("contract", [
    pytest.param({"status": "terminated", "terminated_at": 20190501}, id="date-as-an-integer"),
    pytest.param({"status": "terminated", "terminated_at": 1556668800}, id="date-as-unix-seconds"),
    pytest.param({"status": "terminated", "terminated_at": "2019-W18-3"}, id="iso-week-date"),
    pytest.param({"status": "terminated", "terminated_at": ["2019-05-01"]}, id="date-in-a-list"),
    pytest.param({"status": "terminated", "terminated_at": {"date": "2019-05-01"}}, id="date-in-an-object"),
    pytest.param({"status": "active", "terminated_at": "2019-12-31T23:59:59-12:00"}, id="active-old-date-far-behind"),
    pytest.param({"status": "terminated", "terminated_at": f"{_OVER_5_YEARS.isoformat()}T23:59:59-12:00"},
                 id="a-day-over-5-years-late-in-a-zone-far-behind"),
])
def test_the_five_year_rule_holds_for_dates_in_other_shapes_and_zones(attack, contract):
    old = card("79160000007", contract={"number": "0777777777", **contract})
    assert _refused_or_hidden(*_fetch_card(attack, old)) == [], contract


def test_a_refused_card_of_a_shape_compiled_for_an_active_one_is_refused(attack):
    """The policy compiles its walk per card shape and replays it (guard/policy/evaluator.py): an active card, then
    a refused one of the very same shape, through one proxy."""
    active = card("79160000041")
    refused = card("79160000042", contract={"number": "0777777777", "status": "terminated",
                                             "terminated_at": "2019-05-01"})

    async def scenario(stack, client):
        first = await get(client, _card_url(stack, active["msisdn"]))
        return first, await get(client, _card_url(stack, refused["msisdn"]))

    (status1, _, _), answer = attack(scenario, crm=_serve(active, refused))
    assert status1 == 200
    assert _refused_or_hidden(*answer) == []


# --- 6. size and depth -------------------------------------------------------------------------------------------

def test_a_card_just_under_the_size_limit_with_the_contact_phone_at_its_end_is_masked(attack):
    calls = [{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
              "network": "МТС", "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 60}] * 350
    planted = card(PLAIN["msisdn"], call_details=calls, comments=[
        {"at": "2026-10-30T09:00:00", "author": "op1", "text": "перезвонить на 8 903 123-45-67"}])
    size = len(json_body(planted).encode("utf-8"))
    status, _, body = _answer(attack, planted, max_response_bytes=size + 64)
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert status in (200, 502)
    if status == 200 and json.loads(body)["comments"][0]["text"] == REDACTION_FAILED:
        pytest.skip("the engine withheld the comment whole (budget): proves nothing")
    assert found_in([CONTACT, "1234567"], body) == [], body[-300:]


@pytest.mark.parametrize("depth", [40, 63])
def test_the_owners_data_nested_deep_under_a_shown_field_is_not_shown(attack, depth):
    inner: Any = f"{SURNAME} паспорт {PASSPORT}"
    for _ in range(depth):
        inner = {"tariff": inner}
    planted = card(PLAIN["msisdn"], numbers=[{"msisdn": PLAIN["msisdn"], "tariff": inner}])
    status, _, body = _answer(attack, planted)
    assert found_in([SURNAME, PASSPORT], body) == [], body[-300:]


def test_a_card_too_big_to_compile_hides_what_a_compiled_one_hides(attack):
    """Over 2,000 nodes a card is walked, not compiled (guard/policy/evaluator.py MAX_SHAPE_NODES): the walk must hide
    what the replay hides, the passport and the contact included."""
    planted = card(PLAIN["msisdn"], flash_restrictions=[f"f{index}" for index in range(2500)])
    status, _, body = _answer(attack, planted)
    assert status == 200
    assert found_in(OWNER_PIECES, body) == [], body[:300]


# --- 7. the text routes: control characters between digits -----------------------------------------------------

_CONTROLLED = f"клиент {SURNAME}, паспорт 4505\x1f678901, тел. 8903\x00123\x004567"


def test_v1_redact_masks_numbers_split_by_control_characters(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": _CONTROLLED}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert status in (200, 400)
    text = json.loads(body).get("text", "") if status == 200 else body
    assert found_in([PASSPORT, CONTACT], text) == [], body


def test_presidio_anonymize_masks_numbers_split_by_control_characters(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/analyze", json={"text": _CONTROLLED, "language": "ru"}) as resp:
            if resp.status != 200:
                return resp.status, await resp.text()
            results = await resp.json()
        async with client.post(f"{stack.guard_url}/anonymize",
                               json={"text": _CONTROLLED, "analyzer_results": results}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    text = json.loads(body).get("text", "") if status == 200 else body
    assert found_in([PASSPORT, CONTACT], text) == [], body


# --- 8. the CLI on hostile files ----------------------------------------------------------------------------------

def test_guard_redact_masks_numbers_split_by_control_characters_in_a_file(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "1", "text": _CONTROLLED}, ensure_ascii=True) + "\n", encoding="utf-8")
    run = _guard("redact", str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-500:]
    out = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert found_in([PASSPORT, CONTACT], out["text"]) == [], out["text"]


def test_the_qa_report_of_a_turn_with_control_characters_shows_no_number(tmp_path):
    call = {"call_id": "c-25", "operator_id": "op1021", "started_at": "2026-11-01T10:15:00",
            "turns": [{"speaker": "client", "start": 0.0, "end": 3.0, "text": _CONTROLLED}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(call, ensure_ascii=True) + "\n", encoding="utf-8")
    run = _guard("qa", str(source), "--report", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json"),
                 cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-500:]
    report = (tmp_path / "r.html").read_text(encoding="utf-8") + (tmp_path / "r.json").read_text(encoding="utf-8")
    assert found_in([PASSPORT, CONTACT], report) == []
