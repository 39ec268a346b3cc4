"""The masking operators never reveal more digits than the instruction allows."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from guard.policy import HIDDEN, hide, mask_last4, mask_prefix

numbers = st.text(alphabet="0123456789", min_size=0, max_size=20)
formatted = st.text(alphabet="0123456789 +-()", min_size=0, max_size=24)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_mask_last4_shows_only_the_last_four_digits():
    assert mask_last4("79161234567") == "*******4567"


def test_mask_prefix_shows_country_and_operator_code():
    assert mask_prefix("79035556677") == "7903*******"
    assert mask_prefix("9035556677") == "903*******"


def test_a_short_number_shows_no_prefix():
    assert mask_prefix("5556677") == "*******"


@given(formatted)
def test_mask_last4_never_shows_more_than_the_last_four_digits_nor_the_whole_number(value):
    original, masked = digits(value), mask_last4(value)
    shown = digits(masked)
    assert len(shown) <= 4
    assert original.endswith(shown)
    assert len(shown) < len(original) or not original


@given(formatted)
def test_mask_prefix_never_shows_a_subscriber_digit(value):
    original, masked = digits(value), mask_prefix(value)
    shown = digits(masked)
    assert len(shown) <= 4
    assert original.startswith(shown) and masked.startswith(shown)
    assert len(original) - len(shown) >= min(7, len(original))


@given(numbers)
def test_masks_keep_the_length_of_the_number(value):
    if value:
        assert len(mask_last4(value)) == len(value) and len(mask_prefix(value)) == len(value)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_hide_keeps_no_value_at_all(value):
    hidden = hide(value)
    leaves = []

    def walk(node):
        if isinstance(node, dict):
            for inner in node.values():
                walk(inner)
        elif isinstance(node, list):
            assert node == []
        else:
            leaves.append(node)

    walk(hidden)
    assert all(leaf in (None, HIDDEN) for leaf in leaves)
