"""Red-team round bb22 (stop 47): the redactor and the proxy, in this repository's own phrasings and values.

- f09: a name in quotes a noun for a person governs ("клиент «Сидоров»") is that person's name.
- f10: a surname glued to the next capitalised word ("СидоровЗдравствуйте") is masked however long and lowercase the
  rest of the text is (a capital inside a word is the writer's).
- f08 (Инструкция запретов, п. 4): a Flash entry about the contact person in any spelling or shape reads as the ban.
- f11: a CRM string longer than `max_text_chars` is withheld before anything reads it; the rest of the card is shown.
- f01: the card-aware scrubbing answers a fetch's comments alike whichever guess written in them is the card's.
The proxy's findings through the real proxy and a hostile CRM on loopback.
"""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy import REDACTION_FAILED
from security.conftest import get, open_call, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

SURNAMES = ["Сидоров", "Воробьёва", "Лисицын", "Кузнецова", "Шевчук"]


def _redacted(engine, text: str) -> str:
    return engine.redact(text).text


# --- f09: a name in quotes after a noun for a person ---------------------------------------------------------------

@pytest.mark.parametrize("noun", ["клиент", "Клиент", "КЛИЕНТ", "абонентка", "гражданин", "владелец"])
@pytest.mark.parametrize("surname", ["Сидоров", "Воробьёва"])
def test_a_name_in_quotes_a_noun_for_a_person_governs_is_masked(engine, noun, surname):
    assert surname not in _redacted(engine, f"{noun} «{surname}» просил перезвонить")


@pytest.mark.parametrize("quoted", ["Сидоров Игорь", "Сидоров И.П.", "Сидоров  "])
def test_a_full_name_or_initials_in_quotes_after_клиент_are_masked(engine, quoted):
    assert "Сидоров" not in _redacted(engine, f"клиент «{quoted}» просил перезвонить")


def test_an_organizations_form_between_клиент_and_the_quote_leaves_the_quote_to_the_organization(engine):
    assert "Ромашка" in _redacted(engine, "клиент ООО «Ромашка» просил счёт")


def test_a_name_in_quotes_agrees_in_case_with_the_noun_for_a_person(engine):
    assert "Сидорова" not in _redacted(engine, "у клиента «Сидорова» долг")


def test_a_quote_in_another_case_is_what_the_noun_governs_not_the_persons_name():
    from guard.recognizers.person import _quoted_after_person_nouns

    assert _quoted_after_person_nouns("владелец «Мерседеса» просил эвакуатор", False) == []


# --- f10: a surname glued to the next word, whatever the text's length ------------------------------------------------

@settings(max_examples=6, deadline=None)
@given(surname=st.sampled_from(SURNAMES), glued=st.sampled_from(["Здравствуйте", "Просил", "Спасибо"]),
       repeats=st.integers(min_value=0, max_value=50))
def test_a_surname_glued_to_the_next_capitalised_word_is_masked_whatever_follows(engine, surname, glued, repeats):
    text = f"Кл. {surname}{glued} перезвонить, " + "по вашему вопросу сообщаю, что тариф действует, " * repeats
    assert surname not in _redacted(engine, text)


# --- f08: the Flash ban on the contact person in any spelling ------------------------------------------------------

def _organisation(flash) -> dict:
    out = card("79160002201", client_type="organization", flash_restrictions=flash)
    out["owner"] = dict(out["owner"], organization="ООО Ромашка")
    out["contact"] = {"phone": "79031234567", "person": "Лисицына Анна Петровна", "email": None}
    return out


def _contact_shown(policy, flash) -> str:
    from guard.callstate import CallState
    from guard.policy import IdentificationLevel

    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="organization")
    return str(policy.apply(copy.deepcopy(_organisation(flash)), state, redact_text=lambda t: "***").card.get("contact"))


@pytest.mark.parametrize("flash", [[{"contact_person": False}], [{"contact_person": "deny"}],
                                   [{"allow_contact_person": False}], ["contact_person: deny"], ["contact_person=false"],
                                   ["nо_contact_person"], ["ｎｏ＿ｃｏｎｔａｃｔ＿ｐｅｒｓｏｎ"], ["no_cоntact_person"],
                                   ["кoнтактное лицо"], {"flags": {"contact_person": None}}])
def test_item4_a_flash_entry_about_the_contact_person_in_any_spelling_or_shape_is_the_ban(policy, flash):
    assert "Лисицына" not in _contact_shown(policy, flash)


@pytest.mark.parametrize("flash", [[], ["no_sms"], {"no_contact_person": False}, [{"no_contact_person": 0}]])
def test_item4_no_flash_entry_about_the_contact_person_or_its_code_switched_off_shows_it(policy, flash):
    assert "Лисицына" in _contact_shown(policy, flash)


def test_item4_a_flash_ban_in_a_crms_spelling_hides_the_contact_person_through_the_proxy(attack):
    cards = {"79160002201": _organisation([{"contact_person": "deny"}])}

    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, "79160002201")
        async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                               json={"method": "primary", "organization": "ООО Ромашка", "caller_gender": "female"}) as r:
            assert r.status == 200, await r.text()
        return await get(client, f"{stack.guard_url}/crm/api/customers/79160002201", headers={"X-Guard-Call": call})

    status, _, body = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert status == 200 and "Лисицына" not in shown_text(body)


# --- f11: one huge string read by nothing ---------------------------------------------------------------------------

def test_a_crm_string_longer_than_the_guard_reads_is_withheld_and_the_rest_of_the_card_shown(attack):
    big = card("79160002202", comments=[{"at": "2026-10-30T09:00:00", "author": "op1", "text": "а " * 6000 + "Сидоров"},
                                        {"at": "2026-10-30T10:00:00", "author": "op2", "text": "Просил перезвонить"}])
    seen: list[int] = []

    def tweak(app):
        from guard.proxy.state import STATE

        detector = app[STATE].detector
        redact_many = detector.redact_many

        async def recording(texts):
            seen.extend(len(text) for text in texts)
            return await redact_many(texts)
        detector.redact_many = recording

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79160002202")

    status, _, body = attack(scenario, crm=crm_with({}, {"79160002202": big}), tweak=tweak, auth_mode="none",
                             max_text_chars=10_000)
    comments = [comment["text"] for comment in json.loads(body)["comments"]]
    assert status == 200 and comments == [REDACTION_FAILED, "Просил перезвонить"]
    assert all(length <= 10_000 for length in seen)  # the engine never read it either


def test_item4_a_flash_note_withheld_for_its_length_counts_as_the_ban(policy):
    # the proxy withholds a string longer than it reads before the policy sees it: what the note said is unknown, so
    # the contact person stays hidden (fail closed), as for any note the policy cannot read
    assert "Лисицына" not in _contact_shown(policy, [REDACTION_FAILED])
    assert "Лисицына" not in _contact_shown(policy, ["no_sms", REDACTION_FAILED])


def test_item4_a_long_flash_ban_withheld_by_the_proxy_still_hides_the_contact_person(attack):
    long_ban = "Запрет: контактное лицо не сообщать. " + "история обращений " * 800
    cards = {"79160002201": _organisation([long_ban])}

    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, "79160002201")
        async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                               json={"method": "primary", "organization": "ООО Ромашка", "caller_gender": "female"}) as r:
            assert r.status == 200, await r.text()
        return await get(client, f"{stack.guard_url}/crm/api/customers/79160002201", headers={"X-Guard-Call": call})

    status, _, body = attack(scenario, crm=crm_with({}, cards), auth_mode="none", max_text_chars=10_000)
    assert status == 200 and "Лисицына" not in shown_text(body)


def test_a_crm_text_body_longer_than_the_guard_reads_is_refused(attack):
    async def note(request):
        from aiohttp import web
        return web.Response(text="Сидоров " * 2000, content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/note")

    status, _, body = attack(scenario, crm=crm_with({"/api/note": note}), auth_mode="none", max_text_chars=10_000)
    assert status == 502 and "Сидоров" not in body


# --- f01: guesses written into comments answered alike -------------------------------------------------------------

_GUESSES = [f"заявка {n}" for n in range(4500, 4520)] + [f"{street} улица перекрыта" for street in
                                                          ("Тверская", "Пятницкая", "Покровка", "Арбат")] \
    + [f"Клиент спрашивал про {noun} на даче" for noun in ("мельника", "кузнеца", "пекаря")]


def _guessed(msisdn: str, series: str, surname: str, street: str) -> dict:
    out = card(msisdn, owner__last_name=surname, owner__passport__series=series,
               comments=[{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text} for text in _GUESSES])
    out["addresses"] = {kind: f"г. Москва, ул. {street}, д. 5, кв. 12" for kind in ("registration", "billing", "delivery")}
    return out


def test_comments_holding_guesses_at_hidden_values_read_the_same_whichever_guess_is_the_cards(attack):
    cards = {"79160002203": _guessed("79160002203", "4505", "Мельник", "Тверская"),
             "79160002204": _guessed("79160002204", "4517", "Кузнец", "Пятницкая")}

    async def scenario(stack, client):
        return [await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}") for msisdn in cards]

    (first_status, _, first), (second_status, _, second) = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    shown = [[comment["text"] for comment in json.loads(body)["comments"]] for body in (first, second)]
    assert first_status == second_status == 200
    assert shown[0] == shown[1]  # the answer does not follow the card
    assert not any("4505" in text or "Тверская" in text or "мельника" in text for text in shown[0])
