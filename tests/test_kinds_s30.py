"""Kinds in call-center dialogues (issue 15, stop 30): each rule is the kind's own, shown on one example, with a
look-alike that must stay as it is."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, login", [
    # a spoken underscore joins two pieces of one login; the piece after it goes on to its letter and number
    ("клиент: кто то зашёл логин дудина нижнее подчёркивание вэ восемьдесят два\nоператор: вижу вход",
     "дудина нижнее подчёркивание вэ восемьдесят два"),
    # the caller's answer to the operator's question that ends in the login word
    ("оператор: какой логин\nклиент: елисеев нижнее подчёркивание вэ сорок один\nоператор: почта привязана как",
     "елисеев нижнее подчёркивание вэ сорок один"),
    ("Оператор: Какой у вас логин?\nКлиент: зуев нижнее подчёркивание тэ тридцать один",
     "зуев нижнее подчёркивание тэ тридцать один"),
])
def test_a_spoken_login_is_masked_whole(redactor, text, login):
    assert ("LOGIN", login) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "оператор: какой логин\nклиент: не помню я его честно",
    "оператор: логин\nклиент: через почту захожу",
])
def test_an_answer_that_names_no_login_is_no_login(redactor, text):
    assert [kind for kind, _ in found(redactor, text) if kind == "LOGIN"] == []
