"""Red team bb9 (stop 34), the proxy's findings: each a real request against the real proxy with a hostile CRM on
loopback, or a property of the one function the fix lives in. The values are this file's own (a customer of
Новосибирск with a code word and a secret answer), not the red team's scripts'.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from guard.proxy.scrub import CardSecrets
from guard.recognizers.birth_date import reads_as_a_day_and_month
from security.conftest import get, open_call
from security.hostile_crm import card
from security.test_guessing import TIGHT
from security.test_redteam_s19 import crm_with

MSISDN = "79134445566"
CODE_WORD = "Брусника"
ANSWER = "Тимофей"
_PROPERTY = settings(max_examples=40, deadline=None)


def _noted_card(*notes: str, **changes: Any) -> dict[str, Any]:
    """A Novosibirsk customer with a code word and a secret answer in fields no rule names (hidden by default)."""
    noted = card(MSISDN, owner__last_name="Ковригин", owner__first_name="Семён", owner__middle_name="Аркадьевич",
                 owner__birth_date="1983-09-17", de={"first_name": "Семён", "middle_name": "Аркадьевич"}, **changes)
    noted.update(code_word=CODE_WORD, secret_answer=ANSWER,
                 comments=[{"at": "2026-11-04T11:00:00", "author": "op310", "text": note} for note in notes])
    return noted


def _comments_shown(attack, *notes: str, **changes: Any) -> list[str]:
    cards = {MSISDN: _noted_card(*notes, **changes)}

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    return attack(scenario, crm=crm_with({}, cards))


# --- 20: a hidden word with a character inside that a screen draws as nothing -----------------------------------------

UNSEEN = {"soft hyphen": "\u00ad", "zero-width space": "\u200b", "zero-width non-joiner": "\u200c",
          "zero-width joiner": "\u200d", "right-to-left mark": "\u200f", "word joiner": "\u2060",
          "byte order mark": "\ufeff", "variation selector 15": "\ufe0e", "tag space": "\U000e0020"}


def test_a_hidden_code_word_with_an_unseen_character_inside_is_masked_in_the_comments(attack):
    notes = [f"назвал слово брус{char}ника, ок" for char in UNSEEN.values()]
    shown = _comments_shown(attack, *notes)
    seen = {name: text for name, text in zip(UNSEEN, shown)}
    on_screen = {name: "".join(ch for ch in text if ch not in UNSEEN.values()) for name, text in seen.items()}
    assert [name for name, text in on_screen.items() if "брусника" in text.lower()] == []
    # the comments answered alike once a hidden value is found in them (red team bb22, f01)
    assert all(text == "***" for text in on_screen.values()), on_screen


@_PROPERTY
@given(secret=st.sampled_from([CODE_WORD, ANSWER, "Ковригин"]), data=st.data(),
       chars=st.lists(st.sampled_from(sorted(UNSEEN.values())), min_size=1, max_size=3))
def test_unseen_characters_anywhere_inside_a_hidden_word_hide_nothing_of_it(secret, data, chars):
    word = secret.lower()
    for char in chars:
        at = data.draw(st.integers(min_value=1, max_value=len(word) - 1))
        word = word[:at] + char + word[at:]
    secrets = CardSecrets.from_values(["Ковригин Семён Аркадьевич"], unnamed=[CODE_WORD, ANSWER])
    shown, count = secrets.scrub_text(f"клиент сказал {word} и положил трубку")
    assert count >= 1 and shown.startswith("клиент сказал ") and shown.endswith(" и положил трубку"), shown
    assert not any(piece in shown for piece in (secret.lower()[:4], secret.lower()[-4:])), shown
    # the same text among a response's texts (scrubbed as one joined text) is masked the same way
    assert secrets.scrub_texts(["ок", f"клиент сказал {word} и положил трубку"])[
        f"клиент сказал {word} и положил трубку"] == (shown, count)


# --- 08: a comment naming a refused customer's number in a shape only a reader reads ----------------------------------

FORMER = "79130007060"  # a contract ended in 2016: "nothing at all" of this customer (the 5-year rule)


def _former_customer() -> dict[str, Any]:
    former = card(FORMER, owner__last_name="Штольц", owner__first_name="Ирма", owner__middle_name="Карловна",
                  owner__gender="female", de={"first_name": "Ирма", "middle_name": "Карловна"},
                  contract={"number": "5512004477", "status": "terminated", "terminated_at": "2016-03-01"})
    former["code_word"] = "Пеликан"
    return former


FORMER_WRITTEN = [
    "перезвонить 8 913 ООО 7О 6О, слово пеликан",     # Cyrillic О for every zero, a group of them too
    "перезвонить 8 913 OOO 7O 6O, слово пеликан",     # Latin O
    "перезвонить 000-70-60 (913), слово пеликан",     # the code after the number
    "перезвонить 0079130007060, слово пеликан",       # dialled from abroad: 00 7
    "перезвонить 00 7 913 000 70 60, слово пеликан",
]


@pytest.mark.parametrize("note", FORMER_WRITTEN)
def test_a_comment_naming_a_refused_customers_number_in_a_readers_shape_is_hidden(attack, note):
    cards = {MSISDN: _noted_card(note), FORMER: _former_customer()}

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")

    status, _, body = attack(scenario, crm=crm_with({}, cards))
    assert status in (200, 502), body
    assert "пеликан" not in body.lower() and "7060" not in body and "7О 6О" not in body, body[-400:]


@_PROPERTY
@given(national=st.from_regex(r"9[0-9]{9}", fullmatch=True), data=st.data())
def test_a_number_with_look_alike_letters_for_its_zeros_or_the_code_after_names_its_customer(national, data):
    from guard.proxy.forward import written_msisdns

    spaced = f"{national[:3]} {national[3:6]} {national[6:8]} {national[8:]}"
    shapes = [f"8 {spaced}".translate(str.maketrans("0", data.draw(st.sampled_from("ОoOо")))),
              f"{national[3:6]}-{national[6:8]}-{national[8:]} ({national[:3]})", f"00 7 {spaced}", f"007{national}"]
    for shape in shapes:
        assert "7" + national in written_msisdns(f"тел. {shape}, записал"), shape


# --- 01, 13: a hidden word one derivation past the scrub -------------------------------------------------------------

DERIVED = [
    ("старое слово брусничка, сменили", "брусничк"),       # a diminutive, the stem's к alternated
    ("что-то брусничное, не помнит", "брусничн"),           # an adjective
    ("придумал сам: мамабрусника", "мамабрусника"),         # a compound
    ("по поводу ковригинского счёта", "ковригинск"),       # a possessive adjective of the surname
    ("kovrygyn perezvonit", "kovrygyn"),                    # transliterated, "y" for "и" twice
    ("k o v r i g i n", "k o v r i g i n"),                 # Latin letters spaced out
    ("КОВРИГ. просил счёт", "КОВРИГ"),                      # cut with a full stop
    ("почта semenkovrigin83почта", "semenkovrigin"),        # glued to other letters
    ("по буквам: бэ эр у эс эн и ка а", "бэ эр у эс эн и ка а"),  # spelled by the letters' names
    ("звонил кавриген, просил счёт", "кавриген"),          # unstressed vowels heard one for another, two of them
    ("к/с БРСНК", "БРСНК"),                                  # the consonants alone
]


def test_a_hidden_word_one_derivation_away_in_the_cards_comments_is_masked(attack):
    shown = _comments_shown(attack, *(note for note, _ in DERIVED))
    leaks = [(note, text) for (note, derived), text in zip(DERIVED, shown) if derived.lower() in text.lower()]
    assert leaks == []


@_PROPERTY
@given(stem=st.sampled_from(["брусник", "ковригин", "ромашк"]),  # what every form of the hidden word starts with
       before=st.sampled_from(["", "мама", "супер"]), after=st.sampled_from(["", "ский", "овый", "ового", "ами"]))
def test_a_word_holding_a_hidden_words_stem_is_masked_and_ordinary_words_stay(stem, before, after):
    secrets = CardSecrets.from_values(["Ковригин Семён Аркадьевич"], unnamed=["Брусника", "Ромашка"])
    word = before + stem + after
    shown, count = secrets.scrub_text(f"записал {word} в карточку")
    assert word not in shown and count >= 1, shown
    assert secrets.scrub_text("записал номер заявки в карточку, клиент доволен") == (
        "записал номер заявки в карточку, клиент доволен", 0)


# --- 10: the hidden birth date as its month and year, or year first with two digits ----------------------------------

BIRTH_PIECES = [
    ("со слов кл. с сентября 83-го", "сентября 83"),
    ("родился в сентябре 1983 г.", "сентябре 1983"),
    ("сверили: 83/09/17", "83/09"),
    ("сверили 83-09-17 г.р.", "83-09"),
    ("д.р. 09.1983, совпало", "09.1983"),
]


def test_the_hidden_birth_dates_month_and_year_in_the_cards_comments_are_masked(attack):
    shown = _comments_shown(attack, *(note for note, _ in BIRTH_PIECES))
    assert [(note, text) for (note, piece), text in zip(BIRTH_PIECES, shown) if piece in text] == []


_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря"]


@_PROPERTY
@given(born=st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31)), other=st.integers(1, 11),
       shape=st.sampled_from(["{yy}/{mm}/{dd}", "{yy}-{mm}", "{mm}.{yyyy}", "{month} {yy}-го", "{month} {yyyy} года"]))
def test_a_hidden_birth_dates_month_and_year_are_masked_and_another_month_stays(born, other, shape):
    def written(moment: date) -> str:
        return shape.format(yy=f"{moment.year % 100:02d}", yyyy=moment.year, mm=f"{moment.month:02d}",
                            dd=f"{moment.day:02d}", month=_MONTHS_GENITIVE[moment.month - 1])

    # a month and a two-digit year that also read as a day and a month ("01-01" for January 2001) are read card-blind:
    # masked for this card alone they would tell its date to whoever writes them (an oracle; tests/security/
    # test_redteam_bb4_f15_card_blind.py) — a birth word before them masks them for every card
    assume(not (shape == "{yy}-{mm}" and reads_as_a_day_and_month(f"{born.year % 100:02d}{born.month:02d}")))
    secrets = CardSecrets.from_values([born.isoformat()])
    shown, count = secrets.scrub_text(f"клиент назвал {written(born)}, всё сошлось")
    assert count >= 1 and written(born) not in shown, shown
    elsewhere = date(born.year, (born.month + other - 1) % 12 + 1, 1)
    # (a month and year whose digits are one of the hidden date's digit forms — "11.2000" is "112000", 1.1.2000 written
    # without zeros — is masked: a known over-masking, test_a_month_and_year_spelling_the_hidden_dates_digits_stays)
    if "{dd}" not in shape and "".join(filter(str.isdigit, written(elsewhere))) not in secrets._digits:
        assert secrets.scrub_text(f"клиент назвал {written(elsewhere)}, всё сошлось")[1] == 0


@pytest.mark.xfail(strict=True, reason="found at stop 38 on main (f633061): the digit forms of a hidden date are matched "
                                       "as one run, so another month and year with the same digits is masked too")
def test_a_month_and_year_spelling_the_hidden_dates_digits_stays():
    """Over-masking, not a leak (fail closed): 2000-01-01's forms include "112000" (1.1.2000 without zeros), and
    "11.2000" (November 2000) is one digit run with those digits. Hypothesis drew it in the bb9 property above."""
    secrets = CardSecrets.from_values(["2000-01-01"])
    assert secrets.scrub_text("клиент назвал 11.2000, всё сошлось")[1] == 0


# --- 24: an organisation's numbers share one guessing budget however the CRM spells its name -------------------------

_SPELLINGS = ["АО «Обь-Телеком»", "Обь-Телеком, АО", "АО Обь-Телеком (филиал Бердск)",
              "Акционерное общество «Обь Телеком»"]


def _organisation_card(msisdn: str, name: str) -> dict[str, Any]:
    return card(msisdn, client_type="organization", owner__last_name=None, owner__first_name=None,
                owner__middle_name=None, owner__gender=None, owner__birth_date=None, owner__passport=None,
                owner__organization=name, de={"first_name": None, "middle_name": None},
                contract={"number": "3300457812", "status": "active", "terminated_at": None})


def test_failed_identifications_of_an_organisation_spelled_differently_on_its_numbers_are_one_owner_to_the_audit(attack):
    """bb9, 24 keyed an organisation by its contract and INN whatever its name's spelling; since red team bb16 (02,
    03) the owner's count decides no answer (п. 8): the right name still matches on every number, and the audit
    records say the organisation's count was spent."""
    numbers = [f"7913700{i:04d}" for i in range(len(_SPELLINGS))]
    cards = {msisdn: _organisation_card(msisdn, name) for msisdn, name in zip(numbers, _SPELLINGS)}

    async def scenario(stack, client):
        statuses = []
        for i, msisdn in enumerate(numbers * 2):  # two wrong guesses on each number, another operator each time
            call_id = await open_call(client, stack.guard_url, msisdn, operator=f"op5{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "organization": f"ООО Вектор-{i}", "caller_gender": "unknown"}) as resp:
                statuses.append((resp.status, (await resp.json(content_type=None)).get("matched")))
        rights = []
        for i, (msisdn, name) in enumerate(zip(numbers, _SPELLINGS)):  # then the right name, as each number spells it
            call_id = await open_call(client, stack.guard_url, msisdn, operator=f"op6{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "organization": name, "caller_gender": "unknown"}) as resp:
                rights.append((resp.status, (await resp.json(content_type=None)).get("matched")))
        return statuses, rights, stack.audit()

    statuses, rights, audit = attack(scenario, crm=crm_with({}, cards), **TIGHT)
    # a number's own budget (4) is never reached here; the organisation's one count is spent, for the auditor only
    assert statuses == [(200, False)] * len(statuses)
    assert rights == [(200, True)] * len(numbers), rights
    assert any(record.get("owner_budget_spent") for record in audit if record["kind"] == "identify")


def test_the_right_name_of_an_organisation_is_matched_before_any_guess(attack):
    """The control of the test above: the same cards and names match while the organisation's budget is unspent."""
    numbers = [f"7913700{i:04d}" for i in range(len(_SPELLINGS))]
    cards = {msisdn: _organisation_card(msisdn, name) for msisdn, name in zip(numbers, _SPELLINGS)}

    async def scenario(stack, client):
        rights = []
        for i, (msisdn, name) in enumerate(zip(numbers, _SPELLINGS)):
            call_id = await open_call(client, stack.guard_url, msisdn, operator=f"op6{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json={
                    "method": "primary", "organization": name, "caller_gender": "unknown"}) as resp:
                rights.append((resp.status, (await resp.json(content_type=None)).get("matched")))
        return rights

    assert attack(scenario, crm=crm_with({}, cards), **TIGHT) == [(200, True)] * len(numbers)


@_PROPERTY
@given(first=st.sampled_from(_SPELLINGS), second=st.sampled_from(_SPELLINGS), inn_only=st.booleans())
def test_one_organisation_is_one_owner_key_by_its_contract_or_inn_however_its_name_is_spelled(first, second, inn_only):
    from guard.config import Settings
    from guard.proxy.calls import guessed_owners
    from guard.proxy.state import ProxyState

    state = ProxyState(settings=Settings(), audit=None, sessions=None)
    one, other = _organisation_card(MSISDN, first), _organisation_card("79137009999", second)
    one["owner"]["inn"] = other["owner"]["inn"] = "5406123456"
    if inn_only:  # the CRM wrote another contract on the other number: the INN still names the same organisation
        other["contract"]["number"] = "3300999999"
    assert set(guessed_owners(state, one)) & set(guessed_owners(state, other))
    stranger = _organisation_card("79137008888", "ООО «Иртыш»")  # another organisation: no key shared
    stranger["contract"]["number"], stranger["owner"]["inn"] = "1100223344", "5406999999"
    assert not set(guessed_owners(state, one)) & set(guessed_owners(state, stranger))
