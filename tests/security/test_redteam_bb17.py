"""Red-team round bb17 (stop 42): identification, the call flow, dictation over turns, the operator's own-words frame.

- 01 (пп. 1, 6): a new person on the line kept the owner's identification — read who speaks now against who was
  identified (a denial, another name or gender, the phone held out, a third person addressed, "теперь я говорю");
- 14 (пп. 1, 4): a name addressed to the caller ("ваша фамилия …", a full name with its patronymic, "господин …", a
  name asked) before "слушаю"/"записываю"/"звоню …" was read as the operator's own introduction;
- 17, 27: a phone dictated over turns was left whole when the ASR wrote commas or two caller-side labels dictated it;
- 22 (п. 6): a new call of the same operator left the earlier identified call valid;
- 12 (п. 4): a Flash ban in an unreadable shape was dropped;
- 09 (п. 6): the number's own entry says prepaid, the card postpaid — the stricter reading holds.

In this repository's own phrasings; through the real proxy with a CRM on loopback where the finding is the proxy's.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import open_call
from security.test_redteam_bb12_call import CARD, FULL_NAME, MSISDN
from security.test_redteam_s22 import _serve


# --- 01: who speaks now against who was identified -----------------------------------------------------------------

def _change(text: str, gender: str = "female", by: str = "full_name") -> bool:
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said
    from guard.policy import IdentificationLevel

    context = CheckContext.of(CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender,
                                        identified_by=by), None)
    return "speaker-changed" in default_checker().check(text, "client", context, Said()).rules


NEW_SPEAKER = [
    "нет, я не Ольга, она просто дала мне номер", "это уже не я, это моя соседка", "я не владелец, я его брат",
    "я Лисицын", "я Смирнова Анна", "это Петрова Ирина говорит", "пап, тебя к телефону", "сынок, это тебя",
    "бабушка: а можно я спрошу", "держи трубку", "на, поговори с ними сам", "возьми телефон",
    "теперь я говорю", "дальше я сам", "жена ушла в магазин, давайте я дальше", "здравствуйте, я бухгалтер",
    "алло, кто это? что вам нужно", "с кем я говорю?", "бул анын аялы", "мен анасымын",
]
SAME_SPEAKER = [
    "я не знаю", "я не помню номер договора", "теперь я поняла", "это я", "да, это я",
    "подождите, я не расслышала", "а что мне делать дальше?", "дайте номер телефона", "я не звонила вчера",
    "а можно я спрошу про тариф", "держите меня в курсе", "телефон у меня новый",
]


@pytest.mark.parametrize("text", NEW_SPEAKER)
def test_item6_someone_else_on_the_line_lapses_the_identification(text):
    assert _change(text)


@pytest.mark.parametrize("text", SAME_SPEAKER)
def test_item6_the_identified_caller_speaking_on_is_no_change(text):
    assert not _change(text)


def test_item6_a_surname_of_the_other_gender_is_another_speaker():
    assert _change("я Лисицын", gender="female") and _change("я Кузнецова", gender="male")


def test_item6_a_role_at_work_alone_is_another_speaker_only_after_a_person_was_identified():
    assert _change("я бухгалтер", by="full_name") and not _change("я бухгалтер", by="organization")


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(["Ирина", "Светлана", "Мария", "Ольга"]), opener=st.sampled_from(["я не", "это не"]))
def test_item6_property_a_speaker_who_says_they_are_not_the_named_person_is_a_change(name, opener):
    assert _change(f"{opener} {name}")


def test_item6_a_new_speaker_on_the_line_closes_the_card_through_the_proxy(attack):
    async def scenario(stack, client):
        seen = []
        for line in ("держи телефон", "я не Ольга, она просто номер дала", "пап, тебя к телефону"):
            call = await open_call(client, stack.guard_url, MSISDN)
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                                   json={"method": "primary", "full_name": FULL_NAME, "caller_gender": "female"}) as r:
                assert (await r.json())["matched"]
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": 1, "text": line, "call_id": call, "speaker": "client"}) as r:
                assert r.status == 200
            async with client.get(f"{stack.guard_url}/crm/api/customers/{MSISDN}", headers={"X-Guard-Call": call}) as r:
                seen.append((await r.json())["msisdn"])
        return seen

    assert not any(shown.endswith(MSISDN[-4:]) for shown in attack(scenario, crm=_serve(CARD),
                                                                   client_lines_trusted=True,
                                                                   one_call_per_operator=True))


# --- 14: a name addressed to the caller is never the operator's own -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ваша фамилия Лисицына, слушаю", "Лисицына Ольга Викторовна, слушаю вас", "Госпожа Лисицына, записываю",
    "Ольга Викторовна Лисицына, благодарю за ожидание", "Добрый день, Лисицына Ольга Викторовна, звоню по заявке",
    "Алло, Лисицына Ольга Викторовна? Звоню из контакт-центра", "ваша фамилия лисицына слушаю",
])
def test_item1_a_name_addressed_to_the_caller_is_never_the_operators_own_introduction(text):
    from guard.disclosure.sense import is_own_introduction
    from guard.disclosure.text import Utterance

    assert not is_own_introduction(Utterance(text))


@pytest.mark.parametrize("text", ["Меня зовут Ольга, слушаю", "Ольга, слушаю вас", "Сергей, беспокою вас по заявке",
                                  "оператор Дмитрий, слушаю"])
def test_item18_the_operators_own_name_is_still_their_introduction(text):
    from guard.disclosure.sense import is_own_introduction
    from guard.disclosure.text import Utterance

    assert is_own_introduction(Utterance(text))


# --- 17, 27: dictation over turns, punctuation-insensitive and across caller-side labels ----------------------------

def _redacted(turns):
    from guard.engine import default_redactor

    return [r.text for r in default_redactor().redact_dialogue(turns)]


@pytest.mark.parametrize("middle", ["сто двадцать три, сорок пять", "сто двадцать три. сорок пять",
                                    "сто двадцать три; сорок пять", "сто двадцать три сорок пять"])
def test_a_phone_dictated_over_turns_is_masked_whatever_marks_the_asr_wrote(middle):
    texts = _redacted([("operator", "продиктуйте номер"), ("client", "девять один шесть"), ("client", middle),
                       ("client", "шестьдесят семь")])
    assert "сорок" not in " ".join(texts[1:]) and "шесть" not in texts[1]


@pytest.mark.parametrize("other", ["spouse", "client_2", "жена", "third_party", "Клиент 2"])
def test_a_phone_dictated_by_two_caller_side_voices_is_masked(other):
    texts = _redacted([("operator", "продиктуйте номер"), ("client", "девять один шесть"), (other, "сто двадцать три"),
                       ("client", "сорок пять шестьдесят семь")])
    assert all("сто" not in t and "сорок" not in t and "шесть" not in t for t in texts[1:])


def test_item6_one_call_per_operator_is_on_unless_turned_off():
    from guard.config import Settings

    assert Settings().one_call_per_operator is True


def test_side_of_reads_contact_center_labels_and_makes_unknown_labels_the_callers():
    from guard.dialogue import _CONTACT_CENTER, side_of

    assert side_of("operator_2") == side_of("Оператор") == _CONTACT_CENTER
    assert side_of("spouse") == side_of("client_2") == side_of("кто-то") == "caller"
    assert side_of(1) == 1 and side_of(None) is None


# --- 22: a new call ends the operator's earlier one ------------------------------------------------------------------

def test_item6_a_new_call_of_the_operator_ends_the_earlier_identified_call(attack):
    async def scenario(stack, client):
        first = await open_call(client, stack.guard_url, MSISDN, operator="op2217")
        async with client.post(f"{stack.guard_url}/v1/calls/{first}/identify",
                               json={"method": "primary", "full_name": FULL_NAME, "caller_gender": "female"}) as r:
            assert (await r.json())["matched"]
        async with client.get(f"{stack.guard_url}/crm/api/customers/{MSISDN}", headers={"X-Guard-Call": first}) as r:
            before = (await r.json())["msisdn"]
        await open_call(client, stack.guard_url, MSISDN, operator="op2217")
        async with client.get(f"{stack.guard_url}/crm/api/customers/{MSISDN}", headers={"X-Guard-Call": first}) as r:
            after = (await r.json())["msisdn"]
        async with client.post(f"{stack.guard_url}/v1/calls/{first}/identify",
                               json={"method": "primary", "full_name": FULL_NAME, "caller_gender": "female"}) as r:
            again = r.status
        return before, after, again

    before, after, again = attack(scenario, crm=_serve(CARD), one_call_per_operator=True)
    assert before.endswith(MSISDN[-4:]) and not after.endswith(MSISDN[-4:]) and again == 409


# --- 12, 09: the card policy reads an unreadable or contradicted field the stricter way -----------------------------

def _shown(card: dict, gender: str = "female", by: str = "full_name") -> dict:
    from guard.callstate import CallState
    from guard.policy import IdentificationLevel, default_policy_path, load_policy

    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender, identified_by=by)
    return load_policy(default_policy_path()).apply(copy.deepcopy(card), state, redact_text=lambda t: "***").card


def _organisation(flash) -> dict:
    card = copy.deepcopy(CARD)
    card["client_type"] = "organization"
    card["owner"] = dict(card["owner"], organization="ООО Ромашка")
    card["contact"] = {"phone": "79031234567", "person": "Иванова Анна Петровна", "email": None}
    card["flash_restrictions"] = flash
    return card


@pytest.mark.parametrize("flash", [{"no_contact_person": True}, ["noContactPerson"], ["NO-CONTACT-PERSON"], [True],
                                   {"contact_person": "запрет"}, [{"code": "noContactPerson"}]])
def test_item4_a_flash_ban_in_any_shape_hides_the_contact_person(flash):
    assert "Иванова" not in str(_shown(_organisation(flash), gender="male", by="organization").get("contact"))


@pytest.mark.parametrize("flash", [[], {"no_contact_person": False}, ["no_sms"]])
def test_item4_no_ban_on_the_contact_person_shows_it_after_the_organisations_identification(flash):
    assert "Иванова" in str(_shown(_organisation(flash), gender="male", by="organization").get("contact"))


def test_item6_a_number_marked_prepaid_in_its_own_entry_shows_no_last_4_digits():
    card = copy.deepcopy(CARD)
    card["numbers"] = [dict(card["numbers"][0], payment_type="prepaid")]
    assert MSISDN[-4:] not in str(_shown(card))
    card["numbers"] = [dict(card["numbers"][0], payment_type="postpaid")]
    assert MSISDN[-4:] in str(_shown(card))
