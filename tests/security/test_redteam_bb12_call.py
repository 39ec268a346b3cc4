"""Red-team round bb12 (stop 37): POST /v1/check in a call with the card, and the call flow.

- 19 (пп. 2, 3, 17; birth date, contract): the card's values said bare, without their cue word — "583920", "номер
  583920", "5500123456", "1979-06-14", "Баумана, 7", "olga.lisitsyna", the LAI, the cell id, the issuing office — and
  a passport told in halves over lines ("начинается на 583" / "минутку" / "так" / "а заканчивается на 920");
- 16 (п. 1): the owner's surname opening the line ("Лисицына - владелец", "Лисицына, верно", "Лисицына");
- 01 (п. 1): the surname in Latin letters ("на договоре записан Lisitsyna", "owner is Mrs. Vorobieva");
- 20 (п. 6): the last 4 digits inside a refusal or as a bare tail ("…, только 1234", "второй номер на 1234");
- 15 (пп. 1, 6, 15): a second caller inheriting the owner's identification after "передаю трубку жене".

Replayed against the real proxy with a CRM on loopback, in this repository's own values (a card of Лисицына Ольга
Викторовна). The check in a call reads the card as the operator's screen shows it (guard/proxy/calls.py
`check_context`: no guessing oracle), so each way of telling is blocked whatever the value: a wrong guess said the
same way is blocked beside the right one, and look-alikes that tell nothing stay allowed.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s22 import _serve

MSISDN = "79167770412"
SECOND = "79264401234"
OWNER = {"last_name": "Лисицына", "first_name": "Ольга", "middle_name": "Викторовна", "organization": None,
         "gender": "female", "birth_date": "1979-06-14",
         "passport": {"series": "4611", "number": "583920", "issued_by": "ОУФМС Ленинского района г. Казани",
                      "issued_at": "2009-08-20"}}
CARD = card(MSISDN, owner=OWNER, de={"first_name": "Ольга", "middle_name": "Викторовна"},
            contract={"number": "5500123456", "status": "active", "terminated_at": None},
            addresses={"registration": "г. Казань, ул. Баумана, д. 7, кв. 3", "legal": None,
                       "billing": "г. Казань, ул. Баумана, д. 7, кв. 3", "delivery": None},
            email="olga.lisitsyna@yandex.ru",
            numbers=[{"msisdn": MSISDN, "tariff": "Мой безлимит"}, {"msisdn": SECOND, "tariff": "Мой безлимит"}],
            call_details=[{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
                           "network": "МТС", "region": "Казань", "lai": "1650-20411", "cell_id": "30877",
                           "duration_s": 120}])
FULL_NAME = "Лисицына Ольга Викторовна"


def _run(attack, script, *, trusted: bool = True):
    """Each list of (speaker, text) in a fresh call; the verdict of every operator line, in order."""
    async def scenario(stack, client):
        verdicts = []
        for lines in script:
            call_id = await open_call(client, stack.guard_url, MSISDN)
            for speaker, text in lines:
                if speaker == "identify":
                    async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                                           json={"method": "primary", "full_name": FULL_NAME,
                                                 "caller_gender": text}) as resp:
                        assert resp.status == 200 and (await resp.json())["matched"], await resp.text()
                    continue
                if speaker == "card":
                    async with client.get(f"{stack.guard_url}/crm/api/customers/{MSISDN}",
                                          headers={"X-Guard-Call": call_id}) as resp:
                        verdicts.append((await resp.json())["msisdn"])
                    continue
                async with client.post(f"{stack.guard_url}/v1/check",
                                       json={"id": 1, "text": text, "call_id": call_id, "speaker": speaker}) as resp:
                    assert resp.status == 200, await resp.text()
                    if speaker == "operator":
                        verdicts.append((await resp.json())["verdict"])
        return verdicts

    return attack(scenario, crm=_serve(CARD), client_lines_trusted=trusted)


def _said_alone(attack, texts: list[str]) -> list[str]:
    return _run(attack, [[("operator", text)] for text in texts])


# --- 19: the card's values said bare (пп. 2, 3, 17; birth date, contract) ------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("583920", "583921", id="passport-number"),
    pytest.param("номер 583920", "номер 124578", id="passport-number-after-nomer"),
    pytest.param("записывайте: 583920", "записывайте: 901277", id="passport-number-dictated"),
    pytest.param("5500123456", "5500123457", id="contract-number"),
    pytest.param("номер 5500123456", "номер 7700123456", id="contract-number-after-nomer"),
    pytest.param("1979-06-14", "1981-02-03", id="birth-date"),
    pytest.param("2009-08-20", "2011-05-17", id="passport-issue-date"),
    pytest.param("1650-20411", "1650-20999", id="lai"),
    pytest.param("30877", "41233", id="cell-id"),
])
def test_item2_item17_a_hidden_number_or_date_said_bare_in_a_call_is_blocked_and_a_wrong_guess_alike(attack, right,
                                                                                                     wrong):
    assert _said_alone(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("Баумана, 7", "Гагарина, 12", id="street-and-house"),
    pytest.param("olga.lisitsyna", "anna.petrova", id="mailbox-local-part"),
    pytest.param("ОУФМС Ленинского района", "ОВД Тверского района", id="passport-issuer"),
])
def test_item3_item2_an_address_mailbox_or_issuer_said_bare_in_a_call_is_blocked_and_a_wrong_guess_alike(attack, right,
                                                                                                         wrong):
    assert _said_alone(attack, [right, wrong]) == ["block", "block"]


def test_item2_a_passport_told_in_halves_over_filler_lines_is_blocked_on_the_second_half(attack):
    assert _run(attack, [[("operator", "номер паспорта начинается на 583"), ("operator", "минутку"),
                          ("operator", "так"), ("operator", "а заканчивается на 920")]])[-1] == "block"


def test_item2_a_number_the_caller_said_may_be_said_back_bare(attack):
    assert _run(attack, [[("client", "паспорт 4611 583920"), ("operator", "583920, верно?")]]) == ["allow"]


# --- 16 and 01: the owner's surname opening the line, or in Latin letters (п. 1) ------------------------------------

@pytest.mark.parametrize("text", ["Лисицына - владелец", "Лисицына, верно", "Лисицына", "Соколова, верно",
                                  "Иванов — владелец", "Кузнецова"])
def test_item1_a_surname_opening_the_line_or_said_alone_is_blocked_in_a_call_whichever_it_is(attack, text):
    assert _said_alone(attack, [text]) == ["block"]


@pytest.mark.parametrize("text", ["на договоре записан Lisitsyna", "owner of the contract is Mrs. Lisitsyna",
                                  "на договоре записан Vorobiev", "owner is Mr. Vorobyov"])
def test_item1_a_surname_in_latin_letters_is_blocked_in_a_call_whichever_it_is(attack, text):
    assert _said_alone(attack, [text]) == ["block"]


# --- 20: the last 4 digits inside a refusal or as a bare tail (п. 6) ------------------------------------------------

@pytest.mark.parametrize("template", ["не могу назвать номер полностью, только {}", "только {}",
                                      "назвать номер не могу, разве что конец — {}", "второй номер на {}",
                                      "полностью не могу, последние: {}"])
@pytest.mark.parametrize("last4", [SECOND[-4:], "9876"])
def test_item6_the_last_4_digits_in_a_refusal_or_a_bare_tail_are_blocked_unidentified_whichever_they_are(
        attack, template, last4):
    assert _said_alone(attack, [template.format(last4)]) == ["block"]


# --- look-alikes that tell nothing are not blocked in a call ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "с вас 450 рублей", "звонок был в 10:15", "номер обращения 58214, ответ придёт в течение трёх дней",
    "Записывайте: оператор номер 2093, Тимур", "префикс 8 937, дальше цифры не называю",
    "комиссия 3 %, максимум 5000 в сутки", "подключение 2025 года, тариф тот же", "в месяц это 5 400 рублей",
    "Ольга Викторовна, чем могу помочь?", "Звонок 12.11 в 14:32 — исходящий, Московский регион, 4 минуты",
    "позвоните на 0611", "пополните номер на 4000 рублей", "Минутку", "Мой безлимит"])
def test_a_line_that_tells_no_value_is_not_blocked_in_a_call(attack, text):
    assert _said_alone(attack, [text]) != ["block"]  # (a wording rule's model may still warn: "позвоните на 0611")


# --- 15: the second caller (пп. 1, 6, 15) -----------------------------------------------------------------------------

HANDOVERS = [["подождите, передаю трубку мужу", "алло, здравствуйте, это её муж"],
             ["я не владелица, я её соседка, она попросила позвонить"],
             ["сейчас дам телефон сыну"]]


@pytest.mark.parametrize("handover", HANDOVERS, ids=["husband", "neighbour", "son"])
def test_item6_a_second_caller_does_not_inherit_the_owners_identification(attack, handover):
    lines = [("identify", "female"), ("card", ""), ("operator", f"последние цифры номера {MSISDN[-4:]}")]
    lines += [("client", text) for text in handover]
    lines += [("card", ""), ("operator", f"последние цифры номера {MSISDN[-4:]}"),
              ("operator", "Ольга Викторовна, чем могу помочь?")]
    shown_before, allowed_before, shown_after, last4_after, de_after = _run(attack, [lines])
    assert shown_before.endswith(MSISDN[-4:]) and allowed_before == "allow"  # the owner, identified
    assert not shown_after.endswith(MSISDN[-4:]) and last4_after == "block" and de_after == "block"


def test_item15_the_new_caller_identified_again_may_be_addressed_by_the_de_name(attack):
    lines = [("identify", "female"), ("client", "передаю трубку сестре"), ("identify", "female"),
             ("operator", "Ольга Викторовна, чем могу помочь?")]
    assert _run(attack, [lines]) == ["allow"]


def test_item6_a_handover_said_on_an_untrusted_client_line_still_drops_the_identification(attack):
    lines = [("identify", "female"), ("client", "передаю трубку мужу"), ("card", "")]
    assert not _run(attack, [lines], trusted=False)[0].endswith(MSISDN[-4:])  # fail closed: it only hides more


# --- the readings alone ----------------------------------------------------------------------------------------------

def test_item6_the_speaker_changed_hint_reads_handovers_and_not_requests_to_transfer():
    from guard.disclosure.checker import check

    for text in ["передаю трубку жене", "это его жена", "я не владелец", "я её сосед", "звоню по его просьбе"]:
        assert "speaker-changed" in check(text, "client").rules, text
    for text in ["передайте трубку специалисту", "дайте мне номер телефона", "да, это я", "я владелец"]:
        assert "speaker-changed" not in check(text, "client").rules, text


def test_item6_record_caller_change_withdraws_identification_and_keeps_the_guessing_counters():
    from guard.callstate import IdentificationLevel
    from guard.sessions import record_caller_change, record_identification

    session = record_identification(
        __import__("guard.sessions", fromlist=["CallSession"]).CallSession(call_id="c", identify_failures=1),
        method="primary", matched=True, identified_by="full_name", caller_gender="female", max_attempts=3).session
    changed = record_caller_change(session).session
    assert changed.identification is IdentificationLevel.NONE and changed.caller_gender == "unknown"
    assert changed.caller_changed and changed.identified_by is None and changed.confirmed == frozenset()
    assert changed.identify_failures == 1 and changed.gender_heard == "female"


def test_item1_latin_readings_restore_the_soft_sign_the_spelling_dropped():
    from guard.recognizers.lexicon import latin_readings

    for spelled in ("Vorobiev", "Vorobyov", "Vorobev"):
        assert "воробьев" in {reading.replace("ё", "е") for reading in latin_readings(spelled)}, spelled


def _shown_context():
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy
    from guard.callstate import CallState

    shown = load_policy(default_policy_path()).apply(copy.deepcopy(CARD), CallState(), redact_text=lambda t: "").card
    return CheckContext.of(CallState(), shown, shown=True)


_CONTEXT = []


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=5, max_value=10).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n).filter(lambda d: d[0] not in "078")),
       st.sampled_from(["{}", "номер {}", "записывайте: {}", "{}, верно", "только {}"]))
def test_item2_property_any_number_of_5_to_10_digits_said_bare_in_a_call_is_blocked(digits, template):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    if not _CONTEXT:
        _CONTEXT.append(_shown_context())
    assert default_checker().check(template.format(digits), "operator", _CONTEXT[0], Said()).verdict == "block"
