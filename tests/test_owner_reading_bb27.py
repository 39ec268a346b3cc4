"""The owner's one reading (guard/policy/owner.py `owner_reading`; red team bb27, f06): any spelling of a fact's key
reads the same, a full name states the parts it writes, two statements that disagree are in doubt, and
identification and the card policy read the owner through it."""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.identification import match_full_name, match_organization, match_value
from guard.policy import IdentificationLevel, default_policy_path, load_policy
from guard.policy.owner import (
    BIRTH_DATE, FIRST_NAME, GENDER, IN_DOUBT, LAST_NAME, MIDDLE_NAME, ORGANIZATION, OwnerUnreadable, owner_in_doubt,
    owner_reading,
)

OWNER = {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич", "gender": "male",
         "birth_date": "1980-03-12", "organization": "ООО «Ромашка»"}
CARD = {"msisdn": "79161234567", "client_type": "individual", "payment_type": "postpaid", "owner": OWNER,
        "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
        "numbers": [{"msisdn": "79161234567"}]}
# The names CRMs give each fact, snake_case (the spellings below are drawn over them)
NAMES = {
    LAST_NAME: ("last_name", "surname", "family_name", "фамилия", "familiya"),
    FIRST_NAME: ("first_name", "given_name", "имя", "imya"),
    MIDDLE_NAME: ("middle_name", "patronymic", "second_name", "отчество", "otchestvo"),
    GENDER: ("gender", "sex", "пол"),
    BIRTH_DATE: ("birth_date", "date_of_birth", "dob", "birthday", "дата_рождения"),
    ORGANIZATION: ("organization", "organisation", "org_name", "company", "company_name", "организация"),
}
CANONICAL = {LAST_NAME: "last_name", FIRST_NAME: "first_name", MIDDLE_NAME: "middle_name", GENDER: "gender",
             BIRTH_DATE: "birth_date", ORGANIZATION: "organization"}
_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"}
_LOOK_ALIKE = str.maketrans({"a": "а", "e": "е", "o": "о", "а": "a", "е": "e", "о": "o"})


def _styled(name: str, style: str) -> str:
    words = name.split("_")
    return {"snake": name, "UPPER": name.upper(), "kebab": "-".join(words), "Title": "_".join(w.title() for w in words),
            "camel": words[0] + "".join(w.title() for w in words[1:]), "Pascal": "".join(w.title() for w in words),
            "spaced": " ".join(words), "joined": "".join(words)}[style]


@st.composite
def spellings(draw: st.DrawFn, fact: str) -> str:
    key = _styled(draw(st.sampled_from(NAMES[fact])), draw(st.sampled_from(
        ["snake", "UPPER", "kebab", "Title", "camel", "Pascal", "spaced", "joined"])))
    way = draw(st.sampled_from(["plain", "full-width", "look-alike"]))
    if way == "full-width":
        key = key.translate(_FULL_WIDTH)
    elif way == "look-alike":  # one letter typed in the other script
        at = next((i for i, ch in enumerate(key) if ch in "aeoаео"), None)
        key = key if at is None else key[:at] + key[at].translate(_LOOK_ALIKE) + key[at + 1:]
    return key


def _read(card: dict, fact: str):
    reading = owner_reading(card)
    if fact in (LAST_NAME, FIRST_NAME, MIDDLE_NAME):
        name = reading.name()
        return name if name is IN_DOUBT else name[(LAST_NAME, FIRST_NAME, MIDDLE_NAME).index(fact)]
    return reading.one(fact)


def _with(fact: str, key: str, value=None, keep: bool = False) -> dict:
    card = copy.deepcopy(CARD)
    canonical = CANONICAL[fact]
    written = card["owner"][canonical] if value is None else value
    if not keep:
        del card["owner"][canonical]
    card["owner"][key] = written
    return card


@settings(max_examples=150, deadline=None)
@given(data=st.data(), fact=st.sampled_from(sorted(NAMES)))
def test_any_spelling_of_a_facts_key_reads_the_same_value(data, fact):
    key = data.draw(spellings(fact))
    assert _read(_with(fact, key), fact) == _read(CARD, fact) == OWNER[CANONICAL[fact]]


@settings(max_examples=100, deadline=None)
@given(data=st.data(), fact=st.sampled_from(sorted(NAMES)))
def test_a_fact_written_again_under_another_spelling_agrees_in_another_case_and_is_in_doubt_otherwise(data, fact):
    key = data.draw(spellings(fact))
    if key == CANONICAL[fact]:
        return
    again = _with(fact, key, OWNER[CANONICAL[fact]].upper(), keep=True)
    assert _read(again, fact) == OWNER[CANONICAL[fact]] and not owner_in_doubt(again)
    other = _with(fact, key, "Петрова" if fact != BIRTH_DATE else "1981-04-13", keep=True)
    assert _read(other, fact) is IN_DOUBT and owner_in_doubt(other)


@pytest.mark.parametrize("full, parts, read", [
    ("Иванов Пётр Сергеевич", ("Иванов", "Пётр", None), ("Иванов", "Пётр", "Сергеевич")),
    ("Пётр Сергеевич Иванов", (None, None, None), ("Иванов", "Пётр", "Сергеевич")),  # by the dictionary's roles
    ("Иванов П. С.", ("Иванов", "Пётр", "Сергеевич"), ("Иванов", "Пётр", "Сергеевич")),  # initials name the parts
    ("Иванов Пётр", ("Иванов", "Пётр", "Сергеевич"), ("Иванов", "Пётр", "Сергеевич")),  # says less: no doubt
    ("Петров Пётр Сергеевич", ("Иванов", "Пётр", None), IN_DOUBT),  # another surname
    ("Иванов Пётр Сергеевич Ильич", ("Иванов", "Пётр", "Сергеевич"), IN_DOUBT),  # a word no part takes
])
def test_a_full_name_states_the_parts_it_writes(full, parts, read):
    card = copy.deepcopy(CARD)
    card["owner"].update(zip(("last_name", "first_name", "middle_name"), parts), full_name=full)
    assert owner_reading(card).name() == read


def test_a_lone_patronymic_under_a_key_guard_does_not_know_is_the_patronymic():
    card = _with(MIDDLE_NAME, "father_line")
    assert owner_reading(card).name() == ("Иванов", "Пётр", "Сергеевич")
    assert not match_full_name("Иванов Пётр", card) and match_full_name("Иванов Пётр Сергеевич", card)
    # a word that is no patronymic under an unknown key says nothing of the name
    assert owner_reading(_with(MIDDLE_NAME, "citizenship", "Россия")).name() == ("Иванов", "Пётр", None)


def test_an_owner_fact_in_a_shape_no_reader_reads_is_unreadable_for_identification_and_in_doubt_for_the_policy():
    for shape in ({"value": "Сергеевич"}, ["Сергеевич"], 7, True):
        card = _with(MIDDLE_NAME, "middle_name", shape)
        with pytest.raises(OwnerUnreadable, match="patronymic"):
            match_full_name("Иванов Пётр Сергеевич", card)
        with pytest.raises(OwnerUnreadable):
            match_value("owner.middle_name", "Сергеевич", card)
        assert owner_in_doubt(card)


def test_identification_reads_the_organisation_under_any_key_and_not_two_names():
    organisation = {**CARD, "client_type": "organization", "owner": {"orgName": "ООО «Ромашка»"}}
    assert match_organization("Ромашка", organisation)
    assert not match_organization("Ромашка", {**organisation, "owner": {"company": "ООО «Ромашка»",
                                                                        "organization": "ООО «Лютик»"}})


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _shows_last4(policy, card: dict, gender: str) -> bool:
    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender, identified_by="full_name")
    return "4567" in str(policy.apply(copy.deepcopy(card), state, redact_text=lambda t: "***").card)


def test_the_policy_reads_the_owners_gender_under_any_spelling_of_its_key(policy):
    for key in ("sex", "Gender", "ПОЛ", "GENDER"):
        card = _with(GENDER, key)
        assert _shows_last4(policy, card, "male") and not _shows_last4(policy, card, "female")
    assert not _shows_last4(policy, _with(GENDER, "sex", "female", keep=True), "male")  # two genders: in doubt


# --- review 52 (s52 merge, fail-open findings in owner_reading): the reviewer's cases ----------------------------
import datetime  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

from guard.policy import CallContext  # noqa: E402
from guard.proxy.calls import alternative_match  # noqa: E402
from guard.proxy.models import IdentifyBody  # noqa: E402

IVANOV = json.loads((Path(__file__).resolve().parents[1] / "policies/tests/cards/ivanov.json").read_text("utf-8"))
MALE_PRIMARY = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name",
                           today=datetime.date(2026, 11, 22))


def _decide(policy, card):
    return policy.apply(card, MALE_PRIMARY, redact_text=lambda text: "[текст]")


# finding 1: a mapping nested in the owner record (a trusted person, bank details) states no fact of the owner
def test_review52_trusted_persons_passport_and_birth_date_do_not_identify_the_owner():
    card = {"msisdn": "79161234567", "client_type": "individual", "contract": {"number": "0123456789"},
            "owner": {"last_name": "Иванова", "first_name": "Анна", "middle_name": "Петровна", "birth_date": None,
                      "passport": None,
                      "trusted_person": {"relation": "сын", "birth_date": "1990-05-12",
                                         "passport": {"series": "4510", "number": "123456"}}}}
    body = IdentifyBody(call_id="c1", msisdn="79161234567", operator_id="op1", caller_gender="male",
                        method="alternative", passport="4510 123456", birth_date="12.05.1990")
    assert not alternative_match(body, card)
    assert not match_value("owner.birth_date", "12.05.1990", card)
    assert not match_value("owner.passport", "4510 123456", card)
    assert not match_value("owner.passport.number", "123456", card)


def test_review52_a_banks_name_in_the_owners_bank_details_is_not_the_organization():
    bank = {"банк": {"наименование": "ПАО Сбербанк", "бик": "044525225"}}
    card = {"client_type": "organization", "owner": {"organization": None, "inn": "7701234567", **bank}}
    assert not match_organization("Сбербанк", card)
    named = {"client_type": "organization", "owner": {"organization": "ООО «Ромашка»", "inn": "7701234567", **bank}}
    assert match_organization("Ромашка", named)


def test_review52_a_trusted_persons_gender_opens_no_last4(policy):
    card = copy.deepcopy(IVANOV)
    card["owner"].update({"last_name": "Иванова", "first_name": "Анна", "middle_name": "Петровна", "gender": None,
                          "trusted_person": {"relation": "сын", "gender": "male"}})
    assert _decide(policy, card).card["msisdn"] == "***"


def test_review52_a_nested_documents_name_is_no_second_first_name():  # the reviewer's lesser remark
    card = {"owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич", "gender": "male",
                      "document": {"name": "паспорт РФ", "series": "4505"}}}
    assert match_full_name("Иванов Пётр Сергеевич", card) and not owner_in_doubt(card)


# finding 2: a second top-level owner record spelled "Owner" is compared with `owner` (main's comparison)
@pytest.mark.parametrize("other", [{"inn": "772012345678"}, {"contract_number": "9999999999"},
                                   {"snils": "112-233-445 95"}, {"client_type": "organization"},
                                   {"payment_type": "prepaid"}, {"status": "terminated"}])
def test_review52_a_second_owner_record_spelled_Owner_keeps_the_owner_in_doubt(policy, other):
    card = copy.deepcopy(IVANOV)
    card["Owner"] = other
    assert owner_in_doubt(card)
    assert _decide(policy, card).card["msisdn"] == "***"


def test_review52_a_second_owner_record_states_no_fact_of_the_owner():
    card = {"owner": {"last_name": "Иванов", "first_name": "Пётр"}, "OWNER": {"middle_name": "Сергеевич"}}
    assert owner_reading(card).name() == ("Иванов", "Пётр", None) and owner_in_doubt(card)


# finding 3: an initial is never a name part for identification
@pytest.mark.parametrize("owner, said", [
    ({"full_name": "Иванов П. С."}, "Иванов П С"),
    ({"full_name": "Иванов П. С."}, "Иванов Павел Семёнович"),
    ({"last_name": "Иванов", "full_name": "Иванов П. С."}, "Иванов Пётр Степанович"),
    ({"last_name": "Иванов", "first_name": "Пётр", "middle_name": None, "full_name": "Иванов П. С."},
     "Иванов Пётр Степанович"),
    ({"last_name": "Иванов", "first_name": "Пётр", "middle_name": None, "full_name": "Иванов П. С."}, "Иванов Пётр"),
])
def test_review52_surname_and_initials_are_no_primary_identification(owner, said):
    assert not match_full_name(said, {"owner": owner})


def test_review52_initials_that_name_the_parts_still_identify():
    card = {"owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич",
                      "full_name": "Иванов П. С."}}
    assert match_full_name("Иванов Пётр Сергеевич", card) and not owner_in_doubt(card)
