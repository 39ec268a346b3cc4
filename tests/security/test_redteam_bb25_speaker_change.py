"""Red-team round bb25, f08 (Инструкция запретов, пп. 1, 6): after the owner's identification, a client line saying that
someone else holds the phone now withdraws the identification — the one reading of "the speaker changed"
(guard/disclosure/speaker_change.py, read by the call flow through the `speaker-changed` hint) extended to what such
lines do:

- the identified caller's gender: any person noun of it gone or dead ("мужчина который звонил вышел", "отец умер");
  a noun naming only a woman after "я" on a man's call ("я домработница");
- the phone came to the speaker: found ("нашла этот телефон", past only), given with a word between ("дал мне свой
  телефон");
- the number is not the speaker's: "это не мой номер", in another person's name while they use it ("сим-карта на
  отце", "оформлен на маму");
- the speaker calls from another person's phone ("звоню с его телефона");
- an introduction with "я"/"это" left out ("водитель его, …"), or from a third person's circle ("я из бухгалтерии его
  фирмы").

In this repository's own phrasings; through the real proxy and a CRM on loopback.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with


def _change(text: str, gender: str = "male") -> bool:
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said
    from guard.policy import IdentificationLevel

    context = CheckContext.of(CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender,
                                        identified_by="full_name"), None)
    return "speaker-changed" in default_checker().check(text, "client", context, Said()).rules


NEW_SPEAKER = [
    # the identified caller gone or dead
    "тот мужчина, что звонил, уже ушёл", "дед скончался, номером теперь пользуюсь я", "мужчина который говорил отошёл",
    # the phone found, or given with words between
    "подобрала мобильник в автобусе", "нашёл этот телефон на лавочке", "сосед дал мне на минуту свой телефон",
    # the number is not the speaker's
    "телефон этот не мой", "это вообще не мой номер", "номер оформлен на брата, а звоню я",
    "симка на маме, пользуюсь я",
    # from another person's phone
    "я звоню с её телефона", "звоню с телефона соседа",
    # introductions without an opener, or from a third person's circle
    "сиделка его, он не встаёт", "я из офиса его компании", "добрый день, я уборщица",
]
SAME_SPEAKER = [
    "не могу найти телефон", "нашёл свой телефон, разблокируйте", "это мой номер", "я из Москвы",
    "номер оформлен на меня", "хочу оформить номер на сына",
    "здравствуйте, я клиент", "я пенсионер", "звоню с рабочего телефона",
]


@pytest.mark.parametrize("text", NEW_SPEAKER)
def test_item6_a_line_saying_someone_else_holds_the_phone_now_lapses_the_identification(text):
    assert _change(text, gender="male")


@pytest.mark.parametrize("text", SAME_SPEAKER)
def test_item6_the_owner_speaking_of_their_own_phone_or_of_others_keeps_it(text):
    assert not _change(text, gender="male")


def test_item6_a_woman_gone_on_a_womans_call_is_a_change_and_on_a_mans_call_is_not_the_identified_caller():
    assert _change("женщина которая звонила ушла", gender="female")
    assert not _change("я домработница", gender="female")  # a woman's noun on a woman's identification


@settings(max_examples=20, deadline=None)
@given(person=st.sampled_from(["отец", "муж", "дедушка", "мужчина", "он"]),
       verb=st.sampled_from(["умер", "ушёл", "вышел", "скончался"]),
       rest=st.sampled_from(["", ", теперь я", ", телефон у меня"]))
def test_item6_property_a_man_gone_or_dead_on_a_mans_call_is_a_change(person, verb, rest):
    assert _change(f"{person} {verb}{rest}")


@settings(max_examples=20, deadline=None)
@given(noun=st.sampled_from(["номер", "телефон", "симка"]), who=st.sampled_from(["отце", "маме", "нём", "ней", "брате"]),
       use=st.sampled_from(["пользуюсь я", "звоню я", "а я им пользуюсь"]))
def test_item6_property_a_number_in_another_persons_name_used_by_the_speaker_is_a_change(noun, who, use):
    assert _change(f"{noun} на {who}, {use}")


def test_item6_the_reds_lines_withdraw_the_identification_and_the_last_4_digits_through_the_proxy(attack):
    msisdn = "79160002508"
    served = card(msisdn)
    served["numbers"].append({"msisdn": "79160002577", "tariff": "Для модема"})
    owner = served["owner"]
    full_name = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"
    lines = ["мужчина который звонил вышел", "нашла этот телефон на улице", "это не мой номер, мне его дали на время",
             "звоню с его телефона, он в больнице", "здравствуйте, я из бухгалтерии его фирмы"]

    async def scenario(stack, client):
        seen = []
        for i, line in enumerate(lines):
            call = await open_call(client, stack.guard_url, msisdn, operator=f"op25{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                                   json={"method": "primary", "full_name": full_name,
                                         "caller_gender": owner["gender"]}) as r:
                assert (await r.json())["matched"]
            async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call}) as r:
                before = r.headers.get("X-Guard-Identification"), await r.json()
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": 1, "text": line, "call_id": call, "speaker": "client"}) as r:
                assert r.status == 200
            async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call}) as r:
                seen.append((before, (r.headers.get("X-Guard-Identification"), await r.json())))
        return seen

    for (level_before, card_before), (level_after, card_after) in attack(
            scenario, crm=crm_with({}, {msisdn: served}), auth_mode="none", client_lines_trusted=True):
        assert level_before == "primary" and card_before["numbers"][1]["msisdn"].endswith("2577")
        assert level_after == "none"
        assert not any(str(number.get("msisdn", "")).endswith(("2508", "2577")) for number in card_after["numbers"])
