"""Red team bb8 (stop 33), the proxy's findings: each a real request against the real proxy with a hostile CRM on
loopback whose cards change between requests of one call, or a property of the one function the fix lives in.
The values here are this file's own (a customer of Казань and Самара), not the red team's scripts'.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.config import Settings
from guard.identification import stated_number
from guard.proxy.calls import confirmation_digest, for_this_card
from guard.proxy.state import ProxyState
from guard.sessions import CallSession, record_confirmation
from security.conftest import get, open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79272223344"
CITY = "78432112233"          # a Kazan city number
OTHER_CITY = "78432998877"    # the number the CRM answers with later in the same call


def _kazan_card(city: str = CITY) -> dict[str, Any]:
    return card(MSISDN, city_number=city, owner__last_name="Галиуллин", owner__first_name="Ринат",
                owner__middle_name="Ильдарович", de={"first_name": "Ринат", "middle_name": "Ильдарович"})


async def _confirm(client, url: str, call_id: str, field: str, value: str) -> bool:
    async with client.post(f"{url}/v1/calls/{call_id}/confirm", json={"field": field, "value": value}) as resp:
        assert resp.status == 200, await resp.text()
        return (await resp.json())["matches"]


async def _shown(client, url: str, call_id: str) -> dict[str, Any]:
    status, _, body = await get(client, f"{url}/crm/api/customers/{MSISDN}", headers={"X-Guard-Call": call_id})
    assert status == 200, body
    return json.loads(body)


# --- 03: a п. 5 confirmation binds the number the caller stated, not the card's path ------------------------------

def test_a_city_number_the_crm_changes_after_the_caller_confirmed_the_old_one_is_hidden(attack):
    cards = {MSISDN: _kazan_card()}

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        assert await _confirm(client, stack.guard_url, call_id, "city_number", "8 (843) 211-22-33")
        before = await _shown(client, stack.guard_url, call_id)
        cards[MSISDN] = _kazan_card(OTHER_CITY)  # the CRM answers the next read with another city number
        after = await _shown(client, stack.guard_url, call_id)
        cards[MSISDN] = _kazan_card()  # and the stated one again
        back = await _shown(client, stack.guard_url, call_id)
        return before, after, back

    before, after, back = attack(scenario, crm=crm_with({}, cards))
    assert before["city_number"] == CITY  # п. 5: the number the caller stated is shown
    assert "2998877" not in json.dumps(after, ensure_ascii=False), after["city_number"]
    assert MSISDN[-7:] not in json.dumps(after, ensure_ascii=False)  # nor the federal number it unlocked
    assert back["city_number"] == CITY


def test_a_confirmed_city_number_the_crm_writes_another_way_stays_confirmed(attack):
    cards = {MSISDN: _kazan_card()}

    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        assert await _confirm(client, stack.guard_url, call_id, "city_number", "восемь восемьсот сорок три двести "
                                                                              "одиннадцать двадцать два тридцать три")
        cards[MSISDN] = _kazan_card("8 (843) 211-22-33")
        return await _shown(client, stack.guard_url, call_id)

    shown = attack(scenario, crm=crm_with({}, cards))
    assert shown["city_number"] == "8 (843) 211-22-33"


def test_the_call_state_keeps_no_plain_confirmed_number():
    state = ProxyState(settings=Settings(), audit=None, sessions=None)
    session = CallSession(call_id="call-k", msisdn=MSISDN, operator_id="op1", created_at=0.0)
    digest = confirmation_digest(state, "city_number", stated_number("city_number", CITY))
    confirmed = record_confirmation(session, field="city_number", matches=True, max_failures=5, value_digest=digest)
    stored = json.dumps(confirmed.session.confirmed_values and sorted(confirmed.session.confirmed_values))
    assert confirmed.session.confirmed == frozenset({"city_number"})
    assert not any(piece in stored for piece in (CITY[-4:], CITY[1:8], "2112233"))


_CITY_NUMBERS = st.from_regex(r"7(4[0-9]{2}|8[0-9]{2})[0-9]{7}", fullmatch=True)
_WRITINGS = [lambda n: n, lambda n: "8" + n[1:], lambda n: f"+7 ({n[1:4]}) {n[4:7]}-{n[7:9]}-{n[9:]}",
             lambda n: n[1:]]


@settings(max_examples=60, deadline=None)
@given(said=_CITY_NUMBERS, shown=_CITY_NUMBERS, writing=st.sampled_from(_WRITINGS))
def test_a_confirmation_holds_exactly_while_the_card_holds_the_number_stated(said, shown, writing):
    state = ProxyState(settings=Settings(), audit=None, sessions=None)
    opened = CallSession(call_id="call-p", msisdn=MSISDN, operator_id="op1", created_at=0.0)
    digest = confirmation_digest(state, "city_number", stated_number("city_number", writing(said)))
    session = record_confirmation(opened, field="city_number", matches=True, max_failures=5,
                                  value_digest=digest).session
    now = copy.deepcopy(_kazan_card(writing(shown)))
    assert ("city_number" in for_this_card(state, session, now).confirmed) == (said == shown)


# --- 21: the guessing budget binds the customer, not only the number -----------------------------------------------

SECOND = "79272225566"
TIGHT = {"guess_limit_confirm_per_number": 4, "guess_limit_confirm_per_operator": 50,
         "guess_limit_identify_per_number": 3, "guess_limit_identify_per_operator": 50}


def _second_number_card(**changes: Any) -> dict[str, Any]:
    """The same owner's card under their second number, as a CRM may write it: other case, ё, another date format."""
    other = _kazan_card()
    other["msisdn"] = SECOND
    other["numbers"] = [{"msisdn": SECOND, "tariff": "Семейный"}]
    other["owner"].update({"last_name": "ГАЛИУЛЛИН", "birth_date": "12.03.1980", **changes})
    return other


async def _status_of_confirm(client, url: str, msisdn: str, operator: str, field: str, value: str) -> tuple[int, Any]:
    call_id = await open_call(client, url, msisdn, operator=operator)
    async with client.post(f"{url}/v1/calls/{call_id}/confirm", json={"field": field, "value": value}) as resp:
        return resp.status, await resp.json(content_type=None)


def test_guesses_at_one_number_change_no_answer_on_the_owners_other_number_and_are_audited(attack):
    """bb8, 21 counted the owner's guesses over all their numbers; since red team bb16 (02, 03) that count is the
    auditor's only: a spent owner's budget refused a right birth date on the owner's other number, which told the line
    that the two numbers are one customer's (п. 8). The answers depend on the number's own budget alone."""
    cards = {MSISDN: _kazan_card(), SECOND: _second_number_card()}

    async def scenario(stack, client):
        first = [await _status_of_confirm(client, stack.guard_url, MSISDN, f"op{i}", "owner.birth_date",
                                          f"1975-07-{i + 1:02d}") for i in range(5)]
        second = await _status_of_confirm(client, stack.guard_url, SECOND, "op9", "owner.birth_date", "1975-08-01")
        right = await _status_of_confirm(client, stack.guard_url, SECOND, "op10", "owner.birth_date", "1980-03-12")
        return first, second, right, stack.audit()

    first, second, right, audit = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    assert [status for status, _ in first] == [200] * 4 + [429]
    assert second == (200, {"matches": False})
    assert right == (200, {"matches": True})  # compared: the same answer a stranger's number gives
    confirms = [record for record in audit if record["kind"] == "confirm"]
    assert any(record.get("owner_budget_spent") for record in confirms)  # the auditor sees the owner guessed at
    assert not any(record.get("locked") == "owner" for record in audit)


def test_another_customers_number_keeps_its_own_budget_and_the_right_answer_costs_nothing(attack):
    stranger = _second_number_card(last_name="Сафин", first_name="Тимур", birth_date="1991-11-02",
                                   passport={"series": "9203", "number": "114477"})
    cards = {MSISDN: _kazan_card(), SECOND: stranger}

    async def scenario(stack, client):
        rights = [await _status_of_confirm(client, stack.guard_url, MSISDN, "op1", "owner.birth_date", "12.03.1980")
                  for _ in range(6)]
        wrongs = [await _status_of_confirm(client, stack.guard_url, MSISDN, f"op{i}", "owner.birth_date",
                                           f"1975-07-{i + 1:02d}") for i in range(5)]
        other = await _status_of_confirm(client, stack.guard_url, SECOND, "op9", "owner.birth_date", "1991-11-02")
        return rights, wrongs, other

    rights, wrongs, other = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    assert rights == [(200, {"matches": True})] * 6
    assert [status for status, _ in wrongs] == [200] * 4 + [429]
    assert other == (200, {"matches": True})


def test_failed_identifications_on_one_number_of_a_customer_leave_the_right_name_on_their_other_number(attack):
    cards = {MSISDN: _kazan_card(), SECOND: _second_number_card()}

    async def scenario(stack, client):
        statuses = []
        for i, (msisdn, name) in enumerate([(MSISDN, "Галиев Ринат"), (MSISDN, "Гилязов Ринат"),
                                            (MSISDN, "Галеев Ринат"), (SECOND, "Галиуллин Ринат Ильдарович")]):
            call_id = await open_call(client, stack.guard_url, msisdn, operator=f"op{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "full_name": name, "caller_gender": "male"}) as resp:
                answer = await resp.json(content_type=None)
                statuses.append((resp.status, answer.get("locked"), answer.get("matched")))
        return statuses

    # the right name on the other number is compared and matched, as on a stranger's number (red team bb16, 03: a
    # refusal there told that the numbers share an owner and locked the owner out)
    assert attack(scenario, crm=crm_with({}, cards), **TIGHT) == [(200, None, False)] * 3 + [(200, None, True)]


_NAME_WRITINGS = [str, str.upper, str.lower, lambda w: w.replace("е", "ё", 1)]
_DATE_WRITINGS = [lambda d: d, lambda d: f"{d[8:]}.{d[5:7]}.{d[:4]}", lambda d: f"{d[8:]}/{d[5:7]}/{d[:4]}"]


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(["Галиуллин", "Петров", "Семенова", "Ким"]), day=st.integers(1, 28),
       other_day=st.integers(1, 28), name_writing=st.sampled_from(_NAME_WRITINGS),
       date_writing=st.sampled_from(_DATE_WRITINGS))
def test_one_owner_is_one_budget_however_the_crm_writes_them(surname, day, other_day, name_writing, date_writing):
    from guard.proxy.calls import guessed_owners

    state = ProxyState(settings=Settings(), audit=None, sessions=None)
    one = card(MSISDN, owner__last_name=surname, owner__birth_date=f"1980-03-{day:02d}",
               owner__passport={"series": "9203", "number": "114477"})
    again = card(SECOND, owner__last_name=name_writing(surname),
                 owner__birth_date=date_writing(f"1980-03-{other_day:02d}"),
                 owner__passport={"series": "92 03", "number": "114477"})
    by_name, by_passport = guessed_owners(state, one)
    others = guessed_owners(state, again)
    assert by_passport in others  # the same passport: the same person whatever else the CRM wrote
    assert (by_name in others) == (day == other_day)
    assert not any(surname.lower() in owner.lower() for owner in others)


# --- 14: the later identification decides: an alternative one after a primary one shows no last 4 digits ----------

def _woman_card() -> dict[str, Any]:
    return card(MSISDN, owner__last_name="Галиуллина", owner__first_name="Алсу", owner__middle_name="Ринатовна",
                owner__gender="female", owner__birth_date="1986-09-21",
                owner__passport={"series": "9208", "number": "334455", "issued_by": "УФМС", "issued_at": "2006-10-01"},
                de={"first_name": "Алсу", "middle_name": "Ринатовна"})


async def _identify(client, url: str, call_id: str, body: dict[str, Any]) -> dict[str, Any]:
    async with client.post(f"{url}/v1/calls/{call_id}/identify", json=body) as resp:
        assert resp.status == 200, await resp.text()
        return await resp.json()


def test_an_alternative_identification_after_the_primary_one_hides_the_last_four_digits(attack):
    cards = {MSISDN: _woman_card()}
    primary = {"method": "primary", "full_name": "Галиуллина Алсу Ринатовна", "caller_gender": "female"}
    screens = {}

    async def scenario(stack, client):
        for gender in ("female", "male"):
            call_id = await open_call(client, stack.guard_url, MSISDN)
            assert (await _identify(client, stack.guard_url, call_id, primary))["identification"] == "primary"
            screens[("primary", gender)] = await _shown(client, stack.guard_url, call_id)
            answer = await _identify(client, stack.guard_url, call_id, {
                "method": "alternative", "passport": "92 08 334455", "birth_date": "21.09.1986",
                "caller_gender": gender})
            assert answer == {"identification": "alternative", "matched": True}
            screens[("alternative", gender)] = await _shown(client, stack.guard_url, call_id)

    attack(scenario, crm=crm_with({}, cards))
    assert screens[("primary", "female")]["msisdn"].endswith(MSISDN[-4:])  # п. 6 met: the last 4 digits
    for gender in ("female", "male"):
        assert MSISDN[-4:] not in json.dumps(screens[("alternative", gender)], ensure_ascii=False), gender


# --- 01, 02, 11: a hidden value written one slip off in the same card's comments ----------------------------------

def _noted_card(*notes: str) -> dict[str, Any]:
    """The Kazan card with a code word, a secret answer and a SIM's PUK in fields no rule names (hidden by default)."""
    noted = _kazan_card()
    noted.update(code_word="Черника", secret_answer="Мурзик", sim={"puk": "58204716"},
                 comments=[{"at": "2026-11-03T12:00:00", "author": "op77", "text": note} for note in notes])
    return noted


def _comments_shown(attack, *notes: str) -> list[str]:
    cards = {MSISDN: _noted_card(*notes)}

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    return attack(scenario, crm=crm_with({}, cards))


SLIPS = [
    ("кс чирника, сверено", "чирника"),          # a letter wrong
    ("назвал черниика", "черниика"),            # a letter doubled
    ("к/с Ч3рника", "Ч3рника"),                  # a digit for a look-alike letter
    ("кодовое ЧЕР НИКА подтвердил", "ЧЕР НИКА"),  # cut by a space
    ("kodovoe cher-ni-ka", "cher-ni-ka"),        # cut by hyphens, in Latin letters
    ("ответ на вопрос мурзек", "мурзек"),
    ("ответ мур зик", "мур зик"),
    ("звонил галиулин, просил счёт", "галиулин"),  # the owner's surname, a letter missing, lowercase
    ("кл. галиуллинн недоволен", "галиуллинн"),
]


def test_a_hidden_value_written_one_slip_off_in_the_cards_comments_is_masked(attack):
    shown = _comments_shown(attack, *(note for note, _ in SLIPS))
    leaks = [(note, text) for (note, slip), text in zip(SLIPS, shown) if slip.lower() in text.lower()]
    assert leaks == []


def test_a_hidden_puk_said_in_two_halves_a_few_words_apart_is_masked(attack):
    note = "продиктовал пять восемь два ноль, затем четыре семь один шесть"  # no cue: the card says what it is
    shown = _comments_shown(attack, note, "записал 5820, потом 4716")
    assert "четыре семь один шесть" not in shown[0] and "пять восемь два ноль" not in shown[0], shown[0]
    assert "4716" not in shown[1] and "5820" not in shown[1], shown[1]


def test_the_cards_ordinary_comments_stay_readable():
    from guard.proxy.scrub import CardSecrets

    secrets = CardSecrets.from_values(["Галиуллин Ринат Ильдарович"], unnamed=["Черника", "Мурзик"])
    for note in ("Клиент просил перезвонить по его вопросу, всё верно", "Подключена услуга, договор на руках",
                 "Мурманск, роуминг не работал", "Звонил по поводу счёта за ноябрь"):
        assert secrets.scrub_text(note) == (note, 0)


_RUSSIAN = "абвгдежзийклмнопрстуфхцчшщыьэюя"
_SECRETS = ["Мурзик", "Барбарис", "Кузьминична", "Галиулин"]


def _slipped(word: str, draw) -> str:
    at = draw(st.integers(1, len(word) - 1))  # the first letter kept: a word is recognised by how it starts
    letter = draw(st.sampled_from(_RUSSIAN))
    kind = draw(st.sampled_from(["wrong", "extra", "missing"]))
    if kind == "wrong":
        return word[:at] + letter + word[at + 1:]
    if kind == "extra":
        return word[:at] + letter + word[at:]
    return word[:at] + word[at + 1:]


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_one_letter_off_a_hidden_word_of_five_letters_or_more_is_masked(data):
    from guard.morph import known_word
    from guard.proxy.scrub import CardSecrets

    from hypothesis import assume

    secret = data.draw(st.sampled_from(_SECRETS))
    slip = _slipped(secret, data.draw)
    assume(not known_word(slip))  # a slip that lands on another word is that word (CardSecrets._near_spans)
    text, count = CardSecrets.from_values([], unnamed=[secret]).scrub_text(f"кл. назвал {slip} верно")
    assert slip not in text and count == 1, text


@settings(max_examples=100, deadline=None)
@given(secret=st.sampled_from(_SECRETS + ["Черника"]), data=st.data())
def test_a_hidden_word_cut_into_pieces_or_with_a_look_alike_digit_is_masked(secret, data):
    from guard.proxy.scrub import CardSecrets

    at = data.draw(st.integers(2, len(secret) - 2))
    join = data.draw(st.sampled_from([" ", "-"]))
    cut = secret[:at] + join + secret[at:]
    digit = secret.replace("о", "0").replace("з", "3").replace("б", "6")
    secrets = CardSecrets.from_values([], unnamed=[secret])
    for written in (cut, cut.upper(), digit):
        text, _ = secrets.scrub_text(f"ответ {written}, сверено")
        assert text == "ответ ***, сверено", (written, text)


# --- 23 (the address's part): a hidden street's house and flat said in words after it ----------------------------

def test_a_hidden_streets_house_and_flat_said_in_words_are_masked_with_it(attack):
    cards = {MSISDN: _noted_card("подтвердил баумана семь тридцать один", "баумана, звонил два раза")}
    address = "г. Казань, ул. Баумана, д. 7, кв. 31"
    cards[MSISDN]["addresses"] = {"registration": address, "legal": None, "billing": address, "delivery": None}

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    said, other = attack(scenario, crm=crm_with({}, cards))
    assert "семь" not in said and "тридцать один" not in said and "баумана" not in said.lower(), said
    assert other == "***", other  # the comments answered alike once a hidden value is found (red team bb22, f01)
