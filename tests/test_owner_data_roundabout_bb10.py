"""Red team bb10, 12: the owner's data told to an unidentified caller in a roundabout way — the surname's first letters
or its pieces in quotes, the owner's first name and patronymic told as the owner's, a birth date's one part with a
birth word or the owner, who the owner or the contact person is as the caller's kin, a name cut with a hyphen before
initials — is blocked; the same words about something else are not (offline, with the whole card)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from guard.callstate import CallState, IdentificationLevel  # noqa: E402
from guard.disclosure.checker import default_checker  # noqa: E402
from guard.disclosure.context import CheckContext, Said  # noqa: E402
from security.hostile_crm import card as _card  # noqa: E402


def _solovyova() -> dict:
    return _card("79264440318",
                 owner={"last_name": "Соловьёва", "first_name": "Нина", "middle_name": "Аркадьевна", "organization": None,
                        "gender": "female", "birth_date": "1975-07-19",
                        "passport": {"series": "4611", "number": "207734", "issued_by": "ОВД Коломны",
                                     "issued_at": "2012-02-14"}},
                 de={"first_name": "Нина", "middle_name": "Аркадьевна"},
                 contact={"phone": "79857771020", "person": "Соловьёв Олег Игоревич", "email": None},
                 comments=[])


def _rules(line: str, said: Said | None = None) -> set[str]:
    state = CallState(identification=IdentificationLevel.NONE, caller_gender="female")
    result = default_checker().check(line, "operator", CheckContext.of(state, _solovyova()), said)
    return {violation.rule for violation in result.violations if violation.verdict == "block"}


@pytest.mark.parametrize("line, rule", [
    ("первые четыре буквы фамилии — «соло»", "owner-name"),
    ("по частям: «соло», «вье», «ва»", "owner-name"),
    ("имя владелицы — Нина, отчество Аркадьевна", "owner-name"),
    ("владелица — женщина семьдесят пятого года", "other-personal-data"),
    ("д.р. в июле", "other-personal-data"),
    ("номер записан на вашу сестру", "owner-name"),
    ("владелец — ваша бабушка", "owner-name"),
    ("контактное лицо — ваш муж", "contact-info"),
    ("ФИО влад.: С-ва Н.А.", "owner-name"),
    ("не скажу вам точно, фамилия там на «С» начинается", "owner-name"),  # no asking exception for "скажу"
])
def test_the_owners_data_told_in_a_roundabout_way_is_blocked(line, rule):
    assert rule in _rules(line)


def test_the_surnames_pieces_over_the_operators_lines_are_blocked():
    said = Said()
    said.add_operator("фамилия владелицы такая")
    said.add_operator("начало «соло»")
    assert "owner-name" in _rules("а конец «вьёва»", said)


@pytest.mark.parametrize("line", [
    "владелица может прийти в июле",
    "номер можно оформить на вашего сына",
    "уточните имя владельца",
    # a request to the caller (an identification question): read as one alone too since stop 53 — the letters said
    # after it by the operator («назовите первые три буквы фамилии: Ива») are told (tests/test_card_adds_never_clears_s53)
    "назовите первые три буквы фамилии",
    "тариф «Мой безлимит», часть «мой»",
    "тариф Эко-плюс А.Б. подключён",
    "если номер записан на вашу сестру, пусть она сама придёт в офис",
])
def test_the_same_words_about_something_else_are_not_blocked(line):
    assert not {"owner-name", "other-personal-data", "contact-info"} & _rules(line)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["оформлен", "зарегистрирован", "записан", "числится"]),
       st.sampled_from(["вашего отца", "вашу маму", "вашего сына", "вашу дочь", "вашего мужа", "вашу жену",
                        "вашего брата", "вашу бабушку"]))
def test_the_number_registered_on_any_kin_of_the_caller_tells_the_owner(verb, kin):
    assert "owner-name" in _rules(f"номер {verb} не на вас, а на {kin}")


@pytest.mark.parametrize("line", [
    "номер не на вас, а на супругу",  # the owner as the caller's kin without "ваш" (red team bb11, 16)
    "нет, не на вас, на другого члена семьи",
    "да, номер на вашей жене",
])
def test_the_owner_told_short_or_confirmed_as_the_callers_kin_or_by_sex_is_owner_data(line):
    assert "owner-name" in _rules(line)


@pytest.mark.parametrize("line", [
    "номер на вашу жену можно переоформить в салоне",  # a possibility, not who the owner is
    "если не на вас, то на кого оформить — решите сами",
    "номер оформлен на мужчину, поэтому цифры не назову",  # п. 6's own reason to refuse, as three authors write it
])
def test_a_possible_registration_on_kin_is_not_the_owner_told(line):
    assert "owner-name" not in _rules(line)
