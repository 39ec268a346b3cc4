"""A payment card's number stays a card's when its checksum is broken or its expiry follows (red team bb9 03).

Where a number ends is one rule (packed_run.DATE_AHEAD): a card's expiry after a grouped number opens no group of it,
so "5469-1100-2233-4455 11/28 904" is a card's number, its expiry and its code — not one run the long-number reading
skips as "a date's piece". Sixteen digits opening with a card issuer's prefix are a card's whatever the checksum
(credit_card.card_shaped): a number typed with one wrong digit is still the customer's card."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers.credit_card import card_shaped, luhn_ok
from guard.recognizers.phone import digit_runs


def _masked(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("5469-1100-2233-4455 11/28 904", "5469-1100-2233-4455"),
    ("на возврат: 2202 2011 3344 5566 03/29 771 IRINA BELOUSOVA", "2202 2011 3344 5566"),
    ("5469110022334455", "5469110022334455"),
])
def test_a_card_number_with_a_broken_checksum_is_masked(redactor, text, value):
    assert not luhn_ok(value.replace("-", "").replace(" ", ""))
    assert _masked(redactor, text, value)


def test_a_cards_expiry_opens_no_group_of_the_number_before_it():
    text = "5469-1100-2233-4455 11/28 904"
    assert [text[run[0].start():run[-1].end()] for run in digit_runs(text)][0] == "5469-1100-2233-4455"


def test_sixteen_digits_of_no_issuer_or_grouped_as_no_card_is_are_no_cards_shape():
    assert not card_shaped("1000200030004000") and not card_shaped("9123456789012345")
    assert not card_shaped("4110 228354 470-018")  # a passport and its department code


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["2200", "2204", "4", "51", "55", "2221", "2720"]), st.integers(0, 10 ** 15))
def test_any_sixteen_digits_with_an_issuers_prefix_are_a_cards_shape(prefix, rest):
    digits = (prefix + f"{rest:016d}")[:16]
    assert card_shaped(digits) and card_shaped(" ".join(digits[i:i + 4] for i in range(0, 16, 4)))
