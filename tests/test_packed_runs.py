"""Round s30, packed CRM notes: several personal numbers in one run of digits and separators with no cue between them
are split into the pieces that read as personal-number kinds, each masked with its type; a run holding a personal
number and groups of no known kind is masked whole (fail closed); a run that counts something is left alone."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds_found import found
from guard.recognizers.credit_card import luhn_ok
from guard.recognizers.inn import _W11, _W12, _check
from guard.recognizers.packed_run import PackedRunRecognizer, settle
from guard.recognizers.snils import is_valid_snils


def test_an_inn_a_snils_and_a_passport_packed_in_one_run_are_masked_whole(redactor):
    text = "Шахназарян Ани Гургеновна 684177116020 697-617-665 77 6516 017732 — всё для переоформления"
    assert "684177116020 697-617-665 77 6516 017732" not in redactor.redact(text).text
    assert not any(digit in redactor.redact(text).text for digit in "0123456789")


@pytest.mark.xfail(strict=True, reason="the long-number reading (PERSONAL_NUMBER, typed by length) reads this run whole "
                                       "and its type wins over the pieces' (masked whole either way; stop 30, the merge "
                                       "of s30-secret and s30-packed)")
def test_an_inn_a_snils_and_a_passport_packed_in_one_run_are_each_masked_with_their_type(redactor):
    text = "Шахназарян Ани Гургеновна 684177116020 697-617-665 77 6516 017732 — всё для переоформления"
    assert ("RU_INN", "684177116020") in found(redactor, text)
    assert ("RU_SNILS", "697-617-665 77") in found(redactor, text)
    assert ("RU_PASSPORT", "6516 017732") in found(redactor, text)


def test_a_passport_and_its_department_code_in_one_run_are_two_values(redactor):
    text = "паспорт 4110 228354 470-018, сумма 4 020,50"
    assert found(redactor, text) == [("RU_PASSPORT", "4110 228354"), ("RU_PASSPORT_DEPT", "470-018")]


def test_a_group_of_no_known_kind_in_a_run_holding_a_personal_number_is_masked_too(redactor):
    text = "проверка: 684177116020 697-617-665 77 6516 017732 99 ок"
    covered = "".join(value for _, value in found(redactor, text))
    assert "99" in covered and "6516 017732" in covered


def test_a_long_amount_with_its_unit_is_not_a_packed_run():
    text = "итого к оплате 4110 228354 470 руб"
    assert PackedRunRecognizer().analyze(text, []) == []


def test_a_run_under_an_order_label_is_nobodys():
    assert PackedRunRecognizer().analyze("Номер заказа: 4110 228354 470-018", []) == []


def _inn12(body: str) -> str:
    first = _check(body, _W11)
    second = _check(body + str(first), _W12)
    return body + str(first) + str(second)


def _snils(body: str) -> str:
    for check in range(100):
        if is_valid_snils(body + f"{check:02d}"):
            return f"{body[:3]}-{body[3:6]}-{body[6:9]} {check:02d}"
    raise AssertionError("every SNILS body has a check number")


def _card(body: str) -> str:
    number = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


PERSONAL_NUMBERS = st.one_of(
    st.text("0123456789", min_size=10, max_size=10).map(_inn12),
    st.text("0123456789", min_size=9, max_size=9).filter(lambda b: int(b) > 1001998).map(_snils),
    st.text("0123456789", min_size=10, max_size=10).map(lambda d: f"{d[:4]} {d[4:]}"),
    st.text("0123456789", min_size=6, max_size=6).map(lambda d: f"{d[:3]}-{d[3:]}"),
    st.text("0123456789", min_size=7, max_size=7).map(lambda d: "8916" + d),
    st.text("0123456789", min_size=15, max_size=15).map(lambda d: _card("4" + d[1:])),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PERSONAL_NUMBERS, min_size=2, max_size=4), st.sampled_from([" ", " - "]))
def test_any_concatenation_of_personal_numbers_is_masked_entirely(numbers, separator):
    text = "кл. " + separator.join(numbers) + " ок"
    results = settle(PackedRunRecognizer().analyze(text, []))
    covered = {i for r in results for i in range(r.start, r.end)}
    digits = {i for i, ch in enumerate(text) if ch.isdigit()}
    assert digits <= covered
