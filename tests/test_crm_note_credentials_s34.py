"""Credentials typed in a CRM note next to an account's word, without the words логин / пароль ("вход: petrova_e /
Petr0va#1", "ЛК petrova_e Petr0va#1", "данные от ЛК: Petr0va#1", "… / Petr0va#1 — данные для входа"): of a pair the
first is the login and the second the password; a string alone is a password when it has a password's marks (red team
bb8 20)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _kinds_over(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start <= start and e.end >= start + len(value)}


@pytest.mark.parametrize("text, login, password", [
    ("вход: petrova_e / Petr0va#1", "petrova_e", "Petr0va#1"),
    ("ЛК petrova_e Petr0va#1", "petrova_e", "Petr0va#1"),
    ("Учётка petrova.e/Petr0va#1, просила сменить", "petrova.e", "Petr0va#1"),
    ("данные от ЛК: Petr0va#1", None, "Petr0va#1"),
    ("petrova.elena@yandex.ru / Petr0va#1 — данные для входа", None, "Petr0va#1"),
])
def test_credentials_next_to_an_accounts_word(redactor, text, login, password):
    assert "SECRET" in _kinds_over(redactor, text, password)
    if login:
        assert "LOGIN" in _kinds_over(redactor, text, login)


@pytest.mark.parametrize("text", ["вход через Google не работает", "ЛК MTS не открывается у клиента",
                                  "в ЛК раздел Tariff пустой"])
def test_a_latin_word_after_an_accounts_word_is_no_credential(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type in ("SECRET", "LOGIN")]


_LOGIN = st.from_regex(r"[a-z]{3,8}[._][a-z]{1,4}", fullmatch=True)
_PASSWORD = st.from_regex(r"[A-Z][a-z]{2,6}[0-9]{2,4}[!#$]", fullmatch=True)


@settings(max_examples=30, deadline=None)
@given(login=_LOGIN, password=_PASSWORD, lead=st.sampled_from(["вход:", "ЛК", "Личный кабинет -", "аккаунт:"]),
       gap=st.sampled_from([" / ", "/", " "]))
def test_any_pair_after_an_accounts_word_is_masked(redactor, login, password, lead, gap):
    text = f"{lead} {login}{gap}{password}"
    assert _kinds_over(redactor, text, login) and "SECRET" in _kinds_over(redactor, text, password)
