"""The model reads a number by its kind where the phone kind names one: an 8-800 line is an organisation's, no
subscriber's phone (recognizers/phone.is_toll_free), so it must not carry the features of the mobile numbers told in
training (stop 31: "Позвоните на горячую линию 8 800 250 08 90" crossed the model's threshold by run:phone, n:11,
run:11 alone)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.classifier import feature_id, features
from guard.disclosure.text import Utterance

PHONE_SHAPED = {feature_id(name) for name in ("run:phone", "run:11", "run:10", "n:11", "n:10")}


def test_an_8800_line_is_read_as_toll_free_not_as_a_subscribers_phone():
    for text in ("Позвоните на горячую линию 8 800 250 08 90",
                 "позвоните на горячую линию восемь восемьсот двести пятьдесят ноль восемь девяносто"):
        said = set(features(Utterance(text)))
        assert feature_id("run:toll-free") in said and not said & PHONE_SHAPED


def test_a_mobile_number_keeps_its_phone_features():
    said = set(features(Utterance("Позвоните на мобильный 8 916 250 08 90")))
    assert feature_id("run:phone") in said and feature_id("run:toll-free") not in said


@settings(max_examples=40, deadline=None)
@given(trunk=st.sampled_from(["8", "7", "+7 ", ""]), rest=st.text("0123456789", min_size=7, max_size=7),
       separator=st.sampled_from([" ", "-", ""]))
def test_any_8800_number_in_any_grouping_is_toll_free(trunk, rest, separator):
    number = f"{trunk}{separator}800{separator}{rest[:3]}{separator}{rest[3:5]}{separator}{rest[5:]}"
    said = set(features(Utterance(f"наберите {number}")))
    assert feature_id("run:toll-free") in said and feature_id("run:phone") not in said
