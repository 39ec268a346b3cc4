"""Stop 39 (issue 15, packed_m38): a code word changed in a re-registration note — both the old and the new word are
the customer's ("сменили с X на Y", "было X …, стало Y", "Сменили кодовое слово на Y"). Read by the SECRET kind's
own home, recognizers/secret.py (_old_and_new). The lines are written for this file."""
from __future__ import annotations

import pytest


def _secrets(redactor, text: str) -> set[str]:
    return {text[e.start:e.end] for e in redactor.analyze(text) if e.type == "SECRET"}


@pytest.mark.parametrize("text, values", [
    ("Новому владельцу код. слово сменили с Берёзка на лес2031, паспорт проверен.", {"Берёзка", "лес2031"}),
    ("Кодовое слово: было Калина (мать), стало Байкал77 (сын).", {"Калина", "Байкал77"}),
    ("По заявлению наследника поменяли кодовое слово на Ласточка.", {"Ласточка"}),
])
def test_both_values_of_a_code_word_change_are_masked(redactor, text, values):
    spans = [(e.start, e.end) for e in redactor.analyze(text) if e.type == "SECRET"]
    for value in values:
        start = text.index(value)
        assert any(s <= start and start + len(value) <= e for s, e in spans), value


@pytest.mark.parametrize("text", [
    "Пароль сменили с утра на другой, клиент доволен.",  # a time and a pronoun, no value
    "Кодовое слово было простое, стало сложнее.",  # what the word was like, not the word
    "Бабушке стоит сменить пароль на Госуслугах, а мы поставим запрет.",  # a place where (pii_y34), no new value
])
def test_talk_about_a_change_names_no_code_word(redactor, text):
    assert _secrets(redactor, text) == set()
