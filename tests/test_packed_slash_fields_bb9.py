"""Values packed with a slash between them are one packed run (red team bb9 22): "…/…/…" of a passport, a birth date and
an INN typed for a check. A slash between two long groups is a field's end (packed_run.RUN), no date's or fraction's,
so the run is split into its pieces and masked whole when one of them is a personal number (fail closed)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from guard.recognizers.packed_run import RUN

_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn12(first_ten: int) -> str:
    digits = f"{first_ten:010d}"
    for weights in (_W11, _W12):
        digits += str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)
    return digits


def _shown_digits(redactor, text: str) -> str:
    return "".join(re.findall(r"\d", redactor.redact(text).text))


def test_a_passport_a_birth_date_and_an_inn_joined_by_slashes_are_all_masked(redactor):
    text = f"для сверки: 5203117845/21111985/{_inn12(7707083893)}"
    assert _shown_digits(redactor, text) == ""


def test_a_date_written_with_slashes_is_no_packed_run():
    assert RUN.search("21/11/1985") is None and RUN.search("оплата 1/2 суммы") is None


@settings(max_examples=25, deadline=None)
@given(st.integers(10 ** 9, 10 ** 10 - 1), st.integers(10 ** 9, 10 ** 10 - 1))
def test_any_long_groups_around_a_valid_inn_joined_by_slashes_are_masked_whole(redactor, passport, inn_head):
    text = f"сверка: {passport}/{_inn12(inn_head)}"
    assert _shown_digits(redactor, text) == ""
