"""Credentials written without the words логин / пароль (red team bb8 20): the pair "login-shaped, password-shaped"
after or before a service's word is the cue (`login.credential_pairs`: a slash, or a space when the shapes say which is
which), and a password alone after a service's word and its colon (`login.lone_credentials`). Log ids and lowercase
ids next to a login word are no password; the pairs are found in linear time (neighbouring words only)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.login import credential_pairs, has_password_marks, lone_credentials


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _types_over(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start <= start and e.end >= start + len(value)}


@pytest.mark.parametrize("text, login, secret", [
    ("ЛК sokolova_t Tan1990#", "sokolova_t", "Tan1990#"),
    ("доступ в лк: petrov.a Petrov77!", "petrov.a", "Petrov77!"),
    ("anna.sokol@yandex.ru / Sokol2001! — данные для входа", "anna.sokol@yandex.ru", "Sokol2001!"),
])
def test_a_login_and_a_password_side_by_side_are_masked(redactor, text, login, secret):
    assert "SECRET" in _types_over(redactor, text, secret)
    assert _types_over(redactor, text, login)


@pytest.mark.parametrize("text, secret", [("данные от ЛК: Tan1990#", "Tan1990#"), ("вход: QwErty55", "QwErty55")])
def test_a_password_alone_after_its_service_and_a_colon_is_masked(redactor, text, secret):
    assert "SECRET" in _types_over(redactor, text, secret)


@pytest.mark.parametrize("text", [
    "login ok user_x a3f9c2d1 200",
    "вход выполнен session 4f2a9c77 ok",
    "вход: req_id=77 status ok",
    "лк открыт 12 раз",
])
def test_ids_and_counts_beside_a_service_word_are_no_credentials(text):
    assert credential_pairs(text) == []
    assert lone_credentials(text) == []


@pytest.mark.parametrize("word, marked", [("Kuz1985!", True), ("hz83kLm1", True), ("a3f9c2d1", False),
                                          ("user_x", False), ("ivan@mail.ru", False), ("Иванов", False)])
def test_a_passwords_marks(word, marked):
    assert has_password_marks(word) is marked


_LOGINS = st.from_regex(r"[a-z]{3,8}[._][a-z0-9]{1,4}", fullmatch=True)
_PASSWORDS = st.from_regex(r"[A-Z][a-z]{2,6}[0-9]{2,4}[!#$]", fullmatch=True)


@settings(max_examples=40, deadline=None)
@given(service=st.sampled_from(["ЛК", "вход:", "доступ к роутеру", "админка"]), login=_LOGINS, secret=_PASSWORDS,
       slash=st.booleans())
def test_any_login_and_password_pair_after_a_service_word_is_read_as_one(service, login, secret, slash):
    text = f"{service} {login}{' / ' if slash else ' '}{secret}"
    pairs = credential_pairs(text)
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in pairs] == [(login, secret)]


def test_a_long_run_of_words_is_read_in_linear_time():
    # each pair is two neighbouring words: no regex tries every split of a long run (tests/test_redos.py's concern)
    text = "лк " + " ".join(["a1b2c3"] * 5000)
    assert credential_pairs(text) == []
