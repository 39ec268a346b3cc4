"""The black-box red team's findings against the CRM proxy (session 27: M1, L1-L5, M9 of /work/blind/bb/FINDINGS.md),
each replayed here as a real request against the real proxy, with a CRM on loopback serving the planted card.

- a hidden value the CRM writes into a field the policy shows (numbers[0].tariff) in a form its reader still reads:
  with Latin look-alike letters ("Ивaнов", M1), percent-encoded (L1), backwards ("вонавИ", "109876 5054": L2, L3);
- an address's street masked with its house and flat left beside it ("*** 5-12", L4);
- primary identification by a surname form of the other gender ("Иванова Пётр Сергеевич" for the male owner, L5);
- /confirm and /identify on a contract terminated over 5 years ago, whose data the rule withholds whole (M9);
- found while mending L4: a place word in a shown field made the same hidden word public — the street written alone
  ("Тверская"), the surname in a form that is also a town's ("Иванову", to Иваново).

A leak left open is a strict xfail whose reason starts with "LEAK" (`leak`, test_redteam_s20.py). The texts are the red
team's examples and variants written for this round by hand.
"""
from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

import pytest

from security.conftest import get, open_call
from security.hostile_crm import PLAIN, QUOTING, TERMINATED_2021, card
from security.test_redteam_s19 import PASSPORT_NUMBER, PASSPORT_SERIES, SURNAME, found_in
from security.test_redteam_s22 import _card_url, _serve
from security.test_redteam_s23 import _fetch_card

PASSPORT = PASSPORT_SERIES + PASSPORT_NUMBER


def _shown_tariff(attack, tariff: str) -> str:
    """The owner's card with `tariff` planted in numbers[0].tariff (a field the policy shows), read unidentified."""
    planted = card(PLAIN["msisdn"])
    planted["numbers"][0]["tariff"] = tariff
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    return json.loads(body)["numbers"][0]["tariff"]


# --- 1. the owner's surname in a shown field, in letters of another script that look the same (M1) -------------

@pytest.mark.parametrize("written", [
    pytest.param("Ивaнов", id="latin-a"),
    pytest.param("Иванoв", id="latin-o"),
    pytest.param("ИВAHOB", id="capitals-latin-a-h-o-b"),
    pytest.param("тариф Ивaнову П.С.", id="latin-a-declined-in-a-phrase"),
])
def test_a_hidden_surname_written_with_latin_look_alike_letters_is_masked_in_a_shown_field(attack, written):
    shown = _shown_tariff(attack, written)
    assert found_in([SURNAME], shown) == [], shown


@pytest.mark.parametrize("on_the_card", [pytest.param("Иванов", id="plain"),
                                         pytest.param("Ивaнов", id="look-alike-on-the-card")])
def test_a_hidden_surname_in_a_shown_field_is_masked_though_its_form_names_a_town(attack, on_the_card):
    """"Иванову" is also "to Иваново" (a town): a place written in a shown field made every hidden word of that place
    public, the owner's surname included. A word that may name a person stays hidden; and the card's own "Ивaнов"
    (Latin "a") is read as the surname, as the texts are."""
    planted = card(PLAIN["msisdn"], owner__last_name=on_the_card)
    planted["numbers"][0]["tariff"] = "Иванову"
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    assert found_in([SURNAME], json.loads(body)["numbers"][0]["tariff"]) == [], body


# --- 2. percent-encoding and writing backwards (L1-L3) -------------------------------------------------------

@pytest.mark.parametrize("written", [
    pytest.param(urllib.parse.quote("Иванов"), id="surname"),
    pytest.param(urllib.parse.quote("Иванов 4505 678901"), id="surname-and-passport"),
    pytest.param("паспорт " + urllib.parse.quote("4505 678901", safe=""), id="passport-with-encoded-space"),
])
def test_percent_encoded_text_in_a_shown_field_is_masked_whole(attack, written):
    shown = _shown_tariff(attack, written)
    assert found_in([SURNAME, PASSPORT, PASSPORT_NUMBER], urllib.parse.unquote(shown)) == [], shown


def test_a_shown_field_that_is_no_percent_encoding_is_left_as_it_is(attack):
    """A plain tariff with a percent sign in it ("скидка 50%") is no encoding: left as it is."""
    assert _shown_tariff(attack, "Скидка 50% на 3 месяца") == "Скидка 50% на 3 месяца"


@pytest.mark.parametrize("written", [
    pytest.param("109876 5054", id="passport-reversed"),
    pytest.param("1098765054", id="passport-reversed-in-one-run"),
    pytest.param("7654321309", id="contact-phone-reversed"),
])
def test_a_hidden_number_written_backwards_is_masked_in_a_shown_field(attack, written):
    shown = _shown_tariff(attack, written)
    assert found_in([PASSPORT, PASSPORT_NUMBER, "9031234567"], shown[::-1]) == [], shown


@pytest.mark.parametrize("written", [
    pytest.param("вонавИ", id="surname-reversed"),
    pytest.param("ВОНАВИ", id="surname-reversed-in-capitals"),
    pytest.param("тариф вонави", id="surname-reversed-in-a-phrase"),
])
def test_a_hidden_surname_written_backwards_is_masked_in_a_shown_field(attack, written):
    shown = _shown_tariff(attack, written)
    assert found_in([SURNAME], shown[::-1]) == [], shown


def test_a_shown_word_that_reads_as_no_hidden_word_backwards_is_left_as_it_is(attack):
    assert _shown_tariff(attack, "Мой безлимит") == "Мой безлимит"


# --- 3. a hidden address's house and flat beside its masked street (L4) -------------------------------------

@pytest.mark.parametrize("written", [
    pytest.param("Тверская 5-12", id="street-house-flat"),
    pytest.param("Тверская, д. 5, кв. 12", id="street-house-flat-with-words"),
    pytest.param("ул. Тверская д.5 кв.12", id="street-word-before"),
    pytest.param("Тверская 5/12", id="slash"),
    pytest.param("Тверская", id="street-alone"),  # a street is no public place, whatever field names it
])
def test_a_hidden_street_is_masked_with_the_house_and_flat_written_after_it(attack, written):
    shown = _shown_tariff(attack, written)
    assert "Тверск" not in shown and not re.search(r"\b5\b", shown) and "12" not in shown, shown


def test_the_number_of_a_tariff_is_not_taken_for_a_house(attack):
    """Digits after a word that is no hidden value stay: "Мой безлимит 5" is a tariff's name."""
    assert _shown_tariff(attack, "Мой безлимит 5") == "Мой безлимит 5"


# --- 4. the surname's gender form must be the owner's (L5) ---------------------------------------------------

async def _identify(client, guard_url: str, call_id: str, full_name: str, gender: str) -> dict[str, Any]:
    async with client.post(f"{guard_url}/v1/calls/{call_id}/identify",
                           json={"method": "primary", "full_name": full_name, "caller_gender": gender}) as resp:
        assert resp.status == 200, await resp.text()
        return await resp.json()


def _identified(attack, planted: dict[str, Any], full_name: str, gender: str) -> tuple[dict[str, Any], str]:
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, planted["msisdn"])
        answer = await _identify(client, stack.guard_url, call_id, full_name, gender)
        status, _, body = await get(client, _card_url(stack, planted["msisdn"]), headers={"X-Guard-Call": call_id})
        assert status == 200
        return answer, body

    return attack(scenario, crm=_serve(planted))


@pytest.mark.parametrize("planted, full_name, gender", [
    pytest.param(PLAIN, "Иванова Пётр Сергеевич", "male", id="feminine-surname-for-a-male-owner"),
    pytest.param(PLAIN, "Иванова Пётр Сергеевич", "female", id="feminine-surname-female-caller-male-owner"),
    pytest.param(QUOTING, "Журавлёв Инна Олеговна", "female", id="masculine-surname-for-a-female-owner"),
    pytest.param(PLAIN, "Иванова Петра Сергеевна", "male", id="mixed-cases-and-genders"),
])
def test_a_surname_form_of_the_other_gender_does_not_identify_the_owner(attack, planted, full_name, gender):
    answer, body = _identified(attack, planted, full_name, gender)
    assert answer == {"identification": "none", "matched": False}
    assert "*******" + planted["msisdn"][-4:] not in body  # no last 4 digits of the owner's number


@pytest.mark.parametrize("planted, full_name, gender", [
    pytest.param(PLAIN, "Иванов Пётр Сергеевич", "male", id="nominative"),
    pytest.param(PLAIN, "Иванова Петра Сергеевича", "male", id="genitive-all-three"),
    pytest.param(PLAIN, "Иванову Петру Сергеевичу", "male", id="dative-all-three"),
    pytest.param(QUOTING, "Журавлёва Инна Олеговна", "female", id="female-owner-nominative"),
    pytest.param(QUOTING, "Журавлёвой Инне Олеговне", "female", id="female-owner-dative"),
])
def test_the_owners_name_in_one_case_and_the_owners_gender_identifies_the_caller(attack, planted, full_name, gender):
    answer, body = _identified(attack, planted, full_name, gender)
    assert answer == {"identification": "primary", "matched": True}
    assert "*******" + planted["msisdn"][-4:] in body  # postpaid owner, gender heard and matching: the last 4


@pytest.mark.parametrize("planted, full_name, gender", [
    pytest.param(QUOTING, "Журавлёвой Инне", "female", id="female-owner-dative-without-patronymic"),
    pytest.param(PLAIN, "Иванов Пётр", "male", id="male-owner-nominative-without-patronymic"),
])
def test_a_name_without_the_patronymic_the_card_holds_does_not_identify_the_owner(attack, planted, full_name, gender):
    """Red team bb2, M1: primary identification by full name needs the whole ФИО the card holds."""
    answer, body = _identified(attack, planted, full_name, gender)
    assert answer == {"identification": "none", "matched": False}
    assert "*******" + planted["msisdn"][-4:] not in body


# --- 5. a contract terminated over 5 years ago: no oracle on the data the rule withholds (M9) ------------------

_RIGHT_AND_WRONG = {
    "owner.passport.number": (PASSPORT_NUMBER, "112233"),
    "owner.passport": ("4505 678901", "4505 112233"),
    "full_name": ("Иванов Пётр Сергеевич", "Петров Пётр Сергеевич"),
    "owner.last_name": (SURNAME, "Петров"),
    "contract.number": ("0777777777", "0777777770"),
    "email": ("petr.ivanov@mail.ru", "petr.petrov@mail.ru"),
}


@pytest.mark.parametrize("field", list(_RIGHT_AND_WRONG))
def test_confirm_on_a_contract_terminated_over_5_years_ago_answers_a_right_value_as_a_wrong_one(attack, field):
    async def scenario(stack, client):
        answers = []
        for value in _RIGHT_AND_WRONG[field]:
            call_id = await open_call(client, stack.guard_url, TERMINATED_2021["msisdn"])
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                                   json={"field": field, "value": value}) as resp:
                answers.append((resp.status, await resp.text()))
        return answers

    right, wrong = attack(scenario, crm=_serve(TERMINATED_2021))
    assert right == wrong
    assert right[0] == 200 and json.loads(right[1]) == {"matches": False}


def test_identify_on_a_contract_terminated_over_5_years_ago_answers_the_right_name_as_a_wrong_one(attack):
    async def scenario(stack, client):
        answers = []
        for body in ({"method": "primary", "full_name": "Иванов Пётр Сергеевич", "caller_gender": "male"},
                     {"method": "primary", "full_name": "Петров Пётр Сергеевич", "caller_gender": "male"},
                     {"method": "alternative", "passport": "4505 678901", "contract_number": "0777777777",
                      "caller_gender": "male"},
                     {"method": "alternative", "passport": "4505 112233", "contract_number": "0777777770",
                      "caller_gender": "male"}):
            call_id = await open_call(client, stack.guard_url, TERMINATED_2021["msisdn"])
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
                answers.append((resp.status, await resp.text()))
        return answers

    primary_right, primary_wrong, alternative_right, alternative_wrong = attack(scenario, crm=_serve(TERMINATED_2021))
    assert primary_right == primary_wrong and alternative_right == alternative_wrong
    assert json.loads(primary_right[1]) == {"identification": "none", "matched": False}


def test_a_contract_terminated_within_5_years_still_confirms_what_the_caller_says(attack):
    """The rule is the 5-year one only: an active customer's right passport number is confirmed."""
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": "owner.passport.number", "value": PASSPORT_NUMBER}) as resp:
            return await resp.json()

    assert attack(scenario, crm=_serve(PLAIN)) == {"matches": True}
