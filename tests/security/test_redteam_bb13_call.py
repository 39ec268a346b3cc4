"""Red-team round bb13 (stop 38): the call flow and the checker in a call.

- 01 (пп. 1, 6): someone else takes the phone in words no phrase listed ("теперь с вами говорит его супруга", "я сын
  абонента", "сын трубку взял", "Ало, это Света. Петя отошёл", "сейчас бухгалтер с вами поговорит");
- 08 (пп. 1, 2): after a recognised handover the operator read the first caller's passport and surname back to the
  new one — what the first caller said still unlocked the read-back;
- 15 (п. 6): a failed identification by another caller (another name, a woman's voice) left the call `primary`;
- 16 (п. 1, «Внимание!»): the caller addressed by the owner's first name and patronymic when DE holds another person
  or nothing;
- 10 (п. 2): the card's number after a verb or a filler ("запишите 600639", "итого …", "наберите …");
- 07 (п. 1): the owner's surname where the line names the caller ("Вы Мельник?", "владелец Кречетов") when the
  surname is a word or unknown to the name model;
- 09 (п. 1): the surname spelled a letter a line and stopped a letter short;
- 06 (пп. 7, 16, 23): a read-back opening ("вы сказали …") followed by the operator's own agreement.

Through the real proxy where the call flow decides (bb12's harness and card: Лисицына Ольга Викторовна), on the
checker with the operator's view of the card where only the checker does. The view is card-blind (no oracle): each
way of telling is blocked with the right value and with a wrong guess alike.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from security.test_redteam_bb12_call import CARD, MSISDN, _run


def _context(card: dict | None = None, **state):
    from guard.callstate import CallState
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    call = CallState(**state)
    shown = load_policy(default_policy_path()).apply(copy.deepcopy(card or CARD), call, redact_text=lambda t: "").card
    return CheckContext.of(call, shown, shown=True)


def _in_call(text: str, *, card: dict | None = None, said=None, **state) -> str:
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    return default_checker().check(text, "operator", _context(card, **state), said if said is not None else Said()).verdict


def _hint(text: str, said=None, context=None) -> bool:
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    return "speaker-changed" in default_checker().check(text, "client", context, said if said is not None else Said()).rules


# --- 01: a change of speaker read from the caller's line (пп. 1, 6) -------------------------------------------------

CHANGES = [
    # the red team's
    "алло это маша его дочка папа в машине остался", "теперь с вами говорит его супруга",
    "алло алло вы меня слышите это мама его", "Здравствуйте. Я сын абонента.", "сын трубку взял",
    "алло здрасте я вместо петра сергеевича он занят", "дедушка не слышит, я внучка, говорите мне",
    "He passed the phone to me, I am his wife", "Сейчас бухгалтер с вами поговорит",
    # other phrasings of the same acts
    "я его соседка", "меня зовут Анна, я жена Петра", "сейчас муж подойдёт к телефону", "звоню за маму",
    "с вами говорит дочь владельца", "минутку, жену позову", "мама трубку передала", "я представитель абонента",
    "это секретарь его", "теперь с вами поговорит его брат", "муж телефон мне отдал",
]


@pytest.mark.parametrize("text", CHANGES)
def test_item6_a_change_of_speaker_is_read_from_the_line_not_a_list_of_phrases(text):
    assert _hint(text)


@pytest.mark.parametrize("text", [
    "это моя жена звонила вчера", "я владелец номера", "дайте номер телефона", "передайте трубку специалисту",
    "это номер сына", "это сын звонил с моего номера", "здравствуйте меня зовут Пётр", "я сама не знаю",
    "спасибо за помощь", "я пенсионерка мне трудно", "хочу подключить тариф для сына", "у меня сын пользуется номером",
    "я дам вам номер", "позову вас позже", "с вами говорит Пётр Воробьёв", "это жены номер",
    "я хочу телефон в рассрочку взять", "мастер хороший, дайте его телефон", "он трубку не берёт третий день",
    "я директор, нам нужен акт сверки", "Я Панкратова, Лидия."])
def test_item6_the_owner_speaking_of_others_or_introducing_themselves_first_is_no_change(text):
    assert not _hint(text)


def test_item6_a_new_first_name_after_a_caller_spoke_is_a_new_speaker_and_the_same_name_is_not():
    from guard.disclosure.context import Said

    said = Said.of(["моя фамилия Лисицына, меня зовут Ольга"])
    for text in ["это Света", "Ало, это Света. Петя отошёл.", "меня зовут Света", "с вами говорит Света"]:
        assert _hint(text, said), text
    for text in ["меня зовут Ольга", "это Ольга"]:
        assert not _hint(text, said), text
    # a caller who greets first and then gives their name is one caller
    assert not _hint("меня зовут Ксения", Said.of(["здравствуйте, у меня вопрос"]))
    # identified, nothing said yet: the screen's DE name is the same caller's, another name is not
    identified = _context(identification="primary", identified_by="full_name", caller_gender="female")
    assert _hint("это Света", context=identified) and not _hint("это Ольга", context=identified)


@pytest.mark.parametrize("text", ["теперь с вами говорит его супруга", "Здравствуйте. Я сын абонента.",
                                  "сын трубку взял", "Сейчас бухгалтер с вами поговорит"])
def test_item6_the_call_drops_to_none_when_someone_else_takes_the_phone(attack, text):
    lines = [("identify", "female"), ("card", ""), ("client", text), ("card", ""),
             ("operator", f"последние цифры номера {MSISDN[-4:]}")]
    before, after, last4 = _run(attack, [lines])
    assert before.endswith(MSISDN[-4:]) and not after.endswith(MSISDN[-4:]) and last4 == "block"


# --- 08: the first caller's words are not the new caller's to hear back (пп. 1, 2) ---------------------------------

@pytest.mark.parametrize("handover", ["передаю трубку мужу", "это её муж", "теперь с вами говорит её муж"])
@pytest.mark.parametrize("read_back", ["вы продиктовали паспорт 4611 583920, верно?",
                                       "вы назвали фамилию Лисицына, всё верно?"])
def test_item2_the_first_callers_data_is_not_read_back_to_the_second_caller(attack, handover, read_back):
    lines = [("identify", "female"), ("client", "моя фамилия Лисицына, паспорт сорок шесть одиннадцать 583920"),
             ("operator", read_back), ("client", handover), ("operator", read_back)]
    assert _run(attack, [lines]) == ["allow", "block"]


def test_item2_the_new_caller_may_hear_their_own_words_back(attack):
    lines = [("identify", "female"), ("client", "передаю трубку мужу"), ("client", "моя фамилия Лисицын"),
             ("operator", "вы назвали фамилию Лисицын, верно?")]
    assert _run(attack, [lines]) == ["allow"]


# --- 15: a failed identification after a matched one (п. 6) -------------------------------------------------------

@pytest.mark.parametrize("second", [
    {"method": "primary", "full_name": "Петров Пётр Иванович", "caller_gender": "male"},
    {"method": "alternative", "passport": "1111 222222", "birth_date": "01.01.1990", "caller_gender": "male"},
    {"method": "primary", "full_name": "Лисицына Оксана Викторовна", "caller_gender": "female"}])
def test_item6_a_failed_identification_after_a_matched_one_withdraws_it(attack, second):
    async def scenario(stack, client):
        from security.conftest import open_call

        call_id = await open_call(client, stack.guard_url, MSISDN)
        url = f"{stack.guard_url}/v1/calls/{call_id}/identify"
        async with client.post(url, json={"method": "primary", "full_name": "Лисицына Ольга Викторовна",
                                          "caller_gender": "female"}) as resp:
            assert (await resp.json())["identification"] == "primary"
        async with client.post(url, json=second) as resp:
            answer = await resp.json()
        async with client.get(f"{stack.guard_url}/crm/api/customers/{MSISDN}",
                              headers={"X-Guard-Call": call_id}) as resp:
            return answer, resp.headers["X-Guard-Identification"], (await resp.json())["msisdn"]

    from security.test_redteam_s22 import _serve

    answer, level, shown = attack(scenario, crm=_serve(CARD), client_lines_trusted=True)
    assert answer == {"identification": "none", "matched": False} and level == "none"
    assert not shown.endswith(MSISDN[-4:])


def test_item6_a_failed_identification_in_another_gender_marks_another_caller():
    from guard.callstate import IdentificationLevel
    from guard.sessions import CallSession, record_identification

    identified = record_identification(CallSession(call_id="c"), method="primary", matched=True,
                                       identified_by="full_name", caller_gender="male", max_attempts=3).session
    same = record_identification(identified, method="primary", matched=False, identified_by=None,
                                 caller_gender="male", max_attempts=3).session
    other = record_identification(identified, method="primary", matched=False, identified_by=None,
                                  caller_gender="female", max_attempts=3).session
    assert same.identification is other.identification is IdentificationLevel.NONE
    assert not same.caller_changed and other.caller_changed and other.gender_heard == "both"
    assert same.identify_failures == other.identify_failures == 1


# --- 16: the caller addressed only by DE's first name and patronymic (п. 1, «Внимание!») ---------------------------

DE_OTHER = copy.deepcopy(CARD)
DE_OTHER["de"] = {"first_name": "Анна", "middle_name": "Игоревна"}
DE_NONE = copy.deepcopy(CARD)
DE_NONE["de"] = {"first_name": None, "middle_name": None}


@pytest.mark.parametrize("card", [DE_OTHER, DE_NONE], ids=["de-another", "de-empty"])
@pytest.mark.parametrize("text", ["Ольга Викторовна, здравствуйте", "Здравствуйте, Ольга!",
                                  "ольга викторовна вы меня слышите", "Викторовна, вы тут?", "вас зовут Ольга?",
                                  "Ольга, подождите минуту", "Мария Петровна, здравствуйте"])
def test_item1_the_caller_is_not_addressed_by_a_name_the_de_field_does_not_hold(card, text):
    assert _in_call(text, card=card) == "block"


@pytest.mark.parametrize("text", ["Анна Игоревна, здравствуйте", "Здравствуйте, Анна Игоревна!",
                                  "меня зовут Ольга, чем могу помочь?", "Оператор Ольга, здравствуйте",
                                  "переключу вас на специалиста", "спасибо за звонок, всего доброго"])
def test_item1_the_de_name_and_the_operators_own_introduction_are_allowed(text):
    assert _in_call(text, card=DE_OTHER) == "allow"


def test_item1_a_name_the_caller_gave_may_address_them():
    from guard.disclosure.context import Said

    assert _in_call("Мария, подождите минуту", card=DE_NONE, said=Said.of(["меня зовут Мария"])) == "allow"


def test_item1_after_a_handover_even_the_de_name_is_the_owners(attack):
    lines = [("identify", "female"), ("client", "передаю трубку мужу"),
             ("operator", "Ольга Викторовна, слушаю вас")]
    assert _run(attack, [lines]) == ["block"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("Пётр", "Сергеевич"), ("Мария", "Ивановна"), ("Ахмед", "Русланович"), ("Елена", "Павловна"),
                        ("Иван", "Андреевич")]),
       st.sampled_from(["{} {}, здравствуйте", "Здравствуйте, {} {}!", "{} {}, вы меня слышите?", "{} {}, слушаю вас"]))
def test_item1_property_any_first_name_and_patronymic_off_the_screen_is_blocked(name, template):
    assert _in_call(template.format(*name), card=DE_NONE) == "block"


# --- 10: the card's number after a verb or a filler (п. 2) ----------------------------------------------------------

@pytest.mark.parametrize("word", ["запишите", "запомните", "продиктую", "проверьте", "итого", "остальные цифры",
                                  "наберите", "повторю", "так, пишите"])
@pytest.mark.parametrize("number", ["583920", "583921", "5500123456"], ids=["right", "wrong-guess", "contract"])
def test_item2_a_number_after_a_verb_or_a_filler_is_told_whichever_it_is(word, number):
    assert _in_call(f"{word} {number}") == "block"


@pytest.mark.parametrize("text", ["оплатите 1500", "пополните 2000 рублей", "у вас на балансе 2500",
                                  "запишите номер заявки 123456", "наберите 0611"])
def test_item2_a_sum_a_request_or_a_public_number_after_a_verb_is_no_value(text):
    assert _in_call(text) != "block"


# --- 07: the surname where the line names the person (п. 1) ---------------------------------------------------------

@pytest.mark.parametrize("surname", ["Мельник", "Коваль", "Соловей", "Кречетов", "Нурмагомедов", "Сокол", "Гром",
                                     "Лисицына"])
@pytest.mark.parametrize("template", ["Вы {}?", "{} это вы?", "вас зовут {}?", "владелец {}",
                                      "ваша фамилия {}", "номер записан на {}"])
def test_item1_a_surname_in_a_naming_slot_is_told_whatever_it_is(surname, template):
    assert _in_call(template.format(surname)) == "block"


@pytest.mark.parametrize("text", ["Вы пенсионер?", "вы готовы?", "Вы здесь?", "вы владелец?",
                                  "владелец номера сам должен прийти", "Вы меня слышите?", "владелец — юридическое лицо",
                                  "Вы абонент МТС?", "это вы?", "фамилия владельца нужна", "Вы в Москве?",
                                  "Вот это вы?", "Оплата это вы делали?", "номер оформлен на юрлицо",
                                  "звонили Анна, Ольга, Пётр, Иван"])
def test_item1_a_naming_slot_holding_no_name_is_not_blocked(text):
    assert _in_call(text) != "block"


def test_item1_the_surname_the_caller_said_may_be_said_back_in_a_slot():
    from guard.disclosure.context import Said

    assert _in_call("Вы Мельник?", said=Said.of(["моя фамилия Мельник"])) == "allow"


# --- 09: a name spelled a letter a line (п. 1) ----------------------------------------------------------------------

def _spelled(lines: list[str], said=None) -> list[str]:
    from guard.disclosure.context import Said

    said = said if said is not None else Said()
    verdicts = []
    for line in lines:
        verdicts.append(_in_call(line, said=copy.deepcopy(said)))
        said.add_operator(line)
    return verdicts


@pytest.mark.parametrize("letters", [["Л", "и", "с", "и", "ц", "ы", "н"], ["эль", "и", "эс", "и", "цэ"],
                                     ["К", "о", "в", "а"]], ids=["letters", "names", "wrong-guess"])
def test_item1_a_surname_spelled_a_letter_a_line_is_blocked_before_it_is_complete(letters):
    verdicts = _spelled(["фамилия владельца по буквам", *letters, "последнюю букву сами"])
    assert "block" in verdicts[:len(letters) + 1] and verdicts[2] == "block"


def test_item1_the_callers_own_spelling_may_be_said_back():
    from guard.disclosure.context import Said

    said = Said.of(["моя фамилия эль и эс и цэ"])
    assert "block" not in _spelled(["повторю вашу фамилию", "эль", "и", "эс"], said)


# --- 06: the caller's words said back, not agreed with (пп. 7, 16, 23) ----------------------------------------------

@pytest.mark.parametrize("text", [
    "как вы сказали, это сбой, верно, сбой у нас", "вы правильно сказали, авария на сети, до вечера",
    "вы сказали задержка — да, задержка зачисления из-за аварии", "да, как вы и говорите, у нас технический перерыв",
    "вы говорите, что это ваша вина — да, согласна, ваша", "вы сказали авария, да, авария у нас, согласна"])
def test_item7_a_read_back_opening_does_not_cover_the_operators_own_agreement(text):
    from guard.disclosure.checker import check

    assert check(text).verdict != "allow"


@pytest.mark.parametrize("text", ["вы говорите, у вас дома авария, верно?", "вы сказали: «я не знаю пароль»",
                                  "вы сказали, что у вас сбой? давайте проверим настройки"])
def test_item7_the_callers_words_said_back_as_a_question_stay_theirs(text):
    from guard.disclosure.checker import check

    assert check(text).verdict == "allow"
