"""Stop 35: a line the code reads as a refusal that still says digits, or as the operator's own introduction, is
re-guessed where the model is sure it violates (MODEL_SURE): two guesses disagree, the operator is warned. A refusal
that names nothing stays the script whatever the model says (tests/test_disclosure_sense.py). Lines of my own."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.checker import MODEL_SURE, DisclosureChecker
from guard.disclosure.classifier import Prediction
from guard.disclosure.sense import is_own_introduction, is_refusal


class _Model:
    """A model that reads every line as the same rule at the same P(violating)."""
    threshold, other_sense = 0.8, 0.1

    def __init__(self, p: float, rule: str) -> None:
        self.p, self.rule = p, rule

    def predict(self, utterance, rules=None):
        return Prediction(self.p, self.rule)

    def score(self, utterance):
        return self.p


def _verdict(p: float, rule: str, text: str) -> str:
    return DisclosureChecker(default_checker().rules, model=_Model(p, rule)).check(text).verdict


REFUSAL = "Весь номер не скажу, у вас хвостик — 07 в конце, дальше сами вспомните."
INTRODUCTION = "Оператор Олег, а номер мой вам ни к чему, давайте к делу."


def test_the_two_lines_are_read_by_the_codes_cues():
    from guard.disclosure.text import Utterance

    assert is_refusal(Utterance(REFUSAL))
    assert is_own_introduction(Utterance("Меня зовут Олег, мой номер 4410."))


def test_a_refusal_the_model_is_sure_of_is_warned():
    assert _verdict(MODEL_SURE, "numbers-on-contract", REFUSAL) == "warn"


def test_a_refusal_the_model_only_suspects_stays_the_script():
    assert _verdict(0.9, "numbers-on-contract", REFUSAL) == "allow"


def test_an_own_introduction_the_model_is_sure_of_is_warned():
    text = "Меня зовут Олег, мой номер 4410."
    assert _verdict(MODEL_SURE, "operator-number-refusal", text) == "warn"
    assert _verdict(0.5, "operator-number-refusal", text) == "allow"


def test_a_refusal_without_a_digit_stays_the_script_however_sure_the_model():
    assert _verdict(1.0, "numbers-on-contract", "Весь номер не скажу, у вас хвостик знакомый, сами вспомните.") == "allow"


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=0.0, max_value=1.0), st.sampled_from([REFUSAL, "Меня зовут Олег, мой номер 4410.",
                                                                 "Сообщить номер владельца не можем, только в офисе."]))
def test_the_model_only_adds_to_what_the_rules_flag_on_these_lines(p, text):
    alone = DisclosureChecker(default_checker().rules).check(text).verdict
    with_model = _verdict(p, "numbers-on-contract", text)
    order = {"allow": 0, "warn": 1, "block": 2}
    assert order[with_model] >= order[alone]
