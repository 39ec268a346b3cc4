"""The card policy (policies/152fz.yaml), one rule of the Инструкция запретов per test."""
from __future__ import annotations

import copy
from datetime import date, datetime

import pytest

from guard.policy import (
    HIDDEN,
    REDACTION_FAILED,
    CallContext,
    IdentificationLevel,
    PolicyDecision,
    default_policy_path,
    load_policy,
)
from guard.policy.conditions import policy_today
from guard.policy.paths import parse_path, resolve

TODAY = date(2026, 11, 22)
PRIMARY = IdentificationLevel.PRIMARY
ALTERNATIVE = IdentificationLevel.ALTERNATIVE

CARD = {
    "msisdn": "79161234567",
    "city_number": "74959876543",
    "client_type": "individual",
    "payment_type": "postpaid",
    "owner": {
        "last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич",
        "organization": None, "gender": "male", "birth_date": "1980-03-12",
        "passport": {"series": "4505", "number": "678901", "issued_by": "ОВД Тверского района г. Москвы", "issued_at": "2005-04-01"},
    },
    "de": {"first_name": "Петя", "middle_name": None},
    "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
    "addresses": {"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None, "billing": "г. Москва, а/я 14", "delivery": None},
    "email": "petr.ivanov@mail.ru",
    "contact": {"phone": "79857773311", "person": "Иванова Анна Петровна", "email": "anna@mail.ru"},
    "flash_restrictions": [],
    "numbers": [{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79688801155", "tariff": "Планшетный"}],
    "call_details": [
        {"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile", "network": "МТС",
         "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 120},
        {"at": "2026-11-01T11:00:00", "direction": "out", "number": "0611", "kind": "service", "network": "Билайн",
         "region": "Москва", "lai": None, "cell_id": None, "duration_s": 60},
    ],
    "comments": [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": "Кл. Иванов П.С. просил перезвонить на 89161234567"}],
}
ORGANIZATION = {"client_type": "organization", "owner.organization": "ООО «Ромашка»", "owner.last_name": None,
                "owner.first_name": None, "owner.middle_name": None, "owner.gender": None}


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def with_(changes: dict) -> dict:
    """The sample card with `changes` applied (card path -> value)."""
    result = copy.deepcopy(CARD)
    for text, value in changes.items():
        path = parse_path(text)
        resolve(result, path[:-1])[path[-1]] = value
    return result


def ctx(identification=IdentificationLevel.NONE, gender="unknown", by=None, confirmed=(), today=TODAY) -> CallContext:
    return CallContext(identification, gender, by, frozenset(confirmed), today)


def fake_redactor(text: str) -> str:
    """Stands in for the text engine: masks the name and phone of the card's comment and finds nothing in any other
    text (a tariff, a region, a comment's author — fields the policy shows through the engine)."""
    return text.replace("Иванов П.С.", "<PERSON>").replace("89161234567", "<PHONE_NUMBER>")


def decide(policy, card: dict, context: CallContext) -> PolicyDecision:
    return policy.apply(card, context, redact_text=fake_redactor)


# --- Инструкция запретов, вводная часть: договор расторгнут более 5 лет назад ---------------------

def test_contract_terminated_more_than_five_years_ago_refuses_all_owner_data(policy):
    decision = decide(policy, with_({"contract.status": "terminated", "contract.terminated_at": "2019-05-01"}), ctx(PRIMARY, "male", "full_name"))
    assert decision.refused
    assert decision.card["owner"] == HIDDEN and decision.card["de"] == HIDDEN
    assert decision.card["msisdn"] == HIDDEN and decision.card["addresses"] == HIDDEN
    assert decision.card["numbers"] == decision.card["call_details"] == decision.card["comments"] == HIDDEN


def test_contract_terminated_exactly_five_years_ago_is_not_refused(policy):
    decision = decide(policy, with_({"contract.terminated_at": "2021-11-22"}), ctx())
    assert not decision.refused and decision.refusal is None


def test_contract_terminated_five_years_and_one_day_ago_is_refused(policy):
    decision = decide(policy, with_({"contract.terminated_at": "2021-11-21"}), ctx())
    assert decision.refused


def test_five_years_from_29_february_end_on_28_february(policy):
    terminated = with_({"contract.terminated_at": "2020-02-29"})
    assert not decide(policy, terminated, ctx(today=date(2025, 2, 28))).refused
    assert decide(policy, terminated, ctx(today=date(2025, 3, 1))).refused


@pytest.mark.parametrize("now, today", [
    ("2026-11-22T11:59:00+00:00", date(2026, 11, 22)),   # 23:59 in Kamchatka
    ("2026-11-22T12:00:00+00:00", date(2026, 11, 23)),   # midnight in Kamchatka, 15:00 in Moscow
    ("2026-11-23T01:00:00+03:00", date(2026, 11, 23)),   # a Moscow server's own date
])
def test_the_five_year_rule_counts_from_the_latest_calendar_day_in_russia(now, today):
    assert policy_today(datetime.fromisoformat(now)) == today


def test_a_contract_five_years_old_in_moscow_is_refused_once_the_east_of_russia_is_a_day_later(policy):
    """At 12:00 UTC (15:00 in Moscow) Kamchatka is a day ahead of a UTC server: a contract that ended five years
    before the server's date is over five years old somewhere in Russia, and is refused (never late)."""
    terminated = with_({"contract.terminated_at": "2021-11-22"})
    assert not decide(policy, terminated, ctx(today=policy_today(datetime.fromisoformat("2026-11-22T11:00:00+00:00")))).refused
    assert decide(policy, terminated, ctx(today=policy_today(datetime.fromisoformat("2026-11-22T12:00:00+00:00")))).refused


def test_refusal_wording_cites_152_fz(policy):
    decision = decide(policy, with_({"contract.terminated_at": "2015-01-01"}), ctx())
    assert "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»" in decision.refusal
    assert "отсутств" in decision.refusal  # "по причине их отсутствия"


def test_refusal_keeps_the_fields_that_are_not_owner_data(policy):
    decision = decide(policy, with_({"contract.status": "terminated", "contract.terminated_at": "2015-01-01"}), ctx())
    assert decision.card["client_type"] == "individual" and decision.card["payment_type"] == "postpaid"
    assert decision.card["contract"] == {"number": HIDDEN, "status": "terminated", "terminated_at": "2015-01-01"}


def test_unreadable_termination_date_refuses(policy):
    assert decide(policy, with_({"contract.terminated_at": "давно"}), ctx()).refused


def test_contract_today_is_computed_from_the_real_date_when_not_given(policy):
    decision = policy.apply(with_({"contract.terminated_at": "2000-01-01"}), CallContext(), redact_text=fake_redactor)
    assert decision.refused


# --- п. 1: имя владельца ---------------------------------------------------------------------------

def test_owner_surname_is_never_shown(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name", confirmed={"msisdn"}))
    assert decision.card["owner"]["last_name"] == HIDDEN


def test_organization_name_is_never_shown(policy):
    decision = decide(policy, with_(ORGANIZATION), ctx(PRIMARY, by="organization"))
    assert decision.card["owner"]["organization"] == HIDDEN


def test_owner_first_name_and_patronymic_are_never_shown(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert decision.card["owner"]["first_name"] == HIDDEN and decision.card["owner"]["middle_name"] == HIDDEN


def test_de_name_is_the_name_the_operator_sees(policy):
    decision = decide(policy, CARD, ctx())
    assert decision.card["de"] == {"first_name": "Петя", "middle_name": None}


# --- п. 2–4: паспорт, адреса, контакты ----------------------------------------------------------------

def test_passport_is_hidden(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert decision.card["owner"]["passport"] == HIDDEN  # whole: whether there is one, and its keys, are not told


def test_addresses_of_every_kind_and_email_are_hidden(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert decision.card["addresses"] == HIDDEN
    assert decision.card["email"] == HIDDEN


def test_contact_phone_person_and_email_are_hidden(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert decision.card["contact"] == {"phone": HIDDEN, "person": HIDDEN, "email": HIDDEN}


def test_contact_person_shown_to_organization_identified_by_its_name(policy):
    decision = decide(policy, with_(ORGANIZATION), ctx(PRIMARY, by="organization"))
    assert decision.card["contact"]["person"] == "Иванова Анна Петровна"
    assert decision.card["contact"]["phone"] == HIDDEN


def test_contact_person_hidden_when_flash_forbids_it(policy):
    restricted = with_({**ORGANIZATION, "flash_restrictions": ["no_contact_person"]})
    assert decide(policy, restricted, ctx(PRIMARY, by="organization")).card["contact"]["person"] == HIDDEN


def test_contact_person_hidden_for_organization_identified_otherwise(policy):
    assert decide(policy, with_(ORGANIZATION), ctx(ALTERNATIVE)).card["contact"]["person"] == HIDDEN


def test_contact_person_hidden_for_sole_proprietor(policy):
    proprietor = with_({"client_type": "sole_proprietor"})
    assert decide(policy, proprietor, ctx(PRIMARY, "male", "full_name")).card["contact"]["person"] == HIDDEN


# --- п. 5, 6, 8: номера клиента ---------------------------------------------------------------------

def test_full_number_is_never_shown_without_the_caller_naming_a_number(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert "79161234567" not in str(decision.card) and "74959876543" not in str(decision.card)


def test_last4_shown_to_postpaid_owner_of_the_same_gender_identified_by_full_name(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert decision.card["msisdn"] == "*******4567"
    assert decision.card["city_number"] == "*******6543"
    assert decision.card["numbers"][0]["msisdn"] == "*******4567"


def test_last4_never_shown_for_prepaid(policy):
    decision = decide(policy, with_({"payment_type": "prepaid"}), ctx(PRIMARY, "male", "full_name"))
    assert decision.card["msisdn"] == HIDDEN


def test_last4_never_shown_under_alternative_identification(policy):
    assert decide(policy, CARD, ctx(ALTERNATIVE, "male")).card["msisdn"] == HIDDEN


def test_last4_never_shown_without_identification(policy):
    assert decide(policy, CARD, ctx(gender="male")).card["msisdn"] == HIDDEN


def test_last4_never_shown_when_caller_gender_differs_from_owner(policy):
    assert decide(policy, CARD, ctx(PRIMARY, "female", "full_name")).card["msisdn"] == HIDDEN


def test_last4_never_shown_when_caller_gender_is_unknown(policy):
    assert decide(policy, CARD, ctx(PRIMARY, "unknown", "full_name")).card["msisdn"] == HIDDEN


def test_last4_for_sole_proprietor_follows_the_gender_rule(policy):
    proprietor = with_({"client_type": "sole_proprietor"})
    assert decide(policy, proprietor, ctx(PRIMARY, "male", "full_name")).card["msisdn"] == "*******4567"
    assert decide(policy, proprietor, ctx(PRIMARY, "female", "full_name")).card["msisdn"] == HIDDEN


def test_last4_for_organization_needs_identification_by_organization_name_not_gender(policy):
    organization = with_(ORGANIZATION)
    assert decide(policy, organization, ctx(PRIMARY, "female", "organization")).card["msisdn"] == "*******4567"
    assert decide(policy, organization, ctx(PRIMARY, "male", "full_name")).card["msisdn"] == HIDDEN


def test_numbers_of_the_contract_are_not_listed_nor_counted_unless_item6_holds(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "female", "full_name"))
    assert decision.card["numbers"] == [{"msisdn": "***", "tariff": "Мой безлимит"}]


def test_item6_shows_the_last_4_digits_of_every_number_on_the_contract(policy):
    """Issue 10, decision «Item 6, last 4 digits of every number on the contract»."""
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert [number["msisdn"] for number in decision.card["numbers"]] == [
        "*******" + number["msisdn"][-4:] for number in CARD["numbers"]]


def test_city_number_shown_when_caller_stated_the_federal_number(policy):
    assert decide(policy, CARD, ctx(confirmed={"msisdn"})).card["city_number"] == "74959876543"


def test_federal_number_shown_when_caller_stated_the_city_number(policy):
    decision = decide(policy, CARD, ctx(confirmed={"city_number"}))
    assert decision.card["msisdn"] == "79161234567"
    assert decision.card["numbers"][0]["msisdn"] == "79161234567"


# --- п. 9, 17: детализация --------------------------------------------------------------------------

def test_call_detail_number_shows_only_its_prefix(policy):
    assert decide(policy, CARD, ctx(PRIMARY, "male", "full_name")).card["call_details"][0]["number"] == "7903*******"


@pytest.mark.parametrize("number", ["0611", "112", "100", "0890", "01", "104", "0633", "7430055", "1055678", "9748888", "7550055"])
def test_service_numbers_in_call_details_are_shown_whole(policy, number):
    assert decide(policy, with_({"call_details[0].number": number}), ctx()).card["call_details"][0]["number"] == number


def test_base_station_location_is_hidden(policy):
    detail = decide(policy, CARD, ctx(PRIMARY, "male", "full_name")).card["call_details"][0]
    assert detail["lai"] == HIDDEN and detail["cell_id"] == HIDDEN


def test_call_type_network_region_and_duration_are_shown(policy):
    detail = decide(policy, CARD, ctx()).card["call_details"][0]
    assert {key: detail[key] for key in ("at", "direction", "kind", "network", "region", "duration_s")} == {
        "at": "2026-11-01T10:15:00", "direction": "out", "kind": "mobile", "network": "МТС", "region": "Москва", "duration_s": 120,
    }


# --- free text ----------------------------------------------------------------------------------------

def test_comment_text_goes_through_the_redactor_and_its_header_is_shown(policy):
    comment = decide(policy, CARD, ctx()).card["comments"][0]
    assert comment == {"at": "2026-10-30T09:00:00", "author": "op1021", "text": "Кл. <PERSON> просил перезвонить на <PHONE_NUMBER>"}


def test_comment_is_masked_when_the_redactor_fails(policy):
    def broken(text: str) -> str:
        raise RuntimeError("engine down")

    decision = policy.apply(CARD, ctx(), redact_text=broken)
    assert decision.card["comments"][0]["text"] == REDACTION_FAILED
    assert "comments[0].text" in decision.fail_closed
    # A shown field the engine could not check is masked too (fail closed); a one-word value needs no check.
    assert decision.card["numbers"][0]["tariff"] == REDACTION_FAILED and "numbers[0].tariff" in decision.fail_closed
    assert decision.card["de"] == CARD["de"]


def test_a_strangers_data_written_into_a_shown_field_is_masked_and_the_fields_own_value_stays(policy):
    planted = with_({"numbers[0].tariff": "Мой безлимит; доверенное лицо Сидоров Олег Ильич, тел. 79265550011",
                     "call_details[0].region": "Московская область"})
    strangers = {"Сидоров Олег Ильич": "<PERSON>", "79265550011": "<PHONE_NUMBER>"}

    def engine(text: str) -> str:
        for found, tag in strangers.items():
            text = text.replace(found, tag)
        return text

    decision = policy.apply(planted, ctx(), redact_text=engine)
    assert decision.card["numbers"][0]["tariff"] == "Мой безлимит; доверенное лицо <PERSON>, тел. <PHONE_NUMBER>"
    assert decision.card["call_details"][0]["region"] == "Московская область"
    assert decision.card["de"] == CARD["de"] and decision.card["comments"][0]["author"] == "op1021"


def test_default_redactor_is_the_engine(policy):
    try:
        import guard.engine  # noqa: F401
    except Exception as exc:  # the engine is built elsewhere; without it this one test cannot run
        pytest.skip(f"guard.engine not importable: {exc}")
    decision = policy.apply(CARD, ctx())
    text = decision.card["comments"][0]["text"]
    assert "89161234567" not in text and "Иванов" not in text
    assert decision.fail_closed == [] or text == REDACTION_FAILED


# --- default deny and shape ---------------------------------------------------------------------------

def test_a_field_the_policy_does_not_name_is_hidden_with_its_key(policy):
    # A key the policy and the card shape do not know may itself be a value (a name written as an identifier:
    # "ivanov", "zhuravleva_inna"), so nothing of such a field stays on screen, its key included.
    extended = with_({"owner.inn": "502914837651", "loyalty": {"holder": "Иванов", "points": 4213, "history": [{"shop": "Химки"}]}})
    decision = decide(policy, extended, ctx(PRIMARY, "male", "full_name"))
    assert "inn" not in decision.card["owner"] and "loyalty" not in decision.card
    assert "502914837651" not in str(decision.card) and "Химки" not in str(decision.card)


def test_an_unknown_field_inside_a_known_list_element_is_hidden_with_its_key(policy):
    decision = decide(policy, with_({"call_details[0].imei": "356938035643809"}), ctx())
    assert "imei" not in decision.card["call_details"][0] and "356938035643809" not in str(decision.card)


def test_contract_number_is_hidden(policy):
    assert decide(policy, CARD, ctx(PRIMARY, "male", "full_name")).card["contract"]["number"] == HIDDEN


def test_the_card_keeps_its_keys(policy):
    decision = decide(policy, CARD, ctx())
    assert list(decision.card) == list(CARD)
    assert list(decision.card["owner"]) == list(CARD["owner"])


def test_every_decision_is_explained_without_values(policy):
    decision = decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    explained = {entry.path: entry for entry in decision.applied}
    assert explained["owner.last_name"].rule == "owner_surname"
    assert explained["owner.last_name"].item == "Инструкция запретов, п. 1"
    assert explained["msisdn"].action == "last4"
    assert explained["numbers[1].msisdn"].action == "last4"
    unidentified = {entry.path: entry for entry in decide(policy, CARD, ctx()).applied}
    assert unidentified["numbers[1]"].action == "drop"
    text = repr(decision.applied)
    for value in ("Иванов", "79161234567", "678901", "Тверская", "40211"):
        assert value not in text


def test_the_input_card_is_not_modified(policy):
    original = copy.deepcopy(CARD)
    decide(policy, CARD, ctx(PRIMARY, "male", "full_name"))
    assert CARD == original
