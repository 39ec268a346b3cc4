"""Stop 36: a wording hit the verifier reads in its forbidden sense at MODEL_SURE or above is not read away by the
line model's doubt (OTHER_SENSE): the two learned guesses disagree, the operator is warned (fail closed). e35's
"Извините, у системы техперерыв, пакет подключу, как только он закончится" was allowed at the line model's 0.01
while the verifier read "техперерыв" at 0.97. Stand-in models: the decision, not the shipped weights, is tested."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.checker import MODEL_SURE, DisclosureChecker
from guard.disclosure.classifier import Prediction


class _CleanModel:
    """A line model that reads every line as clean."""
    threshold, other_sense = 0.8, 0.1

    def predict(self, utterance, rules=None):
        return Prediction(0.0, None)

    def score(self, utterance):
        return 0.0


class _Verifier:
    """A hit verifier that reads every wording hit at the same P(forbidden sense), kept at 0.35."""
    threshold = 0.35

    def __init__(self, p: float) -> None:
        self.p = p

    def probability(self, utterance, rule, start, end, line_vector=None):
        return self.p

    def keep(self, utterance, findings):
        return [f for f in findings if not (f.verdict == "warn" and self.p < self.threshold)]


def _verdict(verifier_p: float, text: str) -> str:
    checker = DisclosureChecker(default_checker().rules, model=_CleanModel(), verifier=_Verifier(verifier_p))
    return checker.check(text).verdict


LINES = ["Извините, у системы техперерыв, пакет для Абхазии подключу, как только он закончится.",
         # (stop 48: «у нас авария на линии» is said of the carrier's own side, which no learned guess clears —
         # tests/test_disclosure_falsealarms_s48.py; the mechanism is shown on a word of the caller's side instead)
         "у вас на улице авария, ждите до вечера",
         "Простите, сейчас задержка, попробуйте позже."]


@pytest.mark.parametrize("text", LINES)
def test_a_hit_the_verifier_is_sure_of_stays_whatever_the_line_model_doubts(text):
    assert _verdict(0.99, text) == "warn"


@pytest.mark.parametrize("text", LINES)
def test_below_the_bar_the_line_models_doubt_still_reads_the_word_in_another_sense(text):
    assert _verdict(0.5, text) == "allow"


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=0.35, max_value=1.0), st.sampled_from(LINES))
def test_the_verifiers_certainty_only_adds_warnings(p, text):
    """At any verifier P the line is warned iff P >= MODEL_SURE: a surer verifier never lets more through."""
    assert (_verdict(p, text) == "warn") == (p >= MODEL_SURE)
