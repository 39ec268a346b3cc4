"""Red team bb4, the low findings left open at stop 29: a name in Latin letters after a Russian noun for a person
(recognizers/person.py), and a date of birth a CRM lists among a card's numbers (guard/policy/operators.py: a value
shaped as a date gets no last-4 or prefix treatment, whatever path it is at)."""
import copy

import pytest

from guard.engine import default_redactor
from guard.policy import HIDDEN, CallContext, IdentificationLevel, default_policy_path, load_policy
from guard.policy.operators import mask_last4, mask_prefix
from tests.test_policy_rules import CARD


@pytest.mark.parametrize("text, name", [
    ("клиент John Smith", "John Smith"),
    ("клиент Li Wei", "Li Wei"),
    ("абонент: Li Wei, просил перезвонить", "Li Wei"),
    ("владелец Oleg", "Oleg"),
])
def test_a_latin_name_after_a_person_noun_is_a_person(text: str, name: str) -> None:
    redaction = default_redactor().redact(text)
    start = text.index(name)
    assert name not in redaction.text
    assert any(e.type == "PERSON" and e.start <= start and e.end >= start + len(name) for e in redaction.entities)


@pytest.mark.parametrize("text", ["клиент Google Pay подключил", "владелец Samsung Galaxy", "клиент Wifi Router"])
def test_a_brand_after_a_person_noun_is_no_person(text: str) -> None:
    assert default_redactor().redact(text).text == text


@pytest.mark.parametrize("value", ["1980-03-12", "12.03.1980", "12/03/80", "1980-03-12T00:00:00", "12 03 1980"])
def test_a_date_is_never_cut_to_its_last_digits_or_prefix(value: str) -> None:
    assert mask_last4(value) == HIDDEN and mask_prefix(value) == HIDDEN


def test_a_birth_date_listed_among_the_numbers_shows_no_digit_to_an_identified_callers_operator() -> None:
    card = copy.deepcopy(CARD)
    card["numbers"].append({"msisdn": "1980-03-12", "tariff": "дата рождения"})
    context = CallContext(IdentificationLevel.PRIMARY, "male", "full_name")
    decision = load_policy(default_policy_path()).apply(card, context, redact_text=lambda text: text)
    assert decision.card["numbers"][0]["msisdn"] == "*******4567"  # the owner's own number: п. 6 still applies
    assert decision.card["numbers"][2]["msisdn"] == HIDDEN
