"""Red-team round bb21 (stop 46), in this repository's own phrasings and values.

- f07 (п. 6; docs/interfaces.md §3): a card that writes its owner again — an `owners` list, an `owner` inside a
  `numbers` entry — and names another person or gender there does not say whose contract it is: the owner's facts are
  in doubt, and the last 4 digits stay hidden after a caller identifies by the first owner's name.
"""
from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings, strategies as st

from security.test_redteam_bb12_call import CARD, MSISDN


def _shown(card: dict, gender: str = "female", by: str = "full_name") -> dict:
    from guard.callstate import CallState
    from guard.policy import IdentificationLevel, default_policy_path, load_policy

    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender, identified_by=by)
    return load_policy(default_policy_path()).apply(copy.deepcopy(card), state, redact_text=lambda t: "***").card


OTHER = {"last_name": "Котова", "first_name": "Мария", "middle_name": "Ивановна", "gender": "male"}


def _placed(where: str, record: dict) -> dict:
    card = copy.deepcopy(CARD)
    if where == "owners":
        card["owners"] = [copy.deepcopy(card["owner"]), record]
    elif where == "owners alone":
        card["owners"] = [record]
    elif where == "number's owner":
        card["numbers"] = [dict(card["numbers"][0], owner=record)]
    else:  # a history entry of the number
        card["numbers"] = [dict(card["numbers"][0], history=[{"at": "2020-01-01", "owner": record}])]
    return card


# --- f07: a card contradicting itself about its owner ----------------------------------------------------------------

def test_item6_the_card_as_written_shows_the_last_4_digits_to_the_identified_owner():
    assert MSISDN[-4:] in str(_shown(CARD))  # the control: the rule below would be vacuous without it


@pytest.mark.parametrize("where", ["owners", "owners alone", "number's owner", "history"])
def test_item6_another_owner_record_naming_another_person_hides_the_last_4_digits(where):
    assert MSISDN[-4:] not in str(_shown(_placed(where, OTHER)))


@pytest.mark.parametrize("where", ["owners", "number's owner"])
def test_item6_an_owner_record_repeating_the_owner_in_another_spelling_keeps_the_last_4_digits(where):
    same = {key: str(value).upper() + " " for key, value in CARD["owner"].items() if isinstance(value, str)}
    assert MSISDN[-4:] in str(_shown(_placed(where, same)))


@settings(max_examples=40, deadline=None)
@given(fact=st.sampled_from(["last_name", "first_name", "middle_name", "gender", "organization", "birth_date",
                             "client_type", "payment_type", "status"]),
       where=st.sampled_from(["owners", "owners alone", "number's owner", "history"]),
       value=st.sampled_from(["Котова", "male", "organization", "prepaid", "terminated", "1990-01-01", "ООО Север"]))
def test_item6_any_owner_fact_an_owner_record_contradicts_hides_the_last_4_digits(fact, where, value):
    """Name, gender, organization, birth date, the contract's kind or status: any of them written otherwise in a
    second owner record leaves the owner in doubt (the stricter reading)."""
    card = copy.deepcopy(CARD)
    card["owner"]["organization"] = "ООО Юг"  # every fact written on the card, so that each can be contradicted
    assert MSISDN[-4:] in str(_shown(card))
    own = card["owner"].get(fact, card.get(fact, card["contract"].get(fact)))
    record = {fact: value if own.casefold() != value.casefold() else value + "а"}
    card = _placed(where, record) | {"owner": card["owner"]}
    assert MSISDN[-4:] not in str(_shown(card))


@pytest.mark.parametrize("record", [
    {"lastName": "Котова", "firstName": "Анна", "sex": "female"},  # the facts under another spelling of their keys
    {"full_name": "Котова Анна Ивановна"},  # the name whole
    {"mystery_field": "Котова"},  # facts the card writes nothing to compare with: they may name someone else
])
@pytest.mark.parametrize("where", ["owners", "number's owner"])
def test_item6_an_owner_record_in_another_shape_naming_another_person_hides_the_last_4_digits(where, record):
    """The s46 review: a record's facts are read under any spelling of their keys (lastName, sex, full_name), and a
    record stating only facts the card cannot compare leaves the owner in doubt (fail closed)."""
    assert MSISDN[-4:] not in str(_shown(_placed(where, record)))


def test_item6_a_holder_record_inside_a_number_naming_another_person_hides_the_last_4_digits():
    card = copy.deepcopy(CARD)
    card["numbers"] = [{"msisdn": MSISDN, "holder": {"last_name": "Котова", "gender": "female"}}]
    assert MSISDN[-4:] not in str(_shown(card))


def test_item4_an_organisation_card_contradicted_about_its_owner_shows_no_contact_person():
    card = copy.deepcopy(CARD)
    card["client_type"] = "organization"
    card["owner"] = dict(card["owner"], organization="ООО Ромашка")
    card["contact"] = {"phone": "79031234567", "person": "Иванова Анна Петровна", "email": None}
    assert "Иванова" in str(_shown(card, by="organization").get("contact"))
    card["owners"] = [{"organization": "ООО Лютик"}]
    shown = _shown(card, by="organization")
    assert "Иванова" not in str(shown.get("contact")) and MSISDN[-4:] not in str(shown)


# --- f05: a birth date told with its parts apart (the redactor; the proxy's comments read the same kind) --------------

def _redacted(text: str):
    from guard.engine import default_redactor

    return default_redactor().redact(text)


_MONTHS_SAID = ["январе", "феврале", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре"]


@pytest.mark.parametrize("text", [
    "родилась пятого, в мае, год семьдесят девятый",
    "день рождения пятого, месяц май, семьдесят девятый год",
    "год рождения 1979, число 5, месяц май",
    "Дата рождения: май, 5-е, 1979-й",
    "родилась в мае семьдесят девятого, пятого числа",
])
def test_dob_a_birth_date_told_with_its_parts_apart_is_masked_whole(text):
    result = _redacted(text)
    assert not re.search(r"пят|\b5\b", result.text) and not re.search(r"\bма[йяе]", result.text), result.text
    assert [e.type for e in result.entities] == ["DATE_OF_BIRTH"]


@settings(max_examples=25, deadline=None)
@given(day=st.integers(min_value=1, max_value=28), month=st.sampled_from(_MONTHS_SAID),
       year=st.integers(min_value=1940, max_value=2005), order=st.permutations(["day", "month", "year"]))
def test_dob_parts_of_a_birth_date_after_a_birth_word_in_any_order_are_one_span(day, month, year, order):
    parts = {"day": f"{day}-го", "month": f"в {month}", "year": f"{year} год"}
    text = "родился " + ", ".join(parts[name] for name in order) + ", остальное позже"
    result = _redacted(text)
    spans = [(e.start, e.end) for e in result.entities if e.type == "DATE_OF_BIRTH"]
    told = text.index(parts[order[0]]), text.index(parts[order[-1]]) + len(parts[order[-1]])
    assert any(start <= told[0] and told[1] <= end for start, end in spans), (text, result.text)


@pytest.mark.parametrize("text", ["договор от 12, в марте продлим", "звонил 12, в марте и в апреле",
                                  "родился 12, в марте, 5 лет назад переехал"])
def test_dob_a_day_and_a_month_with_no_birth_word_or_past_its_month_stay_out(text):
    result = _redacted(text)
    if "родился" not in text:
        assert not any(e.type == "DATE_OF_BIRTH" for e in result.entities), result.text
    else:  # the birth date ends at its month: "5 лет" is no part of it
        assert "5 лет назад" in result.text, result.text


# --- f06: a house and a flat after the street, as ordinals before their words or after "номер" ----------------------

@pytest.mark.parametrize("text", [
    "Баумана улица, седьмой дом, третья квартира",
    "Баумана, дом номер семь, квартира номер три",
    "ул. Баумана, д. № 7, кв. № 3",
])
def test_address_house_and_flat_told_as_ordinals_or_after_their_number_word_are_one_address(text):
    result = _redacted(text)
    assert not re.search(r"седьм|\b7\b|треть|\b3\b|\bтри\b|\bсемь\b", result.text), result.text


@pytest.mark.parametrize("text", ["второй раз звоню", "на третьем этаже нет связи", "первая цифра неверная"])
def test_address_an_ordinal_before_no_house_word_stays_a_word(text):
    from guard.normalize import normalize

    assert normalize(text).text == text


# --- f01-f04: the checker, an unidentified caller, the operator's view of the card -------------------------------

_VIEW = {"msisdn": "***", "city_number": "***", "client_type": "individual", "payment_type": "postpaid",
         "owner": {"last_name": "***", "first_name": "***", "middle_name": "***", "gender": "***",
                   "birth_date": "***", "passport": "***"},
         "de": {"first_name": "Ольга", "middle_name": "Викторовна"}, "contract": {"number": "***", "status": "active"},
         "addresses": "***", "email": "***", "contact": {"phone": "***", "person": "***", "email": "***"},
         "numbers": [{"msisdn": "***"}],
         "call_details": [{"number": "7903*******", "network": "МТС", "region": "Москва"}]}


def _verdict(line: str) -> str:
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said

    return default_checker().check(line, "operator", CheckContext.of(CallState(), _VIEW, shown=True), Said()).verdict


@pytest.mark.parametrize("line", ["Фамилия у вас от медведя?", "Фамилия птичья, от сокола?", "В фамилии восемь букв?",
                                  "Фамилия из шести букв, на М?", "Фамилия начинается как медведь?"])
def test_item1_the_owners_surname_described_by_its_root_length_or_start_is_blocked(line):
    assert _verdict(line) == "block"


@settings(max_examples=15, deadline=None)
@given(count=st.sampled_from(["пять", "шесть", "семь", "восемь", "девять", "десять"]))
def test_item1_a_surnames_length_is_blocked_whatever_the_count_even_a_digit_the_view_shows(count):
    # "7" is in the call detail's shown prefix "7903": a count told of a name is no number the view shows
    assert _verdict(f"В фамилии {count} букв?") == "block"


@pytest.mark.parametrize("line", ["Вы с Садовой?", "Садовая ваша улица?", "Вы же на Садовой?", "Дом седьмой?",
                                  "Вы в третьей квартире?"])
def test_item3_a_street_house_or_flat_told_as_the_callers_alone_is_blocked(line):
    assert _verdict(line) == "block"


@pytest.mark.parametrize("line", ["Вы на связи?", "Вы с какой целью звоните?", "Вы с новой сим-картой?",
                                  "Дом 5 подключён к оптике", "Вам за 300 рублей подключат пакет"])
def test_item3_lines_that_place_no_one_stay_allowed(line):
    assert _verdict(line) != "block"


@pytest.mark.parametrize("line", ["Вы девяностого года?", "Вам под пятьдесят, верно?",
                                  "Паспорт вы получали в Советском?", "Ваш паспорт получен в две тысячи десятом?"])
def test_other_personal_data_birth_year_age_range_and_passport_issue_are_blocked(line):
    assert _verdict(line) == "block"


@pytest.mark.parametrize("line", ["Контакт Ирина Львовна?", "Ваш ящик на майл ру?",
                                  "Вы звонили на сорок два в конце?"])
def test_item4_item9_contact_mailbox_service_and_a_called_numbers_end_are_blocked(line):
    assert _verdict(line) == "block"
