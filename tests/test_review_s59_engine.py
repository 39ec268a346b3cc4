"""Review of s59-engine (2f235d7b against d3cf53db): no high finding.

No input was found where the base masks a value and the branch does not, so there is no test here that fails on the
branch. These are guards instead: each pins a value read by one of the 20 patterns the branch wraps in
ReadOnceAWhole (or a kind whose hint now goes through text_holds), in a text where the wrapped pattern is asked both
through the document (whole text) and again with bounds or on another string. They pass on the base and on the
branch; a later change to the per-document match cache that loses one of these values would fail them."""
from __future__ import annotations

import pytest

from guard import Redactor

CASES = [
    ("Кл. ЛОГИН ivan_petrov88, дата рождения 12.03.1980", ["ivan_petrov88", "12.03.1980"]),
    ("логин у меня эс эм ай ти точка восемьдесят", ["эс эм ай ти"]),
    ("фамилия по буквам пэ е тэ эр о вэ", ["пэ е тэ эр о вэ"]),
    ("серийный номер F4HXK2Q9N72P, MAC 00:1A:2B:3C:4D:5E, роутер ZTEGC4F81B27",
     ["F4HXK2Q9N72P", "00:1A:2B:3C:4D:5E", "ZTEGC4F81B27"]),
    ("паспорт 4512 774306 выдан 12.03.2010 ОУФМС", ["774306", "12.03.2010"]),
    ("тел. (495) 123-45-67, перезвоните на 123-45-67", ["123-45-67"]),
    ("СТС 77 УХ 123456", ["123456"]),
    ("ФИО: Воробьёв Иван Сергеевич", ["Воробьёв"]),
    ("его все зовут «Шнур», прозвище Кабан", ["Шнур", "Кабан"]),
    ("клиентИванов Пётр, ФИОБурцев Мстислав Андреевич", ["Иванов", "Бурцев"]),
    ("Customer John Smith called. Best regards, Mary Jones", ["Smith", "Jones"]),
    ("родился двенадцатого марта тысяча девятьсот восьмидесятого года а зовут меня ольга медведева",
     ["марта", "медведева"]),
    ("мой ник в телеге кей эм эн нижнее подчёркивание восемьдесят два", ["кей эм эн"]),
    # a character the case fold makes two ("İ", "ß"): the wrapped patterns take their slower path, same matches
    ("Иванов Пётр İ ß, серийный номер F4HXK2Q9N72P, логин ivan88, тел. (495) 123-45-67",
     ["Иванов", "F4HXK2Q9N72P", "ivan88", "123-45-67"]),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text,values", CASES)
def test_values_read_by_the_wrapped_patterns_stay_masked(redactor, text, values):
    redacted = redactor.redact(text).text
    for value in values:
        assert value not in redacted, (value, redacted)


def test_the_same_text_twice_in_one_redactor_gets_the_same_spans(redactor):
    text = "логин ivan88, фамилия по буквам пэ е тэ эр о вэ, серийный номер F4HXK2Q9N72P"
    first = [(e.start, e.end, e.type) for e in redactor.redact(text).entities]
    again = [(e.start, e.end, e.type) for e in redactor.redact("".join([text[:5], text[5:]])).entities]
    assert first == again and first
