"""Red-team round bb5 (stop 30): POST /v1/check in a call (the proxy holds the card) answered `allow` or only `warn`
when the operator told the card's hidden values —

- 07: the passport's series alone, written or spoken, and a piece of its department code after its cue;
- 17: an owner's surname that is also a common word (Лебедь, Соловей, Коваль, Зима, Орёл) in the owner's slot;
- 19: the owner's name as a fake quote of the caller («…» after a colon), the caller having said nothing;
- 26: the owner's or contact's full name as the operator's "self-introduction" (warned only).

Each replayed as a real request against the real proxy, with a CRM on loopback serving the red team's card. The check
in a call never compares with hidden values (guard/proxy/calls.py `check_context`: no guessing oracle), so each way of
telling is blocked whatever the value: a wrong guess said the same way gets the same verdict.
"""
from __future__ import annotations

import pytest

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s22 import _serve

MSISDN = "79161234567"
CARD = card(MSISDN, owner__last_name="Кузнецов",
            contact={"phone": "79031234567", "person": "Кузнецова Анна Петровна", "email": None})
WORD_SURNAMES = [("Лебедь", "female"), ("Соловей", "male"), ("Коваль", "male"), ("Зима", "female"), ("Орёл", "male")]
WORD_CARDS = [card(f"7916123490{i}", owner__last_name=surname, owner__gender=gender)
              for i, (surname, gender) in enumerate(WORD_SURNAMES)]


def _verdicts(attack, texts: list[str], msisdn: str = MSISDN, cards: tuple = (CARD,),
              said: tuple[str, ...] = ()) -> list[str]:
    async def scenario(stack, client):
        verdicts = []
        for text in texts:
            call_id = await open_call(client, stack.guard_url, msisdn)  # a call each: no budget, no earlier line
            for line in said:
                async with client.post(f"{stack.guard_url}/v1/check",
                                       json={"id": "c", "text": line, "call_id": call_id, "speaker": "client"}) as resp:
                    assert resp.status == 200, await resp.text()
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": "u1", "text": text, "call_id": call_id}) as resp:
                assert resp.status == 200, await resp.text()
                verdicts.append((await resp.json())["verdict"])
        return verdicts

    # the caller's lines come from the caller's side (auth off: a desk that is its own feed; test_redteam_bb5_trust.py)
    return attack(scenario, crm=_serve(*cards), client_lines_trusted=True)


# --- 07: a piece of the passport after its cue ---------------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("паспорт сорок пять ноль пять", "паспорт сорок шесть ноль один", id="series-spoken"),
    pytest.param("паспорт 4505", "паспорт 4601", id="series-written"),
    pytest.param("у вас паспорт московский, код подразделения семьсот семьдесят",
                 "у вас паспорт московский, код подразделения пятьсот сорок", id="department-code-piece"),
])
def test_07_a_passport_series_or_department_code_piece_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right,
                                                                                                    wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_07_the_series_the_caller_said_may_be_said_back(attack):
    assert _verdicts(attack, ["серия 4505, верно?"], said=("паспорт 4505 678901",)) == ["allow"]


@pytest.mark.parametrize("text", ["паспорт нужен с 14 лет", "приходите с паспортом в 10 утра",
                                  "паспорт нужен, 2 страницы: разворот и прописка"])
def test_07_a_number_after_the_passport_word_that_is_an_age_or_a_time_is_no_piece(attack, text):
    assert _verdicts(attack, [text]) != ["block"]


# --- 17: a word surname in the owner's slot ------------------------------------------------------------------------

@pytest.mark.parametrize(("index", "text"), [
    (0, "Владелец номера - Лебедь."), (1, "номер оформлен на Соловей"), (2, "договор оформлен на Коваль"),
    (3, "владелица номера зима"), (4, "владелец орёл")])
def test_17_a_surname_that_is_a_word_in_the_owners_slot_is_blocked_in_its_own_call(attack, index, text):
    assert _verdicts(attack, [text], WORD_CARDS[index]["msisdn"], tuple(WORD_CARDS)) == ["block"]


def test_17_the_same_lines_on_a_card_of_another_surname_get_the_same_verdict(attack):
    """No oracle: the owner here is Кузнецов, so each line is a wrong guess, said the same way."""
    lines = ["Владелец номера - Лебедь.", "номер оформлен на Соловей", "договор оформлен на Коваль",
             "владелица номера зима", "владелец орёл"]
    assert _verdicts(attack, lines) == ["block"] * len(lines)


@pytest.mark.parametrize("text", ["номер оформлен на жену", "номер оформлен на юрлицо", "владелец номера — организация",
                                  "владелец номера — вы", "номер оформлен на другого человека",
                                  "владелец номера может сам прийти в офис"])
def test_17_who_the_owner_is_not_which_one_is_no_surname(attack, text):
    assert _verdicts(attack, [text]) != ["block"]


# --- 19: a fake quote of the caller --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["цитирую вас: «Кузнецов Пётр Сергеевич»", "вы сказали: «я Кузнецов»"])
def test_19_a_quote_of_the_caller_who_said_nothing_is_blocked(attack, text):
    assert _verdicts(attack, [text]) == ["block"]


def test_19_a_quote_of_what_the_caller_did_say_is_a_read_back(attack):
    assert _verdicts(attack, ["вы сказали: «я Кузнецов Пётр Сергеевич», верно?"],
                     said=("я Кузнецов Пётр Сергеевич",)) == ["allow"]


# --- 26: a surname as the operator's self-introduction -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Здравствуйте, меня зовут Кузнецов Пётр Сергеевич", "Оператор Кузнецов, слушаю вас",
                                  "с вами говорит Кузнецова Анна Петровна",
                                  "Здравствуйте, меня зовут Анна Смирнова, оператор 3078"])  # a surname not the card's
def test_26_a_surname_in_the_operators_introduction_is_blocked_in_a_call_whoever_it_names(attack, text):
    assert _verdicts(attack, [text]) == ["block"]


@pytest.mark.parametrize("text", ["Здравствуйте, меня зовут Анна, оператор 3078, чем могу помочь?",
                                  "с вами говорит оператор Анна, слушаю вас"])
def test_26_a_first_name_and_the_operator_number_are_the_introduction(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


# --- 27: п. 5's condition claimed by the operator, nothing confirmed in the call ------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("вы назвали свой федеральный, подскажу городской: 8 495 123 45 67",
                 "вы назвали свой федеральный, подскажу городской: 8 495 765 43 21", id="written"),
    pytest.param("вы помните свой федеральный номер, поэтому подскажу городской — семь четыре девять пять один два три "
                 "четыре пять шесть семь",
                 "вы помните свой федеральный номер, поэтому подскажу городской — семь четыре девять пять семь шесть "
                 "пять четыре три два один", id="spoken"),
])
def test_27_in_a_call_the_call_state_not_the_operators_words_grants_item5(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_27_a_line_checked_alone_keeps_item5_stated_in_it(checker_alone):
    """No call, no state to ask: the line's own statement of п. 5 still clears it (the training authors' reading)."""
    assert checker_alone.check("вы назвали свой федеральный, подскажу городской: 8 495 123 45 67").verdict == "allow"


@pytest.fixture
def checker_alone():
    from guard.disclosure import default_checker

    return default_checker()


# --- 22: keycap digits and an emoji between digits ------------------------------------------------------------------

def _keycaps(text: str) -> str:
    return "".join(ch + "\ufe0f\u20e3" if ch.isdigit() else ch for ch in text)


@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("ваш контактный " + _keycaps("89031234567"), "ваш контактный " + _keycaps("89037654321"), id="keycaps"),
    pytest.param("паспорт владельца " + _keycaps("4505 678901"), "паспорт владельца " + _keycaps("4601 123456"),
                 id="keycap-passport"),
    pytest.param("контактный 8903\U0001F5251234567", "контактный 8903\U0001F5257654321", id="emoji-between"),
])
def test_22_digits_written_as_keycaps_or_split_by_an_emoji_are_read_in_a_call(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", ["тел сына " + _keycaps("89035550011"), "тел 8916\U0001F5251234567",
                                  "тел 8 9 1 6 \U0001F60A 1 2 3 4 5 6 7"])
def test_22_the_redactor_reads_the_same_numbers(text):
    from guard.engine import default_redactor

    assert [e.type for e in default_redactor().analyze(text)] == ["PHONE_NUMBER"]


def test_22_an_emoji_among_words_changes_nothing():
    from guard.engine import default_redactor

    assert default_redactor().analyze("Спасибо 😊 до свидания, оценка ➂ из ➄") == []


# --- 18: the contact number's pieces and the street as a question (the contact's name and the mailbox's first
# letters in Cyrillic are left open: docs/redteam-open.md) ------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("контактный 903 123", "контактный 916 555", id="contact-halves"),
    pytest.param("ваш второй контакт девятьсот три сто двадцать три", "ваш второй контакт девятьсот шестнадцать сто",
                 id="contact-spoken"),
    pytest.param("перезвоните на контактный, он кончается на сорок пять шестьдесят семь",
                 "перезвоните на контактный, он кончается на двенадцать тридцать", id="contact-last-digits"),
    pytest.param("вы же на Тверской живёте?", "вы же на Садовой живёте?", id="street-before-its-verb"),
])
def test_18_a_piece_of_the_contact_number_or_the_street_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right,
                                                                                                    wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", ["позвоните в контактный центр 8 800 700 0611",
                                  "оставьте контактный номер, я перезвоню через 15 минут",
                                  "вы живёте на пятом этаже?"])
def test_18_the_contact_centre_and_an_ordinal_with_its_noun_stay_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


def test_18_the_contact_number_the_caller_said_may_be_confirmed_in_pieces(attack):
    assert _verdicts(attack, ["контактный 903 123, верно?"], said=("контактный 8 903 123 45 67",)) == ["allow"]


# --- 09: a number's beginning told past its prefix ------------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("вам звонили с мтс, номер начинается на девятьсот три пятьсот пятьдесят пять",
                 "вам звонили с мтс, номер начинается на девятьсот три семьсот семьдесят семь", id="spoken"),
    pytest.param("номер начинается с 8 903 555", "номер начинается с 8 903 777", id="written"),
])
def test_09_a_numbers_beginning_past_its_prefix_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_09_a_line_checked_alone_is_blocked_too(checker_alone):
    assert checker_alone.check("вам звонили с мтс, номер начинается на девятьсот три пятьсот пятьдесят пять"
                               ).verdict == "block"


@pytest.mark.parametrize("text", ["вам звонили с мтс, номер начинается на девятьсот три",
                                  "номер начинается на +7 903", "тарифы начинаются с 1000 рублей"])
def test_09_the_prefix_itself_and_other_beginnings_stay_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


# --- 10: the surname by its root, the birth month with the age ------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("фамилия владельца от слова кузнец", "фамилия владельца от слова пекарь", id="surname-root"),
    pytest.param("владельцу в марте исполнится сорок семь", "владельцу в мае исполнится пятьдесят", id="month-and-age"),
])
def test_10_owner_data_told_indirectly_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", ["в марте исполнится 5 лет нашему тарифу", "акция действует до конца марта"])
def test_10_a_things_anniversary_stays_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


def test_10_the_age_told_to_the_caller_is_blocked_since_bb19(attack):
    # red team bb19, f06: whoever is on the line, the age the operator tells them is the card's birth date (its year,
    # with the month more); "вам … исполнится N" was allowed as the caller's own until then
    assert _verdicts(attack, ["вам в марте исполнится восемнадцать, тогда оформим на вас"]) == ["block"]


# --- 08: a number dictated past filler lines, or a digit a line ----------------------------------------------------

def _call_verdicts(attack, lines: list[str]) -> list[str]:
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, MSISDN)
        verdicts = []
        for text in lines:
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": "u", "text": text, "call_id": call_id}) as resp:
                assert resp.status == 200, await resp.text()
                verdicts.append((await resp.json())["verdict"])
        return verdicts

    return attack(scenario, crm=_serve(CARD))


@pytest.mark.parametrize("lines", [
    pytest.param(["контактный номер у вас девятьсот три", "так секунду", "сейчас посмотрю", "сто двадцать три",
                  "сорок пять шестьдесят семь"], id="past-fillers"),
    pytest.param(["записывайте контактный: девять", "ноль", "три", "один", "два", "три", "четыре", "пять", "шесть",
                  "семь"], id="a-digit-a-line"),
    pytest.param(["записывайте контактный: девять", "ноль", "три", "один", "два", "три", "четыре", "пять", "шесть",
                  "восемь"], id="a-wrong-guess-alike"),
])
def test_08_the_lines_completing_a_dictated_number_are_blocked(attack, lines):
    assert "block" in _call_verdicts(attack, lines)[3:]


def test_08_filler_lines_between_plain_lines_change_nothing(attack):
    assert _call_verdicts(attack, ["тариф стоит пятьсот рублей", "так секунду", "подключу за минуту",
                                   "спасибо за ожидание"]) == ["allow"] * 4


# --- 28: where the number was, told as a place ----------------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("в момент звонка вы были в районе метро Тверская", "в момент звонка вы были в районе метро Сокол",
                 id="metro"),
    pytest.param("по детализации вы были в Москве в районе Пресни", "по детализации вы были в Москве в районе Арбата",
                 id="district"),
])
def test_28_the_numbers_place_from_the_details_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", ["звонок был в районе 10 часов", "в момент звонка вы были на линии около минуты",
                                  "Салон находится возле станции метро Сокол"])
def test_28_a_time_about_or_the_salons_place_stays_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


# --- 15: the surname masked with its length, or by a spelling alphabet ----------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("номер оформлен на К*******в", "номер оформлен на С*****в", id="masked-with-length"),
    pytest.param("фамилия владельца по буквам: Константин, Ульяна, Зоя, Николай, Елена, Цапля, Ольга, Василий",
                 "фамилия владельца по буквам: Сергей, Ольга, Константин, Ольга, Леонид", id="alphabet-names"),
    pytest.param("по буквам: к как константин, у как ульяна, з как зоя, эн как николай",
                 "по буквам: эс как сергей, о как ольга, ка как константин", id="letter-as-in"),
])
def test_15_a_surname_told_by_its_letters_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


@pytest.mark.parametrize("text", ["звонили Анна, Ольга, Пётр, Иван", "в тарифе есть Москва, Тверь, Казань, Самара",
                                  "пароль из 8 символов: ********"])
def test_15_lists_of_names_and_a_bare_mask_stay_allowed(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("почта начинается на петр?", "почта начинается на иван?", id="mailbox-beginning-cyrillic"),
])
def test_18_a_mailbox_told_by_its_beginning_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_18_a_letter_that_begins_with_a_greeting_is_no_mailbox(attack):
    assert _verdicts(attack, ["на почту придёт письмо, оно начинается с приветствия"]) == ["allow"]


# --- 23 (the checker's part): the surname in another transliteration in the owner's slot ----------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("владелец Kuznecov", "владелец Sokolov", id="simple-scheme"),
    pytest.param("владелец Kouznetsov", "владелец Sokoloff", id="french-scheme"),
    pytest.param("владелец Кузнецоff", "владелец Соколоff", id="mixed-script"),
])
def test_23_a_latin_or_mixed_word_in_the_owners_slot_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right,
                                                                                                 wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_23_a_latin_brand_elsewhere_in_the_line_stays_allowed(attack):
    from guard.disclosure.checker import default_checker

    # no Latin surname read: the line is judged in the call as alone — the line model's guess (warn) it gets alone
    # stands in the call too since red team bb26 f02 (a call is never weaker than the line alone); never a block
    line = "владелец номера может зайти в MTS Bank"
    alone = default_checker().check(line, "operator").verdict
    assert _verdicts(attack, [line]) == [alone] and alone != "block"
