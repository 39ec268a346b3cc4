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


# One reading of a run of digit groups: the model's runs are the phone kind's (recognizers/phone.py digit_runs), so the
# checker reads a number where the redactor does (stop 32: the two joined groups by different gap rules).
_PHONE_SEPARATORS = [" ", "-", "… ", "... ", " (", ") ", "\u00a0"]


@settings(max_examples=60, deadline=None)
@given(digits=st.text("0123456789", min_size=10, max_size=11),
       cuts=st.lists(st.integers(1, 9), min_size=1, max_size=4, unique=True),
       separators=st.lists(st.sampled_from(_PHONE_SEPARATORS), min_size=4, max_size=4))
def test_a_number_the_phone_kind_reads_as_one_run_is_one_run_for_the_model(digits, cuts, separators):
    from guard.disclosure.classifier import number_runs
    from guard.recognizers.phone import digit_runs

    pieces, last = [], 0
    for cut in sorted(cuts):
        pieces.append(digits[last:cut])
        last = cut
    pieces.append(digits[last:])
    written = "".join(piece + (separators[i] if i < len(pieces) - 1 else "") for i, piece in enumerate(pieces))
    assert len(digit_runs(written)) == 1
    assert number_runs(Utterance(f"записывайте {written} это он")) == [digits]


def test_a_number_dictated_in_pauses_is_one_run():
    from guard.disclosure.classifier import digit_runs

    assert digit_runs(Utterance("записывайте: 9… 16… 204… 55… 18")) == [10]


def test_amounts_listed_with_commas_are_apart_unless_they_come_to_a_whole_number():
    from guard.disclosure.classifier import digit_runs

    assert digit_runs(Utterance("варианты: 100, 200, 300 рублей")) == [3, 3, 3]
    assert digit_runs(Utterance("с номера девятьсот двадцать пять, триста, сорок, пятьдесят")) == [10]
