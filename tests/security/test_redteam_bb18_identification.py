"""Red team bb18 (stop 43), findings f08 and f10 (пп. 1, 6): identification by something that is not the customer's.

- f10: a card whose owner's surname is what a CRM writes for "no name" ("Неизвестно", "Null", "Аноним", the field's
  label) was identified by that word and the DE first name and patronymic the operator sees on the screen — a few
  guesses of common placeholders opened primary identification and the last 4 digits. A value anyone can say
  identifies nobody (`guard.identification.names_no_one`, the words in recognizers/lexicon.py NO_NAME_WORDS).
- f08: ООО «Ромашка» was matched by "ЗАО Ромашка", "ИП Ромашка": a legal form said must be one the card writes; one
  left unsaid is tolerated.

The phrasings here are this file's own.
"""
from __future__ import annotations

import asyncio

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import guard_stack, make_card
from guard import identification
from guard.recognizers import lexicon

PLACEHOLDERS = ["Неизвестно", "Не указана", "НЕТ ДАННЫХ", "нет", "Неизвестна", "Отчество", "NULL", "none", "Test",
                "тестовый", "Анонимный", "Прочерк", "отсутствует", "N/A", "XXX"]
# Surnames that share a stem or a form with those words, or are as short as a particle: real names, still matched.
REAL_SURNAMES = ["Тестов", "Клиентов", "Ли", "Нетов", "Волк", "Пустовой", "Имяминов", "Данилов"]


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_item6_a_name_field_that_says_there_is_no_name_identifies_nobody(placeholder):
    card = make_card(owner__last_name=placeholder)
    assert identification.names_no_one(placeholder)
    assert not identification.match_full_name(f"{placeholder} Пётр Сергеевич", card)
    assert not identification.match_value("owner.last_name", placeholder, card)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(sorted(lexicon.NO_NAME_WORDS)), min_size=1, max_size=3),
       title=st.booleans())
def test_item6_any_run_of_absence_words_names_nobody(words, title):
    value = " ".join(word.title() if title else word for word in words)
    card = make_card(owner__last_name=value)
    assert not identification.match_full_name(f"{value} Пётр Сергеевич", card)


@pytest.mark.parametrize("surname", REAL_SURNAMES)
def test_item6_a_real_surname_near_an_absence_word_still_identifies(surname):
    assert not identification.names_no_one(surname)
    card = make_card(owner__last_name=surname)
    assert identification.match_full_name(f"{surname} Пётр Сергеевич", card)


def test_item6_a_patronymic_field_that_says_none_is_no_patronymic_to_ask_for():
    card = make_card(owner__middle_name="нет")
    assert identification.match_full_name("Иванов Пётр", card)
    assert not identification.match_full_name("Иванов Пётр Нет", card)


@pytest.mark.parametrize("said", ["ЗАО Ромашка", "АО «Ромашка»", "ПАО Ромашка", "ИП Ромашка", "НКО Ромашка",
                                  "ГУП «Ромашка»", "акционерное общество Ромашка", "Ромашка LLC"])
def test_item1_an_organisation_said_with_another_legal_form_is_another_organisation(said):
    card = make_card(owner__organization="ООО «Ромашка»")
    assert not identification.match_organization(said, card)


@pytest.mark.parametrize("said", ["Ромашка", "ООО Ромашка", "«Ромашка», ООО", "общество с ограниченной "
                                  "ответственностью «Ромашка»", "ооо ромашка"])
def test_item1_an_organisation_said_without_its_form_or_with_its_own_form_matches(said):
    card = make_card(owner__organization="ООО «Ромашка»")
    assert identification.match_organization(said, card)


def test_item6_through_the_proxy_a_placeholder_surname_shows_no_last_four(tmp_path, engine, policy):
    """The whole path: the card's surname is "Неизвестно"; identify with it and the DE name the screen shows."""
    card = make_card(owner__last_name="Неизвестно")
    msisdn = card["msisdn"]

    async def scenario():
        async with guard_stack(tmp_path, engine, policy, cards=[card]) as stack:
            async with aiohttp.ClientSession() as client:
                async with client.post(f"{stack.guard_url}/v1/calls",
                                       json={"msisdn": msisdn, "operator_id": "op4310"}) as resp:
                    call_id = (await resp.json())["call_id"]
                async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                                       json={"method": "primary", "full_name": "Неизвестно Пётр Сергеевич",
                                             "caller_gender": "male"}) as resp:
                    answer = await resp.json()
                async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                      headers={"X-Guard-Call": call_id}) as resp:
                    body = await resp.text()
        return answer, body

    answer, body = asyncio.run(scenario())
    assert not answer.get("matched")
    assert msisdn[-4:] not in body
