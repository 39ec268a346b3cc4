"""Red-team round bb16 (stop 41): the disclosure checker in a call and on a line.

- 11, 12, 17, 20 (пп. 1, 2, 3, 6, 9): left open — closing them by the card's hidden values made an oracle (below);
- 09, 21 (003): the caller's guess answered by comparison or correction, not by a bare yes or no;
- 22 (п. 14): an internal term spelled a letter at a time.

The phrasings are ours, not the red team's scripts'. No verdict in a call depends on a value the operator's view
hides: a right guess and a wrong one get the same answer.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from conftest import make_card

# A card whose surname no dictionary knows as one, with a second number and a contact phone of its own.
CARD = make_card(
    msisdn="79161234567", owner__last_name="Гусевин", owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", owner__birth_date="1974-05-06",
    numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79167650797", "tariff": "x"}],
)


def _context(card: dict | None = None, **state):
    from guard.callstate import CallState
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    card = copy.deepcopy(card or CARD)
    call = CallState(msisdn=card["msisdn"], **state)
    shown = load_policy(default_policy_path()).apply(copy.deepcopy(card), call, redact_text=lambda t: "").card
    return CheckContext.of(call, shown, shown=True)


def _check(text: str, *, card: dict | None = None, caller: list[str] = (), trusted: bool = True, **state):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    for line in caller:
        (said.add if trusted else said.hear)(line)
    return default_checker().check(text, "operator", _context(card, **state), said)


def _primary(**over):
    from guard.callstate import IdentificationLevel

    return {"identification": IdentificationLevel.PRIMARY, "caller_gender": "male", "identified_by": "full_name", **over}


def _surname_card(surname: str) -> dict:
    card = copy.deepcopy(CARD)
    card["owner"]["last_name"] = surname
    return card


# --- 11, 12, 17, 20: left open on purpose ------------------------------------------------------------------------------
# Closing them by comparing the line with the card's hidden values made a verdict depend on a value the operator's
# view hides: a right guess of a rare surname or of 4 digits was blocked and a wrong one allowed, so the checker told
# an operator who types guesses what the card holds (the lead's decision at the merge of stop 41, docs/redteam-open.md).
# What stays true, and is tested here: no verdict in a call depends on a hidden value.

@pytest.mark.parametrize("right, wrong", [("Гусевин", "Гусевон"), ("Шпаковский", "Шпаковецкий")])
@pytest.mark.parametrize("pattern", ["{}, верно", "так, {}", "записала: {}"])
def test_no_verdict_in_a_call_depends_on_a_surname_the_view_hides(right, wrong, pattern):
    card = _surname_card(right)
    for state in ({}, _primary(caller_gender="female")):
        said_right = _check(pattern.format(right), card=card, **state)
        said_wrong = _check(pattern.format(wrong), card=card, **state)
        assert (said_right.verdict, said_right.rules) == (said_wrong.verdict, said_wrong.rules)


@pytest.mark.parametrize("pattern", ["у второго номера хвост {} и {}", "номер, на который звонили, 903 {}{}"])
def test_no_verdict_in_a_call_depends_on_digits_the_view_hides(pattern):
    right = _check(pattern.format("07", "97"))
    wrong = _check(pattern.format("31", "42"))
    assert (right.verdict, right.rules) == (wrong.verdict, wrong.rules)




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
