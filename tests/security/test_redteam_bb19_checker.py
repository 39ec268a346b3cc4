"""Red-team round bb19, f02, f03, f06: what the operator tells the caller in a call — a called number's digits, a base
station's place, the town of registration, the age.

In a call the checker reads the card as the operator's screen shows it (the call details' numbers as their prefix, the
birth date and the address hidden), so these are read by the line's shape, whatever the value: a number a call was made
to or from told by 4 digits or more without its code (п. 9, guard/disclosure/value_shapes.digits_past_the_code), a base
station or a cell beside a place's name (пп. 9, 17), the town or region of the caller's registration or home (п. 3) and
the age told to the caller (the birth date's year) — policies/disclosure.yaml. In this repository's own phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said

# the operator's screen: the card after the policy (identification none)
SHOWN = {"msisdn": "79261112233", "client_type": "individual", "payment_type": "postpaid",
         "owner": {"last_name": "***", "first_name": "***", "birth_date": "***"},
         "de": {"first_name": "Марина", "middle_name": "Олеговна"},
         "addresses": {"registration": "***"},
         "call_details": [{"at": "2026-10-02T12:00:00", "direction": "in", "number": "7915*******", "kind": "mobile",
                           "network": "Билайн", "region": "Москва", "lai": "***", "cell_id": "***"}]}


_TENS = {2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят", 7: "семьдесят", 8: "восемьдесят",
         9: "девяносто"}
_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_TEENS = {18: "восемнадцать", 19: "девятнадцать"}


def number_words(value: int) -> str:
    """18..99 as said."""
    return _TEENS.get(value) or " ".join(word for word in (_TENS[value // 10], _UNITS[value % 10]) if word)


def _in_call(text: str) -> tuple[str, list[str]]:
    context = CheckContext.of(CallState(), SHOWN, shown=True)
    result = default_checker().check(text, "operator", context, Said())
    return result.verdict, list(result.rules)


# --- f02: п. 9, a called number's digits past its prefix ----------------------------------------------------------
_CALL_FRAMES = st.sampled_from(["вы звонили на номер {}", "у вас был входящий с номера {}", "в детализации звонок на номер {}",
                                "исходящий вызов на номер {}, длительность две минуты", "вам звонили с номера {}"])


@settings(max_examples=40, deadline=None)
# (the shown prefix itself, "7915", is on the operator's screen and may be named: the next test's rule; a draw found it)
@given(digits=st.text(alphabet="0123456789", min_size=4, max_size=9).filter(lambda d: not (len(d) == 4 and d[0] == "0")
                                                                           and d != "7915"),
       frame=_CALL_FRAMES)
@example(digits="80000000", frame="вы звонили на номер {}")  # a draw found it (stop 50): 800 first, short of a free line
def test_any_four_or_more_digits_of_a_number_a_call_was_made_to_are_blocked_whatever_they_are(digits, frame):
    # (four digits from 0 after a verb of calling are a service line's, "0611": п. 9 lets them be named)
    verdict, rules = _in_call(frame.format(digits))
    assert verdict == "block", (frame.format(digits), rules)


@pytest.mark.parametrize("told", ["55 66 77", "66 77", "шестьдесят шесть семьдесят семь",
                                  "пятьдесят пять шестьдесят шесть семьдесят семь"])
def test_a_called_numbers_digits_in_groups_or_in_words_are_blocked(told):
    assert _in_call(f"вы звонили на номер {told}")[0] == "block"


@pytest.mark.parametrize("text", ["позвоните на номер 0611", "звонок в справочную по номеру 0611",
                                  "вы звонили на номер 8 800 555 35 35", "звонок на номер 900 стоит 5 рублей",
                                  "вы звонили на номер с кодом 903"])
def test_a_public_line_a_free_line_or_a_prefix_of_a_called_number_may_be_named(text):
    assert "call-detail-number" not in _in_call(text)[1]


# --- f03: пп. 9, 17, a base station's place -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["ваша вышка стоит, похоже, у Садовой", "соседняя сота на Пресне",
                                  "звонок ушёл через вышку в Люберцах", "по детализации вы находились в Химках",
                                  "ваш телефон был около Пресни"])
def test_a_base_station_or_the_number_beside_a_named_place_is_a_location(text):
    assert _in_call(text) == ("block", ["number-location"])


@pytest.mark.parametrize("text", ["станция метро на Арбате закрыта", "наш салон у Курской", "ваш номер подключён в Москве"])
def test_a_place_without_a_base_station_or_the_numbers_whereabouts_is_no_location(text):
    assert "number-location" not in _in_call(text)[1]


# --- f06: п. 3 and the birth date, the town of registration and the age -----------------------------------------------
@pytest.mark.parametrize("text", ["вы прописаны в Рязани", "вы зарегистрированы в Химках", "по прописке вы из Калуги",
                                  "вы живёте в Рязанской области", "прописка у вас калужская"])
def test_the_town_or_region_of_the_callers_registration_or_home_is_part_of_the_address(text):
    assert _in_call(text) == ("block", ["address"])


def test_a_numbers_home_region_may_be_named():
    assert "address" not in _in_call("ваш номер зарегистрирован в Москве")[1]


@settings(max_examples=25, deadline=None)
@given(age=st.integers(min_value=18, max_value=99),
       frame=st.sampled_from(["вам {} {}", "вам исполнилось {}", "вам в мае исполнится {}"]))
def test_the_age_told_to_the_caller_is_the_birth_dates_year(age, frame):
    # an age is no shown number's digits, whatever digits the screen shows ("вам 91 год" beside a shown "7915": stop 46)
    years = "год" if age % 10 == 1 and age != 11 else "года" if age % 10 in (2, 3, 4) and age // 10 != 1 else "лет"
    for spoken in (str(age), number_words(age)):
        verdict, rules = _in_call(frame.format(spoken, years))
        assert verdict == "block" and "other-personal-data" in rules, frame.format(spoken, years)


def test_a_count_after_soon_is_no_age():
    assert "other-personal-data" not in _in_call("вам скоро 5 смс придёт")[1]
