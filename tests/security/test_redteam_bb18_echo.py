"""Red-team round bb18, f01: a CRM page that writes the operator's request back is no oracle on a hidden value.

A search page ("По запросу «…» найден абонент 7916…") or a 404 page that echoes the query names a customer, so guard
reads that customer's card and scrubs its hidden values from the answer. The echoed guess came back masked exactly
when it was right. What the request sent is now masked wherever the answer echoes it, whatever it holds, before any
card is read (guard/proxy/echo.py): a right guess and a wrong one of the same shape come back the same. Through the
real proxy with a CRM on loopback; in this repository's own phrasings.
"""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from aiohttp import web
from hypothesis import assume, given, settings, strategies as st

from guard.proxy.echo import MASK, echoes_of
from security.conftest import get
from security.hostile_crm import PLAIN
from security.test_redteam_s19 import crm_with

MSISDN = PLAIN["msisdn"]


async def _search_page(request: web.Request) -> web.Response:
    return web.Response(text=f"Результаты поиска «{request.query.get('q', '')}»: абонент {MSISDN}")


async def _missing_page(request: web.Request) -> web.Response:
    return web.Response(status=404, text=f"Страница {request.path} не найдена (абонент {MSISDN})")


async def _json_search(request: web.Request) -> web.Response:
    return web.json_response({"msisdn": MSISDN, "query": request.query.get("q", ""),
                              "note": f"искали: {request.query.get('q', '')}"})


_CRM = {"/api/find": _search_page, "/api/lookup": _json_search, "/api/missing/{rest:.*}": _missing_page}
# (right guess: the card's hidden value; wrong guess of the same shape)
GUESSES = [
    ("surname", PLAIN["owner"]["last_name"], "Петров"),
    ("passport number", PLAIN["owner"]["passport"]["number"], "678911"),
    ("passport series", PLAIN["owner"]["passport"]["series"], "4515"),
    ("street", "Тверская", "Садовая"),
    ("e-mail login", PLAIN["email"].split("@")[0], "petr.sidorov"),
    ("contact phone", "79031234567"[1:], "9031234568"),
]


def _answers(attack, urls: list[str]) -> list[str]:
    async def scenario(stack, client):
        out = []
        for url in urls:
            status, _, body = await get(client, stack.guard_url + url)
            out.append(f"{status} {body}")
        return out

    return attack(scenario, crm=crm_with(_CRM))


@pytest.mark.parametrize("kind,right,wrong", GUESSES, ids=[kind for kind, _, _ in GUESSES])
def test_the_operators_own_query_echoed_by_the_crm_reads_the_same_whether_the_guess_is_right_or_wrong(
        attack, kind, right, wrong):
    routes = ["/crm/api/find?q={}", "/crm/api/lookup?q={}", "/crm/api/missing/{}"]
    urls = [route.format(quote(guess)) for route in routes for guess in (right, wrong)]
    answers = _answers(attack, urls)
    for index in range(0, len(answers), 2):
        shown_right = answers[index].replace(right, "<GUESS>")
        shown_wrong = answers[index + 1].replace(wrong, "<GUESS>")
        assert shown_right == shown_wrong, (urls[index], shown_right, shown_wrong)
        assert "<GUESS>" not in shown_right  # masked both times, not shown both times


def _no_customer(value: str) -> bool:
    return False


_WORDS = st.text(alphabet="абвгдеёжзиклмнопрстуфхцчшщыэюяАБВГДЕЁЖЗИКЛМНОПРСТabcdefgxyz0123456789.-",
                 min_size=3, max_size=16).filter(lambda word: sum(ch.isalnum() for ch in word) >= 3)


@settings(max_examples=200, deadline=None)
@given(sent=_WORDS, before=st.sampled_from(["По запросу «", "Не найдено: ", "q=", "искали "]),
       after=st.sampled_from(["»", " (нет данных)", "", "."]))
def test_a_query_value_echoed_anywhere_in_the_answer_is_masked_whatever_it_holds(sent, before, after):
    assume(sent.lower().replace("ё", "е") not in "абонент найден")  # (the page's own words hold no echo: "або")
    echoes = echoes_of("/api/find", [sent], b"", "", _no_customer)
    shown, count = echoes.text(f"{before}{sent}{after} абонент найден")
    assert count >= 1
    assert sent not in shown and MASK in shown


def test_an_echo_in_a_json_answer_is_masked_in_values_and_a_member_keyed_by_it_is_left_out():
    echoes = echoes_of("/api/find", ["Петров"], b"", "", _no_customer)
    shown, count = echoes.payload({"query": "ПЕТРОВ", "Петров": [1], "n": 2, "list": ["петров и ко"]})
    assert shown == {"query": MASK, "n": 2, "list": [f"{MASK} и ко"]}
    assert count == 3


def test_a_value_shorter_than_any_the_scrub_matches_alone_is_not_masked_as_an_echo():
    echoes = echoes_of("/api/find", ["1", "ab"], b"", "", _no_customer)
    assert echoes.text("page 1 of ab") == ("page 1 of ab", 0)


def test_a_customer_number_sent_in_the_path_is_that_customers_card_not_an_echo():
    echoes = echoes_of(f"/api/customers/{MSISDN}", [], b"", "", lambda value: value == MSISDN)
    shown, _ = echoes.text(f"абонент {MSISDN}")
    assert MSISDN in shown


def test_the_values_of_a_json_or_form_body_are_masked_where_the_answer_echoes_them():
    posted = echoes_of("/api/find", [], json.dumps({"q": "Петров"}).encode(), "application/json", _no_customer)
    form = echoes_of("/api/find", [], "q=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2".encode(),
                     "application/x-www-form-urlencoded", _no_customer)
    for echoes in (posted, form):
        assert echoes.text("искали Петров") == (f"искали {MASK}", 1)
