"""Review of s59-falsealarms (e47660d7 vs base d3cf53db): «её/его номер» after a request's noun read as the
request's number (recognizers/phone.py PhoneRecognizer._names_its_kind -> person.points_back_to_nobodys).

Every line below is a person's number the base masks (redactor) and blocks (checker, п. 4/5 subscriber-number); the
branch lets it through because the antecedent test only knows animate NOUNs, pymorphy names and 3rd-person NPRO, and
only looks at the same "\n"-line. These tests fail on the branch and pass on the base."""
from __future__ import annotations

import pytest

from guard import Redactor
from guard.disclosure import default_checker

_REDACTOR = None


def _redacted(text: str) -> str:
    global _REDACTOR
    if _REDACTOR is None:
        _REDACTOR = Redactor()
    return _REDACTOR.redact(text).text


LEAKS = [
    # (text, the number that must not survive)
    # a being named by a substantivised participle / adjective (PRTF/ADJF, not an animate NOUN)
    ("Звонившая подала заявку, её номер 4471-092", "4471-092"),
    ("Обратившаяся оставила заявку, её номер 916 123 45 6", "916 123 45 6"),
    ("Заявку оформила заведующая, её номер 916 123 45 6", "916 123 45 6"),
    ("Заявку оставила старшая по дому, её номер 4471-092", "4471-092"),
    # a name in Latin letters (pymorphy: LATN, neither a being nor an agreeing noun)
    ("Заявку от Maria оформила, её номер 4471-092", "4471-092"),
    # the being on the previous line of the same note («the whole line before it» stops at "\n")
    ("Клиентка звонила по поводу связи.\nЗаявку оформила, её номер 4471-092", "4471-092"),
    # speech to text, lowercase, digits as words
    ("звонившая оставила заявку ее номер четыре четыре семь один ноль девять два", "четыре четыре семь"),
    # no antecedent but the request: a mobile's shape with a digit lost, which the base masks after «её номер»
    ("Заявку оформила, её номер 916 123 45 6", "916 123 45 6"),
]


@pytest.mark.parametrize("text,value", LEAKS)
def test_redactor_masks_her_number_after_a_request(text, value):
    assert value not in _redacted(text), _redacted(text)


@pytest.mark.parametrize("text", [
    "Обратившаяся оставила заявку, её номер 916 123 45 6",
    "Заявку оформила заведующая, её номер 916 123 45 6",
    "Заявку от Maria оформила, её номер 4471-092",
    "звонившая оставила заявку ее номер четыре четыре семь один ноль девять два",
    "Заявку оформила, её номер 916 123 45 6",
])
def test_checker_blocks_her_number_after_a_request(text):
    result = default_checker().check(text, "operator")
    assert "subscriber-number" in result.rules and result.verdict == "block", (result.verdict, result.rules)
