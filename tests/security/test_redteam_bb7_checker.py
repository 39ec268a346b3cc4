"""Red team bb7 in the speech checker (stop 33): the card's own values in every shape, other subscribers' owners.

Each test in our own values (a card of Соколова Ирина Павловна, not the red team's). The rule behind most of them: the
checker reads a card's values through the same definitions the card-aware scrub hides them by in a comment
(guard/proxy/scrub.py CardSecrets), and reads what the card does not hold as it reads a line without a card.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guard.callstate import CallState, IdentificationLevel
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.proxy.scrub import CardSecrets
from security.hostile_crm import card

_PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

MSISDN = "79265550142"


def _sokolova(**changes) -> dict:
    owners = card(MSISDN, owner={"last_name": "Соколова", "first_name": "Ирина", "middle_name": "Павловна",
                                 "organization": None, "gender": "female", "birth_date": "1986-07-23",
                                 "passport": {"series": "9204", "number": "551377", "issued_by": "ОВД Казани",
                                              "issued_at": "2008-02-11"}},
                  de={"first_name": "Ирина", "middle_name": "Павловна"},
                  contract={"number": "0456123789", "status": "active", "terminated_at": None},
                  addresses={"registration": "г. Казань, ул. Садовая, д. 9, кв. 31", "legal": None,
                             "billing": None, "delivery": None},
                  email="irina.sokolova@yandex.ru",
                  contact={"phone": "79857771020", "person": "Гущин Олег Игоревич", "email": None},
                  comments=[])
    for key, value in changes.items():
        owners[key] = value
    return owners


def _whole(identification: str = "none", owners: dict | None = None) -> CheckContext:
    """An offline check with the whole card (`guard check` with a card)."""
    state = CallState(identification=IdentificationLevel(identification), caller_gender="female")
    return CheckContext.of(state, owners or _sokolova())


def _view(policy, owners: dict | None = None) -> CheckContext:
    """The proxy's check in a call: the card as the operator's screen shows it, nobody identified."""
    state = CallState()
    return CheckContext.of(state, policy.apply(owners or _sokolova(), state, redact_text=lambda text: "").card,
                           shown=True)


def _verdict(line: str, context: CheckContext, said: Said | None = None) -> str:
    return default_checker().check(line, "operator", context, said).verdict


# --- 20, 14, 11: a shape the scrub hides in a comment blocks in the operator's line ----------------------------------

@pytest.mark.parametrize("line", ["ваш номер 926_555_01_42", "номер 9 2 6 5 5 5 0 1 4 2 ваш", "договор O456l23789",
                                  "договор номер ноль-четыре-пять-шесть, один-два-три, семь-восемь-девять",
                                  "адрес Sadovaya 9-31", "фамилия Sokолова", "фамилия Соко-лова"])
def test_a_shape_of_the_cards_value_the_scrub_hides_is_blocked_in_the_operators_line(line):
    assert CardSecrets.from_values([MSISDN, "0456123789", "ул. Садовая, д. 9, кв. 31", "Соколова"]).scrub_text(line)[1]
    assert _verdict(line, _whole()) == "block"


_SEPARATORS = st.sampled_from(["_", "-", ".", " ", "  ", " - "])


@_PROPERTY
@given(separator=_SEPARATORS, cut=st.sampled_from([(3, 3, 2, 2), (3, 7), (3, 3, 4), (2, 2, 2, 2, 2)]),
       lead=st.sampled_from(["", "8", "+7"]))
def test_any_grouping_of_the_cards_number_that_the_scrub_hides_blocks(separator, cut, lead):
    digits, pieces, at = MSISDN[1:], [], 0
    for size in cut:
        pieces.append(digits[at:at + size])
        at += size
    line = f"записывайте: {lead}{separator.join(pieces)}"
    assume(CardSecrets.from_values([MSISDN]).scrub_text(line)[1])
    assert _verdict(line, _whole()) == "block", line


@pytest.mark.parametrize("line", ["Ирина Павловна, здравствуйте", "Иван Павлович, слушаю вас",
                                  "клиент Ирина Павловна, чем помочь?", "перезвоню вам в 9:31"])
def test_the_de_name_and_words_sharing_a_stem_with_a_hidden_value_stay_clean(line):
    assert _verdict(line, _whole()) == "allow"


def test_a_hidden_value_the_caller_said_may_be_said_back_in_another_shape():
    said = Said.of(["мой номер 926 555 01 42"])
    assert _verdict("ваш номер 926_555_01_42", _whole(), said) != "block"


# --- 02: the card's birth date in a shape the redactor reads as a birth date -----------------------------------------

@_PROPERTY
@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1950, 2000),
       shape=st.sampled_from(["ДР {d:02}.{m:02}", "д.р. {d}/{m}", "день рождения {d:02}-{m:02}",
                              "вы ведь {d:02}.{m:02} родились?", "дата рождения {d:02}.{m:02}.{y}"]))
def test_any_shape_of_the_cards_birth_date_the_redactor_reads_as_a_birth_date_blocks(redactor_analyze, day, month,
                                                                                      year, shape):
    line = shape.format(d=day, m=month, y=year)
    owners = _sokolova(owner={**_sokolova()["owner"], "birth_date": f"{year}-{month:02}-{day:02}"})
    assume(any(entity.type == "DATE_OF_BIRTH" for entity in redactor_analyze(line)))
    assert _verdict(line, _whole(owners=owners)) == "block", line


@pytest.fixture(scope="module")
def redactor_analyze():
    from guard.engine import default_redactor

    return default_redactor().analyze


# --- 22: other subscribers' owners, with the caller's card ------------------------------------------------------------

@pytest.mark.parametrize("identification", ["none", "primary"])
@pytest.mark.parametrize("line", ["тот номер записан на Кравцова", "вам звонила Беляева Ирина, это видно в деталях",
                                  "номер, с которого звонили, принадлежит Дьяченко Павлу"])
def test_another_subscribers_owner_is_blocked_with_the_callers_card(line, identification):
    assert _verdict(line, _whole(identification)) == "block"


def test_a_house_and_flat_that_are_not_the_cards_get_the_lines_verdict_alone():
    # a house and flat not the card's are no value of it, but the line alone is bb26 f02's house and flat told alone
    # (block): a card may add what it makes forbidden, never clear (red team bb27, f02; it was `!= block` before)
    assert _verdict("дом семь, квартира три", _whole()) == default_checker().check("дом семь, квартира три").verdict


# --- 01: a surname that is an ordinary word, in the proxy's call view --------------------------------------------------

@pytest.mark.parametrize("line", ["у нас записан гражданин Ветер", "так, Ветер, Ирина, Павловна, проверяю",
                                  "Veter Irina Pavlovna, верно?", "в базе числится госпожа Ветер"])
def test_a_common_word_in_a_surnames_place_is_a_surname_in_a_call(policy, line):
    owners = _sokolova(owner={**_sokolova()["owner"], "last_name": "Ветер"})
    assert _verdict(line, _view(policy, owners)) == "block"


@pytest.mark.parametrize("line", ["Ирина Павловна, добрый день", "клиент Ирина Павловна, слушаю",
                                  "оператор Анна Сергеевна, здравствуйте", "завтра будет ветер, связь может пропадать"])
def test_the_address_by_the_de_name_and_ordinary_words_stay_clean_in_a_call(policy, line):
    owners = _sokolova(owner={**_sokolova()["owner"], "last_name": "Ветер"})
    assert _verdict(line, _view(policy, owners)) == "allow"


# --- 03: a read-back says no more than the caller said ---------------------------------------------------------------

def test_a_read_back_may_not_add_the_house_and_flat_to_the_street_the_caller_said(policy):
    said = Said.of(["я живу на Садовой"])
    assert _verdict("вы назвали адрес Садовая, дом 9, квартира 31", _view(policy), said) == "block"


@pytest.mark.parametrize("caller", ["я живу на Садовой, дом 9, квартира 31", "Садовая девять тридцать один"])
def test_a_read_back_of_the_whole_address_the_caller_said_is_allowed(policy, caller):
    assert _verdict("вы назвали адрес Садовая, дом 9, квартира 31", _view(policy), Said.of([caller])) == "allow"


def test_a_house_number_is_matched_whole_not_as_a_digit_of_a_longer_number():
    said = Said.of(["мой номер 926 555 01 42, улица Садовая"])
    assert said.said_number("42") is False and said.said_number("555") is True


# --- 11: the surname told by hints, with the card too -----------------------------------------------------------------

@pytest.mark.parametrize("line", ["фамилия на букву С", "ваша фамилия — С...ва", "фамилия Со…ова, так?",
                                  "фамилия начинается на С, заканчивается на -ова"])
def test_a_hint_at_the_surnames_letters_is_blocked_with_the_card(line):
    assert _verdict(line, _whole()) == "block"


@pytest.mark.parametrize("line", ["на какую букву начинается ваша фамилия?", "Фамилия на букву какую?",
                                  "фамилия? Ну...это подождёт"])
def test_asking_for_the_surnames_letter_and_dots_in_talk_stay_unblocked(line):
    assert _verdict(line, _whole()) != "block"
