"""Red team bb4, finding F09: an answer at a path that names no customer (a CRM note `/api/notes/17`) whose body
names a customer's number — in text/plain as in JSON, under any key — is about that customer: the 5-year rule
refuses it when their contract ended over 5 years ago, and every value their card hides is scrubbed from it
(card-aware, not only what the text engine finds). Replayed through the real proxy with a CRM on loopback.
"""
from __future__ import annotations

import json

import pytest
from aiohttp import web

from security.conftest import get
from security.hostile_crm import PLAIN, TERMINATED_2021, card
from security.test_redteam_s22 import _serve

TERMINATED = card(TERMINATED_2021["msisdn"], contract=TERMINATED_2021["contract"], owner__last_name="Кулаков")
# The attack's active customer: the contact person's surname is on the card, Latin-spelled in the note.
ACTIVE = card("79260001122", owner__last_name="Кулаков", email="petr.shevchukov@mail.ru",
              contact={"phone": "79031234567", "person": "Шевчукова Анна Петровна", "email": None})


def _note(text: str, content_type: str = "text/plain"):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=text, content_type=content_type)
    return handler


def _fetch(attack, text: str, content_type: str = "text/plain", path: str = "/api/notes/17"):
    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm{path}")
    return attack(scenario, crm=_serve(PLAIN, TERMINATED, ACTIVE, routes={path: _note(text, content_type)}))


_WRITTEN = [
    pytest.param("{n}", id="bare"),
    pytest.param("+7 ({a}) {b}-{c}-{d}", id="formatted"),
    pytest.param("8{a}{b}{c}{d}", id="8-prefix"),
    pytest.param("{a}{b}{c}{d}", id="ten-digits"),
]


def _written(form: str, msisdn: str) -> str:
    return form.format(n=msisdn, a=msisdn[1:4], b=msisdn[4:7], c=msisdn[7:9], d=msisdn[9:])


@pytest.mark.parametrize("form", _WRITTEN)
def test_a_text_note_naming_a_customer_terminated_over_5_years_ago_is_refused(attack, form):
    note = f"Абонент {_written(form, TERMINATED['msisdn'])}, фамилия Кулаков, тариф Мой безлимит"
    status, headers, body = _fetch(attack, note)
    assert status == 200
    assert headers["X-Guard-Refused"] == "true"
    assert "Кулаков" not in body and "безлимит" not in body


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
@pytest.mark.parametrize("key", ["note", "customer", "x"])
def test_a_json_note_naming_a_terminated_customer_under_any_key_is_refused(attack, content_type, key):
    note = json.dumps({"id": 17, key: f"Абонент {TERMINATED['msisdn']}, фамилия Кулаков"}, ensure_ascii=False)
    status, headers, body = _fetch(attack, note, content_type)
    assert status == 200
    assert headers["X-Guard-Refused"] == "true"
    assert "Кулаков" not in body


def test_a_text_note_naming_an_active_customer_is_scrubbed_by_that_customers_card(attack):
    note = f"Абонент {ACTIVE['msisdn']}: фамилия Кулаков, проживает на Тверской, почта petr точка shevchukov"
    status, headers, body = _fetch(attack, note)
    assert status == 200
    assert headers["X-Guard-Refused"] == "false"
    for hidden in ("Кулаков", "Тверской", "shevchukov"):
        assert hidden not in body, body


def test_a_json_note_naming_an_active_customer_is_scrubbed_by_that_customers_card(attack):
    note = json.dumps({"id": 18, "text": f"Абонент {ACTIVE['msisdn']}: проживает на Тверской"}, ensure_ascii=False)
    status, _, body = _fetch(attack, note, "application/json")
    assert status == 200  # a JSON body with no contract of its own is refused by the card policy (default deny)
    assert "Тверской" not in body and "Кулаков" not in body, body


def test_a_note_naming_no_customer_is_served_redacted_not_refused(attack):
    """Control: a number that is nobody's card (the CRM answers 404 for it) refuses nothing; the note is shown."""
    status, headers, body = _fetch(attack, "Перезвонить на 79998887766 после обеда")
    assert status == 200
    assert headers["X-Guard-Refused"] == "false"
    assert "после обеда" in body


@pytest.mark.parametrize("path", ["/api/notes/18", f"/api/customers/{ACTIVE['msisdn']}/notes"])
def test_a_text_note_is_scrubbed_alike_at_a_customer_path_and_elsewhere(attack, path):
    note = f"Абонент {ACTIVE['msisdn']}: фамилия Кулаков, проживает на Тверской, почта petr точка shevchukov"
    status, _, body = _fetch(attack, note, path=path)
    assert status == 200
    assert "Кулаков" not in body and "Тверской" not in body and "shevchukov" not in body, body


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("body", [
    pytest.param(lambda n: {"id": 17, "ctn": int(n), "text": "фамилия Кулаков"}, id="json-integer"),
    pytest.param(lambda n: {"id": 17, n: "фамилия Кулаков"}, id="json-key"),
    pytest.param(lambda n: {"id": 17, "items": [{"t": f"тел. {n.translate(_ARABIC_INDIC)}"}], "x": "Кулаков"},
                 id="json-nested-other-digits"),
])
def test_a_json_body_naming_a_terminated_customer_in_any_form_is_refused(attack, body):
    status, headers, shown = _fetch(attack, json.dumps(body(TERMINATED["msisdn"]), ensure_ascii=False),
                                    "application/json")
    assert status == 200
    assert headers["X-Guard-Refused"] == "true"
    assert "Кулаков" not in shown


def test_a_key_value_text_export_naming_a_terminated_customer_is_refused(attack):
    note = f"customer: {TERMINATED['msisdn']}\nsurname: Кулаков\ntariff: Мой безлимит\n"
    status, headers, body = _fetch(attack, note)
    assert status == 200
    assert headers["X-Guard-Refused"] == "true"
    assert "Кулаков" not in body


def test_a_note_naming_more_customers_than_guard_checks_is_withheld(attack):
    """Each named number is a card fetched: past the bound the answer is withheld (502), never shown unchecked."""
    numbers = ", ".join(f"7916{index:07d}" for index in range(40))
    status, _, body = _fetch(attack, f"Обзвон: {numbers}; фамилия Кулаков")
    assert status == 502
    assert "Кулаков" not in body


def _own_card_with_comment(attack, text: str):
    planted = card(PLAIN["msisdn"], comments=[{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text}])

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{planted['msisdn']}")
    return attack(scenario, crm=_serve(planted, TERMINATED, ACTIVE))


def test_a_cards_comment_naming_a_terminated_customer_is_hidden_and_the_card_still_shown(attack):
    status, headers, body = _own_card_with_comment(
        attack, f"Звонил по абоненту {TERMINATED['msisdn']}, фамилия Кулаков, тариф Мой безлимит")
    assert status == 200
    assert headers["X-Guard-Refused"] == "false"
    assert "Кулаков" not in body
    assert json.loads(body)["contract"]["status"] == "active"


def test_a_cards_comment_naming_another_active_customer_is_scrubbed_by_that_customers_card(attack):
    status, _, body = _own_card_with_comment(
        attack, f"Звонил по абоненту {ACTIVE['msisdn']}, фамилия Кулаков, почта petr точка shevchukov")
    assert status == 200
    assert "Кулаков" not in body and "shevchukov" not in body, body


def test_a_cards_comment_naming_nobody_else_is_shown_as_before(attack):
    status, _, body = _own_card_with_comment(attack, "Клиент просил перезвонить позже")
    assert status == 200
    assert "перезвонить позже" in body
