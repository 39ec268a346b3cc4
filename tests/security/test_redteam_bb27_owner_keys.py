"""Red-team round bb27, f06: the owner's facts under another spelling of their key, and the card's fields read as one.

The proxy read the owner's patronymic only under `owner.middle_name`: written as `middleName`, `MIDDLE_NAME`,
`middle-name`, `patronymic`, `отчество`, `otchestvo`, `second_name`, or only in `owner.full_name` beside
`middle_name: null`, the card was read as having none — `identify {"full_name": "Иванов Пётр"}` answered primary and
the card then showed the last 4 digits of every number (Инструкция запретов, п. 6). A patronymic written as an object
or a list made `identify` answer 500. Now every fact of the owner identification compares is one reading
(guard/policy/owner.py `owner_reading`, over termination.key_code's spellings): the same card under any spelling is
identified by the whole ФИО and only by it; two readings that disagree identify nobody; a shape no reader reads is a
502 with its reason. Through the real proxy in front of a hostile CRM on loopback.
"""
from __future__ import annotations

import copy
from typing import Any, Callable

from security.conftest import get, open_call, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

WHOLE, SHORT = "Иванов Пётр Сергеевич", "Иванов Пётр"


def _moved(key: str) -> Callable[[dict], None]:
    def change(out: dict) -> None:
        del out["owner"]["middle_name"]
        out["owner"][key] = "Сергеевич"
    return change


def _only_in_full_name(key: str, full: str = WHOLE) -> Callable[[dict], None]:
    def change(out: dict) -> None:
        out["owner"]["middle_name"] = None
        out["owner"][key] = full
    return change


def _flattened(out: dict) -> None:
    del out["owner"]["middle_name"]
    out["owner_middle_name"] = "Сергеевич"


def _full_name_alone(out: dict) -> None:
    for part in ("last_name", "first_name", "middle_name"):
        out["owner"][part] = None
    out["owner"]["fio"] = "Пётр Сергеевич Иванов"


# Every card holds the patronymic «Сергеевич»: only the whole ФИО identifies its owner
SPELLINGS: dict[str, Callable[[dict], None]] = {
    **{f"owner.{key}": _moved(key) for key in (
        "middleName", "MIDDLE_NAME", "Middle_Name", "middle-name", "patronymic", "отчество", "otchestvo",
        "second_name", "Отчество", "ｍｉｄｄｌｅ＿ｎａｍｅ", "middlе_name",  # full-width; a Cyrillic «е»
        "father_line")},  # a key guard does not know: the word is a patronymic by the dictionary
    "owner.full_name, middle_name null": _only_in_full_name("full_name"),
    "owner.FIO, middle_name null": _only_in_full_name("FIO"),
    "owner.fullName in another order": _only_in_full_name("fullName", "Пётр Сергеевич Иванов"),
    "the top level's owner_middle_name": _flattened,
    "owner.fio alone": _full_name_alone,
    "control: owner.middle_name": lambda out: None,
}


# The card states its owner two ways: nobody is identified by either
def _twice(key: str, value: str) -> Callable[[dict], None]:
    return lambda out: out["owner"].update({key: value})


DISAGREEING: dict[str, Callable[[dict], None]] = {
    "patronymic beside middle_name": _twice("patronymic", "Петрович"),
    "lastName beside last_name": _twice("lastName", "Петров"),
    "Имя beside first_name": _twice("Имя", "Павел"),
    "a full name naming another surname": _twice("full_name", "Петров Пётр Сергеевич"),
    "a full name with a word more": _twice("full_name", "Иванов Пётр Сергеевич Ильич"),
    "sex beside gender": _twice("sex", "female"),
}


def _cards(variants: dict[str, Callable[[dict], None]], base: str) -> dict[str, dict]:
    cards = {}
    for i, change in enumerate(variants.values()):
        msisdn = f"{base}{i:02d}"
        out = card(msisdn)
        out["numbers"].append({"msisdn": f"7916555{msisdn[-4:]}", "tariff": "Мой безлимит"})
        change(out)
        cards[msisdn] = out
    return cards


async def _identify(client: Any, guard_url: str, msisdn: str, operator: str, body: dict) -> tuple[int, Any, str]:
    """A new call identifies with `body`; the identification's status and answer, then the card's text in the call."""
    call = await open_call(client, guard_url, msisdn, operator=operator)
    async with client.post(f"{guard_url}/v1/calls/{call}/identify", json=body) as r:
        status, answer = r.status, await r.json()
    _, _, shown = await get(client, f"{guard_url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call})
    return status, answer, shown_text(shown)


def _ran(attack, cards: dict[str, dict], names: list[str], said: str, gender: str = "male") -> dict[str, tuple]:
    async def scenario(stack, client):
        seen = {}
        for i, (name, msisdn) in enumerate(zip(names, cards)):
            seen[name] = await _identify(client, stack.guard_url, msisdn, f"op{i}{len(said)}",
                                         {"method": "primary", "full_name": said, "caller_gender": gender})
        return seen

    return attack(scenario, crm=crm_with({}, cards), auth_mode="none")


def _last4s(served: dict) -> list[str]:
    return [number["msisdn"][-4:] for number in served["numbers"]]


def test_a_patronymic_under_any_spelling_of_its_key_is_needed_to_identify_the_owner(attack):
    cards = _cards(SPELLINGS, "791627100")
    seen = _ran(attack, cards, list(SPELLINGS), SHORT)
    leaked = [name for (name, (status, answer, shown)), served in zip(seen.items(), cards.values())
              if answer.get("matched") is not False or any(digits in shown for digits in _last4s(served))]
    assert leaked == []


def test_the_whole_fio_still_identifies_the_owner_under_every_spelling_and_opens_the_last_4(attack):
    cards = _cards(SPELLINGS, "791627200")
    seen = _ran(attack, cards, list(SPELLINGS), WHOLE)
    refused = [name for (name, (status, answer, shown)), served in zip(seen.items(), cards.values())
               if answer != {"identification": "primary", "matched": True}
               or not all(digits in shown for digits in _last4s(served))]
    assert refused == []


def test_a_card_stating_its_owner_two_ways_identifies_nobody_and_shows_no_last_4(attack):
    cards = _cards(DISAGREEING, "791627300")
    seen = _ran(attack, cards, list(DISAGREEING), WHOLE)
    opened = [name for (name, (status, answer, shown)), served in zip(seen.items(), cards.values())
              if answer.get("matched") is not False or any(digits in shown for digits in _last4s(served))]
    assert opened == []


def test_an_owner_name_written_as_an_object_or_a_list_is_a_502_with_its_reason_never_a_500(attack):
    shapes = {"an object": {"value": "Сергеевич"}, "a list": ["Сергеевич"], "a number": 7}
    cards = {}
    for i, shape in enumerate(shapes.values()):
        msisdn = f"7916274{i:04d}"
        cards[msisdn] = card(msisdn, owner__middle_name=copy.deepcopy(shape))

    async def scenario(stack, client):
        seen = []
        for i, msisdn in enumerate(cards):
            status, answer, shown = await _identify(
                client, stack.guard_url, msisdn, f"op{i}", {"method": "primary", "full_name": WHOLE,
                                                             "caller_gender": "male"})
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{i}c")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/confirm",
                                   json={"field": "owner.middle_name", "value": "Сергеевич"}) as r:
                confirmed = r.status, await r.json()
            seen.append((status, answer, confirmed, msisdn[-4:] in shown))
        return seen

    for status, answer, (confirm_status, confirm_answer), shows_digits in attack(
            scenario, crm=crm_with({}, cards), auth_mode="none"):
        assert status == 502 and answer == {"error": "the CRM's card writes the owner's patronymic in a shape guard "
                                                     "cannot read"}
        assert confirm_status == 502 and "Сергеевич" not in str(confirm_answer)
        assert not shows_digits


def test_confirm_reads_the_owners_fact_under_any_spelling_and_not_two_of_them(attack):
    cards = {"79162750001": card("79162750001"), "79162750002": card("79162750002")}
    _moved("patronymic")(cards["79162750001"])
    cards["79162750002"]["owner"]["birthDate"] = "1981-04-13"  # beside birth_date 1980-03-12

    async def scenario(stack, client):
        answers = []
        for msisdn, field, value in (("79162750001", "owner.middle_name", "Сергеевич"),
                                     ("79162750001", "full_name", SHORT),
                                     ("79162750002", "owner.birth_date", "12.03.1980"),
                                     ("79162750002", "owner.birth_date", "13.04.1981")):
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{len(answers)}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/confirm",
                                   json={"field": field, "value": value}) as r:
                answers.append((await r.json()).get("matches"))
        return answers

    assert attack(scenario, crm=crm_with({}, cards), auth_mode="none") == [True, False, False, False]


def test_an_organisation_is_identified_by_its_name_under_any_key_and_by_neither_of_two_names(attack):
    def organisation(msisdn: str, **names: str) -> dict:
        out = card(msisdn, client_type="organization")
        out["owner"].update(last_name=None, first_name=None, middle_name=None, gender=None, organization=None)
        out["owner"].update(names)
        return out

    cards = {"79162760001": organisation("79162760001", orgName="ООО «Ромашка»"),
             "79162760002": organisation("79162760002", company="ООО «Ромашка»"),
             "79162760003": organisation("79162760003", organization="ООО «Ромашка»",
                                         companyName="ООО «Ромашка-Север»")}

    async def scenario(stack, client):
        matched = []
        for i, msisdn in enumerate(cards):
            _, answer, _ = await _identify(client, stack.guard_url, msisdn, f"op{i}",
                                           {"method": "primary", "organization": "Ромашка", "caller_gender": "unknown"})
            matched.append(answer.get("matched"))
        return matched

    assert attack(scenario, crm=crm_with({}, cards), auth_mode="none") == [True, True, False]


def test_every_bundled_sample_owner_is_still_identified_by_the_whole_fio_and_not_without_the_patronymic(attack):
    """What the one reading costs on the bundled sample CRM (guard crm): every owner whose contract the 5-year rule
    does not refuse is identified by the whole ФИО (an organisation by its name) and the owner's gender; no owner
    with a patronymic by the surname and first name alone."""
    from datetime import date

    from guard.crm import create_crm_app, load_cards
    from guard.policy.conditions import add_duration
    from guard.policy.termination import policy_today

    cards = load_cards()

    def refused(served: dict) -> bool:  # the 5-year rule's own arithmetic
        ended = served["contract"]["terminated_at"]
        return ended is not None and add_duration(date.fromisoformat(ended), "5y") < policy_today()

    async def scenario(stack, client):
        seen = []
        for i, served in enumerate(cards.values()):
            owner = served["owner"]
            body = {"method": "primary", "caller_gender": owner["gender"] or "unknown"}
            if served["client_type"] == "organization":
                body["organization"] = owner["organization"]
                short = None
            else:
                body["full_name"] = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"
                short = dict(body, full_name=f"{owner['last_name']} {owner['first_name']}")
            _, whole, _ = await _identify(client, stack.guard_url, served["msisdn"], f"op{i}w", body)
            partial = short and (await _identify(client, stack.guard_url, served["msisdn"], f"op{i}s", short))[1]
            seen.append((whole.get("matched"), partial and partial.get("matched"), refused(served)))
        return seen

    seen = attack(scenario, crm=create_crm_app(cards), auth_mode="none")
    assert [matched for matched, _, refused_ in seen if not refused_] == [True] * sum(not r for *_, r in seen)
    assert not any(partial for _, partial, _ in seen)
    assert not any(matched for matched, _, refused_ in seen if refused_)
