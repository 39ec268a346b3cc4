"""Stop 56 (issue 15; stop 55's gap): a notarial register's entry said aloud with its slashes lost by speech-to-text,
its «н» said «эн» between the groups, is masked whole (recognizers/notarial.py: NotarialNumberRecognizer.CUE_VALUE)."""
from __future__ import annotations

import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, said", [
    ("клиент: доверенность зарегистрирована в реестре за номером тридцать девять двенадцать эн тридцать девять две "
     "тысячи двадцать четыре два четыреста семь оператор: спасибо", "тридцать девять двенадцать эн тридцать девять"),
    ("реестровый номер семьдесят семь дробь сто два эн семьдесят семь две тысячи двадцать три тире один тире "
     "пятьсот пять, записала", "эн семьдесят семь две тысячи двадцать три тире один тире пятьсот пять"),
])
def test_a_register_entry_said_with_its_slashes_lost_is_masked_whole(redactor, text, said):
    start = text.index(said)
    entities = redactor.redact(text).entities
    assert any(e.start <= start and start + len(said) <= e.end for e in entities), \
        [(e.type, text[e.start:e.end]) for e in entities]


def test_a_phone_said_after_a_register_entry_is_no_group_of_it(redactor):
    text = ("реестровый номер семьдесят семь дробь сто два эн дробь семьдесят семь дробь две тысячи двадцать три "
            "дробь один дробь пятьсот пять телефон восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят "
            "семь")
    types = {e.type for e in redactor.redact(text).entities}
    assert {"NOTARIAL_NUMBER", "PHONE_NUMBER"} <= types
