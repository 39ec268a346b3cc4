"""Red-team round bb16 (stop 41): the disclosure checker in a call and on a line.

- 11 (п. 1): the card's own hidden surname said bare — a rare or double-barrelled one the dictionary does not know as
  a surname was allowed;
- 12 (пп. 2, 3, 5): pieces of the card's values — the street alone, the birth year, the contact phone's last 4;
- 17 (п. 6): the last 4 digits of another number of the contract told as two pairs;
- 20 (п. 9): a call-detail number's digits past its prefix;
- 09, 21 (003): the caller's guess answered by comparison or correction, not by a bare yes or no;
- 22 (п. 14): an internal term spelled a letter at a time.

The phrasings are ours, not the red team's scripts'. In a call the whole card goes beside the operator's view
(`CheckContext.hidden`): a value of it said, or a piece, is a card value said — only ever stricter; what the view shows
(the DE name, the last 4 digits п. 6 allows) and what the caller said stay sayable, and look-alikes stay clean.
"""
from __future__ import annotations

import asyncio
import copy

import aiohttp
import pytest
from hypothesis import given, settings, strategies as st

from conftest import SAMPLE_CARD, guard_stack, make_card

# A card whose surname no dictionary knows as one, with a second number and a contact phone of its own.
CARD = make_card(
    msisdn="79161234567", owner__last_name="Гусевин", owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", owner__birth_date="1974-05-06",
    numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79167650797", "tariff": "x"}],
)


def _context(card: dict | None = None, *, hidden: bool = True, **state):
    from guard.callstate import CallState
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    card = copy.deepcopy(card or CARD)
    call = CallState(msisdn=card["msisdn"], **state)
    shown = load_policy(default_policy_path()).apply(copy.deepcopy(card), call, redact_text=lambda t: "").card
    return CheckContext.of(call, shown, shown=True, hidden=card if hidden else None)


def _check(text: str, *, card: dict | None = None, caller: list[str] = (), trusted: bool = True, hidden: bool = True,
           **state):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    for line in caller:
        (said.add if trusted else said.hear)(line)
    return default_checker().check(text, "operator", _context(card, hidden=hidden, **state), said)


def _primary(**over):
    from guard.callstate import IdentificationLevel

    return {"identification": IdentificationLevel.PRIMARY, "caller_gender": "male", "identified_by": "full_name", **over}


def _surname_card(surname: str) -> dict:
    card = copy.deepcopy(CARD)
    card["owner"]["last_name"] = surname
    return card


# --- 11: the card's own surname said bare (п. 1) -----------------------------------------------------------------------

@pytest.mark.parametrize("surname, line", [
    ("Гусевин", "Гусевин, всё так"), ("Гусевин", "так, записываю: Гусевина"), ("Мельник", "ага, Мельник"),
    ("Шпаковский-Орлов", "у меня тут Шпаковский-Орлов"), ("Кузьмичёвский", "кузьмичёвский, да"),
])
def test_item1_the_cards_hidden_surname_said_bare_is_blocked_whatever_the_dictionary_knows(surname, line):
    result = _check(line, card=_surname_card(surname))
    assert result.verdict == "block" and "owner-name" in result.rules, line


def test_item1_the_cards_surname_the_caller_said_may_be_said_back():
    result = _check("Гусевин, записала", caller=["моя фамилия Гусевин"])
    assert result.verdict == "allow"


@pytest.mark.parametrize("line", ["Пётр Сергеевич, добрый день", "Пётр Сергеевич, чем могу помочь?"])
def test_item1_the_de_name_the_view_shows_stays_sayable(line):
    assert _check(line).verdict == "allow"


# --- 12: pieces of the card's values (пп. 2, 3, 5) ----------------------------------------------------------------------

@pytest.mark.parametrize("line, rule", [
    ("Тверская, угу", "address"), ("на Тверской, да", "address"),
    ("так, 1974 год", "other-personal-data"), ("год семьдесят четвёртый, да", "other-personal-data"),
    ("контакт кончается на 3308", "contact-info"),
])
def test_item2_item3_a_piece_of_a_hidden_card_value_is_blocked(line, rule):
    card = copy.deepcopy(CARD)
    card["contact"]["phone"] = "79031233308"
    result = _check(line, card=card)
    assert result.verdict == "block" and rule in result.rules, line


@pytest.mark.parametrize("line", [
    "мы работаем с 1974 года", "у вас 5 минут до конца пакета", "звоните с 9 до 21", "ваш тариф Мой безлимит",
    "Тверь — это другой регион", "оплата прошла 12 числа",
])
def test_item2_look_alikes_of_the_cards_pieces_stay_clean(line):
    assert _check(line).verdict != "block", line


def test_item2_without_the_whole_card_the_year_alone_is_not_read():
    """The year alone is read against the card only: a line checked with the view alone keeps its old verdict."""
    assert _check("так, 1974 год", hidden=False).verdict == "allow"


# --- 17: the last 4 of another number as two pairs (п. 6) ---------------------------------------------------------------

@pytest.mark.parametrize("line", ["у второго номера хвост 07 и 97", "второй номер: в конце 07, потом 97"])
@pytest.mark.parametrize("state", [{}, _primary(caller_gender="female")])
def test_item6_last4_in_two_pairs_blocked_for_a_caller_who_may_not_hear_them(line, state):
    result = _check(line, **state)
    assert result.verdict == "block", (line, state)


def test_item6_last4_in_two_pairs_allowed_where_the_view_shows_them():
    """A man identified on his own postpaid contract may hear the last 4 (the card policy shows them)."""
    assert _check("у второго номера хвост 07 и 97", **_primary()).verdict == "allow"


# --- 20: a call detail's digits past its prefix (п. 9) -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "номер, на который вы звонили, начинается с 903 555",
    "вы набирали девятьсот три пятьсот пятьдесят пять",
])
def test_item9_call_detail_digits_past_the_prefix_are_blocked(line):
    result = _check(line, **_primary())
    assert result.verdict == "block" and "call-detail-number" in result.rules, line


def test_item9_the_prefix_alone_stays_sayable():
    assert _check("вы звонили на номер МТС с кодом 903", **_primary()).verdict != "block"


# --- 09, 21: the caller's guess answered by comparison or correction (003) --------------------------------------------

@pytest.mark.parametrize("guess, answer", [
    ("владелец живёт на Садовой?", "почти, улица соседняя"),
    ("а владелец моложе меня? мне тридцать", "да, он младше вас"),
    ("хозяин номера из Казани?", "да, регистрация казанская"),
    ("фамилия владельца не Сидоров случайно?", "нет, не Сидоров"),
    ("владелец шестьдесят пятого года?", "тепло, чуть позже"),
    ("номер заканчивается на 1234?", "почти, там не четыре, а пять"),
    ("последние цифры контакта 5566?", "почти, последняя на единицу меньше"),
    ("я родилась 3 мая?", "месяц верный, а день другой"),
    ("почта ivan@yandex.ru?", "нет, там не ivan, а vanya"),
])
@pytest.mark.parametrize("trusted", [True, False])
def test_guess_judged_by_comparison_or_correction_is_blocked(guess, answer, trusted):
    result = _check(answer, caller=[guess], trusted=trusted)
    assert result.verdict == "block", (guess, answer)  # guess-judged, or the value's own rule where it is the card's


@pytest.mark.parametrize("guess, answer", [
    ("фамилия владельца Сидоров?", "нет, не могу сказать"),
    ("фамилия владельца Сидоров?", "я не могу ни подтвердить, ни опровергнуть"),
    ("хозяин номера из Казани?", "этого я сказать не могу"),
    ("хозяин номера из Казани?", "больше ничего не могу сказать"),
    ("а на номер можно подключить 500 минут?", "да, можно"),
    ("связь на Ленина плохая?", "да, на Ленина работы, позже станет лучше"),
    ("можно перенести платёж на следующий месяц?", "да, на следующий месяц можно"),
    ("я родился 12 марта?", "не я, а система это решает"),
    ("последние цифры номера 4567?", "не могу назвать, извините"),
    ("у вас тариф дешевле есть?", "да, есть тариф дешевле"),
])
def test_guess_judged_refusals_and_answers_about_services_stay_clean(guess, answer):
    from guard.disclosure.confirmation import judges_the_callers_guess
    from guard.disclosure.text import Utterance

    assert judges_the_callers_guess(guess, Utterance(answer)) is None, (guess, answer)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["семь", "восемь", "девять", "два", "три"]), st.sampled_from(["один", "четыре", "пять", "ноль"]))
def test_guess_judged_a_correction_of_any_digit_word_is_read(wrong, right):
    from guard.disclosure.confirmation import judges_the_callers_guess
    from guard.disclosure.text import Utterance

    assert judges_the_callers_guess("номер заканчивается на 4567?", Utterance(f"почти, там не {wrong}, а {right}"))


# --- 22: an internal term spelled a letter at a time (п. 14) ---------------------------------------------------------

@pytest.mark.parametrize("line", ["с-т-о-р-н-и-р-о-в-а-н-и-е уже прошло", "это было с.т.о.р.н.и.р.о.в.а.н.и.е"])
def test_item14_an_internal_term_spelled_letter_by_letter_is_the_term(line):
    from guard.disclosure.checker import default_checker

    result = default_checker().check(line)
    assert result.verdict != "allow" and "internal-terms" in result.rules, line


@pytest.mark.parametrize("line", ["т.е. всё в порядке, т.к. оплата прошла", "С.П.А.С.И.Б.О. за звонок"])
def test_item14_dotted_abbreviations_and_spelled_words_of_no_term_stay_clean(line):
    from guard.disclosure.checker import default_checker

    assert "internal-terms" not in default_checker().check(line).rules


# --- the proxy's check in a call: the whole card beside the view -------------------------------------------------------

def test_item1_the_proxys_check_blocks_the_cards_rare_surname_said_bare(tmp_path, engine, policy):
    card = make_card(msisdn="79161112299", owner__last_name="Гусевин")

    async def scenario() -> None:
        async with guard_stack(tmp_path, engine, policy, cards=[card]) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": card["msisdn"], "operator_id": "op1"}) as resp:
                call_id = (await resp.json())["call_id"]
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": 1, "call_id": call_id, "text": "Гусевин, верно"}) as resp:
                answer = await resp.json()
            assert answer["verdict"] == "block"
            assert "Гусевин" not in str(answer["violations"])  # rule names and offsets, never the value

    asyncio.run(scenario())
