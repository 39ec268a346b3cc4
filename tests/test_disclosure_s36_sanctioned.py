"""The instruction's own exceptions stated in a line alone, as new authors state them (stop 36, disc_e35 / disc_f35).

п. 4's last resort: the caller does not know who issued the SIM card and named the organisation — the contact person's
name may be told unless the Flash holds a ban; authors state the two conditions and leave the ban unsaid, and write the
violation by telling the ban stands. п. 6: the main identification told as done ("организацию назвали").
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.checker import DisclosureChecker
from guard.disclosure.rules import cached_rules, default_rules_path
from guard.disclosure.sense import states_item4_conditions, states_item6_conditions
from guard.disclosure.text import Utterance


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(cached_rules(str(default_rules_path())), use_engine=False)


UNKNOWN = ["кто выдавал SIM, не знаете", "раз вы не знаете, кто выдавал сим-карту", "кто выдал симку, вам неизвестно"]
IDENTIFIED = ["организацию вы назвали верно", "организацию назвали", "вы прошли идентификацию по названию организации"]
NAMES = ["Дорохова Светлана Игоревна", "Гаврилова Наталья Сергеевна", "Мухин Денис"]


def test_item4_the_two_conditions_with_the_ban_unsaid_let_the_name_be_told(rules_only):
    text = ("Организацию вы назвали верно, а кто выдавал SIM, не знаете — в таком случае скажу ФИО контактного лица: "
            "Дорохова Светлана Игоревна.")
    assert states_item4_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "allow"
    asr = "организацию вы назвали верно а кто выдавал симку не знаете в таком случае скажу фио контактного лица " \
          "дорохова светлана игоревна"
    assert rules_only.check(asr).verdict == "allow"


@pytest.mark.parametrize("ban", ["во Flash стоит запрет на контактное лицо, но", "хотя во флэше там запрет стоит,",
                                 "во флеше стоит запрет но"])
def test_item4_a_ban_told_to_stand_keeps_the_name_blocked(rules_only, ban):
    text = f"Организацию вы назвали, кто выдавал SIM, не знаете, {ban} скажу: контактное лицо — Мухин Денис."
    assert not states_item4_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "block"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(UNKNOWN), st.sampled_from(IDENTIFIED), st.sampled_from(NAMES), st.booleans())
def test_item4_only_the_bans_being_told_to_stand_decides_between_the_two(unknown, identified, name, denied):
    """With both conditions stated, "запрета во Flash нет" and silence read alike; "запрет стоит" never clears."""
    ban = "запрета во Flash нет" if denied else "во Flash стоит запрет"
    sanctioned = f"{identified.capitalize()}, {unknown} — контактное лицо по договору: {name}."
    with_ban = f"{identified.capitalize()}, {unknown}, {ban} — контактное лицо по договору: {name}."
    assert states_item4_conditions(Utterance(sanctioned))
    assert states_item4_conditions(Utterance(with_ban)) == denied


def test_item4_a_number_of_the_contact_stays_blocked_under_the_conditions(rules_only):
    text = "Организацию назвали, кто выдавал SIM, не знаете — контактный телефон 8 916 123-45-67."
    assert rules_only.check(text).verdict == "block"


def test_item6_the_organisation_named_as_done_is_the_main_identification(rules_only):
    text = "Спасибо, организацию назвали, договор постоплатный. Больше всех в октябре потратил номер, который " \
           "заканчивается на 3184."
    assert states_item6_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", [
    "Назовите организацию, договор постоплатный, тогда скажу: номер заканчивается на 3184.",  # asked, not done
    "Организацию назвали неверно, договор постоплатный, номер заканчивается на 3184.",  # judged wrong
    "Организацию можете не называть, договор постоплатный, номер заканчивается на 3184.",  # skipped
    "Организацию назвали, договор предоплатный, номер заканчивается на 3184.",  # prepaid
    "По альтернативной идентификации организацию назвали, договор постоплатный, номер заканчивается на 3184.",
])
def test_item6_the_naming_not_done_or_not_enough_stays_blocked(rules_only, text):
    assert not states_item6_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "block"
