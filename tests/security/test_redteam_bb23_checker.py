"""Red-team round bb23 (stop 48): the checker's findings f03-f05, in this repository's own phrasings and values.

- f03 (п. 3): a street after the caller's dwelling ("Ваш дом на Садовой?", "Квартира у вас на Лавочкина?") places the
  caller on it as "вы живёте на …" does (guard/disclosure/streets.py `_a_dwelling_of_the_callers`);
- f04 (personal data, п. 2): an age or a birth year given to the caller's dative ("Вам 52?", "Вам же 1974?"), a year
  beside the passport's word ("Паспорт 2011 года?") or the passport's age told after it — a confirming frame around
  one number and whose it is (guard/disclosure/value_shapes.py `_a_year_held`, the ages of recognizers/birth_date.py);
- f05 (пп. 3, 4, personal data): a value's edge said without its verb ("Договор у вас с 0777?", "Почта на ольгу?",
  "Ваш контактный на 926?") reads as "начинается на / с …" does (value_shapes.edges_said_bare).

Card-blind, as every call reading: the card's values here are other words and numbers, and the verdict is the same
whatever the value (no oracle). What the caller said may be said back (Инструкция запретов: «Подтвердить, если Клиент
назовет сам»).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context, make_card

CARD = make_card(
    msisdn="79161230023", owner__last_name="Гусевин", owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", owner__birth_date="1974-05-06",
    addresses={"registration": "г. Москва, ул. Садовая, д. 7, кв. 15", "legal": None, "billing": None,
               "delivery": None},
)


def _context():
    return call_context(CARD)


def _verdict(text: str, caller: tuple[str, ...] = ()) -> tuple[str, set[str]]:
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    for line in caller:
        said.add(line)
    result = default_checker().check(text, "operator", _context(), said)
    return result.verdict, set(result.rules)


# --- f03 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["Ваш дом на Садовой?", "Дом ваш ведь на Лавочкина стоит?",
                                  "Квартира у вас на Профсоюзной?", "Ваш подъезд на Остоженке, да?"])
def test_a_street_after_the_callers_dwelling_is_the_callers_address(line):
    verdict, rules = _verdict(line)
    assert verdict == "block" and "address" in rules


@pytest.mark.parametrize("line", ["Ваш дом на карте покрытия отмечен", "Ваш дом на пятом этаже?",
                                  "Сейчас проверю ваш дом на карте", "У вас дома на Wi-Fi всё работает?",
                                  "Звонки по области на вашем тарифе бесплатны, всё как дома.",
                                  "Ваш сын может прийти в офис на Ленина с паспортом"])
def test_the_callers_dwelling_without_a_streets_name_tells_no_address(line):
    assert "address" not in _verdict(line)[1]


_STREETS = st.sampled_from(["Садовой", "Тверской", "Лавочкина", "Профсоюзной", "Остоженке", "Гагарина"])  # ("на Мира": a common noun, the street reading leaves it)
_DWELLINGS = st.sampled_from(["Ваш дом на {}?", "Дом ваш на {}?", "Квартира ваша на {}?", "У вас дом на {}, верно?"])


@settings(max_examples=15, deadline=None)
@given(street=_STREETS, frame=_DWELLINGS)
def test_any_street_after_the_callers_dwelling_is_blocked_whatever_the_cards_street(street, frame):
    assert _verdict(frame.format(street))[0] == "block"


# --- f04 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, rule", [("Вам 52?", "other-personal-data"), ("Вам же 1974?", "other-personal-data"),
                                        ("вам пятьдесят два", "other-personal-data"),
                                        ("Паспорт 2011 года?", "passport"),
                                        ("Паспорт менять не пора? Ему уже пятнадцать лет.", "passport")])
def test_an_age_or_a_year_said_with_whose_it_is_is_personal_data(line, rule):
    verdict, rules = _verdict(line)
    assert verdict == "block" and rule in rules


@pytest.mark.parametrize("line", ["Вам 20 минут подождать?", "Вам 2 штуки?", "Вам 500 рублей?", "Вам 5?",
                                  "Детализация за 2024 год, верно?", "Номер 2005 года выпуска?"])
def test_a_quantity_said_to_the_caller_is_no_age(line):
    assert not _verdict(line)[1] & {"other-personal-data", "passport"}


def test_an_age_the_caller_said_may_be_confirmed():
    assert _verdict("Вам 52?", caller=("мне 52 года",))[0] != "block"


@settings(max_examples=15, deadline=None)
@given(age=st.integers(min_value=14, max_value=99), particle=st.sampled_from(["", " же", " ведь", " уже"]))
def test_any_grown_up_age_given_to_the_caller_is_blocked(age, particle):
    assert _verdict(f"Вам{particle} {age}?")[0] == "block"


# --- f05 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, rule", [("Договор у вас с 0777?", "other-personal-data"),
                                        ("Договор ваш на 5512?", "other-personal-data"),
                                        ("Ваш контактный на 926?", "contact-info"),
                                        ("Контактный номер у вас начинается на 926?", "contact-info"),
                                        ("Почта на ольгу?", "address"), ("Почта у вас на яндексе?", "address")])
def test_a_values_edge_said_without_its_verb_is_a_piece_of_the_value(line, rule):
    verdict, rules = _verdict(line)
    assert verdict == "block" and rule in rules


@pytest.mark.parametrize("line", ["Договор у вас на 2 номера", "Договор на 12 месяцев", "Почта на проверке",
                                  "Почта на сайте указана", "Ваш контактный на месте?", "Договор на 300 рублей"])
def test_a_values_noun_with_another_thing_after_the_preposition_tells_no_piece(line):
    assert not _verdict(line)[1] & {"other-personal-data", "contact-info", "address"}


def test_a_piece_the_caller_said_may_be_said_back():
    assert _verdict("Договор у вас с 0777?", caller=("договор начинается с 0777",))[0] != "block"


@settings(max_examples=15, deadline=None)
@given(digits=st.from_regex(r"0[0-9]{2,4}", fullmatch=True),
       frame=st.sampled_from(["Договор у вас с {}?", "Договор ваш на {}?", "Ваш контактный на {}?"]))
def test_any_piece_after_a_values_noun_and_a_preposition_is_blocked(digits, frame):
    assert _verdict(frame.format(digits))[0] == "block"
