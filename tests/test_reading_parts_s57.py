"""Stop 57 (issue 13): a later reading of a text (separators read past, digits joined around an aside, ...) is a
quarter of a CRM card's engine CPU, and reading it only around where it differs from the first reading (a window's
overlap of context, not past a paragraph break) kept every span of every set of benchmarks/data — but dropped values
whose cue lies outside that part. These attacks failed under that change (reverted; docs/proxy-speed.md, stop 57):
a value only a later reading finds is masked however far its cue is."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.normalize import readings


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _masked_whole(redactor: Redactor, text: str, value: str, kind: str) -> bool:
    start = text.rindex(value)
    return any(e.start <= start and start + len(value) <= e.end and e.type == kind for e in redactor.analyze(text))


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Лицевой счёт клиента:\n\n1234|5678", "1234|5678", "ACCOUNT_NUMBER"),
    ("Лицевой счёт:\n\n4071|2345|6789", "4071|2345|6789", "ACCOUNT_NUMBER"),
    ("Номер договора:\n\n77|341|2209", "77|341|2209", "CONTRACT_NUMBER"),
    ("ИНН:\n\n7707|083893", "7707|083893", "RU_INN"),
    ("ИМЕИ телефона:\n\n3567|8901|2345|678", "3567|8901|2345|678", "DEVICE_ID"),
])
def test_a_value_only_the_separators_reading_finds_keeps_its_cue_in_the_paragraph_before(redactor, text, value, kind):
    """A cue heading its own paragraph (a CRM comment's "Лицевой счёт клиента:", the next comment the number)."""
    assert len(readings(text)) > 1 and readings(text)[0].text == text  # the value is read past its "|" only later
    assert _masked_whole(redactor, text, value, kind)


def test_an_answer_read_past_its_separators_keeps_the_operators_question_far_before(redactor):
    """The operator asks for the account; the caller's long answer ends with it (1,817 characters in all)."""
    text = ("Оператор: назовите номер лицевого счёта\nКлиент: "
            + "клиент уточнил что звонит по поводу тарифа. " * 40 + "1234|5678")
    assert len(readings(text)) > 1
    assert _masked_whole(redactor, text, "1234|5678", "ACCOUNT_NUMBER")
