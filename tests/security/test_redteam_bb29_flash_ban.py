"""Red-team round bb29, f02: a Flash ban on the contact person in other words was ignored.

An organisation's card whose Flash said «Запрещено сообщать ФИО», «не называть, кто выдавал SIM», «запрет на
разглашение ФИО представителя», «запрет на представителя», «Не сообщать ФИО сотрудникам» — or a code `NCP`, `no_cp` —
showed the contact person's full name after identification by the organisation's name: only «контактное лицо», «КЛ»
and the `no_contact_person` code were read. Инструкция запретов, п. 4: the contact person's ФИО may be told "если нет
соответствующего запрета во Flash". A Flash restriction is now read as what it restricts (guard/policy/flash.py
`restriction_codes`): a ban whose object is a person, a person's name or data, or the one who issued the SIM; a ban
the reader cannot place (nothing but the ban and an act of telling) restricts whatever it could concern; a code cut
short is the code. A ban on a thing or on another act («Запрет на смену тарифа», «не звонить после 21:00», `no_sms`)
leaves the contact person shown, as before.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy.flash import restriction_codes
from security.conftest import get, open_call, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

# FINDING.md of f02: the Flash bans that were ignored
IGNORED = ["Запрещено сообщать ФИО", "не называть, кто выдавал SIM", "запрет на разглашение ФИО представителя",
           "запрет на представителя", "Не сообщать ФИО сотрудникам", "NCP", "no_cp"]
PERSON = "Лисицына Анна Петровна"


def _organisation(msisdn: str, flash) -> dict:
    out = card(msisdn, client_type="organization", flash_restrictions=flash)
    out["owner"] = dict(out["owner"], organization="ООО Ромашка")
    out["contact"] = {"phone": "79031234567", "person": PERSON, "email": None}
    return out


def _contact_shown(policy, flash) -> bool:
    from guard.callstate import CallState
    from guard.policy import IdentificationLevel

    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender="female", identified_by="organization")
    shown = policy.apply(copy.deepcopy(_organisation("79160002901", flash)), state, redact_text=lambda t: "***")
    return "Лисицына" in str(shown.card.get("contact"))


def test_item4_a_flash_ban_on_the_contact_person_in_other_words_hides_it_through_the_proxy(attack):
    """f02 through the real proxy: each ignored ban, identified by the organisation's name — the contact person is
    not shown; a Flash that bans another thing shows it as before (the control)."""
    flashes = [[entry] for entry in IGNORED] + [["Запрет на смену тарифа"]]
    cards = {f"791600029{i:02d}": _organisation(f"791600029{i:02d}", flash) for i, flash in enumerate(flashes)}

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                                   json={"method": "primary", "organization": "ООО Ромашка",
                                         "caller_gender": "female"}) as r:
                assert (await r.json())["identification"] == "primary"
            _, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                   headers={"X-Guard-Call": call})
            seen[msisdn] = "Лисицына" in shown_text(body)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    control = list(cards)[-1]
    assert seen.pop(control) is True
    names = dict(zip(cards, flashes))
    assert [names[msisdn] for msisdn, shown in seen.items() if shown] == []


@pytest.mark.parametrize("flash", IGNORED)
def test_item4_a_ban_on_a_persons_name_the_representative_or_the_sim_issuer_is_the_contact_person_ban(policy, flash):
    assert restriction_codes(flash) == frozenset({"no_contact_person"})
    assert not _contact_shown(policy, [flash])


BAN_WORDS = ["Запрещено", "запрет:", "нельзя", "Не", "НЕ", "никому не"]
TELLING = ["сообщать", "называть", "озвучивать", "говорить", "разглашать", "давать"]
OBJECTS = ["ФИО", "фамилию", "имя", "представителя", "сотрудника", "кто выдавал SIM", "кто оформлял SIM",
           "выдавшего SIM", "доверенное лицо", "данные", "ответственного"]


@settings(max_examples=150, deadline=None)
@given(ban=st.sampled_from(BAN_WORDS), telling=st.sampled_from(TELLING), obj=st.sampled_from(OBJECTS),
       shape=st.sampled_from(["list", "string", "object"]))
def test_item4_any_ban_on_telling_a_person_or_a_name_is_read_as_the_contact_person_ban(policy, ban, telling, obj,
                                                                                       shape):
    """Property over wordings: a ban word, an act of telling and a person's name or a person, in a list, a string or
    an object's text: the contact person is hidden."""
    note = f"{ban} {telling} {obj}"
    flash = {"list": ["VIP", note], "string": note, "object": [{"text": note}]}[shape]
    assert not _contact_shown(policy, flash)


@pytest.mark.parametrize("flash", ["Без ФИО", "без представителя", "Представителя не называть", "Скрыть ФИО",
                                   "Конфиденциально: ФИО не раскрывать"])
def test_item4_a_ban_written_after_its_object_or_as_without_is_read(policy, flash):
    assert not _contact_shown(policy, [flash])


@pytest.mark.parametrize("flash", ["не сообщать", "Запрещено разглашать", "запрет на разглашение", "НЕ ДАВАТЬ"])
def test_item4_a_ban_the_reader_cannot_place_restricts_the_contact_person(policy, flash):
    """A ban on telling with no object of its own could concern the contact person: fail closed."""
    assert not _contact_shown(policy, [flash])


@pytest.mark.parametrize("code", ["NCP", "ncp", "no_cp", "NO-CP", "noCP", "no_cont_pers", "noContPers"])
def test_item4_the_contact_person_code_cut_short_is_the_code(code):
    assert restriction_codes(code) == frozenset({"no_contact_person"})


@pytest.mark.parametrize("flash", [[], ["VIP клиент"], ["не звонить после 21:00"], ["Запрет на смену тарифа"],
                                   ["no_sms"], ["Запрещено подключать платные услуги"], ["Не сообщать баланс"],
                                   ["не звонить клиенту после 21:00"], ["симка не работает, клиент в курсе"],
                                   ["passport No. 1234"], ["VIP, без ограничений"]])
def test_item4_a_flash_that_bans_another_thing_or_nothing_leaves_the_contact_person_shown(policy, flash):
    assert _contact_shown(policy, flash)
