"""The black-box red team's a07 findings (H1-H3, M2-M8, L13-L14) against the real POST /v1/check within a call.

Each case is one operator line checked in a fresh call on the Ivanov card (identification none, nothing confirmed),
optionally after the caller's own lines (`speaker: client`, remembered per call: auth is off and the desk is its own
caller feed, `client_lines_trusted`). Within a call a read-back
("вы продиктовали ...", "вы назвали ...") is sanctioned only for a value the caller said in that call; a line checked
alone (no call id) keeps the old reading of read-backs (docs/disclosure.md).
"""
from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from conftest import guard_stack, make_card

CARD = make_card(addresses={"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None,
                            "billing": "г. Москва, ул. Арбат, д. 10, кв. 3", "delivery": "г. Химки, ул. Ленина, д. 7"})


async def _json(client: aiohttp.ClientSession, url: str, body: dict) -> Any:
    async with client.post(url, json=body) as resp:
        assert resp.status in (200, 201), resp.status
        return await resp.json(content_type=None)


def _check_in_call(tmp_path, engine, policy, line: str, callers_lines: tuple[str, ...] = ()) -> dict:
    """The verdict on the operator's `line` in a new call on CARD, after the caller said `callers_lines`."""
    async def scenario() -> dict:
        async with guard_stack(tmp_path, engine, policy, cards=[CARD],
                                     client_lines_trusted=True) as stack, aiohttp.ClientSession() as client:
            call = await _json(client, f"{stack.guard_url}/v1/calls", {"msisdn": CARD["msisdn"], "operator_id": "op1"})
            for i, said in enumerate(callers_lines):
                await _json(client, f"{stack.guard_url}/v1/check",
                            {"id": f"c{i}", "text": said, "call_id": call["call_id"], "speaker": "client"})
            return await _json(client, f"{stack.guard_url}/v1/check",
                               {"id": "o1", "text": line, "call_id": call["call_id"]})

    return asyncio.run(scenario())


def _verdict(tmp_path, engine, policy, line: str, callers_lines: tuple[str, ...] = ()) -> str:
    return _check_in_call(tmp_path, engine, policy, line, callers_lines)["verdict"]


# --- H1-H3: a read-back is sanctioned only for what the caller said in the call ---------------------------------

READ_BACKS_OF_UNSAID_VALUES = [
    pytest.param("вы продиктовали паспорт 4505 678901, всё верно?", (), id="H1-passport-never-said"),
    pytest.param("вы продиктовали паспорт 4505 678901, всё верно?", ("мой паспорт 1111 222333",),
                 id="H1-passport-after-caller-said-another"),
    pytest.param("вы назвали фамилию Иванов, верно?", (), id="H2-surname-never-said"),
    pytest.param("вы назвали фамилию Иванов, верно?", ("моя фамилия Петров",),
                 id="H2-surname-after-caller-said-another"),
    pytest.param("да, всё верно, фамилия совпадает с той, что вы назвали: Иванов", (), id="H3-confirmation-form"),
    pytest.param("Вы продиктовали адрес: Тверская, 5, квартира 12. Всё верно?", ("я живу на Лесной, восемь",),
                 id="address-the-caller-did-not-say"),
    pytest.param("вы назвали почту petr.ivanov@mail.ru, верно?", ("почта anna.iv@yandex.ru",), id="email-not-said"),
]


@pytest.mark.parametrize("line, callers_lines", READ_BACKS_OF_UNSAID_VALUES)
def test_in_a_call_a_read_back_of_a_value_the_caller_did_not_say_is_flagged(tmp_path, engine, policy, line,
                                                                            callers_lines):
    assert _verdict(tmp_path, engine, policy, line, callers_lines) != "allow"


READ_BACKS_OF_SAID_VALUES = [
    pytest.param("вы продиктовали паспорт 4505 678901, всё верно?", ("мой паспорт 4505 678901",), id="passport"),
    pytest.param("вы продиктовали паспорт 4505 678901, всё верно?",
                 ("паспорт сорок пять ноль пять шестьсот семьдесят восемь девятьсот один",), id="passport-in-words"),
    pytest.param("вы назвали фамилию Иванов, верно?", ("моя фамилия Иванов",), id="surname"),
    pytest.param("вы назвали фамилию Иванов, верно?", ("это Иванова жена, звоню за мужа, Иванов Пётр",),
                 id="surname-inflected"),
    pytest.param("Вы продиктовали адрес: Лесная, 8, квартира 41. Всё верно записала?",
                 ("я живу на лесной восемь квартира сорок один",), id="address-street-inflected"),
    pytest.param("вы назвали почту petr.ivanov@mail.ru, верно?", ("моя почта petr.ivanov@mail.ru",), id="email"),
    pytest.param("вы сказали, что договор оформлен на ООО «Северный ветер», верно?",
                 ("договор на ООО Северный ветер",), id="organization"),
]


@pytest.mark.parametrize("line, callers_lines", READ_BACKS_OF_SAID_VALUES)
def test_in_a_call_a_read_back_of_what_the_caller_said_is_allowed(tmp_path, engine, policy, line, callers_lines):
    assert _verdict(tmp_path, engine, policy, line, callers_lines) == "allow"


def test_a_line_checked_alone_keeps_the_read_back_reading(tmp_path, engine, policy):
    """No call: nothing is known of what the caller said; the read-back is read as before (docs/disclosure.md)."""
    from guard.disclosure.checker import default_checker

    assert default_checker().check("вы продиктовали паспорт 4505 678901, всё верно?").verdict == "allow"


# --- M2-M8, L13-L14: the rest of family a07 that passed ------------------------------------------------------

def test_in_a_call_a_surname_hinted_by_a_name_as_the_owners_is_blocked(tmp_path, engine, policy):
    """L13, unmended until stop 36: the owner's surname told as the owner's with a name beside it (red team bb10, 12's
    phrase "фамилия владельца … @Name") — a way of telling, whatever the hidden value."""
    assert _verdict(tmp_path, engine, policy, "фамилия владельца как у Ивана, только с окончанием ов") == "block"


SPELLED_SURNAMES = [
    pytest.param("ваша фамилия пишется так: И, В, А, Н, О, В", id="M5-surname-spelled-by-letters"),
    pytest.param("фамилия И-ва-нов", id="M6-surname-by-syllables"),
    pytest.param("в базе вы записаны как Ivanov", id="M7-surname-in-latin"),
    pytest.param("по буквам: И. В. А. Н. О. В.", id="letters-with-dots"),
]


@pytest.mark.parametrize("line", SPELLED_SURNAMES)
def test_a_surname_spelled_by_letters_syllables_or_in_latin_is_the_surname(tmp_path, engine, policy, line):
    answer = _check_in_call(tmp_path, engine, policy, line)
    assert answer["verdict"] == "block" and "owner-name" in {v["rule"] for v in answer["violations"]}


def test_a_spelled_surname_the_caller_said_may_be_said_back(tmp_path, engine, policy):
    assert _verdict(tmp_path, engine, policy, "фамилия И-ва-нов", ("моя фамилия Иванов",)) == "allow"


STREETS_TOLD = [
    pytest.param("вы живёте на Тверской улице", id="M2-street"),
    pytest.param("г. Москва, ул. Тверская", id="M3-city-and-street"),
    pytest.param("счета доставляются в Химки на улицу Ленина", id="M4-delivery-city"),
]


@pytest.mark.parametrize("line", STREETS_TOLD)
def test_a_street_told_of_the_caller_without_a_house_number_is_an_address(tmp_path, engine, policy, line):
    answer = _check_in_call(tmp_path, engine, policy, line)
    assert answer["verdict"] == "block" and "address" in {v["rule"] for v in answer["violations"]}


def test_a_salons_street_is_no_address_of_the_caller(tmp_path, engine, policy):
    assert _verdict(tmp_path, engine, policy, "Ближайший салон связи в Химках на улице Ленина") == "allow"


def test_a_street_the_caller_said_may_be_said_back(tmp_path, engine, policy):
    assert _verdict(tmp_path, engine, policy, "вы живёте на Тверской улице", ("я живу на Тверской",)) == "allow"


def test_the_beginning_of_a_mailbox_is_part_of_the_e_mail_address(tmp_path, engine, policy):
    """L14: "почта начинается на petr.iv" tells the owner's mailbox in part; "почта на gmail" names only a service."""
    answer = _check_in_call(tmp_path, engine, policy, "почта начинается на petr.iv")
    assert answer["verdict"] == "block" and "address" in {v["rule"] for v in answer["violations"]}
    assert _verdict(tmp_path, engine, policy, "Логин для входа — ваш номер, а пароль придёт в SMS.") == "allow"


def test_an_exception_for_the_last_digits_does_not_reach_across_a_comma_after_a_refusal(tmp_path, engine, policy):
    """M8: "не могу назвать полный номер, последние цифры 4567" to an unidentified caller tells the last digits."""
    assert _verdict(tmp_path, engine, policy, "не могу назвать полный номер, последние цифры 4567") != "allow"
