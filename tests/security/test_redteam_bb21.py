"""Red-team round bb21 (stop 46), in this repository's own phrasings and values.

- f07 (п. 6; docs/interfaces.md §3): a card that writes its owner again — an `owners` list, an `owner` inside a
  `numbers` entry — and names another person or gender there does not say whose contract it is: the owner's facts are
  in doubt, and the last 4 digits stay hidden after a caller identifies by the first owner's name.
"""
from __future__ import annotations

import copy

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


def test_item4_an_organisation_card_contradicted_about_its_owner_shows_no_contact_person():
    card = copy.deepcopy(CARD)
    card["client_type"] = "organization"
    card["owner"] = dict(card["owner"], organization="ООО Ромашка")
    card["contact"] = {"phone": "79031234567", "person": "Иванова Анна Петровна", "email": None}
    assert "Иванова" in str(_shown(card, by="organization").get("contact"))
    card["owners"] = [{"organization": "ООО Лютик"}]
    shown = _shown(card, by="organization")
    assert "Иванова" not in str(shown.get("contact")) and MSISDN[-4:] not in str(shown)
