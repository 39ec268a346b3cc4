"""Contract numbers and addresses as people who never saw guard write them (issue 15): abbreviated cues, the answer
on the next speaker's line, letter prefixes, English; addresses as city, street, house-flat without keywords."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]


@pytest.mark.parametrize("text, value", [
    ("ЛС 507825819500 / дог. 21-4695145/21 / тариф Семейный 900", "21-4695145/21"),
    ("просит перезвонить, по дог 1085496806 задолженность 3 200р", "1085496806"),
    ("основание — расторжение дог. 6461835617 от 01.02.2023.", "6461835617"),
    ("Дог. № 0145-778231 расторгнут в 2017 г.", "0145-778231"),
    ("дог. КЗН-0098812 расторгнут по заявлению.", "КЗН-0098812"),
    ("дог. KZ-RM-2023-05512, IP посл. входа", "KZ-RM-2023-05512"),
    ("Оператор: Ваш договор 1-8H7XQ2L заключён 12.12.2012.", "1-8H7XQ2L"),
    ("Договор оказания услуг связи № 4-0192283 от 12.08.2018", "4-0192283"),
])
def test_a_contract_number_after_an_abbreviated_or_longer_cue_is_masked_whole(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


def test_a_contract_number_in_english_after_contract(redactor):
    text = "Internet blocked since 28.11. Contract 16508553. Contact me"
    assert ("CONTRACT_NUMBER", "16508553") in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("Оператор: Назовите, пожалуйста, номер договора. Клиент: 6356707558 Оператор: Спасибо", "6356707558"),
    ("оператор уточните номер договора клиент 00731592 оператор передаю", "00731592"),
    ("договор у меня 33700192", "33700192"),
])
def test_the_answer_to_the_contract_question_on_the_next_line_is_the_contract(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


def test_a_contract_number_said_with_drob_is_masked_whole(redactor):
    text = "договор у меня ноль один дробь шестьдесят один дробь ноль ноль четыре семь два хочу узнать"
    assert ("CONTRACT_NUMBER", "ноль один дробь шестьдесят один дробь ноль ноль четыре семь два") in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Номер заказа 6461835617, чек 1085496806",
    "Артикул 4509123456 на складе",
    "договор от 12.08.2018 расторгнут",
    "по дог. вопросам звоните",
])
def test_bare_order_and_receipt_numbers_and_dates_are_not_contracts(redactor, text):
    assert "CONTRACT_NUMBER" not in {kind for kind, _ in found(redactor, text)}


def test_a_phone_after_the_contract_word_and_a_call_verb_stays_a_phone(redactor):
    assert [kind for kind, _ in found(redactor, "по договору звоните на 89161234567")] == ["PHONE_NUMBER"]
