"""Stop 32, where a value ends is decided once (recognizers/packed_run.py): a number with a unit after it counts
something for every kind alike — local_phone, card_expiry, card_cvv and account_number each spelled a shorter list of
units before — and the readers outside the kinds (the proxy's bare numbers, the speech checker) ask the same question."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.recognizers.account_number import AccountNumberRecognizer
from guard.recognizers.card_cvv import CardCvvRecognizer
from guard.recognizers.card_expiry import CardExpiryRecognizer
from guard.recognizers.local_phone import LocalNumberRecognizer
from guard.recognizers.packed_run import counts_something

# a value after its cue, as each kind reads it, and the value
_CUED = [
    (AccountNumberRecognizer, "лицевой счёт 1234567", "1234567"),
    (CardCvvRecognizer, "карта 4276 3800 1234 5679, CVV 731", "731"),
    (CardExpiryRecognizer, "карта 4276 3800 1234 5679, срок 0727", "0727"),
    (LocalNumberRecognizer, "перезвонить на 555-00-11", "555-00-11"),
]
_UNITS = ["руб", "рублей", "р.", "₽", "коп", "тыс", "минут", "мин", "часа", "секунд", "дней", "день", "неделю",
          "месяцев", "мес", "лет", "гб", "мб", "процентов", "%", "шт", "раза", "usd", "eur"]


@pytest.mark.parametrize("recognizer, text, value", _CUED)
def test_a_value_after_its_cue_is_read_when_no_unit_follows(recognizer, text, value):
    assert value in [text[r.start:r.end] for r in recognizer().analyze(text, [])]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_CUED), st.sampled_from(_UNITS))
def test_every_kind_reads_a_number_before_a_unit_as_a_count_not_a_value(cued, unit):
    recognizer, text, value = cued
    counted = f"{text} {unit} списали"
    assert counts_something(counted, len(text))
    assert not any(counted[r.start:r.end] == value for r in recognizer().analyze(counted, [])), (counted, unit)


def test_no_kind_spells_its_own_list_of_units():
    recognizers = Path(__file__).resolve().parents[1] / "recognizers"
    own_lists = [path.name for path in recognizers.glob("*.py") if path.name != "packed_run.py"
                 and re.search(r"\(\?!\\s\*\(\?:(?:руб|дн)", path.read_text(encoding="utf-8"))]
    assert own_lists == []


def test_the_proxys_bare_numbers_and_the_kinds_agree_on_a_count():
    from guard.proxy.bare_numbers import mask_bare_numbers
    assert mask_bare_numbers("списали 1500 мес. назад, 2300 usd") == "списали 1500 мес. назад, 2300 usd"


@pytest.mark.parametrize("text, phone", [
    ("не похоже) заказал замену SIM +79185550913. Сотрудник отказал", "+79185550913"),  # packed_e30
    ("заказала доставку на 89161234567 вчера", "89161234567"),
])
def test_a_verb_of_ordering_names_no_orders_number(redactor, text, phone):
    # a cue of nobody's number may drop it only when it names an order, a request: a noun ("заказа", "заявки")
    assert phone not in redactor.redact(text).text


@pytest.mark.parametrize("text, kept", [
    ("номер заказа 9161234567 доставлен", "9161234567"),
    ("по заявке 9161234567 выезд мастера", "9161234567"),
])
def test_an_orders_number_stays_readable(redactor, text, kept):
    assert kept in redactor.redact(text).text


def test_a_remark_in_brackets_does_not_end_a_list_of_values_after_one_cue(redactor):
    text = "договоры: 0150078812 (закрыт в 2016), 0150391140, 0151002273; на последнем +79037224455"  # packed_e30
    redacted = redactor.redact(text).text
    assert not any(value in redacted for value in ("0150078812", "0150391140", "0151002273")), redacted
    assert "закрыт в 2016" in redacted


def test_a_cue_reaches_past_a_notes_abbreviated_words(redactor):
    text = "В анкете ИНН нов. влад. 366443173508 — проверку ФНС не проходит"  # packed_f31: нового владельца
    assert "366443173508" not in redactor.redact(text).text

