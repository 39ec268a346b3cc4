"""Red team, session 27: attacks that rounds 19-25 did not try, each a real request against the real proxy (or
/v1/redact, the Presidio API, or a real CLI run) with a hostile CRM on loopback (`crm_with`), the value looked for
where it could surface — the answer, its headers, /metrics, the audit and the logs.

Angles new here: spellings a screen or a reader undoes that no earlier round used — percent-encoding (once and
twice), HTML character references without their ";", literal "\\u" escapes, HTML tags and comments between the
digits or letters of a value (a screen that renders HTML shows nothing of them), emoji sequences, long runs of
punctuation, variation selectors and Unicode tag characters, dingbat and keycap digits, a number read down a column
of one-digit comments, a German transliteration; guesses written into a comment without the word that cues their
kind (a street without "ул.", a passport issue date, a login, an issuing office, a patronymic); a hidden key the CRM
left out of other sections; CRM headers never tried (Content-Disposition, Set-Cookie, Link, ETag, Server-Timing,
X-Total-Count) and header names and body keys spelling a value, looked for in the audit and the logs; a card with
NaN, with a second document glued after it, in UTF-32, with an integer too long to parse; and the text routes fed
percent-encoded and HTML-entity numbers (round 26's open findings).

A leak is a strict xfail whose reason starts with "LEAK" (`leak`, from test_redteam_s20.py); when it is mended the
mark goes in the same commit. A comment the engine withheld whole ("[скрыто]") or a 503 over the budget proves
nothing either way: that attack is skipped, never passed. All test texts here were written for this round by hand.

First contact (the tree at b00232e, `pytest tests/security/test_redteam_s27.py`): 55 cases, 26 leaked — 9 spellings in a
comment, the one-digit column, 5 guesses without their cue word, 2 hidden keys left out, and all 9 text-route cases; a
56th case added during the round (the issue date after "выдан") leaked on the tree before its kind. Mended, 25: encoded
text read as its characters and inline HTML tags as nothing (guard/normalize.py), digit groups joined across up to 8
punctuation marks (guard/proxy/scrub.py), and three kinds masked whatever they say — LOGIN, RU_PASSPORT_ISSUER,
DOCUMENT_ISSUE_DATE (recognizers/; round 25's issuing-office oracle closes with them), and a hidden field the CRM left
out put in as nothing where the card shape places it (guard/proxy/absent.py; round 25's open middle-name case closes too).
Open, 1 strict xfail: a street guessed without its word. The number read down a column of one-digit comments is mended at
stop 29 (guard/proxy/bare_numbers.mask_digit_columns, card-blind).
"""
from __future__ import annotations

import html
import json
import re
from typing import Any, Callable
from urllib.parse import unquote

import pytest
from aiohttp import web

from security.conftest import get
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import (
    PASSPORT_NUMBER,
    PASSPORT_SERIES,
    SURNAME,
    crm_with,
    everywhere,
    found_in,
    json_body,
)
from security.test_redteam_s20 import leak
from security.test_redteam_s22 import _card_url, _serve
from security.test_redteam_s23 import _fetch_card, _guard, _shown_comment
from security.test_redteam_s25 import _alike

PASSPORT = PASSPORT_SERIES + PASSPORT_NUMBER
CONTACT = "9031234567"


def _decoded(text: str) -> str:
    """What a reader makes of a text with a decoder at hand: percent-encoding undone (twice), HTML references read
    (with or without their ";"), literal \\uXXXX escapes read, tags and HTML comments dropped."""
    for _ in range(2):
        text = unquote(text)
    text = html.unescape(text)
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"<!--.*?-->|</?[A-Za-z][^<>]{0,40}>", "", text)


def _leaked(pieces: list[str], text: str) -> list[str]:
    return found_in(pieces, text) or found_in(pieces, _decoded(text))


# --- 1. the owner's data in a comment, in spellings a screen or a reader undoes ---------------------------------

def _percent(text: str) -> str:
    return "".join(f"%{byte:02X}" for byte in text.encode("utf-8"))


_SPELLED = {
    "percent-encoded-contact-phone": (f"перезвонить: {_percent('89031234567')}", [CONTACT]),
    "percent-encoded-surname": (f"клиент {_percent(SURNAME)} просил перезвонить", [SURNAME]),
    "percent-encoded-twice": ("тел. " + "".join(f"%25{ord(d):02X}" for d in "89031234567"), [CONTACT]),
    "html-references-without-semicolons": ("тел. " + "".join(f"&#{ord(d)}" for d in "89031234567"), [CONTACT]),
    "literal-unicode-escapes": ("фио: " + "".join(f"\\u{ord(ch):04x}" for ch in SURNAME), [SURNAME]),
    "digits-split-by-html-tags": ("тел. 8<b>903</b>123<i>45</i>67", [CONTACT]),
    "surname-split-by-html-tags": ("звонил <span>Ива</span><span>нов</span>", [SURNAME]),
    "surname-split-by-an-html-comment": ("звонил Ива<!-- x -->нов", [SURNAME]),
    "digits-split-by-family-emoji": ("тел. 8\U0001F468\u200d\U0001F469\u200d\U0001F467903\U0001F468\u200d\U0001F469"
                                     "\u200d\U0001F467123\U0001F468\u200d\U0001F469\u200d\U0001F46745 67", [CONTACT]),
    "digits-split-by-long-dot-runs": ("тел. 8.....903.....123.....45.....67", [CONTACT]),
    "digits-split-by-double-dashes": ("тел. 8 -- 903 -- 123 -- 45 -- 67", [CONTACT]),
    "surname-with-variation-selectors": ("звонил " + "\ufe0f".join(SURNAME), [SURNAME]),
    "surname-with-tag-characters": ("звонил Ива\U000E0041\U000E0042нов", [SURNAME]),
    "digits-split-by-tag-characters": ("тел. 8\U000E0020\U000E0020\U000E0020\U000E0020903\U000E0020\U000E0020"
                                       "\U000E0020\U000E0020123\U000E0020\U000E0020\U000E0020\U000E00204567",
                                       [CONTACT]),
    "dingbat-circled-digits": ("тел. ❽❾⓪❸❶❷❸❹❺❻❼", [CONTACT]),
    "keycap-digits": ("тел. " + "".join(f"{d}\ufe0f\u20e3" for d in "89031234567"), [CONTACT]),
    "superscript-digits": ("тел. ⁸⁹⁰³¹²³⁴⁵⁶⁷", [CONTACT]),
    "surname-german-transliteration": ("Rückruf an Herrn Iwanow", ["Iwanow"]),
    "surname-letters-dotted": ("звонил И.в.а.н.о.в., просил счёт", ["И.в.а.н.о.в"]),
}

_SPELLED_MARKS: dict[str, Any] = {}


@pytest.mark.parametrize("form", [pytest.param(form, marks=_SPELLED_MARKS.get(form, ())) for form in _SPELLED])
def test_the_owners_data_in_a_comment_is_masked_in_spellings_a_screen_or_a_reader_undoes(attack, form):
    text, pieces = _SPELLED[form]
    shown = _shown_comment(attack, text)
    assert _leaked(pieces, shown) == [] and not any(piece in shown for piece in pieces), shown


def test_the_contact_phone_read_down_a_column_of_one_digit_comments_is_masked(attack):
    """Eleven comments of one digit each: the screen lists them one under another, and the column is the number."""
    comments = [{"at": f"2026-10-30T09:{minute:02d}:00", "author": "op1", "text": digit}
                for minute, digit in enumerate("89031234567")]
    status, _, body = _fetch_card(attack, card(PLAIN["msisdn"], comments=comments))
    assert status == 200
    column = "".join(comment["text"] for comment in json.loads(body)["comments"])
    assert CONTACT not in column and "1234567" not in column, column


# --- 2. a guess written into a comment without the word that cues its kind -------------------------------------
# Card-aware scrubbing masks what matches the hidden card; the engine masks what looks like personal data. A guess
# that only the first layer recognizes is masked when right and shown when wrong: an oracle with no guessing limit.

def _alike_guesses(attack, template: str, right: str, wrong: str) -> None:
    right_shown, wrong_shown = (_shown_comment(attack, template.format(guess)) for guess in (right, wrong))
    assert (right in right_shown) == (wrong in wrong_shown), (right_shown, wrong_shown)


_GUESSES = {
    "street-without-its-word": ("живёт на {}, просил курьера к вечеру", "Тверской", "Садовой"),
    "street-after-a-preposition-only": ("клиент с {} жалуется на связь дома", "Тверской", "Никольской"),
    "passport-issue-date": ("паспорт получил {}, менять не собирается", "01.04.2005", "02.04.2005"),
    "passport-issue-date-in-words": ("документ выдан {} года", "1 апреля 2005", "2 апреля 2005"),
    "passport-issue-date-after-its-word": ("паспорт выдан {}, сверено", "01.04.2005", "02.04.2005"),
    "login-with-the-surname": ("логин в ЛК {}, пароль не сообщали", "petr_ivanov", "petr_sidorov"),
    "nickname-with-the-birth-year": ("в соцсети ник {}", "ivanov1980", "sidorov1980"),
    "issuing-office-of-the-fms": ("паспорт выдан УФМС {} района", "Тверского", "Пресненского"),
    "contact-persons-patronymic-alone": ("{} просила перезвонить мужу", "Петровна", "Павловна"),
    "contact-persons-first-name-alone": ("контактное лицо — {}, жена", "Анна", "Ольга"),
}
_GUESS_MARKS: dict[str, Any] = {
    guess: leak("card-aware scrubbing masks the right guess, the engine no wrong one: an oracle (guard/proxy/scrub.py)")
    for guess in ("street-without-its-word",)
}


@pytest.mark.parametrize("guess", [pytest.param(g, marks=_GUESS_MARKS.get(g, ())) for g in _GUESSES])
def test_a_comment_repeating_a_guess_without_its_cue_word_is_shown_alike_right_or_wrong(attack, guess):
    _alike_guesses(attack, *_GUESSES[guess])


# --- 3. a hidden field the CRM left out reads as one it sent --------------------------------------------------
# Round 25 found it for the owner's middle name; the same holds for every hidden field the policy names.

_LEFT_OUT = {
    "passport-issuing-office": lambda c: c["owner"]["passport"].pop("issued_by"),
    "e-mail": lambda c: c.pop("email"),
    "whole-contact-section": lambda c: c.pop("contact"),
    "delivery-address": lambda c: c["addresses"].pop("delivery"),
}
_LEFT_OUT_MARKS: dict[str, Any] = {}


@pytest.mark.parametrize("where", [pytest.param(w, marks=_LEFT_OUT_MARKS.get(w, ())) for w in _LEFT_OUT])
def test_a_hidden_field_the_crm_left_out_is_answered_as_one_it_sent(attack, where):
    _alike(attack, _LEFT_OUT[where])


# --- 4. headers, the audit and the logs ---------------------------------------------------------------------

_HEADERS = {
    "content-disposition": ("Content-Disposition", f'attachment; filename="{SURNAME}_{PASSPORT}.json"'),
    "set-cookie": ("Set-Cookie", f"last={PASSPORT}; Path=/"),
    "link": ("Link", f"</api/customers/by-passport/{PASSPORT}>; rel=related"),
    "etag": ("ETag", f'"{PASSPORT}"'),
    "server-timing": ("Server-Timing", f'db;desc="{SURNAME} {PASSPORT}";dur=3'),
    "x-total-count": ("X-Total-Count", "79031234567"),
}


@pytest.mark.parametrize("header", list(_HEADERS))
def test_a_crm_header_never_tried_before_reaches_neither_the_operator_nor_the_audit(attack, captured_logs, header):
    name, value = _HEADERS[header]

    async def with_header(request: web.Request) -> web.Response:
        return web.Response(text=json_body(PLAIN), content_type="application/json", headers={name: value})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/cards/{PLAIN['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, headers, _), seen = attack(scenario, crm=crm_with({"/api/cards/{msisdn}": with_header}))
    assert status == 200
    assert name not in headers, headers
    assert found_in([SURNAME, PASSPORT, "9031234567"], seen, captured_logs.getvalue()) == []


def test_a_crm_header_whose_name_spells_the_passport_reaches_neither_the_audit_nor_the_logs(attack, captured_logs):
    async def with_header(request: web.Request) -> web.Response:
        return web.Response(text=json_body(PLAIN), content_type="application/json",
                            headers={f"X-{SURNAME.encode().hex()}-{PASSPORT}": "1", f"X-Passport-{PASSPORT}": "1"})

    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/cards/{PLAIN['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, headers, _), seen = attack(scenario, crm=crm_with({"/api/cards/{msisdn}": with_header}))
    assert status == 200
    assert found_in([PASSPORT], "\n".join(headers), seen, captured_logs.getvalue()) == []


def test_a_body_key_spelling_the_owner_under_a_shown_section_reaches_neither_the_audit_nor_the_logs(attack,
                                                                                                   captured_logs):
    planted = card(PLAIN["msisdn"])
    planted["numbers"][0][f"{SURNAME} {PASSPORT}"] = "note"
    planted["call_details"][0][f"tel {CONTACT}"] = 1

    async def scenario(stack, client):
        answer = await get(client, _card_url(stack))
        return answer, await everywhere(stack, client, answer)

    (status, _, body), seen = attack(scenario, crm=_serve(planted))
    assert status == 200
    assert found_in([SURNAME, PASSPORT, CONTACT], body, seen, captured_logs.getvalue()) == []


# --- 5. bodies a careless or hostile CRM sends ----------------------------------------------------------------

def _raw(body: bytes, content_type: str = "application/json") -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=body, headers={"Content-Type": content_type})

    return handler


def _card_bytes(planted: dict[str, Any] | None = None) -> bytes:
    return json_body(planted or PLAIN).encode("utf-8")


_STRANGER = {"msisdn": "79265550011", "owner": {"last_name": "Сидоров", "passport": {"series": "4510",
                                                                                     "number": "123456"}}}
_BODIES = {
    "nan-and-infinity-in-a-card": _card_bytes(card(PLAIN["msisdn"])).replace(
        b'"duration_s": 120', b'"duration_s": NaN, "cost": Infinity'),
    "a-second-document-glued-after-the-card": _card_bytes() + json_body(_STRANGER).encode("utf-8"),
    "utf-32-with-a-bom": b"\xff\xfe\x00\x00" + json_body(PLAIN).encode("utf-32-le"),
    "an-integer-too-long-to-parse": _card_bytes().replace(b'"duration_s": 120', b'"duration_s": ' + b"9" * 5000),
    "the-card-after-a-json-comment": b"/* " + SURNAME.encode() + b" */" + _card_bytes(),
}


@pytest.mark.parametrize("body", list(_BODIES))
def test_a_card_body_in_a_shape_json_parsers_disagree_on_shows_nothing_hidden(attack, captured_logs, body):
    async def scenario(stack, client):
        answer = await get(client, f"{stack.guard_url}/crm/api/cards/{PLAIN['msisdn']}")
        return answer, await everywhere(stack, client, answer)

    (status, _, text), seen = attack(scenario, crm=crm_with({"/api/cards/{msisdn}": _raw(_BODIES[body])}))
    assert status in (200, 502), text[:300]
    pieces = [SURNAME, PASSPORT, CONTACT, "Сидоров", "4510123456"]
    assert found_in(pieces, text) == [], text[:300]
    assert found_in(pieces, seen, captured_logs.getvalue()) == []
    assert "Traceback" not in captured_logs.getvalue()


# --- 6. the text routes: percent-encoded and HTML-entity numbers (round 26, open) -------------------------------

_ENCODED_TEXTS = {
    "percent-encoded": f"клиент {SURNAME}, паспорт {_percent('4505 678901')}, тел. {_percent('89031234567')}",
    "html-decimal-references": (f"клиент {SURNAME}, паспорт " + "".join(f"&#{ord(d)};" for d in "4505 678901")
                                + ", тел. " + "".join(f"&#{ord(d)};" for d in "89031234567")),
    "html-hex-references": "тел. " + "".join(f"&#x{ord(d):x};" for d in "89031234567") + ", паспорт "
                           + "".join(f"&#x{ord(d):X};" for d in "4505678901"),
}
_TEXT_MARKS: dict[str, Any] = {}
_PIECES = [PASSPORT, CONTACT]


def _text_cases() -> list[Any]:
    return [pytest.param(name, marks=_TEXT_MARKS.get(name, ())) for name in _ENCODED_TEXTS]


@pytest.mark.parametrize("encoded", _text_cases())
def test_v1_redact_masks_percent_encoded_and_html_entity_numbers(attack, encoded):
    text = _ENCODED_TEXTS[encoded]

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": text}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert status == 200, body
    shown = json.loads(body)["text"]
    assert _leaked(_PIECES, shown) == [], shown


@pytest.mark.parametrize("encoded", _text_cases())
def test_presidio_analyze_then_anonymize_masks_percent_encoded_and_html_entity_numbers(attack, encoded):
    text = _ENCODED_TEXTS[encoded]

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/analyze", json={"text": text, "language": "ru"}) as resp:
            if resp.status != 200:
                return resp.status, await resp.text()
            results = await resp.json()
        async with client.post(f"{stack.guard_url}/anonymize", json={"text": text, "analyzer_results": results}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert status == 200, body
    shown = json.loads(body)["text"]
    assert _leaked(_PIECES, shown) == [], shown


@pytest.mark.parametrize("encoded", _text_cases())
def test_guard_redact_masks_percent_encoded_and_html_entity_numbers_in_a_file(tmp_path, encoded):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "1", "text": _ENCODED_TEXTS[encoded]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    run = _guard("redact", str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-500:]
    shown = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["text"]
    assert _leaked(_PIECES, shown) == [], shown
