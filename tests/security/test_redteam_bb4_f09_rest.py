"""Red team bb4, F09 (the rest): a customer's number said in words in an answer at a path that names no customer
names that customer to the refusal step (guard/proxy/forward._written_msisdns reads every text as the recognizers do,
guard/normalize.readings); and the card's e-mail written in a comment with its symbols said by name ("petr точка
ivanov") is scrubbed by the card-aware scrub (recognizers/email.symbols_written), as the redactor masks a whole one."""
from __future__ import annotations

import pytest

from guard.engine import default_redactor
from guard.proxy.forward import _written_msisdns
from guard.proxy.scrub import MASK, CardSecrets
from security.test_redteam_bb4_f09 import TERMINATED, _fetch

_DIGIT_WORDS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")


def _said(digits: str) -> str:
    return " ".join(_DIGIT_WORDS[int(digit)] for digit in digits)


@pytest.mark.parametrize("said", [
    _said(TERMINATED["msisdn"]),
    "восемь девятьсот шестнадцать " + _said(TERMINATED["msisdn"][4:]),
])
def test_a_customer_number_said_in_words_names_the_customer(said: str) -> None:
    assert TERMINATED["msisdn"] in _written_msisdns({"note": f"Абонент {said}, фамилия Кулаков"}, None)


def test_a_text_note_naming_a_terminated_customer_in_words_is_refused(attack) -> None:
    status, headers, body = _fetch(attack, f"Абонент {_said(TERMINATED['msisdn'])}, фамилия Кулаков, тариф Мой безлимит")
    assert status == 200
    assert headers["X-Guard-Refused"] == "true"
    assert "Кулаков" not in body and "безлимит" not in body


@pytest.mark.parametrize("text, told", [
    ("почта petr точка ivanov", "petr точка ivanov"),
    ("писать на Petr Точка Ivanov, спасибо", "Petr Точка Ivanov"),
    ("e-mail: petr dot ivanov at mail dot ru", "petr dot ivanov at mail dot ru"),
    ("почта petr.ivanov собака mail точка ru", "petr.ivanov собака mail точка ru"),
])
def test_the_cards_email_with_its_symbols_said_by_name_is_scrubbed(text: str, told: str) -> None:
    scrubbed, count = CardSecrets.from_values(["petr.ivanov@mail.ru"]).scrub_text(text)
    assert told not in scrubbed and "ivanov" not in scrubbed.lower() and count == 1 and MASK in scrubbed


def test_a_whole_email_said_in_pieces_is_masked_by_the_redactor_whatever_the_card() -> None:
    assert default_redactor().redact("почта petr точка ivanov собака mail точка ru").text == "почта <EMAIL_ADDRESS>"


@pytest.mark.parametrize("text", ["встреча at the office", "точка продаж на Тверской", "petr точка kuznetsov"])
def test_other_texts_with_symbol_names_are_left(text: str) -> None:
    assert CardSecrets.from_values(["petr.ivanov@mail.ru"]).scrub_text(text) == (text, 0)
